package verbatim.analysis.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTest {

    private static List<String> texts(String text) {
        return Word.split(text).stream().map(Word::text).toList();
    }

    @Test
    void invertedSubjectPronounIsCutFromItsVerb() {
        assertEquals(List.of("a", "il", "dit"), texts("a-t-il dit"));
    }

    @Test
    void invertedPronounIsCutAlsoWhenTheVerbOpensTheSentence() {
        assertEquals(List.of("A", "il", "douté", "?"), texts("A-t-il douté ?"));
        assertEquals(List.of("Peut", "elle", "gagner"), texts("Peut-elle gagner"));
    }

    @Test
    void hyphenatedNamesStayWhole() {
        assertEquals(List.of("Jean-Pierre", "Saint-Denis"), texts("Jean-Pierre Saint-Denis"));
    }
}
