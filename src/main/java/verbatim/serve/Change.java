package verbatim.serve;

/**
 * What a save did to a source file, as the terminal tells it: {@code autre.fr.md added}, {@code a.fr.md changed},
 * {@code b.en.md removed}. Told from the file before and after the burst of events of one save: an editor that
 * saves by rename deletes and creates the file again, which is a change; a file that did not exist before and does
 * after was added; one that existed before and does not after was removed.
 */
public enum Change {
    ADDED("added"), CHANGED("changed"), REMOVED("removed");

    private final String word;

    Change(String word) {
        this.word = word;
    }

    /**
     * The change to a file that {@code existed} before the save (false when the save's first event created it) and
     * {@code exists} after it. A file created and deleted within one save counts as changed.
     */
    public static Change of(boolean existed, boolean exists) {
        return existed && !exists ? REMOVED : !existed && exists ? ADDED : CHANGED;
    }

    /** The word the terminal shows: {@code added}, {@code changed}, {@code removed}. */
    public String word() {
        return word;
    }
}
