package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=fr><head><meta property=article:published_time content='2025-01-02'>"
            + "<meta property=og:title content='Le port rouvre'></head><body><h1>Le port rouvre</h1>"
            + "<div class=entry-content><p>Le port de la ville a rouvert ce matin après trois semaines de travaux.</p>"
            + "<figure><img src=x.jpg><figcaption>Le quai nord, jeudi.</figcaption></figure></div></body></html>";

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void savedPageIsImportedAndWhatWasDroppedIsListed() throws IOException {
        Path page = write("le-port.html", PAGE);
        Run run = Run.of("import", page.toString(), "--content", dir.resolve("content").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote " + dir.resolve("content/le-port.fr.md") + " from le-port.html: 1 paragraph."),
                run.out());
        assertTrue(run.out().contains("  dropped headline: Le port rouvre"), run.out());
        assertTrue(run.out().contains("  dropped caption: Le quai nord, jeudi."), run.out());
    }

    @Test
    void rawTextImportStillWorks() throws IOException {
        Path raw = write("pluie.fr.txt", "date 2026-02-12 Selon lui, lIA avance.\nSource : AFP\n");
        Run run = Run.of("import", raw.toString(), "--content", dir.resolve("content").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("paragraph 1: repaired lIA → l'IA"), run.out());
        assertTrue(Files.readString(dir.resolve("content/pluie.fr.md")).contains("credit: \"AFP\""));
    }

    @Test
    void folderImportGoesOnPastABadFileAndEndsWithASummary() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.fr.txt"), "Pas de date ici.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c.fr.txt"), "date 2025-01-03 Un jour.", StandardCharsets.UTF_8);
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("c.fr.md"), "kept", StandardCharsets.UTF_8);
        Run run = Run.of("import", in.toString(), "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Imported 1, skipped 1 (content file exists), failed 1."), run.out());
        assertTrue(run.err().contains("error: " + in.resolve("b.fr.txt") + ":1: the raw article has no date"), run.err());
        assertEquals("kept", Files.readString(content.resolve("c.fr.md")));
        assertTrue(Files.exists(content.resolve("a.fr.md")));
    }

    @Test
    void severalFilesWithOneSlugIsABadCommandLine() throws IOException {
        Path a = write("a.html", PAGE);
        Path b = write("b.html", PAGE);
        Run run = Run.of("import", a.toString(), b.toString(), "--slug", "x");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--slug and --title name one article"), run.err());
    }

    @Test
    void aRawFileWithAMeaninglessNameTakesItsSlugFromTheTitleFoldedToAscii() throws IOException {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Files.writeString(raw.resolve("123.txt"), "date 2026-02-12 Le Conseil vote le budget. Il a été adopté.\n");
        Files.writeString(raw.resolve("456.txt"), "date 2026-02-13 Un été à Orléans : la fête continue.\n");
        Path content = dir.resolve("content");
        Run run = Run.of("import", raw.resolve("123.txt").toString(), "--content", content.toString(), "--lang", "fr");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(content.resolve("le-conseil-vote-le-budget.fr.md")), run.out());
        run = Run.of("import", raw.resolve("456.txt").toString(), "--content", content.toString(), "--title",
                "Été à Orléans");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(content.resolve("ete-a-orleans.fr.md")), run.out());
    }

    @Test
    void aSlugFromTheTitleThatIsTakenIsToldWithWhereItCameFromAndTheFix() throws IOException {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Files.writeString(raw.resolve("1.txt"), "date 2026-02-12 Le Conseil vote le budget. Il a été adopté.\n");
        Files.writeString(raw.resolve("2.txt"), "date 2026-03-12 Le Conseil vote le budget. Une autre séance.\n");
        Path content = dir.resolve("content");
        assertEquals(0, Run.of("import", raw.resolve("1.txt").toString(), "--content", content.toString()).exit());
        Run run = Run.of("import", raw.resolve("2.txt").toString(), "--content", content.toString());
        assertEquals(1, run.exit());
        assertEquals("error: " + content.resolve("le-conseil-vote-le-budget.fr.md") + ": already exists (the slug "
                + "comes from the title, « Le Conseil vote le budget »). Give this article another slug with --slug "
                + "SLUG, or add --force to overwrite the file.\n", run.err());
    }

    @Test
    void aRawFileNamedAsASlugKeepsIt() throws IOException {
        Path raw = write("budget-2026.txt", "date 2026-02-12 Le Conseil vote le budget.\n");
        Run run = Run.of("import", raw.toString(), "--content", dir.resolve("content").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve("content/budget-2026.fr.md")), run.out());
    }

    @Test
    void singleFileThatExistsIsAnErrorWithTheFix() throws IOException {
        Path page = write("le-port.html", PAGE);
        Run.of("import", page.toString(), "--content", dir.resolve("content").toString());
        Run run = Run.of("import", page.toString(), "--content", dir.resolve("content").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("already exists (the slug comes from the name or the page address of le-port.html). Give this"
                + " article another slug with --slug SLUG, or add --force to overwrite the file."), run.err());
    }

    @Test
    void rawFileThatExistsSaysItsSlugComesFromItsName() throws IOException {
        Path raw = write("budget-2026.txt", "date 2026-02-12 Le Conseil vote le budget.\n");
        Run.of("import", raw.toString(), "--content", dir.resolve("content").toString());
        Run run = Run.of("import", raw.toString(), "--content", dir.resolve("content").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("already exists (the slug comes from the name of budget-2026.txt)."), run.err());
    }

    @Test
    void aPdfIsRefusedAsNoTextWithTheInputErrorCodeAndWhatToGiveInstead() throws IOException {
        Path pdf = Files.write(dir.resolve("rapport.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.UTF_8));
        Run run = Run.of("import", pdf.toString(), "--content", dir.resolve("content").toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains(pdf.toString().replace('\\', '/') + ": this is a PDF document, not text. Copy the "
                + "article's text into a .txt file in UTF-8 (one paragraph a line) and import that, or import the saved "
                + "web page (.html)"), run.err());
        assertFalse(Files.exists(dir.resolve("content")), "nothing written");
    }

    @Test
    void aGzipFileNamedAsATextIsRefusedAsNoText() throws IOException {
        Path gz = dir.resolve("article.fr.txt");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Un paragraphe.\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = Run.of("import", gz.toString(), "--content", dir.resolve("content").toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("this is a gzip-compressed file, not text"), run.err());
    }

    @Test
    void aFileWithNulBytesIsRefusedAsBinary() throws IOException {
        Path bin = Files.write(dir.resolve("notes.txt"), new byte[] {'U', 'n', 0, 1, 2, 'x', '\n', 'y', 'z', 'a'});
        Run run = Run.of("import", bin.toString(), "--content", dir.resolve("content").toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("this is a binary file, not text"), run.err());
    }
}
