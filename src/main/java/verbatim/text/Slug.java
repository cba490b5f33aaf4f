package verbatim.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name or title into a URL path segment of ASCII letters, digits and hyphens.
 *
 * <p>Example: "Mrinank Sharma" → "mrinank-sharma"; "Élodie Gossuin-Lecœur" → "elodie-gossuin-lecoeur";
 * "  ?! " → "untitled".
 */
public final class Slug {

    /** The slugs made so far (the same names come back on every list of an archive), up to {@link #KEPT}. */
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();
    private static final int KEPT = 100_000;

    private Slug() {
    }

    /** The slug of the given text; "untitled" when nothing of it is a letter or digit. */
    public static String of(String text) {
        String made = MADE.get(text);
        if (made != null) {
            return made;
        }
        made = make(text);
        if (MADE.size() >= KEPT) {
            MADE.clear();
        }
        MADE.put(text, made);
        return made;
    }

    private static String make(String text) {
        String spelled = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
                .replace("ł", "l").replace("Ł", "L");
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.append(Character.toLowerCase(c));
            } else {
                pendingHyphen = true;
            }
        }
        return slug.length() == 0 ? "untitled" : slug.toString().toLowerCase(Locale.ROOT);
    }
}
