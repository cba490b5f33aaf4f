package verbatim.content;

/**
 * One paragraph of a content file, as Markdown.
 *
 * <p>A paragraph written as a Markdown block quote is an embedded quotation (a post, a letter); a last line
 * {@code > — Name} names its author:
 * <pre>
 * &gt; Voici la lettre que j'ai partagée avec mes collègues.
 * &gt; — Mrinank Sharma
 * </pre>
 * gives markdown "Voici la lettre que j'ai partagée avec mes collègues." and embedAuthor "Mrinank Sharma".
 *
 * @param markdown    the paragraph's Markdown, on one line, without block-quote markers
 * @param line        the 1-based line of the file where it starts
 * @param embedded    true for an embedded quotation
 * @param embedAuthor the embedded quotation's author, or null
 */
public record Paragraph(String markdown, int line, boolean embedded, String embedAuthor) {
}
