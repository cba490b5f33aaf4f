package verbatim.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The interface words of the site in one language, from {@code labels_<lang>.properties}.
 *
 * <p>Example: {@code Labels.of("fr").get("quotes")} is "Citations"; in templates, {@code {{ t.quotes }}}.
 */
public final class Labels {

    private static final Map<String, Map<String, String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Labels() {
    }

    /** Every label of a language, by key. */
    public static Map<String, String> of(String lang) {
        return CACHE.computeIfAbsent(lang, Labels::load);
    }

    private static Map<String, String> load(String lang) {
        Properties p = new Properties();
        String name = "verbatim/site/labels_" + lang + ".properties";
        try (var in = Labels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no labels for language " + lang);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return Map.copyOf(out);
    }
}
