package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {

    private static final String TAG = "<script src=\"/__verbatim/reload.js\" data-build=\"7\"></script>";

    @Test
    void theTagGoesBeforeTheLastEndOfBody() {
        assertEquals("<html><body><p>&lt;/body&gt;</p>" + TAG + "</body></html>\n",
                ReloadScript.inject("<html><body><p>&lt;/body&gt;</p></body></html>\n", 7));
        assertEquals("<p>x</body>" + TAG + "</BODY>", ReloadScript.inject("<p>x</body></BODY>", 7));
    }

    @Test
    void aLetterThatLowerCasesToTwoDoesNotMoveTheTag() {
        assertEquals("<p>İstanbul, İzmir</p>" + TAG + "</body>", ReloadScript.inject("<p>İstanbul, İzmir</p></body>", 7));
    }

    @Test
    void aPageWithoutEndOfBodyGetsTheTagAtItsEnd() {
        assertEquals("<p>x" + TAG, ReloadScript.inject("<p>x", 7));
    }

    @Test
    void theScriptListensForReloadsAndShowsErrorsAsAnAlertInThePageLanguage() {
        String script = new String(ReloadScript.script(), StandardCharsets.UTF_8);
        assertTrue(script.contains("new EventSource('" + ReloadScript.EVENTS + "')"), script);
        assertTrue(script.contains("'reload'") && script.contains("'build-error'"), script);
        assertTrue(script.contains("setAttribute('role', 'alert')"), script);
        assertTrue(script.contains("document.documentElement.lang"), script);
        assertTrue(script.contains("textContent = lines.join"), "error lines go in as text, never as markup");
    }
}
