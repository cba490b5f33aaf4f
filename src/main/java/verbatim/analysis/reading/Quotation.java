package verbatim.analysis.reading;


/**
 * A span between quotation marks in one paragraph, as {@code verbatim.analysis.quotes.QuoteFinder} found it.
 *
 * <p>Example: in {@code Il a dit « non ».} the quotation has {@code open} 9 (the «), {@code start} 11,
 * {@code end} 14 (the inner text "non"), {@code close} 16 (just after the »), and {@code closed} true.
 *
 * @param paragraph 1-based paragraph number
 * @param open      offset of the opening mark
 * @param start     offset of the inner text, spaces trimmed
 * @param end       end of the inner text, spaces trimmed
 * @param close     offset just after the closing mark, or the paragraph length when the mark is missing
 * @param closed    false when the quotation runs to the end of the paragraph without a closing mark
 * @param depth     0 for a quotation, 1 for one nested in it, and so on
 */
public record Quotation(int paragraph, int open, int start, int end, int close, boolean closed, int depth) {

    public boolean contains(int offset) {
        return offset >= open && offset < close;
    }

    public int length() {
        return end - start;
    }
}
