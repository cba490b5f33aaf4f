package verbatim.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a content file's slug comes from, to point an editor at it: the line of its front matter's {@code slug:}
 * key, or, when it has none (the slug is its file name's), the line of its {@code title:}, which says which article
 * it is. For example, {@code content/b.fr.md} holding {@code slug: a} on its line 5 gives {@code
 * content/b.fr.md:5} and "its 'slug:'"; {@code content/a.fr.md} with its title on line 2 gives {@code
 * content/a.fr.md:2} and "its file name".
 *
 * @param file the content file
 * @param line the 1-based line of the key or the title, or 0 when the file has neither (or cannot be read)
 * @param key  true when the slug is given by a {@code slug:} key
 */
public record SlugSource(Path file, int line, boolean key) {

    /** Reads the front matter of {@code file} for its {@code slug:} and {@code title:} lines. */
    public static SlugSource of(Path file) {
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return new SlugSource(file, 0, false);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new SlugSource(file, 0, false);
        }
        int title = 0;
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            if (lines.get(i).startsWith("slug:")) {
                return new SlugSource(file, i + 1, true);
            }
            if (title == 0 && lines.get(i).startsWith("title:")) {
                title = i + 1;
            }
        }
        return new SlugSource(file, title, false);
    }

    /** The file and line, as messages write them: {@code content/b.fr.md:5}. */
    public String at() {
        return file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    }

    /** Where the slug comes from, in words: "its 'slug:'" or "its file name". */
    public String how() {
        return key ? "its 'slug:'" : "its file name";
    }
}
