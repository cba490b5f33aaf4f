package verbatim.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * French elision where a label meets the word after it: « de », « le », « la » and « que » lose their vowel
 * before a word that starts with a vowel sound, as the press writes them.
 *
 * <p>Examples: {@code join("Publication de", "Alan Turing")} → "Publication d’Alan Turing";
 * {@code join("Citations de", "Élise Roy")} → "Citations d’Élise Roy"; {@code join("Citations de", "Yves Klein")}
 * → "Citations d’Yves Klein" (a y before a consonant is a vowel); {@code join("Citations de", "Yann Le Gall")} →
 * "Citations de Yann Le Gall"; {@code join("Quotes by", "Alan")} → "Quotes by Alan" (nothing to elide). A word
 * starting with h is left alone: whether its h is mute (« d’Hélène ») or aspirated (« de Hugues ») is the word's
 * own, and no rule tells them apart.
 */
public final class Elision {

    private static final Set<String> ELIDED = Set.of("de", "le", "la", "que");
    private static final String APOSTROPHE = "’";

    private Elision() {
    }

    /** {@code words} then {@code next}, separated by a space, or elided into one another. */
    public static String join(String words, String next) {
        if (next == null || next.isEmpty()) {
            return words;
        }
        if (words == null || words.isEmpty()) {
            return next;
        }
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1);
        if (!ELIDED.contains(last.toLowerCase(Locale.ROOT)) || !startsWithVowelSound(next)) {
            return words + " " + next;
        }
        return words.substring(0, space + 1) + last.substring(0, last.length() - 1) + APOSTROPHE + next;
    }

    /** True when {@code word} starts with a vowel, or with a y before a consonant (Yves, not Yann). */
    static boolean startsWithVowelSound(String word) {
        String base = Normalizer.normalize(word.substring(0, Math.min(2, word.length())), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (base.isEmpty()) {
            return false;
        }
        char first = base.charAt(0);
        if ("aeiou".indexOf(first) >= 0 || first == 'œ' || first == 'æ') {
            return true;
        }
        return first == 'y' && base.length() > 1 && "aeiouy".indexOf(base.charAt(1)) < 0
                && Character.isLetter(base.charAt(1));
    }
}
