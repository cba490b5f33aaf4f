package verbatim.analysis;

/**
 * A quotation: the words between the marks, who said them, and where.
 *
 * @param text    the inner text, without the quotation marks, exactly as in the paragraph
 * @param speaker the speaker's canonical name (a person or an organisation), or null when the article does not say
 * @param span    where the inner text stands
 */
public record Quote(String text, String speaker, Span span) {
    public int paragraph() {
        return span.paragraph();
    }
}
