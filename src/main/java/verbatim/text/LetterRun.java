package verbatim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of letters in a text, with its offsets: the words as the rules of Verbatim see them.
 *
 * <p>Example: {@code LetterRun.in("l'IA, en 2019")} gives "l" [0, 1), "IA" [2, 4) and "en" [6, 8).
 *
 * @param word  the letters
 * @param start the offset of the first letter
 * @param end   the offset after the last letter
 */
public record LetterRun(String word, int start, int end) {

    /** Every run of letters of the text, in order. */
    public static List<LetterRun> in(String text) {
        List<LetterRun> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                runs.add(new LetterRun(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return runs;
    }
}
