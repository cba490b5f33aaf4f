package verbatim.serve;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Gathers the file events of one save into one batch, ready once the files have been quiet for a while. Editors
 * save in bursts (vim renames the file, writes a new one and deletes the backup: four events in a millisecond),
 * and the site should be built once per save.
 *
 * <p>Times are {@link System#nanoTime()} values, given by the caller. Example with a quiet time of 50 ms: changes
 * at 0, 30 and 60 ms give one batch of the three paths, ready at 110 ms. Files that never stop changing still
 * give a batch at the latest {@code max} after the first change.
 *
 * <p>Not thread-safe: one thread adds and takes.
 */
public final class Debounce {

    private final long quietNanos;
    private final long maxNanos;
    private final Set<Path> batch = new LinkedHashSet<>();
    private long first;
    private long last;

    /**
     * @param quietNanos how long the files must be quiet before the batch is ready, in nanoseconds
     * @param maxNanos   the longest time a batch waits after its first change, in nanoseconds
     */
    public Debounce(long quietNanos, long maxNanos) {
        if (quietNanos <= 0 || maxNanos < quietNanos) {
            throw new IllegalArgumentException("need 0 < quiet <= max, got " + quietNanos + " and " + maxNanos);
        }
        this.quietNanos = quietNanos;
        this.maxNanos = maxNanos;
    }

    /** Adds a changed path at time {@code now}. */
    public void add(Path path, long now) {
        if (batch.isEmpty()) {
            first = now;
        }
        batch.add(path);
        last = now;
    }

    /** How long from {@code now} until the batch is ready, in nanoseconds: 0 when it is, MAX_VALUE when empty. */
    public long nanosUntilReady(long now) {
        if (batch.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long ready = Math.min(last + quietNanos, first + maxNanos);
        return Math.max(0, ready - now);
    }

    /** The batch if it is ready at {@code now}, which starts a new one; else an empty set. */
    public Set<Path> take(long now) {
        if (batch.isEmpty() || nanosUntilReady(now) > 0) {
            return Set.of();
        }
        Set<Path> out = Set.copyOf(batch);
        batch.clear();
        return out;
    }
}
