package verbatim.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a translation whose paragraph count differs from its original's first parts from it, when the texts tell it.
 * The paragraphs of both are aligned by their lengths (a paragraph and its translation are of about the same length)
 * and by what a translation keeps as it is — numbers and capitalised names, not words a text also writes in lower
 * case —, a paragraph being matched with one, two (joined or split) or none; the first step of the cheapest alignment
 * that is not one paragraph for one is the divergence. It is a guess, told as one ("seems"), and given only as far as
 * the texts pin it:
 *
 * <ul>
 *   <li>a name or number that only one paragraph of each text holds ties the two paragraphs: tied at the same
 *       place, the texts part after them; at different places, at or before them;</li>
 *   <li>between those bounds, the cheapest place must be cheaper than every other by {@link #MARGIN}. With several
 *       paragraphs missing, each costs the same wherever it is left out, and paragraphs of like lengths without
 *       names tell no place from the next: the texts then part {@link Unclear somewhere} in a range;</li>
 *   <li>how they part there (a paragraph left alone, two joined or split) is told when the counts differ by one, the
 *       whole difference; with several paragraphs more, the first step's kind tells little, and only the place is.</li>
 * </ul>
 *
 * <p>Example: an original of four paragraphs whose translation writes the second and third as one paragraph gives
 * {@code Divergence(JOINED, 1, 1)}: the translation's paragraph 2 holds the original's paragraphs 2 and 3. Six
 * paragraphs without names, of like lengths, translated but for the last three, give {@code Unclear(0, 3)}: the texts
 * do not tell where they part.
 */
final class ParagraphAlignment {

    /** How the two texts part. */
    enum Kind {
        /** A paragraph of the original has no counterpart. */
        ORIGINAL_ONLY,
        /** A paragraph of the translation has no counterpart. */
        TRANSLATION_ONLY,
        /** One paragraph of the translation translates two of the original. */
        JOINED,
        /** Two paragraphs of the translation translate one of the original. */
        SPLIT
    }

    /** Where the texts part, as far as they tell it: at one place, or somewhere in a range. */
    sealed interface Parting permits Divergence, Unclear {
    }

    /**
     * The first place where the texts part.
     *
     * @param kind        how
     * @param original    the 0-based index of the first paragraph of the original concerned
     * @param translation the 0-based index of the first paragraph of the translation concerned (the translation's
     *                    paragraph count when an original paragraph has no counterpart after its last one)
     */
    record Divergence(Kind kind, int original, int translation) implements Parting {
    }

    /**
     * The texts part at one of the places from {@code from} to {@code to} (both included), and they do not tell which
     * — or, when the two are one, how they part there. Place {@code k} is where paragraphs 0 to k - 1 of each are one
     * for one and paragraph k of one of them is not the other's; {@code from} 0 and {@code to} the smaller count say
     * nothing of the place.
     *
     * @param from the first place it may be (0-based)
     * @param to   the last place it may be (0-based, at most the smaller paragraph count)
     */
    record Unclear(int from, int to) implements Parting {
    }

    /** The cost of a paragraph left without counterpart, and of two paragraphs matched with one. */
    private static final double ALONE = 1.5;
    private static final double TWO = 0.6;
    /**
     * How much cheaper than every other place the place told must be: that of a paragraph left alone, so that a place
     * is told only when putting the divergence elsewhere costs more than one more paragraph without counterpart.
     */
    private static final double MARGIN = ALONE;
    /**
     * The weight of the lengths' ratio: a dropped paragraph leaves the one before it about as long as its original, so
     * the pair "both of them joined into it" is about half its length (a log ratio of 0.7 for two paragraphs alike);
     * weighted 2, that is dearer than a paragraph left alone, and a paragraph dropped is told as missing, not joined.
     */
    private static final double LENGTH = 2.0;
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d\\s.,\u00A0\u202F]*\\d)?");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]{2,}");
    private static final Pattern LOWER = Pattern.compile("\\b\\p{Ll}[\\p{L}’'-]{2,}");

    private ParagraphAlignment() {
    }

    /** Where two texts of different paragraph counts (each at least one paragraph) part, as far as they tell it. */
    static Parting first(List<Paragraph> original, List<Paragraph> translation) {
        int a = original.size();
        int b = translation.size();
        if (a == b) {
            throw new IllegalArgumentException("the texts have as many paragraphs");
        }
        double[] lo = lengths(original);
        double[] lt = lengths(translation);
        List<Set<String>> ao = original.stream().map(p -> anchors(p.markdown())).toList();
        List<Set<String>> at = translation.stream().map(p -> anchors(p.markdown())).toList();
        Set<String> words = lowerCase(original); // "The", « Parmi »: words a text also writes in lower case
        words.addAll(lowerCase(translation));
        ao = ao.stream().map(x -> difference(x, words)).toList();
        at = at.stream().map(x -> difference(x, words)).toList();
        double[][] cost = new double[a + 1][b + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[a][b] = 0;
        for (int i = a; i >= 0; i--) {
            for (int j = b; j >= 0; j--) {
                if (i == a && j == b) {
                    continue;
                }
                double best = i < a && j < b ? cost[i + 1][j + 1] + pair(lo[i], lt[j], ao.get(i), at.get(j))
                        : Double.MAX_VALUE;
                for (Kind kind : Kind.values()) {
                    best = Math.min(best, step(kind, i, j, cost, lo, lt, ao, at));
                }
                cost[i][j] = best;
            }
        }
        Unclear bounds = pinned(ao, at);
        int places = Math.min(a, b);
        double[] parting = new double[places + 1]; // the cheapest alignment that is one for one before place k, parts at k
        double prefix = 0;
        int cheapest = -1;
        for (int k = 0; k <= places; k++) {
            parting[k] = Double.MAX_VALUE;
            for (Kind kind : Kind.values()) {
                parting[k] = Math.min(parting[k], prefix + step(kind, k, k, cost, lo, lt, ao, at));
            }
            if (k >= bounds.from() && k <= bounds.to() && (cheapest < 0 || parting[k] < parting[cheapest])) {
                cheapest = k;
            }
            if (k < places) {
                prefix += pair(lo[k], lt[k], ao.get(k), at.get(k));
            }
        }
        int from = cheapest;
        int to = cheapest;
        for (int k = bounds.from(); k <= bounds.to(); k++) {
            if (parting[k] - parting[cheapest] < MARGIN) {
                from = Math.min(from, k);
                to = Math.max(to, k);
            }
        }
        if (from < to) {
            return new Unclear(from, to);
        }
        Kind how = null;
        int kinds = 0;
        for (Kind kind : Kind.values()) {
            double c = step(kind, cheapest, cheapest, cost, lo, lt, ao, at);
            if (c < Double.MAX_VALUE) {
                kinds++;
                if (how == null || c < step(how, cheapest, cheapest, cost, lo, lt, ao, at)) {
                    how = kind;
                }
            }
        }
        // one paragraph more: its being left alone, joined or split is the whole difference, and lengths tell it;
        // several more: the first step's kind is one of many, and tells little
        return Math.abs(a - b) == 1 || kinds == 1 ? new Divergence(how, cheapest, cheapest)
                : new Unclear(cheapest, cheapest);
    }

    /**
     * The cost of the alignment from paragraph {@code i} of the original and {@code j} of the translation on whose
     * first step is {@code kind}, or {@link Double#MAX_VALUE} when the texts have no room for it.
     */
    private static double step(Kind kind, int i, int j, double[][] cost, double[] lo, double[] lt,
                               List<Set<String>> ao, List<Set<String>> at) {
        int a = lo.length;
        int b = lt.length;
        return switch (kind) {
            case ORIGINAL_ONLY -> i < a ? cost[i + 1][j] + ALONE : Double.MAX_VALUE;
            case TRANSLATION_ONLY -> j < b ? cost[i][j + 1] + ALONE : Double.MAX_VALUE;
            case JOINED -> i + 1 < a && j < b ? cost[i + 2][j + 1] + TWO + pair(lo[i] + lo[i + 1], lt[j],
                    union(List.of(ao.get(i), ao.get(i + 1))), at.get(j)) : Double.MAX_VALUE;
            case SPLIT -> i < a && j + 1 < b ? cost[i + 1][j + 2] + TWO + pair(lo[i], lt[j] + lt[j + 1], ao.get(i),
                    union(List.of(at.get(j), at.get(j + 1)))) : Double.MAX_VALUE;
        };
    }

    /** A paragraph of the original and one of the translation that a name or number ties (0-based). */
    private record Tie(int original, int translation) {
    }

    /**
     * The places where the texts may part by the names and numbers that tie a paragraph of one to a paragraph of the
     * other, each the only one of its text to hold them: after the last tie at the same place before
     * any other, and at or before the first tie at different places. Of two ties that cannot both hold (one paragraph
     * tied to two, or two ties crossing), the one with fewer names and numbers is dropped, both when as many.
     */
    private static Unclear pinned(List<Set<String>> ao, List<Set<String>> at) {
        Map<String, int[]> where = new HashMap<>(); // anchor → its paragraph and count in each text
        for (int side = 0; side < 2; side++) {
            List<Set<String>> text = side == 0 ? ao : at;
            for (int p = 0; p < text.size(); p++) {
                for (String anchor : text.get(p)) {
                    int[] w = where.computeIfAbsent(anchor, x -> new int[4]);
                    w[side * 2] = p;
                    w[side * 2 + 1]++;
                }
            }
        }
        Map<Tie, Integer> ties = new HashMap<>(); // each tie → the names and numbers that make it
        for (int[] w : where.values()) {
            if (w[1] == 1 && w[3] == 1) {
                ties.merge(new Tie(w[0], w[2]), 1, Integer::sum);
            }
        }
        List<Tie> kept = new ArrayList<>();
        for (Map.Entry<Tie, Integer> tie : ties.entrySet()) {
            Tie t = tie.getKey();
            boolean holds = ties.entrySet().stream().filter(other -> other != tie).noneMatch(other -> {
                Tie o = other.getKey();
                boolean clash = o.original() == t.original() || o.translation() == t.translation()
                        || (o.original() < t.original()) != (o.translation() < t.translation());
                return clash && other.getValue() >= tie.getValue();
            });
            if (holds) {
                kept.add(t);
            }
        }
        int from = 0;
        int to = Math.min(ao.size(), at.size());
        for (Tie t : kept) {
            if (t.original() != t.translation()) {
                to = Math.min(to, Math.min(t.original(), t.translation()));
            }
        }
        for (Tie t : kept) {
            if (t.original() == t.translation() && t.original() < to) {
                from = Math.max(from, t.original() + 1);
            }
        }
        return new Unclear(Math.min(from, to), to);
    }

    /** How unlike two paragraphs are: the log of their lengths' ratio, plus the share of anchors they do not share. */
    private static double pair(double lengthA, double lengthB, Set<String> anchorsA, Set<String> anchorsB) {
        double cost = LENGTH * Math.abs(Math.log(lengthA / lengthB));
        if (!anchorsA.isEmpty() || !anchorsB.isEmpty()) {
            Set<String> both = new HashSet<>(anchorsA);
            both.retainAll(anchorsB);
            cost += 1.0 - (double) both.size() / union(anchorsA, anchorsB).size();
        }
        return cost;
    }

    /** The numbers (digits only: « 1 200 » and "1,200" are one) and the capitalised words not opening a sentence. */
    static Set<String> anchors(String text) {
        Set<String> out = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            out.add(n.group().replaceAll("\\D", ""));
        }
        Matcher w = NAME.matcher(text);
        while (w.find()) {
            String before = text.substring(0, w.start()).stripTrailing();
            if (!before.isEmpty() && ".!?:«“\"—".indexOf(before.charAt(before.length() - 1)) < 0) {
                out.add(w.group().toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "")); // "Sharma's": Sharma
            }
        }
        return out;
    }

    /** The words {@code paragraphs} write in lower case ("the", « parmi »), to tell a name from a word. */
    private static Set<String> lowerCase(List<Paragraph> paragraphs) {
        Set<String> out = new HashSet<>();
        for (Paragraph p : paragraphs) {
            Matcher m = LOWER.matcher(p.markdown());
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return union(List.of(a, b));
    }

    private static Set<String> union(List<Set<String>> sets) {
        Set<String> out = new HashSet<>();
        sets.forEach(out::addAll);
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static double[] lengths(List<Paragraph> paragraphs) {
        double[] out = new double[paragraphs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(1, paragraphs.get(i).markdown().length());
        }
        return out;
    }
}
