package verbatim.content.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The rest of a page outside its article's body, summed up so that nothing is left out unsaid: every text block
 * there that no other drop line names (the short paragraphs, headings, list items, quotations, captions, table
 * cells, links standing in no such block, and the text of other elements), one line per place ("navigation",
 * "footer", … or "page") and kind, with their count and the first words of the first few. For example, a menu of
 * four links outside the body gives {@code outside the article (navigation): 4 list items: Accueil · Culture · Sports
 * · …}, and share buttons written as links in a {@code div} give {@code outside the article (share buttons): 3
 * links: Facebook · X · E-mail}.
 */
final class Outside {

    /** The kinds of text block counted, by tag: singular and plural. */
    private static final Map<String, String[]> KINDS = Map.ofEntries(
            Map.entry("p", new String[] {"paragraph", "paragraphs"}),
            Map.entry("li", new String[] {"list item", "list items"}),
            Map.entry("blockquote", new String[] {"quotation", "quotations"}),
            Map.entry("figcaption", new String[] {"caption", "captions"}),
            Map.entry("td", new String[] {"table cell", "table cells"}),
            Map.entry("th", new String[] {"table cell", "table cells"}),
            Map.entry("dt", new String[] {"term", "terms"}),
            Map.entry("dd", new String[] {"definition", "definitions"}),
            Map.entry("pre", new String[] {"preformatted block", "preformatted blocks"}),
            Map.entry("address", new String[] {"address", "addresses"}));
    private static final String[] HEADING = {"heading", "headings"};
    private static final String[] TEXT = {"other text", "other texts"};
    private static final String[] LINK = {"link", "links"};
    /** How many blocks of a line show their first words. */
    private static final int SHOWN = 3;

    private Outside() {
    }

    /**
     * The summary lines of the page {@code body}, in the order their first block comes.
     *
     * @param outside true for an element outside the article's body
     * @param listed  the elements already named by a drop line (with what they hold)
     * @param place   where an element is, such as "navigation", or "page"
     */
    static List<Dropped> summary(Element body, Predicate<Element> outside, List<Element> listed,
                                 Function<Element, String> place) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String[]> kinds = new HashMap<>();
        Set<Element> counted = new HashSet<>();
        for (Element e : body.getAllElements()) {
            String[] kind = kind(e);
            if (kind == null || !outside.test(e) || e.parents().stream().anyMatch(counted::contains)
                    || listed.stream().anyMatch(l -> l == e || e.parents().contains(l) || l.parents().contains(e))) {
                continue;
            }
            String text = Extractor.normalSpace(kind == TEXT && Extractor.BLOCK_TAGS.contains(e.normalName())
                    ? e.ownText() : e.text());
            if (text.isEmpty()) {
                continue;
            }
            counted.add(e);
            String key = place.apply(e) + "\u0000" + kind[0];
            kinds.put(key, kind);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
        }
        List<Dropped> out = new ArrayList<>();
        groups.forEach((key, texts) -> {
            String[] kind = kinds.get(key);
            StringBuilder words = new StringBuilder(texts.size() + " " + (texts.size() == 1 ? kind[0] : kind[1]) + ": ");
            for (int i = 0; i < Math.min(SHOWN, texts.size()); i++) {
                words.append(i == 0 ? "" : " · ").append(Dropped.of("", texts.get(i)).words());
            }
            if (texts.size() > SHOWN) {
                words.append(" · …");
            }
            out.add(new Dropped("outside the article (" + key.substring(0, key.indexOf('\u0000')) + ")",
                    words.toString()));
        });
        return out;
    }

    /** What kind of text block {@code e} is, or null when it is none (a container, an inline element). */
    private static String[] kind(Element e) {
        String tag = e.normalName();
        String[] kind = KINDS.get(tag);
        if (kind != null) {
            return kind;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return HEADING;
        }
        if (tag.equals("a")) {
            return LINK;
        }
        // a block's own words; an inline element with words of its own (with its links) in a block that has none
        return !e.ownText().isBlank() ? TEXT : null;
    }
}
