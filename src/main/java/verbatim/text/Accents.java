package verbatim.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text without its accents: decomposed (Unicode NFD) with every combining mark removed, case and other characters
 * kept. Example: « Pénélope Noël » → "Penelope Noel"; "ç" → "c". Ligatures (« œ ») are letters, not marks, and stay.
 */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Each character from U+0080 to U+00FF without its marks ("é" → "e", "×" → "×"), as {@link #slow(String)} gives
     * it: the Latin-1 letters of French and English text are stripped by a look-up, not by a normalisation.
     */
    private static final String[] LATIN1 = new String[0x100];

    static {
        for (char c = 0x80; c < 0x100; c++) {
            LATIN1[c] = slow(String.valueOf(c));
        }
    }

    private Accents() {
    }

    /** {@code text} with its combining marks removed; ASCII text is returned as it is, without being copied. */
    public static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return latin1(text, i);
            }
        }
        return text;
    }

    /**
     * {@code text}, whose first {@code ascii} characters are ASCII, stripped character by character when every
     * character is Latin-1 (the decomposition of such a text is that of each character in turn), else normalised.
     */
    private static String latin1(String text, int ascii) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, ascii);
        for (int i = ascii; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c < 0x100) {
                out.append(LATIN1[c]);
            } else {
                return slow(text);
            }
        }
        return out.toString();
    }

    private static String slow(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
