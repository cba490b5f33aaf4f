package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {

    @Test
    void compilersChosenByThePersonBuildingAreLeftAsChosen() {
        assertTrue(QuickCompiler.chosen(List.of("-Xmx1g", "-XX:TieredStopAtLevel=4")));
        assertTrue(QuickCompiler.chosen(List.of("-XX:-TieredCompilation")));
        assertTrue(QuickCompiler.chosen(List.of("-Xint")));
        assertTrue(QuickCompiler.chosen(List.of("-XX:CompilerDirectivesFile=d.json")));
        assertFalse(QuickCompiler.chosen(List.of("-Xmx1g", "-XX:SharedArchiveFile=archive.jsa")));
    }

    @Test
    void aSmallArchiveWantsTheQuickCompilerUnlessTheCompilersWereChosen(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path content = java.nio.file.Files.createDirectories(dir.resolve("content"));
        java.nio.file.Files.writeString(content.resolve("a.fr.md"), "");
        assertTrue(QuickCompiler.wanted(List.of("-Xmx640m"), content));
        assertFalse(QuickCompiler.wanted(List.of("-Xmx640m", "-XX:TieredStopAtLevel=1"), content),
                "the second JVM of a large archive's build, given its compilers");
    }
}
