package verbatim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code <meta>} and {@code <link>} tags of a page's head, read without parsing the page: tags are found in
 * order up to {@code </head>} or {@code <body>}, skipping comments and the contents of {@code <script>},
 * {@code <style>} and {@code <title>}; attribute names come lower-cased, values with their entities decoded.
 *
 * <p>Example: {@code <head><link rel="canonical" href="a&amp;b.html"></head>} gives one tag, {@code link}, with
 * {@code rel=canonical} and {@code href=a&b.html}.
 */
public final class HeadTags {

    /** A tag: its lower-case name and its attributes in the order written (the first of a repeated name wins). */
    public record Tag(String name, Map<String, String> attributes) {

        /** The attribute's value, or "" when the tag has none. */
        public String attr(String key) {
            return attributes.getOrDefault(key, "");
        }

        /** True when the tag has the attribute. */
        public boolean has(String key) {
            return attributes.containsKey(key);
        }
    }

    private HeadTags() {
    }

    /** The meta and link tags of the page's head, in order. */
    public static List<Tag> of(String html) {
        List<Tag> out = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < html.length()) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < html.length() && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
            if (name.equals("body") || html.regionMatches(true, i, "</head", 0, 6)) {
                break;
            }
            if (name.isEmpty()) {
                i++;
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            int end = attributes(html, nameEnd, attributes);
            if (name.equals("meta") || name.equals("link")) {
                out.add(new Tag(name, attributes));
            }
            if (name.equals("script") || name.equals("style") || name.equals("title")) {
                int close = Finish.indexOfIgnoreCase(html, "</" + name, end);
                end = close < 0 ? html.length() : close;
            }
            i = end;
        }
        return out;
    }

    /** Reads the attributes from {@code at} to the end of the tag into {@code into}; the index after the tag. */
    private static int attributes(String html, int at, Map<String, String> into) {
        int i = at;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String key = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                char q = i < n ? html.charAt(i) : 0;
                int start;
                if (q == '"' || q == '\'') {
                    start = ++i;
                    while (i < n && html.charAt(i) != q) {
                        i++;
                    }
                    value = html.substring(start, Math.min(i, n));
                    i++;
                } else {
                    start = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(start, i);
                }
                value = value.indexOf('&') < 0 ? value : Entities.decode(value, true);
            }
            into.putIfAbsent(key, value);
        }
        return n;
    }

}
