package verbatim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a built site: every internal {@code href} must reach a page that exists and, with a fragment, an
 * element of that page with that id ({@code #p4}); external links are collected, never fetched.
 *
 * <p>Example: on {@code fr/articles/a/index.html}, {@code ../b/index.html#p9} is broken when article b has fewer
 * than nine paragraphs.
 */
final class Links {

    /**
     * A link that goes nowhere.
     *
     * @param page    the site path of the page that holds it
     * @param href    the link as written
     * @param problem why it goes nowhere
     * @param row     the paragraph anchor of the row it stands in ("p3"), or null outside the text
     * @param lang    the language of the paragraph it stands in, or null
     */
    record Broken(String page, String href, String problem, String row, String lang) {
    }

    /** What the links of a site are: the broken ones and the external addresses, each once, sorted. */
    record Result(List<Broken> broken, List<String> external) {
    }

    private final Path site;
    private final Map<String, Set<String>> ids = new HashMap<>();

    private Links(Path site) {
        this.site = site;
    }

    /** Checks every link of every page of the site at {@code site}. */
    static Result check(Path site) {
        return new Links(site).run();
    }

    private Result run() {
        List<Broken> broken = new ArrayList<>();
        java.util.TreeSet<String> external = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).sorted()::iterator) {
                String page = site.relativize(file).toString().replace('\\', '/');
                Document doc = parse(page);
                for (Element a : doc.select("a[href], link[href]")) {
                    String href = a.attr("href");
                    if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*|//.*")) {
                        if (href.matches("(?i)https?:.*|//.*")) {
                            external.add(href);
                        }
                        continue;
                    }
                    String problem = problem(page, href);
                    if (problem != null) {
                        Element row = a.closest("div.row[id]");
                        Element cell = a.closest(".cell[lang]");
                        broken.add(new Broken(page, href, problem, row == null ? null : row.id(),
                                cell == null ? null : cell.attr("lang")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(broken, List.copyOf(external));
    }

    /** Why {@code href} on {@code page} goes nowhere, or null when it reaches its target. */
    private String problem(String page, String href) {
        String target;
        String fragment;
        try {
            URI uri = new URI(null, null, page, null).resolve(new URI(href));
            target = uri.getPath() == null ? page : uri.getPath();
            fragment = uri.getFragment();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "it is not a valid address";
        }
        if (href.startsWith("#")) {
            target = page;
        }
        if (target.startsWith("/") || target.startsWith("../")) {
            return "it leads out of the site";
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target += "index.html";
        } else if (Files.isDirectory(site.resolve(target))) {
            target += "/index.html";
        }
        if (!Files.isRegularFile(site.resolve(target))) {
            return "no such page";
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")
                && !parseIds(target).contains(fragment)) {
            return "no anchor #" + fragment + " on that page";
        }
        return null;
    }

    private Set<String> parseIds(String page) {
        return ids.computeIfAbsent(page, p -> parse(p).select("[id]").stream().map(Element::id)
                .collect(Collectors.toSet()));
    }

    private Document parse(String page) {
        try {
            return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
