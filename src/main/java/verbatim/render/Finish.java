package verbatim.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import verbatim.text.FrenchTypography;

/**
 * The last pass over a rendered page: French typography (narrow no-break spaces inside « » and before
 * ; : ! ?) in every text whose nearest {@code lang} is French, and nowhere else.
 *
 * <p>Example: {@code <p lang="fr">Pourquoi ?</p>} becomes {@code <p lang="fr">Pourquoi\u202F?</p>}, while
 * {@code <p lang="en">Why ?</p>} is left alone.
 */
public final class Finish {

    private Finish() {
    }

    /** The finished page. */
    public static String page(String html) {
        return text(document(html));
    }

    /** The finished page as text, from {@link #document(String)}. */
    public static String text(Document doc) {
        return doc.outerHtml() + "\n";
    }

    /** The finished page as a document, for readers of its head (such as the sitemap). */
    public static Document document(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        doc.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && isFrench(t) && !inCode(t)) {
                String fixed = FrenchTypography.apply(t.getWholeText());
                if (!fixed.equals(t.getWholeText())) {
                    t.text(fixed);
                }
            }
        });
        return doc;
    }

    private static boolean isFrench(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang").startsWith("fr");
            }
        }
        return false;
    }

    private static boolean inCode(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("code") || tag.equals("pre") || tag.equals("script") || tag.equals("style")) {
                return true;
            }
        }
        return false;
    }
}
