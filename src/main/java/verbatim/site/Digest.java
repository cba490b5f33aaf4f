package verbatim.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A SHA-256 fed with values one after the other, each tagged with its kind and strings with their length, so that
 * two different sequences of values never feed the same bytes: ("ab", "c") and ("a", "bc") differ, and so do a null
 * string and an empty one.
 *
 * <p>Example: {@code Digest.of("home").add("fr").add(2).bytes()} is the key of the second French home page before
 * the cards of its articles are added.
 */
final class Digest {

    /** Bytes of the short digests kept per article part ({@link #shortBytes}). */
    static final int SHORT = 16;

    private final MessageDigest sha;
    /** Values are gathered here and given to the SHA-256 in blocks: fewer calls than one per value. */
    private final byte[] buffer = new byte[1024];
    private int used;

    private Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest that starts with {@code kind} (what is digested: "home", "timeline-year"). */
    static Digest of(String kind) {
        return new Digest().add(kind);
    }

    Digest add(String s) {
        if (s == null) {
            one('0');
            return this;
        }
        one('s');
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        eight(utf8.length);
        many(utf8);
        return this;
    }

    Digest add(long n) {
        one('i');
        eight(n);
        return this;
    }

    Digest add(boolean b) {
        one(b ? 'T' : 'F');
        return this;
    }

    /** Adds another digest (or any bytes), with its length. */
    Digest add(byte[] bytes) {
        if (bytes == null) {
            one('0');
            return this;
        }
        one('b');
        eight(bytes.length);
        many(bytes);
        return this;
    }

    /** The 32 bytes of the SHA-256; the digest cannot be fed afterwards. */
    byte[] bytes() {
        sha.update(buffer, 0, used);
        used = 0;
        return sha.digest();
    }

    /** The first {@value #SHORT} bytes of the SHA-256, enough to tell one article's part from its next version. */
    byte[] shortBytes() {
        return Arrays.copyOf(bytes(), SHORT);
    }

    private void one(char c) {
        room(1);
        buffer[used++] = (byte) c;
    }

    private void eight(long n) {
        room(8);
        for (int i = 0; i < 8; i++) {
            buffer[used++] = (byte) (n >>> (56 - 8 * i));
        }
    }

    private void many(byte[] bytes) {
        if (bytes.length > buffer.length / 2) {
            sha.update(buffer, 0, used);
            used = 0;
            sha.update(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void room(int n) {
        if (used + n > buffer.length) {
            sha.update(buffer, 0, used);
            used = 0;
        }
    }
}
