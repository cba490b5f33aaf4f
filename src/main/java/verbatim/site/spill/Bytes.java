package verbatim.site.spill;

import java.io.InputStream;
import java.util.Objects;

/**
 * The bytes of an array as a stream, like {@link java.io.ByteArrayInputStream} but without its locks: a
 * {@link java.io.DataInputStream} reads an {@code int} as four single bytes, and a summary read back from a spill file
 * is hundreds of them, each a lock taken and released. For one thread at a time.
 *
 * <p>Example: {@code new DataInputStream(new Bytes(new byte[] {0, 0, 1, 2})).readInt()} is 258.
 */
public final class Bytes extends InputStream {

    private final byte[] bytes;
    private int at;

    /** A stream of {@code bytes}, which are not copied. */
    public Bytes(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes);
    }

    @Override
    public int read() {
        return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (at >= bytes.length) {
            return -1;
        }
        int n = Math.min(len, bytes.length - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, bytes.length - at));
        at += (int) k;
        return k;
    }

    @Override
    public int available() {
        return bytes.length - at;
    }
}
