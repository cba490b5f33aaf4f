package verbatim.site;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import verbatim.site.spill.ScratchFile;

/**
 * The summaries and search texts of the articles of one build, for the index step: the first {@code held} in
 * memory, the others appended to a file and read back at their offset each time a list needs them, so that the
 * memory a build holds does not grow with the text of the archive but only with an offset per article.
 *
 * <p>Example: with {@code held} 0, {@code put("a", summary, texts)} appends both to the file and keeps two offsets;
 * {@code summary("a")} reads the summary back, equal to the one put. Thread-safe. The file is deleted when the spool
 * is closed (on Unix, as soon as it is opened, so that a build cut short leaves none behind).
 */
final class Spool implements AutoCloseable {

    /**
     * Articles whose summaries a build holds in memory before it spools the others to a file: a summary with its
     * search texts takes about 25 KB of heap, so 250 of them about 6 MB, and a small archive needs no file.
     */
    static final int HELD = 250;

    /**
     * Spooled summaries kept as read, the most recently used first: a list reads the summary of an article once for
     * each of its quotations and dates it shows (about 80 reads an article at 1,000 articles, most of them of an
     * article read just before), so the last ones read are kept rather than read and decoded from the file again;
     * about 7 KB of heap each, so about 2 MB for all. Half the reads found their summary here at 10,000 articles (53 %
     * with 1,024 kept, 36 % with one); the 10,000-article build's peak RSS was 590 MiB with 256 (one build), 669–686
     * MiB with 1,024 (three builds), 467–472 MiB with none (two builds).
     */
    static final int RECENT = 256;

    /** Where an article's parts are: {@code summary} and {@code texts} as positions and lengths in the file. */
    private record Place(long summary, int summaryLength, long texts, int textsLength) {
    }

    private record Held(ArticleSummary summary, List<BuiltArticle.SearchText> texts) {
    }

    private final Path dir;
    private final int held;
    private final Map<String, Held> inMemory = new ConcurrentHashMap<>();
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Map<String, ArticleSummary> recent = new java.util.LinkedHashMap<>(RECENT * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleSummary> eldest) {
            return size() > RECENT;
        }
    };
    private ScratchFile scratch;
    private FileChannel channel;
    private long size;

    /**
     * A spool whose file (made when the first article is spooled) is in {@code dir}.
     *
     * @param held how many articles are kept in memory before the others are spooled (0: every one is)
     */
    Spool(Path dir, int held) {
        this.dir = dir;
        this.held = held;
    }

    /**
     * Keeps the summary of an article and, when not null, its search texts (a summary put again replaces the first;
     * texts put as null leave those of the first).
     */
    void put(String slug, ArticleSummary summary, List<BuiltArticle.SearchText> texts) {
        if (count.incrementAndGet() <= held) {
            inMemory.merge(slug, new Held(summary, texts), (was, now) -> new Held(now.summary(),
                    now.texts() != null ? now.texts() : was.texts()));
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        int summaryLength;
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BuiltArticle.writeSummary(out, summary);
            out.flush();
            summaryLength = bytes.size();
            if (texts != null) {
                BuiltArticle.writeTexts(out, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = bytes.toByteArray();
        long at = append(all);
        Place was = places.get(slug);
        places.put(slug, texts != null || was == null
                ? new Place(at, summaryLength, texts == null ? -1 : at + summaryLength, all.length - summaryLength)
                : new Place(at, summaryLength, was.texts(), was.textsLength()));
        synchronized (recent) { // after the new place, so that no summary read from the old one is kept
            recent.remove(slug);
        }
    }

    /** The summary put for {@code slug}, or null when none was. */
    ArticleSummary summary(String slug) {
        Held h = inMemory.get(slug);
        if (h != null) {
            return h.summary();
        }
        Place p = places.get(slug);
        if (p == null) {
            return null;
        }
        synchronized (recent) {
            ArticleSummary s = recent.get(slug);
            if (s != null) {
                return s;
            }
        }
        ArticleSummary s;
        try {
            s = BuiltArticle.readSummary(in(p.summary(), p.summaryLength()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (recent) {
            if (places.get(slug) == p) { // not put again meanwhile
                recent.put(slug, s);
            }
        }
        return s;
    }

    /** The search texts put for {@code slug}, or null when none were. */
    List<BuiltArticle.SearchText> texts(String slug) {
        Held h = inMemory.get(slug);
        if (h != null) {
            return h.texts();
        }
        Place p = places.get(slug);
        if (p == null || p.texts() < 0) {
            return null;
        }
        try {
            return BuiltArticle.readTexts(in(p.texts(), p.textsLength()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized long append(byte[] bytes) {
        try {
            if (channel == null) {
                scratch = ScratchFile.create(dir, "spool-");
                channel = scratch.channel();
            }
            long at = size;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
            size += bytes.length;
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataInputStream in(long at, int length) throws IOException {
        FileChannel c;
        synchronized (this) {
            c = channel;
        }
        return verbatim.site.spill.Codec.readAt(c, at, length);
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
