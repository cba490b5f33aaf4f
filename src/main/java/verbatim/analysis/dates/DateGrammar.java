package verbatim.analysis.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import verbatim.text.LetterRun;
import verbatim.analysis.reading.Word;

/**
 * The date grammar of one language: finds the calendar references of a paragraph, with their explicit year or
 * the cue that will fix it, before any resolution against the article date. Forms, in order of priority:
 * ISO and numeric dates; days with a month, lists and ranges of days ("les 7 et 8 novembre", "May 3-5");
 * a month with a year; a month alone in a date context ("en août", "septembre prochain", "in May", "mi-mars");
 * a year in a date context ("en 2019", "(2022)", "Wimbledon 2022"), never an amount ("2000 euros",
 * "plus de 1500").
 *
 * <p>Example: "Ils ont voté le 11 octobre." gives one {@link Found} for "le 11 octobre": month 10, day 11,
 * year to resolve ({@link Anchor#IMPLICIT}).
 *
 * <p>A grammar may also read the full dates of a second language, written in its order with a capitalised month
 * and the year: a French text quoting "June 3, 2022" (a letter, a court ruling) gives 2022-06-03 rather than a
 * lone year 2022. Months of the second language without a day and a year are left alone ("le groupe May").
 */
public final class DateGrammar {

    /** Where the year of a found date comes from. */
    public enum Anchor {
        /** Written ("octobre 1995"). */
        EXPLICIT,
        /** Not written: resolved from the article date and the tense of the sentence ("en août"). */
        IMPLICIT,
        /** "mai dernier", "last May". */
        LAST,
        /** "septembre prochain", "next May". */
        NEXT,
        /** The article year plus an offset ("mai de l'an dernier", "May last year"). */
        OFFSET,
        /** The second month of a list or range: the first one's year, or the next if it comes earlier. */
        FOLLOWING
    }

    /**
     * A date as written: its span, its year (0 unless {@link Anchor#EXPLICIT}), its month (0 for a year) and
     * its days (empty for a month or a year; several for a list or a range).
     */
    public record Found(int start, int end, int year, int month, List<Integer> days, Anchor anchor, int offset) {
        public Found {
            days = List.copyOf(days);
        }

        Found withSpan(int newStart, int newEnd) {
            return new Found(newStart, newEnd, year, month, days, anchor, offset);
        }

        Found withAnchor(Anchor newAnchor, int newOffset) {
            return new Found(start, end, year, month, days, newAnchor, newOffset);
        }
    }

    /** A word before or after a position: where it starts, its text and the part after its last apostrophe. */
    private record Word(int start, int end, String text, String tail) {
    }

    private static final String DAY = "(?<![\\p{L}\\d])(?:1er|1ᵉʳ|[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
            + "(?![\\p{L}\\d]|[.,]\\d)";
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:er|ᵉʳ|st|nd|rd|th)?"
            + "(?![\\p{L}\\d])");
    // the patterns that start with a digit say so first ("(?=\\d)"): one test passes over every other character
    private static final Pattern ISO = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{L}\\d])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d])(?<!\\d[.,'’ \\u00A0\\u202F])(\\d{4})(?![\\p{L}\\d]|[.,]\\d)");
    private static final Pattern CONNECTOR = Pattern.compile(
            "\\s*(?:,|-|–|—|/|&|et|ou|à|au|and|or|to|through)\\s*", Pattern.CASE_INSENSITIVE);
    /** What joins the dates of one list or range written as one text (a comma may end a list of its own). */
    private static final Pattern LINK = Pattern.compile(
            "\\s*(?:-|–|—|/|&|et|ou|à|au|and|or|to|through)\\s*", Pattern.CASE_INSENSITIVE);
    /** What joins the two ends of a range (not a list: "2019 et 2017" may be in any order). */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:-|–|—|à|au|to|through)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A French infinitive, as after a count of people: "ils étaient 2000 à manifester". */
    private static final Pattern INFINITIVE = Pattern.compile("\\p{Ll}{2,}(?:er|ir|re|oir)");
    private static final Pattern CODE_TAIL = Pattern.compile("[-–/](\\d+)");
    private static final Pattern AMOUNT_RANGE = Pattern.compile(
            "\\s*(?:et|ou|à|-|–|and|or|to)\\s*(?:\\d{1,3}(?:[.,'’\\u00A0\\u202F ]\\d{3})+|\\d{3,})(?![\\d.,]\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            ",?\\s+(?:(?:de\\s+)?l['’]an(?:née)?\\s+(dernier|dernière|passée?|prochaine?)"
                    + "|(?:de\\s+)?cette\\s+année"
                    + "|(?:of\\s+)?(last|this|next)\\s+year)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final DateLexicon lexicon;
    private final boolean french;
    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern monthYear;
    private final Pattern monthAlone;
    private final Pattern rangeToMonth;
    private final java.util.Set<String> monthWords = new java.util.HashSet<>();
    /** The first letters of {@link #monthWords}, and the length of the longest. */
    private final String monthWordFirsts;
    private final int longestMonthWord;
    /** The other language's months, read only in a full date with its year ("June 3, 2022"); or null. */
    private final DateLexicon foreign;
    private final Pattern foreignDate;

    /** A grammar of one language only. */
    DateGrammar(DateLexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * A grammar of {@code lexicon}'s language that also reads the full dates of {@code foreign} (may be null):
     * month, day and year in that order ("June 3, 2022", "Sept. 9 2021"), the month capitalised.
     */
    DateGrammar(DateLexicon lexicon, DateLexicon foreign) {
        this.lexicon = lexicon;
        this.foreign = foreign;
        if (foreign != null) {
            List<String> forms = new ArrayList<>();
            for (DateLexicon.MonthForm form : foreign.monthForms()) {
                forms.add(Pattern.quote(form.text()) + (form.abbreviation() ? "\\." : ""));
            }
            // case-sensitive on purpose: the month of another language must look like a name
            this.foreignDate = Pattern.compile(startingWith(monthTexts(foreign), "") + "(?<![\\p{L}])(?<month>"
                    + String.join("|", forms) + ")\\s+(?<day>"
                    + DAY + "),?\\s+(?<year>\\d{4})(?![\\p{L}\\d]|[.,]\\d)");
        } else {
            this.foreignDate = null;
        }
        this.french = lexicon.lang().equals("fr");
        String month = monthAlternation();
        for (DateLexicon.MonthForm form : lexicon.monthForms()) {
            monthWords.add(form.text().toLowerCase(Locale.ROOT));
        }
        StringBuilder firsts = new StringBuilder();
        int longest = 0;
        for (String word : monthWords) {
            if (!word.isEmpty() && firsts.indexOf(word.substring(0, 1)) < 0) {
                firsts.append(word.charAt(0));
            }
            longest = Math.max(longest, word.length());
        }
        this.monthWordFirsts = firsts.toString();
        this.longestMonthWord = longest;
        String weekday = "(?:" + String.join("|", lexicon.weekdays()) + ")\\.?";
        String days = DAY + "(?:" + CONNECTOR.pattern() + "(?:(?:le|the)\\s+)?(?:" + weekday + ",?\\s+)?" + DAY
                + ")*";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // French writes "9 février 2026", English also "February 9, 2026"
        String year = (french ? "" : ",?") + "\\s+(?<year>\\d{4})(?![\\p{L}\\d]|[.,]\\d)";
        List<String> months = monthTexts(lexicon);
        List<String> weekdays = lexicon.weekdays();
        // each pattern opens with the characters its matches may start with, so that the positions of a paragraph
        // where none can start are passed over by one test instead of its alternations of weekdays and months
        this.dayMonth = Pattern.compile(startingWith(weekdays, "t0-9") + "(?:(?<![\\p{L}])" + weekday + ",?\\s+)?"
                + "(?:(?<![\\p{L}])the\\s+)?"
                + "(?<days>" + days + ")\\s+(?:of\\s+)?(?<month>" + month + ")(?<monthEnd>)(?:" + year + ")?", flags);
        this.monthDay = Pattern.compile(startingWith(Stream.concat(weekdays.stream(), months.stream()).toList(), "")
                + "(?:(?<![\\p{L}])" + weekday + ",?\\s+)?(?<month>" + month
                + ")\\s+(?:the\\s+)?(?<days>" + days + ")(?<monthEnd>)(?:" + year + ")?", flags);
        String mid = "(?<mid>(?<![\\p{L}])(?:mi|mid)(?:-|\\s+))?";
        String monthStart = startingWith(months, "m"); // "mi-mars", "mid-May"
        this.monthYear = Pattern.compile(monthStart + mid + "(?<month>" + month + ")(?:\\s+(?:de|of))?" + year, flags);
        this.monthAlone = Pattern.compile(monthStart + mid + "(?<month>" + month + ")", flags);
        this.rangeToMonth = Pattern.compile("\\s*(?:à|au|et|-|–|to|and|through)\\s+(?:(?:mi|mid)-)?" + month,
                flags);
    }

    /** The month forms of {@code lexicon} as written ("janvier", "Jan"). */
    private static List<String> monthTexts(DateLexicon lexicon) {
        return lexicon.monthForms().stream().map(DateLexicon.MonthForm::text).toList();
    }

    /**
     * Where a match of a date pattern may start: at the first character of one of {@code words} in any case, or at
     * one of the class {@code more} ("t0-9"), and after no letter (every such pattern starts after no letter). It
     * matches nothing itself, only makes a pattern fail at once where no match can start, inside a word and before
     * most characters: "(?=[jJfF])(?<![\\p{L}])" for "juin" and "Feb".
     */
    static String startingWith(List<String> words, String more) {
        java.util.SortedSet<Character> firsts = new java.util.TreeSet<>();
        for (String word : words) {
            char c = word.charAt(0);
            firsts.addAll(List.of(c, Character.toLowerCase(c), Character.toUpperCase(c),
                    Character.toLowerCase(Character.toUpperCase(c))));
        }
        StringBuilder out = new StringBuilder("(?=[");
        for (char c : firsts) {
            out.append(String.format(Locale.ROOT, "\\x{%x}", (int) c));
        }
        return out.append(more).append("])(?<![\\p{L}])").toString();
    }

    /**
     * True when a run of letters of the text ({@link LetterRun}) is a month form ("février", "Feb", "mars"). Only a
     * run that may lower-case to one is copied and looked up: one no longer than the longest form (lower-casing never
     * shortens a word), whose first letter lower-cases to a form's first letter ("İ" lower-cases to "i" and a dot).
     */
    boolean hasMonthWord(String text) {
        char[] chars = text.toCharArray();
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            boolean letter = i < chars.length && LetterRun.isLetter(chars[i]);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= longestMonthWord && mayStartMonthWord(chars[start])
                        && monthWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** Whether a word starting with {@code c} may lower-case to a month form's first letter. */
    private boolean mayStartMonthWord(char c) {
        char lower = c == '\u0130' ? 'i' : Character.toLowerCase(c);
        return monthWordFirsts.indexOf(lower) >= 0;
    }

    private String monthAlternation() {
        List<String> forms = new ArrayList<>();
        for (DateLexicon.MonthForm form : lexicon.monthForms()) {
            String dot = form.abbreviation() ? (french ? "\\." : "\\.?") : "";
            forms.add(Pattern.quote(form.text()) + dot);
        }
        return "(?<![\\p{L}])(?:" + String.join("|", forms) + ")(?![\\p{L}])";
    }

    /** Whether the text holds an ASCII digit, which every date with a number has ({@code \d} is ASCII here). */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The dates of one paragraph, in reading order; {@code maxYear} bounds a year standing alone. */
    public List<Found> scan(String text, int maxYear) {
        boolean[] taken = new boolean[text.length() + 1];
        List<Found> found = new ArrayList<>();
        // most paragraphs hold no digit or no month name: the patterns that need one are skipped there
        boolean digits = hasDigit(text);
        boolean months = hasMonthWord(text);
        if (digits) {
            addIso(text, taken, found);
            addNumeric(text, taken, found);
        }
        if (digits && foreignDate != null) {
            addForeignDates(text, taken, found);
        }
        if (digits && months) {
            addDays(text, taken, found);
            addMonthYears(text, taken, found);
        }
        if (months) {
            addMonthsAlone(text, taken, found);
        }
        if (digits) {
            addYears(text, taken, found, maxYear);
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<Found> result = new ArrayList<>();
        int groupStart = 0; // a list or range ("2019-2020", "de mai à juillet 2024") is written as one text
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            boolean linked = next != null && level(f) == level(next)
                    && LINK.matcher(text.substring(f.end(), next.start())).matches();
            if (linked && f.anchor() == Anchor.IMPLICIT && f.month() > 0 && next.anchor() == Anchor.EXPLICIT) {
                // "du 28 février au 2 mars 2025", "de mai à juillet 2024": the range shares the written year
                int year = f.month() > next.month() ? next.year() - 1 : next.year();
                f = new Found(f.start(), f.end(), year, f.month(), f.days(), Anchor.EXPLICIT, 0);
            }
            result.add(withContext(text, f));
            if (!linked) {
                int start = result.get(groupStart).start();
                int end = result.get(result.size() - 1).end();
                for (int g = groupStart; g < result.size(); g++) {
                    result.set(g, result.get(g).withSpan(start, end));
                }
                groupStart = result.size();
            }
        }
        return result;
    }

    /** 2 for a day, 1 for a month, 0 for a year: only dates of one level make a list. */
    private static int level(Found f) {
        return !f.days().isEmpty() ? 2 : f.month() > 0 ? 1 : 0;
    }

    private void addIso(String text, boolean[] taken, List<Found> found) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && take(taken, m.start(), m.end())) {
                found.add(new Found(m.start(), m.end(), Integer.parseInt(m.group(1)), month, List.of(day),
                        Anchor.EXPLICIT, 0));
            }
        }
    }

    private void addNumeric(String text, boolean[] taken, List<Found> found) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            // French writes day/month; English day/month only when the first number cannot be a month
            boolean dayFirst = french || first > 12;
            int day = dayFirst ? first : second;
            int month = dayFirst ? second : first;
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && take(taken, m.start(), m.end())) {
                found.add(new Found(m.start(), m.end(), Integer.parseInt(m.group(4)), month, List.of(day),
                        Anchor.EXPLICIT, 0));
            }
        }
    }

    /** One match of a day pattern, kept so that the matches of two patterns can be sorted together. */
    private record DayHit(int start, int end, int withoutYear, String days, String month, String year) {
    }

    private void addDays(String text, boolean[] taken, List<Found> found) {
        List<DayHit> hits = new ArrayList<>();
        collect(dayMonth.matcher(text), hits);
        if (!french) {
            collect(monthDay.matcher(text), hits);
        }
        hits.sort(Comparator.comparingInt(DayHit::start).thenComparingInt(h -> -h.end()));
        for (DayHit hit : hits) {
            DateLexicon.MonthForm form = lexicon.month(hit.month());
            if (form == null || !casedLikeAMonth(hit.month(), true) || overlaps(taken, hit.start(), hit.end())) {
                continue;
            }
            if (french && hit.year() == null && Character.isUpperCase(hit.month().charAt(0))) {
                continue; // "le 11 Septembre", "place du 14 Juillet": an event or a street, named after its day
            }
            List<Integer> days = new ArrayList<>();
            Matcher d = DAY_NUMBER.matcher(hit.days());
            while (d.find()) {
                days.add(Integer.parseInt(d.group(1)));
            }
            days.removeIf(day -> day < 1 || day > 31);
            if (days.isEmpty()) {
                continue;
            }
            int year = hit.year() == null ? 0 : Integer.parseInt(hit.year());
            Word next = wordAfter(text, hit.end());
            if (year > 0 && (year < 1000 || year > 2099 || (next != null && lexicon.is("amount-after", next.text()))
                    || "%€$£".indexOf(charAfter(text, hit.end())) >= 0)) {
                year = 0; // "le 9 février, 2000 personnes": the number is not the year
            }
            int end = year > 0 ? hit.end() : hit.withoutYear();
            take(taken, hit.start(), end);
            found.add(year == 0
                    ? new Found(hit.start(), end, 0, form.month(), days, Anchor.IMPLICIT, 0)
                    : new Found(hit.start(), end, year, form.month(), days, Anchor.EXPLICIT, 0));
        }
    }

    private void addForeignDates(String text, boolean[] taken, List<Found> found) {
        Matcher m = foreignDate.matcher(text);
        while (m.find()) {
            DateLexicon.MonthForm form = foreign.month(m.group("month"));
            Matcher d = DAY_NUMBER.matcher(m.group("day"));
            int year = Integer.parseInt(m.group("year"));
            if (form != null && d.find() && year >= 1000 && year <= 2099 && !overlaps(taken, m.start(), m.end())) {
                int day = Integer.parseInt(d.group(1));
                if (day >= 1 && day <= 31) {
                    take(taken, m.start(), m.end());
                    found.add(new Found(m.start(), m.end(), year, form.month(), List.of(day), Anchor.EXPLICIT, 0));
                }
            }
        }
    }

    private static void collect(Matcher m, List<DayHit> hits) {
        while (m.find()) {
            hits.add(new DayHit(m.start(), m.end(), m.end("monthEnd"), m.group("days"), m.group("month"),
                    m.group("year")));
        }
    }

    private void addMonthYears(String text, boolean[] taken, List<Found> found) {
        Matcher m = monthYear.matcher(text);
        while (m.find()) {
            DateLexicon.MonthForm form = lexicon.month(m.group("month"));
            Word next = wordAfter(text, m.end());
            boolean amount = next != null && lexicon.is("amount-after", next.text());
            if (form != null && !amount && casedLikeAMonth(m.group("month"), true) && take(taken, m.start(), m.end())) {
                found.add(new Found(m.start(), m.end(), Integer.parseInt(m.group("year")), form.month(), List.of(),
                        Anchor.EXPLICIT, 0));
            }
        }
    }

    private void addMonthsAlone(String text, boolean[] taken, List<Found> found) {
        Matcher m = monthAlone.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            DateLexicon.MonthForm form = lexicon.month(m.group("month"));
            if (form == null || form.abbreviation() || overlaps(taken, m.start(), m.end())) {
                continue;
            }
            boolean chained = lastEnd >= 0 && CONNECTOR.matcher(text.substring(lastEnd, m.start())).matches();
            if (casedLikeAMonth(m.group("month"), false)
                    && (chained || m.group("mid") != null || monthContext(text, m.start(), m.end(), form))) {
                take(taken, m.start(), m.end());
                found.add(new Found(m.start(), m.end(), 0, form.month(), List.of(),
                        chained ? Anchor.FOLLOWING : Anchor.IMPLICIT, 0));
                lastEnd = m.end();
            }
        }
    }

    private boolean monthContext(String text, int start, int end, DateLexicon.MonthForm form) {
        Word next = wordAfter(text, end);
        if (next != null && (lexicon.is("past-after", next.text()) || lexicon.is("future-after", next.text()))) {
            return true;
        }
        Word prev = wordBefore(text, start);
        if (prev == null) {
            return false;
        }
        String kind = form.word() ? "word-month-before" : "month-before";
        if (lexicon.is(kind, prev.text()) || lexicon.is(kind, prev.tail())) {
            return true;
        }
        String p = DateLexicon.fold(prev.tail());
        boolean of = p.equals("de") || p.equals("d'") || p.equals("du") || p.equals("of");
        if (of || p.equals("as")) {
            Word before = wordBefore(text, prev.start());
            if (before != null && lexicon.is("month-before", before.tail())) {
                return true; // "au mois de mai", "fin d'août", "the end of May", "as early as May"
            }
        }
        boolean from = of || p.equals("entre") || p.equals("from") || p.equals("between");
        return from && rangeToMonth.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The last year a cue word may name ahead of the article ("by 2100"), targets of climate and budget plans. */
    private static final int LAST_TARGET_YEAR = 2100;

    private void addYears(String text, boolean[] taken, List<Found> found, int maxYear) {
        Matcher m = YEAR.matcher(text);
        int lastEnd = -1;
        int lastYear = 0;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 1000 || year > LAST_TARGET_YEAR || overlaps(taken, m.start(), m.end())) {
                continue;
            }
            // "2019 et 2020", "de 2010 à 2015": a year close to the one just before, across a connector
            String between = lastEnd >= 0 ? text.substring(lastEnd, m.start()) : "";
            boolean chained = lastEnd >= 0 && Math.abs(year - lastYear) <= 50
                    && CONNECTOR.matcher(between).matches();
            if (chained && year <= lastYear && RANGE.matcher(between).matches()) {
                // a range runs forward: "2019 à 1987", "2019 to 1987" is a score or two counts, not two years
                Found last = found.remove(found.size() - 1);
                Arrays.fill(taken, last.start(), last.end(), false);
                lastEnd = -1;
                continue;
            }
            if (yearContext(text, m.start(), m.end(), year, maxYear, chained)) {
                take(taken, m.start(), m.end());
                found.add(new Found(m.start(), m.end(), year, 0, List.of(), Anchor.EXPLICIT, 0));
                lastEnd = m.end();
                lastYear = year;
            }
        }
    }

    private boolean yearContext(String text, int start, int end, int year, int maxYear, boolean chained) {
        Word next = wordAfter(text, end);
        char after = charAfter(text, end);
        if ((next != null && lexicon.is("amount-after", next.text())) || "%€$£°".indexOf(after) >= 0
                || isIdentifier(text, end) || endsARangeOfAmounts(text, end) || countsPeopleDoing(text, next)) {
            return false;
        }
        if (chained) {
            return year <= maxYear;
        }
        boolean plausible = year >= 1900 && year <= maxYear;
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '(' && after == ')') {
            return year >= 1800 && year <= maxYear;
        }
        Word prev = wordBefore(text, start);
        if (prev != null && (lexicon.is("amount-before", prev.text()) || lexicon.is("amount-before", prev.tail()))) {
            return false;
        }
        String p = prev == null ? "" : DateLexicon.fold(prev.tail());
        boolean of = p.equals("de") || p.equals("d'") || p.equals("du") || p.equals("of") || p.equals("à");
        Word earlier = of ? wordBefore(text, prev.start()) : null;
        if (earlier != null && lexicon.is("amount-before", earlier.tail())) {
            return false; // "plus de 2000", "près de 1500"
        }
        boolean cue = prev != null && (lexicon.is("year-before", prev.text()) || lexicon.is("year-before", p)
                || (earlier != null && lexicon.is("year-before", earlier.tail()))); // "la fin de 2019"
        boolean yearAfter = next == null || lexicon.is("year-after", head(next));
        if (cue) { // « d'ici 2100 », "by 2075": a cue carries a target year up to the century's end
            return year <= Math.max(maxYear, LAST_TARGET_YEAR) && (plausible || yearAfter || year > maxYear);
        }
        if ((of && !p.equals("à") || p.equals("for")) && ",.;:)".indexOf(after) >= 0 && year >= 1500
                && year <= maxYear) {
            return true; // « le débarquement de 1830. », "the sit-ins of 1963,", "profit for 2025,"
        }
        if (!plausible) {
            return false;
        }
        if (prev == null) {
            // a sign, a digit or a bracket before the number, or the start of the paragraph
            return !Character.isLetterOrDigit(before) && "#№°+-–/$€£".indexOf(before) < 0 && yearAfter;
        }
        if (!french && (isDeterminer(p) || prev.text().endsWith("'s") || prev.text().endsWith("’s"))) {
            return true; // "the 2016 election", "Biden's 2020 campaign"
        }
        if (!french && (p.equals("a") || p.equals("an")) && next != null
                && next.text().chars().allMatch(Character::isLetter) && Character.isLowerCase(next.text().charAt(0))) {
            return true; // "a 2015 federal court decision", "a 2019 report"; "a 2000-strong crowd" is no word after
        }
        if (!french && Character.isLowerCase(prev.text().charAt(0))) {
            // "the rally drew 2000." is a count; "he said 1999 was…" and "Euro 2024" are years
            return next != null && lexicon.is("year-after", head(next));
        }
        // "la défaite de 2020 face à…" is a year; "un parc de 2000 camions" is a count
        return yearAfter || (french && of && !p.equals("à") && !isPlural(next));
    }

    /** Whether the number is followed by "à" and an infinitive, a count of people: "ils étaient 2000 à voter". */
    private boolean countsPeopleDoing(String text, Word next) {
        if (!french || next == null || !next.text().equals("à")) {
            return false;
        }
        Word verb = wordAfter(text, next.end());
        return verb != null && INFINITIVE.matcher(verb.text()).matches();
    }

    private static boolean isPlural(Word word) {
        String w = word.text();
        return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && (w.endsWith("s") || w.endsWith("x"));
    }

    /** Whether the number goes on as a code ("2019-778", "2024/1"), not as a range of years ("2019-20"). */
    private static boolean isIdentifier(String text, int end) {
        Matcher m = CODE_TAIL.matcher(text).region(end, text.length());
        return m.lookingAt() && m.group(1).length() != 2 && m.group(1).length() != 4;
    }

    /** Whether a number starts a range of amounts ("2000 à 3 000 euros"), which makes it an amount too. */
    private boolean endsARangeOfAmounts(String text, int end) {
        Matcher m = AMOUNT_RANGE.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        Word unit = wordAfter(text, m.end());
        return (unit != null && lexicon.is("amount-after", unit.text()))
                || "%€$£".indexOf(charAfter(text, m.end())) >= 0;
    }

    /** The part of a word before its apostrophe ("s'est" → "s"), or the word. */
    private static String head(Word word) {
        String text = word.text().replace('’', '\'');
        int apostrophe = text.indexOf('\'');
        return apostrophe > 0 ? text.substring(0, apostrophe) : text;
    }

    private static boolean isDeterminer(String word) {
        return switch (word) {
            case "the", "its", "their", "his", "her", "this", "that", "our" -> true;
            default -> false;
        };
    }

    /** Adds the lead word ("le", "en", "in"), the qualifier ("dernier", "prochain") and a relative year. */
    private Found withContext(String text, Found f) {
        Found result = f;
        int start = f.start();
        int end = f.end();
        if (f.month() > 0 && f.anchor() == Anchor.IMPLICIT) {
            Matcher rel = RELATIVE_YEAR.matcher(text).region(end, text.length());
            Word next = wordAfter(text, end);
            Word prev = wordBefore(text, start);
            if (rel.lookingAt()) {
                String which = DateLexicon.fold(rel.group(1) != null ? rel.group(1)
                        : rel.group(2) != null ? rel.group(2) : "this");
                int offset = which.startsWith("dern") || which.startsWith("pass") || which.equals("last") ? -1
                        : which.startsWith("proch") || which.equals("next") ? 1 : 0;
                result = result.withAnchor(Anchor.OFFSET, offset);
                end = rel.end();
            } else if (next != null && lexicon.is("past-after", next.text())) {
                result = result.withAnchor(Anchor.LAST, 0);
                end = next.end();
            } else if (next != null && lexicon.is("future-after", next.text())) {
                result = result.withAnchor(Anchor.NEXT, 0);
                end = next.end();
            } else if (prev != null && lexicon.is("past-before", prev.text())) {
                result = result.withAnchor(Anchor.LAST, 0);
            } else if (prev != null && lexicon.is("future-before", prev.text())) {
                result = result.withAnchor(Anchor.NEXT, 0);
            } else if (prev != null && DateLexicon.fold(prev.text()).equals("this")) {
                result = result.withAnchor(Anchor.OFFSET, 0);
            }
        }
        Word prev = wordBefore(text, start);
        if (prev != null && lexicon.is("lead", prev.tail())) {
            start = prev.end() - prev.tail().length();
        }
        return result.withSpan(start, end);
    }

    /** The word right before {@code pos}, across spaces (or one hyphen: "mi-2024"), or null after punctuation. */
    private static Word wordBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == pos && i > 0 && text.charAt(i - 1) == '-' && i > 1 && Character.isLetter(text.charAt(i - 2))) {
            i--;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || isApostrophe(text.charAt(i - 1))
                || text.charAt(i - 1) == '°')) {
            i--;
        }
        if (i == end) {
            return null;
        }
        String word = text.substring(i, end);
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        String tail = apostrophe >= 0 && apostrophe < word.length() - 1 ? word.substring(apostrophe + 1) : word;
        return new Word(i, end, word, tail);
    }

    /** The word right after {@code pos}, across spaces, or null when punctuation or a digit comes first. */
    private static Word wordAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i))
                || (i > start && isApostrophe(text.charAt(i))))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        String word = text.substring(start, i);
        return new Word(start, i, word, word);
    }

    private static char charAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** French month names are lower case in running text; English ones are capitalised. */
    private boolean casedLikeAMonth(String form, boolean withNumber) {
        char first = form.charAt(0);
        if (french) {
            return withNumber || Character.isLowerCase(first);
        }
        return Character.isUpperCase(first);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean take(boolean[] taken, int start, int end) {
        if (overlaps(taken, start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        return true;
    }
}
