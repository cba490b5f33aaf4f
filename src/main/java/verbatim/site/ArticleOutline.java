package verbatim.site;

import verbatim.site.output.SmallMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;
import verbatim.site.spill.Codec;

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
     * @param heading slug, date (and time), original and titles: what a list of articles shows of each
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

    /**
     * How an outline is written to a spill file ({@link verbatim.site.spill}): every field, the names and marks read
     * back {@link #intern interned}.
     */
    static final Codec<ArticleOutline> CODEC = new Codec<>() {
        @Override
        public void write(java.io.DataOutput out, ArticleOutline o) throws java.io.IOException {
            Codec.string(out, o.slug());
            out.writeLong(o.date().toEpochDay());
            Codec.string(out, o.original());
            Codec.count(out, o.languages().size());
            for (String l : o.languages()) {
                Codec.string(out, l);
            }
            Codec.count(out, o.quotes().size());
            for (QuoteMark q : o.quotes()) {
                Codec.string(out, q.speaker());
                out.writeBoolean(q.person());
            }
            Codec.count(out, o.people().size());
            for (Map.Entry<String, Integer> p : o.people().entrySet()) {
                Codec.string(out, p.getKey());
                out.writeInt(p.getValue());
            }
            Codec.count(out, o.dates().size());
            for (Map.Entry<String, List<DateMark>> d : o.dates().entrySet()) {
                Codec.string(out, d.getKey());
                Codec.count(out, d.getValue().size());
                for (DateMark m : d.getValue()) {
                    Codec.string(out, m.value());
                    Codec.count(out, m.paragraph());
                }
            }
            Digests g = o.digests();
            Codec.bytes(out, g.heading());
            Codec.bytes(out, g.card());
            Codec.bytes(out, g.quotes());
            digests(out, g.dates());
            digests(out, g.search());
            Codec.count(out, o.genders().size());
            for (Map.Entry<String, Character> e : o.genders().entrySet()) {
                Codec.string(out, e.getKey());
                out.writeChar(e.getValue());
            }
        }

        @Override
        public ArticleOutline read(java.io.DataInput in) throws java.io.IOException {
            String slug = Codec.string(in);
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            String original = intern(Codec.string(in));
            List<String> languages = new ArrayList<>();
            for (int n = Codec.count(in); n > 0; n--) {
                languages.add(intern(Codec.string(in)));
            }
            List<QuoteMark> quotes = new ArrayList<>();
            for (int n = Codec.count(in); n > 0; n--) {
                quotes.add(QuoteMark.of(Codec.string(in), in.readBoolean()));
            }
            Map<String, Integer> people = new LinkedHashMap<>();
            for (int n = Codec.count(in); n > 0; n--) {
                people.put(intern(Codec.string(in)), in.readInt());
            }
            Map<String, List<DateMark>> dates = new LinkedHashMap<>();
            for (int n = Codec.count(in); n > 0; n--) {
                String lang = intern(Codec.string(in));
                List<DateMark> marks = new ArrayList<>();
                for (int k = Codec.count(in); k > 0; k--) {
                    marks.add(DateMark.of(Codec.string(in), Codec.count(in)));
                }
                dates.put(lang, marks);
            }
            Digests digests = new Digests(Codec.bytes(in), Codec.bytes(in), Codec.bytes(in), digests(in), digests(in));
            Map<String, Character> genders = new LinkedHashMap<>();
            for (int n = Codec.count(in); n > 0; n--) {
                genders.put(Codec.string(in), in.readChar());
            }
            return new ArticleOutline(slug, date, original, List.copyOf(languages), quotes, SmallMap.of(people),
                    SmallMap.of(dates), digests, genders(genders));
        }

        private static void digests(java.io.DataOutput out, Map<String, byte[]> digests) throws java.io.IOException {
            Codec.count(out, digests.size());
            for (Map.Entry<String, byte[]> d : digests.entrySet()) {
                Codec.string(out, d.getKey());
                Codec.bytes(out, d.getValue());
            }
        }

        private static Map<String, byte[]> digests(java.io.DataInput in) throws java.io.IOException {
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (int n = Codec.count(in); n > 0; n--) {
                out.put(intern(Codec.string(in)), Codec.bytes(in));
            }
            return SmallMap.of(out);
        }
    };

    private static Digest heading(Digest d, ArticleSummary s) {
        d.add(s.slug()).add(s.date().toString()).add(s.time() == null ? null : s.time().toString()).add(s.original())
                .add(s.titles().size());
        s.titles().forEach((lang, title) -> d.add(lang).add(title));
        return d;
    }
}
