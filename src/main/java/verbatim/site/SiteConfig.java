package verbatim.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import verbatim.content.InputException;
import verbatim.content.KnownKeys;
import verbatim.content.TextFile;
import verbatim.content.YamlIndent;
import verbatim.content.YamlMistake;
import verbatim.content.YamlTab;

/**
 * Site settings, from {@code verbatim.yaml} at the project root; every setting has a default.
 *
 * <pre>
 * title:
 *   fr: Verbatim — Archives
 *   en: Verbatim — Archive
 * baseUrl: https://archive.example.org/
 * cleanUrls: true
 * tagDate: 2026
 * languages: [fr, en]
 * </pre>
 *
 * @param titles    the site title in each language
 * @param baseUrl   the address the site is served from ("" for relative links only)
 * @param languages the site languages, the first one first everywhere
 * @param cleanUrls true to link pages by their folder ({@code fr/articles/a/}) when the base URL is set
 * @param tagDate   the date of the feeds' {@code tag:} ids (RFC 4151: {@code YYYY}, {@code YYYY-MM} or
 *                  {@code YYYY-MM-DD}), one on which the site's owner held the base URL's domain
 * @param relativeChosen true when the settings write {@code baseUrl: ""}, as {@code init} writes them: relative
 *                  links chosen, so a build need not say that no base URL is set (unset, it says so)
 */
public record SiteConfig(Map<String, String> titles, String baseUrl, List<String> languages, boolean cleanUrls,
                         String tagDate, boolean relativeChosen) {

    /** The file name looked for at the project root. */
    public static final String FILE = "verbatim.yaml";
    /** The languages the built-in labels and templates know. */
    public static final List<String> KNOWN = List.of("fr", "en");

    public SiteConfig {
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
    }

    /** The date of the feeds' ids when {@code tagDate} is not set: the year Verbatim's feeds began. */
    public static final String DEFAULT_TAG_DATE = "2026";

    /** Settings that do not write {@code baseUrl: ""}. */
    public SiteConfig(Map<String, String> titles, String baseUrl, List<String> languages, boolean cleanUrls,
                      String tagDate) {
        this(titles, baseUrl, languages, cleanUrls, tagDate, false);
    }

    /** Settings that link pages by their file ({@code cleanUrls: false}), with the default {@code tagDate}. */
    public SiteConfig(Map<String, String> titles, String baseUrl, List<String> languages) {
        this(titles, baseUrl, languages, false, DEFAULT_TAG_DATE);
    }

    /** The settings used when there is no file. */
    public static SiteConfig defaults() {
        return new SiteConfig(Map.of("fr", "Verbatim — Archives", "en", "Verbatim — Archive"), "", KNOWN);
    }

    /** The title in a language. */
    public String title(String lang) {
        return titles.getOrDefault(lang, titles.values().iterator().next());
    }

    /**
     * The base URL ending with one slash, ready to prefix a site path, or "" when none is set.
     *
     * <p>Example: {@code https://archive.example.org} gives {@code https://archive.example.org/}.
     */
    public String base() {
        return baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * The same settings with another base URL; an empty one chooses relative links, as {@code baseUrl: ""} in the
     * settings does (the build then says nothing of a missing base URL).
     */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(titles, url, languages, cleanUrls, tagDate, relativeChosen || url.isEmpty());
    }

    /** The same settings with clean URLs on or off. */
    public SiteConfig withCleanUrls(boolean clean) {
        return new SiteConfig(titles, baseUrl, languages, clean, tagDate, relativeChosen);
    }

    /**
     * How this build links its pages: clean URLs only when {@code cleanUrls} is set and so is the base URL (a site
     * without one may be opened from the disk, where a folder is no page).
     */
    public Addresses addresses() {
        return new Addresses(base(), cleanUrls && !base().isEmpty());
    }

    /** The keys of the settings file. */
    public static final KnownKeys KEYS = new KnownKeys(List.of("title", "baseUrl", "cleanUrls", "tagDate", "languages"));

    /**
     * Why {@code url} cannot be the base URL, or null when it can: it needs a scheme and a host.
     * Example: {@code "archive.example.org"} → "'archive.example.org' has no scheme (https://), so canonical
     * links would be broken".
     */
    public static String baseUrlProblem(String url) {
        if (url.isEmpty() || url.matches("https?://[^/\\s?#]+(/\\S*)?")) {
            return null;
        }
        return url.matches("[A-Za-z][A-Za-z0-9+.-]*://.*") ? "'" + url + "' is not an http(s) address"
                : "'" + url + "' has no scheme (https://), so canonical links would be broken";
    }

    /** The base URL to write instead of a bad one: {@code archive.example.org} → https://archive.example.org/. */
    public static String baseUrlFix(String url) {
        String host = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:/*", "").replaceFirst("^/+", "");
        return "https://" + host + (host.endsWith("/") ? "" : "/");
    }

    /** Reads {@code file}, or returns the defaults when it does not exist; unknown keys are not reported. */
    public static SiteConfig load(Path file) {
        return load(file, warning -> { });
    }

    /**
     * Reads {@code file}, or returns the defaults when it does not exist.
     *
     * @param warnings receives a line {@code file:line: what} for each unknown key
     */
    public static SiteConfig load(Path file, Consumer<String> warnings) {
        if (file == null || !Files.isRegularFile(file)) {
            return defaults();
        }
        Object loaded;
        String text = TextFile.read(file);
        try {
            loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            List<String> lines = List.of(text.split("\\R", -1));
            int index = Math.min(e.getProblemMark().map(m -> m.getLine()).orElse(0), lines.size() - 1);
            while (index > 0 && lines.get(index).isBlank()) {
                index--; // the end of the text: the last line written is the one to look at
            }
            Optional<YamlTab> tab = YamlTab.find(lines, index);
            if (tab.isPresent()) {
                throw new InputException(file, tab.get().index() + 1, "settings do not parse: " + tab.get().problem(),
                        tab.get().fix());
            }
            int open = YamlMistake.unclosedQuote(lines, index);
            if (open >= 0) {
                throw new InputException(file, open + 1, "settings do not parse: the "
                        + (lines.get(open).contains("\"") ? "double" : "single") + " quote that opens this value is "
                        + "never closed", "Close it at the end of the value (baseUrl: \"https://example.org/\")");
            }
            Optional<YamlIndent> indented = YamlIndent.find(lines, index, KEYS.keys());
            if (indented.isPresent()) {
                throw new InputException(file, indented.get().index() + 1, "settings do not parse: "
                        + indented.get().problem(), indented.get().fix());
            }
            throw new InputException(file, index + 1, "settings do not parse: " + e.getProblem(),
                    YamlMistake.hint(lines, index));
        }
        SiteConfig d = defaults();
        if (loaded == null) {
            return d;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new InputException(file, 1, "settings must be 'key: value' lines", "See README.md, Settings.");
        }
        List<String> lines = List.of(text.split("\\R", -1));
        Map<String, String> titles = new LinkedHashMap<>(d.titles());
        if (map.get("title") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> titles.put(String.valueOf(k), String.valueOf(v)));
        } else if (map.get("title") != null) {
            throw new InputException(file, lineOf(lines, "title"), "'title' must give one title per language",
                    "Write:  title:  then  fr: ...  and  en: ...  on indented lines.");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.knows(String.valueOf(key))) {
                warnings.accept(new InputException(file, lineOf(lines, String.valueOf(key)),
                        KEYS.unknown(String.valueOf(key), "the settings"), null).oneLine());
            }
        }
        String base = map.get("baseUrl") == null ? d.baseUrl() : String.valueOf(map.get("baseUrl")).strip();
        if (baseUrlProblem(base) != null) {
            throw new InputException(file, lineOf(lines, "baseUrl"), "baseUrl " + baseUrlProblem(base),
                    "Write: baseUrl: " + baseUrlFix(base));
        }
        List<String> languages = d.languages();
        Object listed = map.get("languages");
        if (listed != null) {
            languages = listed instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            if (languages.size() != 2 || !KNOWN.containsAll(languages)) {
                List<String> others = languages.stream().filter(l -> !KNOWN.contains(l)).toList();
                throw new InputException(file, lineOf(lines, "languages"), "'languages' must list fr and en, in the "
                        + "order wanted" + (others.isEmpty() ? "" : " (Verbatim publishes no other language, so not "
                        + String.join(", ", others) + ")"), "Write: languages: [fr, en] (or [en, fr])");
            }
        }
        Object clean = map.get("cleanUrls");
        if (clean != null && !(clean instanceof Boolean)) {
            throw new InputException(file, lineOf(lines, "cleanUrls"), "'cleanUrls' must be true or false",
                    "Write: cleanUrls: true");
        }
        String tagDate = map.get("tagDate") == null ? DEFAULT_TAG_DATE : String.valueOf(map.get("tagDate")).strip();
        if (verbatim.site.feeds.TagUri.dateProblem(tagDate) != null) {
            throw new InputException(file, lineOf(lines, "tagDate"), "tagDate "
                    + verbatim.site.feeds.TagUri.dateProblem(tagDate),
                    "Write the date from which you have held the domain of baseUrl, such as: tagDate: 2026-03-01");
        }
        return new SiteConfig(titles, base, languages, Boolean.TRUE.equals(clean), tagDate,
                map.containsKey("baseUrl") && base.isEmpty());
    }

    /** The 1-based line of a top-level key, or 0. */
    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }
}
