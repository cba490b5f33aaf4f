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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline of each language ({@code fr/chronologie/}, {@code en/timeline/}): every date the articles mention,
 * in calendar order, a page per year grouped by month (a year of more than {@value #DATES_PER_PAGE} dates goes on over
 * more pages, a month cut between two shown as continued), each date with its sentence, its article and a link to its
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

    /**
     * A month of a year page (number 0: dates that give the year only); {@code continued} when it began on the page
     * before (a month longer than a page is split).
     */
    record Month(String id, String label, List<Item> items, boolean continued) {
    }

    /** A month in the list at the top of each page of a year: its name, and a link to where its dates begin. */
    record MonthLink(String label, String href) {
    }

    /** Dates per page of a year, at most (its months cut into pages by {@link Pagination}). */
    static final int DATES_PER_PAGE = 200;

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
        Map<String, Map<Integer, Pagination<Integer>>> layout = new TreeMap<>(); // of every language, for alternates
        for (String lang : config.languages()) {
            layout.put(lang, layout(lang, articles.all()));
        }
        for (String lang : config.languages()) { // one language's dates placed at a time, each year let go once written
            TreeMap<Integer, List<Placed>> years = years(lang, articles.all());
            writeIndex(lang, years);
            NavigableSet<Integer> order = new TreeSet<>(years.keySet());
            for (Map.Entry<Integer, List<Placed>> e = years.pollFirstEntry(); e != null; e = years.pollFirstEntry()) {
                writeYear(lang, e.getKey(), e.getValue(), order, layout, articles);
            }
        }
    }

    /**
     * The pages of each year in {@code lang}: its months (0 for the dates that give the year only), in order, cut into
     * pages of at most {@value #DATES_PER_PAGE} dates. Counted from the outlines, before any date is placed.
     */
    private static Map<Integer, Pagination<Integer>> layout(String lang, List<ArticleOutline> articles) {
        TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (ArticleOutline a : articles) {
            for (ArticleOutline.DateMark d : a.dates(lang)) {
                String v = d.value();
                if (isIso(v)) {
                    counts.computeIfAbsent(Integer.parseInt(v, 0, 4, 10), k -> new int[13])[month(v)]++;
                }
            }
        }
        Map<Integer, Pagination<Integer>> out = new TreeMap<>();
        counts.forEach((year, months) -> {
            List<Integer> keys = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int m = 0; m < months.length; m++) {
                if (months[m] > 0) {
                    keys.add(m);
                    sizes.add(months[m]);
                }
            }
            out.put(year, Pagination.of(keys, sizes, DATES_PER_PAGE));
        });
        return out;
    }

    /** The month of an ISO date {@code yyyy-mm…}; 0 for a year alone. */
    private static int month(String iso) {
        return iso.length() == 4 ? 0 : Integer.parseInt(iso, 5, 7, 10);
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
                    int month = month(v);
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

    /**
     * Writes the pages of a year in {@code lang}: its dates, by month, cut as {@code layout} says; each page links the
     * same page of the year in the other languages where they have as many.
     */
    private void writeYear(String lang, int year, List<Placed> dates, NavigableSet<Integer> years,
                           Map<String, Map<Integer, Pagination<Integer>>> layout, Articles articles) {
        Pagination<Integer> pages = layout.get(lang).get(year);
        Map<Integer, Integer> starts = new TreeMap<>(); // each month's first date in {@code dates}
        for (int i = dates.size() - 1; i >= 0; i--) {
            starts.put(dates.get(i).month(), i);
        }
        Integer prev = years.lower(year);
        Integer next = years.higher(year);
        for (int k = 1; k <= pages.size(); k++) {
            int n = k;
            String path = Urls.timelinePage(lang, year, n);
            Map<String, String> alternates = new TreeMap<>();
            for (String l : config.languages()) {
                Pagination<Integer> there = layout.get(l).get(year);
                if (there != null && there.size() >= n) {
                    alternates.put(l, Urls.timelinePage(l, year, n));
                }
            }
            Digest key = Digest.of("timeline-year").add(lang).add(year).add(n).add(pages.size())
                    .add(String.join(",", alternates.keySet())).add(prev == null ? -1 : prev)
                    .add(next == null ? -1 : next).add(starts.size());
            starts.keySet().forEach(m -> key.add(m).add(pages.pageOf(m)));
            List<List<Placed>> shown = new ArrayList<>();
            for (Pagination.Part<Integer> part : pages.page(n)) {
                int start = starts.get(part.key());
                List<Placed> of = dates.subList(start + part.from(), start + part.to());
                shown.add(of);
                key.add(part.key()).add(part.from()).add(part.to());
                for (Placed p : of) {
                    key.add(p.digest()).add(p.index());
                }
            }
            out.page(path, "timeline.peb", key.bytes(), () -> year(lang, path, year, n, pages, shown, alternates,
                    prev, next, articles));
        }
    }

    private Map<String, Object> year(String lang, String path, int year, int n, Pagination<Integer> pages,
                                     List<List<Placed>> shown, Map<String, String> alternates, Integer prev,
                                     Integer next, Articles articles) {
        String title = Labels.of(lang).get("timeline") + " " + year;
        Map<String, Object> c = Page.context(config, path, lang,
                n == 1 ? title : title + " · " + Labels.of(lang).get("page.of") + " " + n, alternates);
        List<Month> list = new ArrayList<>();
        for (List<Placed> of : shown) {
            int m = of.get(0).month();
            boolean continued = pages.page(n).get(list.size()).continued();
            list.add(new Month(monthId(year, m), monthLabel(year, m, lang), new Items(of, lang, path, articles),
                    continued));
        }
        List<MonthLink> jump = new ArrayList<>();
        for (List<Pagination.Part<Integer>> page : pages.pages()) {
            for (Pagination.Part<Integer> part : page) {
                int m = part.key();
                if (!part.continued()) {
                    int at = pages.pageOf(m);
                    jump.add(new MonthLink(monthLabel(year, m, lang), (at == n ? ""
                            : addresses.href(path, Urls.timelinePage(lang, year, at))) + "#" + monthId(year, m)));
                }
            }
        }
        c.put("years", List.of());
        c.put("year", year);
        c.put("months", list);
        c.put("monthLinks", jump);
        c.put("prev", prev == null ? null : new Year(prev, addresses.href(path, Urls.timelineYear(lang, prev)), 0));
        c.put("next", next == null ? null : new Year(next, addresses.href(path, Urls.timelineYear(lang, next)), 0));
        c.put("pager", Page.pager(config, path, n, pages.size(), k -> Urls.timelinePage(lang, year, k)));
        c.put("indexHref", addresses.href(path, Urls.timeline(lang)));
        c.put("description", Labels.of(lang).get("timeline.intro"));
        return c;
    }

    private static String monthId(int year, int month) {
        return month == 0 ? "y" + year : String.format(Locale.ROOT, "m%d-%02d", year, month);
    }

    private static String monthLabel(int year, int month, String lang) {
        return month == 0 ? Labels.of(lang).get("timeline.whole.year") + " " + year
                : monthName(YearMonth.of(year, month), lang);
    }

    /**
     * The dates of a month as its page shows them, each made (its article's summary read) when the page comes to it
     * and not kept.
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
