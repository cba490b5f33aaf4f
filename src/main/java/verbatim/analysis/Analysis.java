package verbatim.analysis;

import java.util.List;
import verbatim.analysis.dates.DateMention;

/**
 * What an {@link Analyzer} found in one article.
 *
 * @param lang          the article language
 * @param date          the article date as given, or null
 * @param paragraphs    the analysed paragraph texts (after elision repair), in order
 * @param quotes        every quotation, in reading order
 * @param people        every person named, by canonical name, in order of first mention
 * @param organizations organisations named, in order of first mention
 * @param dates         every calendar reference, in reading order
 * @param repairs       lost French elisions that were repaired before analysis
 * @param warnings      problems of the text itself (an unbalanced quotation mark, ...)
 */
public record Analysis(String lang, String date, List<String> paragraphs, List<Quote> quotes,
                       List<Person> people, List<Organization> organizations, List<DateMention> dates,
                       List<Repair> repairs, List<String> warnings) {
    public Analysis {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        dates = List.copyOf(dates);
        repairs = List.copyOf(repairs);
        warnings = List.copyOf(warnings);
    }
}
