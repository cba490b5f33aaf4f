package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.site.output.OutputWatch;

/** The watcher of the preview's output folder tells the paths changed since the last build that committed. */
class OutputWatcherTest {

    @TempDir
    Path dir;

    /** Waits (at most a minute) until the watcher has told every path of {@code paths}. */
    static void awaitTold(OutputWatcher watcher, Set<String> paths) throws InterruptedException {
        for (int i = 0; i < 600 && !watcher.told().containsAll(paths); i++) {
            Thread.sleep(100);
        }
        assertTrue(watcher.told().containsAll(paths), "told " + watcher.told() + ", waited for " + paths);
    }

    @Test
    void aFolderFirstOpenedIsNotKnownThenOnlyWhatChangedSinceACommitIsTold() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/fr"));
        Files.writeString(site.resolve("a.html"), "A");
        try (OutputWatcher watcher = new OutputWatcher()) {
            OutputWatch.Changes first = watcher.open(dir.resolve("site"));
            assertNull(first.paths(), "just started: every file is looked at");
            assertNull(watcher.open(dir.resolve("site")).paths(), "no build committed since it started");
            watcher.committed(watcher.open(dir.resolve("site")));
            assertEquals(Set.of(), watcher.open(dir.resolve("site")).paths());

            Files.delete(site.resolve("a.html")); // one event each, none late
            Files.createFile(site.resolve("b.html"));
            awaitTold(watcher, Set.of("fr/a.html", "fr/b.html"));
            OutputWatch.Changes opened = watcher.open(dir.resolve("site"));
            assertEquals(Set.of("fr/a.html", "fr/b.html"), opened.paths());
            Files.createFile(site.resolve("c.html"));
            awaitTold(watcher, Set.of("fr/c.html"));
            watcher.committed(opened);
            assertEquals(Set.of("fr/c.html"), watcher.open(dir.resolve("site")).paths(),
                    "told after the build opened: kept for the next one");
        }
    }

    @Test
    void aBuildThatFailedLeavesWhatItWasToldForTheNext() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        try (OutputWatcher watcher = new OutputWatcher()) {
            watcher.committed(watcher.open(site));
            Files.createFile(site.resolve("a.html"));
            awaitTold(watcher, Set.of("a.html"));
            assertEquals(Set.of("a.html"), watcher.open(site).paths()); // and no commit
            assertEquals(Set.of("a.html"), watcher.open(site).paths());
        }
    }

    @Test
    void aFolderReplacedIsWatchedAgainAndNotKnownUntilABuildCommits() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        try (OutputWatcher watcher = new OutputWatcher()) {
            watcher.committed(watcher.open(site));
            Files.move(site, dir.resolve("old"));
            Files.createDirectories(site);
            OutputWatch.Changes opened = watcher.open(site);
            assertNull(opened.paths());
            watcher.committed(opened);
            Files.createFile(site.resolve("new.html"));
            awaitTold(watcher, Set.of("new.html"));
            assertEquals(Set.of("new.html"), watcher.open(site).paths(), "the new folder is the one watched");
        }
    }

    @Test
    void aMissingFolderIsNotWatched() {
        try (OutputWatcher watcher = new OutputWatcher()) {
            assertNull(watcher.open(dir.resolve("none")).paths());
            assertFalse(watcher.watching());
        }
    }
}
