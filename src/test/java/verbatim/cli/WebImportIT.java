package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six fixture pages imported as a folder, then built into a site and analysed, as an archivist would. */
class WebImportIT {

    @TempDir
    Path dir;

    @Test
    void folderOfSavedPagesImportsBuildsAndAnalyses() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : new String[] {"wordpress-theme", "arc-react", "drupal", "amp", "liveblog", "split-by-ads"}) {
            try (InputStream in = getClass().getResourceAsStream("/verbatim/content/web/" + name + ".html")) {
                Files.copy(in, pages.resolve(name + ".html"));
            }
        }
        Path content = dir.resolve("content");
        Run imported = Run.of("import", pages.toString(), "--content", content.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 6, skipped 0 (content file exists), failed 0."), imported.out());

        Run again = Run.of("import", pages.toString(), "--content", content.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Imported 0, skipped 6 (content file exists), failed 0."), again.out());

        Run built = Run.of("build", "--content", content.toString(), "--output", dir.resolve("site").toString(),
                "--templates", dir.resolve("none").toString(), "--config", Run.noSettings(dir));
        assertEquals(0, built.exit(), built.err());
        String page = Files.readString(dir.resolve("site/fr/articles/split-by-ads/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Amélie Vasseur"), "the imported article is built");

        Run analysed = Run.of("analyze", content.resolve("split-by-ads.fr.md").toString(), "--format", "text");
        assertEquals(0, analysed.exit(), analysed.err());
        assertTrue(analysed.out().contains("Amélie Vasseur: « On s'attendait à une centaine, pas à ça »"),
                analysed.out());
    }
}
