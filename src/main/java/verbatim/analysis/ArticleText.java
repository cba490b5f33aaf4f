package verbatim.analysis;

import java.util.List;

/**
 * The input of an analysis: the article's language, its date and its paragraphs as plain text.
 *
 * @param lang       "fr" or "en"
 * @param date       the article date as written ("2026-02-12" or "2026-02"), or null when unknown
 * @param paragraphs paragraph texts in order, without Markdown
 */
public record ArticleText(String lang, String date, List<String> paragraphs) {
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
    }
}
