package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRunTest {

    @Test
    void runsOfLettersKeepTheirOffsets() {
        assertEquals(List.of(new LetterRun("l", 0, 1), new LetterRun("IA", 2, 4), new LetterRun("en", 6, 8)),
                LetterRun.in("l'IA, en 2019"));
    }

    @Test
    void accentedLettersBelongToTheRun() {
        assertEquals(List.of(new LetterRun("été", 0, 3)), LetterRun.in("été!"));
    }

    @Test
    void letterIsCharacterIsLetterForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), LetterRun.isLetter((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void runsAreTheMaximalRunsOfCharactersThatAreLetters() {
        String text = "Aujourd’hui, l'İle-de-France\u00A0: 42 km² — ǅemal 𝐀b.";
        List<LetterRun> expected = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                expected.add(new LetterRun(text.substring(start, i), start, i));
                start = -1;
            }
        }
        assertEquals(expected, LetterRun.in(text));
    }
}
