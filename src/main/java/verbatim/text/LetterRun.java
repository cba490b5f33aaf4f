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
        char[] chars = text.toCharArray(); // read from an array: a build splits every paragraph
        List<LetterRun> runs = new ArrayList<>(chars.length / 5 + 1);
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            boolean letter = i < chars.length && isLetter(chars[i]);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                runs.add(new LetterRun(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return runs;
    }

    /**
     * {@link Character#isLetter(char)}, answered without a table for ASCII (its letters are A–Z and a–z).
     *
     * <p>Example: {@code isLetter('é')} and {@code isLetter('Q')} are true, {@code isLetter('\'')} false.
     */
    public static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }
}
