package verbatim.content.web;

/**
 * A block of the page left out of the article, for the editor to check: why, and its first words.
 *
 * <p>Example: a figure caption "La nouvelle salle de lecture, au premier étage. Photo Marc Ollivier" gives
 * reason "caption" and words "La nouvelle salle de lecture, au premier étage. Photo…".
 *
 * @param reason what it is: "headline", "byline", "caption", "read also", "ad", "share buttons", …
 * @param words  its first words
 */
public record Dropped(String reason, String words) {

    private static final int WORDS = 8;

    /** A dropped block, its text cut to the first words. */
    static Dropped of(String reason, String text) {
        String[] words = text.strip().split("[\\s\\u00A0]+");
        if (words.length <= WORDS) {
            return new Dropped(reason, String.join(" ", words));
        }
        return new Dropped(reason, String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "…");
    }

    @Override
    public String toString() {
        return reason + ": " + words;
    }
}
