package verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import verbatim.content.RawArticle;

/**
 * Scores {@link RuleAnalyzer} on the seed article and on the real dev articles of {@code ../shared/corpus/dev}
 * (third-party texts, read where they are and never copied), the way {@code shared/eval/score.py} does.
 */
class DevSetEvaluationTest {

    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");
    private static final Path SEED = Path.of("..", "shared", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Analyzer analyzer = new RuleAnalyzer();

    @Test
    void seedArticleScoresPerfectly() throws IOException {
        Path text = SEED.resolve("sharma-anthropic.fr.txt");
        assumeTrue(Files.isRegularFile(text), "seed article absent: " + text.toAbsolutePath());
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/verbatim/seed/sharma-anthropic.fr.json")) {
            gold = JSON.readTree(in);
        }
        Scorer scorer = new Scorer();
        scorer.add("seed", gold, analyze(text, gold));
        assertAll(scorer.misses.toString(),
                () -> assertEquals(1.0, scorer.quoteF1(), 1e-9),
                () -> assertEquals(1.0, scorer.speakerAccuracy(), 1e-9),
                () -> assertEquals(1.0, scorer.peopleF1(), 1e-9),
                () -> assertEquals(1.0, scorer.paragraphsExact(), 1e-9),
                () -> assertDatesIfPredicted(scorer, 1.0));
    }

    @Test
    void devArticlesMeetTheQualityTargets() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "dev corpus absent (expected beside the project): " + DEV.toAbsolutePath());
        List<Path> articles;
        try (Stream<Path> files = Files.list(DEV)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!articles.isEmpty(), "no dev article in " + DEV.toAbsolutePath());
        Scorer scorer = new Scorer();
        for (Path text : articles) {
            Path goldFile = Path.of(text.toString().replaceAll("\\.txt$", ".json"));
            if (Files.isRegularFile(goldFile)) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                scorer.add(text.getFileName().toString(), gold, analyze(text, gold));
            }
        }
        String report = scorer + "\n" + String.join("\n", scorer.misses);
        assertAll(report,
                () -> assertTrue(scorer.quoteF1() >= 0.95, "quote F1"),
                () -> assertTrue(scorer.speakerAccuracy() >= 0.92, "speaker accuracy"),
                () -> assertTrue(scorer.peopleF1() >= 0.92, "people F1"),
                () -> assertEquals(1.0, scorer.paragraphsExact(), 1e-9, "paragraphs exact"),
                () -> assertDatesIfPredicted(scorer, 0.90));
    }

    /** Dates count only once a date finder is plugged in; then they must meet the threshold. */
    private static void assertDatesIfPredicted(Scorer scorer, double threshold) {
        if (scorer.dPred > 0) {
            assertTrue(scorer.dateF1() >= threshold, "date F1 " + scorer.dateF1());
        }
    }

    /** Analyses a raw article as the evaluator runs it: the "# url:" line removed, language from the gold. */
    private Analysis analyze(Path text, JsonNode gold) throws IOException {
        String content = Files.readString(text, StandardCharsets.UTF_8).replaceAll("(?m)^# url:.*\\R", "");
        RawArticle raw = RawArticle.parse(content);
        return analyzer.analyze(new ArticleText(gold.path("lang").asText(), raw.date(), raw.paragraphs()));
    }
}
