package verbatim.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text without its accents: decomposed (Unicode NFD) with every combining mark removed, case and other characters
 * kept. Example: « Pénélope Noël » → "Penelope Noel"; "ç" → "c". Ligatures (« œ ») are letters, not marks, and stay.
 */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /** {@code text} with its combining marks removed; ASCII text is returned as it is, without being copied. */
    public static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
