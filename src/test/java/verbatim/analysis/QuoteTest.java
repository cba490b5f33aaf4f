package verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import verbatim.analysis.reading.Span;

class QuoteTest {

    /** The quotation {@code text} of {@code paragraph}, where it stands. */
    private static Quote quote(String paragraph, String text) {
        int start = paragraph.indexOf(text);
        return new Quote(text, null, new Span(1, start, start + text.length()));
    }

    @Test
    void aQuotationIsWrittenWithTheMarksOfItsParagraph() {
        String straight = "He said \"We leave\".";
        String curly = "He said “We leave”.";
        String french = "Il a dit : «\u00A0Nous partons\u00A0».";
        assertEquals("\"We leave\"", quote(straight, "We leave").written(straight));
        assertEquals("“We leave”", quote(curly, "We leave").written(curly));
        assertEquals("« Nous partons »", quote(french, "Nous partons").written(french));
    }

    @Test
    void aQuotationRunningToTheEndOfItsParagraphHasNoClosingMark() {
        String p = "Elle a dit : « Nous partons demain";
        assertEquals("« Nous partons demain", quote(p, "Nous partons demain").written(p));
    }
}
