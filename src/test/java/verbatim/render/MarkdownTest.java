package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void plainParagraphIsWrittenAsFlexmarkWritesIt() {
        for (String text : new String[] {"Il a dit « non » : c'est \"fini\" !",
                "Voir https://x.fr/?q=1#a, ou a@b.fr.",
                "L’Élysée — 50 % des voix ; 10:30 ?", "Un texte (entre parenthèses) ~ presque {rien}.",
                "x = y, a/b, c'est 'cité' ! Ça, « ça » ?", "Unicode    au milieu, et 😀."}) {
            assertTrue(Markdown.isPlain(text), text);
            assertEquals(Markdown.flexmark(text), Markdown.inline(text), text);
            assertEquals(Markup.plainText(Markdown.flexmark(text)), Markdown.render(text).text(), text);
        }
    }

    @Test
    void markdownSyntaxGoesThroughFlexmark() {
        for (String text : new String[] {"Il l'a *dit*.", "a_b_", "[lien](https://x.fr)", "a &amp; b", "a <b> c",
                "1. liste", "# titre", "> cité", "- tiret", "+ plus", " espace", "fin ", "\\*", "`code`",
                " début", "a\tb"}) {
            assertFalse(Markdown.isPlain(text), text);
            assertEquals(Markdown.flexmark(text), Markdown.inline(text), text);
            assertEquals(Markup.plainText(Markdown.flexmark(text)), Markdown.render(text).text(), text);
        }
    }
}
