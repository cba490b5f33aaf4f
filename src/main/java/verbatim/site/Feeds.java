package verbatim.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import verbatim.site.feeds.AtomWriter;
import verbatim.site.feeds.Feed;
import verbatim.site.feeds.TagUri;
import verbatim.text.Elision;
import verbatim.text.Slug;

/**
 * The Atom feeds of the site: per language, the newest {@value #SIZE} articles ({@code fr/atom.xml}); per
 * person who is quoted, their newest {@value #SIZE} quotations ({@code fr/personnes/<slug>/atom.xml}).
 *
 * <p>Ids are {@code tag:} URIs (RFC 4151, {@link TagUri}) from the base URL and the site's {@code tagDate}, stable
 * from one build to the next and whatever the article's date: the French page of {@code sharma-anthropic} on
 * {@code https://archive.example.org/} is {@code tag:archive.example.org,2026:fr/articles/sharma-anthropic}. Dates
 * come from the content and the settings, never from the clock.
 *
 * <p>A feed is made (its articles' summaries read) only when the digests of what it shows changed.
 */
final class Feeds {

    /** Entries per feed. */
    static final int SIZE = 50;
    private final SiteConfig config;
    /** The authority and path of every tag URI, from the base URL: worked out once, not for each entry. */
    private final String tagAuthority;
    private final String tagPrefix;

    Feeds(SiteConfig config) {
        this.config = config;
        this.tagAuthority = TagUri.authority(config.base());
        this.tagPrefix = TagUri.prefix(config.base());
    }

    /** Writes every feed. */
    void write(Articles articles, IndexOutput out) {
        List<ArticleOutline> newest = articles.all().subList(0, Math.min(SIZE, articles.size()));
        for (String lang : config.languages()) {
            Digest key = Digest.of("feed").add(lang).add(newest.size());
            newest.forEach(a -> key.add(a.digests().card()));
            out.text(Urls.feed(lang), key.bytes(), () -> AtomWriter.xml(languageFeed(lang,
                    articles.summaries(newest))));
        }
        IndexOutput.Previous previous = out.previous();
        if (previous != null && Articles.same(previous.articles(), articles.all(), Articles.QUOTED)) {
            boolean kept = true;
            for (String lang : config.languages()) {
                kept &= out.keepAll(IndexOutput.folder(Urls.people(lang)), ".xml");
            }
            if (kept) {
                return; // no quotation changed: the people's feeds are as they were
            }
        }
        Map<String, List<Indexes.QuoteRef>> byPerson = quotedPeople(articles.all());
        for (Map.Entry<String, List<Indexes.QuoteRef>> e : byPerson.entrySet()) {
            List<Indexes.QuoteRef> shown = e.getValue().subList(0, Math.min(SIZE, e.getValue().size()));
            for (String lang : config.languages()) {
                Digest key = Digest.of("person-feed").add(lang).add(e.getKey()).add(shown.size());
                shown.forEach(r -> r.feed(key, articles));
                out.text(Urls.personFeed(lang, e.getKey()), key.bytes(), () -> AtomWriter.xml(personFeed(lang,
                        e.getKey(), quoted(articles, shown))));
            }
        }
    }

    /** A quotation of a person with its article; {@code rank} is its place among the article's quotations, from 1. */
    record Quoted(ArticleSummary article, int rank, ArticleSummary.QuoteEntry quote) {
    }

    /**
     * The people who have a page and a quotation, by slug, each with their quotations newest first ({@code articles}
     * newest first: the quotations refer to their places there).
     */
    static Map<String, List<Indexes.QuoteRef>> quotedPeople(List<ArticleOutline> articles) {
        Map<String, List<Indexes.QuoteRef>> out = new TreeMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (int p = 0; p < articles.size(); p++) {
            ArticleOutline a = articles.get(p);
            for (int i = 0; i < a.quotes().size(); i++) {
                ArticleOutline.QuoteMark q = a.quotes().get(i);
                if (q.person()) {
                    ((Positions.Quotes) out.computeIfAbsent(slugs.computeIfAbsent(q.speaker(), Slug::of),
                            k -> new Positions.Quotes())).append(new Indexes.QuoteRef(p, i));
                }
            }
        }
        return out;
    }

    /** The quotations of {@code refs} with their articles' summaries. */
    static List<Quoted> quoted(Articles articles, List<Indexes.QuoteRef> refs) {
        List<Quoted> out = new ArrayList<>(refs.size());
        for (Indexes.QuoteRef r : refs) {
            ArticleSummary a = articles.summary(articles.outline(r.article()));
            out.add(new Quoted(a, r.index() + 1, a.quotes().get(r.index())));
        }
        return out;
    }

    Feed languageFeed(String lang, List<ArticleSummary> articles) {
        String self = Urls.feed(lang);
        List<Feed.Entry> entries = new ArrayList<>();
        for (ArticleSummary a : articles.subList(0, Math.min(SIZE, articles.size()))) {
            String textLang = a.textLang(lang);
            List<Feed.Alternate> translations = new ArrayList<>();
            for (String other : config.languages()) {
                if (!other.equals(lang) && a.titles().containsKey(other) && a.titles().containsKey(lang)) {
                    translations.add(new Feed.Alternate(other, link(self, Urls.article(other, a.slug()))));
                }
            }
            entries.add(new Feed.Entry(tag(lang + "/articles/" + a.slug()), a.title(lang),
                    textLang, a.published(), link(self, Urls.article(lang, a.slug())), translations,
                    a.leads().get(textLang), null, null, untranslated(lang, textLang)));
        }
        return new Feed(tag(self), config.title(lang), lang, newest(entries), config.title(lang),
                link(self, self), link(self, Urls.home(lang)), entries);
    }

    Feed personFeed(String lang, String slug, List<Quoted> quotes) {
        String self = Urls.personFeed(lang, slug);
        String name = quotes.get(0).quote().speaker();
        List<Feed.Entry> entries = new ArrayList<>();
        for (Quoted x : quotes.subList(0, Math.min(SIZE, quotes.size()))) {
            ArticleSummary a = x.article();
            ArticleSummary.QuoteEntry q = x.quote();
            String textLang = q.textLang(lang, a.original());
            String text = Indexes.shown(q.texts().get(textLang));
            String anchor = "#p" + q.paragraph();
            List<Feed.Alternate> translations = new ArrayList<>();
            for (String other : config.languages()) {
                if (!other.equals(lang) && q.texts().containsKey(other) && q.texts().containsKey(lang)) {
                    translations.add(new Feed.Alternate(other, link(self, Urls.article(other, a.slug())) + anchor));
                }
            }
            entries.add(new Feed.Entry(tag(lang + "/quotes/" + a.slug() + "/" + x.rank()),
                    title(text), textLang, a.published(), link(self, Urls.article(lang, a.slug())) + anchor,
                    translations, a.title(lang), a.textLang(lang), text, untranslated(lang, a.textLang(lang))));
        }
        return new Feed(tag(self), Elision.join(Labels.of(lang).get("quotes.of"), name) + " · "
                + config.title(lang), lang, newest(entries), config.title(lang), link(self, self),
                link(self, Urls.person(lang, slug)), entries);
    }

    /**
     * The feed's {@code updated}: the latest of its entries' (the lists are newest first by day, so on one day the
     * first entry need not be the latest); the epoch for a feed without entries.
     */
    private static java.time.Instant newest(List<Feed.Entry> entries) {
        return entries.stream().map(Feed.Entry::published).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.EPOCH);
    }

    /** The term of the category of an entry whose article is not translated into the feed's language. */
    static final String UNTRANSLATED = "untranslated";

    /**
     * The categories of an entry of the feed of {@code lang} whose article is shown in {@code textLang}: none when it
     * is the feed's language, else {@value #UNTRANSLATED} with the label the home page shows, in the feed's language
     * ("In French, not translated").
     */
    private static List<Feed.Category> untranslated(String lang, String textLang) {
        if (textLang.equals(lang)) {
            return List.of();
        }
        String label = Labels.of(lang).getOrDefault("untranslated.mark." + textLang, UNTRANSLATED);
        return List.of(new Feed.Category(UNTRANSLATED, label, lang));
    }

    /** An entry title: the quotation, cut at a word before 100 characters. */
    static String title(String text) {
        if (text.length() <= 100) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 100);
        return text.substring(0, cut > 0 ? cut : 100) + "…";
    }

    /**
     * {@code tag:host,tagDate:path/specific} (RFC 4151): the host and path of the base URL, the site's tag date; the
     * host {@link TagUri#NO_HOST} without a base URL.
     */
    String tag(String specific) {
        return TagUri.of(tagAuthority, config.tagDate(), tagPrefix + specific);
    }

    /** The link from the file at {@code from} to the page at {@code to}: absolute with a base URL. */
    private String link(String from, String to) {
        return config.addresses().url(from, to);
    }

    /** The feed links a page of {@code lang} announces, and the person's feed on their page. */
    static List<Page.Link> announced(String path, String lang, String personSlug, String personName) {
        List<Page.Link> out = new ArrayList<>();
        Map<String, String> t = Labels.of(lang);
        out.add(new Page.Link(t.get("feed.articles"), Urls.href(path, Urls.feed(lang)), lang));
        if (personSlug != null) {
            out.add(new Page.Link(Elision.join(t.get("quotes.of"), personName), Urls.href(path,
                    Urls.personFeed(lang, personSlug)), lang));
        }
        return out;
    }
}
