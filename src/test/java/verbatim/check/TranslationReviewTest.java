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

    private static Version version(String lang, String... paragraphs) {
        return new Version(null, List.of(paragraphs), new verbatim.analysis.RuleAnalyzer().analyze(
                new verbatim.analysis.ArticleText(lang, "2024-05-02", List.of(paragraphs))));
    }

    @Test
    void personNamedByTheSurnameAloneOnOneSideIsNamedOnBoth() {
        Version en = version("en", "Maya Thornton spoke first.", "Later, Thornton added that the work was done.");
        Version fr = version("fr", "Maya Thornton a parlé la première.", "Maya Thornton a ajouté que le travail était"
                + " fait.");
        assertEquals(List.of(), TranslationReview.absent(fr, en, 2));
        assertEquals(List.of("Paul Roux"), TranslationReview.absent(version("fr", "Paul Roux a parlé le premier."),
                version("en", "Tom Rouxel spoke first."), 1), "a surname inside another word is not that surname");
    }
}
