package verbatim.text.internal;

import java.util.List;

/**
 * A French elided word ending in an apostrophe, such as {@code l'} in "l'IA" or {@code qu'} in "qu'on".
 *
 * <p>Each elision owns one bit of the mask that {@link Lexicon#elisions(String)} returns for a word:
 * "on" admits {@code l'}, {@code qu'} and {@code jusqu'}, among others, and "haricot" admits none.
 */
public enum Elision {
    L("l"), D("d"), J("j"), M("m"), N("n"), S("s"), T("t"), C("c"),
    QU("qu"), JUSQU("jusqu"), LORSQU("lorsqu"), PUISQU("puisqu"), QUOIQU("quoiqu");

    /** Longest first, so that "jusquà" is read as jusqu' + à rather than j' + usquà. */
    public static final List<Elision> LONGEST_FIRST =
            List.of(JUSQU, LORSQU, PUISQU, QUOIQU, QU, L, D, J, M, N, S, T, C);

    private final String prefix;

    Elision(String prefix) {
        this.prefix = prefix;
    }

    /** The letters before the apostrophe, in lower case: "l", "qu", "jusqu". */
    public String prefix() {
        return prefix;
    }

    /** This elision's bit in a mask. */
    public int bit() {
        return 1 << ordinal();
    }
}
