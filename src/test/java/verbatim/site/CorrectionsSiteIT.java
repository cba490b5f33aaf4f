package verbatim.site;

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

/** The editor's corrections in an original's front matter reach the quote index and people pages of both languages. */
class CorrectionsSiteIT {

    private static final String FR = """
            ---
            title: "Grève à l'usine"
            date: 2026-03-02
            original: fr
            quotes:
              - paragraph: 2
                text: "devra tenir"
                speaker: Léon Garnier
              - paragraph: 2
                text: durable
                speaker: none
            people:
              not: [Saint Martin]
            ---

            Anne Morel a pris la parole devant l'usine de Saint Martin.

            Paul Rivet, qui dirige l'usine, « devra tenir parole », ajoute-t-on. Le projet se veut « durable ».
            """;
    private static final String EN = """
            ---
            title: "Strike at the plant"
            date: 2026-03-02
            original: fr
            ---

            Anne Morel spoke in front of the Saint Martin plant.

            Paul Rivet, who runs the plant, "will have to keep his word", someone added. The project is meant to be "sustainable".
            """;

    @TempDir
    Path dir;

    private Path build(String fr) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("greve.fr.md"), fr, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("greve.en.md"), EN, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        return site;
    }

    @Test
    void correctedSpeakerAndNoneReachBothQuoteIndexes() throws IOException {
        Path site = build(FR);
        String fr = Files.readString(site.resolve("fr/citations/index.html"));
        String en = Files.readString(site.resolve("en/quotes/index.html"));
        for (String index : new String[] {fr, en}) {
            assertTrue(index.contains("Léon Garnier"), "corrected speaker listed");
            assertTrue(index.contains("devra tenir parole") && index.contains("will have to keep his word"));
            assertFalse(index.contains("durable") || index.contains("sustainable"), "none: left out of the index");
        }
        assertTrue(Files.isRegularFile(site.resolve("fr/personnes/leon-garnier/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("en/people/leon-garnier/index.html")));
        assertFalse(Files.exists(site.resolve("fr/personnes/saint-martin")), "people: not");
    }

    @Test
    void noneLeavesTheQuotationOutOfBothPagesStructuredData() throws IOException {
        Path site = build(FR);
        for (String page : new String[] {"fr/articles/greve/index.html", "en/articles/greve/index.html"}) {
            String html = Files.readString(site.resolve(page));
            String jsonLd = html.substring(html.indexOf("application/ld+json"));
            jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>"));
            assertTrue(jsonLd.contains("\"Quotation\""), page + ": the corrected quotation stays");
            assertFalse(jsonLd.contains("durable") || jsonLd.contains("sustainable"),
                    page + ": nobody's words are no Quotation");
        }
    }

    @Test
    void correctionThatMatchesNothingStopsTheBuildWithItsLine() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("greve.fr.md"), FR.replace("text: \"devra tenir\"", "text: \"tenir promesse\""),
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("greve.en.md"), EN, StandardCharsets.UTF_8);
        Run run = Run.of("build", "--content", content.toString(), "--output", dir.resolve("site").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("greve.fr.md:6:") && run.err().contains("«tenir promesse» matches no quotation"),
                run.err());
    }

    @Test
    void correctionsInATranslationAreAnErrorPointingToTheOriginal() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("greve.fr.md"), FR, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("greve.en.md"), EN.replace("original: fr\n",
                "original: fr\nquotes:\n  - paragraph: 2\n    text: keep\n    speaker: Anne Morel\n"),
                StandardCharsets.UTF_8);
        Run run = Run.of("build", "--content", content.toString(), "--output", dir.resolve("site").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("greve.en.md:5: corrections ('quotes:', 'people:') are read from the original only")
                && run.err().contains("greve.fr.md"), run.err());
    }

    @Test
    void plainPeopleListInATranslationIsAllowed() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("greve.fr.md"), FR, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("greve.en.md"), EN.replace("original: fr\n",
                "original: fr\npeople:\n  - Anne Morel\n"), StandardCharsets.UTF_8);
        Run run = Run.of("build", "--content", content.toString(), "--output", dir.resolve("site").toString());
        assertEquals(0, run.exit(), run.err());
    }
}
