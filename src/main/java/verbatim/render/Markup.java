package verbatim.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Wraps ranges of a paragraph's text in elements, for quotations, people and dates.
 *
 * <p>Offsets count characters of the paragraph's {@link #plainText(String) plain text}. Example: marking
 * [12, 15) of {@code "Il a dit « non »."} as {@code q} gives {@code "Il a dit « <q>non</q> »."}. Wider
 * marks are applied first, so a name inside a quotation nests inside its {@code q}. A range that crosses
 * an element boundary (part in italics) is left unmarked.
 */
public final class Markup {

    /** An element to wrap around [start, end) of the plain text; attributes are written in the map's order. */
    public record Mark(int start, int end, String tag, Map<String, String> attributes) {
    }

    private Markup() {
    }

    /** The text of an HTML fragment, with entities decoded and nothing normalised. */
    public static String plainText(String html) {
        StringBuilder out = new StringBuilder();
        for (TextNode t : textNodes(fragment(html))) {
            out.append(t.getWholeText());
        }
        return out.toString();
    }

    /** The fragment with the marks applied. */
    public static String apply(String html, List<Mark> marks) {
        if (marks.isEmpty()) {
            return html;
        }
        Element root = fragment(html);
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end()).thenComparingInt(Mark::start));
        for (Mark mark : ordered) {
            wrap(root, mark);
        }
        return root.html();
    }

    private static void wrap(Element root, Mark mark) {
        int offset = 0;
        for (TextNode t : textNodes(root)) {
            String text = t.getWholeText();
            int from = offset;
            int to = offset + text.length();
            offset = to;
            if (mark.start() >= from && mark.end() <= to && mark.end() > mark.start()) {
                int a = mark.start() - from;
                int b = mark.end() - from;
                TextNode middle = a > 0 ? t.splitText(a) : t;
                if (b - a < middle.getWholeText().length()) {
                    middle.splitText(b - a);
                }
                Element el = new Element(mark.tag());
                mark.attributes().forEach(el::attr);
                middle.wrap(el.outerHtml());
                return;
            }
            if (mark.start() < to && mark.end() > to) {
                return;
            }
        }
    }

    private static Element fragment(String html) {
        Document doc = Parser.parseBodyFragment(html, "");
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        root.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        });
        return out;
    }
}
