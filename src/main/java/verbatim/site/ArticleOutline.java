package verbatim.site;

import verbatim.site.output.SmallMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;

/**
 * What the index step needs to place one article on the lists, without its text: its date and languages, who it
 * quotes, whom it names, which dates it mentions; and a short digest of each part of its {@link ArticleSummary} that
 * a list shows, so that a list page whose articles' parts did not change need not be made again.
 *
 * <p>An outline is about a tenth of its summary. A rebuild keeps every article's outline in memory and reads the
 * summary of an article only when a page that shows it is made.
 *
 * @param slug      the article's slug
 * @param date      its date
 * @param original  the language of its original
 * @param languages the languages it has, the original's first
 * @param quotes    its quotations, in the order of {@link ArticleSummary#quotes()}
 * @param people    the people it names, by canonical name, with their mention counts, in the summary's order
 * @param dates     the dates each language's text mentions, in the order of {@link ArticleSummary#dates()}
 * @param digests   the digests of the parts the lists show
 * @param genders   the gender the article gives people it names, as {@link ArticleSummary#genders()}
 */
record ArticleOutline(String slug, LocalDate date, String original, List<String> languages, List<QuoteMark> quotes,
                      Map<String, Integer> people, Map<String, List<DateMark>> dates, Digests digests,
                      Map<String, Character> genders) {

    /** A quotation as the lists place it: its speaker (null when unknown) and whether they have a person page. */
    record QuoteMark(String speaker, boolean person) {
        /** The mark, one instance for equal marks (a speaker is quoted in many articles). */
        static QuoteMark of(String speaker, boolean person) {
            return intern(new QuoteMark(speaker, person));
        }
    }

    /** A date as the timeline places it: its ISO value at the precision written, and its 1-based paragraph. */
    record DateMark(String value, int paragraph) {
        /** The mark, one instance for equal marks (many articles mention the same dates). */
        static DateMark of(String value, int paragraph) {
            return intern(new DateMark(value, paragraph));
        }
    }

    /**
     * Values that recur from article to article (names, quotation and date marks), one instance each, so that the
     * outlines of a large archive hold each once; emptied when it grows past a million values (a long preview).
     */
    private static final Map<Object, Object> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    static <T> T intern(T value) {
        if (value == null) {
            return null;
        }
        if (INTERNED.size() > 1_000_000) {
            INTERNED.clear();
        }
        Object was = INTERNED.putIfAbsent(value, value);
        return was == null ? value : (T) was;
    }

    /** The people named, in order, their names {@link #intern interned}. */
    static Map<String, Integer> people(Map<String, Integer> named) {
        Map<String, Integer> out = new LinkedHashMap<>();
        named.forEach((name, count) -> out.put(intern(name), count));
        return SmallMap.of(out);
    }

    /** The genders told, in order, their names {@link #intern interned}. */
    static Map<String, Character> genders(Map<String, Character> told) {
        Map<String, Character> out = new LinkedHashMap<>();
        told.forEach((name, gender) -> out.put(intern(name), gender));
        return SmallMap.of(out);
    }

    /**
     * Digests ({@value Digest#SHORT} bytes) of the parts of a summary that the lists show.
     *
     * @param heading slug, date, original and titles: what a list of articles shows of each
     * @param card    the heading, the leads and the number of quotations (the home pages and the feeds)
     * @param quotes  the heading, the sources and the quotations (the quote index, person pages and feeds, the data)
     * @param dates   by language of the text: the heading and that text's dates (the timeline)
     * @param search  by site language: what that language's search holds of the article (title, lead, words);
     *                empty when the search texts are not known
     */
    record Digests(byte[] heading, byte[] card, byte[] quotes, Map<String, byte[]> dates, Map<String, byte[]> search) {
    }

    /** The language the article is read in on pages of {@code lang}: that language if it has it. */
    String textLang(String lang) {
        return languages.contains(lang) ? lang : original;
    }

    /** The dates of the text read on pages of {@code lang}. */
    List<DateMark> dates(String lang) {
        return dates.getOrDefault(textLang(lang), List.of());
    }

    /** The digest of the dates of the text read on pages of {@code lang} (null when it mentions none). */
    byte[] datesDigest(String lang) {
        return digests.dates().get(textLang(lang));
    }

    /** The outline of an article; {@code search} is what each site language's search holds of it (may be empty). */
    static ArticleOutline of(ArticleSummary s, List<BuiltArticle.SearchText> search) {
        List<QuoteMark> quotes = new ArrayList<>(s.quotes().size());
        for (ArticleSummary.QuoteEntry q : s.quotes()) {
            quotes.add(QuoteMark.of(q.speaker(), q.person()));
        }
        Map<String, List<DateMark>> dates = new LinkedHashMap<>();
        s.dates().forEach((lang, list) -> {
            List<DateMark> marks = new ArrayList<>(list.size());
            list.forEach(d -> marks.add(DateMark.of(d.value(), d.paragraph())));
            dates.put(lang, marks);
        });
        return new ArticleOutline(s.slug(), s.date(), s.original(), List.copyOf(s.titles().keySet()), quotes,
                people(s.people()), SmallMap.of(dates), digests(s, search), genders(s.genders()));
    }

    private static Digests digests(ArticleSummary s, List<BuiltArticle.SearchText> search) {
        byte[] heading = heading(Digest.of("heading"), s).shortBytes();
        Digest card = heading(Digest.of("card"), s);
        s.leads().forEach((lang, lead) -> card.add(lang).add(lead));
        card.add(s.quotes().size());
        Digest quotes = heading(Digest.of("quotes"), s);
        quotes.add(s.sources().size());
        for (Source source : s.sources()) {
            quotes.add(source.title()).add(source.url());
        }
        quotes.add(s.quotes().size());
        for (ArticleSummary.QuoteEntry q : s.quotes()) {
            quotes.add(q.paragraph()).add(q.speaker()).add(q.person()).add(q.texts().size());
            q.texts().forEach((lang, text) -> quotes.add(lang).add(text));
        }
        Map<String, byte[]> dates = new LinkedHashMap<>();
        s.dates().forEach((lang, list) -> {
            Digest d = heading(Digest.of("dates"), s).add(lang).add(list.size());
            for (ArticleSummary.DateEntry e : list) {
                d.add(e.value()).add(e.text()).add(e.sentence()).add(e.paragraph());
            }
            dates.put(lang, d.shortBytes());
        });
        Map<String, byte[]> searched = new LinkedHashMap<>();
        for (BuiltArticle.SearchText t : search) {
            Digest d = Digest.of("search").add(s.slug()).add(t.lang()).add(t.title()).add(t.textLang()).add(t.lead())
                    .add(t.words().size());
            t.words().forEach(d::add);
            searched.put(t.lang(), d.shortBytes());
        }
        return new Digests(heading, card.shortBytes(), quotes.shortBytes(), SmallMap.of(dates), SmallMap.of(searched));
    }

    private static Digest heading(Digest d, ArticleSummary s) {
        d.add(s.slug()).add(s.date().toString()).add(s.original()).add(s.titles().size());
        s.titles().forEach((lang, title) -> d.add(lang).add(title));
        return d;
    }
}
