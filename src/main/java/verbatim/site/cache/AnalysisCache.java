package verbatim.site.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What earlier builds read of each content file, so that a file whose text did not change is neither rendered from
 * Markdown nor analysed again: its paragraphs' HTML and its analysis ({@link Analysed}), one file per content file.
 *
 * <p>An entry's key is a SHA-256 of a version (the analyser's rules and the code that prepares its text, as the
 * caller gives it) and the file's language, date and paragraphs as written (Markdown); it lives in
 * {@code DIR/analysis/<first two digits>/<key>}. The editor's corrections are applied to the analysis after the
 * cache, every build, so they need no part in the key. An entry holds a
 * header, its own key and a CRC-32 of its bytes: an entry that is cut short, corrupt, from another version of the
 * format or under the wrong name is ignored, and the text analysed and stored again. Entries are written to a
 * temporary file and moved into place, so a reader never sees half an entry.
 *
 * <p>One build at a time uses a cache folder: {@link #open} takes a lock on {@code DIR/lock} (across processes
 * and within one), waiting for another build that holds it. The folder is safe to delete between builds.
 * Thread-safe: articles are analysed in parallel.
 */
public final class AnalysisCache implements AutoCloseable {

    /** The default cache folder's name, in the project folder (the content folder's parent). */
    public static final String FOLDER = ".verbatim";

    private static final byte[] MAGIC = "verbatim analysis cache 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 64;
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path entries;
    private final String version;
    private final Semaphore held;
    private final FileChannel channel;
    private final FileLock lock;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private AnalysisCache(Path entries, String version, Semaphore held, FileChannel channel, FileLock lock) {
        this.entries = entries;
        this.version = version;
        this.held = held;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (creating it if needed) the cache folder {@code dir} for analyses made by rules of {@code version},
     * and locks it; {@code waiting} is run once when another build holds the lock, before waiting for it.
     *
     * @throws UncheckedIOException when the folder cannot be created or locked
     */
    public static AnalysisCache open(Path dir, String version, Runnable waiting) {
        Path root = dir.toAbsolutePath().normalize();
        Semaphore held = IN_PROCESS.computeIfAbsent(root, k -> new Semaphore(1));
        boolean told = false;
        try {
            Files.createDirectories(root);
            if (!held.tryAcquire()) {
                waiting.run();
                told = true;
                held.acquire();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    waiting.run();
                }
                lock = channel.lock();
            }
            Files.createDirectories(root.resolve("analysis"));
            Path tag = root.resolve("analysis").resolve("CACHEDIR.TAG"); // not the whole folder: accepted/ is kept
            if (!Files.exists(tag)) {
                Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n# The analysis cache of "
                        + "Verbatim (archive build). Safe to delete; --no-cache builds without it.\n");
            }
            return new AnalysisCache(root.resolve("analysis"), version, held, channel, lock);
        } catch (IOException | RuntimeException e) {
            held.release();
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * The content file of language {@code lang}, date {@code date} and paragraphs {@code markdown} read: the stored
     * reading when there is a sound entry, otherwise {@code read}'s, stored (when the entry cannot be written, the
     * build goes on without it).
     */
    public Analysed get(String lang, String date, List<String> markdown, Supplier<Analysed> read) {
        String key = key(lang, date, markdown);
        used.add(key);
        Path file = file(key);
        Analysed stored = read(file, key);
        if (stored != null) {
            hits.incrementAndGet();
            return stored;
        }
        misses.incrementAndGet();
        Analysed fresh = read.get();
        write(file, key, AnalysisCodec.encode(fresh));
        return fresh;
    }

    /** Texts found in the cache since it was opened. */
    public int hits() {
        return hits.get();
    }

    /** Texts analysed since the cache was opened. */
    public int misses() {
        return misses.get();
    }

    /** Deletes every entry not asked for since the cache was opened (articles deleted or changed since). */
    public void prune() {
        if (!Files.isDirectory(entries)) {
            return;
        }
        try (Stream<Path> all = Files.walk(entries)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!used.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            held.release();
        }
    }

    /** Marks the entry of {@code key} as used, so that {@link #prune} keeps it though it was not read. */
    public void keep(String key) {
        used.add(key);
    }

    /** The cache folder (such as {@code .verbatim}), absolute. */
    public Path folder() {
        return entries.getParent();
    }

    /** The key of a content file's text: 64 hexadecimal digits. */
    public String key(String lang, String date, List<String> markdown) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(version, lang, String.valueOf(date), date == null ? "0" : "1",
                    Integer.toString(markdown.size()))) {
                feed(sha, part);
            }
            for (String p : markdown) {
                feed(sha, p);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the entry of a key lives. */
    Path file(String key) {
        return entries.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void feed(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** The reading stored under the key, or null when there is none or it is not sound. */
    private static Analysed read(Path file, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // unreadable: analysed again, and the entry replaced
        }
        int head = MAGIC.length + KEY_LENGTH + 1 + Long.BYTES;
        if (all.length < head || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !new String(all, MAGIC.length, KEY_LENGTH, StandardCharsets.US_ASCII).equals(key)
                || all[MAGIC.length + KEY_LENGTH] != '\n') {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, head, all.length - head);
        if (ByteBuffer.wrap(all, head - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            return null;
        }
        try {
            return AnalysisCodec.decode(new ByteArrayInputStream(all, head, all.length - head));
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, String key, byte[] analysis) {
        CRC32 crc = new CRC32();
        crc.update(analysis);
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + KEY_LENGTH + 1 + Long.BYTES + analysis.length);
        out.put(MAGIC).put(key.getBytes(StandardCharsets.US_ASCII)).put((byte) '\n').putLong(crc.getValue())
                .put(analysis);
        Path temp = file.resolveSibling(key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temp, out.array());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) { // not kept: the next build analyses the text again
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
