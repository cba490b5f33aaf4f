package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class TemplatesTest {

    @Test
    void htmlEscapingGivesTheCharactersOfPebblesOwnStrategy() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0xD800; c++) {
            every.append(c);
        }
        List<String> texts = List.of(every.toString(), "l'« A & B » <b>\"gras\"</b>", "😀 é \uD800 x\uDC00", "",
                "&amp; déjà échappé");
        for (String text : texts) {
            assertEquals(HtmlEscape.escapeHtml4Xml(text), Templates.escapeHtml(text));
        }
    }

    @Test
    void textWithoutMarkupIsReturnedAsItIs() {
        String text = "Un chercheur démissionne : « le monde est en péril »";
        assertEquals(text, Templates.escapeHtml(text));
    }
}
