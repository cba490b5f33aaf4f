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

    @Test
    void marksSplicedIntoTextComeOutAsTheParsedPathWritesThem() {
        String html = "Il a dit &quot;non&quot; à Jean\u00A0Dupont, « le 9 février », puis – oui.";
        String text = Markup.plainText(html);
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            List<Mark> marks = new java.util.ArrayList<>();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                int start = random.nextInt(text.length() + 2) - 1;
                int end = start + random.nextInt(text.length() / 2);
                String tag = List.of("q", "a", "time").get(random.nextInt(3));
                marks.add(new Mark(start, end, tag, Map.of("data-x", "a&b \"c\"\u00A0<d>")));
            }
            if (random.nextBoolean() && !marks.isEmpty()) {
                marks.add(marks.get(0)); // the same range twice nests
            }
            if (!marks.isEmpty()) {
                assertEquals(Markup.applyByParse(html, marks), Markup.apply(html, marks), marks.toString());
            }
        }
    }
}
