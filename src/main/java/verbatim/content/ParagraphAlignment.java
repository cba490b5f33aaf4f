package verbatim.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a translation whose paragraph count differs from its original's first parts from it: the paragraphs of
 * both are aligned by their lengths (a paragraph and its translation are of about the same length) and by what a
 * translation keeps as it is — numbers and capitalised names —, a paragraph being matched with one, two (joined or
 * split) or none; the first step of the cheapest alignment that is not one paragraph for one is the divergence. It
 * is a guess, good where the paragraphs differ in length or in names and numbers, and told as one ("seems").
 *
 * <p>Example: an original of four paragraphs whose translation writes the second and third as one paragraph gives
 * {@code Divergence(JOINED, 1, 1)}: the translation's paragraph 2 holds the original's paragraphs 2 and 3.
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

    /**
     * The first place where the texts part.
     *
     * @param kind        how
     * @param original    the 0-based index of the first paragraph of the original concerned
     * @param translation the 0-based index of the first paragraph of the translation concerned (the translation's
     *                    paragraph count when an original paragraph has no counterpart after its last one)
     */
    record Divergence(Kind kind, int original, int translation) {
    }

    /** The cost of a paragraph left without counterpart, and of two paragraphs matched with one. */
    private static final double ALONE = 1.5;
    private static final double TWO = 0.6;
    /**
     * The weight of the lengths' ratio: a dropped paragraph leaves the one before it about as long as its original, so
     * the pair "both of them joined into it" is about half its length (a log ratio of 0.7 for two paragraphs alike);
     * weighted 2, that is dearer than a paragraph left alone, and a paragraph dropped is told as missing, not joined.
     */
    private static final double LENGTH = 2.0;
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d\\s.,\u00A0\u202F]*\\d)?");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]{2,}");

    private ParagraphAlignment() {
    }

    /** The first divergence of two texts of different paragraph counts (each at least one paragraph). */
    static Divergence first(List<Paragraph> original, List<Paragraph> translation) {
        int a = original.size();
        int b = translation.size();
        double[] lo = lengths(original);
        double[] lt = lengths(translation);
        List<Set<String>> ao = original.stream().map(p -> anchors(p.markdown())).toList();
        List<Set<String>> at = translation.stream().map(p -> anchors(p.markdown())).toList();
        double[][] cost = new double[a + 1][b + 1];
        Kind[][] step = new Kind[a + 1][b + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[a][b] = 0;
        for (int i = a; i >= 0; i--) {
            for (int j = b; j >= 0; j--) {
                if (i == a && j == b) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                Kind how = null;
                if (i < a && j < b) {
                    best = cost[i + 1][j + 1] + pair(lo[i], lt[j], ao.get(i), at.get(j));
                }
                if (i + 1 < a && j < b) {
                    double c = cost[i + 2][j + 1] + TWO + pair(lo[i] + lo[i + 1], lt[j],
                            union(ao.get(i), ao.get(i + 1)), at.get(j));
                    if (c < best) {
                        best = c;
                        how = Kind.JOINED;
                    }
                }
                if (i < a && j + 1 < b) {
                    double c = cost[i + 1][j + 2] + TWO + pair(lo[i], lt[j] + lt[j + 1], ao.get(i),
                            union(at.get(j), at.get(j + 1)));
                    if (c < best) {
                        best = c;
                        how = Kind.SPLIT;
                    }
                }
                if (i < a && cost[i + 1][j] + ALONE < best) {
                    best = cost[i + 1][j] + ALONE;
                    how = Kind.ORIGINAL_ONLY;
                }
                if (j < b && cost[i][j + 1] + ALONE < best) {
                    best = cost[i][j + 1] + ALONE;
                    how = Kind.TRANSLATION_ONLY;
                }
                cost[i][j] = best;
                step[i][j] = how;
            }
        }
        int i = 0;
        int j = 0;
        while (i < a || j < b) {
            if (step[i][j] != null) {
                return new Divergence(step[i][j], i, j);
            }
            i++;
            j++;
        }
        throw new IllegalArgumentException("the texts have as many paragraphs");
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
                out.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
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
