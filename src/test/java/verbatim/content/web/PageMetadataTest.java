package verbatim.content.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private static PageMetadata read(String html) {
        return PageMetadata.read(Jsoup.parse(html));
    }

    @Test
    void jsonLdNewsArticleBeatsOpenGraph() {
        PageMetadata m = read("<html lang=en><head><meta property=og:title content='OG title'>"
                + "<meta property=article:published_time content='2024-01-02T10:00:00Z'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"LD title\","
                + "\"datePublished\":\"2024-01-03\",\"inLanguage\":\"fr-FR\",\"author\":{\"name\":\"Ana Lima\"}}"
                + "</script></head></html>");
        assertEquals("LD title", m.title());
        assertEquals(LocalDate.of(2024, 1, 3), m.date());
        assertEquals("fr", m.lang());
        assertEquals("Ana Lima", m.author());
    }

    @Test
    void openGraphAndMetaTagsServeWhenThereIsNoJsonLd() {
        PageMetadata m = read("<html lang=fr-CA><head><title>Un titre assez long pour compter - Le Site</title>"
                + "<meta property=article:published_time content='2024-05-06T23:30:00-04:00'>"
                + "<meta name=author content='Paul Roy'><meta property=og:url content='https://a.example/x'>"
                + "</head></html>");
        assertEquals("Un titre assez long pour compter", m.title());
        assertEquals(LocalDate.of(2024, 5, 6), m.date(), "the day as published, not moved to UTC");
        assertEquals("Paul Roy", m.author());
        assertEquals("fr", m.lang());
        assertEquals("https://a.example/x", m.url());
    }

    @Test
    void canonicalLinkBeatsOgUrl() {
        PageMetadata m = read("<head><link rel=canonical href='https://a.example/canon'>"
                + "<meta property=og:url content='https://a.example/og'></head>");
        assertEquals("https://a.example/canon", m.url());
    }

    @Test
    void authorGivenByReferenceInAGraphIsResolved() {
        PageMetadata m = read("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"Article\","
                + "\"headline\":\"H\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\","
                + "\"name\":\"Zoé Marin\"}]}</script>");
        assertEquals("Zoé Marin", m.author());
    }

    @Test
    void authorThatIsAnAddressIsNotAName() {
        PageMetadata m = read("<head><meta property=article:author content='https://facebook.example/x'>"
                + "<meta name=author content='Léa Bon'></head>");
        assertEquals("Léa Bon", m.author());
    }

    @Test
    void brokenJsonLdIsSkipped() {
        PageMetadata m = read("<head><script type=application/ld+json>{not json</script>"
                + "<meta property=og:title content='T'></head>");
        assertEquals("T", m.title());
        assertNull(m.date());
    }
}
