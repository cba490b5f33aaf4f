package verbatim.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    /** A date of an article, before it is placed on a page. */
    private record Placed(int year, int month, ArticleSummary article, ArticleSummary.DateEntry date) {
    }

    private final SiteConfig config;
    private final ArticlePages.PageSink sink;

    Timeline(SiteConfig config, ArticlePages.PageSink sink) {
        this.config = config;
        this.sink = sink;
    }

    /** Writes the timeline of every language. */
    void write(List<ArticleSummary> articles) {
        Map<String, TreeMap<Integer, List<Placed>>> byLang = new TreeMap<>();
        for (String lang : config.languages()) {
            byLang.put(lang, years(lang, articles));
        }
        for (String lang : config.languages()) {
            TreeMap<Integer, List<Placed>> years = byLang.get(lang);
            writeIndex(lang, years);
            for (Map.Entry<Integer, List<Placed>> e : years.entrySet()) {
                writeYear(lang, e.getKey(), e.getValue(), years, byLang);
            }
        }
    }

    private static TreeMap<Integer, List<Placed>> years(String lang, List<ArticleSummary> articles) {
        TreeMap<Integer, List<Placed>> out = new TreeMap<>();
        for (ArticleSummary a : articles) {
            for (ArticleSummary.DateEntry d : a.dates(lang)) {
                Matcher m = ISO.matcher(d.value());
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    out.computeIfAbsent(year, k -> new ArrayList<>()).add(new Placed(year, month, a, d));
                }
            }
        }
        for (List<Placed> list : out.values()) {
            list.sort(Comparator.comparing((Placed p) -> p.date().value())
                    .thenComparing(p -> p.article().date())
                    .thenComparing(p -> p.article().slug())
                    .thenComparingInt(p -> p.date().paragraph()));
        }
        return out;
    }

    private void writeIndex(String lang, TreeMap<Integer, List<Placed>> years) {
        String path = Urls.timeline(lang);
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("timeline"),
                Page.everyLanguage(config, Urls::timeline));
        List<Year> list = new ArrayList<>();
        years.forEach((year, dates) -> list.add(new Year(year, Urls.href(path, Urls.timelineYear(lang, year)),
                dates.size())));
        c.put("years", list);
        c.put("year", null);
        c.put("months", List.of());
        c.put("prev", null);
        c.put("next", null);
        c.put("description", Labels.of(lang).get("timeline.intro"));
        sink.page(path, "timeline.peb", c);
    }

    private void writeYear(String lang, int year, List<Placed> dates, TreeMap<Integer, List<Placed>> years,
                           Map<String, TreeMap<Integer, List<Placed>>> byLang) {
        String path = Urls.timelineYear(lang, year);
        Map<String, String> alternates = new TreeMap<>();
        for (String l : config.languages()) {
            if (byLang.get(l).containsKey(year)) {
                alternates.put(l, Urls.timelineYear(l, year));
            }
        }
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("timeline") + " " + year,
                alternates);
        Map<Integer, List<Item>> months = new TreeMap<>();
        for (Placed p : dates) {
            ArticleSummary a = p.article();
            String articleHref = Urls.href(path, Urls.article(lang, a.slug()));
            months.computeIfAbsent(p.month(), k -> new ArrayList<>()).add(new Item(p.date().value(),
                    dateText(p.date().value(), lang), p.date().sentence(), a.textLang(lang), a.title(lang),
                    a.textLang(lang), articleHref + "#p" + p.date().paragraph()));
        }
        List<Month> list = new ArrayList<>();
        months.forEach((m, items) -> list.add(new Month(m == 0 ? "y" + year : String.format(Locale.ROOT, "m%d-%02d",
                year, m), m == 0 ? Labels.of(lang).get("timeline.whole.year") + " " + year
                : monthName(YearMonth.of(year, m), lang), items)));
        c.put("years", List.of());
        c.put("year", year);
        c.put("months", list);
        Integer prev = years.lowerKey(year);
        Integer next = years.higherKey(year);
        c.put("prev", prev == null ? null : new Year(prev, Urls.href(path, Urls.timelineYear(lang, prev)), 0));
        c.put("next", next == null ? null : new Year(next, Urls.href(path, Urls.timelineYear(lang, next)), 0));
        c.put("indexHref", Urls.href(path, Urls.timeline(lang)));
        c.put("description", Labels.of(lang).get("timeline.intro"));
        sink.page(path, "timeline.peb", c);
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
