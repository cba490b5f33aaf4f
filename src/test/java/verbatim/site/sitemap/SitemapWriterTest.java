package verbatim.site.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class SitemapWriterTest {

    private static final String BASE = "https://archive.example.org/";

    private static SitemapUrl url(int i) {
        Map<String, String> alternates = new LinkedHashMap<>();
        alternates.put("fr", BASE + "fr/articles/a" + i + "/index.html");
        alternates.put("en", BASE + "en/articles/a" + i + "/index.html");
        alternates.put("x-default", BASE + "index.html");
        return new SitemapUrl(BASE + "fr/articles/a" + i + "/index.html", LocalDate.of(2026, 2, 12), alternates);
    }

    private static List<SitemapUrl> urls(int n) {
        List<SitemapUrl> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(url(i));
        }
        return out;
    }

    @Test
    void sitemapWithAlternatesIsValidAgainstTheSitemapsOrgSchema() throws Exception {
        Map<String, String> files = SitemapWriter.files(urls(3), BASE, SitemapWriter.MAX_URLS);
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        SitemapSchema.validateUrlset(files.get("sitemap.xml"));
        assertTrue(files.get("sitemap.xml").contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\""
                + BASE + "index.html\"/>"), files.get("sitemap.xml"));
    }

    @Test
    void schemaRefusesAnUrlWithoutLoc() {
        String bad = SitemapWriter.files(urls(1), BASE, 10).get("sitemap.xml").replaceAll("<loc>[^<]*</loc>", "");
        assertThrows(SAXException.class, () -> SitemapSchema.validateUrlset(bad));
    }

    @Test
    void moreUrlsThanOneFileHoldsGiveAnIndexOfValidParts() throws Exception {
        Map<String, String> files = SitemapWriter.files(urls(5), BASE, 2);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"),
                List.copyOf(files.keySet()));
        SitemapSchema.validateIndex(files.get("sitemap.xml"));
        assertTrue(files.get("sitemap.xml").contains("<loc>" + BASE + "sitemap-3.xml</loc>"));
        int listed = 0;
        for (int i = 1; i <= 3; i++) {
            String part = files.get("sitemap-" + i + ".xml");
            SitemapSchema.validateUrlset(part);
            listed += part.split("<url>", -1).length - 1;
        }
        assertEquals(5, listed);
    }

    @Test
    void fiftyThousandUrlsStillFitOneFileAndOneMoreSplitsThem() {
        assertEquals(1, SitemapWriter.files(urls(SitemapWriter.MAX_URLS), BASE, SitemapWriter.MAX_URLS).size());
        Map<String, String> split = SitemapWriter.files(urls(SitemapWriter.MAX_URLS + 1), BASE, SitemapWriter.MAX_URLS);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), List.copyOf(split.keySet()));
    }

    @Test
    void aFileIsCutBeforeItWouldPassTheByteLimit() throws Exception {
        int one = SitemapWriter.files(urls(1), BASE, 10).get("sitemap.xml").getBytes(StandardCharsets.UTF_8).length;
        int two = SitemapWriter.files(urls(2), BASE, 10).get("sitemap.xml").getBytes(StandardCharsets.UTF_8).length;
        Map<String, String> files = SitemapWriter.files(urls(5), BASE, 10, two); // two URLs fit a file, not three
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"),
                List.copyOf(files.keySet()));
        assertTrue(two > one);
        for (int i = 1; i <= 3; i++) {
            String part = files.get("sitemap-" + i + ".xml");
            SitemapSchema.validateUrlset(part);
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= two, part);
        }
        assertEquals(1, files.get("sitemap-3.xml").split("<url>", -1).length - 1);
        assertEquals(SitemapWriter.MAX_BYTES, 50L * 1024 * 1024, "the sitemaps.org limit, uncompressed");
    }

    @Test
    void robotsNamesTheSitemapOnlyByItsAbsoluteAddress() {
        assertTrue(SitemapWriter.robots(BASE).contains("Sitemap: " + BASE + "sitemap.xml\n"));
        assertTrue(SitemapWriter.robots("").lines().noneMatch(l -> l.startsWith("Sitemap:")));
    }
}
