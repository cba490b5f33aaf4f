package verbatim.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import verbatim.text.LetterRun;

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

    @Test
    void aMonthWordIsFoundInAnyCaseAndOnlyAsAWholeRunOfLetters() {
        DateGrammar fr = new DateGrammar(DateLexicon.load("fr"));
        assertEquals(true, fr.hasMonthWord("Il viendra en MARS."));
        assertEquals(true, fr.hasMonthWord("le 3 décembre"));
        assertEquals(false, fr.hasMonthWord("les marsupiaux, Maison, maints 2"));
        assertEquals(false, fr.hasMonthWord(""));
    }

    @Test
    void theMonthWordTestAnswersAsEveryRunOfLettersLowerCasedAndLookedUp() {
        for (String lang : List.of("fr", "en")) {
            DateLexicon lexicon = DateLexicon.load(lang);
            DateGrammar grammar = new DateGrammar(lexicon);
            Set<String> forms = lexicon.monthForms().stream().map(f -> f.text().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            List<String> pieces = List.of("mai", "MAI", "Mai", "juin", "May", "SEPT", "sept", "déc", "DÉCEMBRE",
                    "août", "AOÛT", "İ", "ı", "Σ", "marsupial", "a", " ", "'", "’", "9", "-", ".", "\u00A0", "é",
                    "\uD835\uDC00", "ß", "İan", "January", "jan", "Febr");
            Random random = new Random(8);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    text.append(pieces.get(random.nextInt(pieces.size())));
                }
                boolean expected = LetterRun.in(text.toString()).stream()
                        .anyMatch(run -> forms.contains(run.word().toLowerCase(Locale.ROOT)));
                assertEquals(expected, grammar.hasMonthWord(text.toString()), lang + ": " + text);
            }
        }
    }
}
