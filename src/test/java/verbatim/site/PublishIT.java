package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * A small archive served from a base URL, with one translated article, one English article without its French
 * translation and one French article without its English one: what the site publishes besides its pages.
 */
class PublishIT {

    static final String BASE = "https://archive.example.org/";

    @TempDir
    static Path dir;
    static Path site;
    static Run run;
    static Map<String, Document> pages;

    static final String A_FR = "---\ntitle: \"Départ chez Lumen\"\ndate: 2026-01-10\noriginal: fr\n"
            + "credit: \"Agence Lumen\"\nsources:\n  - title: \"Lettre de départ\"\n    url: https://example.org/lettre\n  - title: \"Entretien\"\n---\n\n"
            + "Jeanne Dupont, directrice de recherche, a déclaré : « Nous partons. »\n\n"
            + "Le 9 janvier, Yann Le Gall a quitté Lyon. « C'est fini », a-t-il dit.\n";
    static final String A_EN = "---\ntitle: \"Leaving Lumen\"\ndate: 2026-01-10\noriginal: fr\n---\n\n"
            + "Jeanne Dupont, a research director, said: “We are leaving.”\n\n"
            + "On January 9, Yann Le Gall left Lyon. “It is over,” he said.\n";
    static final String B_EN = "---\ntitle: \"Prince Harry speaks\"\ndate: 2025-11-03\noriginal: en\n---\n\n"
            + "Prince Harry said on October 2: “We must act now.”\n\n"
            + "> Every word counts.\n> — Prince Harry\n";
    static final String C_FR = "---\ntitle: \"Élysée : une annonce\"\ndate: 2025-12-01\noriginal: fr\n---\n\n"
            + "Émilie Bérard a annoncé en octobre 2025 : « Le projet avance. »\n";

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        run = buildFixture(dir, site);
        assertEquals(0, run.exit(), run.err());
        pages = Links.pages(site);
    }

    /** Builds the fixture archive of this class from {@code dir/content} into {@code site}. */
    static Run buildFixture(Path dir, Path site) throws IOException {
        return buildFixture(dir, site, BASE);
    }

    /** Builds the fixture archive with another base URL ("" for none). */
    static Run buildFixture(Path dir, Path site, String base) throws IOException {
        return buildFixture(dir, site, base, false);
    }

    /**
     * Builds the fixture archive with another base URL (null for none given: the settings have none; "" for relative
     * links chosen with {@code --base-url ""}), with {@code cleanUrls: true} or not.
     */
    static Run buildFixture(Path dir, Path site, String base, boolean clean) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content.resolve("a.fr.md"), A_FR);
        write(content.resolve("a.en.md"), A_EN);
        write(content.resolve("b.en.md"), B_EN);
        write(content.resolve("c.fr.md"), C_FR);
        Path settings = dir.resolve(clean ? "clean.yaml" : "none.yaml");
        write(settings, clean ? "cleanUrls: true\n" : "");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--content",
                content.toString(), "--output", site.toString(), "--config", settings.toString(), "--templates",
                dir.resolve("none").toString()));
        if (base != null) {
            args.addAll(java.util.List.of("--base-url", base));
        }
        return Run.of(args.toArray(String[]::new));
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The site path a relative link of the page at {@code from} leads to. */
    static String resolve(String from, String href) {
        return java.net.URI.create(from).resolve(href).toString();
    }

    static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyFeedIsAtomWithWhatRfc4287Requires() throws Exception {
        List<Path> feeds;
        try (Stream<Path> all = Files.walk(site)) {
            feeds = all.filter(p -> p.getFileName().toString().equals("atom.xml")).sorted().toList();
        }
        assertTrue(feeds.size() >= 2 + 2 * 3, "language feeds and person feeds: " + feeds);
        for (Path f : feeds) {
            Feed feed = AtomCheck.read(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(List.of(), AtomCheck.problems(feed), site.relativize(f).toString());
            List<String> ids = new java.util.ArrayList<>(List.of(feed.getId()));
            feed.getEntries().forEach(e -> ids.add(e.getId()));
            for (String id : ids) {
                assertTrue(FeedsTest.RFC_4151.matcher(id).matches(), f + ": " + id);
                assertTrue(id.startsWith("tag:archive.example.org,2026:"), "the site's tag date: " + id);
            }
        }
    }

    @Test
    void languageFeedListsEveryArticleNewestFirstInTheFeedsLanguage() throws Exception {
        Feed feed = AtomCheck.read(read("en/atom.xml"));
        assertEquals(List.of("Leaving Lumen", "Élysée : une annonce", "Prince Harry speaks"),
                feed.getEntries().stream().map(e -> e.getTitle()).toList());
        assertEquals(BASE + "en/articles/a/index.html", feed.getEntries().get(0).getAlternateLinks().get(0).getHref());
        com.rometools.rome.feed.atom.Entry french = feed.getEntries().get(1);
        assertEquals("In French, not translated", french.getCategories().get(0).getLabel());
        assertEquals(List.of(BASE + "en/articles/c/index.html"), french.getAlternateLinks().stream()
                .map(l -> l.getHref()).toList(), "the English page with the notice, no translation claimed");
        assertTrue(read("en/atom.xml").contains("<entry xml:lang=\"fr\">"));
        assertTrue(feed.getEntries().get(0).getCategories().isEmpty());
    }

    @Test
    void personFeedFollowsWhatThePersonSays() throws Exception {
        Feed feed = AtomCheck.read(read("fr/personnes/jeanne-dupont/atom.xml"));
        assertEquals(1, feed.getEntries().size());
        assertEquals("Nous partons.", feed.getEntries().get(0).getContents().get(0).getValue());
        assertEquals(BASE + "fr/articles/a/index.html#p1", feed.getEntries().get(0).getAlternateLinks().get(0).getHref());
    }

    @Test
    void pagesAnnounceTheirFeeds() {
        Document home = pages.get("fr/index.html");
        Element link = home.selectFirst("link[rel=alternate][type=application/atom+xml]");
        assertNotNull(link);
        assertEquals("fr/atom.xml", resolve("fr/index.html", link.attr("href")));
        Document person = pages.get("en/people/jeanne-dupont/index.html");
        assertTrue(person.select("link[type=application/atom+xml]").stream()
                .anyMatch(l -> resolve("en/people/jeanne-dupont/index.html", l.attr("href"))
                        .equals("en/people/jeanne-dupont/atom.xml")), "the person's own feed");
        assertFalse(pages.get("fr/personnes/index.html").select("link[type=application/atom+xml]").isEmpty());
    }

    @Test
    void sitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
        verbatim.site.sitemap.SitemapSchema.validateUrlset(read("sitemap.xml"));
    }

    @Test
    void sitemapListsEachTranslationWithItsAlternatesAndXDefault() throws Exception {
        String xml = read("sitemap.xml");
        String entry = urlEntry(xml, BASE + "en/articles/a/index.html");
        assertTrue(entry.contains("<lastmod>2026-01-10</lastmod>"), entry);
        assertTrue(entry.contains("hreflang=\"fr\" href=\"" + BASE + "fr/articles/a/index.html\""), entry);
        assertTrue(entry.contains("hreflang=\"x-default\" href=\"" + BASE + "index.html\""), entry);
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element canonical = page.getValue().selectFirst("link[rel=canonical]");
            boolean own = canonical == null || canonical.attr("href").equals(BASE + page.getKey());
            if (own && page.getValue().select("meta[name=robots]").isEmpty()) {
                assertTrue(xml.contains("<loc>" + BASE + page.getKey() + "</loc>"), "listed: " + page.getKey());
            }
        }
    }

    @Test
    void robotsTxtNamesTheSitemap() throws Exception {
        assertTrue(read("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void buildSaysNothingAboutTheBaseUrlWhenItIsSet() {
        assertFalse(run.out().contains("baseUrl"), run.out());
    }

    @Test
    void aSitemapIsWrittenOnlyWithABaseUrlAndCleanUrlsWaitForOne() throws Exception {
        Path again = dir.resolve("again");
        Path out = again.resolve("site");
        Run without = buildFixture(again, out, null, true);
        assertEquals(0, without.exit(), without.err());
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertEquals(1, without.out().split("baseUrl is not set", -1).length - 1, without.out());
        assertTrue(without.out().contains("cleanUrls applies only with a baseUrl"), without.out());
        assertTrue(Files.readString(out.resolve("fr/index.html")).contains("href=\"../fr/articles/a/index.html\""),
                "without a base URL, pages are linked by their file");
        assertEquals(0, buildFixture(again, out, BASE, true).exit());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>" + BASE + "fr/articles/a/</loc>"));
        Run relative = buildFixture(again, out, "", true); // --base-url "": relative links chosen, nothing said
        assertEquals(0, relative.exit());
        assertFalse(relative.out().contains("baseUrl is not set"), relative.out());
        assertFalse(Files.exists(out.resolve("sitemap.xml")), "the previous build's sitemap is not left behind");
    }

    @Test
    void untranslatedArticleShowsTheOriginalWithANoticeInTheReadersLanguage() {
        Document fr = pages.get("fr/articles/b/index.html");
        Element notice = fr.selectFirst(".story-head .notice");
        assertNotNull(notice);
        assertEquals("Cet article n’est pas encore traduit ; voici l’original en anglais.",
                notice.text().replace('\u202F', ' '));
        assertEquals("fr", notice.closest("[lang]").attr("lang"), "the notice is in the reader's language");
        assertEquals("en", fr.selectFirst("h1").attr("lang"));
        assertFalse(fr.select(".row .cell").isEmpty());
        assertTrue(fr.select(".row .cell").stream().allMatch(c -> c.attr("lang").equals("en")), "the text is marked English");
        assertNotNull(pages.get("en/articles/c/index.html").selectFirst(".notice"));
        assertNull(pages.get("en/articles/a/index.html").selectFirst(".notice"));
    }

    @Test
    void noHreflangClaimsATranslationThatDoesNotExist() {
        for (String path : List.of("fr/articles/b/index.html", "en/articles/b/index.html")) {
            assertTrue(pages.get(path).select("[hreflang=fr]").isEmpty(), path);
        }
        for (String path : List.of("fr/articles/c/index.html", "en/articles/c/index.html")) {
            assertTrue(pages.get(path).select("[hreflang=en]").isEmpty(), path);
        }
        assertFalse(pages.get("fr/articles/a/index.html").select("link[hreflang=en]").isEmpty());
    }

    @Test
    void untranslatedPageNamesTheOriginalAsCanonicalAndStaysOutOfTheSitemap() throws Exception {
        assertEquals(BASE + "en/articles/b/index.html",
                pages.get("fr/articles/b/index.html").selectFirst("link[rel=canonical]").attr("href"));
        String xml = read("sitemap.xml");
        assertFalse(xml.contains("<loc>" + BASE + "fr/articles/b/index.html</loc>"));
        assertFalse(xml.contains("<loc>" + BASE + "en/articles/c/index.html</loc>"));
        assertTrue(xml.contains("<loc>" + BASE + "en/articles/b/index.html</loc>"));
    }

    @Test
    void homeAndPersonPagesMarkAnArticleThatIsNotInTheirLanguage() {
        Element item = pages.get("en/index.html").select(".article-list > li").stream()
                .filter(li -> li.text().contains("Élysée")).findFirst().orElseThrow();
        assertEquals("In French, not translated", item.selectFirst(".tag").text());
        assertEquals("fr", item.selectFirst("h2").attr("lang"));
        Element translated = pages.get("en/index.html").select(".article-list > li").stream()
                .filter(li -> li.text().contains("Leaving Lumen")).findFirst().orElseThrow();
        assertNull(translated.selectFirst(".tag"));
    }

    /** The JSON-LD of a page, parsed. */
    static JsonNode jsonLd(String path) throws IOException {
        Element script = pages.get(path).selectFirst("head script[type=application/ld+json]");
        assertNotNull(script, path);
        return new ObjectMapper().readTree(script.data());
    }

    @Test
    void articlePageDescribesTheArticleAsNewsArticleWithItsTranslation() throws Exception {
        JsonNode root = jsonLd("fr/articles/a/index.html");
        assertEquals("https://schema.org", root.path("@context").asText());
        JsonNode article = root.path("@graph").get(0);
        assertEquals("NewsArticle", article.path("@type").asText());
        assertEquals("Départ chez Lumen", article.path("headline").asText());
        assertEquals("2026-01-10", article.path("datePublished").asText());
        assertEquals("fr", article.path("inLanguage").asText());
        assertEquals(BASE + "en/articles/a/index.html#article", article.path("workTranslation").get(0).path("@id").asText());
        assertEquals(1, article.path("citation").size(), "only the source with a URL");
        assertEquals("https://example.org/lettre", article.path("citation").get(0).path("url").asText());
        JsonNode english = jsonLd("en/articles/a/index.html").path("@graph").get(0);
        assertEquals(BASE + "fr/articles/a/index.html#article", english.path("translationOfWork").path("@id").asText());
        assertEquals("en", english.path("inLanguage").asText());
    }

    @Test
    void eachQuotationIsAQuotationSpokenByAPersonAndPartOfTheArticle() throws Exception {
        JsonNode graph = jsonLd("en/articles/a/index.html").path("@graph");
        JsonNode first = graph.get(1);
        assertEquals("Quotation", first.path("@type").asText());
        assertEquals("We are leaving.", first.path("text").asText());
        assertEquals("Person", first.path("spokenByCharacter").path("@type").asText());
        assertEquals("Jeanne Dupont", first.path("spokenByCharacter").path("name").asText());
        assertEquals(graph.get(0).path("@id").asText(), first.path("isPartOf").path("@id").asText());
        assertEquals(BASE + "en/articles/a/index.html#p1", first.path("url").asText());
    }

    @Test
    void creditTextComesFromTheArticle() throws Exception {
        assertEquals("Agence Lumen", jsonLd("en/articles/a/index.html").path("@graph").get(0).path("creditText").asText());
        assertTrue(jsonLd("en/articles/b/index.html").path("@graph").get(0).path("creditText").isMissingNode());
    }

    @Test
    void personPageDescribesAPerson() throws Exception {
        JsonNode person = jsonLd("fr/personnes/jeanne-dupont/index.html");
        assertEquals("Person", person.path("@type").asText());
        assertEquals("Jeanne Dupont", person.path("name").asText());
        assertEquals(BASE + "fr/articles/a/index.html", person.path("subjectOf").get(0).path("url").asText());
    }

    @Test
    void pagesCarryOpenGraphAndADescription() {
        Document fr = pages.get("fr/articles/a/index.html");
        assertEquals("Départ chez Lumen", fr.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("article", fr.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("fr_FR", fr.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en_US", fr.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertEquals(BASE + "fr/articles/a/index.html", fr.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(fr.selectFirst("meta[name=description]").attr("content").startsWith("Jeanne Dupont"));
        assertTrue(pages.get("fr/articles/c/index.html").select("meta[property=og:locale:alternate]").isEmpty(),
                "no alternate locale for an article in one language");
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            assertNotNull(page.getValue().selectFirst("meta[name=description]"), page.getKey());
        }
    }

    @Test
    void openDataHoldsEveryQuotationAndPersonAndMatchesItsSchemas() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.networknt.schema.JsonSchema quoteSchema = OpenDataTest.schema("quotes.schema.json");
        List<String> lines = read("data/quotes.jsonl").lines().toList();
        int shownInIndex = pages.get("fr/citations/index.html").select(".quote-entry").size();
        assertEquals(shownInIndex, lines.size(), "as many lines as the quote index shows quotations");
        for (String line : lines) {
            assertEquals(java.util.Set.of(), quoteSchema.validate(json.readTree(line)), line);
        }
        JsonNode people = json.readTree(read("data/people.json"));
        assertEquals(java.util.Set.of(), OpenDataTest.schema("people.schema.json").validate(people));
        assertEquals(pages.get("fr/personnes/index.html").select(".people-list li").size(), people.size());
        assertEquals(read("data/quotes.schema.json"), new String(PublishIT.class
                .getResourceAsStream("/verbatim/site/data/quotes.schema.json").readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void timelineListsTheYearsAndEachDateWithItsSentenceAndParagraph() {
        Document index = pages.get("fr/chronologie/index.html");
        assertEquals(List.of("2025", "2026"), index.select(".year-list a").eachText());
        Document y2026 = pages.get("fr/chronologie/2026/index.html");
        Element item = y2026.selectFirst(".timeline > li:has(time[datetime=2026-01-09])");
        assertNotNull(item, y2026.select(".timeline").outerHtml());
        assertTrue(item.selectFirst(".moment").text().startsWith("Le 9 janvier"), item.text());
        assertEquals("fr", item.selectFirst(".moment").attr("lang"));
        assertEquals("fr/articles/a/index.html#p2", resolve("fr/chronologie/2026/index.html",
                item.selectFirst(".quote-meta a").attr("href")));
        assertNotNull(pages.get("en/timeline/2026/index.html"));
    }

    @Test
    void timelineOrdersDatesByCalendarAtThePrecisionWritten() {
        Document y2025 = pages.get("fr/chronologie/2025/index.html");
        List<String> values = y2025.select(".timeline time").eachAttr("datetime");
        assertEquals(values.stream().sorted().toList(), values);
        assertTrue(values.contains("2025-10") && values.contains("2025-10-02"), values.toString());
        Element english = y2025.selectFirst(".timeline > li:has(time[datetime=2025-10-02]) .moment");
        assertEquals("en", english.attr("lang"), "the untranslated article's sentence is marked English");
    }

    @Test
    void timelineShowsEveryDateTheAnalysisFinds() throws Exception {
        int found = 0;
        for (String file : List.of("a.fr.md", "b.en.md", "c.fr.md")) {
            Run analyzed = Run.of("analyze", dir.resolve("content").resolve(file).toString(), "--format", "json");
            found += new ObjectMapper().readTree(analyzed.out()).path("dates").size();
        }
        int shown = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (page.getKey().matches("fr/chronologie/\\d{4}/index.html")) {
                shown += page.getValue().select(".timeline > li").size();
            }
        }
        assertTrue(found >= 3, "dates found: " + found);
        assertEquals(found, shown);
    }

    @Test
    void peopleAreListedBySurnameUnderTheirLetter() {
        Document people = pages.get("fr/personnes/index.html");
        List<String> names = people.select(".people-list a").eachText();
        assertEquals(List.of("Émilie Bérard", "Jeanne Dupont", "Prince Harry", "Yann Le Gall"), names);
        assertEquals(List.of("B", "D", "H", "L"), people.select("section.letter h2").eachText());
        assertEquals("Yann Le Gall", people.getElementById("letter-l").selectFirst("li a").text());
    }

    @Test
    void jumpBarHasEveryLetterAndLinksThoseWithNames() {
        Document people = pages.get("en/people/index.html");
        assertEquals(26, people.select(".jump li").size());
        assertEquals(List.of("#letter-b", "#letter-d", "#letter-h", "#letter-l"), people.select(".jump a").eachAttr("href"));
        Document quotes = pages.get("en/quotes/index.html");
        assertFalse(quotes.select(".jump a").isEmpty());
        for (String href : quotes.select(".jump a").eachAttr("href")) {
            assertNotNull(quotes.getElementById(href.substring(1)), href);
        }
    }

    @Test
    void embeddedPostIsCaptionedInTheLanguageOfItsText() {
        Element caption = pages.get("fr/articles/b/index.html").selectFirst("figure.embed figcaption");
        assertNotNull(caption);
        assertEquals("en", caption.closest("[lang]").attr("lang"));
        assertTrue(caption.text().startsWith("Post by"), caption.text());
    }

    @Test
    void notFoundPagesSpeakEachLanguageAndHoldTheirLinksAtAnyAddress() throws Exception {
        Document fr = pages.get("fr/404.html");
        assertEquals("Page introuvable", fr.selectFirst("h1").text());
        assertEquals(BASE + "fr/404.html", fr.selectFirst("base").attr("href"));
        assertEquals("noindex", fr.selectFirst("meta[name=robots]").attr("content"));
        Document root = pages.get("404.html");
        assertEquals(List.of("fr", "en"), root.select(".not-found").eachAttr("lang"));
        assertEquals("Page not found", root.select(".not-found[lang=en] .not-found-title").text());
        String xml = read("sitemap.xml");
        assertFalse(xml.contains("404.html"), "404 pages stay out of the sitemap");
    }

    @Test
    void everyPageHasTheSvgIconAndTheStylesheetHasDarkAndPrintRules() throws Exception {
        assertTrue(read("favicon.svg").startsWith("<svg"));
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element icon = page.getValue().selectFirst("link[rel=icon][type=image/svg+xml]");
            assertNotNull(icon, page.getKey());
        }
        String css = read("style.css");
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("attr(href)"), "print shows where outside links lead");
    }

    /** The documents of the search index of {@code lang} that hold a word beginning with {@code prefix}. */
    static List<JsonNode> searchFor(String lang, String prefix) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String shard = verbatim.site.search.Fold.shard(prefix);
        JsonNode words = json.readTree(read("search/" + lang + "/t/" + shard + ".json"));
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        words.fieldNames().forEachRemaining(w -> {
            if (w.startsWith(prefix)) {
                int n = 0;
                for (String gap : words.get(w).asText().split(",")) {
                    n += Integer.parseInt(gap, 36);
                    ids.add(n);
                }
            }
        });
        List<JsonNode> docs = new java.util.ArrayList<>();
        for (int id : ids) {
            int file = id / verbatim.site.search.SearchIndex.DOCS_PER_FILE;
            docs.add(json.readTree(read("search/" + lang + "/d/" + file + ".json"))
                    .get(id % verbatim.site.search.SearchIndex.DOCS_PER_FILE));
        }
        return docs;
    }

    @Test
    void searchIndexFindsArticlesQuotationsAndPeopleWithoutAccents() throws Exception {
        List<JsonNode> elysee = searchFor("en", "elysee");
        assertEquals(1, elysee.size());
        assertEquals("Élysée : une annonce", elysee.get(0).get(1).asText());
        assertEquals("article", elysee.get(0).get(0).asText());
        List<JsonNode> gall = searchFor("fr", "gal");
        assertEquals("person", gall.get(0).get(0).asText(), "people come first");
        assertEquals("Yann Le Gall", gall.get(0).get(1).asText());
        List<JsonNode> partons = searchFor("fr", "partons");
        assertEquals("quote", partons.get(partons.size() - 1).get(0).asText());
        assertEquals("fr/articles/a/index.html#p1", partons.get(partons.size() - 1).get(3).asText());
    }

    @Test
    void everyPageHasASearchBoxAndTheSearchPageSaysWhatToDoWithoutScript() {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (!page.getKey().contains("/")) {
                continue;
            }
            Element box = page.getValue().selectFirst("form.search-box[role=search]");
            assertNotNull(box, page.getKey());
            String lang = page.getKey().substring(0, 2);
            assertEquals(lang.equals("fr") ? "fr/recherche/index.html" : "en/search/index.html",
                    resolve(page.getKey(), box.attr("action")), page.getKey());
        }
        Document search = pages.get("fr/recherche/index.html");
        assertNotNull(search.selectFirst("noscript"));
        assertEquals("search.js", resolve("fr/recherche/index.html", search.selectFirst("script[src]").attr("src")));
    }

    /** The {@code <url>} element of the sitemap whose loc is {@code loc}. */
    static String urlEntry(String xml, String loc) {
        int at = xml.indexOf("<loc>" + loc + "</loc>");
        assertTrue(at > 0, "no url " + loc);
        return xml.substring(at, xml.indexOf("</url>", at));
    }
}
