package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexesTest {

    @Test
    void quotationShownOutOfItsSentenceLosesTheCommaInsideTheMarks() {
        assertEquals("a very serious danger", Indexes.shown("a very serious danger,"));
        assertEquals("Le monde est en péril.", Indexes.shown("Le monde est en péril."));
    }
}
