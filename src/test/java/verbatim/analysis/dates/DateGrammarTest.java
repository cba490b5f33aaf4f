package verbatim.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateGrammarTest {

    @Test
    void aMatchStartsAtTheFirstLetterOfAWordInEitherCaseAfterNoLetter() {
        assertEquals("(?=[\\x{46}\\x{4a}\\x{66}\\x{6a}])(?<![\\p{L}])",
                DateGrammar.startingWith(List.of("juin", "Feb"), ""));
    }

    @Test
    void lookAheadKeepsTheExtraClassGiven() {
        assertEquals("(?=[\\x{4d}\\x{6d}t0-9])(?<![\\p{L}])", DateGrammar.startingWith(List.of("mai"), "t0-9"));
    }

    @Test
    void accentedFirstLettersAreKeptInBothCases() {
        assertEquals("(?=[\\x{c9}\\x{e9}])(?<![\\p{L}])", DateGrammar.startingWith(List.of("été"), ""));
    }
}
