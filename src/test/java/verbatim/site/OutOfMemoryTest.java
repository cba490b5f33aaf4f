package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import verbatim.content.InputException;

class OutOfMemoryTest {

    @Test
    void runningOutOfMemoryIsToldInOneLineWithTheHeapAndHowToGiveMore() {
        InputException told = Site.outOfMemory(new OutOfMemoryError("Java heap space"));
        String line = told.oneLine();
        assertFalse(line.contains("\n"));
        assertTrue(line.startsWith("the build ran out of memory (Java heap space"), line);
        assertTrue(line.contains("the site was left as it was"), line);
        assertTrue(line.matches(".*\\. Give it more: JDK_JAVA_OPTIONS=-Xmx\\d+g archive build"), line); // as it runs here
    }

    @Test
    void runningOutOfMemoryIsThrownBeforeTheFailuresItCausedElsewhere() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        List<Throwable> failures = List.of(new UncheckedIOException(new DirectoryNotEmptyException("site/.building/en")),
                new IllegalStateException(oom));
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Site.rethrow(failures)));
    }

    @Test
    void aJobOutOfMemoryIsThrownAsItIs() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        List<Runnable> jobs = List.of(() -> {
            throw oom;
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Site.inParallel(jobs)));
    }

    @Test
    void aFailedJobIsThrownOnlyOnceTheJobsRunningHaveEnded() {
        AtomicInteger ended = new AtomicInteger();
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> {
            throw new IllegalStateException("first");
        });
        for (int i = 0; i < 3; i++) {
            jobs.add(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ended.incrementAndGet();
            });
        }
        int started = ended.get();
        assertEquals("first", assertThrows(IllegalStateException.class, () -> Site.inParallel(jobs)).getMessage());
        int now = ended.get();
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(now, ended.get(), "no job still running after the failure was thrown");
        assertEquals(0, started);
    }
}
