package verbatim.analysis.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.text.LetterRun;

/**
 * The words of one language's date grammar: month names, weekday names and the cue words around dates, read
 * from the data files under {@code verbatim/analysis/lexicon/}. Immutable once loaded.
 *
 * <p>Example: for "fr", {@code month("août")} is 8, {@code is("past-after", "dernier")} is true. An entry of
 * several words is also a phrase: "scheduled entre en vigueur" makes {@code phrase("scheduled", words, i)} 3
 * where the words from i are "entre", "en", "vigueur"; "scheduled s'ouvre" matches the words "s", "ouvre".
 */
public final class DateLexicon {

    private static final String ROOT = "/verbatim/analysis/lexicon/";

    /**
     * One month form: its number, its text, whether it is an abbreviation and whether it is also a common
     * word or name ("May"), which needs a stronger context to stand alone.
     */
    public record MonthForm(int month, String text, boolean abbreviation, boolean word) {
    }

    private final String lang;
    private final Map<String, MonthForm> months = new HashMap<>();
    private final List<MonthForm> monthForms = new ArrayList<>();
    private final List<String> weekdays = new ArrayList<>();
    private final List<String> weekNames = new ArrayList<>();
    private final Map<String, Set<String>> cues = new HashMap<>();
    /** Entries of two words or more, as their runs of letters joined by one space ("s'ouvre" → "s ouvre"). */
    private final Map<String, Set<String>> phrases = new HashMap<>();
    private int longestPhrase = 1;

    private DateLexicon(String lang) {
        this.lang = lang;
    }

    /** Loads the lexicon of "fr" or "en". */
    public static DateLexicon load(String lang) {
        DateLexicon lexicon = new DateLexicon(lang);
        for (String line : lines("months-" + lang + ".txt")) {
            String[] parts = line.split("\\s+");
            String flag = parts.length > 2 ? parts[2] : "";
            MonthForm form = new MonthForm(Integer.parseInt(parts[0]), parts[1], flag.equals("abbr"),
                    flag.equals("word"));
            lexicon.monthForms.add(form);
            lexicon.months.put(fold(form.text()), form);
        }
        lexicon.monthForms.sort(Comparator.comparingInt((MonthForm f) -> f.text().length()).reversed());
        lexicon.weekdays.addAll(lines("weekdays-" + lang + ".txt"));
        lexicon.weekNames.addAll(lexicon.weekdays.subList(0, 7));
        lexicon.weekdays.sort(Comparator.comparingInt(String::length).reversed());
        for (String line : lines("date-cues-" + lang + ".txt")) {
            String[] parts = line.split("\\s+", 2);
            lexicon.cues.computeIfAbsent(parts[0], k -> new HashSet<>()).add(fold(parts[1]));
            List<LetterRun> runs = LetterRun.in(fold(parts[1]));
            if (runs.size() > 1) {
                lexicon.phrases.computeIfAbsent(parts[0], k -> new HashSet<>())
                        .add(String.join(" ", runs.stream().map(LetterRun::word).toList()));
                lexicon.longestPhrase = Math.max(lexicon.longestPhrase, runs.size());
            }
        }
        return lexicon;
    }

    public String lang() {
        return lang;
    }

    /** Month forms, longest first (so that a regex alternation prefers "juillet" to "juil"). */
    public List<MonthForm> monthForms() {
        return List.copyOf(monthForms);
    }

    /** The month form written as {@code text} (any case, dot ignored), or null. */
    public MonthForm month(String text) {
        return months.get(fold(text.endsWith(".") ? text.substring(0, text.length() - 1) : text));
    }

    /** Weekday names, longest first. */
    public List<String> weekdays() {
        return List.copyOf(weekdays);
    }

    /** The seven full weekday names, Monday first, as the first seven lines of {@code weekdays-LANG.txt}. */
    public List<String> weekNames() {
        return List.copyOf(weekNames);
    }

    /** Whether {@code word} (any case, either apostrophe) is listed under {@code kind}. */
    public boolean is(String kind, String word) {
        Set<String> words = cues.get(kind);
        return words != null && word != null && words.contains(fold(word));
    }

    /**
     * The number of words of the longest phrase of {@code kind} that starts at {@code words[from]} (words as runs
     * of letters, any case), or 0.
     */
    public int phrase(String kind, List<String> words, int from) {
        Set<String> entries = phrases.get(kind);
        if (entries == null) {
            return 0;
        }
        StringBuilder joined = new StringBuilder(fold(words.get(from)));
        int found = 0;
        for (int n = 2; n <= longestPhrase && from + n <= words.size(); n++) {
            joined.append(' ').append(fold(words.get(from + n - 1)));
            if (entries.contains(joined.toString())) {
                found = n;
            }
        }
        return found;
    }

    /** Lower case with {@link Locale#ROOT}, typographic apostrophes made straight. */
    public static String fold(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = DateLexicon.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + ROOT + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return lines;
    }
}
