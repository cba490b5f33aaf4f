package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path article() throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, "date 2024-03-05 Nadia Benali a pris la parole. « Nous continuerons », a-t-elle dit.\n"
                + "Le vote aura lieu demain.\nSource : Test\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonHasTheAgreedShapeAndOrder() throws IOException {
        assertEquals(0, run("analyze", article().toString(), "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("lang", "date", "paragraphs", "quotes", "people", "organizations", "dates", "repairs",
                "warnings"), keys);
        assertEquals("fr", json.get("lang").asText());
        assertEquals("2024-03-05", json.get("date").asText());
        assertEquals(2, json.get("paragraphs").size());
        assertEquals(1, json.get("paragraphs").get(0).get("index").asInt());
        JsonNode quote = json.get("quotes").get(0);
        assertEquals("Nous continuerons", quote.get("text").asText());
        assertEquals("Nadia Benali", quote.get("speaker").asText());
        assertEquals(1, quote.get("paragraph").asInt());
        assertEquals("Nadia Benali", json.get("people").get(0).get("name").asText());
        assertEquals(1, json.get("people").get(0).get("mentions").asInt());
    }

    @Test
    void heleneClaireAndOdileAreWomensNamesThoughTheSourceListsThemForBoth() throws IOException {
        Path file = dir.resolve("signataires.txt");
        Files.writeString(file, "Hélène Rousseau, Claire Martin et Odile Bernard ont signé la lettre.\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("analyze", file.toString(), "--format", "json", "--lang", "fr", "--date", "2026-01-01"));
        List<String> genders = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).get("people").forEach(p -> genders.add(p.get("name").asText()
                + " " + p.get("gender").asText()));
        assertEquals(List.of("Hélène Rousseau f", "Claire Martin f", "Odile Bernard f"), genders);
    }

    @Test
    void optionsOverrideLanguageAndDate() throws IOException {
        assertEquals(0, run("analyze", article().toString(), "--format", "json", "--lang", "en", "--date", "2020-01"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("en", json.get("lang").asText());
        assertEquals("2020-01", json.get("date").asText());
    }

    @Test
    void languageIsGuessedWhenNotGiven() throws IOException {
        Path file = dir.resolve("en.txt");
        Files.writeString(file, "\"We will see,\" said the coach, and the team agreed with him.\n", StandardCharsets.UTF_8);
        assertEquals(0, run("analyze", file.toString(), "--format", "json"));
        assertEquals("en", new ObjectMapper().readTree(out.toString()).get("lang").asText());
    }

    @Test
    void textFormatListsQuotesAndPeopleForAPerson() throws IOException {
        assertEquals(0, run("analyze", article().toString()));
        String text = out.toString();
        assertTrue(text.contains("[1] Nadia Benali: « Nous continuerons »"), text);
        assertTrue(text.contains("Nadia Benali (f, 1 mention)"), text);
    }

    @Test
    void textFormatShowsEachQuotationWithTheMarksItsTextUses() throws IOException {
        Path file = dir.resolve("marques.txt");
        Files.writeString(file, "date 2024-03-05 Nadia Benali a pris la parole. \"Nous continuerons\", a-t-elle dit. "
                + "Paul Martin a ajouté : “Nous verrons bien.”\nLe vote aura lieu demain, a dit Paul Martin : "
                + "«\u00A0Demain\u00A0».\n", StandardCharsets.UTF_8);
        assertEquals(0, run("analyze", file.toString(), "--format", "text"));
        String text = out.toString();
        assertTrue(text.contains("[1] Nadia Benali: \"Nous continuerons\"\n"), text);
        assertTrue(text.contains("[1] Paul Martin: “Nous verrons bien.”\n"), text);
        assertTrue(text.contains("[2] Paul Martin: « Demain »\n"), "a no-break space shown as a space: " + text);
    }

    @Test
    void missingFileIsOneLineOnStderrAndAnError() {
        int code = run("analyze", dir.resolve("absent.txt").toString());
        assertTrue(code != 0);
        assertTrue(err.toString().contains("absent.txt"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void dateThatIsNotOnTheCalendarIsRejected() throws IOException {
        int code = run("analyze", article().toString(), "--date", "2026-99-01");
        assertTrue(code != 0);
        assertTrue(err.toString().contains("--date '2026-99-01'"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void badLanguageIsRejected() throws IOException {
        int code = run("analyze", article().toString(), "--lang", "de");
        assertTrue(code != 0);
        assertTrue(err.toString().contains("--lang"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void badFormatIsRejectedInOneLine() throws IOException {
        assertTrue(run("analyze", article().toString(), "--format", "xml") != 0);
        assertEquals("error: invalid --format 'xml': expected json or text. See 'archive analyze --help'.", err.toString().strip());
    }

    @Test
    void outputIsTheSameUnderATurkishDefaultLocale() throws IOException {
        Path file = article();
        assertEquals(0, run("analyze", file.toString(), "--format", "json"));
        String root = out.toString();
        out.getBuffer().setLength(0);
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals(0, run("analyze", file.toString(), "--format", "json"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertEquals(root, out.toString());
    }

    @Test
    void translationTakesTheSpeakersOfItsCorrectedOriginal() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("greve.fr.md"), "---\ntitle: Grève\ndate: 2026-03-02\n"
                + "original: fr\nquotes:\n  - paragraph: 1\n    text: tenir parole\n    speaker: Léon Garnier\n---\n\n"
                + "Paul Rivet, qui dirige l'usine, « devra tenir parole », ajoute-t-on.\n",
                java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path en = dir.resolve("greve.en.md");
        java.nio.file.Files.writeString(en, "---\ntitle: Strike\ndate: 2026-03-02\noriginal: fr\n---\n\n"
                + "Paul Rivet, who runs the plant, \"will have to keep his word\", someone added.\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, run("analyze", en.toString(), "--format", "json"));
        String json = out.toString().replaceAll("\\s+", "");
        assertTrue(json.contains("\"speaker\":\"LéonGarnier\",\"attribution\":\"editor\""), json);
    }

    @Test
    void textFormatSaysNoneForTheEditorsNoneAndUnknownForASpeakerNotFound() throws IOException {
        Files.writeString(dir.resolve("terme.fr.md"), "---\ntitle: Terme\ndate: 2026-03-02\noriginal: fr\nquotes:\n"
                + "  - paragraph: 1\n    text: durable\n    speaker: none\n---\n\n"
                + "Le projet se veut « durable ». On parle aussi de « sobriété ».\n", StandardCharsets.UTF_8);
        assertEquals(0, run("analyze", dir.resolve("terme.fr.md").toString(), "--format", "text"));
        String text = out.toString();
        assertTrue(text.contains("[1] none (editor): « durable »\n"), text);
        assertTrue(text.contains("[1] (unknown): « sobriété »\n"), text);
    }
}
