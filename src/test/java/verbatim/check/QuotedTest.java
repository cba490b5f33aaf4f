package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Span;

class QuotedTest {

    /** The quotation {@code text} of {@code paragraph}, where it stands. */
    private static Quote quote(String paragraph, String text) {
        int start = paragraph.indexOf(text);
        return new Quote(text, null, new Span(1, start, start + text.length()));
    }

    @Test
    void aQuotationInStraightQuotesIsShownInStraightQuotes() {
        String p = "\"We will not give in,\" a passenger says.";
        assertEquals("\"We will not give in,\"", Quoted.of(quote(p, "We will not give in,"), p));
    }

    @Test
    void aLongQuotationIsCutInsideTheMarksItIsWrittenWith() {
        String p = "« Nous voulions un lieu où l'on reste tout l'après-midi », dit-elle.";
        assertEquals("« Nous voulions un lieu où l'on reste… »",
                Quoted.of(quote(p, "Nous voulions un lieu où l'on reste tout l'après-midi"), p));
    }
}
