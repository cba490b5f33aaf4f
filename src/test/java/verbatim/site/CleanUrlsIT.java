package verbatim.site;

import static verbatim.site.SiteFiles.digests;
import static verbatim.site.SiteFiles.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * The sample content and the fixture archive built with {@code cleanUrls: true} and a base URL: pages are written
 * as {@code fr/articles/a/index.html} and every link, address and id names them by their folder
 * ({@code fr/articles/a/}), and leads to a file.
 */
class CleanUrlsIT {

    static final String BASE = PublishIT.BASE;
    static final Addresses CLEAN = new Addresses(BASE, true);

    @TempDir
    static Path dir;
    static Path sample;
    static Path fixture;
    static Path fixtureFiles;

    @BeforeAll
    static void build() throws IOException {
        Path settings = dir.resolve("clean.yaml");
        Files.writeString(settings, "baseUrl: " + BASE + "\ncleanUrls: true\n", StandardCharsets.UTF_8);
        sample = dir.resolve("sample");
        Run run = Run.of("build", "--output", sample.toString(), "--config", settings.toString(), "--cache",
                dir.resolve("cache").toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("cleanUrls"), run.out());
        fixture = dir.resolve("fixture-site");
        run = PublishIT.buildFixture(dir.resolve("fixture"), fixture, BASE, true);
        assertEquals(0, run.exit(), run.err());
        fixtureFiles = dir.resolve("fixture-files-site");
        run = PublishIT.buildFixture(dir.resolve("fixture-files"), fixtureFiles, BASE, false);
        assertEquals(0, run.exit(), run.err());
    }

    static List<Path> sites() {
        return List.of(sample, fixture);
    }

    @Test
    void pagesAreStillWrittenAsIndexFiles() {
        for (String page : List.of("fr/articles/sharma-anthropic/index.html", "en/people/mrinank-sharma/index.html",
                "fr/citations/index.html", "en/timeline/index.html", "fr/404.html", "404.html", "index.html")) {
            assertTrue(Files.isRegularFile(sample.resolve(page)), page);
        }
    }

    @Test
    void everyInternalLinkOfEveryPageLeadsToAFile() throws IOException {
        for (Path site : sites()) {
            Map<String, Document> pages = Links.pages(site);
            assertTrue(pages.size() >= 20, "pages: " + pages.size());
            assertEquals(List.of(), Links.broken(site, pages, BASE), site.toString());
        }
    }

    @Test
    void noLinkNamesAPageByItsFileButThe404Pages() throws IOException {
        for (Path site : sites()) {
            List<String> files = new ArrayList<>();
            Links.pages(site).forEach((path, doc) -> {
                for (Element el : doc.select("[href], [action], [src]")) {
                    String link = el.hasAttr("href") ? el.attr("href") : el.hasAttr("action") ? el.attr("action")
                            : el.attr("src");
                    if (namesAPageFile(link)) {
                        files.add(path + ": " + el.tagName() + " " + link);
                    }
                }
            });
            assertEquals(List.of(), files, site.toString());
        }
    }

    /** True when {@code link} is internal and names an HTML file other than a 404 page. */
    static boolean namesAPageFile(String link) {
        boolean internal = link.startsWith(BASE) || !link.matches("[a-z]+:.*");
        String file = link.replaceFirst("[?#].*", "");
        return internal && file.endsWith(".html") && !file.endsWith("404.html");
    }

    @Test
    void canonicalAndAlternatesNameEachPageByItsFolder() throws IOException {
        Map<String, Document> pages = Links.pages(fixture);
        Document fr = pages.get("fr/articles/a/index.html");
        assertEquals(BASE + "fr/articles/a/", fr.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE + "fr/articles/a/", fr.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(BASE + "en/articles/a/", fr.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals(BASE + "en/articles/b/", pages.get("fr/articles/b/index.html")
                .selectFirst("link[rel=canonical]").attr("href"), "an untranslated page names its original");
        assertEquals(BASE, pages.get("index.html").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../../fr/recherche/", pages.get("fr/citations/index.html").selectFirst("form.search-box")
                .attr("action"));
    }

    @Test
    void sitemapListsEachPageByItsFolderAndIsValid() throws Exception {
        for (Path site : sites()) {
            String xml = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
            verbatim.site.sitemap.SitemapSchema.validateUrlset(xml);
            List<String> addresses = matches(xml, "(?:<loc>|href=\")([^<\"]+)");
            assertTrue(addresses.size() > 10, xml);
            for (String address : addresses) {
                assertTrue(address.startsWith(BASE) && address.endsWith("/"), address);
                assertTrue(Files.isRegularFile(site.resolve(CLEAN.sitePath("", address))), address);
            }
        }
        String xml = Files.readString(fixture.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        String entry = PublishIT.urlEntry(xml, BASE + "en/articles/a/");
        assertTrue(entry.contains("hreflang=\"fr\" href=\"" + BASE + "fr/articles/a/\""), entry);
        assertTrue(entry.contains("hreflang=\"x-default\" href=\"" + BASE + "\""), entry);
        assertFalse(xml.contains("<loc>" + BASE + "fr/articles/b/</loc>"), "an untranslated page stays out");
        Map<String, Document> pages = Links.pages(fixture);
        long ownCanonical = pages.entrySet().stream().filter(p -> p.getValue().select("meta[name=robots]").isEmpty()
                && CLEAN.sitePath("", p.getValue().selectFirst("link[rel=canonical]").attr("href")).equals(p.getKey()))
                .count();
        assertEquals(ownCanonical, matches(xml, "<loc>([^<]+)").size(), "every page that is its own canonical, once");
    }

    @Test
    void feedsLinkPagesByTheirFolderAndKeepTheirIds() throws Exception {
        for (Path site : sites()) {
            try (Stream<Path> all = Files.walk(site)) {
                for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith("atom.xml"))::iterator) {
                    String xml = Files.readString(f, StandardCharsets.UTF_8);
                    assertEquals(List.of(), AtomCheck.problems(AtomCheck.read(xml)), f.toString());
                    for (String href : matches(xml, "href=\"([^\"]+)\"")) {
                        assertFalse(namesAPageFile(href), f + ": " + href);
                        assertTrue(Files.isRegularFile(site.resolve(CLEAN.sitePath("", href).replaceFirst("#.*", ""))),
                                f + ": " + href);
                    }
                }
            }
        }
        for (String feed : List.of("en/atom.xml", "fr/personnes/jeanne-dupont/atom.xml")) {
            String clean = Files.readString(fixture.resolve(feed), StandardCharsets.UTF_8);
            String files = Files.readString(fixtureFiles.resolve(feed), StandardCharsets.UTF_8);
            assertEquals(matches(files, "<id>([^<]+)"), matches(clean, "<id>([^<]+)"), "ids do not follow the links");
            assertTrue(files.contains(BASE + "en/articles/a/index.html") || files.contains(BASE + "fr/articles/a/index.html"));
        }
    }

    @Test
    void structuredDataNamesPagesByTheirFolder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path site : sites()) {
            for (Map.Entry<String, Document> page : Links.pages(site).entrySet()) {
                Element script = page.getValue().selectFirst("script[type=application/ld+json]");
                if (script == null) {
                    continue;
                }
                List<String> urls = new ArrayList<>();
                json.readTree(script.data()).findValues("url").forEach(u -> urls.add(u.asText()));
                json.readTree(script.data()).findValues("@id").forEach(u -> urls.add(u.asText()));
                assertFalse(urls.isEmpty(), page.getKey());
                for (String url : urls) {
                    if (url.startsWith(BASE)) {
                        assertFalse(namesAPageFile(url), page.getKey() + ": " + url);
                        assertTrue(Files.isRegularFile(site.resolve(CLEAN.sitePath("", url).replaceFirst("#.*", ""))),
                                page.getKey() + ": " + url);
                    }
                }
            }
        }
    }

    @Test
    void searchResultsAndOpenDataNamePagesByTheirFolder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path site : sites()) {
            List<String> links = new ArrayList<>();
            try (Stream<Path> all = Files.walk(site.resolve("search"))) {
                for (Path f : (Iterable<Path>) all.filter(p -> p.getParent().getFileName().toString().equals("d"))::iterator) {
                    for (JsonNode doc : json.readTree(f.toFile())) {
                        links.add(BASE + doc.get(3).asText()); // search.js: the page's root, then this
                    }
                }
            }
            assertTrue(links.size() > 3, links.toString());
            for (String line : Files.readAllLines(site.resolve("data/quotes.jsonl"), StandardCharsets.UTF_8)) {
                json.readTree(line).path("urls").forEach(u -> links.add(u.asText()));
            }
            for (JsonNode person : json.readTree(site.resolve("data/people.json").toFile())) {
                person.path("pages").forEach(u -> links.add(u.asText()));
                person.path("feeds").forEach(u -> links.add(u.asText()));
            }
            for (String link : links) {
                assertFalse(namesAPageFile(link), link);
                assertTrue(Files.isRegularFile(site.resolve(CLEAN.sitePath("", link).replaceFirst("#.*", ""))), link);
            }
        }
    }

    @Test
    void notFoundPagesLinkTheHomesByTheirFolderFromTheirBase() throws IOException {
        Document fr = Links.pages(fixture).get("fr/404.html");
        assertEquals(BASE + "fr/404.html", fr.selectFirst("base").attr("href"));
        assertTrue(fr.select("main a").eachAttr("href").contains("../fr/"), fr.select("main").outerHtml());
    }

    @Test
    void turningCleanUrlsOnGivesTheBytesOfAColdBuild() throws Exception {
        Path out = dir.resolve("toggled");
        Path cache = dir.resolve("toggled-cache");
        Path files = dir.resolve("files.yaml");
        Files.writeString(files, "baseUrl: " + BASE + "\n", StandardCharsets.UTF_8);
        assertEquals(0, Run.of("build", "--output", out.toString(), "--config", files.toString(), "--cache",
                cache.toString()).exit());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("index.html</loc>"));
        Run again = Run.of("build", "--output", out.toString(), "--config", dir.resolve("clean.yaml").toString(),
                "--cache", cache.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(digests(sample), digests(out));
    }

    static List<String> matches(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
