package verbatim.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;

/**
 * What the indexes need of one article, kept in memory after its pages are written: no paragraph text.
 *
 * @param slug     the article's slug
 * @param date     its date
 * @param time     the instant it was published when its date is written with its zone, else null
 * @param original the language of its original
 * @param titles   its title in each language it has
 * @param leads    the start of its first paragraph in each language, for the home page
 * @param sources  the documents it cites
 * @param quotes   its quotations
 * @param people   the people it names, by canonical name, with their mention counts
 * @param dates    the calendar references of each language's text, in reading order, for the timeline
 * @param genders  the gender the article gives people it names ('f' or 'm'), by canonical name; a person whose
 *                 gender the article does not tell is not in it
 */
public record ArticleSummary(String slug, LocalDate date, Instant time, String original, Map<String, String> titles,
                             Map<String, String> leads, List<Source> sources, List<QuoteEntry> quotes,
                             Map<String, Integer> people, Map<String, List<DateEntry>> dates,
                             Map<String, Character> genders) {

    /** A summary dated by its day only. */
    public ArticleSummary(String slug, LocalDate date, String original, Map<String, String> titles,
                          Map<String, String> leads, List<Source> sources, List<QuoteEntry> quotes,
                          Map<String, Integer> people, Map<String, List<DateEntry>> dates,
                          Map<String, Character> genders) {
        this(slug, date, null, original, titles, leads, sources, quotes, people, dates, genders);
    }

    /** A summary that tells no one's gender. */
    public ArticleSummary(String slug, LocalDate date, String original, Map<String, String> titles,
                          Map<String, String> leads, List<Source> sources, List<QuoteEntry> quotes,
                          Map<String, Integer> people, Map<String, List<DateEntry>> dates) {
        this(slug, date, original, titles, leads, sources, quotes, people, dates, Map.of());
    }

    /**
     * A date the article mentions.
     *
     * @param value     its ISO value at the precision written ("2026-02-09", "2025-10", "2019")
     * @param text      the words that carry it ("le 9 février")
     * @param sentence  the sentence that holds it, cut to about 300 characters around the date
     * @param paragraph the 1-based paragraph
     */
    public record DateEntry(String value, String text, String sentence, int paragraph) {
    }

    /** The dates of the text read on pages of {@code lang}. */
    public List<DateEntry> dates(String lang) {
        return dates.getOrDefault(textLang(lang), List.of());
    }

    /**
     * One quotation of the article.
     *
     * @param paragraph the 1-based paragraph
     * @param speaker   the canonical speaker, or null
     * @param person    true when the speaker is a person named in the article (who has a page)
     * @param texts     the quotation in each language it has, the original's language included
     */
    public record QuoteEntry(int paragraph, String speaker, boolean person, Map<String, String> texts) {

        /**
         * The language to show the quotation in: {@code preferred} when it has a text there, else the original's,
         * else the one language it has (a quotation only the translation holds).
         */
        public String textLang(String preferred, String original) {
            return texts.containsKey(preferred) ? preferred
                    : texts.containsKey(original) ? original : texts.keySet().iterator().next();
        }
    }

    /**
     * When the article was published, as the feeds give it: its {@link #time} when it has one, else midnight UTC of
     * its date ({@code 2026-02-12T00:00:00Z}).
     */
    public Instant published() {
        return time != null ? time : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The title in a language, or the original's. */
    public String title(String lang) {
        return titles.getOrDefault(lang, titles.get(original));
    }

    /** The language the article is read in on pages of {@code lang}: that language if it has it. */
    public String textLang(String lang) {
        return titles.containsKey(lang) ? lang : original;
    }
}
