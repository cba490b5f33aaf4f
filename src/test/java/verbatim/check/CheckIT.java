package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;
import verbatim.content.Invocation;

/**
 * {@code archive check} on an archive with each fault planted once gives exactly the expected lines; with every
 * fault fixed it gives nothing.
 */
class CheckIT {

    @TempDir
    Path dir;
    Path content;

    private static final String FRONT_FR = "---\ntitle: \"Alpha\"\ndate: 2026-01-10\noriginal: fr\n---\n\n";
    private static final String FRONT_EN = "---\ntitle: \"Alpha\"\ndate: 2026-01-10\noriginal: fr\n---\n\n";

    /** Paragraph by paragraph, the original of article alpha, with its planted faults. */
    static final String ALPHA_FR = FRONT_FR
            + "« Nous ouvrirons le 3 mars », a déclaré Claire Fontaine, maire de Valbrune.\n\n"
            + "Le budget atteint 1 200 000,5 euros.\n\n"
            + "Le chantier a commencé le 9 janvier avec Paul Martin.\n\n"
            + "Jeanne Morel, l'architecte, a présenté les plans.\n\n"
            + "« C'est un grand jour », a dit Paul Martin. « Enfin », a-t-il ajouté.\n\n"
            + "Jeanne Morel a déclaré : « Le toit sera vert. »\n\n"
            + "Voir aussi [le calendrier](../beta/index.html#p9) et [la carte](../gamma/index.html).\n\n"
            + "Le mot « vitrine » revient souvent, comme le slogan « une vitrine pour la ville ».\n\n"
            + "Claire Fontaine a conclu :\n\n"
            + "« Nous tiendrons les délais. »\n";
    static final String ALPHA_EN = FRONT_EN
            + "“We will open on March 3,” said Claire Fontaine, the mayor of Valbrune.\n\n"
            + "The budget reaches 1,300,000.5 euros.\n\n"
            + "Work began with Paul Martin.\n\n"
            + "The architect presented the plans.\n\n"
            + "“It is a great day,” said Paul Martin.\n\n"
            + "Jeanne Morel said the roof would be green.\n\n"
            + "See also [the calendar](../beta/index.html#p1) and [the map](../beta/index.html).\n\n"
            + "The word “showcase” comes up often, as does the slogan “a showcase for the town”.\n\n"
            + "Claire Fontaine concluded:\n\n"
            + "“We will meet the deadlines.”\n";
    static final String BETA_FR = "---\ntitle: \"Beta\"\ndate: 2026-01-09\noriginal: fr\n---\n\n"
            + "Le musée ouvre ses portes au public.\n";
    static final String BETA_EN = "---\ntitle: \"Beta\"\ndate: 2026-01-09\noriginal: fr\n---\n\n"
            + "The museum opens its doors to the public.\n";

    @BeforeEach
    void archive() throws IOException {
        content = Files.createDirectories(dir.resolve("archive/content"));
        write("alpha.fr.md", ALPHA_FR);
        write("alpha.en.md", ALPHA_EN);
        write("beta.fr.md", BETA_FR);
        write("beta.en.md", BETA_EN);
        assertEquals(0, Run.of("check", "--content", content.toString(), "--accept", "beta").exit());
        write("beta.fr.md", BETA_FR.replace("ouvre", "rouvre"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Run check(String... more) {
        String[] args = {"check", "--content", content.toString(), "--templates", dir.resolve("none").toString(),
                "--config", Run.noSettings(dir)};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Run.of(all);
    }

    private String c(String name) {
        return content.resolve(name).toString().replace('\\', '/');
    }

    @Test
    void eachPlantedFaultGivesItsLine() {
        Run run = check("--strict");
        assertEquals("", run.err());
        assertEquals(1, run.exit());
        assertEquals("alpha:\n"
                + "  " + c("alpha.en.md") + ":9: paragraph 2: the number 1 200 000,5 of the original is not in the "
                + "translation, which has 1,300,000.5\n"
                + "  " + c("alpha.en.md") + ":11: paragraph 3: the date 2026-01-09 (le 9 janvier) of the original is "
                + "not in the translation\n"
                + "  " + c("alpha.en.md") + ":13: paragraph 4: Jeanne Morel is named in the original, not in the "
                + "translation\n"
                + "  " + c("alpha.en.md") + ":15: paragraph 5: 2 quotations in the original, 1 in the translation\n"
                + "  " + c("alpha.en.md") + ":17: paragraph 6: the quotation « Le toit sera vert. » of the original "
                + "is not in quotation marks in the translation\n"
                + "  " + c("alpha.fr.md") + ":19: paragraph 7: the link to ../beta/index.html#p9 goes nowhere (no "
                + "anchor #p9 on that page)\n"
                + "  " + c("alpha.fr.md") + ":19: paragraph 7: the link to ../gamma/index.html goes nowhere (no such "
                + "page)\n"
                + "  " + c("alpha.fr.md") + ":21: paragraph 8: the quotation « une vitrine pour la ville » has no "
                + "speaker\n"
                + "  " + c("alpha.fr.md") + ":25: paragraph 10: the speaker of the quotation « Nous tiendrons les "
                + "délais. » is inferred (previous): Claire Fontaine\n"
                + "beta:\n"
                + "  " + c("beta.en.md") + ":8: paragraph 1 of the original changed since the translation was "
                + "accepted: \"ouvre\" → \"rouvre\"; update the translation, then run: "
                + Invocation.of("check --accept beta") + "\n"
                + "10 things to fix in 2 groups.\n", run.out());
        assertEquals(0, check().exit(), "without --strict, findings are no failure");
    }

    @Test
    void unknownKeysAndQuotationMarksThatDoNotPairAreWarnings() throws IOException {
        write("gamma.fr.md", "---\ntitle: \"Gamma\"\ndate: 2026-01-08\noriginal: fr\nsourcse:\n  - title: \"Lettre\"\n"
                + "---\n\nLe maire a dit : « Nous partirons demain.\n\nRien d'autre.\n");
        write("gamma.en.md", "---\ntitle: \"Gamma\"\ndate: 2026-01-08\noriginal: fr\n---\n\n"
                + "The mayor said: “We will leave tomorrow.\n\nNothing else, he said \"again.\n");
        Run run = check();
        assertEquals(0, run.exit(), "warnings, not errors: " + run.err());
        for (String line : List.of(
                c("gamma.en.md") + ":7: paragraph 1: the quotation mark “ before \"We will leave tomorrow.\" is never "
                        + "closed, so the quotation runs to the end of the paragraph — add ” where it ends (or delete “ "
                        + "if it quotes nothing)",
                c("gamma.en.md") + ":9: paragraph 2: the quotation mark \" before \"again.\" is never closed, so the "
                        + "quotation runs to the end of the paragraph — add \" where it ends (or delete \" if it quotes "
                        + "nothing)",
                c("gamma.fr.md") + ":5: unknown key 'sourcse' in the front matter — did you mean 'sources'?",
                c("gamma.fr.md") + ":9: paragraph 1: the quotation mark « before \"Nous partirons demain.\" is never "
                        + "closed, so the quotation runs to the end of the paragraph — add » where it ends (or delete « "
                        + "if it quotes nothing)")) {
            assertTrue(run.out().contains("\n  " + line + "\n"), line + "\nin\n" + run.out());
        }
        assertEquals(1, check("--strict").exit());
    }

    @Test
    void unknownKeysOfTheSettingsAreWarningsToo() throws IOException {
        Path settings = dir.resolve("verbatim.yaml");
        Files.writeString(settings, "titel:\n  fr: Archives\n", StandardCharsets.UTF_8);
        Run run = Run.of("check", "--content", content.toString(), "--templates", dir.resolve("none").toString(),
                "--config", settings.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Settings:\n  " + settings.toString().replace('\\', '/') + ":1: unknown key "
                + "'titel' in the settings — did you mean 'title'?\n"), run.out());
        assertTrue(run.out().endsWith("11 things to fix in 3 groups.\n"), run.out());
    }

    @Test
    void theFixedArchiveGivesNothing() throws IOException {
        write("alpha.fr.md", ALPHA_FR.replace("#p9", "#p1").replace("../gamma/index.html", "../beta/index.html")
                .replace(", comme le slogan « une vitrine pour la ville »", "") // « vitrine » alone quotes nobody
                .replace("Claire Fontaine a conclu :\n\n« Nous tiendrons les délais. »",
                        "Claire Fontaine a conclu.\n\n« Nous tiendrons les délais », a-t-elle promis."));
        write("alpha.en.md", ALPHA_EN.replace("1,300,000.5", "1,200,000.5")
                .replace("Work began with", "Work began on January 9 with")
                .replace("The architect presented", "Jeanne Morel, the architect, presented")
                .replace("said Paul Martin.", "said Paul Martin. “At last,” he added.")
                .replace("said the roof would be green.", "said: “The roof will be green.”")
                .replace(", as does the slogan “a showcase for the town”", "")
                .replace("Claire Fontaine concluded:\n\n“We will meet the deadlines.”",
                        "Claire Fontaine concluded.\n\n“We will meet the deadlines,” she promised."));
        write("beta.en.md", BETA_EN.replace("opens", "reopens"));
        assertEquals(0, Run.of("check", "--content", content.toString(), "--accept", "beta").exit());
        Run run = check("--strict");
        assertEquals("Nothing to fix.\n", run.out());
        assertEquals(0, run.exit());
    }

    @Test
    void theBuildMarksTheOutdatedParagraphUntilTheTranslationIsAccepted() throws IOException {
        Path site = dir.resolve("site");
        String[] build = {"build", "--content", content.toString(), "--output", site.toString(), "--config",
                Run.noSettings(dir)};
        assertEquals(0, Run.of(build).exit());
        String notice = "<small class=\"outdated\" lang=\"en\">Translation may be outdated</small> The museum";
        assertTrue(Files.readString(site.resolve("en/articles/beta/index.html")).contains(notice));
        assertEquals(0, Run.of("check", "--content", content.toString(), "--accept", "beta").exit());
        assertEquals(0, Run.of(build).exit());
        assertFalse(Files.readString(site.resolve("en/articles/beta/index.html")).contains("outdated"));
    }

    @Test
    void checkAndReviewNameEveryBrokenFileOfTheArchive() throws IOException {
        write("alpha.en.md", ALPHA_EN.replace("title: \"Alpha\"", "title: \"Alpha"));
        write("beta.fr.md", BETA_FR.replace("2026-01-09", "2026-02-30"));
        for (Run run : List.of(check(), Run.of("review", "--content", content.toString()))) {
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains(c("alpha.en.md")), run.err());
            assertTrue(run.err().contains(c("beta.fr.md")), run.err());
        }
    }

    @Test
    void checkAndReviewNameEveryMisnamedFileWithTheOtherBrokenOnes() throws IOException {
        write("Mon Article.FR.md", BETA_FR);
        write("Autre Article.en.md", BETA_EN);
        write("beta.fr.md", BETA_FR.replace("2026-01-09", "2026-02-30"));
        for (Run run : List.of(check(), Run.of("review", "--content", content.toString()))) {
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains(c("Autre Article.en.md") + ": a content file is named"), run.err());
            assertTrue(run.err().contains(c("Mon Article.FR.md") + ": a content file is named"), run.err());
            assertTrue(run.err().contains(c("beta.fr.md") + ":3: "), run.err());
        }
    }

    @Test
    void aFileOfTheContentFolderThatIsNoArticleIsListedWithTheFix() throws IOException {
        write("notes.txt", "À relire.\n");
        Run run = check();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Content folder:\n  " + c("notes.txt") + ": this file is not an article "
                + "(<slug>.<lang>.md), so the build leaves it out — import it with: "
                + Invocation.of("import " + c("notes.txt")) + " (then delete it), or move it out of the content "
                + "folder\n"), run.out());
    }

    @Test
    void theBundledSampleContentPassesStrictCheck() {
        Run run = Run.of("check", "--strict", "--content", "content", "--templates", "templates", "--config",
                Run.noSettings(dir));
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("External links (listed, not fetched):\n"), run.out());
        assertTrue(run.out().endsWith("Nothing to fix.\n"), run.out());
    }

    @Test
    void acceptingAnArticleWithoutTranslationSaysSo() throws IOException {
        write("gamma.fr.md", BETA_FR.replace("Beta", "Gamma"));
        Run run = Run.of("check", "--content", content.toString(), "--accept", "gamma");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("no translation to accept"), run.err());
    }

    @Test
    void acceptingATranslationWhoseNumbersStillDifferRecordsItAndSaysWhat() {
        Run run = Run.of("check", "--content", content.toString(), "--accept", "alpha", "--config",
                Run.noSettings(dir));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Still different from the original (check lists these until the translation is"
                + " fixed):\n  " + c("alpha.en.md") + ":9: paragraph 2: the number 1 200 000,5 of the original is not"
                + " in the translation, which has 1,300,000.5\n"), run.out());
    }

    @Test
    void acceptingATranslationThatMatchesSaysNothingMore() {
        Run run = Run.of("check", "--content", content.toString(), "--accept", "beta", "--config",
                Run.noSettings(dir));
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("Still different"), run.out());
    }
}
