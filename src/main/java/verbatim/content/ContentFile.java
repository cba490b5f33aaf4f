package verbatim.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * One article in one language: {@code content/<slug>.<lang>.md}, YAML front matter then paragraphs separated
 * by blank lines.
 *
 * <p>Example: {@code sharma-anthropic.fr.md} has slug "sharma-anthropic" and lang "fr".
 *
 * @param path       where it was read from
 * @param slug       the article's slug, shared by the original and its translations
 * @param lang       the language of this file
 * @param front      the front matter
 * @param paragraphs the paragraphs in order
 */
public record ContentFile(Path path, String slug, String lang, FrontMatter front, List<Paragraph> paragraphs) {

    /** File names of content files: slug, language, {@code .md}. */
    public static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([a-z]{2})\\.md");
    /** What a slug may be: lower-case letters, digits and hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern EMBED_AUTHOR = Pattern.compile("^(?:—|–|--)\\s*(.+)$");

    public ContentFile {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads and checks a content file; any problem is an {@link InputException} naming the file and line. */
    public static ContentFile read(Path path) {
        String name = path.getFileName().toString();
        Matcher nameMatch = NAME.matcher(name);
        if (!nameMatch.matches()) {
            throw new InputException(path, 0, "a content file must be named <slug>.<lang>.md (lower case)",
                    "Rename it, for example to my-article.fr.md.");
        }
        return parse(path, nameMatch.group(1), nameMatch.group(2), TextFile.read(path));
    }

    /** Parses content-file text; {@code path} is only used in messages. */
    public static ContentFile parse(Path path, String slug, String lang, String text) {
        String all = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (all.isBlank()) {
            throw new InputException(path, 0, all.isEmpty() ? "the file is empty"
                    : "the file holds only spaces and blank lines",
                    "Write the article in it (a front matter of title, date and original between two '---' lines, "
                    + "then its paragraphs), or delete the file.");
        }
        String[] lines = all.split("\\R", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new InputException(path, 1, "the file must start with front matter, a line '---'",
                    "Add a header such as:  ---  title: ...  date: 2026-02-12  original: fr  ---");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new InputException(path, 1, "the front matter is not closed",
                    "Add a line '---' after the last front-matter field.");
        }
        List<String> yamlLines = List.of(lines).subList(1, end);
        FrontMatter front = FrontMatterReader.read(path, lang, yamlLines, 2);
        String fileSlug = front.slug() != null ? front.slug() : slug;
        if (front.slug() != null && !SLUG.matcher(front.slug()).matches()) {
            throw new InputException(path, FrontMatterReader.lineOf(yamlLines, "slug", 2),
                    "slug '" + front.slug() + "' is not allowed: it would write outside its folder",
                    "Use only lower-case letters, digits and hyphens, for example: slug: my-article");
        }
        List<Paragraph> body = paragraphs(lines, end + 1);
        if (body.isEmpty()) {
            throw new InputException(path, end + 1, "the article has no text after its front matter",
                    "Write its paragraphs after the closing '---', separated by blank lines, or delete the file.");
        }
        return new ContentFile(path, fileSlug, lang, front, body);
    }

    private static List<Paragraph> paragraphs(String[] lines, int from) {
        List<Paragraph> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int start = 0;
        for (int i = from; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    out.add(paragraph(block, start));
                    block.clear();
                }
            } else {
                if (block.isEmpty()) {
                    start = i + 1;
                }
                block.add(line);
            }
        }
        return out;
    }

    private static Paragraph paragraph(List<String> block, int line) {
        boolean quoted = block.stream().allMatch(l -> l.startsWith(">"));
        if (!quoted) {
            return new Paragraph(String.join(" ", block), line, false, null);
        }
        List<String> body = new ArrayList<>();
        String author = null;
        for (String l : block) {
            String inner = l.substring(1).strip();
            Matcher m = EMBED_AUTHOR.matcher(inner);
            if (m.matches()) {
                author = m.group(1).strip();
            } else if (!inner.isEmpty()) {
                body.add(inner);
            }
        }
        return new Paragraph(String.join(" ", body), line, true, author);
    }

    /** Reads front matter from YAML lines, with messages that give the file's own line numbers. */
    static final class FrontMatterReader {
        /** The settings of every front matter's loader: made once (with their schema), not once a file. */
        private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false).build();

        private FrontMatterReader() {
        }

        /** The front matter of {@code path}, a file in {@code lang}: the fixes it suggests give examples in it. */
        static FrontMatter read(Path path, String lang, List<String> yaml, int firstLine) {
            Object loaded;
            try {
                loaded = new Load(SETTINGS).loadFromString(String.join("\n", yaml));
            } catch (MarkedYamlEngineException e) {
                int index = e.getProblemMark().map(m -> m.getLine()).orElse(0);
                java.util.Optional<YamlTab> tab = YamlTab.find(yaml, index);
                if (tab.isPresent()) {
                    throw new InputException(path, tab.get().index() + firstLine, "front matter does not parse: "
                            + tab.get().problem(), tab.get().fix());
                }
                int open = YamlMistake.unclosedQuote(yaml, index);
                if (open >= 0) {
                    throw new InputException(path, open + firstLine, "front matter does not parse: the "
                            + (yaml.get(open).contains("\"") ? "double" : "single") + " quote that opens this value "
                            + "is never closed", YamlMistake.closeQuote(lang));
                }
                java.util.Optional<YamlIndent> indented = YamlIndent.find(yaml, index, KnownKeys.FRONT_MATTER.keys());
                if (indented.isPresent()) {
                    throw new InputException(path, indented.get().index() + firstLine, "front matter does not parse: "
                            + indented.get().problem(), indented.get().fix());
                }
                int bare = YamlMistake.missingColon(yaml, index);
                if (bare >= 0) {
                    throw new InputException(path, bare + firstLine, "front matter does not parse: this line has"
                            + " no 'key: value' colon", YamlMistake.addColon(yaml.get(bare)));
                }
                throw new InputException(path, index + firstLine, "front matter does not parse: " + e.getProblem(),
                        YamlMistake.hint(yaml, index, lang));
            } catch (YamlEngineException e) {
                throw new InputException(path, firstLine, "front matter does not parse: " + e.getMessage(),
                        "Check the YAML syntax.");
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new InputException(path, firstLine, "front matter must be a set of 'key: value' lines",
                        "Write for example: title: My title");
            }
            String title = text(path, yaml, firstLine, map, "title", true);
            String dateText = text(path, yaml, firstLine, map, "date", true);
            LocalDate date = date(dateText);
            if (date == null) {
                throw new InputException(path, lineOf(yaml, "date", firstLine),
                        dateText.matches("\\d{4}-\\d{2}-\\d{2}")
                                ? "'date' " + dateText + " is no day of the calendar"
                                : "'date' must be an ISO date, not '" + dateText + "'",
                        "Write for example: date: 2026-02-12 (with a time: date: 2026-02-12T10:00:00+01:00)");
            }
            String original = text(path, yaml, firstLine, map, "original", true);
            if (!original.matches("[a-z]{2}")) {
                throw new InputException(path, lineOf(yaml, "original", firstLine),
                        "'original' must be a two-letter language code, not '" + original + "'",
                        "Write for example: original: fr");
            }
            String credit = text(path, yaml, firstLine, map, "credit", false);
            Object draft = map.get("draft");
            if (draft != null && !(draft instanceof Boolean)) {
                throw new InputException(path, lineOf(yaml, "draft", firstLine), "'draft' must be true or false",
                        "Write: draft: true");
            }
            String slug = text(path, yaml, firstLine, map, "slug", false);
            return editorKeys(path, yaml, firstLine, map, new FrontMatter(title, date, original,
                    sources(path, yaml, firstLine, map.get("sources")), credit, Boolean.TRUE.equals(draft), slug))
                    .withCorrections(CorrectionsReader.read(path, yaml, firstLine, map))
                    .withLines(keyLines(yaml, firstLine, map)).withTime(time(dateText));
        }

        /** The file line of each top-level key of {@code map}. */
        private static Map<String, Integer> keyLines(List<String> yaml, int firstLine, Map<?, ?> map) {
            Map<String, Integer> out = new java.util.HashMap<>();
            for (int i = 0; i < yaml.size(); i++) {
                for (Object key : map.keySet()) {
                    if (yaml.get(i).startsWith(key + ":")) {
                        out.putIfAbsent(String.valueOf(key), i + firstLine);
                    }
                }
            }
            return out;
        }

        /**
         * The keys of the editor's loop: the translator, the translation's record of its original (see
         * {@link Fingerprint}), and a warning for each unknown key.
         */
        private static FrontMatter editorKeys(Path path, List<String> yaml, int firstLine, Map<?, ?> map,
                                              FrontMatter f) {
            String translator = text(path, yaml, firstLine, map, "translator", false);
            List<String> translatedFrom = new ArrayList<>();
            Object record = map.get("translatedFrom");
            if (record != null) {
                if (!(record instanceof List<?> list) || !list.stream().allMatch(x -> x instanceof String)) {
                    throw new InputException(path, lineOf(yaml, "translatedFrom", firstLine),
                            "'translatedFrom' must be a list of paragraph fingerprints",
                            "Delete the key and run: " + Invocation.of("check --accept " + path.getFileName()
                                    .toString().replaceFirst("\\..*", "")));
                }
                list.forEach(x -> translatedFrom.add((String) x));
            }
            List<String> warnings = new ArrayList<>();
            for (Object key : map.keySet()) {
                if (!KnownKeys.FRONT_MATTER.knows(String.valueOf(key))) {
                    warnings.add(new InputException(path, lineOf(yaml, String.valueOf(key), firstLine),
                            KnownKeys.FRONT_MATTER.unknown(String.valueOf(key), "the front matter"), null).oneLine());
                }
            }
            if (map.get("sources") instanceof List<?> sources) {
                for (int i = 0; i < sources.size(); i++) {
                    if (sources.get(i) instanceof Map<?, ?> source) {
                        for (Object key : source.keySet()) {
                            String k = String.valueOf(key);
                            if (!KnownKeys.SOURCE.knows(k) && KnownKeys.FRONT_MATTER.knows(k) && !map.containsKey(k)) {
                                // "    credit: …" indented under a source: the article's key, read as the source's
                                throw new InputException(path, sourceLine(yaml, firstLine, i, k), "'" + k + ":' is "
                                        + "indented as a key of source " + (i + 1) + ", so the article has no '" + k
                                        + "'", "Remove the spaces before '" + k + ":' so that it starts its line, as"
                                        + " 'title:' and 'date:' do.");
                            }
                            if (!KnownKeys.SOURCE.knows(k)) { // "lien: https://…" in a source
                                warnings.add(new InputException(path, sourceLine(yaml, firstLine, i, k),
                                        KnownKeys.SOURCE.unknown(k, "a source"), null).oneLine());
                            }
                        }
                    }
                }
            }
            if (map.get("quotes") instanceof List<?> quotes) {
                for (int i = 0; i < quotes.size(); i++) {
                    if (quotes.get(i) instanceof Map<?, ?> entry) {
                        for (Object key : entry.keySet()) {
                            String name = String.valueOf(key); // "note: …" in a correction
                            if (!KnownKeys.QUOTE.knows(name)) {
                                warnings.add(new InputException(path, entryLine(yaml, firstLine, "quotes", i, name),
                                        KnownKeys.QUOTE.unknown(name, "a 'quotes' entry"), null).oneLine());
                            }
                        }
                    }
                }
            }
            return new FrontMatter(f.title(), f.date(), f.original(), f.sources(), f.credit(), f.draft(), f.slug(),
                    translator, translatedFrom, warnings);
        }

        /**
         * The day of a date as written: {@code 2026-03-03}, or a date-time with or without its zone
         * ({@code 2026-03-03T10:00:00+01:00} gives 2026-03-03, the day where it was written); null otherwise.
         */
        static LocalDate date(String text) {
            for (java.util.function.Function<String, LocalDate> parse : List.<java.util.function.Function<String,
                    LocalDate>>of(LocalDate::parse, t -> java.time.OffsetDateTime.parse(t).toLocalDate(),
                    t -> java.time.LocalDateTime.parse(t).toLocalDate())) {
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            return null;
        }

        /** The date-time of a date written with its zone ({@code 2026-03-03T10:00:00+01:00}), else null. */
        static java.time.OffsetDateTime time(String text) {
            try {
                return java.time.OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** How to fix the YAML line at {@code index} (0-based), from what it holds. */
        private static List<Source> sources(Path path, List<String> yaml, int firstLine, Object value) {
            List<Source> out = new ArrayList<>();
            if (value == null) {
                return out;
            }
            int line = lineOf(yaml, "sources", firstLine);
            String fix = "Write each source as:  - title: \"...\"  (and optionally)  url: https://...";
            if (!(value instanceof List<?> list)) {
                throw new InputException(path, line, "'sources' must be a list", fix);
            }
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof Map<?, ?> source) || !(source.get("title") instanceof String title)
                        || title.isBlank()) {
                    String misspelt = item instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf)
                            .filter(k -> !KnownKeys.SOURCE.knows(k) && "title".equals(KnownKeys.SOURCE.closest(k)))
                            .findFirst().orElse(null) : null;
                    throw new InputException(path, sourceLine(yaml, firstLine, i, misspelt != null ? misspelt : "title"),
                            "every source needs a 'title'" + (misspelt != null ? ", and '" + misspelt
                                    + "' is no key Verbatim knows — did you mean 'title'?" : ""), fix);
                }
                Object url = source.get("url");
                if (url != null && !(url instanceof String s && s.matches("https?://\\S+"))) {
                    throw new InputException(path, sourceLine(yaml, firstLine, i, "url"),
                            "source url '" + url + "' is not an http(s) address", fix);
                }
                out.add(new Source(title.strip(), url == null ? null : ((String) url).strip()));
            }
            return out;
        }

        private static String text(Path path, List<String> yaml, int firstLine, Map<?, ?> map, String key,
                                   boolean required) {
            Object value = map.get(key);
            if (value == null || value.toString().isBlank()) {
                if (required) {
                    String misspelt = misspelt(map, key);
                    if (value == null && misspelt != null) {
                        throw new InputException(path, lineOf(yaml, misspelt, firstLine), "front matter lacks '" + key
                                + "', and '" + misspelt + "' is no key Verbatim knows", "Did you mean '" + key
                                + "'? Rename '" + misspelt + ":' to '" + key + ":'.");
                    }
                    java.util.Optional<YamlIndent> nested = value == null ? YamlIndent.nested(yaml, key)
                            : java.util.Optional.empty();
                    if (nested.isPresent()) { // "credit:" then "  date: 2026-02-12": the date is credit's
                        throw new InputException(path, nested.get().index() + firstLine, "front matter lacks '" + key
                                + "': " + nested.get().problem(), nested.get().fix());
                    }
                    if (value != null || map.containsKey(key)) { // "title:" with nothing after it
                        throw new InputException(path, lineOf(yaml, key, firstLine), "'" + key + "' is empty",
                                "Write its value after '" + key + ": ' on that line.");
                    }
                    throw new InputException(path, firstLine, "front matter lacks '" + key + "'",
                            "Add a line '" + key + ": ...' between the '---' lines.");
                }
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                throw new InputException(path, lineOf(yaml, key, firstLine), "'" + key + "' must be plain text",
                        "Write it on one line: " + key + ": ...");
            }
            return value.toString().strip();
        }

        /**
         * The key of {@code map} that Verbatim does not know and whose closest known key is {@code key} (a misspelling
         * of it: {@code orignal} for {@code original}), or null.
         */
        private static String misspelt(Map<?, ?> map, String key) {
            return KnownKeys.FRONT_MATTER.misspelling(map.keySet(), key);
        }

        /**
         * The line of {@code key} in the {@code index}-th entry (0-based) of the {@code sources} list: the entry's
         * own line, or the line of its first "- " when the key is not written there; the {@code sources:} line when
         * the entry cannot be found.
         */
        static int sourceLine(List<String> yaml, int firstLine, int index, String key) {
            return entryLine(yaml, firstLine, "sources", index, key);
        }

        /**
         * The line of {@code key} in the {@code index}-th entry (0-based) of the top-level list {@code list}
         * ({@code sources}, {@code quotes}): the entry's own line, or the line of its first "- " when the key is not
         * written there; the list's line when the entry cannot be found.
         */
        static int entryLine(List<String> yaml, int firstLine, String list, int index, String key) {
            int start = lineOf(yaml, list, firstLine) - firstLine;
            int entry = -1;
            int seen = -1;
            for (int i = start + 1; i < yaml.size(); i++) {
                String line = yaml.get(i);
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
                    break; // the next key of the front matter
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                    seen++;
                    if (seen == index + 1) {
                        break;
                    }
                    if (seen == index) {
                        entry = i;
                    }
                }
                if (seen == index) {
                    String body = trimmed.startsWith("- ") ? trimmed.substring(2).strip() : trimmed;
                    if (key != null && body.startsWith(key + ":")) {
                        return i + firstLine;
                    }
                }
            }
            return (entry >= 0 ? entry : start) + firstLine;
        }

        /** The file line of a top-level key, or the first front-matter line when absent. */
        static int lineOf(List<String> yaml, String key, int firstLine) {
            for (int i = 0; i < yaml.size(); i++) {
                if (yaml.get(i).startsWith(key + ":")) {
                    return i + firstLine;
                }
            }
            return firstLine;
        }
    }
}
