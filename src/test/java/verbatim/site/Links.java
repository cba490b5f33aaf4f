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
        return broken(site, pages, "");
    }

    /**
     * The internal links (relative, or under {@code base} when it is not "") that lead to no file, or to no element
     * with the fragment's id; a link to a folder leads to its {@code index.html}, as a web server serves it, and a
     * page's {@code <base href>} is followed.
     */
    static List<String> broken(Path site, Map<String, Document> pages, String base) {
        List<String> broken = new ArrayList<>();
        pages.forEach((path, doc) -> {
            Element baseTag = doc.selectFirst("head base[href]");
            String from = baseTag != null && !base.isEmpty() && baseTag.attr("href").startsWith(base)
                    ? baseTag.attr("href").substring(base.length()) : path;
            for (Element el : doc.select("a[href], link[href], form[action], script[src]")) {
                String href = el.hasAttr("href") ? el.attr("href") : el.hasAttr("action") ? el.attr("action") : el.attr("src");
                if (!base.isEmpty() && href.startsWith(base)) {
                    href = "/" + href.substring(base.length());
                } else if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                boolean rooted = href.startsWith("/");
                URI target = rooted ? URI.create(href.substring(1)) : URI.create(from).resolve(href);
                String file = target.getPath().isEmpty() ? (rooted ? "index.html" : path) : target.getPath();
                if (file.endsWith("/")) {
                    file += "index.html";
                }
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
