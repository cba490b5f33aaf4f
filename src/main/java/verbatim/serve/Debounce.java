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
 * <p>A batch the caller finds <em>settled</em> (every file of it there, as after a write in place or a save by rename
 * that is over) may have a shorter quiet time: with 30 ms, and 10 ms settled, a file written in place at 0 ms is
 * built from at 10 ms, while a save by rename whose file is still missing at 10 ms (the editor renamed it away and
 * has not written the new one yet) waits until 30 ms after its last event.
 *
 * <p>Not thread-safe: one thread adds and takes.
 */
public final class Debounce {

    private final long quietNanos;
    private final long settledNanos;
    private final long maxNanos;
    private final Set<Path> batch = new LinkedHashSet<>();
    private long first;
    private long last;

    /**
     * @param quietNanos how long the files must be quiet before the batch is ready, in nanoseconds
     * @param maxNanos   the longest time a batch waits after its first change, in nanoseconds
     */
    public Debounce(long quietNanos, long maxNanos) {
        this(quietNanos, quietNanos, maxNanos);
    }

    /**
     * @param quietNanos   how long the files must be quiet before the batch is ready, in nanoseconds
     * @param settledNanos how long when the batch is settled (every file of it there): at most {@code quietNanos}
     * @param maxNanos     the longest time a batch waits after its first change, in nanoseconds
     */
    public Debounce(long quietNanos, long settledNanos, long maxNanos) {
        if (quietNanos <= 0 || maxNanos < quietNanos || settledNanos <= 0 || settledNanos > quietNanos) {
            throw new IllegalArgumentException("need 0 < settled <= quiet <= max, got " + settledNanos + ", "
                    + quietNanos + " and " + maxNanos);
        }
        this.quietNanos = quietNanos;
        this.settledNanos = settledNanos;
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
        return nanosUntilReady(now, false);
    }

    /** Like {@link #nanosUntilReady(long)}, with the shorter quiet time when the batch is {@code settled}. */
    public long nanosUntilReady(long now, boolean settled) {
        if (batch.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long ready = Math.min(last + (settled ? settledNanos : quietNanos), first + maxNanos);
        return Math.max(0, ready - now);
    }

    /** The paths of the batch being gathered (not to be changed). */
    public Set<Path> pending() {
        return java.util.Collections.unmodifiableSet(batch);
    }

    /** The batch if it is ready at {@code now}, which starts a new one; else an empty set. */
    public Set<Path> take(long now) {
        return take(now, false);
    }

    /** Like {@link #take(long)}, with the shorter quiet time when the batch is {@code settled}. */
    public Set<Path> take(long now, boolean settled) {
        if (batch.isEmpty() || nanosUntilReady(now, settled) > 0) {
            return Set.of();
        }
        Set<Path> out = Set.copyOf(batch);
        batch.clear();
        return out;
    }
}
