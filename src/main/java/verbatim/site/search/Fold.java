package verbatim.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.text.Accents;

/**
 * The words of a text as the search compares them: accents removed, lower case (Locale.ROOT), ligatures opened,
 * cut at every character that is not a letter or digit; words of one character are left out. {@code search.js}
 * folds a query the same way.
 *
 * <p>Example: "L'Élysée a dit « non »" → [elysee, dit, non].
 */
public final class Fold {

    private Fold() {
    }

    /** The folded words of {@code text}, in order, repeats included. */
    public static List<String> words(String text) {
        String folded = Accents.strip(text).toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        List<String> out = new ArrayList<>();
        int start = -1; // of the word being read, or -1 between words
        int letters = 0;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            if (wordCharacter(c)) {
                if (start < 0) {
                    start = i;
                    letters = 0;
                }
                letters++;
            } else if (start >= 0) {
                if (letters >= 2) {
                    out.add(folded.substring(start, i));
                }
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0 && letters >= 2) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** True for a letter or a number ({@code \p{L}} or {@code \p{N}}); the others cut words. */
    static boolean wordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * The file that holds a word: its first three characters (two for a word of two), written as is when they
     * are a–z and 0–9, otherwise as {@code x} and the hexadecimal code points.
     *
     * <p>Example: "elysee" → "ely"; "de" → "de"; "αβγδ" → "x3b13b23b3".
     */
    public static String shard(String word) {
        int end = word.offsetByCodePoints(0, Math.min(3, word.codePointCount(0, word.length())));
        String key = word.substring(0, end);
        if (key.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
            return key;
        }
        StringBuilder hex = new StringBuilder("x");
        key.codePoints().forEach(c -> hex.append(Integer.toHexString(c)));
        return hex.toString();
    }
}
