package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.content.Invocation;

/** The mistakes a new editor makes, each tried as they would make it, through the commands. */
class EditorMistakesIT {

    @TempDir
    Path dir;
    Path content;
    Path site;

    private static final String FR = "---\ntitle: \"Un titre\"\ndate: 2026-01-10\noriginal: fr\n---\n\n"
            + "Jeanne Dupont a déclaré : « Nous partons. »\n";
    private static final String EN = "---\ntitle: \"A title\"\ndate: 2026-01-10\noriginal: fr\n---\n\n"
            + "Jeanne Dupont said: “We are leaving.”\n";

    @BeforeEach
    void archive() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        site = dir.resolve("site");
        write("a.fr.md", FR);
        write("a.en.md", EN);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(content.resolve(name).getParent());
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Run build(String... more) {
        String[] args = {"build", "--content", content.toString(), "--output", site.toString(),
                "--templates", dir.resolve("templates").toString(), "--config", Run.noSettings(dir)};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Run.of(all);
    }

    private String c(String name) {
        return content.resolve(name).toString().replace('\\', '/');
    }

    @Test
    void aBuildReportsEveryBrokenFileSortedOneLineEach() throws IOException {
        write("b.fr.md", FR.replace("date: 2026-01-10", "date: hier"));
        write("c.fr.md", "---\ntitle: C\ndate: 2026-01-10\noriginal: fr\n---\n\n");
        write("Mon Article.FR.md", FR);
        write("d.md", FR);
        Run run = build();
        assertEquals(1, run.exit());
        assertEquals("error: " + c("Mon Article.FR.md") + ": a content file is named <slug>.<lang>.md, the slug in "
                + "lower-case letters, digits and hyphens. Rename it to mon-article.fr.md.\n"
                + "error: " + c("b.fr.md") + ":3: 'date' must be an ISO date, not 'hier'. Write for example: date: "
                + "2026-02-12 (with a time: date: 2026-02-12T10:00:00+01:00)\n"
                + "error: " + c("c.fr.md") + ":5: the article has no text after its front matter. Write its "
                + "paragraphs after the closing '---', separated by blank lines, or delete the file.\n"
                + "error: " + c("d.md") + ": a content file is named <slug>.<lang>.md, and this name gives no language. "
                + "Rename it to d.fr.md or d.en.md.\n", run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void twoFilesClaimingOneSlugAreNamedTogether() throws IOException {
        write("2025/a.fr.md", FR);
        write("b.fr.md", FR.replace("original: fr\n", "original: fr\nslug: a\n"));
        Run run = build();
        assertEquals(1, run.exit());
        assertEquals("error: " + c("a.fr.md") + ":2: this file and " + c("2025/a.fr.md") + ":2 both claim slug 'a' "
                + "in 'fr' by their file names, and only one page can have that address. Rename one of them, or delete "
                + "the one that is a copy.\n"
                + "error: " + c("b.fr.md") + ":5: its slug 'a' (from its 'slug:') is the slug of " + c("2025/a.fr.md")
                + ":2 too (from its file name), and both would write the same pages. Give one of them another slug "
                + "(its file name or 'slug:').\n",
                run.err());
    }

    @Test
    void baseUrlWithoutSchemeIsRefusedWithTheFix() {
        Run run = build("--base-url", "archive.example.org");
        assertEquals(2, run.exit());
        assertEquals("error: --base-url 'archive.example.org' has no scheme (https://), so canonical links would be "
                + "broken: write --base-url https://archive.example.org/. See '" + Invocation.of("build")
                + " --help'.\n", run.err()); // as the command runs: java -jar …/archive-….jar under failsafe
    }

    @Test
    void anEmptyBaseUrlMeansRelativeLinksOverTheSettingsOneAndIsNotToldAsMissing() throws IOException {
        Path settings = Files.writeString(dir.resolve("verbatim.yaml"), "baseUrl: https://archive.example.org/\n");
        for (String empty : new String[] {"", " "}) {
            Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--templates",
                    dir.resolve("templates").toString(), "--config", settings.toString(), "--base-url", empty);
            assertEquals(0, run.exit(), run.err());
            assertFalse((run.out() + run.err()).contains("baseUrl"), run.out() + run.err());
            assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without a base URL");
            assertFalse(Files.readString(site.resolve("fr/articles/a/index.html")).contains("archive.example.org"));
        }
    }

    @Test
    void cacheFolderAndNoCacheTogetherAreRefused() {
        Run run = build("--cache", dir.resolve("kept").toString(), "--no-cache");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: --cache "), run.err());
        assertTrue(run.err().contains("and --no-cache contradict each other: give one of them"), run.err());
    }

    @Test
    void baseUrlWithoutSchemeInTheSettingsIsRefusedWithTheFix() throws IOException {
        Path settings = dir.resolve("verbatim.yaml");
        Files.writeString(settings, "title:\n  en: Mine\nbaseUrl: archive.example.org\n");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--config",
                settings.toString());
        assertEquals(1, run.exit());
        assertEquals("error: " + settings.toString().replace('\\', '/') + ":3: baseUrl 'archive.example.org' has no "
                + "scheme (https://), so canonical links would be broken. Write: baseUrl: https://archive.example.org/\n",
                run.err());
    }

    @Test
    void unknownKeysAreWarnedWithTheClosestKnownOneAndTheBuildGoesOn() throws IOException {
        Path settings = dir.resolve("verbatim.yaml");
        Files.writeString(settings, "baseurl: https://example.org/\n");
        write("a.en.md", EN.replace("original: fr\n", "original: fr\ntranslater: Ann Lee\n"));
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--config",
                settings.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("warning: " + settings.toString().replace('\\', '/') + ":1: unknown key 'baseurl' in the "
                + "settings — did you mean 'baseUrl'?\n"
                + "warning: " + c("a.en.md") + ":5: unknown key 'translater' in the front matter — did you mean "
                + "'translator'?\n", run.err());
    }

    @Test
    void anUnclosedQuotationMarkIsAWarningOfEveryBuildAtItsParagraphsLine() throws IOException {
        write("a.fr.md", FR.replace("« Nous partons. »", "« Nous partons."));
        String warning = "warning: " + c("a.fr.md") + ":7: paragraph 1: the quotation mark « before \"Nous partons.\" "
                + "is never closed, so the quotation runs to the end of the paragraph — add » where it ends (or delete "
                + "« if it quotes nothing)\n";
        Run first = build();
        assertEquals(0, first.exit(), first.err());
        assertEquals(warning, first.err());
        Run again = build(); // the article is not read again: its warning comes from what the first build kept
        assertEquals(0, again.exit(), again.err());
        assertEquals(warning, again.err());
    }

    @Test
    void theTranslationsOwnTranslatorAndCreditAreShown() throws IOException {
        write("a.fr.md", FR.replace("original: fr\n", "original: fr\ncredit: \"Le Courrier\"\n"));
        write("a.en.md", EN.replace("original: fr\n", "original: fr\ntranslator: Ann Lee\ncredit: \"Desk\"\n"));
        assertEquals(0, build().exit());
        String en = Files.readString(site.resolve("en/articles/a/index.html"));
        assertTrue(en.contains("Translated by:</span> <span lang=\"en\">Ann Lee</span>"), en);
        assertTrue(en.contains("Credit of the translation:</span> <span lang=\"en\">Desk</span>"), en);
        assertTrue(en.contains("<span lang=\"fr\">Le Courrier</span>"), en);
    }

    @Test
    void aDateTimeWithZoneIsAcceptedAndTheDateShown() throws IOException {
        write("a.fr.md", FR.replace("date: 2026-01-10", "date: 2026-03-03T10:00:00+01:00"));
        assertEquals(0, build().exit());
        assertTrue(Files.readString(site.resolve("fr/articles/a/index.html")).contains("3 mars 2026"));
    }

    @Test
    void aDateTimeWithZoneKeepsItsTimeInTheFeedsAndJsonLdWhateverTheMachinesZone() throws IOException {
        write("a.fr.md", FR.replace("date: 2026-01-10", "date: 2026-03-03T10:00:00+01:00"));
        write("a.en.md", EN.replace("date: 2026-01-10", "date: 2026-03-03T10:00:00+01:00"));
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
            assertEquals(0, build().exit());
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        String feed = Files.readString(site.resolve("en/atom.xml"));
        assertTrue(feed.contains("<published>2026-03-03T09:00:00Z</published>"), feed);
        assertTrue(feed.contains("<updated>2026-03-03T09:00:00Z</updated>\n<author>"), feed);
        String person = Files.readString(site.resolve("fr/personnes/jeanne-dupont/atom.xml"));
        assertTrue(person.contains("<published>2026-03-03T09:00:00Z</published>"), person);
        String page = Files.readString(site.resolve("fr/articles/a/index.html"));
        assertTrue(page.contains("\"datePublished\":\"2026-03-03T10:00:00+01:00\""), page);
        assertTrue(page.contains("3 mars 2026"), page);
    }

    @Test
    void latin1RawFileIsNamedWithLineByteAndEncodingInImportAndAnalyze() throws IOException {
        Path raw = dir.resolve("ete.txt");
        Files.write(raw, "date 2026-01-10 Premier.\nUn été.\n".getBytes(StandardCharsets.ISO_8859_1));
        String expected = raw.toString().replace('\\', '/') + ":2: the file is not UTF-8: byte 0xE9 (offset 28) "
                + "cannot be read; it looks like Windows-1252 (Latin-1), where it is 'é'. Convert it to UTF-8 in "
                + "place, for example: iconv -f WINDOWS-1252 -t UTF-8 " + raw + " > " + raw + ".utf8 && mv " + raw
                + ".utf8 " + raw + "\n";
        Run imported = Run.of("import", raw.toString(), "--content", content.toString(), "--lang", "fr");
        assertEquals(1, imported.exit());
        assertEquals("error: " + expected, imported.err());
        Run analyzed = Run.of("analyze", raw.toString());
        assertEquals(1, analyzed.exit());
        assertEquals("error: " + expected, analyzed.err());
    }

    @Test
    void anEmptyRawFileIsRefusedAtImport() throws IOException {
        Path raw = Files.writeString(dir.resolve("vide.txt"), "\n\n");
        Run run = Run.of("import", raw.toString(), "--content", content.toString(), "--lang", "fr");
        assertEquals(1, run.exit());
        assertEquals("error: " + raw.toString().replace('\\', '/') + ":1: the raw article has no text. Write one "
                + "paragraph per line (after an optional 'date YYYY-MM-DD' prefix), or leave the file out.\n", run.err());
        assertFalse(Files.exists(content.resolve("vide.fr.md")));
    }

    @Test
    void theUrlLineOfARawFileBecomesASourceAndNoParagraph() throws IOException {
        Path raw = Files.writeString(dir.resolve("depart.txt"),
                "# url: https://example.org/depart\ndate 2026-01-10 Jeanne Dupont part.\nElle quitte Lyon.\n");
        Run run = Run.of("import", raw.toString(), "--content", content.toString(), "--lang", "fr");
        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(content.resolve("depart.fr.md"));
        assertTrue(md.contains("sources:\n  - title: \"https://example.org/depart\"\n"
                + "    url: \"https://example.org/depart\"\n"), md);
        assertTrue(md.endsWith("\nJeanne Dupont part.\n\nElle quitte Lyon.\n"), md);
    }
}
