package verbatim.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The content folder: finds the article files and groups them by slug, without reading them.
 *
 * <p>Only paths are kept, so a folder of 100,000 articles costs a few megabytes; each article is read when
 * its turn comes ({@link #read(List)}).
 */
public final class ContentFolder {

    private final Path root;

    public ContentFolder(Path root) {
        this.root = root;
    }

    /** The content files grouped by the slug of their file name, slugs in order. */
    public Map<String, List<Path>> slugs() {
        if (!Files.isDirectory(root)) {
            throw new InputException(root, 0, "the content folder does not exist",
                    "Create it and add articles as <slug>.<lang>.md, or point to it with --content DIR.");
        }
        Map<String, List<Path>> bySlug = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".md") || name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
                    continue;
                }
                Matcher m = ContentFile.NAME.matcher(name);
                if (!m.matches()) {
                    throw new InputException(p, 0, "a content file must be named <slug>.<lang>.md (lower case)",
                            "Rename it, for example to my-article.fr.md.");
                }
                bySlug.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p);
            }
        } catch (IOException e) {
            throw new InputException(root, 0, "cannot list the content folder (" + e.getMessage() + ")", null);
        }
        return bySlug;
    }

    /** Reads and pairs the files of one slug. */
    public static Article read(List<Path> files) {
        List<ContentFile> read = files.stream().map(ContentFile::read).toList();
        String slug = read.get(0).slug();
        for (ContentFile f : read) {
            if (!f.slug().equals(slug)) {
                throw new InputException(f.path(), 0, "its slug '" + f.slug() + "' differs from '" + slug
                        + "' of " + read.get(0).path().getFileName(), "Give both files the same slug.");
            }
        }
        return Article.of(slug, read);
    }
}
