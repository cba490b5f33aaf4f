package verbatim.render;

import org.jsoup.parser.Parser;

/**
 * Character references of a page decoded as an HTML parser decodes them: the five the templates' escaping writes
 * ({@link Templates#escapeHtml}) here, any other by jsoup, whose tables of every named reference are loaded only then
 * (their loading is a good part of a build that renders a few pages).
 *
 * <p>Example: {@code l&#39;été &amp; vous} → {@code l'été & vous}.
 */
final class Entities {

    /** The references the templates write, and the characters they stand for. */
    private static final String[][] WRITTEN = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
            {"&#39;", "'"}};

    private Entities() {
    }

    /** {@code text} with its references decoded; {@code inAttribute} as jsoup's {@code unescapeEntities} has it. */
    static String decode(String text, boolean inAttribute) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            String[] known = null;
            for (String[] e : WRITTEN) {
                if (text.startsWith(e[0], i)) {
                    known = e;
                    break;
                }
            }
            if (known == null) {
                return Parser.unescapeEntities(text, inAttribute);
            }
            out.append(known[1]);
            i += known[0].length();
        }
        return out.toString();
    }
}
