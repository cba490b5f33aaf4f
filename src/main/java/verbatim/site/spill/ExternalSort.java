package verbatim.site.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts more records than a build should hold: records are added in runs of at most {@code runSize}; a full run is
 * sorted in memory and written to a file of its own, and {@link #sorted} merges the runs (a k-way merge of their
 * heads), so that memory holds one run and one record per run whatever the number of records. The sort is stable:
 * records that compare equal come out in the order they were added.
 *
 * <p>Example: with {@code runSize} 2 and records ordered by their letter, {@code add("c1")}, {@code add("a")},
 * {@code add("c2")}, {@code add("b")} spill the runs {@code [a, c1]} and {@code [b, c2]}; {@code sorted()} gives
 * a, b, c1, c2. Adding is thread-safe; the files are deleted when the sort is closed.
 */
public final class ExternalSort<T> implements AutoCloseable {

    private final Path dir;
    private final Codec<T> codec;
    private final Comparator<? super T> order;
    private final int runSize;
    private final List<T> run = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private long size;

    /**
     * @param dir     where the runs' files are made (created when missing)
     * @param codec   how a record is written to them
     * @param order   the order of {@link #sorted}
     * @param runSize records held in memory before they are sorted and spilled, at least 1
     */
    public ExternalSort(Path dir, Codec<T> codec, Comparator<? super T> order, int runSize) {
        if (runSize < 1) {
            throw new IllegalArgumentException("runSize " + runSize + " < 1");
        }
        this.dir = dir;
        this.codec = codec;
        this.order = order;
        this.runSize = runSize;
    }

    /** Adds a record; when the run in memory is full it is sorted and written to a file. */
    public synchronized void add(T record) {
        run.add(record);
        size++;
        if (run.size() >= runSize) {
            spill();
        }
    }

    /** How many records were added. */
    public synchronized long size() {
        return size;
    }

    /** How many runs were spilled to files so far. */
    public synchronized int spilled() {
        return files.size();
    }

    private void spill() {
        run.sort(order);
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "run-", ".tmp");
            file.toFile().deleteOnExit(); // when the build is stopped before it closes the sort
            files.add(file);
            counts.add(run.size());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    1 << 16))) {
                for (T r : run) {
                    codec.write(out, r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run.clear();
    }

    /**
     * Every record added, in order (ties in the order added), each read from its run's file as the merge reaches it.
     * Records added after this call are not seen; call it once.
     *
     * @throws UncheckedIOException when a run cannot be read back
     */
    public synchronized Iterator<T> sorted() {
        run.sort(order);
        List<Iterator<T>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files.get(i)),
                        Math.max(1 << 12, (1 << 20) / (files.size() + 1))));
                open.add(in);
                runs.add(read(in, counts.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(new ArrayList<>(run).iterator()); // added last: after the files' records among equals
        run.clear();
        if (runs.size() == 1) {
            return runs.get(0);
        }
        return merge(runs);
    }

    private Iterator<T> read(DataInputStream in, int count) {
        return new Iterator<>() {
            private int left = count;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public T next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                try {
                    return codec.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** A run's next record, and the run's number (what breaks ties: runs were made in the order added). */
    private record Head<T>(T record, int run) {
    }

    private Iterator<T> merge(List<Iterator<T>> runs) {
        PriorityQueue<Head<T>> heads = new PriorityQueue<>(runs.size(), (x, y) -> {
            int c = order.compare(x.record(), y.record());
            return c != 0 ? c : Integer.compare(x.run(), y.run());
        });
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).hasNext()) {
                heads.add(new Head<>(runs.get(i).next(), i));
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public T next() {
                Head<T> head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                Iterator<T> from = runs.get(head.run());
                if (from.hasNext()) {
                    heads.add(new Head<>(from.next(), head.run()));
                }
                return head.record();
            }
        };
    }

    /** Deletes the runs' files. */
    @Override
    public synchronized void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // deleted below all the same
            }
        }
        open.clear();
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
        files.clear();
        counts.clear();
        run.clear();
    }
}
