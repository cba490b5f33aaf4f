package verbatim.text;

import java.util.List;

/**
 * Restores French apostrophes lost in scraped text, only where a dictionary makes the repair unambiguous.
 *
 * <p>Example: "lIA est" → "l'IA est", "quon devrait" → "qu'on devrait", "dune intelligence" →
 * "d'une intelligence"; "une dune" stays.
 */
public final class ElisionRepair {

    /** One repair: the word as found, as repaired, and its offset in the input. */
    public record Fix(int offset, String before, String after) {
    }

    /** The repaired text and the list of fixes made. */
    public record Result(String text, List<Fix> fixes) {
    }

    /** The shared instance for French; loads its dictionary once. */
    public static ElisionRepair french() {
        throw new UnsupportedOperationException("to be written");
    }

    /** Repairs one paragraph of French text. */
    public Result repair(String text) {
        throw new UnsupportedOperationException("to be written");
    }
}
