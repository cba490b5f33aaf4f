package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.render.Markup.Mark;

class MarkupTest {

    @Test
    void plainTextDecodesEntitiesAndDropsTags() {
        assertEquals("Il l'a dit & <redit>.", Markup.plainText("Il l&#39;a <em>dit</em> &amp; &lt;redit&gt;."));
    }

    @Test
    void markWrapsTheRangeOfThePlainText() {
        String html = Markup.apply("Il a dit « non ».", List.of(new Mark(11, 14, "q", Map.of("class", "quote"))));
        assertEquals("Il a dit « <q class=\"quote\">non</q> ».", html);
    }

    @Test
    void narrowerMarkNestsInsideWiderOne() {
        String text = "« Jean Dupont arrive »";
        String html = Markup.apply(text, List.of(new Mark(2, 6, "a", Map.of("href", "x")),
                new Mark(2, 20, "q", Map.of())));
        assertEquals("« <q><a href=\"x\">Jean</a> Dupont arrive</q> »", html);
    }

    @Test
    void rangeAcrossAnElementBoundaryIsLeftUnmarked() {
        String html = "Un <em>deux</em> trois";
        assertEquals(html, Markup.apply(html, List.of(new Mark(1, 10, "q", Map.of()))));
    }

    @Test
    void markAfterInlineMarkupCountsPlainTextOffsets() {
        String html = Markup.apply("<em>Le</em> 9 février", List.of(new Mark(3, 12, "time", Map.of("datetime", "2026-02-09"))));
        assertEquals("<em>Le</em> <time datetime=\"2026-02-09\">9 février</time>", html);
    }
}
