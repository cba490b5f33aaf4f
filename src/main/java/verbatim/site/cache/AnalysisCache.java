package verbatim.site.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What earlier builds read of each content file, so that a file whose text did not change is neither rendered from
 * Markdown nor analysed again: its paragraphs' HTML and its analysis ({@link Analysed}), one file per content file.
 *
 * <p>An entry's key is a SHA-256 of a version (the analyser's rules and the code that prepares its text, as the
 * caller gives it) and the file's language, date and paragraphs as written (Markdown); it lives in
 * {@code DIR/analysis/<first two digits>/<key>}. The editor's corrections are applied to the analysis after the
 * cache, every build, so they need no part in the key. The entries are {@link Entries}: one that is cut short,
 * corrupt, from another version of the format or under the wrong name is ignored, and the text analysed and stored
 * again.
 *
 * <p>One build at a time uses a cache folder: {@link #open} takes a lock on {@code DIR/lock} (across processes
 * and within one), waiting for another build that holds it. The folder is safe to delete between builds.
 * Thread-safe: articles are analysed in parallel.
 */
public final class AnalysisCache implements AutoCloseable {

    /** The default cache folder's name, in the project folder (the content folder's parent). */
    public static final String FOLDER = ".verbatim";

    /**
     * The default cache folder of the content folder {@code content}: {@value #FOLDER} beside it, absolute and
     * normalised. Example: {@code content} in {@code /home/ann/news} gives {@code /home/ann/news/.verbatim}.
     */
    public static Path besideContent(Path content) {
        return content.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }
    /** The file of the cache folder where the fingerprints of the code's jar are remembered between builds. */
    public static final String FINGERPRINTS = "fingerprints";

    private static final String KIND = "verbatim analysis cache 1";
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Entries entries;
    private final Path folder;
    private final String version;
    private final Semaphore held;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private AnalysisCache(Path folder, String version, Semaphore held, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.entries = new Entries(folder.resolve("analysis"), KIND);
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
            AnalysisCache cache = new AnalysisCache(root, version, held, channel, lock);
            cache.entries.tag(); // not the whole folder: accepted/ is kept
            return cache;
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
        return get(key(lang, date, markdown), read);
    }

    /** Like {@link #get(String, String, List, Supplier)}, for the text whose {@link #key} is {@code key}. */
    public Analysed get(String key, Supplier<Analysed> read) {
        Analysed stored = decode(entries.read(key));
        if (stored != null) {
            hits.incrementAndGet();
            return stored;
        }
        misses.incrementAndGet();
        Analysed fresh = read.get();
        entries.write(key, AnalysisCodec.encode(fresh)); // when it cannot be written, analysed again next build
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
        entries.prune();
    }

    /** Deletes the entries of {@code keys} not asked for since the cache was opened, without listing the folder. */
    public void forget(java.util.Collection<String> keys) {
        entries.forget(keys);
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
        entries.keep(key);
    }

    /** The cache folder (such as {@code .verbatim}), absolute. */
    public Path folder() {
        return folder;
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
        return entries.file(key);
    }

    private static void feed(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length; // its length first, in four bytes (big-endian)
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }

    /** The reading in an entry's bytes, or null when there are none or they do not decode. */
    private static Analysed decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return AnalysisCodec.decode(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }
}
