package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderTest {

    @TempDir
    Path dir;

    @Test
    void everyBrokenFileOfAnArticleIsReportedNotOnlyTheFirst() throws IOException {
        Path fr = dir.resolve("essai.fr.md");
        Path en = dir.resolve("essai.en.md");
        Files.writeString(fr, "---\ntitle: Essai\ndate: 2026-01-02\n\tsources: []\n---\nUn paragraphe.\n",
                StandardCharsets.UTF_8);
        Files.writeString(en, "---\ntitle: Essay\ndate: 2026-01-02\n---\nOne paragraph.\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> ContentFolder.read(List.of(fr, en)));
        List<InputException> all = e instanceof InputErrors errors ? errors.errors() : List.of(e);
        assertEquals(2, all.size(), e.getMessage());
    }

    @Test
    void aFileGivenAsTheContentFolderIsNamedAsAFileWithItsFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("a.fr.md"), "---\ntitle: A\n---\nTexte.\n");
        InputException e = assertThrows(InputException.class, () -> new ContentFolder(file).list());
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertTrue(e.fix().contains(dir.toAbsolutePath().toString()), e.fix());
    }

    @Test
    void theFilesOfASlugAreListedInPathOrderAndEachNameOnce() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path year = Files.createDirectories(content.resolve("2024"));
        Path later = Files.createDirectories(content.resolve("2025"));
        for (Path p : List.of(content.resolve("port.fr.md"), year.resolve("port.en.md"), later.resolve("port.en.md"),
                later.resolve("quai.fr.md"), content.resolve("quai.en.md"), year.resolve("quai.de.md"))) {
            Files.writeString(p, "");
        }
        ContentFolder.Listing listing = new ContentFolder(content).list();
        assertEquals(List.of(year.resolve("port.en.md"), content.resolve("port.fr.md")), listing.slugs().get("port"),
                "the copy of one name in 2025 told, not listed");
        assertEquals(List.of(later.resolve("quai.fr.md"), content.resolve("quai.en.md")), listing.slugs().get("quai"));
        assertEquals(List.of("port", "quai"), List.copyOf(listing.slugs().keySet()));
        assertEquals(2, listing.problems().size(), "the copy, and a language the archive does not publish");
        assertEquals(5, listing.attributes().size(), "the files of content names keep their attributes");
    }

    @Test
    void contentNamesAreTheOnesTheNamePatternAccepts() {
        for (String name : java.util.List.of("a.fr.md", "sharma-anthropic.en.md", "2026-02-12-x.fr.md", "ab-.en.md",
                "-a.fr.md", "A.fr.md", "a_b.fr.md", "a.FR.md", "a.fra.md", ".fr.md", "a..fr.md", "a.b.fr.md",
                "a.fr.MD", "é.fr.md", "a.f.md", "a fr.md", "a.fr.mdx")) {
            assertEquals(ContentFile.NAME.matcher(name).matches(), ContentFolder.isContentName(name), name);
        }
    }

    @Test
    void aFileInALanguageTheArchiveDoesNotPublishIsNamedWithTheFix() throws IOException {
        Files.writeString(dir.resolve("essai.de.md"), "---\ntitle: Versuch\ndate: 2026-01-02\n---\nEin Absatz.\n",
                StandardCharsets.UTF_8);
        List<InputException> problems = new ContentFolder(dir).list().problems();
        assertEquals(1, problems.size());
        assertEquals(true, problems.get(0).getMessage().contains("'de' in the file name is no language"),
                problems.get(0).getMessage());
        assertEquals(true, problems.get(0).oneLine().contains("essai.fr.md or essai.en.md"), problems.get(0).oneLine());
    }

    @Test
    void aTextFileInTheContentFolderIsAWarningWithTheCommandThatImportsIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("notes.txt"), "À relire.\n");
        ContentFolder.Listing listing = new ContentFolder(content).list();
        String file = content.resolve("notes.txt").toString().replace('\\', '/');
        assertEquals(List.of(file + ": this file is not an article (<slug>.<lang>.md), so the build leaves it out — "
                + "import it with: archive import " + file + " (then delete it), or move it out of the content folder"),
                listing.warnings());
    }

    @Test
    void theCommandThatImportsIsNamedAsItRunsHereNotAsTheReadmeWritesIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("notes.txt"), "À relire.\n");
        Path launcher = Files.writeString(Files.createDirectories(dir.resolve("verbatim")).resolve("archive"), "");
        String before = System.getProperty(Invocation.LAUNCHER);
        System.setProperty(Invocation.LAUNCHER, launcher.toString());
        try {
            String file = content.resolve("notes.txt").toString().replace('\\', '/');
            String warning = new ContentFolder(content).list().warnings().get(0);
            assertTrue(warning.contains("import it with: " + launcher + " import " + file + " (then"), warning);
        } finally {
            if (before == null) {
                System.clearProperty(Invocation.LAUNCHER);
            } else {
                System.setProperty(Invocation.LAUNCHER, before);
            }
        }
    }

    @Test
    void anArticleSavedUnderOneMoreExtensionIsToBeRenamedNotImported() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("port.en.md.txt"), "---\ntitle: Port\ndate: 2026-03-04\n---\nText.\n");
        Files.writeString(content.resolve("quai.txt"), "---\ntitle: Quai\ndate: 2026-03-04\n---\nTexte.\n");
        List<String> warnings = new ContentFolder(content).list().warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("— it has front matter: rename it to port.en.md"), warnings.get(0));
        assertTrue(warnings.get(1).endsWith("— it has front matter: rename it to quai.fr.md or quai.en.md"),
                warnings.get(1));
    }

    @Test
    void aMarkdownFileUnderAnotherExtensionIsWarnedOfWithTheNameItShouldHave() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("Le Port.fr.markdown"), "---\ntitle: T\n---\n");
        List<String> warnings = new ContentFolder(content).list().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("— rename it to le-port.fr.md if it is an article, or move it out of the "
                + "content folder"), warnings.get(0));
    }

    @Test
    void hiddenFilesAndFoldersAndEditorBackupsAreLeftOutSilently() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve(".git"));
        Files.writeString(content.resolve(".git/config"), "[core]\n");
        Files.writeString(content.resolve(".gitkeep"), "");
        Files.writeString(content.resolve("a.fr.md~"), "");
        Files.writeString(content.resolve("README.md"), "Les articles.\n");
        assertEquals(List.of(), new ContentFolder(content).list().warnings());
    }

    @Test
    void aKeptListingSeesAFileAddedAndOneDeletedOnlyWhenToldOfThem() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.fr.md"), "x");
        ContentFolder.Kept kept = ContentFolder.Kept.of(new ContentFolder(content));
        Files.writeString(content.resolve("b.fr.md"), "x");
        Files.delete(content.resolve("a.fr.md"));
        assertEquals(List.of("a"), List.copyOf(kept.listing().slugs().keySet()), "not told yet");
        assertTrue(kept.update(content.resolve("b.fr.md").toAbsolutePath()));
        assertTrue(kept.update(content.resolve("a.fr.md").toAbsolutePath()));
        assertEquals(List.of("b"), List.copyOf(kept.listing().slugs().keySet()));
        assertEquals(List.of(content.resolve("b.fr.md")), kept.listing().slugs().get("b"), "paths as the folder's");
    }

    @Test
    void aKeptListingOfAFileSavedAgainIsTheListingOfTheFolderNow() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path a = Files.writeString(content.resolve("a.fr.md"), "x");
        Files.writeString(content.resolve("a.en.md"), "x");
        Files.writeString(content.resolve("b.fr.md"), "x");
        ContentFolder.Kept kept = ContentFolder.Kept.of(new ContentFolder(content));
        ContentFolder.Listing was = kept.listing();
        Files.writeString(a, "a longer text");
        assertTrue(kept.update(a.toAbsolutePath()));
        ContentFolder.Listing now = kept.listing();
        ContentFolder.Listing fresh = new ContentFolder(content).list();
        assertEquals(fresh.slugs(), now.slugs());
        assertEquals(fresh.warnings(), now.warnings());
        assertEquals(fresh.attributes().keySet(), now.attributes().keySet());
        assertEquals(13, now.attributes().get(a).size(), "the file's attributes as saved");
        assertEquals(1, was.attributes().get(a).size(), "the listing a build holds is not changed");
    }

    @Test
    void aKeptListingCannotBePatchedWithAFolder() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        ContentFolder.Kept kept = ContentFolder.Kept.of(new ContentFolder(content));
        Path sub = Files.createDirectories(content.resolve("2026"));
        assertEquals(false, kept.update(sub.toAbsolutePath()));
    }
}
