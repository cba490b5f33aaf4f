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
}
