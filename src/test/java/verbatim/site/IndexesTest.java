package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexesTest {

    @Test
    void quotationShownOutOfItsSentenceLosesTheCommaInsideTheMarks() {
        assertEquals("a very serious danger", Indexes.shown("a very serious danger,"));
        assertEquals("Le monde est en péril.", Indexes.shown("Le monde est en péril."));
    }

    @Test
    void quotationShownLosesEveryTrailingCommaAndSemicolonAndKeepsTheOthers() {
        assertEquals("oui", Indexes.shown("  oui,; "));
        assertEquals("oui, non", Indexes.shown("oui, non"));
        assertEquals("oui\u0085", Indexes.shown("oui,\u0085"), "before a last NEL, as the pattern's $");
        assertEquals("", Indexes.shown(" "));
    }
}
