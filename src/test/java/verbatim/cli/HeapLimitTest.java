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
        assertEquals(-1, HeapLimit.relaunch(content, () -> -1, List.of("build")));
    }

    @Test
    void aSmallArchiveIsBuiltWithTheQuickCompilerAndTheSharedClassesBesideTheJar() {
        Path shared = dir.resolve("archive.jsa");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + shared,
                "-Xlog:cds=off,cds+dynamic=off"), HeapLimit.options(List.of(), true, false, shared));
        assertEquals(List.of(), HeapLimit.options(List.of(), false, false, null), "a large one, without an archive");
    }

    @Test
    void optionsGivenAboutTheCompilerOrSharedClassesAreLeftAsGiven() {
        Path shared = dir.resolve("archive.jsa");
        assertEquals(List.of(), HeapLimit.options(List.of("-XX:-TieredCompilation", "-Xshare:off"), true, false, shared));
        assertEquals(List.of("-XX:SharedArchiveFile=" + shared, "-Xlog:cds=off,cds+dynamic=off"),
                HeapLimit.options(List.of("-XX:TieredStopAtLevel=4"), true, false, shared));
    }

    @Test
    void aSmallRebuildGetsAYoungGenerationUnlessOneWasChosen() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:NewSize=" + HeapLimit.YOUNG_MIB + "m"),
                HeapLimit.options(List.of(), true, true, null));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), HeapLimit.options(List.of("-Xmn64m"), true, true, null));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), HeapLimit.options(List.of("-XX:MaxNewSize=64m"), true, true,
                null));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), HeapLimit.options(List.of("-XX:+UseSerialGC"), true, true,
                null), "a collector chosen");
    }

    @Test
    void filesAreCountedToTheLimitOnly() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(content.resolve("a" + i + ".fr.md"), "");
        }
        assertEquals(6, HeapLimit.count(content, 100), "the folder and its five files");
        assertEquals(3, HeapLimit.count(content, 3));
        assertEquals(0, HeapLimit.count(dir.resolve("missing"), 3));
    }

    @Test
    void aRebuildIsBuiltWithTheQuickCompilerAtAnySize() {
        assertTrue(HeapLimit.quick(HeapLimit.QUICK_BELOW - 1, false));
        assertFalse(HeapLimit.quick(HeapLimit.QUICK_BELOW, false), "a large cold build keeps the optimising compiler");
        assertTrue(HeapLimit.quick(HeapLimit.QUICK_BELOW, true), "a large rebuild does not");
    }
}
