package verbatim.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;

/**
 * What the indexes need of one article, kept in memory after its pages are written: no paragraph text.
 *
 * @param slug     the article's slug
 * @param date     its date
 * @param original the language of its original
 * @param titles   its title in each language it has
 * @param leads    the start of its first paragraph in each language, for the home page
 * @param sources  the documents it cites
 * @param quotes   its quotations
 * @param people   the people it names, by canonical name, with their mention counts
 */
public record ArticleSummary(String slug, LocalDate date, String original, Map<String, String> titles,
                             Map<String, String> leads, List<Source> sources, List<QuoteEntry> quotes,
                             Map<String, Integer> people) {

    /**
     * One quotation of the article.
     *
     * @param paragraph the 1-based paragraph
     * @param speaker   the canonical speaker, or null
     * @param person    true when the speaker is a person named in the article (who has a page)
     * @param texts     the quotation in each language it has, the original's language included
     */
    public record QuoteEntry(int paragraph, String speaker, boolean person, Map<String, String> texts) {
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
