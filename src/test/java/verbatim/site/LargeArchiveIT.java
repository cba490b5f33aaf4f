package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * An archive larger than one page of each list: the home, the quote index (a speaker's group too), a person's page and
 * a year of the timeline are split, and every link holds.
 */
class LargeArchiveIT {

    @TempDir
    Path dir;

    private static final String[] FIRST = {"Claire", "Louis", "Nadia", "Paul", "Inès", "Marc"};
    private static final String[] LAST = {"Dubois", "Moreau", "Benali", "Fontaine", "Girard", "Lambert"};
    /** Slugs that are also the names of folders the site writes. */
    private static final String[] FOLDERS = {"page", "people", "personnes", "quotes", "citations", "articles",
        "search", "recherche", "timeline", "chronologie", "data", "index", "atom", "sitemap", "fr", "en", "2025"};

    @Test
    void longListsArePaginatedAndEveryLinkResolves() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        int articles = 120;
        for (int i = 0; i < articles; i++) {
            String name = FIRST[i % 6] + " " + LAST[(i / 6) % 6];
            String date = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
            String correction = i == 0 ? "quotes:\n  - paragraph: 2\n    text: \"calendrier\"\n    speaker: Page\n" : "";
            String fr = "---\ntitle: \"Article " + i + "\"\ndate: " + date + "\noriginal: fr\n" + correction + "---\n\n"
                    + name + ", directrice de recherche, a déclaré : « Nous publierons le rapport " + i + " bientôt. »\n\n"
                    + "« Le calendrier est tenu », a ajouté " + name + ".\n";
            String en = "---\ntitle: \"Article " + i + "\"\ndate: " + date + "\noriginal: fr\n---\n\n"
                    + name + ", a research director, said: “We will publish report " + i + " soon.”\n\n"
                    + "“The schedule is on track,” " + name + " added.\n";
            String slug = i < FOLDERS.length ? FOLDERS[i] : "a" + i;
            Files.writeString(content.resolve(slug + ".fr.md"), fr, StandardCharsets.UTF_8);
            Files.writeString(content.resolve(slug + ".en.md"), en, StandardCharsets.UTF_8);
        }
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        Map<String, Document> pages = Links.pages(site);
        for (String lang : List.of("fr", "en")) { // articles and a person named as the site's folders: no clash
            for (String slug : FOLDERS) {
                assertEquals("Article " + List.of(FOLDERS).indexOf(slug),
                        pages.get(Urls.article(lang, slug)).selectFirst("h1").text(), lang + " article " + slug);
            }
            assertEquals("Page", pages.get(Urls.person(lang, "page")).selectFirst("h1").text());
            assertEquals(2, pages.get(Urls.homePage(lang, 2)).select("[rel=prev], [rel=next]").size());
        }
        int homePages = (articles + Indexes.PAGE_SIZE - 1) / Indexes.PAGE_SIZE;
        for (int n = 2; n <= homePages; n++) {
            assertTrue(pages.containsKey("fr/page/" + n + "/index.html"), "home page " + n);
        }
        int shownOnHome = 0;
        for (int n = 1; n <= homePages; n++) {
            shownOnHome += pages.get(n == 1 ? "en/index.html" : "en/page/" + n + "/index.html").select(".article-list > li").size();
        }
        assertEquals(articles, shownOnHome);
        int quotes = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (e.getKey().startsWith("fr/citations/")) {
                quotes += e.getValue().select(".quote-entry").size();
            }
        }
        assertEquals(2 * articles, quotes, "every quotation on some page of the index");
        assertTrue(pages.containsKey("fr/citations/page/2/index.html"), "the quote index is split");
        Set<String> speakers = new HashSet<>();
        Set<String> jumps = new HashSet<>();
        int[] quotePages = new int[2];
        for (String lang : List.of("fr", "en")) {
            int n = 1;
            for (Document page; (page = pages.get(Urls.quotesPage(lang, n))) != null; n++) {
                List<String> listed = page.select(".speaker-index .letter a").eachAttr("href");
                List<String> groups = new java.util.ArrayList<>();
                page.select("section.speaker").eachAttr("id").forEach(id -> groups.add("#" + id));
                assertEquals(groups, listed, lang + " page " + n + ": the speakers listed are those of the page");
                assertEquals(26, page.select(".jump li").size(), lang + " page " + n + ": the A–Z bar");
                jumps.add(lang + " " + java.net.URI.create("https://site/" + Urls.quotesPage(lang, n))
                        .resolve(page.selectFirst(".jump a:matchesOwn(^L$)").attr("href")));
                page.select(".speaker-index .letter a").eachText().forEach(speakers::add);
            }
            quotePages[lang.equals("fr") ? 0 : 1] = n - 1;
        }
        assertEquals(quotePages[0], quotePages[1], "as many pages of the quote index in both languages");
        assertEquals(37, speakers.size(), "every speaker listed on some page (Page by correction too)");
        assertEquals(2, jumps.size(), "L of the A–Z bar leads to one place from every page: " + jumps);
        List<String> broken = Links.broken(site, pages);
        assertTrue(broken.isEmpty(), String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
    }

    /** Builds {@code articles} French articles, each with two quotations of Claire Dubois; the site's pages. */
    private Map<String, Document> oneSpeakerArchive(int articles) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i < articles; i++) {
            String date = String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
            String fr = "---\ntitle: \"Article " + i + "\"\ndate: " + date + "\noriginal: fr\n---\n\n"
                    + "Claire Dubois, directrice de recherche, a déclaré : « Le rapport " + i + " est prêt. »\n\n"
                    + "« Nous le publierons », a ajouté Claire Dubois.\n";
            Files.writeString(content.resolve("p" + i + ".fr.md"), fr, StandardCharsets.UTF_8);
        }
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        Map<String, Document> pages = Links.pages(site);
        List<String> broken = Links.broken(site, pages);
        assertTrue(broken.isEmpty(), String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
        return pages;
    }

    @Test
    void speakerGroupLongerThanAPageOfTheQuoteIndexContinuesOnTheNextPage() throws Exception {
        int articles = Indexes.QUOTES_PER_PAGE / 2 + 1;
        Map<String, Document> pages = oneSpeakerArchive(articles);
        Document first = pages.get(Urls.quotesPage("fr", 1));
        Document second = pages.get(Urls.quotesPage("fr", 2));
        assertTrue(second != null, "a second page");
        assertTrue(!pages.containsKey(Urls.quotesPage("fr", 3)));
        assertEquals(Indexes.QUOTES_PER_PAGE, first.select(".quote-entry").size());
        assertEquals(2 * articles - Indexes.QUOTES_PER_PAGE, second.select(".quote-entry").size());
        assertEquals("Claire Dubois", first.selectFirst("#s-claire-dubois-name").text());
        assertEquals("Claire Dubois (suite)", second.selectFirst("#s-claire-dubois-name").text());
    }

    @Test
    void longPersonPageIsPaginatedLikeTheHomePage() throws Exception {
        int articles = Indexes.PERSON_PAGE_SIZE + 1;
        Map<String, Document> pages = oneSpeakerArchive(articles);
        int quotes = 0;
        int mentioned = 0;
        for (int n = 1; n <= 3; n++) {
            Document page = pages.get(Urls.personPage("fr", "claire-dubois", n));
            assertTrue(page != null, "person page " + n);
            quotes += page.select(".quote-entry").size();
            mentioned += page.select(".plain-list li").size();
        }
        assertEquals(2 * articles, quotes, "every quotation on some page");
        assertEquals(articles, mentioned, "every article on some page");
        assertTrue(!pages.containsKey(Urls.personPage("fr", "claire-dubois", 4)));
        assertEquals(1, pages.get(Urls.personPage("fr", "claire-dubois", 2)).select(".pager a[rel=next]").size());
    }

    @Test
    void longYearOfTheTimelineIsSplitIntoLinkedPagesWithEveryDateOnce() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        int articles = Timeline.DATES_PER_PAGE / 2 + 10; // two dates of March 2024 each: more than a page
        for (int i = 0; i < articles; i++) {
            String fr = "---\ntitle: \"Article " + i + "\"\ndate: 2025-01-" + String.format("%02d", 1 + i % 28)
                    + "\noriginal: fr\n---\n\nLe " + (1 + i % 28) + " mars 2024, la commission " + i
                    + " s’est réunie à Lyon.\n\nElle a rendu son avis le " + (1 + (i + 7) % 28)
                    + " mars 2024, puis s’est séparée en mai 2024.\n";
            Files.writeString(content.resolve("t" + i + ".fr.md"), fr, StandardCharsets.UTF_8);
        }
        Path site = dir.resolve("site");
        String base = "https://archive.example.org/";
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--base-url", base);
        assertEquals(0, run.exit(), run.err());
        Map<String, Document> pages = Links.pages(site);
        List<String> broken = Links.broken(site, pages, base);
        assertTrue(broken.isEmpty(), String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        for (String lang : List.of("fr", "en")) {
            Set<String> seen = new HashSet<>();
            int dates = 0;
            int n = 1;
            for (Document page; (page = pages.get(Urls.timelinePage(lang, 2024, n))) != null; n++) {
                List<Element> items = page.select("ol.timeline > li");
                assertTrue(items.size() <= Timeline.DATES_PER_PAGE, lang + " page " + n + ": " + items.size());
                for (Element item : items) {
                    dates++;
                    seen.add(item.selectFirst("time").attr("datetime") + " " + item.selectFirst("a").attr("href")
                            .replaceAll("^(\\.\\./)+", ""));
                }
                assertEquals(n > 1, page.selectFirst(".pager a[rel=prev]") != null, lang + " page " + n);
                assertTrue(sitemap.contains(base + Urls.timelinePage(lang, 2024, n)), lang + " page " + n + " in the sitemap");
                assertTrue(page.selectFirst("link[rel=alternate][hreflang=" + (lang.equals("fr") ? "en" : "fr") + "]")
                        .attr("href").endsWith(Urls.timelinePage(lang.equals("fr") ? "en" : "fr", 2024, n)));
            }
            assertEquals(2, n - 1, lang + ": pages of 2024");
            assertEquals(3 * articles, dates, lang + ": every date shown");
            assertEquals(3 * articles, seen.size(), lang + ": every date once");
            Document second = pages.get(Urls.timelinePage(lang, 2024, 2));
            assertTrue(second.selectFirst("#m2024-03-title").text().endsWith(lang.equals("fr") ? "(suite)" : "(continued)"),
                    "a month cut between pages is continued");
            assertEquals(1, pages.get(Urls.timelinePage(lang, 2024, 1)).select(".pager a[rel=next]").size());
        }
    }

    @Test
    void peopleListLongerThanAPageIsSplitByLetterWithEveryoneOnce() throws Exception {
        String[] given = {"Claire", "Louis", "Nadia", "Paul", "Inès", "Marc", "Sophie", "Julien", "Camille", "Thomas",
            "Léa", "Nicolas", "Emma", "Antoine", "Chloé", "Hugo", "Manon", "Lucas", "Sarah", "Pierre", "Julie",
            "Maxime", "Laura", "Alexandre", "Pauline", "Mathieu", "Marie", "Anne", "Olivier", "Isabelle"};
        String[] surnames = {"Arnaud", "Bernard", "Blanc", "Chevalier", "Colin", "Dubois", "Durand", "Faure",
            "Fontaine", "Garnier", "Girard", "Lambert", "Leroy", "Martin", "Mercier", "Moreau", "Perrin", "Roux",
            "Simon", "Vidal"};
        Path content = Files.createDirectories(dir.resolve("content"));
        int perArticle = 12;
        int named = given.length * surnames.length; // more than a page of the people list
        for (int a = 0; a * perArticle < named; a++) {
            StringBuilder fr = new StringBuilder("---\ntitle: \"Réunion " + a + "\"\ndate: 2025-03-"
                    + String.format("%02d", 1 + a % 28) + "\noriginal: fr\n---\n");
            for (int k = a * perArticle; k < Math.min(named, (a + 1) * perArticle); k++) {
                fr.append("\n").append(given[k % given.length]).append(' ').append(surnames[k / given.length])
                        .append(", directrice de recherche, a déclaré : « Le point ").append(k).append(" est réglé. »\n");
            }
            Files.writeString(content.resolve("r" + a + ".fr.md"), fr.toString(), StandardCharsets.UTF_8);
        }
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        Map<String, Document> pages = Links.pages(site);
        List<String> broken = Links.broken(site, pages);
        assertTrue(broken.isEmpty(), String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
        long personPages = pages.keySet().stream()
                .filter(p -> p.matches("en/people/[^/]+/index\\.html") && !p.startsWith("en/people/page/")).count();
        assertTrue(personPages > Indexes.PEOPLE_PER_PAGE, personPages + " people");
        Set<String> listed = new HashSet<>();
        int shown = 0;
        int n = 1;
        for (Document page; (page = pages.get(Urls.peoplePage("en", n))) != null; n++) {
            List<Element> links = page.select(".people-list a");
            assertTrue(links.size() <= Indexes.PEOPLE_PER_PAGE, "page " + n + ": " + links.size());
            shown += links.size();
            links.forEach(l -> listed.add(l.attr("href").replaceAll("^(\\.\\./)+", "")));
            assertEquals(n > 1, page.selectFirst(".pager a[rel=prev]") != null, "page " + n);
            assertEquals(26, page.select(".jump li").size(), "the A–Z bar on page " + n);
        }
        assertTrue(n - 1 >= 2, "pages of the people list: " + (n - 1));
        assertEquals(personPages, shown, "everyone listed");
        assertEquals(personPages, listed.size(), "everyone listed once");
    }
}
