package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void pagesOfEachLanguageUseItsOwnWords() {
        assertEquals("fr/citations/index.html", Urls.quotes("fr"));
        assertEquals("en/quotes/index.html", Urls.quotes("en"));
        assertEquals("fr/personnes/jeanne-dupont/index.html", Urls.person("fr", "jeanne-dupont"));
        assertEquals("en/articles/a/index.html", Urls.article("en", "a"));
    }

    @Test
    void firstPageOfAListIsTheListItself() {
        assertEquals("fr/index.html", Urls.homePage("fr", 1));
        assertEquals("fr/page/3/index.html", Urls.homePage("fr", 3));
        assertEquals("en/quotes/page/2/index.html", Urls.quotesPage("en", 2));
    }

    @Test
    void linksAreRelativeToThePage() {
        assertEquals("../../../en/quotes/index.html", Urls.href(Urls.article("fr", "a"), Urls.quotes("en")));
        assertEquals("fr/index.html", Urls.href(Urls.root(), Urls.home("fr")));
        assertEquals("../../", Urls.rootOf(Urls.quotes("fr")));
    }

    /**
     * An article or a person whose slug is the name of a folder the site writes ({@code page}, {@code people}, a
     * year…) cannot share a path with another page: articles live under {@code <lang>/articles/}, where nothing else
     * is written, and a list's pages are {@code …/page/<number>/}, where no person's page is.
     */
    @Test
    void noSlugMakesAPathThatAnotherPageHas() {
        List<String> slugs = List.of("page", "people", "personnes", "quotes", "citations", "articles", "search",
                "recherche", "timeline", "chronologie", "data", "index", "atom", "sitemap", "fr", "en", "2", "2025");
        List<String> paths = new ArrayList<>(List.of(Urls.root(), Urls.notFound(null), Urls.style(), Urls.favicon(),
                Urls.searchScript(), "sitemap.xml", "sitemap-1.xml", "robots.txt", "data/quotes.jsonl",
                "data/people.json"));
        for (String lang : List.of("fr", "en")) {
            paths.addAll(List.of(Urls.feed(lang), Urls.search(lang), Urls.notFound(lang), Urls.timeline(lang)));
            for (int n = 1; n <= 3; n++) {
                paths.addAll(List.of(Urls.homePage(lang, n), Urls.quotesPage(lang, n), Urls.peoplePage(lang, n),
                        Urls.timelinePage(lang, 2025, n), Urls.timelinePage(lang, 2, n)));
            }
            for (String slug : slugs) {
                paths.addAll(List.of(Urls.article(lang, slug), Urls.personFeed(lang, slug)));
                for (int n = 1; n <= 3; n++) {
                    paths.add(Urls.personPage(lang, slug, n));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (String path : paths) {
            assertTrue(seen.add(path), "two pages at " + path);
        }
        for (String path : paths) { // nor is a file where another's folder is
            for (String other : paths) {
                assertFalse(other.startsWith(path + "/"), path + " is a file and a folder of " + other);
            }
        }
    }
}
