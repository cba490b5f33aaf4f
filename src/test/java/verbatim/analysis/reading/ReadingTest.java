package verbatim.analysis.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static List<String> words(String lang, String paragraph) {
        return new Reading(lang, List.of(paragraph), List.of()).words(1).stream().map(Word::text).toList();
    }

    @Test
    void englishPhrasalReportingVerbIsOneWord() {
        assertEquals(List.of("“", "Me", "too", ",", "”", "chimed in", "Joe", "Park", "."),
                words("en", "“Me too,” chimed in Joe Park."));
        assertEquals(List.of("Ken", "Fry", "hit back", ":"), words("en", "Ken Fry hit back:"));
    }

    @Test
    void particleThatNoPhrasalReportingVerbTakesStaysApart() {
        assertEquals(List.of("She", "chimed", "back", "."), words("en", "She chimed back."));
        assertEquals(List.of("He", "said", "in", "Paris"), words("en", "He said in Paris"));
    }

    @Test
    void frenchReportingLocutionIsOneWord() {
        assertEquals(List.of("a", "mis en garde", "Paul", "Roy"), words("fr", "a mis en garde Paul Roy"));
        assertEquals(List.of("mis", "en", "place"), words("fr", "mis en place"));
    }
}
