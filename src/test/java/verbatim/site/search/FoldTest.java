package verbatim.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void wordsAreFoldedAndCutAtWhatIsNeitherLetterNorNumber() {
        assertEquals(List.of("elysee", "dit", "non"), Fold.words("L'Élysée a dit « non »"));
        assertEquals(List.of("oeuvre", "strasse", "42", "x²"), Fold.words("Œuvre — Straße, n° 42 : x²!"));
        assertEquals(List.of(), Fold.words(" a … b "));
    }

    @Test
    void wordsAreThoseOfTheSeparatorPatternTheSearchScriptUses() {
        Pattern separators = Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "aZé9 ,.'’«»-\u00A0\u202Fœßİ½²ⅣØ\uD835\uDC00\uD83D\uDE00\uD800漢字";
        Random random = new Random(10);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String folded = verbatim.text.Accents.strip(text.toString()).toLowerCase(java.util.Locale.ROOT)
                    .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
            List<String> expected = new ArrayList<>();
            for (String w : separators.split(folded)) {
                if (w.codePointCount(0, w.length()) >= 2) {
                    expected.add(w);
                }
            }
            assertEquals(expected, Fold.words(text.toString()), text.toString());
        }
    }
}
