package verbatim.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tab where YAML forbids one — in the indentation of a line, or between a key's colon (or a list's dash) and
 * its value — found among the lines of a YAML text that did not parse, so that the editor is told about the tab
 * rather than given a hint about quoting. A tab inside a value is allowed and is not one.
 *
 * <p>Example: in the lines {@code sources:} and {@code \t- title: "Mairie"}, the tab is at index 1, column 1, in the
 * indentation: "a tab at column 1: tabs are not allowed in YAML", "Indent with spaces".
 *
 * @param index       the 0-based index of its line among the lines searched
 * @param column      its 1-based column
 * @param indentation true for a tab in the indentation, false for one after a colon or a dash
 */
public record YamlTab(int index, int column, boolean indentation) {

    /** A key's colon or a list item's dash, then the blanks before the value (group 1). */
    private static final Pattern SEPARATOR = Pattern.compile("^ *(?:- *)?[^\\s:#\"'\\-][^:#]*:([ \\t]*)|^ *-([ \\t]*)");

    /** The first tab where YAML forbids one in {@code lines} up to index {@code upTo} (included), or empty. */
    public static Optional<YamlTab> find(List<String> lines, int upTo) {
        for (int i = 0; i <= Math.min(upTo, lines.size() - 1); i++) {
            String line = lines.get(i);
            int lead = 0;
            while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) {
                if (line.charAt(lead) == '\t') {
                    return Optional.of(new YamlTab(i, lead + 1, true));
                }
                lead++;
            }
            Matcher m = SEPARATOR.matcher(line);
            if (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                int tab = m.group(group).indexOf('\t');
                if (tab >= 0) {
                    return Optional.of(new YamlTab(i, m.start(group) + tab + 1, false));
                }
            }
        }
        return Optional.empty();
    }

    /** What is wrong: {@code a tab at column 1: tabs are not allowed in YAML}. */
    public String problem() {
        return "a tab at column " + column + ": tabs are not allowed in YAML";
    }

    /** How to fix it. */
    public String fix() {
        return indentation ? "Indent with spaces (replace the tab by spaces)"
                : "Separate the value with a space (replace the tab by a space)";
    }
}
