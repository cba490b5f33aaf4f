package verbatim.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import verbatim.analysis.Analysis;
import verbatim.analysis.Quote;
import verbatim.text.Accents;

/**
 * The quotations of an original paired with those of its translation, paragraph by paragraph, allowing a
 * translator to merge two quotations into one or split one into two.
 *
 * <p>Within each paragraph pair the quotations are aligned by dynamic programming, the way Gale and Church align
 * sentences: the cheapest monotonic sequence of links 1-1, 1-2, 2-1, 1-0 and 0-1, where a link costs more the
 * farther apart its two sides stand in their paragraphs (relative start and end), the more their lengths differ,
 * and the more numbers, and capitalised names that both paragraphs contain, it has on one side only; merges,
 * splits and quotations left alone pay a fixed price on top.
 *
 * <p>Example, paragraph 2 of an article and of its translation:
 * <pre>
 * fr: Le maire promet « 12 classes ». « Nous tiendrons parole », dit-il. « Ce sera fait en 2027 », conclut-il.
 * en: The mayor promises "12 classrooms". "We will keep our word and it will be done in 2027," he said.
 * →  [«12 classes»] ↔ ["12 classrooms"]                                           1-1
 *    [«Nous tiendrons parole», «Ce sera fait en 2027»] ↔ ["We will keep … 2027,"]  2-1
 * </pre>
 * The merged English quotation takes the speaker of the first of its originals that has one, and the English
 * quote index shows it with each of the two French quotations. A French quotation split in two is shown with
 * both English parts {@link #joined joined}; a quotation with no counterpart keeps its own speaker.
 */
final class QuoteAlignment {

    /** What a link costs for each unit of distance between the relative starts and ends of its two sides. */
    private static final double POSITION = 3.0;
    /** What a link costs for each unit of |ln(ratio)| between the lengths of its two sides. */
    private static final double LENGTH = 2.0;
    /** What a link costs for each number found on one of its sides only. */
    private static final double NUMBERS = 3.0;
    /** What a link costs for each name of both paragraphs found on one of its sides only. */
    private static final double NAMES = 1.5;
    /** The most numbers, or names, missing from a side that a link pays for. */
    private static final int MISSING = 2;
    /** The price of a merge (2-1) or a split (1-2) on top of its link's cost. */
    private static final double MERGE = 2.5;
    /** The price of a quotation with no counterpart (1-0 or 0-1). */
    private static final double ALONE = 3.0;

    /** The moves of the alignment, {originals, translations}, in the order ties are decided. */
    private static final int[][] MOVES = {{1, 1}, {2, 1}, {1, 2}, {1, 0}, {0, 1}};

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[\u00A0\u202F ,.]\\d{3}(?!\\d))*(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:]");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    /**
     * One link of the alignment: the quotations of the original and of the translation that render the same
     * words, in reading order; one side may be empty, neither holds more than two.
     */
    record Link(List<Quote> originals, List<Quote> translations) {
        Link {
            originals = List.copyOf(originals);
            translations = List.copyOf(translations);
        }
    }

    /** What the costs read of one quotation, or of two taken together. */
    private record Features(int start, int end, int chars, Set<String> numbers, Set<String> names) {

        static Features of(Quote q, Set<String> shared) {
            Set<String> names = QuoteAlignment.names(List.of(q));
            names.retainAll(shared);
            return new Features(q.span().start(), q.span().end(), q.text().length(),
                    QuoteAlignment.numbers(List.of(q)), names);
        }

        Features and(Features next) {
            Set<String> n = new TreeSet<>(numbers);
            n.addAll(next.numbers);
            Set<String> w = new TreeSet<>(names);
            w.addAll(next.names);
            return new Features(start, next.end, chars + next.chars, n, w);
        }
    }

    private final List<Link> links;
    private final Map<Quote, Link> byOriginal = new HashMap<>();
    private final Map<Quote, Link> byTranslation = new HashMap<>();

    private QuoteAlignment(List<Link> links) {
        this.links = List.copyOf(links);
        for (Link link : this.links) {
            link.originals().forEach(q -> byOriginal.put(q, link));
            link.translations().forEach(q -> byTranslation.put(q, link));
        }
    }

    /** Aligns the quotations of {@code original} and {@code translation}, paragraph n with paragraph n. */
    static QuoteAlignment of(Analysis original, Analysis translation) {
        Map<Integer, List<Quote>> mine = byParagraph(original.quotes());
        Map<Integer, List<Quote>> theirs = byParagraph(translation.quotes());
        Set<Integer> paragraphs = new TreeSet<>(mine.keySet());
        paragraphs.addAll(theirs.keySet());
        List<Link> links = new ArrayList<>();
        for (int n : paragraphs) {
            links.addAll(paragraph(text(original, n), mine.getOrDefault(n, List.of()),
                    text(translation, n), theirs.getOrDefault(n, List.of())));
        }
        return new QuoteAlignment(links);
    }

    /** Every link, paragraph by paragraph, in reading order. */
    List<Link> links() {
        return links;
    }

    /**
     * The original whose speaker a translated quotation takes: the first of its originals that has a speaker,
     * else the first; empty when the translator added it.
     */
    Optional<Quote> original(Quote translated) {
        Link link = byTranslation.get(translated);
        if (link == null || link.originals().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(link.originals().stream().filter(q -> q.speaker() != null).findFirst()
                .orElse(link.originals().get(0)));
    }

    /** The translated quotations that render an original one, in reading order; empty when none does. */
    List<Quote> translations(Quote original) {
        Link link = byOriginal.get(original);
        return link == null ? List.of() : link.translations();
    }

    /** The translated quotations aligned with no original, in reading order. */
    List<Quote> unaligned() {
        return links.stream().filter(l -> l.originals().isEmpty()).flatMap(l -> l.translations().stream()).toList();
    }

    /**
     * The text of quotations shown as one, in order, joined by an elision mark, each without the comma that
     * English puts inside the closing mark: ["We will fight,", "we will win."] → "We will fight […] we will win."
     */
    static String joined(List<Quote> quotes) {
        if (quotes.size() == 1) {
            return quotes.get(0).text();
        }
        return quotes.stream().map(q -> Indexes.shown(q.text()))
                .collect(Collectors.joining(" […] "));
    }

    /**
     * The links between the quotations of one paragraph and of its translation.
     *
     * @param originalText   the original paragraph's text, or null when the translation has no such paragraph
     * @param originals      the original paragraph's quotations, in reading order
     * @param translatedText the translated paragraph's text, or null when the original has no such paragraph
     * @param translations   the translated paragraph's quotations, in reading order
     */
    static List<Link> paragraph(String originalText, List<Quote> originals, String translatedText,
                                List<Quote> translations) {
        int n = originals.size();
        int m = translations.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        int lo = length(originalText, originals);
        int lt = length(translatedText, translations);
        Set<String> shared = words(originalText);
        shared.retainAll(words(translatedText));
        List<Features> fo = originals.stream().map(q -> Features.of(q, shared)).toList();
        List<Features> ft = translations.stream().map(q -> Features.of(q, shared)).toList();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k < MOVES.length; k++) {
                    int a = MOVES[k][0];
                    int b = MOVES[k][1];
                    if (i < a || j < b || cost[i - a][j - b] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - a][j - b] + (a == 0 || b == 0 ? ALONE
                            : link(group(fo, i - a, i), lo, group(ft, j - b, j), lt)
                            + (a + b > 2 ? MERGE : 0));
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        move[i][j] = k;
                    }
                }
            }
        }
        List<Link> out = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int a = MOVES[move[i][j]][0];
            int b = MOVES[move[i][j]][1];
            out.add(new Link(originals.subList(i - a, i), translations.subList(j - b, j)));
            i -= a;
            j -= b;
        }
        Collections.reverse(out);
        return out;
    }

    /** The features of quotations {@code from} (inclusive) to {@code to} (exclusive) taken together. */
    private static Features group(List<Features> features, int from, int to) {
        return to - from == 1 ? features.get(from) : features.get(from).and(features.get(from + 1));
    }

    /** What it costs to say that quotations {@code o} of a paragraph of length {@code lo} render {@code t}. */
    private static double link(Features o, int lo, Features t, int lt) {
        double position = Math.abs((double) o.start() / lo - (double) t.start() / lt)
                + Math.abs((double) o.end() / lo - (double) t.end() / lt);
        double ratio = Math.log((o.chars() + 1.0) / (t.chars() + 1.0));
        return POSITION * position + LENGTH * Math.abs(ratio) + NUMBERS * missing(o.numbers(), t.numbers())
                + NAMES * missing(o.names(), t.names());
    }

    /** The paragraph's length, at least as far as its last quotation reaches and never zero. */
    private static int length(String text, List<Quote> quotes) {
        int reach = quotes.stream().mapToInt(q -> q.span().end()).max().orElse(0);
        return Math.max(1, Math.max(reach, text == null ? 0 : text.length()));
    }

    /** How many of the words of either side are missing from the other, at most {@link #MISSING}. */
    private static int missing(Set<String> x, Set<String> y) {
        int n = 0;
        for (String w : x) {
            n += y.contains(w) ? 0 : 1;
        }
        for (String w : y) {
            n += x.contains(w) ? 0 : 1;
        }
        return Math.min(MISSING, n);
    }

    /** The numbers of the quotations, as digits only: "1 000", "1,000" and "1000" are one number. */
    static Set<String> numbers(List<Quote> quotes) {
        Set<String> out = new TreeSet<>();
        for (Quote q : quotes) {
            Matcher m = NUMBER.matcher(q.text());
            while (m.find()) {
                out.add(NON_DIGITS.matcher(m.group()).replaceAll(""));
            }
        }
        return out;
    }

    /**
     * The capitalised words of the quotations that do not start a sentence, folded (case, accents): in
     * "Nous irons à l'Élysée avec Anne", {elysee, anne}.
     */
    static Set<String> names(List<Quote> quotes) {
        Set<String> out = new TreeSet<>();
        for (Quote q : quotes) {
            String text = q.text();
            Matcher m = WORD.matcher(text);
            int previous = -1;
            while (m.find()) {
                String word = m.group();
                boolean sentenceStart = previous < 0
                        || SENTENCE_END.matcher(text.substring(previous, m.start())).find();
                previous = m.end();
                if (!sentenceStart && word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))) {
                    out.add(fold(word));
                }
            }
        }
        return out;
    }

    /** The words of a text, folded, in no order (only asked whether they hold a word); none when there is no text. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                out.add(fold(m.group()));
            }
        }
        return out;
    }

    private static String fold(String word) {
        return Accents.strip(word).toLowerCase(Locale.ROOT);
    }

    private static String text(Analysis analysis, int paragraph) {
        return paragraph <= analysis.paragraphs().size() ? analysis.paragraphs().get(paragraph - 1) : null;
    }

    private static Map<Integer, List<Quote>> byParagraph(List<Quote> quotes) {
        Map<Integer, List<Quote>> out = new TreeMap<>();
        for (Quote q : quotes) {
            out.computeIfAbsent(q.paragraph(), k -> new ArrayList<>()).add(q);
        }
        return out;
    }
}
