package verbatim.analysis.dates;

import java.util.List;

/**
 * Finds the calendar references of an article: the seam through which {@code verbatim.analysis.RuleAnalyzer} calls the date
 * finder, so that it can be given any implementation (or none).
 *
 * <p>Example: {@code new RuleAnalyzer(new DateFinder()::find)}.
 */
@FunctionalInterface
public interface DateExtractor {

    /** No dates at all. */
    public DateExtractor NONE = (paragraphs, articleDate, lang) -> List.of();

    /** The dates of the paragraphs, resolved against the article date ("2026-02-12", "2026-02" or null). */
    public List<DateMention> find(List<String> paragraphs, String articleDate, String lang);
}
