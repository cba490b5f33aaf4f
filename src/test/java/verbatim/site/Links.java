package verbatim.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a built site and follows its internal links, as a visitor would. */
final class Links {

    private Links() {
    }

    /** Every HTML page of the site, by path relative to its root. */
    static Map<String, Document> pages(Path site) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        return pages;
    }

    /** The internal links that lead to no file, or to no element with the fragment's id. */
    static List<String> broken(Path site, Map<String, Document> pages) {
        List<String> broken = new ArrayList<>();
        pages.forEach((path, doc) -> {
            for (Element el : doc.select("a[href], link[href]")) {
                String href = el.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                URI target = URI.create(path).resolve(href);
                String file = target.getPath().isEmpty() ? path : target.getPath();
                if (!Files.isRegularFile(site.resolve(file))) {
                    broken.add(path + " → " + href);
                    continue;
                }
                String fragment = target.getFragment();
                if (fragment != null && !fragment.isEmpty()) {
                    Document other = pages.get(file);
                    if (other == null || other.getElementById(fragment) == null) {
                        broken.add(path + " → " + href + " (no id)");
                    }
                }
            }
        });
        return broken;
    }
}
