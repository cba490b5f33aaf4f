package verbatim.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import verbatim.text.Accents;

/**
 * How the press lists a person: by surname, then given names, with French collation (accents and case count only
 * to break ties), under the letter of the surname.
 *
 * <p>Examples: "Yann Le Gall" → key "Le Gall Yann", letter L; "Prince Harry" → "Harry", H; "Charles de Gaulle"
 * → "Gaulle Charles de", G; "Émilie Bérard" → "Bérard Émilie", B. Titles and particles come from
 * {@code lexicon/name-titles.txt} and {@code lexicon/name-particles.txt} beside the labels.
 *
 * @param key    what the name sorts by
 * @param letter the A–Z letter it is listed under ("#" for a name that starts with no Latin letter)
 */
record SortName(String key, String letter) {

    private static final Set<String> TITLES = load("name-titles.txt");
    private static final Set<String> PARTICLES = load("name-particles.txt");
    /** Passed over when sorting, as French usage has it, when written in lower case. */
    private static final Set<String> SILENT = Set.of("de", "d'");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    /** The 26 letters of the jump bar. */
    static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
            "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z");

    /** The sort key and letter of a canonical name. */
    static SortName of(String name) {
        List<String> words = new ArrayList<>(List.of(SPACES.split(name.strip())));
        while (words.size() > 1 && TITLES.contains(TRAILING_DOT.matcher(fold(words.get(0))).replaceAll(""))) {
            words.remove(0);
        }
        int start = words.size() - 1;
        while (start > 0 && PARTICLES.contains(fold(words.get(start - 1)))) {
            start--;
        }
        List<String> surname = new ArrayList<>(words.subList(start, words.size()));
        List<String> given = new ArrayList<>(words.subList(0, start));
        while (surname.size() > 1 && SILENT.contains(surname.get(0))) {
            given.add(surname.remove(0));
        }
        String key = String.join(" ", surname) + (given.isEmpty() ? "" : " " + String.join(" ", given));
        return new SortName(key, letter(key));
    }

    /** Articles an organisation's name may open with, passed over when it is sorted: "The Times" under T. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|le|la|les) +|^(?i:l)['’]");

    /**
     * The sort key and letter of a name that is no person's (an organisation, an institution): the name as written,
     * without a leading article. Example: « ministère de la Transition écologique » → key as written, letter M (a
     * person's name would go under its last word, E); "The Guardian" → "Guardian", G.
     */
    static SortName asWritten(String name) {
        String key = LEADING_ARTICLE.matcher(SPACES.matcher(name.strip()).replaceAll(" ")).replaceFirst("");
        return new SortName(key, letter(key));
    }

    /**
     * Orders things by the sort names of their names, word by word (as French indexes do: "Le Gall" before
     * "Lefèvre"), each word in French collation; ties are broken by the name itself.
     */
    static <T> Comparator<T> order(Function<T, String> nameOf) {
        return order(nameOf, SortName::of);
    }

    /**
     * The same order, each name's sort name made by {@code sortOf}: {@link #of} for a person's, {@link #asWritten}
     * for an organisation's.
     */
    static <T> Comparator<T> order(Function<T, String> nameOf, Function<String, SortName> sortOf) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Map<String, CollationKey[]> keys = new ConcurrentHashMap<>(); // each name's key made once, not per comparison
        Function<String, CollationKey[]> words = name -> keys.computeIfAbsent(name, n -> {
            String[] w = sortOf.apply(n).key().split(" ");
            CollationKey[] out = new CollationKey[w.length];
            synchronized (collator) {
                for (int i = 0; i < w.length; i++) {
                    out[i] = collator.getCollationKey(w[i]);
                }
            }
            return out;
        });
        Comparator<String> byWords = (x, y) -> {
            CollationKey[] a = words.apply(x);
            CollationKey[] b = words.apply(y);
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                int c = a[i].compareTo(b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.length, b.length);
        };
        return Comparator.comparing(nameOf, byWords).thenComparing(nameOf, Comparator.naturalOrder());
    }

    private static String letter(String key) {
        String bare = Accents.strip(key);
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (Character.isLetter(c)) {
                String up = String.valueOf(c).toUpperCase(Locale.ROOT);
                return LETTERS.contains(up) ? up : "#";
            }
        }
        return "#";
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Set<String> load(String name) {
        String resource = "verbatim/site/lexicon/" + name;
        try (InputStream in = SortName.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
