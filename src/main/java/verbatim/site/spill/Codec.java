package verbatim.site.spill;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a record is written to a spill file and read back: {@code read} gives a record equal to the one written, and
 * reads exactly the bytes {@code write} wrote.
 */
public interface Codec<T> {

    /** Writes {@code value}. */
    void write(DataOutput out, T value) throws IOException;

    /** Reads a value written by {@link #write}. */
    T read(DataInput in) throws IOException;

    /**
     * The {@code length} bytes of {@code channel} at offset {@code at}, to read a record from.
     *
     * @throws IOException when the file ends before them
     */
    static java.io.DataInputStream readAt(java.nio.channels.FileChannel channel, long at, int length)
            throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("the spill file is cut short at byte " + (at + buffer.position()));
            }
        }
        return new java.io.DataInputStream(new Bytes(buffer.array()));
    }

    /** Writes a string, null included, as its UTF-8 length (-1 for null, as a var-int) and its bytes. */
    static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            count(out, -1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        count(out, utf8.length);
        out.write(utf8);
    }

    /** Reads a string written by {@link #string(DataOutput, String)}. */
    static String string(DataInput in) throws IOException {
        int n = count(in);
        if (n < 0) {
            return null;
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Writes bytes after their length; null as length -1. */
    static void bytes(DataOutput out, byte[] b) throws IOException {
        if (b == null) {
            count(out, -1);
            return;
        }
        count(out, b.length);
        out.write(b);
    }

    /** Reads bytes written by {@link #bytes(DataOutput, byte[])}. */
    static byte[] bytes(DataInput in) throws IOException {
        int n = count(in);
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    /**
     * Writes an int of at least -1 in one byte when it is below 127 (most counts and lengths), else in five: 255
     * then the int.
     */
    static void count(DataOutput out, int n) throws IOException {
        if (n >= -1 && n < 127) {
            out.writeByte(n + 1);
        } else {
            out.writeByte(255);
            out.writeInt(n);
        }
    }

    /** Reads an int written by {@link #count(DataOutput, int)}. */
    static int count(DataInput in) throws IOException {
        int b = in.readUnsignedByte();
        return b == 255 ? in.readInt() : b - 1;
    }
}
