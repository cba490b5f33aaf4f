package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Span;

class TranslationReviewTest {

    private static Quote quote(String text) {
        return new Quote(text, null, new Span(1, 0, text.length()));
    }

    @Test
    void frenchQuotationWithItsInciseInsideTheMarksCountsAsTheTwoEnglishWritesApart() {
        assertEquals(2, TranslationReview.parts(List.of(quote("La ministre n'a pas lu nos résultats, a-t-il affirmé. "
                + "Nos élèves ont gagné dix points."))));
        assertEquals(2, TranslationReview.parts(List.of(quote("Moi, dit-elle, je reste."))));
        assertEquals(2, TranslationReview.parts(List.of(quote("The minister has not read our results,"),
                quote("Our pupils gained ten points."))));
    }

    @Test
    void quotationWithoutAnInciseCountsOnce() {
        assertEquals(1, TranslationReview.parts(List.of(quote("Nous tiendrons les délais, quoi qu'il arrive."))));
        assertEquals(1, TranslationReview.parts(List.of(quote("Est-il prêt ? Personne ne le sait."))));
    }
}
