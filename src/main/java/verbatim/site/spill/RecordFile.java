package verbatim.site.spill;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A list of records kept in a file instead of memory: appended in order, then read back by position, each
 * {@link #get} decoding its record from the file (the last {@value #CACHED} read are kept, by position). Memory holds
 * an offset per record (8 bytes) and the cache.
 *
 * <p>Example: {@code add(a)}, {@code add(b)}, then {@code get(1)} reads b back, equal to the one added. Adding is
 * for one thread at a time and before the reads; reading is thread-safe. The file is made at the first record (in
 * {@code dir}) and deleted when the list is closed (on Unix, as soon as it is made).
 */
public final class RecordFile<T> extends AbstractList<T> implements RandomAccess, AutoCloseable {

    /** How many decoded records are kept, by position. */
    static final int CACHED = 1024;

    private final Path dir;
    private final Codec<T> codec;
    private final AtomicReferenceArray<Slot<T>> cache = new AtomicReferenceArray<>(CACHED);
    private long[] offsets = new long[16];
    private int size;
    private long length;
    private ScratchFile scratch;
    private FileChannel channel;
    private BufferedOutputStream out;
    private final java.io.ByteArrayOutputStream record = new java.io.ByteArrayOutputStream(1 << 10);
    private final DataOutputStream recordData = new DataOutputStream(record);
    private volatile boolean flushed = true;

    private record Slot<T>(int index, T value) {
    }

    /** An empty list whose file will be made in {@code dir}, its records written by {@code codec}. */
    public RecordFile(Path dir, Codec<T> codec) {
        this.dir = dir;
        this.codec = codec;
    }

    /** Appends a record; always true. */
    @Override
    public synchronized boolean add(T record) {
        try {
            if (channel == null) {
                scratch = ScratchFile.create(dir, "records-");
                channel = scratch.channel();
                out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            }
            if (size + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[size] = length;
            this.record.reset();
            codec.write(recordData, record);
            recordData.flush();
            this.record.writeTo(out);
            length += this.record.size();
            size++;
            offsets[size] = length;
            flushed = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public int size() {
        synchronized (this) {
            return size;
        }
    }

    /**
     * The record at position {@code index}, read back from the file.
     *
     * @throws IndexOutOfBoundsException when there is none
     * @throws UncheckedIOException      when the file cannot be read
     */
    @Override
    public T get(int index) {
        long from;
        long to;
        FileChannel c;
        synchronized (this) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index + " of " + size);
            }
            Slot<T> slot = cache.get(index % CACHED);
            if (slot != null && slot.index() == index) {
                return slot.value();
            }
            if (!flushed) {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                flushed = true;
            }
            from = offsets[index];
            to = offsets[index + 1];
            c = channel;
        }
        try {
            T value = codec.read(Codec.readAt(c, from, (int) (to - from)));
            cache.set(index % CACHED, new Slot<>(index, value));
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file. */
    @Override
    public synchronized void close() {
        if (scratch != null) {
            scratch.close();
            scratch = null;
        }
        channel = null;
    }
}
