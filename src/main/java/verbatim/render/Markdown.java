package verbatim.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders the Markdown of one paragraph to inline HTML (no {@code <p>} around it).
 *
 * <p>Example: {@code "Il l'a *dit*."} → {@code "Il l'a <em>dit</em>."}. Raw HTML in the Markdown is escaped,
 * never passed through.
 */
public final class Markdown {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, " ");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Markdown() {
    }

    /** The paragraph's inline HTML. */
    public static String inline(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
