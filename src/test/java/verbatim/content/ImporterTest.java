package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=fr><head><link rel=canonical href='https://j.example/2025/01/02/"
            + "le-port-rouvre_6123456_3244.html'><meta property=article:published_time content='2025-01-02'>"
            + "<meta property=og:title content='Le port rouvre'></head><body><div class=entry-content><p>Le port de "
            + "la ville a rouvert ce matin après trois semaines de travaux sur les quais.</p></div></body></html>";

    private Importer importer(boolean force) {
        return new Importer(new Importer.Options(dir.resolve("content"), null, null, null, null, force));
    }

    @Test
    void slugOfAnAddressDropsItsExtensionAndIds() {
        assertEquals("le-port-rouvre", Importer.urlSlug("https://j.example/2025/01/02/le-port-rouvre_6123456_3244.html"));
        assertEquals("night-trains", Importer.urlSlug("https://v.example/transport/night-trains/"));
        assertEquals("story-title", Importer.urlSlug("https://v.example/2025/12/01/story-title/amp/"));
    }

    @Test
    void savedPageWithAGenericNameTakesItsSlugFromItsAddress() throws IOException {
        Path page = Files.writeString(dir.resolve("index.html"), PAGE, StandardCharsets.UTF_8);
        Importer.Outcome outcome = importer(false).run(page);
        Importer.Imported imported = assertInstanceOf(Importer.Imported.class, outcome);
        assertEquals(dir.resolve("content/le-port-rouvre.fr.md"), imported.target());
        ContentFile file = ContentFile.read(imported.target());
        assertEquals("Le port rouvre", file.front().title());
        assertEquals(1, file.paragraphs().size());
    }

    @Test
    void existingContentFileIsSkippedUnlessForced() throws IOException {
        Path page = Files.writeString(dir.resolve("le-port.html"), PAGE, StandardCharsets.UTF_8);
        assertInstanceOf(Importer.Imported.class, importer(false).run(page));
        assertInstanceOf(Importer.Skipped.class, importer(false).run(page));
        assertInstanceOf(Importer.Imported.class, importer(true).run(page));
    }

    @Test
    void pageWithoutDateFailsWithAFix() throws IOException {
        Path page = Files.writeString(dir.resolve("sans-date.html"), PAGE.replace("article:published_time", "x"),
                StandardCharsets.UTF_8);
        Importer.Failed failed = assertInstanceOf(Importer.Failed.class, importer(false).run(page));
        assertTrue(failed.error().oneLine().startsWith(page + ": the page gives no publication date"),
                failed.error().oneLine());
        assertTrue(failed.error().oneLine().contains("--date"));
    }

    @Test
    void folderListsItsPagesAndRawTextsInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.fr.txt"), "date 2025-01-02 Un.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.pdf"), "x", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("b_files"));
        assertEquals(List.of(dir.resolve("a.fr.txt"), dir.resolve("b.html")), Importer.files(List.of(dir)));
    }
}
