package verbatim.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline of each language ({@code fr/chronologie/}, {@code en/timeline/}): every date the articles mention,
 * in calendar order, one page per year grouped by month, each with its sentence, its article and a link to its
 * paragraph; the first page lists the years.
 *
 * <p>A date is placed at the precision written: "en 2019" (value {@code 2019}) opens its year, before the months;
 * "en octobre 2025" ({@code 2025-10}) opens October, before its days. Each language's page reads the dates of the
 * text its readers see (the original where the article has no translation).
 *
 * <p>The dates are placed from the articles' {@link ArticleOutline outlines}; a page is made (the sentences read from
 * the summaries) only when the digests of the dates it shows changed.
 */
final class Timeline {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** One date as a timeline page shows it. */
    record Item(String value, String dateText, String sentence, String sentenceLang, String title, String titleLang,
                String href) {
    }

    /** A month of a year page (number 0: dates that give the year only). */
    record Month(String id, String label, List<Item> items) {
    }

    /** A year in the list of years. */
    record Year(int year, String href, int dates) {
    }

    /**
     * A date of an article, the {@code index}-th of the text read in the page's language, placed in its year: the
     * article by its place in {@link Articles#all()}, its date (as an epoch day) and the digest of its dates.
     */
    private record Placed(int year, int month, int article, int day, int index, ArticleOutline.DateMark date,
                          byte[] digest) {
    }

    private final SiteConfig config;
    private final Addresses addresses;
    private final IndexOutput out;

    Timeline(SiteConfig config, IndexOutput out) {
        this.config = config;
        this.addresses = config.addresses();
        this.out = out;
    }

    /**
     * Writes the timeline of every language; when no article's dates (in any language: a year page links the same
     * year in the other languages) changed since the previous build, its files are kept as they are.
     */
    void write(Articles articles) {
        IndexOutput.Previous previous = out.previous();
        boolean same = previous != null;
        for (String lang : config.languages()) {
            same = same && Articles.same(previous.articles(), articles.all(), Articles.dated(lang));
        }
        if (same) {
            boolean kept = true;
            for (String lang : config.languages()) {
                kept &= out.keepAll(IndexOutput.folder(Urls.timeline(lang)), "");
            }
            if (kept) {
                return;
            }
        }
        Map<String, Set<Integer>> yearsOf = new TreeMap<>(); // of every language, for a year page's alternates
        for (String lang : config.languages()) {
            Set<Integer> years = new TreeSet<>();
            for (ArticleOutline a : articles.all()) {
                for (ArticleOutline.DateMark d : a.dates(lang)) {
                    if (isIso(d.value())) {
                        years.add(Integer.parseInt(d.value(), 0, 4, 10));
                    }
                }
            }
            yearsOf.put(lang, years);
        }
        for (String lang : config.languages()) { // one language's dates placed at a time, each year let go once written
            TreeMap<Integer, List<Placed>> years = years(lang, articles.all());
            writeIndex(lang, years);
            NavigableSet<Integer> order = new TreeSet<>(years.keySet());
            for (Map.Entry<Integer, List<Placed>> e = years.pollFirstEntry(); e != null; e = years.pollFirstEntry()) {
                writeYear(lang, e.getKey(), e.getValue(), order, yearsOf, articles);
            }
        }
    }

    private static TreeMap<Integer, List<Placed>> years(String lang, List<ArticleOutline> articles) {
        TreeMap<Integer, List<Placed>> out = new TreeMap<>();
        for (int p = 0; p < articles.size(); p++) {
            ArticleOutline a = articles.get(p);
            List<ArticleOutline.DateMark> dates = a.dates(lang);
            byte[] digest = a.datesDigest(lang);
            int day = (int) a.date().toEpochDay();
            for (int i = 0; i < dates.size(); i++) {
                ArticleOutline.DateMark d = dates.get(i);
                String v = d.value();
                if (isIso(v)) {
                    int year = Integer.parseInt(v, 0, 4, 10);
                    int month = v.length() == 4 ? 0 : Integer.parseInt(v, 5, 7, 10);
                    out.computeIfAbsent(year, k -> new ArrayList<>()).add(new Placed(year, month, p, day, i, d, digest));
                }
            }
        }
        for (List<Placed> list : out.values()) {
            list.sort((x, y) -> {
                int c = x.date().value().compareTo(y.date().value());
                c = c != 0 ? c : Integer.compare(x.day(), y.day());
                c = c != 0 ? c : Integer.compare(x.article(), y.article()); // of a day: by slug, as in the list
                return c != 0 ? c : Integer.compare(x.date().paragraph(), y.date().paragraph());
            });
        }
        return out;
    }

    private void writeIndex(String lang, TreeMap<Integer, List<Placed>> years) {
        String path = Urls.timeline(lang);
        Digest key = Digest.of("timeline").add(lang).add(years.size());
        years.forEach((year, dates) -> key.add(year).add(dates.size()));
        out.page(path, "timeline.peb", key.bytes(), () -> index(lang, path, years));
    }

    private Map<String, Object> index(String lang, String path, TreeMap<Integer, List<Placed>> years) {
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("timeline"),
                Page.everyLanguage(config, Urls::timeline));
        List<Year> list = new ArrayList<>();
        years.forEach((year, dates) -> list.add(new Year(year, addresses.href(path, Urls.timelineYear(lang, year)),
                dates.size())));
        c.put("years", list);
        c.put("year", null);
        c.put("months", List.of());
        c.put("prev", null);
        c.put("next", null);
        c.put("description", Labels.of(lang).get("timeline.intro"));
        return c;
    }

    private void writeYear(String lang, int year, List<Placed> dates, NavigableSet<Integer> years,
                           Map<String, Set<Integer>> yearsOf, Articles articles) {
        String path = Urls.timelineYear(lang, year);
        Map<String, String> alternates = new TreeMap<>();
        for (String l : config.languages()) {
            if (yearsOf.get(l).contains(year)) {
                alternates.put(l, Urls.timelineYear(l, year));
            }
        }
        Integer prev = years.lower(year);
        Integer next = years.higher(year);
        Digest key = Digest.of("timeline-year").add(lang).add(year).add(String.join(",", alternates.keySet()))
                .add(prev == null ? -1 : prev).add(next == null ? -1 : next).add(dates.size());
        for (Placed p : dates) {
            key.add(p.digest()).add(p.index());
        }
        out.longPage(path, "timeline.peb", key.bytes(), () -> year(lang, path, year, dates, alternates, prev, next,
                articles));
    }

    private Map<String, Object> year(String lang, String path, int year, List<Placed> dates,
                                     Map<String, String> alternates, Integer prev, Integer next, Articles articles) {
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("timeline") + " " + year,
                alternates);
        List<Month> list = new ArrayList<>();
        for (int from = 0; from < dates.size(); ) { // in calendar order, so each month's dates follow each other
            int m = dates.get(from).month();
            int to = from;
            while (to < dates.size() && dates.get(to).month() == m) {
                to++;
            }
            list.add(new Month(m == 0 ? "y" + year : String.format(Locale.ROOT, "m%d-%02d", year, m), m == 0
                    ? Labels.of(lang).get("timeline.whole.year") + " " + year : monthName(YearMonth.of(year, m), lang),
                    new Items(dates.subList(from, to), lang, path, articles)));
            from = to;
        }
        c.put("years", List.of());
        c.put("year", year);
        c.put("months", list);
        c.put("prev", prev == null ? null : new Year(prev, addresses.href(path, Urls.timelineYear(lang, prev)), 0));
        c.put("next", next == null ? null : new Year(next, addresses.href(path, Urls.timelineYear(lang, next)), 0));
        c.put("indexHref", addresses.href(path, Urls.timeline(lang)));
        c.put("description", Labels.of(lang).get("timeline.intro"));
        return c;
    }

    /**
     * The dates of a month as its page shows them, each made (its article's summary read) when the page comes to it
     * and not kept: a year of a large archive lists more dates than a build should hold at once.
     */
    private final class Items extends AbstractList<Item> {
        private final List<Placed> dates;
        private final String lang;
        private final String path;
        private final Articles articles;

        Items(List<Placed> dates, String lang, String path, Articles articles) {
            this.dates = dates;
            this.lang = lang;
            this.path = path;
            this.articles = articles;
        }

        @Override
        public Item get(int index) {
            Placed p = dates.get(index);
            ArticleSummary a = articles.summary(articles.outline(p.article()));
            ArticleSummary.DateEntry d = a.dates(lang).get(p.index());
            String articleHref = addresses.href(path, Urls.article(lang, a.slug()));
            return new Item(d.value(), dateText(d.value(), lang), d.sentence(), a.textLang(lang), a.title(lang),
                    a.textLang(lang), articleHref + "#p" + d.paragraph());
        }

        @Override
        public int size() {
            return dates.size();
        }
    }

    /** True when {@code v} is what {@link #ISO} matches: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
    private static boolean isIso(String v) {
        int n = v.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "9 février 2026" / "February 9, 2026", "octobre 2025" / "October 2025", "2019". */
    static String dateText(String value, String lang) {
        Matcher m = ISO.matcher(value);
        if (!m.matches() || m.group(2) == null) {
            return value;
        }
        if (m.group(3) == null) {
            return monthName(YearMonth.parse(value), lang);
        }
        return Page.date(LocalDate.parse(value), lang);
    }

    private static String monthName(YearMonth month, String lang) {
        return month.format(DateTimeFormatter.ofPattern("MMMM uuuu", lang.equals("fr") ? Locale.FRENCH
                : Locale.ENGLISH));
    }
}
