package verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;
import verbatim.text.FrenchTypography;

/**
 * The last pass over a rendered page: French typography (narrow no-break spaces inside « » and before
 * ; : ! ?) in every text whose nearest {@code lang} is French, and nowhere else.
 *
 * <p>Example: {@code <p lang="fr">Pourquoi ?</p>} becomes {@code <p lang="fr">Pourquoi\u202F?</p>}, while
 * {@code <p lang="en">Why ?</p>} is left alone.
 *
 * <p>The page is read once as a stream of tags and texts, not parsed into a tree: the tags, attributes and
 * every text that needs no change are copied byte for byte; only a French text that changes is rewritten
 * (its entities decoded, the spacing set, then {@code & < >} and U+00A0 escaped again). Text in {@code code},
 * {@code pre}, {@code script}, {@code style} and comments is left alone. An end tag closes the nearest open
 * element of its name, and a void element ({@code <br>}, {@code <meta>}, …) or {@code <x/>} opens nothing.
 */
public final class Finish {

    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /** An open element: its name, whether its text is French, and whether it is (in) code. */
    private record Open(String name, boolean french, boolean code) {
    }

    private final Appendable sink;
    /** The last lower-case ASCII tag name read, by a hash of its first letter and length ({@link #name}). */
    private final String[] names = new String[64];
    private final List<Open> open = new ArrayList<>();
    private boolean french;
    private boolean code;
    /** What was added and not yet finished: the start of a text, tag or comment whose end has not come. */
    private String pending = "";
    /** The last character given to the sink, or 0. */
    private char last;

    /**
     * A page finished as it comes, in parts of any size ({@link #add}, then {@link #end}), into {@code sink}: the
     * same characters as {@link #page} gives for the whole page, holding only the part of a text, tag or comment that
     * has not ended yet. Example: {@code add("<p lang=\"fr\">Pour")}, {@code add("quoi ?</p>")}, {@code end()}
     * write {@code <p lang="fr">Pourquoi\u202F?</p>} and a line break.
     */
    public Finish(Appendable sink) {
        this.sink = sink;
    }

    /**
     * The finished page, ending with one line break: the page itself when nothing in it changes and it ends with one
     * (most English pages), else copied once.
     */
    public static String page(String html) {
        Copy out = new Copy(html);
        new Finish(null).finish(html, true, out); // the whole page at once, as add then end give it (no sink)
        String page = out.result();
        return page.isEmpty() || page.charAt(page.length() - 1) != '\n' ? page + '\n' : page;
    }

    /** Finishes what of the page can be finished with {@code part} added to what came before. */
    public void add(CharSequence part) {
        String html = pending.isEmpty() ? part.toString() : pending + part;
        Copy out = new Copy(html);
        int done = finish(html, false, out);
        pending = html.substring(done);
        emit(out.result());
    }

    /** Finishes the rest of the page, and ends it with one line break. */
    public void end() {
        Copy copy = new Copy(pending);
        finish(pending, true, copy);
        pending = "";
        StringBuilder out = new StringBuilder(copy.result());
        if (out.length() > 0) {
            last = out.charAt(out.length() - 1);
        }
        if (last != '\n') {
            out.append('\n');
        }
        emit(out);
    }

    private void emit(CharSequence out) {
        if (out.length() == 0) {
            return;
        }
        last = out.charAt(out.length() - 1);
        try {
            sink.append(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Finishes {@code html} into {@code out} and returns how far it went: to its end when {@code whole}, else to the
     * start of the first text, tag or comment whose end is not in it yet (a text ends at the next tag).
     */
    private int finish(String html, boolean whole, Copy out) {
        int i = 0;
        int n = html.length();
        char[] chars = html.toCharArray(); // scanned here, the page itself copied by ranges
        while (i < n) {
            int lt = indexOf(chars, '<', i);
            int textEnd = lt < 0 ? n : lt;
            if (lt >= 0 && !startsMarkup(chars, lt)) {
                int next = indexOf(chars, '<', lt + 1);
                while (next >= 0 && !startsMarkup(chars, next)) {
                    next = indexOf(chars, '<', next + 1);
                }
                textEnd = next < 0 ? n : next;
            }
            if (!whole && (textEnd >= n - 1)) {
                return i; // the text may go on, or its '<' may not open markup
            }
            text(html, chars, i, textEnd, french && !code, out);
            i = textEnd;
            if (i >= n) {
                break;
            }
            if (i + 3 < n && chars[i + 1] == '!' && chars[i + 2] == '-' && chars[i + 3] == '-') { // "<!--"
                int end = html.indexOf("-->", i + 4);
                if (end < 0 && !whole) {
                    return i;
                }
                i = end < 0 ? n : end + 3;
                out.range(textEnd, i);
            } else if (chars[i + 1] == '!' || chars[i + 1] == '?') {
                if (!whole && n - i < 4 && "<!--".startsWith(html.substring(i))) {
                    return i; // may be the start of a comment
                }
                int end = tagEnd(chars, i);
                if (end < 0 && !whole) {
                    return i;
                }
                end = end < 0 ? n : end;
                i = end;
                out.range(textEnd, i);
            } else if (chars[i + 1] == '/') {
                int end = tagEnd(chars, i);
                if (end < 0 && !whole) {
                    return i;
                }
                end = end < 0 ? n : end;
                String name = name(html, chars, i + 2);
                out.range(i, end);
                i = end;
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).name().equals(name)) {
                        for (int last = open.size() - 1; last >= k; last--) {
                            open.remove(last);
                        }
                        break;
                    }
                }
                french = !open.isEmpty() && open.get(open.size() - 1).french();
                code = !open.isEmpty() && open.get(open.size() - 1).code();
            } else {
                int end = tagEnd(chars, i);
                if (end < 0 && !whole) {
                    return i;
                }
                end = end < 0 ? n : end;
                String name = name(html, chars, i + 1);
                if (name.equals("script") || name.equals("style")) {
                    int close = indexOfIgnoreCase(html, "</" + name, end);
                    if (close < 0 && !whole) {
                        return i; // its content is copied as it is, to its end tag
                    }
                    close = close < 0 ? n : close;
                    out.range(i, close);
                    i = close;
                    continue;
                }
                int start = i;
                out.range(start, end);
                i = end;
                if (VOID.contains(name) || (end - start >= 2 && chars[end - 2] == '/' && chars[end - 1] == '>')) {
                    continue;
                }
                String lang = mayHoldLang(html, chars, start, end) ? lang(html.substring(start, end)) : null;
                boolean isFrench = lang == null ? french : lang.startsWith("fr");
                boolean isCode = code || name.equals("code") || name.equals("pre") || name.equals("textarea");
                open.add(new Open(name, isFrench, isCode));
                french = isFrench;
                code = isCode;
            }
        }
        return n;
    }

    /** Copies the text [from, to) of the page, with French spacing when {@code french}. */
    private static void text(String html, char[] chars, int from, int to, boolean french, Copy copy) {
        if (from >= to) {
            return;
        }
        if (!french || !needsLook(chars, from, to)) {
            copy.range(from, to);
            return;
        }
        String raw = html.substring(from, to);
        String decoded = raw.indexOf('&') < 0 ? raw : Entities.decode(raw, false);
        String fixed = FrenchTypography.apply(decoded);
        if (fixed.equals(decoded)) {
            copy.range(from, to);
            return;
        }
        StringBuilder out = copy.changed();
        for (int k = 0; k < fixed.length(); k++) {
            char c = fixed.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00A0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
    }

    /**
     * What a pass makes of a text: the ranges of it copied as they are, joined while they follow each other, and the
     * parts that changed; a text of which nothing changed is given back as it is, not copied.
     */
    private static final class Copy {

        private final String html;
        private StringBuilder out;
        /** The range copied and not yet given to {@link #out}, or -1. */
        private int from = -1;
        private int to = -1;

        Copy(String html) {
            this.html = html;
        }

        /** Copies [start, end) of the text, as it is. */
        void range(int start, int end) {
            if (start >= end) {
                return;
            }
            if (from < 0) {
                from = start;
            } else if (start != to) {
                flush();
                from = start;
            }
            to = end;
        }

        /** Where the text goes on with changed characters, after all that was copied before. */
        StringBuilder changed() {
            flush();
            return out;
        }

        private void flush() {
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            if (from >= 0) {
                out.append(html, from, to);
                from = -1;
                to = -1;
            }
        }

        /** What was copied and changed, in order. */
        String result() {
            if (out == null) {
                return from < 0 ? "" : html.substring(from, to);
            }
            flush();
            return out.toString();
        }
    }

    /**
     * The index of the first occurrence of {@code part} (ASCII) in {@code html} at or after {@code from}, letters
     * compared without case; -1 when there is none. Does not lower-case the whole page to find a closing tag.
     */
    static int indexOfIgnoreCase(String html, String part, int from) {
        char first = part.charAt(0);
        for (int k = html.indexOf(first, from); k >= 0; k = html.indexOf(first, k + 1)) {
            if (html.regionMatches(true, k, part, 0, part.length())) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a text holds anything French spacing may change. */
    private static boolean needsLook(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c == '«' || c == '»' || c == ';' || c == ':' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code <} at {@code at} opens a tag, an end tag, a comment or a declaration. */
    private static boolean startsMarkup(char[] html, int at) {
        if (at + 1 >= html.length) {
            return false;
        }
        char c = html[at + 1];
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /**
     * The index after the {@code >} that ends the tag starting at {@code at}, skipping quoted values; -1 when none
     * does (the tag then runs to the end of the page).
     */
    private static int tagEnd(char[] html, int at) {
        char quote = 0;
        for (int k = at + 1; k < html.length; k++) {
            char c = html[k];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The lower-case tag name starting at {@code at} of the page {@code html}, whose characters are {@code chars}. A
     * name in lower-case ASCII is the string given for the last such name of its first letter and length when they are
     * the same characters ({@link #names}): a page names a few dozen tags thousands of times.
     */
    private String name(String html, char[] chars, int at) {
        int end = at;
        boolean plain = true; // lower-case ASCII letters and digits only
        while (end < chars.length) {
            char c = chars[end];
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                end++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '>' || c == '/') {
                break;
            }
            plain = false;
            end++;
        }
        int length = end - at;
        if (!plain || length == 0) {
            return html.substring(at, end).toLowerCase(Locale.ROOT);
        }
        int slot = (chars[at] * 31 + length) & (names.length - 1);
        String known = names[slot];
        if (known != null && known.length() == length && html.startsWith(known, at)) {
            return known;
        }
        String name = html.substring(at, end);
        names[slot] = name;
        return name;
    }

    /** The index of the first {@code c} in {@code chars} at or after {@code from}, or -1. */
    private static int indexOf(char[] chars, char c, int from) {
        for (int k = from; k < chars.length; k++) {
            if (chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * False when the tag [from, to) cannot have a {@code lang} attribute: "lang" is nowhere in it, in any case (no
     * character outside ASCII lower-cases to one of its letters), so {@link #lang} need not lower-case it.
     */
    private static boolean mayHoldLang(String html, char[] chars, int from, int to) {
        for (int k = from; k + 4 <= to; k++) {
            if ((chars[k] | 0x20) == 'l' && (chars[k + 1] | 0x20) == 'a' && (chars[k + 2] | 0x20) == 'n'
                    && (chars[k + 3] | 0x20) == 'g') { // as html.regionMatches(true, k, "lang", 0, 4), no call a letter
                return true;
            }
        }
        return false;
    }

    /** The value of the tag's {@code lang} attribute, or null when it has none. */
    private static String lang(String tag) {
        int k = 0;
        String lower = tag.toLowerCase(Locale.ROOT);
        while ((k = lower.indexOf("lang", k)) >= 0) {
            boolean startsWord = k > 0 && Character.isWhitespace(lower.charAt(k - 1));
            int e = k + 4;
            while (e < lower.length() && Character.isWhitespace(lower.charAt(e))) {
                e++;
            }
            if (startsWord && e < lower.length() && lower.charAt(e) == '=') {
                e++;
                while (e < lower.length() && Character.isWhitespace(lower.charAt(e))) {
                    e++;
                }
                char q = e < lower.length() ? lower.charAt(e) : 0;
                int start = q == '"' || q == '\'' ? e + 1 : e;
                int stop = start;
                while (stop < lower.length() && (q == '"' || q == '\'' ? lower.charAt(stop) != q
                        : !Character.isWhitespace(lower.charAt(stop)) && lower.charAt(stop) != '>')) {
                    stop++;
                }
                return Parser.unescapeEntities(lower.substring(start, stop), true).strip();
            }
            k += 4;
        }
        return null;
    }
}
