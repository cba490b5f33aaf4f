package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * An organisation's name in the quote index is marked with the language it is written in, where that is not the
 * page's.
 */
class SpeakerNameLanguageIT {

    private static final String FR = """
            ---
            title: "La nouvelle école"
            date: 2026-04-10
            original: fr
            ---

            « Le projet est une priorité pour toute la région », a indiqué l'Agence régionale de santé.

            « Nous tiendrons parole », a déclaré Anne Morel.
            """;
    private static final String EN = """
            ---
            title: "The new school"
            date: 2026-04-10
            original: fr
            ---

            "The project is a priority for the whole region," the Agence régionale de santé said.

            "We will keep our word," Anne Morel said.
            """;

    @TempDir
    Path dir;

    @Test
    void organisationNameFromTheFrenchTextIsMarkedFrenchOnEnglishPagesOnly() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("ecole.fr.md"), FR, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("ecole.en.md"), EN, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());

        Document en = Jsoup.parse(Files.readString(site.resolve("en/quotes/index.html"), StandardCharsets.UTF_8));
        assertEquals("fr", en.selectFirst("#s-agence-regionale-de-sante-name span").attr("lang"));
        assertEquals("fr", en.selectFirst("nav.speaker-index a[href=#s-agence-regionale-de-sante]").attr("lang"));
        assertTrue(en.selectFirst("nav.speaker-index a[href=#s-anne-morel]").attr("lang").isEmpty(),
                "a person's name has no language of its own");

        Document fr = Jsoup.parse(Files.readString(site.resolve("fr/citations/index.html"), StandardCharsets.UTF_8));
        assertTrue(fr.select("#s-agence-regionale-de-sante-name span[lang]").isEmpty(), "the page's own language");

        Document page = Jsoup.parse(Files.readString(site.resolve("en/articles/ecole/index.html"),
                StandardCharsets.UTF_8));
        assertEquals("Agence régionale de santé", page.selectFirst("p.quoted span[lang=fr]").text());
        assertTrue(page.select("p.quoted a[lang]").isEmpty(), "a person's name has no language of its own");
    }
}
