package verbatim.content;

import java.util.List;

/**
 * What went wrong in YAML lines that did not parse, told in the editor's terms: a quotation mark opened and never
 * closed, a quote inside a quoted value, a ': ' in a bare value. Used for the front matter of content files and for
 * the settings file.
 *
 * <p>Example: in the lines {@code title: "Titre} and {@code date: 2026-02-12}, SnakeYAML reports the end of the text;
 * {@link #unclosedQuote} gives index 0, the line to fix.
 */
public final class YamlMistake {

    private YamlMistake() {
    }

    /** A key glued to its value with no space after the colon, which YAML reads as one plain word: "original:fr". */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("^\\s*([A-Za-z]+):([^\\s:/][^:]*)$");

    /**
     * The index of the first line up to {@code index} whose value opens a quotation mark it never closes on that
     * line (title: "Titre), or -1; SnakeYAML notices such a quote only lines later.
     */
    public static int unclosedQuote(List<String> yaml, int index) {
        for (int i = 0; i <= Math.min(index, yaml.size() - 1); i++) {
            String value = yaml.get(i).replaceFirst("^\\s*-?\\s*[A-Za-z]+:\\s*", "").stripTrailing();
            if (value.startsWith("\"") && value.replace("\\\"", "").chars().filter(c -> c == '"').count() == 1
                    || value.startsWith("'") && value.replace("''", "").chars().filter(c -> c == '\'').count() == 1) {
                return i;
            }
        }
        return -1;
    }

    /** A fix for the line at {@code index} or the one before, or "Check the YAML syntax of that line". */
    public static String hint(List<String> yaml, int index) {
        return hint(yaml, index, null);
    }

    /**
     * Like {@link #hint(List, int)}, its example written in {@code lang} (the content file's language; "fr" gives the
     * French examples, any other the English ones): {@code title: 'He said "no"'} for an English file,
     * {@code title: 'Il a dit "non"'} for a French one.
     */
    public static String hint(List<String> yaml, int index, String lang) {
        boolean fr = "fr".equals(lang);
        for (int i = Math.min(index, yaml.size() - 1); i >= Math.max(0, index - 1); i--) {
            String value = yaml.get(i).replaceFirst("^\\s*[A-Za-z]+:\\s*", "");
            if (value.startsWith("\"") && value.replace("\\\"", "").chars().filter(c -> c == '"').count() > 2) {
                return "A value in double quotes cannot hold a double quote: write it in single quotes "
                        + (fr ? "(title: 'Il a dit \"non\"'), or use « » or “ ” inside it"
                        : "(title: 'He said \"no\"'), or use “ ” inside it");
            }
            if (value.startsWith("'") && value.replace("''", "").chars().filter(c -> c == '\'').count() > 2) {
                return "A value in single quotes writes an apostrophe twice (title: '"
                        + (fr ? "L''avenir" : "The world''s end") + "'), or write it in double quotes";
            }
            java.util.regex.Matcher glued = GLUED.matcher(yaml.get(i));
            if (glued.matches()) {
                return "Put a space after the colon (" + glued.group(1) + ": " + glued.group(2).strip() + ")";
            }
            if (!value.startsWith("\"") && !value.startsWith("'") && value.contains(": ")) {
                return "Put a value that contains ': ' in double quotes (title: \""
                        + (fr ? "Lui : non" : "Brexit: the vote") + "\")";
            }
        }
        return "Check the YAML syntax of that line";
    }

    /** A top-level line that is a key, a space and a value, with no colon: "date 2026-11-30". */
    private static final java.util.regex.Pattern NO_COLON = java.util.regex.Pattern.compile("([A-Za-z_]+)\\s+([^:#]+)");

    /**
     * The index of the line, at or just before the parser's line {@code index} (the parser notices the missing
     * colon only on the line after), that is a key and a value with no colon between them; -1 when there is none.
     */
    public static int missingColon(List<String> yaml, int index) {
        for (int i = Math.min(index, yaml.size() - 1); i >= Math.max(0, index - 1); i--) {
            if (NO_COLON.matcher(yaml.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The fix for a line with no colon: "Put a colon after the key (date: 2026-11-30)". A line that does not look
     * like a setting (its first word capitalised, or a value of several words: "Note de la rédaction") is more likely
     * stray text, so deleting it comes first: "Delete this line if it is no setting, or put a colon after the key
     * (Note: de la rédaction)".
     */
    public static String addColon(String line) {
        java.util.regex.Matcher m = NO_COLON.matcher(line);
        if (!m.matches()) {
            return "Put a colon after the key";
        }
        String fixed = m.group(1) + ": " + m.group(2).strip();
        boolean setting = Character.isLowerCase(m.group(1).charAt(0)) && m.group(2).strip().split("\\s+").length <= 2;
        return setting ? "Put a colon after the key (" + fixed + ")"
                : "Delete this line if it is no setting, or put a colon after the key (" + fixed + ")";
    }

    /** How to close a quote never closed, with an example title in {@code lang} (as {@link #hint(List, int, String)}). */
    public static String closeQuote(String lang) {
        return "Close it at the end of the value (title: \"" + ("fr".equals(lang) ? "Mon titre" : "My title") + "\")";
    }
}
