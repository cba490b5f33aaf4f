package verbatim.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;

class AnalysisCacheTest {

    @TempDir
    Path dir;

    private final ArticleText text = new ArticleText("fr", "2026-02-12", List.of("Un.", "Deux."));
    private final AtomicInteger analysed = new AtomicInteger();

    private Analysis analyze(ArticleText t) {
        analysed.incrementAndGet();
        return AnalysisCodecTest.sample();
    }

    @Test
    void storedAnalysisIsReturnedWithoutAnalysingAgain() {
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), cache.get(text, this::analyze));
        }
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), cache.get(text, this::analyze));
            assertEquals(1, cache.hits());
        }
        assertEquals(1, analysed.get());
    }

    @Test
    void otherRulesOrOtherTextGiveOtherKeys() {
        try (AnalysisCache v1 = AnalysisCache.open(dir.resolve("a"), "v1", () -> { })) {
            try (AnalysisCache v2 = AnalysisCache.open(dir.resolve("b"), "v2", () -> { })) {
                assertNotEquals(v1.key(text), v2.key(text));
            }
            assertNotEquals(v1.key(text), v1.key(new ArticleText("fr", "2026-02-12", List.of("Un.", "Deux !"))));
            assertNotEquals(v1.key(text), v1.key(new ArticleText("fr", null, List.of("Un.", "Deux."))));
            assertNotEquals(v1.key(text), v1.key(new ArticleText("fr", "2026-02-12", List.of("Un.Deux."))));
        }
    }

    @Test
    void corruptEntryIsIgnoredAndReplaced() throws Exception {
        Path entry;
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            cache.get(text, this::analyze);
            entry = cache.file(cache.key(text));
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 1] ^= 1;
        Files.write(entry, bytes);
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), cache.get(text, this::analyze));
            assertEquals(0, cache.hits());
        }
        assertEquals(2, analysed.get());
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            cache.get(text, this::analyze);
            assertEquals(1, cache.hits(), "the entry was written again");
        }
    }

    @Test
    void entryOfAnotherKeyIsIgnored() throws Exception {
        ArticleText other = new ArticleText("en", "2026-02-12", List.of("One."));
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            cache.get(other, this::analyze);
            Files.createDirectories(cache.file(cache.key(text)).getParent());
            Files.copy(cache.file(cache.key(other)), cache.file(cache.key(text)));
            cache.get(text, this::analyze);
            assertEquals(0, cache.hits());
        }
        assertEquals(2, analysed.get());
    }

    @Test
    void pruneDeletesEntriesNotAskedForInThisBuild() {
        ArticleText gone = new ArticleText("en", null, List.of("Gone."));
        Path goneEntry;
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            cache.get(text, this::analyze);
            cache.get(gone, this::analyze);
            goneEntry = cache.file(cache.key(gone));
        }
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            cache.get(text, this::analyze);
            cache.prune();
            assertTrue(Files.exists(cache.file(cache.key(text))));
        }
        assertFalse(Files.exists(goneEntry));
    }

    @Test
    void secondUserWaitsForTheFirstToClose() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicReference<Integer> hitsOfSecond = new AtomicReference<>();
        Thread second;
        try (AnalysisCache first = AnalysisCache.open(dir, "v1", () -> { })) {
            second = new Thread(() -> {
                try (AnalysisCache cache = AnalysisCache.open(dir, "v1", waiting::countDown)) {
                    cache.get(text, this::analyze);
                    hitsOfSecond.set(cache.hits());
                }
            });
            second.start();
            waiting.await();
            assertEquals(null, hitsOfSecond.get(), "the second has not gone past the lock");
            first.get(text, this::analyze);
        }
        second.join();
        assertEquals(1, hitsOfSecond.get(), "the second read what the first wrote");
        assertEquals(1, analysed.get());
    }
}
