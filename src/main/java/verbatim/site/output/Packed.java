package verbatim.site.output;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import verbatim.site.spill.ScratchFile;

/**
 * Records stored as bytes with their strings numbered in a table, for the files a build keeps about itself (the
 * output's manifest, the catalogue of articles): a header naming the kind of file, a CRC-32 of the rest, the table of
 * strings (each once, as UTF-8 after its length), then the records, where a string is its number in the table (-1
 * for null) and numbers are big-endian. The same names, languages and addresses come back in every record, so the
 * table keeps the file small and quick to read.
 *
 * <p>A file that is cut short, corrupt or of another kind reads as none ({@link #read}).
 */
public final class Packed {

    private Packed() {
    }

    /**
     * Writes records: strings are numbered as they come, and the table is put before them by {@link #save}. The
     * records' bytes are held in memory up to {@value #IN_MEMORY} bytes; past that, for a writer given a folder, they
     * go on in a temporary file there (deleted by {@link #close}, and at once where the system allows), so that a
     * manifest of hundreds of thousands of records is never held whole. Not thread-safe.
     */
    public static final class Writer implements AutoCloseable {
        private final Records records;
        private final DataOutputStream data;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> table = new ArrayList<>();

        /** A writer that holds every record in memory. */
        public Writer() {
            this(null);
        }

        /**
         * A writer whose records past the first {@value #IN_MEMORY} bytes go to a temporary file in {@code folder}
         * (made when needed); all in memory when {@code folder} is null.
         */
        public Writer(Path folder) {
            this.records = new Records(folder);
            this.data = new DataOutputStream(records);
        }

        public Writer string(String s) {
            if (s == null) {
                return integer(-1);
            }
            Integer n = numbers.get(s);
            if (n == null) {
                n = table.size();
                numbers.put(s, n);
                table.add(s);
            }
            return integer(n);
        }

        /** A string that comes back in no other record (a path), written where it is rather than in the table. */
        public Writer unique(String s) {
            if (s == null) {
                return integer(-1);
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            return raw(utf8);
        }

        public Writer strings(List<String> list) {
            integer(list.size());
            list.forEach(this::string);
            return this;
        }

        public Writer integer(int n) {
            try {
                data.writeInt(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Writer number(long n) {
            try {
                data.writeLong(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Writer flag(boolean b) {
            try {
                data.writeByte(b ? 1 : 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Bytes after their length. */
        public Writer bytes(byte[] b) {
            integer(b.length);
            return raw(b);
        }

        private Writer raw(byte[] b) {
            try {
                data.write(b, 0, b.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /**
         * Writes the header of kind {@code kind}, the table and the records to {@code file}, through a temporary file
         * moved into place.
         *
         * @throws IOException when it cannot be written (the temporary file is then removed)
         */
        public void save(Path file, String kind) throws IOException {
            CRC32 crc = new CRC32(); // over the table and the records, written twice rather than copied whole
            body(new java.util.zip.CheckedOutputStream(java.io.OutputStream.nullOutputStream(), crc));
            Path temp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.createDirectories(file.getParent());
                try (var stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    stream.write(magic(kind));
                    stream.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
                    body(stream);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /** Writes the table of strings, then the records. */
        private void body(java.io.OutputStream stream) throws IOException {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(table.size());
            for (String s : table) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            out.flush();
            records.writeTo(stream);
        }

        /** True when the records went on in a temporary file (past {@value #IN_MEMORY} bytes, with a folder). */
        boolean spilled() {
            return records.file != null;
        }

        /** Deletes the temporary file of the records, if there is one. Idempotent. */
        @Override
        public void close() throws IOException {
            records.close();
        }
    }

    /** Bytes of records a {@link Writer} holds in memory before it goes on in a file. */
    static final int IN_MEMORY = 1 << 20;

    /** The records' bytes: in memory up to {@link #IN_MEMORY}, then (with a folder) appended to a temporary file. */
    private static final class Records extends java.io.OutputStream {
        private final Path folder;
        private byte[] buffer = new byte[1 << 16];
        private int count;
        private ScratchFile scratch;
        private java.nio.channels.FileChannel file;

        Records(Path folder) {
            this.folder = folder;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                makeRoom();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int from, int length) throws IOException {
            while (length > 0) {
                if (count == buffer.length) {
                    makeRoom();
                }
                int n = Math.min(length, buffer.length - count);
                System.arraycopy(b, from, buffer, count, n);
                count += n;
                from += n;
                length -= n;
            }
        }

        /** Doubles the buffer while it is under the limit, or without a folder; else empties it into the file. */
        private void makeRoom() throws IOException {
            if (file == null && (folder == null || buffer.length < IN_MEMORY)) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                return;
            }
            if (file == null) {
                scratch = ScratchFile.create(folder, "packed-");
                file = scratch.channel();
            }
            ByteBuffer out = ByteBuffer.wrap(buffer, 0, count);
            while (out.hasRemaining()) {
                file.write(out);
            }
            count = 0;
        }

        /** Copies every byte written so far to {@code out}, in order. */
        void writeTo(java.io.OutputStream out) throws IOException {
            if (file != null) {
                ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
                for (long at = 0, end = file.position(); at < end; ) {
                    chunk.clear();
                    int n = file.read(chunk, at);
                    if (n < 0) {
                        throw new IOException("records file cut short");
                    }
                    out.write(chunk.array(), 0, n);
                    at += n;
                }
            }
            out.write(buffer, 0, count);
        }

        @Override
        public void close() {
            if (scratch != null) {
                scratch.close();
                scratch = null;
                file = null;
            }
        }
    }

    /** Reads records; a value out of place throws {@link IllegalArgumentException} or a buffer exception. */
    public static final class Reader {
        private final ByteBuffer buffer;
        private final String[] table;

        private Reader(ByteBuffer buffer, String[] table) {
            this.buffer = buffer;
            this.table = table;
        }

        private Reader(ByteBuffer buffer) {
            this.buffer = buffer;
            this.table = new String[count()];
            for (int i = 0; i < table.length; i++) {
                int n = count();
                table[i] = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n,
                        StandardCharsets.UTF_8);
                buffer.position(buffer.position() + n);
            }
        }

        /** A count: not negative, and not more than the bytes left. */
        public int count() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalArgumentException("impossible count " + n);
            }
            return n;
        }

        public String string() {
            int n = buffer.getInt();
            return n == -1 ? null : table[n];
        }

        /** A string written by {@link Writer#unique}. */
        public String unique() {
            int n = buffer.getInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalArgumentException("impossible length " + n);
            }
            String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + n);
            return s;
        }

        public List<String> strings() {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        public int integer() {
            return buffer.getInt();
        }

        public long number() {
            return buffer.getLong();
        }

        public boolean flag() {
            return buffer.get() != 0;
        }

        public byte[] bytes() {
            byte[] out = new byte[count()];
            buffer.get(out);
            return out;
        }

        /** Where the next value is: an offset in the file's bytes, for {@link #at}. */
        public int position() {
            return buffer.position();
        }

        /**
         * A reader of the same records and table of strings from {@code position} ({@link #position}) on, apart from
         * this one: to read again, later, values this one read past. It holds the file's bytes.
         */
        public Reader at(int position) {
            ByteBuffer again = buffer.duplicate();
            again.position(position);
            return new Reader(again, table);
        }

        /** True when every byte was read. */
        public boolean done() {
            return !buffer.hasRemaining();
        }
    }

    /** What reads the records of a file. */
    @FunctionalInterface
    public interface Decoder<T> {
        /** The records, or null when they are not what the caller wants (another folder, other inputs). */
        T decode(Reader in);
    }

    /**
     * The records of {@code file}, written as kind {@code kind}, as {@code decoder} reads them; null when there is no
     * sound file of that kind or the decoder refuses it or leaves bytes unread.
     */
    public static <T> T read(Path file, String kind, Decoder<T> decoder) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        byte[] magic = magic(kind);
        int head = magic.length + Long.BYTES;
        if (all.length < head || !Arrays.equals(all, 0, magic.length, magic, 0, magic.length)) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, head, all.length - head);
        if (ByteBuffer.wrap(all, magic.length, Long.BYTES).getLong() != crc.getValue()) {
            return null;
        }
        try {
            Reader in = new Reader(ByteBuffer.wrap(all, head, all.length - head));
            T out = decoder.decode(in);
            return in.done() ? out : null;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | java.time.DateTimeException e) {
            return null;
        }
    }

    private static byte[] magic(String kind) {
        return (kind + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
