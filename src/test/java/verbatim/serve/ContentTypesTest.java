package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.html | text/html; charset=utf-8",
            "fr/404.HTML | text/html; charset=utf-8",
            "style.css | text/css; charset=utf-8",
            "search.js | text/javascript; charset=utf-8",
            "search/fr/t/hel.json | application/json; charset=utf-8",
            "data/quotes.jsonl | application/jsonl; charset=utf-8",
            "fr/atom.xml | application/atom+xml; charset=utf-8",
            "sitemap.xml | application/xml; charset=utf-8",
            "robots.txt | text/plain; charset=utf-8",
            "favicon.svg | image/svg+xml; charset=utf-8",
            "photo.JPG | image/jpeg",
            "font.woff2 | font/woff2",
            "archive.bin | application/octet-stream",
            "README | application/octet-stream"})
    void theTypeComesFromTheNameAndTextSaysUtf8(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }

    @Test
    void onlyHtmlPagesAreHtml() {
        assertTrue(ContentTypes.isHtml("index.html"));
        assertFalse(ContentTypes.isHtml("favicon.svg"));
        assertFalse(ContentTypes.isHtml("atom.xml"));
        assertFalse(ContentTypes.isHtml("html"));
    }
}
