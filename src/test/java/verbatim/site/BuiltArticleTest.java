package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.content.Source;

class BuiltArticleTest {

    private static BuiltArticle article() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("fr", "Un titre");
        titles.put("en", "A title");
        Map<String, byte[]> pages = new LinkedHashMap<>();
        pages.put("fr/articles/a/index.html", new byte[] {1, 2, 3});
        pages.put("en/articles/a/index.html", new byte[] {4, 5});
        ArticleSummary summary = new ArticleSummary("a", LocalDate.of(2026, 2, 12), "fr", titles,
                Map.of("fr", "Le début…"), List.of(new Source("Lettre", null), new Source("Site", "https://x.org/")),
                List.of(new ArticleSummary.QuoteEntry(2, "Anne Morel", true, Map.of("fr", "devra tenir")),
                        new ArticleSummary.QuoteEntry(3, null, false, Map.of("en", "only here"))),
                Map.of("Anne Morel", 3), Map.of("fr", List.of(new ArticleSummary.DateEntry("2026-02-09",
                "le 9 février", "Le 9 février, elle part.", 1))));
        return new BuiltArticle("a", "content/a.fr.md", 2, List.of("content/a.fr.md:3: unknown key"),
                List.of("ab".repeat(32)), pages, summary,
                List.of(new BuiltArticle.SearchText("fr", "Un titre", "fr", "Le début…", List.of("debut", "titre"))));
    }

    @Test
    void decodeGivesBackWhatWasEncoded() throws IOException {
        BuiltArticle a = article();
        BuiltArticle back = BuiltArticle.decode(a.encode());
        assertEquals(a.summary(), back.summary());
        assertEquals(a.search(), back.search());
        assertEquals(a.warnings(), back.warnings());
        assertEquals(a.analyses(), back.analyses());
        assertEquals(List.copyOf(a.pages().keySet()), List.copyOf(back.pages().keySet()));
        assertArrayEquals(a.pages().get("en/articles/a/index.html"), back.pages().get("en/articles/a/index.html"));
        assertEquals(List.of("fr", "en"), List.copyOf(back.summary().titles().keySet()), "maps keep their order");
    }

    @Test
    void textsOfLatin1AndBeyondComeBackAsWritten() throws IOException {
        List<String> texts = List.of("", "Paris", "le 9 février, à Zürich ÿ", "l’État", "“Yes”", "émoji 😀 end",
                "\u00FF\u0100");
        BuiltArticle a = article();
        BuiltArticle withTexts = new BuiltArticle(a.slug(), a.original(), 2, texts, a.analyses(), a.pages(),
                a.summary(), a.search());
        assertEquals(texts, BuiltArticle.decode(withTexts.encode()).warnings());
    }

    @Test
    void aSummarysPublicationInstantIsKept() throws IOException {
        BuiltArticle a = article();
        ArticleSummary s = a.summary();
        ArticleSummary timed = new ArticleSummary(s.slug(), s.date(), java.time.Instant.parse("2026-02-12T13:30:00Z"),
                s.original(), s.titles(), s.leads(), s.sources(), s.quotes(), s.people(), s.dates(), s.genders());
        BuiltArticle back = BuiltArticle.decode(new BuiltArticle(a.slug(), a.original(), 2, a.warnings(),
                List.of("ab".repeat(32)), a.pages(), timed, a.search()).encode());
        assertEquals(timed, back.summary());
    }

    @Test
    void pagesPartLeavesTheSummaryAndSearchOut() throws IOException {
        BuiltArticle back = BuiltArticle.decode(article().encode(), BuiltArticle.Part.PAGES);
        assertNull(back.summary());
        assertTrue(back.search().isEmpty());
        assertEquals("content/a.fr.md", back.original());
    }

    @Test
    void bytesCutShortAreRefused() {
        byte[] bytes = article().encode();
        for (int cut : new int[] {0, 3, bytes.length / 2, bytes.length - 1}) {
            assertThrows(IOException.class, () -> BuiltArticle.decode(Arrays.copyOf(bytes, cut)));
        }
    }
}
