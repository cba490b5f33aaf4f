package verbatim.analysis.reading;

/**
 * A place in an article: a 1-based paragraph and a half-open range of character offsets in its text.
 *
 * <p>Example: in paragraph 2 "Il a dit « non »", the inner text of the quotation is {@code Span(2, 12, 15)}.
 */
public record Span(int paragraph, int start, int end) {
}
