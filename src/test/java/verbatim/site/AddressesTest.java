package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressesTest {

    private static final String BASE = "https://archive.example.org/";
    private static final Addresses FILES = new Addresses(BASE, false);
    private static final Addresses CLEAN = new Addresses(BASE, true);

    @Test
    void fileLinksNameThePageFile() {
        assertEquals("../../../en/articles/a/index.html", FILES.href(Urls.article("fr", "b"), Urls.article("en", "a")));
        assertEquals(BASE + "fr/articles/a/index.html", FILES.absolute(Urls.article("fr", "a")));
        assertEquals("index.html", FILES.href(Urls.root(), Urls.root()));
    }

    @Test
    void cleanLinksEndAtThePagesFolder() {
        assertEquals("../../../en/articles/a/", CLEAN.href(Urls.article("fr", "b"), Urls.article("en", "a")));
        assertEquals(BASE + "fr/articles/a/", CLEAN.absolute(Urls.article("fr", "a")));
        assertEquals(BASE + "fr/articles/a/#p2", CLEAN.absolute(Urls.article("fr", "a") + "#p2"));
        assertEquals(BASE, CLEAN.absolute(Urls.root()));
        assertEquals("en/search/?q=dupont", CLEAN.form(Urls.search("en") + "?q=dupont"));
        assertEquals("../", CLEAN.href(Urls.home("fr"), Urls.root()));
        assertEquals("./", CLEAN.href(Urls.root(), Urls.root()), "never an empty link");
    }

    @Test
    void filesThatAreNoPagesKeepTheirName() {
        assertEquals("../../../fr/atom.xml", CLEAN.href(Urls.article("fr", "a"), Urls.feed("fr")));
        assertEquals(BASE + "fr/404.html", CLEAN.absolute(Urls.notFound("fr")));
        assertEquals("../style.css", CLEAN.href(Urls.home("fr"), Urls.style()));
    }

    @Test
    void withoutABaseUrlAddressesAreRelative() {
        Addresses relative = new Addresses("", false);
        assertEquals("../../../en/articles/a/index.html", relative.url(Urls.article("fr", "b"), Urls.article("en", "a")));
        assertEquals(BASE + "en/articles/a/", CLEAN.url(Urls.article("fr", "b"), Urls.article("en", "a")));
    }

    @Test
    void aCleanLinkLeadsBackToThePagesFile() {
        assertEquals("fr/articles/a/index.html", CLEAN.sitePath(Urls.home("en"), BASE + "fr/articles/a/"));
        assertEquals("fr/articles/a/index.html#p2", CLEAN.sitePath(Urls.article("fr", "b"), "../a/#p2"));
        assertEquals("index.html", CLEAN.sitePath(Urls.home("fr"), "../"));
        assertEquals("fr/atom.xml", CLEAN.sitePath(Urls.home("fr"), "atom.xml"));
        assertEquals("https://example.org/x", CLEAN.sitePath(Urls.home("fr"), "https://example.org/x"));
    }

    @Test
    void cleanUrlsApplyOnlyWithABaseUrl() {
        SiteConfig clean = SiteConfig.defaults().withCleanUrls(true);
        assertEquals(false, clean.addresses().clean(), "a site without a base URL may be opened from the disk");
        assertEquals(true, clean.withBaseUrl(BASE).addresses().clean());
        assertEquals(false, SiteConfig.defaults().withBaseUrl(BASE).addresses().clean(), "file links by default");
    }
}
