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

class AnalysisCacheTest {

    @TempDir
    Path dir;

    private final AtomicInteger analysed = new AtomicInteger();

    private Analysed analyze() {
        analysed.incrementAndGet();
        return AnalysisCodecTest.sample();
    }

    private Analysed get(AnalysisCache cache, List<String> markdown) {
        return cache.get("fr", "2026-02-12", markdown, this::analyze);
    }

    private static final List<String> TEXT = List.of("Un.", "Deux.");

    private static String key(AnalysisCache cache, List<String> markdown) {
        return cache.key("fr", "2026-02-12", markdown);
    }

    @Test
    void storedAnalysisIsReturnedWithoutAnalysingAgain() {
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), get(cache, TEXT));
        }
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), get(cache, TEXT));
            assertEquals(1, cache.hits());
        }
        assertEquals(1, analysed.get());
    }

    @Test
    void otherRulesOrOtherTextGiveOtherKeys() {
        try (AnalysisCache v1 = AnalysisCache.open(dir.resolve("a"), "v1", () -> { })) {
            try (AnalysisCache v2 = AnalysisCache.open(dir.resolve("b"), "v2", () -> { })) {
                assertNotEquals(key(v1, TEXT), key(v2, TEXT));
            }
            assertNotEquals(key(v1, TEXT), key(v1, List.of("Un.", "Deux !")));
            assertNotEquals(key(v1, TEXT), v1.key("fr", null, TEXT));
            assertNotEquals(key(v1, TEXT), v1.key("en", "2026-02-12", TEXT));
            assertNotEquals(key(v1, TEXT), key(v1, List.of("Un.Deux.")));
        }
    }

    @Test
    void corruptEntryIsIgnoredAndReplaced() throws Exception {
        Path entry;
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            get(cache, TEXT);
            entry = cache.file(key(cache, TEXT));
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 1] ^= 1;
        Files.write(entry, bytes);
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            assertEquals(AnalysisCodecTest.sample(), get(cache, TEXT));
            assertEquals(0, cache.hits());
        }
        assertEquals(2, analysed.get());
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            get(cache, TEXT);
            assertEquals(1, cache.hits(), "the entry was written again");
        }
    }

    @Test
    void entryOfAnotherKeyIsIgnored() throws Exception {
        List<String> other = List.of("One.");
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            get(cache, other);
            Files.createDirectories(cache.file(key(cache, TEXT)).getParent());
            Files.copy(cache.file(key(cache, other)), cache.file(key(cache, TEXT)));
            get(cache, TEXT);
            assertEquals(0, cache.hits());
        }
        assertEquals(2, analysed.get());
    }

    @Test
    void pruneDeletesEntriesNotAskedForInThisBuild() {
        List<String> gone = List.of("Gone.");
        Path goneEntry;
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            get(cache, TEXT);
            get(cache, gone);
            goneEntry = cache.file(key(cache, gone));
        }
        try (AnalysisCache cache = AnalysisCache.open(dir, "v1", () -> { })) {
            get(cache, TEXT);
            cache.prune();
            assertTrue(Files.exists(cache.file(key(cache, TEXT))));
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
                    get(cache, TEXT);
                    hitsOfSecond.set(cache.hits());
                }
            });
            second.start();
            waiting.await();
            assertEquals(null, hitsOfSecond.get(), "the second has not gone past the lock");
            get(first, TEXT);
        }
        second.join();
        assertEquals(1, hitsOfSecond.get(), "the second read what the first wrote");
        assertEquals(1, analysed.get());
    }
}
