package verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import verbatim.analysis.reading.Span;
import verbatim.analysis.dates.DateMention;
import verbatim.analysis.dates.DateExtractor;

class RuleAnalyzerTest {

    private static final ArticleText ARTICLE = new ArticleText("fr", "2024-05-02", List.of(
            "Inès Roussel, présidente de l'association, a tranché : « Nous ne fermerons pas. »",
            "« C'est notre dernier mot », a-t-elle ajouté devant la mairie."));

    @Test
    void resultKeepsLanguageDateAndParagraphs() {
        Analysis a = new RuleAnalyzer().analyze(ARTICLE);
        assertEquals("fr", a.lang());
        assertEquals("2024-05-02", a.date());
        assertEquals(ARTICLE.paragraphs(), a.paragraphs());
    }

    @Test
    void bodyNamedAloneAfterItsNounKeepsTheLowerCaseWordsOfItsName() {
        Analysis a = new RuleAnalyzer().analyze(new ArticleText("fr", "2024-05-02", List.of(
                "Le syndicat Voix ouvrière a dénoncé « un budget d'austérité déguisé ».")));
        assertEquals(List.of("Voix ouvrière"), a.organizations().stream().map(Organization::name).toList());
    }

    @Test
    void quoteSpansPointAtTheInnerText() {
        Analysis a = new RuleAnalyzer().analyze(ARTICLE);
        for (Quote q : a.quotes()) {
            assertEquals(q.text(), a.paragraphs().get(q.paragraph() - 1).substring(q.span().start(), q.span().end()));
        }
        assertEquals(List.of("Inès Roussel", "Inès Roussel"), a.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void datesComeFromTheDateExtractorGiven() {
        DateExtractor fake = (paragraphs, date, lang) -> List.of(new DateMention("mai", date, new Span(1, 0, 3)));
        Analysis a = new RuleAnalyzer(fake).analyze(ARTICLE);
        assertEquals(List.of(new DateMention("mai", "2024-05-02", new Span(1, 0, 3))), a.dates());
        assertEquals(List.of(), new RuleAnalyzer().analyze(ARTICLE).dates());
    }

    @Test
    void elisionRepairsAreReportedOrTheTextIsLeftAsIs() {
        Analysis a = new RuleAnalyzer().analyze(new ArticleText("fr", null, List.of("Selon lui, lIA est là.")));
        if (a.repairs().isEmpty()) {
            assertEquals("Selon lui, lIA est là.", a.paragraphs().get(0));
        } else {
            for (Repair r : a.repairs()) {
                assertEquals(1, r.paragraph());
                assertTrue(a.paragraphs().get(0).contains(r.after()), r.toString());
            }
        }
    }

    @Test
    void englishTextIsNeverRepaired() {
        Analysis a = new RuleAnalyzer().analyze(new ArticleText("en", null, List.of("dune and lIA stay.")));
        assertEquals(List.of(), a.repairs());
        assertEquals("dune and lIA stay.", a.paragraphs().get(0));
    }

    @Test
    void unbalancedMarkGivesAWarning() {
        Analysis a = new RuleAnalyzer().analyze(new ArticleText("fr", null, List.of("Il dit « oui.", "Fin.")));
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).startsWith("paragraph 1, offset 7"), a.warnings().get(0));
    }

    @Test
    void oneAnalyzerServesManyThreadsWithTheSameResult() throws Exception {
        RuleAnalyzer shared = new RuleAnalyzer();
        Analysis expected = shared.analyze(ARTICLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> shared.analyze(ARTICLE)));
            }
            List<Analysis> results = Collections.synchronizedList(new ArrayList<>());
            for (Future<Analysis> f : futures) {
                results.add(f.get());
            }
            results.forEach(r -> assertEquals(expected, r));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anyMixOfMarksWordsAndNamesIsAnalysedWithSpansInsideTheText() {
        String[] pieces = {"«", "»", "“", "”", "\"", "'", "’", "‹", "›", "„", ",", ".", ":", " ", " ", " ", "il", "elle",
            "a-t-il dit", "said", "Marie Curie", "M.", "Dupont", "la lauréate", "selon", "King", "Paris", "CGT", "(",
            ")", "?", "!", "\u00a0", "l'", "qui", "\n"};
        java.util.Random random = new java.util.Random(42);
        RuleAnalyzer analyzer = new RuleAnalyzer();
        for (int round = 0; round < 300; round++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                StringBuilder text = new StringBuilder("x");
                for (int i = 0; i < random.nextInt(60); i++) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    text.append(piece.equals("\n") ? " " : piece).append(random.nextBoolean() ? " " : "");
                }
                paragraphs.add(text.toString().strip());
            }
            Analysis a = analyzer.analyze(new ArticleText(random.nextBoolean() ? "fr" : "en", null, paragraphs));
            for (Quote q : a.quotes()) {
                String paragraph = a.paragraphs().get(q.paragraph() - 1);
                assertEquals(q.text(), paragraph.substring(q.span().start(), q.span().end()), paragraph);
            }
            for (Person person : a.people()) {
                for (Span span : person.mentions()) {
                    assertTrue(span.end() <= a.paragraphs().get(span.paragraph() - 1).length());
                }
            }
        }
    }
}
