package verbatim.analysis.speakers;

import java.util.Locale;

/**
 * How a quotation's speaker was found, from the strongest evidence to none. The order is the order in which
 * {@link SpeakerResolver} tries them.
 *
 * <p>Example: in {@code Anne Morel a déclaré : « Nous tiendrons. » « Le site restera ouvert », a-t-elle
 * ajouté. « Jusqu'à quand ? »} the first quotation is {@link #EXPLICIT}, the second {@link #INCISE}, the third
 * {@link #CONTINUING}.
 */
public enum Attribution {
    /** Named in the quotation's own sentence: "X a déclaré : « … »", "selon X", "pour X", "X said "…"". */
    EXPLICIT,
    /** A reporting clause after the marks or inside them: "« … », a ajouté X", ""…," she said". */
    INCISE,
    /** Introduced by the sentence or paragraph before: "Elle a déclaré :" ending the previous paragraph. */
    PREVIOUS,
    /** No attribution of its own: the current speaker goes on (a paragraph that continues a quotation). */
    CONTINUING,
    /** No attribution anywhere near: the person the story is about, in an interview-style article. */
    FOCUS,
    /** Nobody: the article does not say who, or the words are nobody's (a term, a scare quote). */
    NONE,
    /** Given by the editor in the content file's {@code quotes:} corrections. */
    EDITOR;

    /** The lower-case name used in the analysis JSON: "explicit", "incise", … */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the speaker was inferred rather than stated (what {@code archive review} lists). */
    public boolean inferred() {
        return this == PREVIOUS || this == CONTINUING || this == FOCUS;
    }
}
