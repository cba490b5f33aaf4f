package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapLimitTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveIsLargeFromItsFilesAtAnyDepth() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path year = Files.createDirectories(content.resolve("2024"));
        for (int i = 0; i < HeapLimit.LARGE - 2; i++) {
            Files.writeString(year.resolve("a" + i + ".fr.md"), "");
        }
        assertFalse(HeapLimit.large(content), "the files and the folder below it, one short");
        Files.writeString(content.resolve("last.fr.md"), "");
        assertTrue(HeapLimit.large(content));
        assertFalse(HeapLimit.large(dir.resolve("missing")));
    }

    @Test
    void aBuildNotStartedByMainRunsWhereItIs() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i < HeapLimit.LARGE; i++) {
            Files.writeString(content.resolve("a" + i + ".fr.md"), "");
        }
        assertEquals(-1, HeapLimit.relaunch(content, List.of("build")));
    }
}
