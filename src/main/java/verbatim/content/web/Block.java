package verbatim.content.web;

/**
 * One paragraph kept from a page: its Markdown (emphasis and links kept, the rest escaped) and its plain text.
 *
 * <p>Example: {@code <p>Il l'a <em>dit</em>.</p>} gives markdown "Il l'a *dit*." and text "Il l'a dit.".
 *
 * @param markdown the paragraph's Markdown, on one line
 * @param text     its plain text
 * @param embedded true for a block quotation or an embedded post
 * @param author   the embedded quotation's author, or null
 */
public record Block(String markdown, String text, boolean embedded, String author) {
}
