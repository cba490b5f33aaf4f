package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** A person page speaks of the person as the articles do: in their gender when one tells it, else in words that fit anyone. */
class PersonPagesIT {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void build() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("bibliotheque.fr.md"), "---\ntitle: \"La bibliothèque\"\ndate: 2026-03-01\n"
                + "original: fr\n---\n\nLa maire de Valbrune, Anne Morel, a inauguré la bibliothèque samedi. « Ce lieu "
                + "appartient à tous », a-t-elle déclaré.\n\nLe chantier a été conduit par Dominique Leroux. « Nous "
                + "avons tenu les délais », a déclaré Dominique Leroux.\n", StandardCharsets.UTF_8);
        site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--templates",
                dir.resolve("templates").toString(), "--config", Run.noSettings(dir));
        assertEquals(0, run.exit(), run.err());
    }

    private String page(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aPersonTheArticleGendersIsSpokenOfInTheirGenderInBothLanguages() throws IOException {
        String fr = page("fr/personnes/anne-morel/index.html");
        assertTrue(fr.contains(">Articles qui la citent</h2>"), fr);
        assertTrue(fr.contains("et les articles qui la nomment."), fr);
        String en = page("en/people/anne-morel/index.html");
        assertTrue(en.contains(">Articles that mention her</h2>"), en);
        assertTrue(en.contains("in the archive: her quotes, with their translation, and the articles that name her."),
                en);
    }

    @Test
    void aPersonNoArticleGendersKeepsTheWordsThatFitAnyone() throws IOException {
        String fr = page("fr/personnes/dominique-leroux/index.html");
        assertTrue(fr.contains(">Articles qui le ou la citent</h2>"), fr);
        String en = page("en/people/dominique-leroux/index.html");
        assertTrue(en.contains(">Articles that mention them</h2>"), en);
        assertTrue(en.contains("their quotes"), en);
    }
}
