package verbatim.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import verbatim.analysis.reading.Span;

/**
 * Finds the calendar references of an article (French or English) and gives each its ISO value at the
 * precision written, resolving implicit years against the article date. Lists and ranges give one mention per
 * day, month or year, each with the text of the whole list. Thread-safe: the lexicons are loaded once, in the
 * constructor.
 *
 * <p>Example, in an article of 2025-02 ("fr"): "Elle a déclaré en août que…" → "en août" = 2024-08;
 * "les 7 et 8 novembre 2026" → 2026-11-07 and 2026-11-08, both with that text; "En 2019," → 2019.
 * Without an article date an implicit year stays unknown: "le 9 février" → "--02-09".
 */
public final class DateFinder {

    private final Map<String, DateGrammar> grammars;
    private final Map<String, TenseCues> tenses;
    /** The full weekday names of both languages, each language's Monday first. */
    private final List<String> weekNames;
    private final Pattern weekdayDay;

    /** Loads the French and English lexicons. */
    public DateFinder() {
        DateLexicon fr = DateLexicon.load("fr");
        DateLexicon en = DateLexicon.load("en");
        // French news quotes English dates ("June 3, 2022"); English news rarely quotes French ones
        this.grammars = Map.of("fr", new DateGrammar(fr, en), "en", new DateGrammar(en));
        this.tenses = Map.of("fr", new TenseCues(fr), "en", new TenseCues(en));
        // « jeudi 9 », "Thursday 9th": a weekday and a day of the month with no month after it, in either language
        this.weekNames = new ArrayList<>(fr.weekNames());
        this.weekNames.addAll(en.weekNames());
        this.weekdayDay = Pattern.compile(DateGrammar.startingWith(weekNames, "") + "(" + String.join("|", weekNames)
                + ")\\s+(\\d{1,2})(?:er|st|nd|rd|th)?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The dates of an article, in reading order.
     *
     * @param paragraphs  the paragraphs as plain text; span paragraph numbers are 1-based
     * @param articleDate "YYYY-MM-DD", "YYYY-MM" or null
     * @param lang        "fr" or "en" (anything else is read as English)
     */
    public List<DateMention> find(List<String> paragraphs, String articleDate, String lang) {
        String key = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
        DateGrammar grammar = grammars.get(key);
        TenseCues tense = tenses.get(key);
        DateAnchor anchor = DateAnchor.parse(articleDate);
        int maxYear = anchor.known() ? Math.min(2099, anchor.year() + 30) : 2099;
        List<DateMention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String written = paragraphs.get(p);
            if (written == null) {
                continue;
            }
            String text = spaced(written);
            int[] previous = {0, 0}; // year and month of the last month-precision date, for FOLLOWING
            List<DateGrammar.Found> found = grammar.scan(text, maxYear);
            List<DateMention> here = new ArrayList<>();
            for (DateGrammar.Found f : found) {
                String words = written.substring(f.start(), f.end());
                Span span = new Span(p + 1, f.start(), f.end());
                for (String value : values(f, anchor, tense, text, previous)) {
                    here.add(new DateMention(words, value, span));
                }
            }
            addWeekdayDays(text, written, p + 1, anchor, found, here);
            mentions.addAll(here);
        }
        return mentions;
    }

    /**
     * Adds the dates written as a weekday and a day of the month alone (« jeudi 9 », "Thursday 9th"), where no
     * date was found already: the month is the one, of the article's month and the two around it, in which that
     * day falls on that weekday, the nearest to the article's date (« jeudi 9 » in an article of 2016-06-10 is
     * 2016-06-09). Nothing is added when the article has no date or no month around it fits.
     */
    private void addWeekdayDays(String text, String written, int paragraph, DateAnchor anchor,
                                       List<DateGrammar.Found> found, List<DateMention> here) {
        if (!anchor.known() || anchor.month() == 0 || !DateGrammar.hasDigit(text)) {
            return; // no day of the month without a digit
        }
        java.util.regex.Matcher m = weekdayDay.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> f.start() < end && f.end() > start)) {
                continue; // « jeudi 9 juin »: the grammar read it whole
            }
            int index = 0;
            while (!weekNames.get(index).equalsIgnoreCase(m.group(1))) {
                index++;
            }
            DayOfWeek weekday = DayOfWeek.of(index % 7 + 1);
            int day = Integer.parseInt(m.group(2));
            LocalDate reference = LocalDate.of(anchor.year(), anchor.month(), anchor.day() > 0 ? anchor.day() : 15);
            LocalDate best = null;
            for (int shift = -1; shift <= 1; shift++) {
                YearMonth month = YearMonth.of(anchor.year(), anchor.month()).plusMonths(shift);
                if (day < 1 || day > month.lengthOfMonth() || month.atDay(day).getDayOfWeek() != weekday) {
                    continue;
                }
                LocalDate date = month.atDay(day);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, date))
                        < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
                    best = date;
                }
            }
            if (best != null) {
                here.add(new DateMention(written.substring(start, end), best.toString(),
                        new Span(paragraph, start, end)));
            }
        }
        here.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
    }

    /**
     * The text with every no-break or fixed-width space made a plain space, one character for one, so that the
     * grammar reads "le 9 mars" written with U+00A0 (HTML's &amp;nbsp;) or "le 1er mars" written with U+202F (the
     * narrow no-break space of French typography) as it reads them with plain spaces, and the spans stay those
     * of the written text.
     */
    public static String spaced(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // in ASCII only ' ' separates words as a space, in Latin-1 only U+00A0 more: no table asked for them
            if (c >= 0x80 && (c == '\u00A0' || c >= 0x100 && Character.getType(c) == Character.SPACE_SEPARATOR)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** The ISO values of one found date: one per day of a list, else one. */
    private static List<String> values(DateGrammar.Found f, DateAnchor anchor, TenseCues tense, String text,
                                       int[] previous) {
        if (f.month() == 0) {
            return List.of(digits(f.year(), 4));
        }
        List<String> values = new ArrayList<>();
        List<Integer> days = f.days().isEmpty() ? List.of(0) : f.days();
        for (int day : days) {
            int year = f.anchor() == DateGrammar.Anchor.FOLLOWING && previous[0] > 0
                    ? (f.month() >= previous[1] ? previous[0] : previous[0] + 1)
                    : year(f, day, anchor, tense, text);
            if (day == 0) {
                previous[0] = year;
                previous[1] = f.month();
            }
            if (day > 0 && !fits(year, f.month(), day)) {
                continue;
            }
            String yearPart = year > 0 ? digits(year, 4) : "-";
            values.add(day > 0 ? yearPart + "-" + digits(f.month(), 2) + "-" + digits(day, 2)
                    : yearPart + "-" + digits(f.month(), 2));
        }
        return values;
    }

    /** {@code n} in at least {@code width} digits, as {@code %0<width>d} writes it: (7, 2) → "07", (2026, 4) → "2026". */
    static String digits(int n, int width) {
        if (n < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", n);
        }
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static int year(DateGrammar.Found f, int day, DateAnchor anchor, TenseCues tense, String text) {
        return switch (f.anchor()) {
            case EXPLICIT -> f.year();
            case OFFSET -> anchor.known() ? anchor.year() + f.offset() : 0;
            case LAST -> anchor.resolve(f.month(), day, DateAnchor.Direction.LAST);
            case NEXT -> anchor.resolve(f.month(), day, DateAnchor.Direction.NEXT);
            case IMPLICIT, FOLLOWING -> anchor.resolve(f.month(), day, tense.direction(text, f.start(), f.end()));
        };
    }

    /** Whether the day exists in that month (any February 29th when the year is unknown). */
    private static boolean fits(int year, int month, int day) {
        return day <= YearMonth.of(year > 0 ? year : 2000, month).lengthOfMonth();
    }
}
