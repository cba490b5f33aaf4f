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

class ReviewCommandTest {

    @TempDir
    Path dir;

    private Path article(String body, String extraFront) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("port.fr.md"), "---\ntitle: Port\ndate: 2026-03-02\noriginal: fr\n"
                + extraFront + "---\n\n" + body, StandardCharsets.UTF_8);
        return content;
    }

    @Test
    void inferredAndMissingSpeakersAreListedWithTheLinesToPaste() throws IOException {
        Path content = article("« Le port rouvrira lundi », a annoncé la maire Claire Vidal.\n\n"
                + "« Les travaux ont pris du retard, mais tout sera prêt. »\n\nOn parle d'un « grand chantier ».\n", "");
        Run run = Run.of("review", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("port.fr.md:9: ¶2 «Les travaux ont pris du» — continuing: Claire Vidal"),
                run.out());
        assertTrue(run.out().contains("¶3 «grand chantier» — no speaker found"), run.out());
        assertTrue(run.out().contains("- paragraph: 2") && run.out().contains("text: \"Les travaux ont pris du\"")
                && run.out().contains("speaker: Claire Vidal"), run.out());
        assertFalse(run.out().contains("Le port rouvrira"), "a stated speaker needs no review");
        assertTrue(run.out().contains("2 quotations to check in 1 article."), run.out());
    }

    @Test
    void correctedQuotationsAreNotListedAgain() throws IOException {
        Path content = article("On parle d'un « grand chantier ».\n",
                "quotes:\n  - paragraph: 1\n    text: grand chantier\n    speaker: none\n");
        Run run = Run.of("review", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0 quotations to check in 0 articles."), run.out());
    }
}
