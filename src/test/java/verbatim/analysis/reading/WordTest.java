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

    @Test
    void elidedNamesStayWholeAndTheirLetterAfterTheSmallOnesDoesNot() {
        assertEquals(List.of("O'Neill", "N’Golo-Kanté", "O", "'", "neill", "M'Bapp", "É"),
                texts("O'Neill N’Golo-Kanté O'neill M'BappÉ"));
        assertEquals(List.of("O'Neil", "L"), texts("O'NeilL"));
    }

    @Test
    void aTextIsCutIntoTheTokensOfThePattern() {
        String[] alphabet = {"a", "é", "Z", "É", "O", "M", "N", "'", "’", "-", "-", " ", " ", "\t", "\n", "\r", "\f",
            "\u000B", "\u00A0", "\u202F", "«", "»", ",", ".", "7", "²", "Ⅻ", "\u0301", "\u20DD", "\u0903", "ǅ",
            "ʰ", "中", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00", "\u2028", "_", "il", "t", "-t-il",
            "-elle", "Jean-", "ᵃ", "ß", "İ"};
        java.util.Random random = new java.util.Random(9);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(byPattern(text.toString()), Word.split(text.toString()), text.toString());
        }
    }

    @Test
    void numberWithACommaOrAPointIsOneWord() {
        assertEquals(List.of("£", "4,500", "on", "3.5", "and", "4", ",", "five"),
                Word.split("£4,500 on 3.5 and 4, five").stream().map(Word::text).toList());
    }

    /** The words as the pattern cuts them, with an inverted pronoun cut from its verb as {@link Word#split} does. */
    private static List<Word> byPattern(String text) {
        List<Word> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = Word.TOKEN.matcher(text);
        java.util.regex.Pattern inverted = java.util.regex.Pattern.compile(
                "(\\p{L}[\\p{L}]*?)(-t)?-(il|elle|ils|elles|on)");
        while (m.find()) {
            java.util.regex.Matcher inv = inverted.matcher(m.group());
            if (inv.matches()) {
                words.add(new Word(inv.group(1), m.start(), m.start() + inv.group(1).length()));
                words.add(new Word(inv.group(3), m.end() - inv.group(3).length(), m.end()));
            } else {
                words.add(new Word(m.group(), m.start(), m.end()));
            }
        }
        return words;
    }
}
