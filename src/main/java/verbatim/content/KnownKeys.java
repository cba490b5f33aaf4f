package verbatim.content;

import java.util.List;
import java.util.Locale;

/**
 * The keys a YAML file may hold, and the closest one to a key it does not know, so that a typing mistake is
 * named instead of silently ignored.
 *
 * <p>Example: for the front-matter keys, {@code closest("sourcse")} is "sources", {@code closest("Title")} is
 * "title", and {@code closest("weather")} is null.
 *
 * @param keys the known keys, in the order they are documented
 */
public record KnownKeys(List<String> keys) {

    /** The keys of a content file's front matter ({@code quotes} and {@code people} hold editor corrections). */
    public static final KnownKeys FRONT_MATTER = new KnownKeys(List.of("title", "date", "original", "sources",
            "credit", "draft", "slug", "translator", "translatedFrom", "quotes", "people"));

    /** The keys of one entry of a front matter's {@code sources} list. */
    public static final KnownKeys SOURCE = new KnownKeys(List.of("title", "url"));

    /** The keys of one entry of a front matter's {@code quotes} list (a correction of a quotation's speaker). */
    public static final KnownKeys QUOTE = new KnownKeys(List.of("paragraph", "text", "speaker"));

    /** The keys a front matter's {@code people} may hold when it is no plain list of names. */
    public static final KnownKeys PEOPLE = new KnownKeys(List.of("aliases", "not"));

    public KnownKeys {
        keys = List.copyOf(keys);
    }

    /** True when {@code key} is one of the keys. */
    public boolean knows(String key) {
        return keys.contains(key);
    }

    /**
     * The known key nearest to {@code key} (at most a third of its letters apart), or null. A key of four letters or
     * more that a known key begins with, or that begins with one, is one edit from it: {@code alias} is near
     * {@code aliases}.
     */
    public String closest(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : keys) {
            String known = k.toLowerCase(Locale.ROOT);
            boolean cut = Math.min(lower.length(), known.length()) >= 4 && !lower.equals(known)
                    && (known.startsWith(lower) || lower.startsWith(known));
            int d = cut ? 1 : distance(lower, known);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, key.length() / 3) ? best : null;
    }

    /**
     * The key of {@code written} that is none of these keys and whose closest one is {@code missing} (a misspelling of
     * it: {@code txt} for {@code text}), or null.
     */
    public String misspelling(java.util.Collection<?> written, String missing) {
        for (Object k : written) {
            String name = String.valueOf(k);
            if (!knows(name) && missing.equals(closest(name))) {
                return name;
            }
        }
        return null;
    }

    /**
     * The warning for an unknown key, what is wrong then how to fix it: "unknown key 'sourcse' in the front matter —
     * did you mean 'sources'?" (or, with no key near it, the keys there are).
     */
    public String unknown(String key, String where) {
        String near = closest(key);
        return "unknown key '" + key + "' in " + where + (near != null ? " — did you mean '" + near + "'?"
                : " — the keys are " + String.join(", ", keys));
    }

    /** Levenshtein distance, a swap of two neighbours counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
