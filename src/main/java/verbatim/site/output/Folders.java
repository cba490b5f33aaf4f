package verbatim.site.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Site paths grouped once by their folder of two levels, so that the paths under such a folder are found without a
 * pass over every path: the index step asks for the previous files of each family of pages (a language's people
 * pages, its quote pages, its search files), about ten families over some 11,000 index files at 10,000 articles.
 *
 * <p>Example: of {@code [fr/personnes/a/index.html, sitemap.xml, fr/personnes/index.html, en/people/index.html]},
 * {@code under("fr/personnes/")} is {@code [fr/personnes/a/index.html, fr/personnes/index.html]}, and
 * {@code under("sitemap")} is {@code [sitemap.xml]}: every path that starts with the prefix, in the order given.
 */
public final class Folders {

    private final List<String> paths;
    /** The paths of two folders' depth or more, by their first two folders ({@code fr/personnes/}), in order. */
    private final Map<String, List<String>> byFolder = new HashMap<>();

    /** Groups {@code paths} (site paths, {@code /}-separated, without a leading {@code /}), in one pass. */
    public Folders(List<String> paths) {
        this.paths = List.copyOf(paths);
        for (String path : this.paths) {
            group(path);
        }
    }

    private void group(String path) {
        int first = path.indexOf('/');
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        if (second >= 0) {
            byFolder.computeIfAbsent(path.substring(0, second + 1), k -> new ArrayList<>()).add(path);
        }
    }

    /** Every path given, in the order given. */
    public List<String> all() {
        return paths;
    }

    /**
     * The paths that start with {@code prefix}, in the order given: looked up for a folder of two levels
     * ({@code search/fr/}), filtered from every path for any other prefix.
     */
    public List<String> under(String prefix) {
        int first = prefix.indexOf('/');
        int second = first < 0 ? -1 : prefix.indexOf('/', first + 1);
        if (second == prefix.length() - 1 && first > 0 && second > first + 1) {
            List<String> found = byFolder.get(prefix);
            return found == null ? List.of() : Collections.unmodifiableList(found);
        }
        return paths.stream().filter(p -> p.startsWith(prefix)).toList();
    }
}
