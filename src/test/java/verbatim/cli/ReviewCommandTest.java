package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The lines {@code review} prints to paste, exactly as printed: up to the blank line after them. */
    private static List<String> pasted(String out) {
        return out.lines().dropWhile(l -> !l.startsWith("  To confirm")).skip(1).takeWhile(l -> !l.isBlank()).toList();
    }

    @Test
    void severalQuotationsArePastedUnderOneQuotesKey() throws IOException {
        Path content = article("« Le port rouvrira lundi », a annoncé la maire Claire Vidal.\n\n"
                + "« Les travaux ont pris du retard, mais tout sera prêt. »\n\nOn parle d'un « grand chantier ».\n", "");
        Run run = Run.of("review", "--content", content.toString());
        List<String> paste = pasted(run.out());
        assertEquals("quotes:", paste.get(0), run.out());
        assertEquals(1, paste.stream().filter(l -> l.startsWith("quotes:")).count(), run.out());
        assertEquals(2, paste.stream().filter(l -> l.startsWith("  - paragraph: ")).count(), run.out());
    }

    @Test
    void anExistingQuotesListIsAddedToAndThePastedEntriesSettleEveryQuotation() throws IOException {
        Path content = article("« Le port rouvrira lundi », a annoncé la maire Claire Vidal.\n\n"
                + "« Les travaux ont pris du retard, mais tout sera prêt. »\n\nOn parle d'un « grand chantier ».\n\n"
                + "Puis « la suite », dit-on.\n", "quotes:\n  - paragraph: 3\n    text: grand chantier\n    speaker: none\n");
        Run run = Run.of("review", "--content", content.toString());
        assertTrue(run.out().contains("  To confirm, add these entries at the end of the quotes: list of the front matter "
                + "(line 5), after its last entry (line 6); keep one quotes: key"), run.out());
        List<String> paste = pasted(run.out());
        assertFalse(paste.isEmpty(), run.out());
        assertTrue(paste.stream().noneMatch(l -> l.startsWith("quotes:")), "no second quotes: key\n" + run.out());
        Path file = content.resolve("port.fr.md");
        String text = Files.readString(file);
        int end = text.indexOf("---\n", 4);
        Files.writeString(file, text.substring(0, end) + String.join("\n", paste) + "\n" + text.substring(end));
        Run unfilled = Run.of("review", "--content", content.toString());
        assertEquals(1, unfilled.exit(), "a speaker left empty is the editor's to fill in\n" + unfilled.out());
        assertTrue(unfilled.err().contains("needs 'speaker'"), unfilled.err());
        String filled = Files.readString(file).replaceAll("speaker: \"\"  # not found[^\n]*", "speaker: none");
        Files.writeString(file, filled);
        Run again = Run.of("review", "--content", content.toString());
        assertEquals(0, again.exit(), again.err() + Files.readString(file));
        assertTrue(again.out().contains("0 quotations to check in 0 articles."), again.out() + Files.readString(file));
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
