package verbatim.site.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A folder of cache entries, each a byte string under a key of 64 hexadecimal digits (a SHA-256 of what it was made
 * from), in {@code DIR/<first two digits>/<key>}: a header naming the kind of entry, the key itself and a CRC-32 of
 * the bytes, then the bytes. An entry that is cut short, corrupt, of another kind or under another name reads as
 * missing. Entries are written to a temporary file and moved into place, so a reader never sees half an entry.
 *
 * <p>Used under the lock of an {@link AnalysisCache} on the same cache folder; thread-safe.
 */
public final class Entries {

    private static final int KEY_LENGTH = 64;

    private final Path dir;
    private final byte[] magic;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** The entries of kind {@code kind} (such as "verbatim article cache 1") in folder {@code dir}. */
    public Entries(Path dir, String kind) {
        this.dir = dir;
        this.magic = (kind + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes stored under {@code key}, or null when there is no sound entry; the entry counts as used. */
    public byte[] read(String key) {
        used.add(key);
        return peek(key);
    }

    /** The bytes stored under {@code key}, or null when there is no sound entry; the entry does not count as used. */
    public byte[] peek(String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file(key));
        } catch (IOException e) {
            return null;
        }
        int head = magic.length + KEY_LENGTH + 1 + Long.BYTES;
        if (all.length < head || !Arrays.equals(all, 0, magic.length, magic, 0, magic.length)
                || !new String(all, magic.length, KEY_LENGTH, StandardCharsets.US_ASCII).equals(key)
                || all[magic.length + KEY_LENGTH] != '\n') {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, head, all.length - head);
        if (ByteBuffer.wrap(all, head - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            return null;
        }
        return Arrays.copyOfRange(all, head, all.length);
    }

    /** Stores {@code bytes} under {@code key}; when it cannot be written, the build goes on without it. */
    public void write(String key, byte[] bytes) {
        used.add(key);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteBuffer out = ByteBuffer.allocate(magic.length + KEY_LENGTH + 1 + Long.BYTES + bytes.length);
        out.put(magic).put(key.getBytes(StandardCharsets.US_ASCII)).put((byte) '\n').putLong(crc.getValue())
                .put(bytes);
        Path file = file(key);
        Path temp = file.resolveSibling(key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temp, out.array());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Marks the entry of {@code key} as used, so that {@link #prune} keeps it though it was not read. */
    public void keep(String key) {
        used.add(key);
    }

    /** Marks the folder as a cache ({@code CACHEDIR.TAG}), so that backup tools skip it; nothing when it cannot. */
    public void tag() {
        Path tag = dir.resolve("CACHEDIR.TAG");
        try {
            if (!Files.exists(tag)) {
                Files.createDirectories(dir);
                Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n# A cache of Verbatim (archive "
                        + "build). Safe to delete; --no-cache builds without it.\n");
            }
        } catch (IOException e) {
            // not a cache backup tools know of: nothing worse
        }
    }

    /**
     * Deletes the entries of {@code keys} that were neither read, written nor kept since this object was made: those
     * an earlier build used that this one no longer needs, without listing the folder as {@link #prune} does.
     */
    public void forget(Collection<String> keys) {
        for (String key : keys) {
            forget(key);
        }
    }

    /** Deletes the entry of {@code key} unless it was used (a method of its own, which the JIT compiles). */
    private void forget(String key) {
        if (!used.contains(key) && key.length() == KEY_LENGTH) {
            try {
                Files.deleteIfExists(file(key));
            } catch (IOException e) {
                // left for the next full prune
            }
        }
    }

    /** Deletes every entry neither read nor written since this object was made. */
    public void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!used.contains(f.getFileName().toString()) && !f.getFileName().toString().equals("CACHEDIR.TAG")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the entry of a key lives. */
    Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }
}
