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

    /** The same quotation said by someone else, as the editor corrected it. */
    public Quote correctedTo(String newSpeaker) {
        return new Quote(text, newSpeaker, span, Attribution.EDITOR);
    }
}
