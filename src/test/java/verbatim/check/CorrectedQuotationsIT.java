package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** check lists quotations without a stated speaker as review does: the editor's corrections settle them. */
class CorrectedQuotationsIT {

    @TempDir
    Path dir;

    private Run check(String extraFront) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("port.fr.md"), "---\ntitle: Port\ndate: 2026-03-02\noriginal: fr\n"
                + extraFront + "---\n\nOn parle d'une « usine à gaz » au port.\n", StandardCharsets.UTF_8);
        return Run.of("check", "--content", content.toString());
    }

    @Test
    void quotationWithoutSpeakerIsListedUntilTheEditorSettlesIt() throws IOException {
        Run before = check("");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().contains("« usine à gaz » has no speaker"), before.out());
        Run after = check("quotes:\n  - paragraph: 1\n    text: usine\n    speaker: none\n");
        assertEquals(0, after.exit(), after.err());
        assertFalse(after.out().contains("usine à gaz"), after.out());
    }
}
