package verbatim.check;

import java.nio.file.Path;

/**
 * One thing an editor should fix, in the form editors and their tools read: {@code file:line: message}.
 *
 * @param article the slug of the article it belongs to, or "" for the pages of the whole site
 * @param file    the file to fix
 * @param line    the 1-based line, or 0 when the whole file is meant
 * @param message what is wrong
 */
public record Finding(String article, Path file, int line, String message) {

    /** The line printed: {@code content/a.en.md:9: paragraph 2: …}. */
    public String text() {
        return file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
