package verbatim.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import verbatim.text.internal.CodeFingerprint;

/**
 * Renders the Markdown of one paragraph to inline HTML (no {@code <p>} around it).
 *
 * <p>Example: {@code "Il l'a *dit*."} → {@code "Il l'a <em>dit</em>."}. Raw HTML in the Markdown is escaped,
 * never passed through.
 *
 * <p>A paragraph without Markdown syntax (no {@code \ ` * _ [ ] < > &}, no block marker at its start, no control
 * character, no space at either end) — most paragraphs of a news archive — is not parsed: its HTML is its text
 * with {@code "} escaped, which is what flexmark writes for it.
 */
public final class Markdown {

    /** flexmark, made the first time a paragraph needs it (not when only {@link #version} is asked). */
    private static final class Flexmark {
        private static final MutableDataSet OPTIONS = new MutableDataSet()
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ");
        static final Parser PARSER = Parser.builder(OPTIONS).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    }

    /**
     * A paragraph rendered.
     *
     * @param html its inline HTML
     * @param text its plain text, entities decoded, as {@link Markup#plainText(String)} gives for {@code html}
     */
    public record Inline(String html, String text) {
    }

    private Markdown() {
    }

    /**
     * The version of this rendering, for caches of rendered paragraphs: a fingerprint of the render code and of
     * flexmark as built (see {@link CodeFingerprint}). Computed once.
     */
    public static String version() {
        return Version.VALUE;
    }

    private static final class Version {
        static final String VALUE = CodeFingerprint.of(Markdown.class, "verbatim/render/") + "+"
                + CodeFingerprint.of(Parser.class, "com/vladsch/flexmark/");
    }

    /** The paragraph's inline HTML. */
    public static String inline(String markdown) {
        return isPlain(markdown) ? escape(markdown) : flexmark(markdown);
    }

    /** The paragraph's inline HTML and plain text. */
    public static Inline render(String markdown) {
        if (isPlain(markdown)) {
            return new Inline(escape(markdown), markdown);
        }
        String html = flexmark(markdown);
        return new Inline(html, Markup.plainText(html));
    }

    /** The HTML flexmark writes for the paragraph. */
    static String flexmark(String markdown) {
        String html = Flexmark.RENDERER.render(Flexmark.PARSER.parse(markdown)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Whether the paragraph has nothing Markdown would read as syntax. */
    static boolean isPlain(String markdown) {
        if (markdown.isEmpty()) {
            return false;
        }
        char first = markdown.charAt(0);
        char last = markdown.charAt(markdown.length() - 1);
        if (Character.isWhitespace(first) || Character.isSpaceChar(first) || Character.isWhitespace(last)
                || Character.isSpaceChar(last) || Character.isDigit(first) || "#>-+=|~:".indexOf(first) >= 0) {
            return false;
        }
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c < ' ' || c == 0x7F || "\\`*_[]<>&".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String text) {
        return text.indexOf('"') < 0 ? text : text.replace("\"", "&quot;");
    }
}
