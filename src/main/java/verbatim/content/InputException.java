package verbatim.content;

import java.nio.file.Path;

/**
 * Bad input that the user can fix: names the file, the line, what is wrong and how to fix it.
 *
 * <p>Example message: {@code content/a.fr.md:3: front matter: 'date' must be an ISO date (YYYY-MM-DD). Write
 * for example: date: 2026-02-12}
 */
public class InputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String fix;

    /**
     * @param file    the file at fault, or null
     * @param line    the 1-based line, or 0 when unknown
     * @param problem what is wrong
     * @param fix     how to fix it, or null
     */
    public InputException(Path file, int line, String problem, String fix) {
        super(problem);
        this.file = file;
        this.line = line;
        this.fix = fix;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** How to fix it, or null. */
    public String fix() {
        return fix;
    }

    /** The lines to print, one per problem: this one's {@link #oneLine()}. */
    public java.util.List<String> lines() {
        return java.util.List.of(oneLine());
    }

    /** The whole one-line message: {@code file:line: problem. fix}. */
    public String oneLine() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file.toString().replace('\\', '/'));
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(getMessage());
        if (fix != null && !fix.isEmpty()) {
            if (!getMessage().endsWith(".") && !getMessage().endsWith("?")) { // "… did you mean 'title'? Write …"
                out.append('.');
            }
            out.append(' ').append(fix);
        }
        return out.toString().replace('\n', ' ');
    }
}
