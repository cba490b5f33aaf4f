package verbatim.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagUriTest {

    @Test
    void authorityIsTheBaseUrlsHostAsADnsName() {
        assertEquals("archive.example.org", TagUri.authority("https://Archive.Example.ORG/"));
        assertEquals("archive.example.org", TagUri.authority("https://user@archive.example.org.:8443/presse/"));
        assertEquals("xn--caf-dma.example", TagUri.authority("https://café.example/"));
        assertEquals("127.0.0.1", TagUri.authority("http://127.0.0.1:1313/"));
    }

    @Test
    void aHostThatIsNoDnsNameGivesTheReservedInvalidOne() {
        assertEquals(TagUri.NO_HOST, TagUri.authority(""));
        assertEquals(TagUri.NO_HOST, TagUri.authority("http://[::1]:1313/"));
        assertEquals(TagUri.NO_HOST, TagUri.authority("https://my_host.example/"));
    }

    @Test
    void theBaseUrlsPathStartsTheSpecificPart() {
        assertEquals("", TagUri.prefix("https://archive.example.org/"));
        assertEquals("", TagUri.prefix(""));
        assertEquals("presse/archives/", TagUri.prefix("https://example.org/presse/archives"));
        assertEquals("tag:example.org,2026:presse/fr/atom.xml", TagUri.of("example.org", "2026", "presse/fr/atom.xml"));
    }

    @Test
    void charactersATagMayNotHoldArePercentEncoded() {
        assertEquals("tag:example.org,2026:r%C3%A9sum%C3%A9/a%20b", TagUri.of("example.org", "2026", "résumé/a b"));
    }

    @Test
    void theDateIsAYearAMonthOrARealDay() {
        assertNull(TagUri.dateProblem("2026"));
        assertNull(TagUri.dateProblem("2019-05"));
        assertNull(TagUri.dateProblem("2024-02-29"));
        assertTrue(TagUri.dateProblem("2025-02-29").contains("no calendar day"));
        assertTrue(TagUri.dateProblem("2019-13").contains("no calendar day"));
        assertTrue(TagUri.dateProblem("26").contains("YYYY"));
        assertTrue(TagUri.dateProblem("2026-1-5").contains("YYYY"));
    }
}
