package verbatim.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key indented where its neighbours say it does not belong, found among the lines of a YAML text, so that the
 * editor is told which spaces to remove rather than given the parser's words. Used for the front matter of content
 * files and for the settings file.
 *
 * <p>Example: in the lines {@code title: "Titre"} and {@code   date: 2026-02-12}, {@code date:} is indented by 2
 * spaces where a top-level key has none: {@code YamlIndent(1, "date", 2, 0, "title")}, "Remove the spaces before
 * 'date:'". In {@code sources:}, {@code   - title: A} and {@code      url: https://a.org}, {@code url:} is indented
 * by 5 spaces where {@code title:} of its entry is by 4: "Indent 'url:' by 4 spaces, as 'title:'".
 *
 * @param index    the 0-based index of its line among the lines searched
 * @param key      the key as written
 * @param found    the spaces before it
 * @param expected the spaces its level has (0 for a top-level key)
 * @param above    for a top-level key, the key above it that YAML reads it into, or null when there is none; else a
 *                 key of the level it belongs to
 */
public record YamlIndent(int index, String key, int found, int expected, String above) {

    /** A key and its colon (group 1 the key, group 2 the value), after the indentation and any list dash. */
    private static final Pattern KEY = Pattern.compile("([^\\s#'\"\\-{\\[][^:#]*?):(?:\\s+(.*)|$)");

    /** One level of indentation: a mapping's keys or a list's dashes at {@code column}. */
    private record Level(int column, boolean list, List<String> keys) {
    }

    /**
     * The first key, in {@code lines} up to index {@code upTo} (included), whose indentation fits none of the levels
     * the lines above it opened; empty when every key fits (the YAML mistake is another). {@code topKeys} are the
     * keys a top-level line may hold: a key among them indented as far from the top level as from a nested one is
     * taken for a top-level key that its line does not yet hold.
     */
    public static Optional<YamlIndent> find(List<String> lines, int upTo, Collection<String> topKeys) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(0, false, new ArrayList<>()));
        boolean opens = false; // the line before is a key or a dash with nothing after it: a deeper level may follow
        int block = -1; // the column of the key whose block scalar (| or >) is being read, or -1
        char quote = 0; // the quotation mark of a value that goes on to the next lines, or 0
        for (int i = 0; i <= Math.min(upTo, lines.size() - 1); i++) {
            String line = lines.get(i);
            String text = line.stripLeading();
            int indent = line.length() - text.length();
            if (quote != 0) {
                if (closes(text, quote)) {
                    quote = 0;
                }
                continue;
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (line.substring(0, indent).indexOf('\t') >= 0) {
                return Optional.empty(); // a tab is told by YamlTab
            }
            if (block >= 0 && indent > block) {
                continue;
            }
            block = -1;
            boolean dash = text.equals("-") || text.startsWith("- ");
            String rest = dash ? text.substring(1).stripLeading() : text;
            int keyColumn = dash ? line.length() - rest.length() : indent;
            Matcher key = KEY.matcher(rest);
            boolean isKey = !rest.isEmpty() && key.matches();
            if (!dash && !isKey) {
                opens = false; // a value going on over several lines, or no YAML at all: not for this check
                continue;
            }
            Level top = levels.get(levels.size() - 1);
            boolean deeper = opens && (indent > top.column() || dash && indent == top.column() && !top.list());
            if (!deeper) {
                List<Level> before = List.copyOf(levels);
                while (levels.get(levels.size() - 1).column() > indent) {
                    levels.remove(levels.size() - 1);
                }
                top = levels.get(levels.size() - 1);
                boolean fits = top.column() == indent && top.list() == dash;
                if (!fits) { // a list item out of place is another mistake, not told here
                    return dash ? Optional.empty()
                            : Optional.of(misfit(i, key.group(1).strip(), indent, before, topKeys, lines));
                }
            }
            if (dash) {
                if (deeper) {
                    levels.add(new Level(indent, true, new ArrayList<>()));
                }
                if (isKey) {
                    levels.add(new Level(keyColumn, false, new ArrayList<>(List.of(key.group(1).strip()))));
                }
            } else if (deeper) {
                levels.add(new Level(indent, false, new ArrayList<>(List.of(key.group(1).strip()))));
            } else {
                top.keys().add(key.group(1).strip());
            }
            String value = isKey && key.group(2) != null ? key.group(2).strip() : dash && !isKey ? rest : "";
            opens = value.isEmpty() || value.startsWith("#");
            if (value.matches("[|>][-+0-9]*(\\s+#.*)?")) {
                block = keyColumn;
            } else if ((value.startsWith("\"") || value.startsWith("'")) && !closes(value.substring(1), value.charAt(0))) {
                quote = value.charAt(0);
            }
        }
        return Optional.empty();
    }

    /**
     * The line of {@code key} written indented in {@code lines}, where YAML read it as part of the key above it with
     * a lower indentation (after {@code credit:} with no value, {@code   date: 2026-02-12} is part of {@code credit});
     * empty when {@code key} is written at no indented line.
     */
    public static Optional<YamlIndent> nested(List<String> lines, String key) {
        Pattern written = Pattern.compile("( +)" + Pattern.quote(key) + ":(\\s.*)?");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = written.matcher(lines.get(i));
            if (m.matches()) {
                return Optional.of(new YamlIndent(i, key, m.group(1).length(), 0,
                        keyAbove(lines, i, m.group(1).length())));
            }
        }
        return Optional.empty();
    }

    /** What is wrong: {@code 'date:' is indented by 2 spaces, so YAML reads it as part of 'title:' above it}. */
    public String problem() {
        String spaces = found + (found == 1 ? " space" : " spaces");
        if (expected > 0) {
            return "'" + key + ":' is indented by " + spaces + ", but '" + above + ":' above it, a key of the same "
                    + "level, by " + expected;
        }
        return "'" + key + ":' is indented by " + spaces + (above != null ? ", so YAML reads it as part of '" + above
                + ":' above it, not as a key of its own" : ", but a top-level key starts at the beginning of its line");
    }

    /** How to fix it: {@code Remove the spaces before 'date:'}, {@code Indent 'url:' by 4 spaces, as 'title:'}. */
    public String fix() {
        return expected == 0 ? "Remove the spaces before '" + key + ":'"
                : "Indent '" + key + ":' by " + expected + " spaces, as '" + above + ":'";
    }

    /**
     * The misfit at line {@code index}: the level nearest its indentation among the mapping levels open above it (a
     * top-level key of {@code topKeys} not yet written at the top, on a tie; else the deeper).
     */
    private static YamlIndent misfit(int index, String key, int indent, List<Level> levels, Collection<String> topKeys,
                                     List<String> lines) {
        Level best = null;
        for (Level level : levels) {
            if (level.list()) {
                continue;
            }
            if (best == null || Math.abs(level.column() - indent) < Math.abs(best.column() - indent)
                    || Math.abs(level.column() - indent) == Math.abs(best.column() - indent)
                    && !(best.column() == 0 && topKeys.contains(key) && !best.keys().contains(key))) {
                best = level;
            }
        }
        if (best.column() == 0) {
            return new YamlIndent(index, key, indent, 0, keyAbove(lines, index, indent));
        }
        return new YamlIndent(index, key, indent, best.column(), best.keys().get(0));
    }

    /** The key of the nearest line above {@code index} indented less than {@code indent}, or null. */
    private static String keyAbove(List<String> lines, int index, int indent) {
        for (int i = index - 1; i >= 0; i--) {
            String text = lines.get(i).stripLeading();
            if (text.isEmpty() || text.startsWith("#") || lines.get(i).length() - text.length() >= indent) {
                continue;
            }
            Matcher m = KEY.matcher(text.startsWith("- ") ? text.substring(2).stripLeading() : text);
            return m.matches() ? m.group(1).strip() : null;
        }
        return null;
    }

    /** True when {@code text} holds the mark that closes a value opened by {@code quote}. */
    private static boolean closes(String text, char quote) {
        String plain = quote == '"' ? text.replace("\\\\", "").replace("\\\"", "") : text.replace("''", "");
        return plain.indexOf(quote) >= 0;
    }
}
