package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebounceTest {

    private static final long MS = 1_000_000;
    private final Path a = Path.of("a.fr.md");
    private final Path b = Path.of("a.en.md");
    private final Debounce debounce = new Debounce(50 * MS, 1000 * MS);

    @Test
    void aBurstOfChangesIsOneBatchReadyWhenTheFilesAreQuiet() {
        debounce.add(a, 0);
        debounce.add(b, 30 * MS);
        debounce.add(a, 60 * MS);
        assertEquals(Set.of(), debounce.take(109 * MS));
        assertEquals(MS, debounce.nanosUntilReady(109 * MS));
        assertEquals(Set.of(a, b), debounce.take(110 * MS));
        assertEquals(Set.of(), debounce.take(200 * MS));
    }

    @Test
    void anEmptyBatchIsNeverReady() {
        assertEquals(Long.MAX_VALUE, debounce.nanosUntilReady(0));
        assertEquals(Set.of(), debounce.take(10_000 * MS));
    }

    @Test
    void filesThatKeepChangingStillGiveABatchAfterTheLongestWait() {
        for (long t = 0; t <= 990; t += 10) {
            debounce.add(a, t * MS);
        }
        assertEquals(10 * MS, debounce.nanosUntilReady(990 * MS));
        assertEquals(Set.of(a), debounce.take(1000 * MS));
    }

    @Test
    void aChangeAfterABatchStartsTheNextOne() {
        debounce.add(a, 0);
        assertEquals(Set.of(a), debounce.take(50 * MS));
        debounce.add(b, 2000 * MS);
        assertEquals(50 * MS, debounce.nanosUntilReady(2000 * MS));
        assertEquals(Set.of(b), debounce.take(2050 * MS));
    }

    @Test
    void theQuietTimeMustBePositiveAndNotAboveTheLongestWait() {
        assertThrows(IllegalArgumentException.class, () -> new Debounce(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Debounce(20, 10));
        assertThrows(IllegalArgumentException.class, () -> new Debounce(20, 30, 100));
        assertThrows(IllegalArgumentException.class, () -> new Debounce(20, 0, 100));
    }

    @Test
    void aSettledBatchIsReadyAfterTheShorterQuietTime() {
        Debounce settling = new Debounce(30 * MS, 10 * MS, 1000 * MS);
        settling.add(a, 0);
        settling.add(a, 2 * MS);
        assertEquals(Set.of(a), settling.pending());
        assertEquals(Set.of(), settling.take(12 * MS, false)); // a file renamed away waits the full quiet time
        assertEquals(20 * MS, settling.nanosUntilReady(12 * MS, false));
        assertEquals(0, settling.nanosUntilReady(12 * MS, true));
        assertEquals(Set.of(a), settling.take(12 * MS, true));
        assertEquals(Set.of(), settling.pending());
    }
}
