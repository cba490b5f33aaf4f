package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionsReaderTest {

    private static final Path FILE = Path.of("content", "a.fr.md");

    private static FrontMatter front(String yaml) {
        return ContentFile.parse(FILE, "a", "fr", "---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n" + yaml
                + "---\n\nUn.\n").front();
    }

    @Test
    void quoteCorrectionsAreReadWithTheirFileLines() {
        Corrections c = front("""
                quotes:
                  - paragraph: 3
                    text: "devra tenir"
                    speaker: Anne Morel
                  - paragraph: 5
                    text: durable
                    speaker: none
                """).corrections();
        assertEquals(2, c.quotes().size());
        assertEquals(new Corrections.QuoteCorrection(3, "devra tenir", "Anne Morel", 6), c.quotes().get(0));
        assertNull(c.quotes().get(1).speaker(), "none means nobody's words");
        assertEquals(9, c.quotes().get(1).line());
    }

    @Test
    void peopleAliasesAndNonPeopleAreRead() {
        Corrections c = front("""
                people:
                  aliases: {"la Bretonne": "Anne Morel"}
                  not: [Saint Martin]
                """).corrections();
        assertEquals(Map.of("la Bretonne", "Anne Morel"), c.aliases());
        assertEquals(List.of("Saint Martin"), c.notPeople());
    }

    @Test
    void noCorrectionsIsTheEmptyValue() {
        assertSame(Corrections.NONE, front("").corrections());
    }

    @Test
    void entryWithoutParagraphIsAnErrorOnItsLine() {
        InputException e = assertThrows(InputException.class, () -> front("""
                quotes:
                  - text: "devra tenir"
                    speaker: Anne Morel
                """));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("paragraph"), e.getMessage());
    }

    @Test
    void aMisspeltKeyOfAQuoteCorrectionIsToldAtItsLineWithTheKeyMeant() {
        InputException e = assertThrows(InputException.class, () -> front("""
                quotes:
                  - paragraph: 3
                    txt: "devra tenir"
                    speaker: Anne Morel
                """));
        assertEquals("content/a.fr.md:7: a 'quotes' entry needs 'text', a part of the quotation, and 'txt' is no key "
                + "Verbatim knows. Did you mean 'text'? Rename 'txt:' to 'text:'.", e.oneLine());
    }

    @Test
    void anUnknownKeyOfAQuoteCorrectionIsAWarningAtItsLine() {
        FrontMatter f = front("""
                quotes:
                  - paragraph: 3
                    text: "devra tenir"
                    speaker: Anne Morel
                    note: checked with the desk
                """);
        assertEquals(List.of("content/a.fr.md:9: unknown key 'note' in a 'quotes' entry — the keys are paragraph, "
                + "text, speaker"), f.warnings());
        assertEquals(1, f.corrections().quotes().size());
    }

    @Test
    void anUnknownKeyUnderPeopleIsToldAtItsLineWithTheKeyMeant() {
        InputException e = assertThrows(InputException.class, () -> front("""
                people:
                  not: [Saint Martin]
                  alias: {"la Bretonne": "Anne Morel"}
                """));
        assertEquals(7, e.line(), e.oneLine());
        assertTrue(e.getMessage().equals("unknown key 'alias' in 'people' — did you mean 'aliases'?"), e.getMessage());
    }

    @Test
    void peopleAsAPlainListDeclaresThePeopleNamed() {
        Corrections c = front("people:\n  - Anne Morel\n  - Paul Rivet\n").corrections();
        assertEquals(List.of("Anne Morel", "Paul Rivet"), c.declared());
        assertTrue(c.aliases().isEmpty() && c.notPeople().isEmpty());
    }
}
