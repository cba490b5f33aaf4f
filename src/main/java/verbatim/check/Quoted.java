package verbatim.check;

import verbatim.analysis.Quote;

/**
 * A quotation shown in a message, in the marks its paragraph writes it with (so that the editor finds it in the
 * file as typed) and cut to a few words.
 *
 * <p>Example: the quotation of {@code "Nous voulions un lieu où l'on reste tout l'après-midi", dit-elle.} is
 * {@code "Nous voulions un lieu où l'on reste…"}, and written with « » it is {@code « Nous voulions un lieu où l'on
 * reste… »}.
 */
final class Quoted {

    private static final int WORDS = 7;

    private Quoted() {
    }

    /** The quotation {@code q} of {@code paragraph}, its paragraph's plain text as analysed. */
    static String of(Quote q, String paragraph) {
        String text = q.text().strip();
        String[] words = text.split("\\s+");
        return q.written(paragraph, words.length <= WORDS ? text
                : String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "…");
    }
}
