package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void paragraphIsRenderedWithoutItsParagraphElement() {
        assertEquals("Il l'a <em>dit</em>.", Markdown.inline("Il l'a *dit*."));
    }

    @Test
    void rawHtmlIsEscaped() {
        assertEquals("a &lt;script&gt;x&lt;/script&gt; b", Markdown.inline("a <script>x</script> b"));
    }

    @Test
    void escapedMarkdownStaysText() {
        assertEquals("1. un *vrai* texte", Markup.plainText(Markdown.inline("1\\. un \\*vrai\\* texte")));
    }
}
