package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FinishTest {

    private static final String N = "\u202F";

    @Test
    void frenchTextTakesNarrowSpacesAndEnglishTextDoesNot() {
        assertEquals("<div><p lang=\"fr\">Pourquoi" + N + "?</p><p lang=\"en\">Why ?</p></div>\n",
                Finish.page("<div><p lang=\"fr\">Pourquoi ?</p><p lang=\"en\">Why ?</p></div>"));
    }

    @Test
    void languageIsInheritedAndRestoredAfterTheElementCloses() {
        assertEquals("<html lang=\"fr\"><body><p>Oui" + N + "!<span lang=\"en\">Yes!</span> Non" + N + "!</p>"
                        + "<br><p>Là" + N + ":</p></body></html>\n",
                Finish.page("<html lang=\"fr\"><body><p>Oui !<span lang=\"en\">Yes!</span> Non!</p>"
                        + "<br><p>Là:</p></body></html>\n"));
    }

    @Test
    void codeScriptsCommentsAndAttributesAreLeftAlone() {
        String page = "<html lang=\"fr\"><head><title>A ?</title><script>if (a) { b: c; }</script></head>"
                + "<body title=\"a ?\"><!-- a ? --><code>a ?</code><pre>x ?<b>y ?</b></pre>z ?</body></html>\n";
        assertEquals(page.replace("A ?", "A" + N + "?").replace("z ?", "z" + N + "?"), Finish.page(page));
    }

    @Test
    void entitiesStayWholeWhenTheirTextChanges() {
        assertEquals("<p lang=\"fr\">R&amp;D" + N + "? 1 &lt; 2" + N + "; «" + N + "x" + N + "»</p>\n",
                Finish.page("<p lang=\"fr\">R&amp;D ? 1 &lt; 2 ; «x»</p>"));
    }

    @Test
    void urlsAndTimesKeepTheirMarks() {
        assertEquals("<p lang=\"fr\"><a href=\"https://x.fr/?q=1\">https://x.fr/?q=1</a> à 10:30.</p>\n",
                Finish.page("<p lang=\"fr\"><a href=\"https://x.fr/?q=1\">https://x.fr/?q=1</a> à 10:30.</p>"));
    }

    @Test
    void lessThanSignThatOpensNoTagIsTextAndComesOutEscaped() {
        assertEquals("<p lang=\"fr\">a &lt; b" + N + "?</p>\n", Finish.page("<p lang=\"fr\">a < b ?</p>"));
    }
}
