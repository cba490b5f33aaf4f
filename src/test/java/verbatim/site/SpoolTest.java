package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    @TempDir
    Path dir;

    private static final List<BuiltArticle.SearchText> TEXTS = List.of(
            new BuiltArticle.SearchText("fr", "Titre", "fr", "Début", List.of("debut", "titre")),
            new BuiltArticle.SearchText("en", "Title", "en", null, List.of("title")));

    @Test
    void spooledSummaryAndTextsReadBackEqualToThosePut() {
        ArticleSummary a = Summaries.translated("a", "2025-03-04");
        ArticleSummary b = Summaries.englishOnly("b", "2024-01-02");
        try (Spool spool = new Spool(dir, 0)) {
            spool.put("a", a, TEXTS);
            spool.put("b", b, null);
            assertEquals(a, spool.summary("a"));
            assertEquals(TEXTS, spool.texts("a"));
            assertEquals(b, spool.summary("b"));
            assertNull(spool.texts("b"), "no texts were put");
            assertNull(spool.summary("c"));
        }
        assertEquals(0, files(), "no file left");
    }

    @Test
    void firstArticlesAreHeldInMemoryWithoutAFile() {
        try (Spool spool = new Spool(dir.resolve("spool"), 2)) {
            spool.put("a", Summaries.translated("a", "2025-03-04"), TEXTS);
            spool.put("b", Summaries.englishOnly("b", "2024-01-02"), TEXTS);
            assertEquals(0, files(), "no spool folder made");
            spool.put("c", Summaries.translated("c", "2023-05-06"), null);
            assertEquals(1, files(), "the spool folder made for the third");
            assertEquals(Summaries.translated("c", "2023-05-06"), spool.summary("c"));
            assertEquals(TEXTS, spool.texts("b"));
        }
    }

    @Test
    void textsPutEarlierAreKeptWhenTheSummaryIsPutAgainWithout() {
        try (Spool spool = new Spool(dir, 0)) {
            spool.put("a", Summaries.translated("a", "2025-03-04"), TEXTS);
            spool.put("a", Summaries.translated("a", "2025-03-04"), null);
            assertEquals(TEXTS, spool.texts("a"));
        }
    }

    @Test
    void summaryPutAgainAfterItWasReadIsReadAsPutAgain() {
        ArticleSummary first = Summaries.translated("a", "2025-03-04");
        ArticleSummary again = Summaries.translated("a", "2021-07-08");
        try (Spool spool = new Spool(dir, 0)) {
            spool.put("a", first, TEXTS);
            assertEquals(first, spool.summary("a"));
            assertEquals(first, spool.summary("a"), "read again, from the summaries kept as read");
            spool.put("a", again, null);
            assertEquals(again, spool.summary("a"));
        }
    }

    private long files() {
        try (Stream<Path> all = Files.list(dir)) {
            return all.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
