package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Span;
import verbatim.analysis.speakers.Attribution;

/** Which quotations {@code review} and {@code check} leave out: a single word in quotation marks that nobody says. */
class ReviewTest {

    private static final Span SPAN = new Span(1, 0, 1);

    @Test
    void aSingleWordWithoutSpeakerIsAScareQuote() {
        assertTrue(Review.scareQuote(new Quote("superintelligente", null, SPAN)));
    }

    @Test
    void aSingleWordBetweenNoBreakSpacesIsAScareQuote() {
        assertTrue(Review.scareQuote(new Quote("\u202Fintelligence-artificielle\u00A0", null, SPAN)));
    }

    @Test
    void severalWordsWithoutSpeakerAreAQuotationToReview() {
        assertFalse(Review.scareQuote(new Quote("une vitrine pour la ville", null, SPAN)));
    }

    @Test
    void aSingleWordEndingAsAnUtteranceIsAQuotationToReview() {
        assertFalse(Review.scareQuote(new Quote("Jamais !", null, SPAN)));
        assertFalse(Review.scareQuote(new Quote("Jamais.", null, SPAN)));
    }

    @Test
    void aSingleWordWithAnInferredSpeakerIsAQuotationToReview() {
        assertFalse(Review.scareQuote(new Quote("Jamais", "Anne Morel", SPAN, Attribution.PREVIOUS)));
    }

    @Test
    void entryForAQuotationWithNoSpeakerFoundLeavesTheSpeakerToFillIn() {
        Review.Item item = new Review.Item(java.nio.file.Path.of("content/a.fr.md"), 9, 2, "personne n'a consulté",
                null, Attribution.NONE);
        String yaml = item.yaml();
        assertFalse(yaml.contains("speaker: none"), yaml);
        assertTrue(yaml.contains("speaker: \"\"  # not found"), yaml);
    }
}
