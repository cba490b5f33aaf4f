package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawArticleTest {

    @Test
    void datePrefixParagraphsAndCreditAreSeparated() {
        RawArticle raw = RawArticle.parse("date 2026-02-12 Premier.\n\nSecond.\nSource : AFP\n");
        assertEquals("2026-02-12", raw.date());
        assertEquals(List.of("Premier.", "Second."), raw.paragraphs());
        assertEquals("AFP", raw.credit());
    }

    @Test
    void monthOnlyDateAndNoCreditAreAccepted() {
        RawArticle raw = RawArticle.parse("date 2025-02 Un.\nDeux.");
        assertEquals("2025-02", raw.date());
        assertNull(raw.credit());
        assertEquals(2, raw.paragraphs().size());
    }

    @Test
    void textWithoutPrefixHasNoDate() {
        RawArticle raw = RawArticle.parse("Un paragraphe.\n");
        assertNull(raw.date());
        assertEquals(List.of("Un paragraphe."), raw.paragraphs());
    }

    @Test
    void aFirstUrlLineIsTheAddressAndNoParagraph() {
        RawArticle raw = RawArticle.parse("# url: https://example.org/a\ndate 2026-02-12 Premier.\nSecond.\n");
        assertEquals("https://example.org/a", raw.url());
        assertEquals("2026-02-12", raw.date());
        assertEquals(List.of("Premier.", "Second."), raw.paragraphs());
    }
}
