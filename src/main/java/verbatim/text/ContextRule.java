package verbatim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A real word that hides a lost elision in one context only: "na" before "pas" is "n'a", as in "il na pas"
 * → "il n'a pas"; "na" elsewhere stays. A null word set matches any neighbour, even none.
 */
record ContextRule(String word, String repair, Set<String> previous, Set<String> next) {

    /** Whether the rule applies between these neighbours (lower case, null when there is none). */
    boolean matches(String previousWord, String nextWord) {
        return (previous == null || previousWord != null && previous.contains(previousWord))
                && (next == null || nextWord != null && next.contains(nextWord));
    }

    /** The rules of {@code lexicon/NAME}, by word: tab-separated word, repair, previous words, next words. */
    static Map<String, ContextRule> load(String name) {
        String resource = "lexicon/" + name;
        try (InputStream in = ContextRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon verbatim/text/" + resource);
            }
            Map<String, ContextRule> rules = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 4 tab-separated fields");
                }
                rules.put(fields[0], new ContextRule(fields[0], fields[1], words(fields[2]), words(fields[3])));
            }
            return Map.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(String field) {
        return field.strip().equals("*") ? null : Set.of(field.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
