package verbatim.analysis;

import verbatim.analysis.reading.Span;
import verbatim.analysis.speakers.Attribution;

/**
 * A quotation: the words between the marks, who said them, how that was found, and where.
 *
 * @param text        the inner text, without the quotation marks, exactly as in the paragraph
 * @param speaker     the speaker's canonical name (a person or an organisation), or null when the article does
 *                    not say (or the editor says nobody is known)
 * @param span        where the inner text stands
 * @param attribution how the speaker was found; {@link Attribution#NONE} when nothing names the speaker
 */
public record Quote(String text, String speaker, Span span, Attribution attribution) {

    public Quote {
        java.util.Objects.requireNonNull(attribution, "attribution");
        if (speaker != null && attribution == Attribution.NONE
                || speaker == null && attribution != Attribution.NONE && attribution != Attribution.EDITOR) {
            throw new IllegalArgumentException("speaker " + speaker + " found as " + attribution);
        }
    }

    /** A quotation whose speaker was stated in its own sentence (or nobody's, when {@code speaker} is null). */
    public Quote(String text, String speaker, Span span) {
        this(text, speaker, span, speaker == null ? Attribution.NONE : Attribution.EXPLICIT);
    }

    public int paragraph() {
        return span.paragraph();
    }

    /** The quotation marks a quotation may be written with, opening and closing. */
    private static final String MARKS = "«»‹›“”„‘’\"";

    /**
     * The quotation as {@code paragraph}, its own, writes it: its text between the marks written around it, a space
     * inside each mark where the paragraph has one (of any kind: a no-break space is shown as a space). Example: in
     * {@code Il a dit : «\u00A0Nous partons\u00A0».} it is {@code « Nous partons »}, in {@code He said "We leave".}
     * {@code "We leave"}, in {@code He said “We leave”.} {@code “We leave”}. A side with no mark (a quotation that
     * runs on to the end of its paragraph) has none; a quotation not found where its span says is given in straight
     * quotes.
     */
    public String written(String paragraph) {
        return written(paragraph, text);
    }

    /**
     * Like {@link #written(String)}, with {@code inner} between the marks instead of the whole text: a quotation cut
     * short for a message ({@code "This is an absolute scandal…"}).
     */
    public String written(String paragraph, String inner) {
        int start = span.start();
        int end = span.end();
        String p = paragraph == null ? "" : paragraph;
        if (start < 0 || end < start || end > p.length() || !p.substring(start, end).equals(text)) {
            return "\"" + inner + "\"";
        }
        int open = start;
        while (open > 0 && space(p.charAt(open - 1))) {
            open--;
        }
        int close = end;
        while (close < p.length() && space(p.charAt(close))) {
            close++;
        }
        StringBuilder out = new StringBuilder();
        if (open > 0 && MARKS.indexOf(p.charAt(open - 1)) >= 0) {
            out.append(p.charAt(open - 1)).append(open < start ? " " : "");
        }
        out.append(inner);
        if (close < p.length() && MARKS.indexOf(p.charAt(close)) >= 0) {
            out.append(close > end ? " " : "").append(p.charAt(close));
        }
        return out.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** The same quotation said by someone else, as the editor corrected it. */
    public Quote correctedTo(String newSpeaker) {
        return new Quote(text, newSpeaker, span, Attribution.EDITOR);
    }
}
