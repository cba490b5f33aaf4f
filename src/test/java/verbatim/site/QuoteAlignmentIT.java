package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** A translator who merges, splits or adds a quotation loses none of them from either language's quote index. */
class QuoteAlignmentIT {

    private static final String FR = """
            ---
            title: "L'école du quartier"
            date: 2026-04-10
            original: fr
            ---

            Anne Morel, maire de la commune, a présenté lundi le projet de la nouvelle école.

            « Nous tiendrons parole », a déclaré Anne Morel. « Les travaux seront finis en 2027 », a-t-elle ajouté.

            « Le chantier a pris du retard mais il sera terminé avant la fin de la rentrée », assure Paul Rivet.

            Paul Rivet a ensuite quitté la salle sans un mot de plus.
            """;
    private static final String EN = """
            ---
            title: "The neighbourhood school"
            date: 2026-04-10
            original: fr
            ---

            Anne Morel, the town's mayor, presented the new school project on Monday.

            "We will keep our word and the works will be finished in 2027," Anne Morel said.

            "The works are running late," Paul Rivet said. "But they will be finished before the new school year."

            Paul Rivet then left the room. "No more questions," he said.
            """;

    /** Every quotation of both languages, as the indexes show it (without a comma closing it). */
    private static final List<String> EVERY_QUOTATION = List.of(
            "Nous tiendrons parole",
            "Les travaux seront finis en 2027",
            "Le chantier a pris du retard mais il sera terminé avant la fin de la rentrée",
            "We will keep our word and the works will be finished in 2027",
            "The works are running late",
            "But they will be finished before the new school year.",
            "No more questions");

    @TempDir
    Path dir;

    private Path build(String name) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("ecole.fr.md"), FR, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("ecole.en.md"), EN, StandardCharsets.UTF_8);
        Path site = dir.resolve(name);
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    /** The texts of the quotations shown in a speaker's group of a quote index. */
    private static List<String> quoted(Document index, String speakerSlug) {
        Element group = index.getElementById("s-" + speakerSlug);
        assertTrue(group != null, "a group for " + speakerSlug);
        return group.select("blockquote").eachText();
    }

    @Test
    void everyQuotationOfBothLanguagesIsInBothQuoteIndexes() throws IOException {
        Path site = build("site");
        for (String path : List.of("fr/citations/index.html", "en/quotes/index.html")) {
            String shown = String.join("\n", page(site, path).select("blockquote").eachText());
            for (String quotation : EVERY_QUOTATION) {
                assertTrue(shown.contains(quotation), path + " shows «" + quotation + "» in:\n" + shown);
            }
        }
    }

    @Test
    void mergedTranslationIsShownWithBothOriginalsAndSplitOneIsJoined() throws IOException {
        Document en = page(build("site"), "en/quotes/index.html");
        String merged = "We will keep our word and the works will be finished in 2027";
        assertEquals(List.of(merged, "Nous tiendrons parole", merged, "Les travaux seront finis en 2027"),
                quoted(en, "anne-morel"));
        assertTrue(quoted(en, "paul-rivet").contains("The works are running late […] But they will be finished "
                + "before the new school year."), String.join("\n", quoted(en, "paul-rivet")));
    }

    @Test
    void speakerIndexIsLabelledAsAWholeInItsLanguage() throws IOException {
        Path site = build("site");
        assertEquals("Personnes citées", page(site, "fr/citations/index.html").selectFirst("nav.speaker-index")
                .attr("aria-label"));
        assertEquals("Speakers quoted", page(site, "en/quotes/index.html").selectFirst("nav.speaker-index")
                .attr("aria-label"));
    }

    @Test
    void quoteIndexesAreTheSameBytesTwice() throws IOException {
        Path a = build("a");
        Path b = build("b");
        for (String path : List.of("fr/citations/index.html", "en/quotes/index.html")) {
            assertEquals(Files.readString(a.resolve(path)), Files.readString(b.resolve(path)), path);
        }
    }
}
