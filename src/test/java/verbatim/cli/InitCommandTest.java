package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void initWritesTheExampleArchiveAndPrintsTheNextCommands() throws Exception {
        Path archive = dir.resolve("my-archive");
        Run run = Run.of("init", archive.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(archive.resolve("content/valbrune-library.fr.md")));
        assertTrue(Files.isRegularFile(archive.resolve("content/valbrune-library.en.md")));
        assertTrue(Files.readString(archive.resolve("verbatim.yaml")).contains("# The address the site"));
        assertTrue(Files.readString(archive.resolve(".gitignore")).contains("/site/"));
        assertTrue(Files.readString(archive.resolve(".gitignore")).contains("/.verbatim/*"));
        assertTrue(Files.readString(archive.resolve(".gitignore")).contains("!/.verbatim/accepted/"),
                "what check --accept keeps is committed with the content");
        assertTrue(run.out().contains("Next:\n  cd " + archive.toString().replace('\\', '/') + "\n  archive build "),
                run.out());
        assertTrue(run.out().endsWith("\nnote: before you publish, set baseUrl in verbatim.yaml to the site's address "
                + "(https://…): until then the feeds use relative links and no sitemap.xml is written.\n"), run.out());
    }

    @Test
    void initRefusesAFolderThatHoldsAnything() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run run = Run.of("init", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: " + dir.toString().replace('\\', '/') + ": the folder is not empty"),
                run.err());
        assertEquals(1, dir.toFile().list().length);
    }
}
