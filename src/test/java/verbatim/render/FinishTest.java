package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    @Test
    void aPageFinishedInPartsIsThePageFinishedWhole() {
        String page = "<!DOCTYPE html><html lang=\"fr\"><head><title>A ?</title><script>if (a < b) { c: d; }</script>"
                + "<style>p > a { x: y; }</style></head><body title=\"a ? >\"><!-- a ? < b --><p>Oui ! a < b ?"
                + " R&amp;D ; «x»<span lang='en'>Yes!</span> Non!</p><br/><code>a ?</code><pre>x ?<b>y ?</b></pre>"
                + "<? odd ?><!x y><p lang=\"en\">Why ?</p>z ?</body></html>";
        String whole = Finish.page(page);
        for (int cut = 0; cut <= page.length(); cut++) {
            for (int second = cut; second <= page.length(); second += 7) {
                StringBuilder out = new StringBuilder();
                Finish finish = new Finish(out);
                finish.add(page.substring(0, cut));
                finish.add(page.substring(cut, second));
                finish.add(page.substring(second));
                finish.end();
                assertEquals(whole, out.toString(), "cut at " + cut + " and " + second);
            }
        }
        StringBuilder out = new StringBuilder();
        Finish finish = new Finish(out);
        page.chars().forEach(c -> finish.add(String.valueOf((char) c)));
        finish.end();
        assertEquals(whole, out.toString(), "one character at a time");
    }

    @Test
    void aPageThatEndsInsideATagOrCommentIsFinishedAsAWholeOne() {
        for (String page : new String[] {"<p lang=\"fr\">a ?<!-- b ?", "<p lang=\"fr\">a ?<b title=\"x", "a ?<",
                "<p lang=\"fr\">a ?<script>x ?", "", "\n", "<p lang=fr>a ?</p>\n"}) {
            StringBuilder out = new StringBuilder();
            Finish finish = new Finish(out);
            for (int k = 0; k < page.length(); k++) {
                finish.add(page.substring(k, k + 1));
            }
            finish.end();
            assertEquals(Finish.page(page), out.toString(), page);
        }
    }

    @Test
    void aPageWithNothingToChangeIsGivenBackAsItIs() {
        String page = "<html lang=\"en\"><body><p>Why ?</p><p lang=\"fr\">Oui.</p></body></html>\n";
        assertSame(page, Finish.page(page));
    }

    @Test
    void textAroundAChangeIsCopiedWhole() {
        assertEquals("<p lang=\"en\">Why ?</p><p lang=\"fr\">Oui" + N + "! Non.</p><p>Fin ?</p>\n",
                Finish.page("<p lang=\"en\">Why ?</p><p lang=\"fr\">Oui ! Non.</p><p>Fin ?</p>"));
    }

    @Test
    void aLangAttributeIsFoundInAnyCase() {
        assertEquals("<DIV LaNg=\"FR\">Oui" + N + "!</DIV><p class=\"lang\" data-l=\"slang\">No !</p>\n",
                Finish.page("<DIV LaNg=\"FR\">Oui !</DIV><p class=\"lang\" data-l=\"slang\">No !</p>"));
    }

    @Test
    void onlyAsciiLettersMatchTheLettersOfLangIgnoringCase() {
        for (char letter : "lang".toCharArray()) { // what the tag scan's (c | 0x20) == letter relies on
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                boolean jdk = String.valueOf((char) c).regionMatches(true, 0, String.valueOf(letter), 0, 1);
                assertEquals(jdk, (c | 0x20) == letter, "U+" + Integer.toHexString(c) + " against " + letter);
            }
        }
    }
}
