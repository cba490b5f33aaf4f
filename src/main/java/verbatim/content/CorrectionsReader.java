package verbatim.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code quotes:} and {@code people:} keys of a front matter into {@link Corrections}. */
final class CorrectionsReader {

    private static final String QUOTE_FIX = "Write each entry as:  - paragraph: 3  text: \"part of the quotation\""
            + "  speaker: Name (or none)";

    private CorrectionsReader() {
    }

    static Corrections read(Path path, List<String> yaml, int firstLine, Map<?, ?> map) {
        Object quotes = map.get("quotes");
        Object people = map.get("people");
        if (quotes == null && people == null) {
            return Corrections.NONE;
        }
        int quotesLine = ContentFile.FrontMatterReader.lineOf(yaml, "quotes", firstLine);
        List<Corrections.QuoteCorrection> fixes = new ArrayList<>();
        if (quotes != null) {
            if (!(quotes instanceof List<?> list)) {
                throw new InputException(path, quotesLine, "'quotes' must be a list", QUOTE_FIX);
            }
            List<Integer> lines = itemLines(yaml, "quotes", firstLine);
            for (int k = 0; k < list.size(); k++) {
                int line = k < lines.size() ? lines.get(k) : quotesLine;
                fixes.add(quote(path, line, list.get(k), yaml, firstLine, k));
            }
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> notPeople = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        if (people != null) {
            int line = ContentFile.FrontMatterReader.lineOf(yaml, "people", firstLine);
            String fix = "Write:  people:  aliases: {\"la Bretonne\": \"Anne Morel\"}  not: [Saint Martin]";
            if (people instanceof List<?> names) { // a list, as Hugo's taxonomies write it: the people named
                names.forEach(v -> declared.add(String.valueOf(v).strip()));
                return new Corrections(fixes, aliases, notPeople, declared, quotesLine);
            }
            if (!(people instanceof Map<?, ?> p)) {
                throw new InputException(path, line, "'people' must be a list of names, or hold 'aliases' and/or "
                        + "'not'", fix);
            }
            for (Object key : p.keySet()) {
                if (!KnownKeys.PEOPLE.knows(String.valueOf(key))) { // "alias:" for "aliases:"
                    throw new InputException(path, keyLine(yaml, firstLine, "people", String.valueOf(key), line),
                            KnownKeys.PEOPLE.unknown(String.valueOf(key), "'people'"), fix);
                }
            }
            Object a = p.get("aliases");
            if (a != null) {
                if (!(a instanceof Map<?, ?> am)) {
                    throw new InputException(path, line, "'people: aliases' must map a name to a name", fix);
                }
                am.forEach((k, v) -> {
                    if (k == null || v == null || k.toString().isBlank() || v.toString().isBlank()) {
                        throw new InputException(path, line, "an alias needs a form and a name", fix);
                    }
                    aliases.put(k.toString().strip(), v.toString().strip());
                });
            }
            Object n = p.get("not");
            if (n != null) {
                if (!(n instanceof List<?> nl)) {
                    throw new InputException(path, line, "'people: not' must be a list of names", fix);
                }
                nl.forEach(v -> notPeople.add(String.valueOf(v).strip()));
            }
        }
        int peopleLine = people == null ? 0 : ContentFile.FrontMatterReader.lineOf(yaml, "people", firstLine);
        return new Corrections(fixes, aliases, notPeople, declared, quotesLine, peopleLine);
    }

    /** The {@code index}-th entry (0-based) of {@code quotes}, written at {@code line}. */
    private static Corrections.QuoteCorrection quote(Path path, int line, Object item, List<String> yaml,
                                                     int firstLine, int index) {
        if (!(item instanceof Map<?, ?> entry)) {
            throw new InputException(path, line, "a 'quotes' entry must have paragraph, text and speaker", QUOTE_FIX);
        }
        Object paragraph = entry.get("paragraph");
        Object text = entry.get("text");
        Object speaker = entry.get("speaker");
        if (!(paragraph instanceof Integer n) || n < 1) {
            throw lacking(path, line, entry, "paragraph", "'paragraph', a number from 1", yaml, firstLine, index);
        }
        if (text == null || text.toString().isBlank()) {
            throw lacking(path, line, entry, "text", "'text', a part of the quotation", yaml, firstLine, index);
        }
        if (speaker == null || speaker.toString().isBlank()) {
            throw lacking(path, line, entry, "speaker", "'speaker' (a name, or none)", yaml, firstLine, index);
        }
        String name = speaker.toString().strip();
        boolean none = name.toLowerCase(Locale.ROOT).equals("none");
        return new Corrections.QuoteCorrection(n, text.toString().strip(), none ? null : name, line);
    }

    /**
     * The error of the {@code index}-th {@code quotes} entry without {@code key} (or with an empty or wrong one),
     * {@code needs} saying what it holds: at the line of a key written instead of it, with the key meant, when one is
     * a misspelling of it ({@code txt: "devra tenir"} → "a 'quotes' entry needs 'text', a part of the quotation, and
     * 'txt' is no key Verbatim knows. Did you mean 'text'? Rename 'txt:' to 'text:'."), else at the entry's
     * {@code line}.
     */
    private static InputException lacking(Path path, int line, Map<?, ?> entry, String key, String needs,
                                          List<String> yaml, int firstLine, int index) {
        String misspelt = entry.containsKey(key) ? null : KnownKeys.QUOTE.misspelling(entry.keySet(), key);
        if (misspelt == null) {
            return new InputException(path, line, "a 'quotes' entry needs " + needs, QUOTE_FIX);
        }
        return new InputException(path, ContentFile.FrontMatterReader.entryLine(yaml, firstLine, "quotes", index,
                misspelt), "a 'quotes' entry needs " + needs + ", and '" + misspelt + "' is no key Verbatim knows",
                "Did you mean '" + key + "'? Rename '" + misspelt + ":' to '" + key + ":'.");
    }

    /**
     * The file line of {@code key} written under the top-level key {@code parent} ({@code alias:} under
     * {@code people:}), or {@code otherwise} when it is not found there.
     */
    private static int keyLine(List<String> yaml, int firstLine, String parent, String key, int otherwise) {
        int start = ContentFile.FrontMatterReader.lineOf(yaml, parent, firstLine) - firstLine;
        for (int i = start + 1; i < yaml.size(); i++) {
            String l = yaml.get(i);
            if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                break; // the next top-level key
            }
            if (l.strip().startsWith(key + ":")) {
                return i + firstLine;
            }
        }
        return otherwise;
    }

    /** The file lines of the items ("- ...") of a top-level list key, in order. */
    private static List<Integer> itemLines(List<String> yaml, String key, int firstLine) {
        List<Integer> lines = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < yaml.size(); i++) {
            if (yaml.get(i).startsWith(key + ":")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return lines;
        }
        int indent = -1;
        for (int i = start + 1; i < yaml.size(); i++) {
            String l = yaml.get(i);
            if (!l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                break; // the next top-level key
            }
            String t = l.stripLeading();
            int at = l.length() - t.length();
            if (t.startsWith("- ") || t.equals("-")) {
                if (indent < 0) {
                    indent = at;
                }
                if (at == indent) {
                    lines.add(i + firstLine);
                }
            }
        }
        return lines;
    }
}
