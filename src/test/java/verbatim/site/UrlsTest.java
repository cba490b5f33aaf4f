package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
