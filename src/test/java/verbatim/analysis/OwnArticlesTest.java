package verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verbatim.content.RawArticle;

/**
 * Short articles written for these tests (under {@code src/test/resources/verbatim/analysis/articles/}, with
 * gold files in the dev-set format, checked by hand): every quote, speaker and person must come out right.
 */
class OwnArticlesTest {

    private static final Analyzer ANALYZER = new RuleAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {"fr2", "fr5", "fr6", "en2", "en3", "en6"})
    void articleIsAnalysedAsItsGoldSays(String name) throws IOException {
        JsonNode gold;
        String text;
        try (InputStream g = getClass().getResourceAsStream("articles/" + name + ".json");
             InputStream t = getClass().getResourceAsStream("articles/" + name + ".txt")) {
            gold = new ObjectMapper().readTree(g);
            text = new String(t.readAllBytes(), StandardCharsets.UTF_8);
        }
        RawArticle raw = RawArticle.parse(text);
        Analysis analysis = ANALYZER.analyze(new ArticleText(gold.get("lang").asText(), raw.date(), raw.paragraphs()));
        Scorer scorer = new Scorer();
        scorer.add(name, gold, analysis);
        assertAll(scorer.misses.toString(),
                () -> assertEquals(1.0, scorer.quoteF1(), 1e-9),
                () -> assertEquals(1.0, scorer.speakerAccuracy(), 1e-9),
                () -> assertEquals(1.0, scorer.peopleF1(), 1e-9),
                () -> assertEquals(1.0, scorer.paragraphsExact(), 1e-9));
    }
}
