package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.site.feeds.AtomWriter;

class FeedsTest {

    private static final SiteConfig BASE = SiteConfig.defaults().withBaseUrl("https://archive.example.org");

    private static List<ArticleSummary> archive(int n) {
        List<ArticleSummary> out = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            out.add(Summaries.translated("a" + i, String.format("2025-%02d-%02d", 1 + i / 28 % 12, 1 + i % 28)));
        }
        return out;
    }

    /** The quotations of the person {@code slug} in {@code articles} (newest first), as their feed shows them. */
    private static List<Feeds.Quoted> quotations(List<ArticleSummary> articles, String slug) {
        Articles all = Articles.of(articles);
        return Feeds.quoted(all, Feeds.quotedPeople(all.all()).get(slug));
    }

    @Test
    void languageFeedHasEveryElementRfc4287Requires() throws Exception {
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).languageFeed("fr", archive(3))));
        assertEquals(List.of(), AtomCheck.problems(feed));
        assertEquals(3, feed.getEntries().size());
    }

    @Test
    void anArticlePublishedAtATimeWithItsZoneKeepsThatInstantInUtcAndADayIsMidnight() throws Exception {
        ArticleSummary day = Summaries.translated("a", "2024-03-05");
        ArticleSummary timed = Summaries.translated("b", "2024-03-05");
        timed = new ArticleSummary(timed.slug(), timed.date(), java.time.OffsetDateTime.parse(
                "2024-03-05T14:30:00+01:00").toInstant(), timed.original(), timed.titles(), timed.leads(),
                timed.sources(), timed.quotes(), timed.people(), timed.dates(), timed.genders());
        String xml = AtomWriter.xml(new Feeds(BASE).languageFeed("fr", List.of(day, timed)));
        assertTrue(xml.contains("<published>2024-03-05T13:30:00Z</published>\n<updated>2024-03-05T13:30:00Z"
                + "</updated>"), xml);
        assertTrue(xml.contains("<published>2024-03-05T00:00:00Z</published>"), xml);
        assertTrue(xml.contains("<generator>") && xml.indexOf("<updated>2024-03-05T13:30:00Z</updated>")
                < xml.indexOf("<entry"), "the feed's updated is its latest entry's, first in the list or not: " + xml);
        String person = AtomWriter.xml(new Feeds(BASE).personFeed("fr", "jeanne-dupont",
                quotations(List.of(day, timed), "jeanne-dupont")));
        assertTrue(person.contains("<published>2024-03-05T13:30:00Z</published>"), person);
    }

    @Test
    void languageFeedKeepsTheNewestFifty() throws Exception {
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).languageFeed("en", archive(60))));
        assertEquals(Feeds.SIZE, feed.getEntries().size());
        assertEquals("Title a60", feed.getEntries().get(0).getTitle());
    }

    @Test
    void idsAreTagUrisFromTheBaseUrlTheSitesTagDateAndSlug() throws Exception {
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).languageFeed("fr",
                List.of(Summaries.translated("sharma", "2026-02-12")))));
        assertEquals("tag:archive.example.org,2026:fr/atom.xml", feed.getId());
        assertEquals("tag:archive.example.org,2026:fr/articles/sharma", feed.getEntries().get(0).getId());
    }

    /** RFC 4151, section 2.1: tag:authorityName,date:specific, the authority a DNS name (or an e-mail address). */
    static final java.util.regex.Pattern RFC_4151 = java.util.regex.Pattern.compile("tag:"
            + "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
            + ",\\d{4}(-\\d{2}(-\\d{2})?)?"
            + ":([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-F]{2})*");

    @Test
    void anArticleDatedBeforeTheSiteOrCorrectedLaterKeepsItsIdWhichIsRfc4151Valid() throws Exception {
        Feeds feeds = new Feeds(BASE);
        String old = AtomCheck.read(AtomWriter.xml(feeds.languageFeed("en", List.of(Summaries.translated("x",
                "1998-07-12"))))).getEntries().get(0).getId();
        String corrected = AtomCheck.read(AtomWriter.xml(feeds.languageFeed("en", List.of(Summaries.translated("x",
                "1998-07-21"))))).getEntries().get(0).getId();
        assertEquals("tag:archive.example.org,2026:en/articles/x", old, "the site's date, not 1998's");
        assertEquals(old, corrected);
        Feed person = AtomCheck.read(AtomWriter.xml(feeds.personFeed("fr", "jeanne-dupont",
                quotations(archive(3), "jeanne-dupont"))));
        List<String> ids = new ArrayList<>(List.of(person.getId()));
        person.getEntries().forEach(e -> ids.add(e.getId()));
        for (String id : ids) {
            assertTrue(RFC_4151.matcher(id).matches(), id);
        }
    }

    @Test
    void theTagDateAndTheBaseUrlsPathComeFromTheSettings() throws Exception {
        SiteConfig config = new SiteConfig(SiteConfig.defaults().titles(), "https://Presse.Example.org:8443/archives/",
                SiteConfig.defaults().languages(), false, "2019-05");
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(config).languageFeed("fr", archive(1))));
        assertEquals("tag:presse.example.org,2019-05:archives/fr/atom.xml", feed.getId());
        assertEquals("tag:presse.example.org,2019-05:archives/fr/articles/a1", feed.getEntries().get(0).getId());
    }

    @Test
    void updatedComesFromTheNewestArticleNotTheClock() {
        String xml = AtomWriter.xml(new Feeds(BASE).languageFeed("fr", archive(2)));
        assertTrue(xml.contains("<updated>2025-01-03T00:00:00Z</updated>"), xml);
    }

    @Test
    void entryLinksItsTranslationWithHreflang() throws Exception {
        Entry e = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).languageFeed("fr",
                List.of(Summaries.translated("sharma", "2026-02-12"))))).getEntries().get(0);
        Link translation = e.getAlternateLinks().stream().filter(l -> l.getHreflang() != null).findFirst().orElseThrow();
        assertEquals("en", translation.getHreflang());
        assertEquals("https://archive.example.org/en/articles/sharma/index.html", translation.getHref());
    }

    @Test
    void untranslatedArticleClaimsNoTranslationAndIsMarkedInItsLanguage() throws Exception {
        String xml = AtomWriter.xml(new Feeds(BASE).languageFeed("fr", List.of(Summaries.englishOnly("x", "2026-01-01"))));
        Entry e = AtomCheck.read(xml).getEntries().get(0);
        assertTrue(e.getAlternateLinks().stream().allMatch(l -> l.getHreflang() == null));
        assertTrue(xml.contains("<entry xml:lang=\"en\">"), xml);
    }

    @Test
    void untranslatedArticleIsFiledAsSuchInTheReadersLanguageAndLinksThePageWithTheNotice() throws Exception {
        String xml = AtomWriter.xml(new Feeds(BASE).languageFeed("fr", List.of(Summaries.englishOnly("x", "2026-01-01"),
                Summaries.translated("y", "2025-12-01"))));
        Feed feed = AtomCheck.read(xml);
        Entry untranslated = feed.getEntries().get(0);
        assertEquals("Only x", untranslated.getTitle());
        assertEquals(1, untranslated.getCategories().size());
        assertEquals("untranslated", untranslated.getCategories().get(0).getTerm());
        assertEquals("En anglais, non traduit", untranslated.getCategories().get(0).getLabel());
        assertTrue(xml.contains("<category xml:lang=\"fr\" term=\"untranslated\" label=\"En anglais, non traduit\"/>"),
                "the label is in the feed's language, the entry in the original's: " + xml);
        assertEquals("https://archive.example.org/fr/articles/x/index.html",
                untranslated.getAlternateLinks().get(0).getHref(), "the French page, which shows the notice");
        assertTrue(feed.getEntries().get(1).getCategories().isEmpty(), "a translated article is filed under nothing");
        Feed person = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).personFeed("fr", "jeanne-dupont",
                quotations(List.of(Summaries.englishOnly("x", "2026-01-01")), "jeanne-dupont"))));
        assertEquals("untranslated", person.getEntries().get(0).getCategories().get(0).getTerm());
    }

    @Test
    void textIsEscapedAsXmlRequires() throws Exception {
        List<ArticleSummary> one = List.of(Summaries.translated("a", "2026-01-01"));
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).personFeed("fr", "jeanne-dupont",
                quotations(one, "jeanne-dupont"))));
        assertEquals("Nous partons & revenons <demain>", feed.getEntries().get(0).getContents().get(0).getValue());
    }

    @Test
    void personFeedLinksEachQuotationToItsParagraph() throws Exception {
        List<ArticleSummary> two = List.of(Summaries.translated("b", "2026-02-01"), Summaries.translated("a", "2026-01-01"));
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(BASE).personFeed("en", "jeanne-dupont",
                quotations(two, "jeanne-dupont"))));
        assertEquals(List.of(), AtomCheck.problems(feed));
        assertEquals(2, feed.getEntries().size());
        Entry newest = feed.getEntries().get(0);
        assertEquals("https://archive.example.org/en/articles/b/index.html#p2", newest.getAlternateLinks().get(0).getHref());
        assertEquals("We leave & come back <tomorrow>", newest.getTitle(), "shown without the comma inside the marks");
        assertEquals("Title b", newest.getSummary().getValue());
    }

    @Test
    void withoutBaseUrlLinksAreRelativeToTheFeedAndIdsStayAbsolute() throws Exception {
        Feed feed = AtomCheck.read(AtomWriter.xml(new Feeds(SiteConfig.defaults()).languageFeed("en", archive(1))));
        assertEquals(List.of(), AtomCheck.problems(feed));
        String href = feed.getEntries().get(0).getAlternateLinks().get(0).getHref();
        assertEquals("../en/articles/a1/index.html", href);
        assertEquals("en/articles/a1/index.html", java.net.URI.create("en/atom.xml").resolve(href).toString());
        assertTrue(feed.getId().startsWith("tag:archive.invalid,"), feed.getId());
    }
}
