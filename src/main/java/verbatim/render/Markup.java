package verbatim.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    /**
     * The fragment with the marks applied. A fragment that is only text (no tag, no entity but {@code &quot;})
     * has its marks spliced in at their offsets, without a parse; the result is the same.
     */
    public static String apply(String html, List<Mark> marks) {
        if (marks.isEmpty()) {
            return html;
        }
        if (isText(html)) {
            return splice(html.replace("&quot;", "\""), marks);
        }
        return applyByParse(html, marks);
    }

    /** The fragment with the marks applied, through a jsoup parse of the fragment. */
    static String applyByParse(String html, List<Mark> marks) {
        Element root = fragment(html);
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end()).thenComparingInt(Mark::start));
        for (Mark mark : ordered) {
            wrap(root, mark);
        }
        return root.html();
    }

    /** Whether the fragment is text only: no tag, no entity but {@code &quot;}, no control character. */
    private static boolean isText(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c < ' ' || c == '&' && !html.startsWith("&quot;", i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with the marks spliced in, as {@link #applyByParse} would wrap them: wider marks first, a mark
     * that crosses the edge of one already placed is left out; at one offset, ends close before starts open.
     */
    private static String splice(String text, List<Mark> marks) {
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end()).thenComparingInt(Mark::start));
        List<Mark> placed = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : ordered) {
            Integer inside = cuts.higher(m.start());
            boolean crosses = inside != null && inside < m.end();
            if (m.start() < 0 || m.end() <= m.start() || m.end() > text.length() || crosses) {
                continue;
            }
            placed.add(m);
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StringBuilder out = new StringBuilder(text.length() + 64 * placed.size());
        int from = 0;
        for (int cut : cuts) {
            escape(text, from, cut, out);
            from = cut;
            final int at = cut;
            List<Integer> closing = new ArrayList<>();
            List<Integer> opening = new ArrayList<>();
            for (int k = 0; k < placed.size(); k++) {
                if (placed.get(k).end() == at) {
                    closing.add(k);
                }
                if (placed.get(k).start() == at) {
                    opening.add(k);
                }
            }
            closing.sort(Comparator.comparingInt((Integer k) -> placed.get(k).start()).thenComparingInt(k -> k)
                    .reversed());
            opening.sort(Comparator.comparingInt((Integer k) -> -placed.get(k).end()).thenComparingInt(k -> k));
            closing.forEach(k -> out.append("</").append(placed.get(k).tag()).append('>'));
            opening.forEach(k -> out.append(openTag(placed.get(k))));
        }
        return out.toString();
    }

    /** The start tag of a mark, its attributes escaped as jsoup escapes them. */
    private static String openTag(Mark mark) {
        StringBuilder out = new StringBuilder("<").append(mark.tag());
        mark.attributes().forEach((key, value) -> {
            out.append(' ').append(key).append("=\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\u00A0' -> out.append("&nbsp;");
                    default -> out.append(c);
                }
            }
            out.append('"');
        });
        return out.append('>').toString();
    }

    /** Appends text [from, to) escaped as jsoup escapes a text node. */
    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00A0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
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
