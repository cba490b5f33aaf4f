package verbatim.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import verbatim.analysis.Analyzer;
import verbatim.analysis.ArticleText;
import verbatim.analysis.Quote;
import verbatim.analysis.RuleAnalyzer;

/** What the analyser finds in a small article of the tests (dated 2024-05-02): its quotations and their speakers. */
final class Said {

    private static final Analyzer ANALYZER = new RuleAnalyzer();

    private Said() {
    }

    static List<Quote> quotes(String lang, String... paragraphs) {
        return ANALYZER.analyze(new ArticleText(lang, "2024-05-02", List.of(paragraphs))).quotes();
    }

    /** The speakers of the quotations in order, null where none was found. */
    static List<String> speakers(String lang, String... paragraphs) {
        List<String> list = new ArrayList<>();
        quotes(lang, paragraphs).forEach(q -> list.add(q.speaker()));
        return list;
    }

    /** The names of the people found, in order. */
    static List<String> people(String lang, String... paragraphs) {
        return ANALYZER.analyze(new ArticleText(lang, "2024-05-02", List.of(paragraphs))).people().stream()
                .map(verbatim.analysis.Person::name).toList();
    }
}
