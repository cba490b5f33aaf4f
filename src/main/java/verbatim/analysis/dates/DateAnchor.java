package verbatim.analysis.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article date that implicit years are resolved against, and the resolution rules. News looks back: a
 * month after the article's month is last year's, unless the sentence speaks of the future.
 *
 * <p>Example: for an article of 2025-02, "en août" resolves to 2024, "août prochain" to 2025, "en janvier"
 * under a future verb to 2026; "mai dernier" in an article of 2024-10 resolves to 2024. For an article of
 * 2025-12-20, "the law takes effect on January 1" (a scheduled event in the present tense) resolves to the
 * nearer 1 January, 2026's (12 days ahead) rather than 2025's (353 days back).
 *
 * @param year  the article year, or 0 when the article has no date
 * @param month the article month (1–12), or 0
 * @param day   the article day, or 0 when the date gives only a month
 */
public record DateAnchor(int year, int month, int day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /** How a date without a year relates to the article date. */
    public enum Direction {
        /** No cue: the most recent such date, up to the article's month ("en août"). */
        BACK,
        /** The sentence is in the future: this month or a later one ("il partira en mars"). */
        AHEAD,
        /** The last one strictly before the article ("mai dernier", "last May"). */
        LAST,
        /** The next one strictly after the article ("septembre prochain", "next May"). */
        NEXT,
        /**
         * A scheduled event told in the present ("entre en vigueur le 1er janvier", "opens on May 4"): the
         * occurrence nearer to the article date, back or ahead; the past one on a tie. A day of 0 (a month, or an
         * article dated by month only) counts as the 15th.
         */
        NEAREST,
        /**
         * No tense cue at all ("Le conseil se réunit le 7 janvier.", "The deadline is January 15."): news looks
         * back, so the past occurrence, unless the coming one is less than half as far from the article date.
         */
        LIKELY
    }

    /** Parses "YYYY-MM-DD" or "YYYY-MM"; anything else (null included) gives an anchor without a date. */
    public static DateAnchor parse(String articleDate) {
        if (articleDate != null) {
            Matcher m = FORM.matcher(articleDate.strip());
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (month >= 1 && month <= 12) {
                    return new DateAnchor(Integer.parseInt(m.group(1)), month, day);
                }
            }
        }
        return new DateAnchor(0, 0, 0);
    }

    public boolean known() {
        return year > 0;
    }

    /**
     * The year of a month (and day, 0 when absent) written without a year, or 0 when the article has no date.
     */
    public int resolve(int mentionMonth, int mentionDay, Direction direction) {
        if (!known()) {
            return 0;
        }
        // order of the mention against the article: negative before, 0 same, positive after
        int order = Integer.compare(mentionMonth, month);
        boolean sameMonth = order == 0;
        if (sameMonth && mentionDay > 0 && day > 0) {
            order = Integer.compare(mentionDay, day);
        }
        return switch (direction) {
            case BACK -> mentionMonth > month ? year - 1 : year;
            case AHEAD -> mentionMonth < month ? year + 1 : year;
            case LAST -> order < 0 || (sameMonth && mentionDay > 0 && day == 0) ? year : year - 1;
            case NEXT -> order > 0 || (sameMonth && mentionDay > 0 && day == 0) ? year : year + 1;
            case NEAREST -> nearest(mentionMonth, mentionDay, 1);
            case LIKELY -> nearest(mentionMonth, mentionDay, 2);
        };
    }

    /**
     * The year of the occurrence of that month and day nearest to the article date (the earlier on a tie), a
     * coming one counting {@code aheadWeight} times its distance.
     */
    private int nearest(int mentionMonth, int mentionDay, int aheadWeight) {
        LocalDate article = LocalDate.of(year, month, day > 0 ? day : 15);
        int best = year;
        long bestDistance = Long.MAX_VALUE;
        for (int candidate = year - 1; candidate <= year + 1; candidate++) {
            int lastDay = YearMonth.of(candidate, mentionMonth).lengthOfMonth();
            LocalDate date = LocalDate.of(candidate, mentionMonth, Math.min(mentionDay > 0 ? mentionDay : 15,
                    lastDay));
            long days = ChronoUnit.DAYS.between(article, date);
            long distance = days > 0 ? days * aheadWeight : -days;
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
