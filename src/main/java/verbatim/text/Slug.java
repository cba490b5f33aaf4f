package verbatim.text;

import java.text.Normalizer;
import java.util.Locale;

/** Placeholder until the text branch lands. */
public final class Slug {
    private Slug() {
    }

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "untitled" : s;
    }
}
