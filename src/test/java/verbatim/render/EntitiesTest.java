package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    @Test
    void referencesAreDecodedAsJsoupDecodesThemInTextAndInAttributes() {
        for (String text : List.of("l&#39;été &amp; &quot;x&quot; &lt;b&gt;", "caf&eacute; &#233; &#xE9; &nbsp;",
                "a &amp b", "&notit; &amp;&amp;", "&", "no reference", "&#39")) {
            assertEquals(Parser.unescapeEntities(text, false), Entities.decode(text, false), text);
            assertEquals(Parser.unescapeEntities(text, true), Entities.decode(text, true), text);
        }
    }
}
