package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes {@code archive serve} refuses before it builds anything (the running preview is in ServeIT). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpNamesEveryOption() {
        Run help = Run.of("serve", "--help");
        assertEquals(0, help.exit());
        for (String option : new String[] {"--port", "--bind", "--drafts", "--open", "--content", "--output"}) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
    }

    @Test
    void aPortOutOfRangeIsACommandLineError() {
        Run run = Run.of("serve", "--port", "70000");
        assertEquals(Main.USAGE_ERROR, run.exit());
        assertEquals("error: --port 70000 is not a port: give 0 to 65535. See 'archive serve --help'.\n", run.err());
    }

    @Test
    void anOutputFolderInsideTheContentIsRefusedForItWouldRebuildForever() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Run run = Run.of("serve", "--port", "0", "--content", content.toString(), "--output",
                content.resolve("site").toString());
        assertEquals(Main.INPUT_ERROR, run.exit());
        assertTrue(run.err().startsWith("error: " + content.resolve("site") + ": the output folder is inside "
                + content + ", which is watched"), run.err());
        assertTrue(run.err().contains("Choose another output folder"), run.err());
    }

    @Test
    void anOutputFolderHoldingTheSourcesIsRefusedForItWouldServeThem() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Run run = Run.of("serve", "--port", "0", "--content", content.toString(), "--output", dir.toString());
        assertEquals(Main.INPUT_ERROR, run.exit());
        assertTrue(run.err().startsWith("error: " + dir + ": the output folder holds " + content + ", which would be "
                + "served"), run.err());
    }

    @Test
    void aMissingContentFolderIsOneLineWithTheFix() {
        Run run = Run.of("serve", "--port", "0", "--content", dir.resolve("nothing").toString(), "--output",
                dir.resolve("site").toString());
        assertEquals(Main.INPUT_ERROR, run.exit());
        assertEquals("error: " + dir.resolve("nothing") + ": there is no content folder here. Run archive serve in the "
                + "archive's folder, give --content DIR, or make a new archive with archive init DIR.\n", run.err());
    }

    @Test
    void aPortInUseIsOneLineWithTheFix() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "--port", Integer.toString(taken.getLocalPort()), "--content",
                    dir.resolve("content").toString(), "--output", dir.resolve("site").toString());
            assertEquals(Main.INPUT_ERROR, run.exit());
            assertTrue(run.err().startsWith("error: cannot listen on 127.0.0.1 port " + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("--port 0"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }
}
