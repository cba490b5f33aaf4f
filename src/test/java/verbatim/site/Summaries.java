package verbatim.site;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;

/** Small article summaries for tests of the indexes, feeds and data files. */
final class Summaries {

    private Summaries() {
    }

    /** A French original with its English translation, one quotation of Jeanne Dupont in paragraph 2. */
    static ArticleSummary translated(String slug, String date) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("fr", "Titre " + slug);
        titles.put("en", "Title " + slug);
        Map<String, String> leads = new LinkedHashMap<>();
        leads.put("fr", "Début de " + slug + ".");
        leads.put("en", "Start of " + slug + ".");
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fr", "Nous partons & revenons <demain>");
        texts.put("en", "We leave & come back <tomorrow>,");
        return new ArticleSummary(slug, LocalDate.parse(date), "fr", titles, leads,
                List.of(new Source("Lettre", "https://example.org/lettre"), new Source("Entretien", null)),
                List.of(new ArticleSummary.QuoteEntry(2, "Jeanne Dupont", true, texts)),
                Map.of("Jeanne Dupont", 2), Map.of("fr", List.of(new ArticleSummary.DateEntry(date.substring(0, 7),
                        "ce mois-ci", "Elle part ce mois-ci.", 1)), "en", List.of(new ArticleSummary.DateEntry(
                        date.substring(0, 7), "this month", "She leaves this month.", 1))));
    }

    /** An English original that has no French translation. */
    static ArticleSummary englishOnly(String slug, String date) {
        return new ArticleSummary(slug, LocalDate.parse(date), "en", Map.of("en", "Only " + slug),
                Map.of("en", "Only in English."), List.of(),
                List.of(new ArticleSummary.QuoteEntry(1, "Jeanne Dupont", true, Map.of("en", "Hello"))),
                Map.of("Jeanne Dupont", 1), Map.of("en", List.of(new ArticleSummary.DateEntry(date, "today",
                        "She spoke today.", 1))));
    }
}
