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

    @Test
    void microdataDateOfTheArticleBeatsTheDateOfAVideoAndTheTimeOfAChange() {
        PageMetadata m = read("<body><div itemscope itemtype='https://schema.org/VideoObject'>"
                + "<meta itemprop=datePublished content='2024-03-12T13:00:00Z'></div>"
                + "<time itemprop=dateModified datetime='2024-03-14T09:00:00Z'>14 mars</time>"
                + "<article itemscope itemtype='https://schema.org/NewsArticle'>"
                + "<meta itemprop=datePublished content='2024-03-11T19:46:00Z'><p>Texte.</p></article></body>");
        assertEquals(LocalDate.of(2024, 3, 11), m.date());
    }

    @Test
    void timeElementGivesTheDateWhenNothingElseDoes() {
        PageMetadata m = read("<body><time itemprop=dateModified datetime='2024-06-02'>2 juin</time>"
                + "<div class=info><time datetime='2024-06-01T07:00:00Z'>1er juin</time></div></body>");
        assertEquals(LocalDate.of(2024, 6, 1), m.date());
    }

    @Test
    void visibleBylineNamesTheAuthorWhenTheMetadataDoesNot() {
        assertEquals("Ana Lima", read("<body><p class=byline>By <a rel=author href='/a/ana'>Ana Lima</a> - "
                + "Apr 16, 2015 8:02 pm UTC</p></body>").author());
        assertEquals("Joe Marsh", read("<body><cite class='byline vcard'>By JOE MARSH March 11, 2015 3:46 PM"
                + "</cite></body>").author());
        assertEquals("Léa Bon", read("<body><span itemprop=author class=auteur><a href='/j/lb'>Léa Bon</a> "
                + "(avec Paul Roy)</span></body>").author());
        assertEquals("Tom Ruiz", read("<body><div class=author><a href='/t'>Tom Ruiz</a>"
                + "<div class=author-title>Games Editor</div></div></body>").author());
        assertNull(read("<body><div class=author-box>Share this story</div></body>").author());
    }

    @Test
    void authorLosesTheBylineWordOfItsMetaTag() {
        assertEquals("Nora Vale", read("<head><meta name=byl content='By Nora Vale'></head>").author());
    }
}
