package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source options {@code build}, {@code serve} and {@code check} share, as a command line gives them. */
class SourceOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aConfigFileThatDoesNotExistIsAnInputErrorNamingIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path missing = dir.resolve("verbatim.yml");
        Run run = Run.of("build", "--content", content.toString(), "--output", dir.resolve("site").toString(),
                "--config", missing.toString());
        assertEquals(Main.INPUT_ERROR, run.exit(), run.err());
        assertEquals("error: " + missing.toString().replace('\\', '/') + ": the settings file given with --config "
                + "does not exist. Check the path, or leave --config out to use verbatim.yaml (when there is one) or "
                + "the defaults." + System.lineSeparator(), run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
