package verbatim.site;

import verbatim.site.output.SmallMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import verbatim.site.output.Later;
import verbatim.site.output.Ledger;
import verbatim.site.output.Packed;

/**
 * What the last build of an output folder made of each article, kept in the cache folder beside the output's
 * manifest, so that the next build knows an article whose files did not change without reading them or the article's
 * cache entry: the content files as they were read (size, modification time, file key), the article's key, its pages
 * and its {@link ArticleOutline outline}.
 *
 * <p>A content file whose size, time and file key are those recorded is taken to hold the bytes it held then (as
 * {@code make} and {@code rsync} do); a file modified less than {@link #SETTLED} before the build read it is recorded
 * without its time, so that the next build reads it again (a second edit within the same tick of the file system's
 * clock would otherwise go unseen). A catalogue is used only by a build of the same inputs (code, settings,
 * templates) and only with the output manifest written with it (same {@link #indexKey}); one that is cut short or
 * corrupt is not used.
 *
 * <p>Stored in a {@link Ledger} (the build's key and the index key, then the entries), so that a build that changed a
 * few articles writes only their entries.
 */
final class Catalogue {

    /** How long before the build a content file must have been modified for its time to be trusted: 2 s. */
    static final long SETTLED = TimeUnit.SECONDS.toNanos(2);

    private static final String KIND = "verbatim catalogue 5";

    /**
     * A content file as a build read it.
     *
     * @param path     its path, as the build was given it
     * @param size     its size in bytes
     * @param modified its modification time in nanoseconds since the epoch, or -1 when it is not to be trusted
     * @param fileKey  its file key (device and inode), or ""
     */
    record Stamp(String path, long size, long modified, String fileKey) {

        /** The stamp of a file with attributes {@code a}, read by a build that started at {@code buildNanos}. */
        static Stamp of(Path path, BasicFileAttributes a, long buildNanos) {
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return new Stamp(path.toString(), a.size(), modified < buildNanos - SETTLED ? modified : -1,
                    a.fileKey() == null ? "" : a.fileKey().toString());
        }

        /** True when the file at {@code path} with attributes {@code a} is taken to be the file stamped. */
        boolean matches(Path path, BasicFileAttributes a) {
            return modified >= 0 && a.size() == size && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified
                    && path.toString().equals(this.path)
                    && (a.fileKey() == null ? "" : a.fileKey().toString()).equals(fileKey);
        }
    }

    /**
     * One article as the build that wrote the catalogue found and built it.
     *
     * @param listing  the slug its files are listed under (their names')
     * @param files    its content files, as read
     * @param key      its key ({@code Inputs#article}): where its entry is in the cache
     * @param slug     its slug (the front matter's, when it gives one)
     * @param original the path of its original's content file
     * @param texts    how many content files (languages) it has
     * @param warnings what reading its files warned about
     * @param analyses the keys of its texts in the analysis cache
     * @param pages    its pages: site path → the id of its file ({@link verbatim.site.output.Manifest.File#id})
     * @param outline  what the index step needs of it; null for a draft the build left out (then only the files, the
     *                 key and the warnings are known)
     */
    record Entry(String listing, List<Stamp> files, String key, String slug, String original, int texts,
                 List<String> warnings, List<String> analyses, Map<String, byte[]> pages, ArticleOutline outline) {

        /** The entry of a draft that a build without drafts left out. */
        static Entry draft(String listing, List<Stamp> files, String key, List<String> warnings) {
            return new Entry(listing, files, key, null, null, 0, warnings, List.of(), Map.of(), null);
        }

        /** True for a draft the build left out. */
        boolean draft() {
            return outline == null;
        }

        /** True when {@code files}, as listed with {@code attributes}, are the files this entry was read from. */
        boolean unchanged(List<Path> files, Map<Path, BasicFileAttributes> attributes) {
            if (files.size() != this.files.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                BasicFileAttributes a = attributes.get(files.get(i));
                if (a == null || !this.files.get(i).matches(files.get(i), a)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final byte[] build;
    private final byte[] indexKey;
    private final Map<String, Entry> entries;
    private final Ledger.Base<Entry> base;

    /**
     * @param build    the key of the build's inputs ({@code Inputs#key})
     * @param indexKey the key of the index files of that build, as its output manifest records it
     * @param entries  by listing slug
     * @param base     the stored base of the catalogue it follows, against which it is written; null for none
     */
    Catalogue(byte[] build, byte[] indexKey, Map<String, Entry> entries, Ledger.Base<Entry> base) {
        this.build = build;
        this.indexKey = indexKey;
        this.entries = entries;
        this.base = base;
    }

    /** The stored base it was read from (for the catalogue that follows it), or null. */
    Ledger.Base<Entry> base() {
        return base;
    }

    /**
     * Whether a content file of {@code files} (with their attributes) was changed after the catalogue in {@code file}
     * (or its delta) was last written, or there is no catalogue there: then the build is likely to read and analyse
     * some article. A guess only, which decides nothing but when the analyser starts being made; a file changed while
     * the previous build ran, before its catalogue was written, is not seen (and is found changed all the same).
     */
    static boolean editedSince(Path file, Map<Path, BasicFileAttributes> files) {
        long written = Long.MIN_VALUE;
        for (Path f : new Path[] {file, Ledger.delta(file)}) {
            try {
                written = Math.max(written, Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                // not there
            }
        }
        if (written == Long.MIN_VALUE) {
            return true;
        }
        for (BasicFileAttributes a : files.values()) {
            if (a.lastModifiedTime().to(TimeUnit.NANOSECONDS) > written) {
                return true;
            }
        }
        return false;
    }

    /** The file where the catalogue of output folder {@code folder} lives in the cache folder {@code cacheDir}. */
    static Path location(Path cacheDir, Path folder) {
        String name = Integer.toHexString(folder.toAbsolutePath().normalize().toString().hashCode());
        return cacheDir.resolve("catalogue").resolve(name);
    }

    /**
     * Tells {@code articles} the article keys and {@code texts} the analysis keys that the catalogues of the other
     * output folders in the folder of {@code own} (such as the site's and serve's preview's) count on, so that a
     * full prune of the cache by one build does not throw away what the other's next build would reuse.
     */
    static void keepOthers(Path own, Consumer<String> articles, Consumer<String> texts) {
        Path folder = own.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (file.equals(own) || name.contains(".")) { // its own, and the deltas (read with their base)
                    continue;
                }
                Ledger.Content<Entry> stored = Ledger.read(file, KIND, CODEC);
                if (stored != null) {
                    for (Entry e : stored.records().values()) {
                        articles.accept(e.key());
                        e.analyses().forEach(texts);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // nothing kept: the other folder's next build reads its articles again
        }
    }

    /** The entry of the articles listed under {@code listing}, or null. */
    Entry entry(String listing) {
        return entries.get(listing);
    }

    /** Every entry. */
    Collection<Entry> entries() {
        return entries.values();
    }

    /** The key of the index files of the build that wrote it. */
    byte[] indexKey() {
        return indexKey;
    }

    /**
     * The catalogue stored in {@code file} by a build of inputs {@code build} whose output manifest has index key
     * {@code indexKey}; null when there is none (missing, cut short, corrupt, of other inputs or another manifest).
     */
    static Catalogue read(Path file, byte[] build, byte[] indexKey) {
        return read(file, build, indexKey, null);
    }

    /** Like {@link #read(Path, byte[], byte[])}, through {@code memo} (may be null). */
    static Catalogue read(Path file, byte[] build, byte[] indexKey, Ledger.Memo memo) {
        Ledger.Content<Entry> stored = Ledger.read(file, KIND, CODEC, memo);
        if (stored == null || stored.header().size() != 2 || !Arrays.equals(stored.header().get(0), build)
                || !Arrays.equals(stored.header().get(1), indexKey)) {
            return null;
        }
        return new Catalogue(build, indexKey, stored.records(), stored.base());
    }

    /**
     * Writes the catalogue to {@code file}, as the changes since its base when they are few; nothing when it cannot
     * (the next build then reads the articles' files and entries instead).
     */
    void write(Path file) {
        try {
            Ledger.write(file, KIND, CODEC, List.of(build, indexKey), entries, base);
        } catch (IOException | UncheckedIOException e) {
            try {
                Ledger.delete(file);
            } catch (UncheckedIOException ignored) {
                // nothing more to do
            }
        }
    }

    /** How an entry is stored. */
    private static final Ledger.Codec<Entry> CODEC = new Ledger.Codec<>() {
        @Override
        public void write(Packed.Writer out, Entry e) {
            entry(out, e);
        }

        @Override
        public Entry read(Packed.Reader in) {
            return entry(in);
        }
    };

    private static void entry(Packed.Writer out, Entry e) {
        out.string(e.listing()).integer(e.files().size());
        for (Stamp f : e.files()) {
            out.unique(f.path()).number(f.size()).number(f.modified()).unique(f.fileKey());
        }
        out.flag(e.draft());
        if (e.draft()) {
            out.unique(e.key()).strings(e.warnings());
            return;
        }
        out.unique(e.key()).string(e.slug()).unique(e.original()).integer(e.texts()).strings(e.warnings())
                .strings(e.analyses()).integer(e.pages().size());
        e.pages().forEach((path, id) -> out.unique(path).bytes(id));
        ArticleOutline o = e.outline();
        out.string(o.slug()).number(o.date().toEpochDay()).string(o.original()).strings(o.languages())
                .integer(o.quotes().size());
        for (ArticleOutline.QuoteMark q : o.quotes()) {
            out.string(q.speaker()).flag(q.person());
        }
        out.integer(o.people().size());
        o.people().forEach((name, count) -> out.string(name).integer(count));
        out.integer(o.genders().size());
        o.genders().forEach((name, gender) -> out.string(name).integer(gender));
        out.integer(o.dates().size());
        o.dates().forEach((lang, marks) -> {
            out.string(lang).integer(marks.size());
            marks.forEach(m -> out.string(m.value()).integer(m.paragraph()));
        });
        ArticleOutline.Digests g = o.digests();
        out.bytes(g.heading()).bytes(g.card()).bytes(g.quotes());
        digests(out, g.dates());
        digests(out, g.search());
    }

    private static void digests(Packed.Writer out, Map<String, byte[]> digests) {
        out.integer(digests.size());
        digests.forEach((lang, d) -> out.string(lang).bytes(d));
    }

    private static Map<String, byte[]> digests(Packed.Reader in) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            out.put(in.string(), in.bytes());
        }
        return SmallMap.of(out);
    }

    private static Entry entry(Packed.Reader in) {
        String listing = in.string();
        List<Stamp> files = new ArrayList<>();
        for (int n = in.count(); n > 0; n--) {
            files.add(new Stamp(in.unique(), in.number(), in.number(), in.unique()));
        }
        if (in.flag()) {
            return Entry.draft(listing, files, in.unique(), in.strings());
        }
        String key = in.unique();
        String slug = in.string();
        String original = in.unique();
        int texts = in.integer();
        List<String> warnings = in.strings();
        List<String> analyses = in.strings();
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            pages.put(in.unique(), in.bytes());
        }
        String outlineSlug = in.string();
        LocalDate date = LocalDate.ofEpochDay(in.number());
        String lang = in.string();
        List<String> languages = in.strings();
        List<ArticleOutline.QuoteMark> quotes = new ArrayList<>();
        for (int n = in.count(); n > 0; n--) {
            quotes.add(ArticleOutline.QuoteMark.of(in.string(), in.flag()));
        }
        Map<String, Integer> people = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            people.put(ArticleOutline.intern(in.string()), in.integer());
        }
        Map<String, Character> genders = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            genders.put(in.string(), (char) in.integer());
        }
        Map<String, List<ArticleOutline.DateMark>> dates = datesLater(in);
        ArticleOutline.Digests digests = new ArticleOutline.Digests(in.bytes(), in.bytes(), in.bytes(), digests(in),
                digests(in));
        return new Entry(listing, files, key, slug, original, texts, warnings, analyses, SmallMap.of(pages),
                new ArticleOutline(outlineSlug, date, lang, languages, quotes, SmallMap.of(people), dates,
                        digests, ArticleOutline.genders(genders)));
    }

    /**
     * The dates an article's texts mention ({@link ArticleOutline#dates}) at {@code in}, which reads past them, made
     * into marks only when first asked for: only a timeline made again reads them, and a rebuild whose edit changes no
     * article's dates compares their digests alone (at 10,000 synthetic articles, about 140,000 marks not made). Each
     * value is checked as it is read past, so that a catalogue that holds a wrong one is refused now.
     */
    private static Map<String, List<ArticleOutline.DateMark>> datesLater(Packed.Reader in) {
        int from = in.position();
        for (int n = in.count(); n > 0; n--) {
            in.string();
            for (int k = in.count(); k > 0; k--) {
                in.string();
                in.integer();
            }
        }
        Packed.Reader stored = in.at(from);
        return new Later<>(() -> {
            Map<String, List<ArticleOutline.DateMark>> dates = new LinkedHashMap<>();
            for (int n = stored.count(); n > 0; n--) {
                String lang = stored.string();
                List<ArticleOutline.DateMark> marks = new ArrayList<>();
                for (int k = stored.count(); k > 0; k--) {
                    marks.add(ArticleOutline.DateMark.of(stored.string(), stored.integer()));
                }
                dates.put(lang, marks);
            }
            return SmallMap.of(dates);
        });
    }

    /**
     * Writes the catalogue of {@code entries} (each listing once, read one at a time: they need not be held) as
     * {@link #write(Path)} does, against {@code base} (the stored base of the catalogue before, null for none).
     */
    static void write(Path file, byte[] build, byte[] indexKey, List<Entry> entries, Ledger.Base<Entry> base) {
        write(file, build, indexKey, entries, base, null);
    }

    /** Like {@link #write(Path, byte[], byte[], List, Ledger.Base)}, keeping what it wrote in {@code memo} (may be null). */
    static void write(Path file, byte[] build, byte[] indexKey, List<Entry> entries, Ledger.Base<Entry> base,
                      Ledger.Memo memo) {
        try {
            Ledger.write(file, KIND, CODEC, List.of(build, indexKey), new Ledger.Records<>() {
                @Override
                public int size() {
                    return entries.size();
                }

                @Override
                public void forEach(java.util.function.BiConsumer<String, Entry> each) {
                    for (Entry e : entries) {
                        each.accept(e.listing(), e);
                    }
                }
            }, base, memo);
        } catch (IOException | UncheckedIOException e) {
            try {
                Ledger.delete(file);
            } catch (UncheckedIOException ignored) {
                // nothing more to do
            }
        }
    }

    /**
     * How the entries of a build are written to its spill file ({@link verbatim.site.spill}): an entry that is the
     * very one {@code previous} holds for its listing (kept as it was) as its listing alone, read back as that same
     * object, so that the catalogue written from them is written as the changes since {@code previous}; the others
     * whole. {@code previous} may be null.
     */
    static verbatim.site.spill.Codec<Entry> spilled(Catalogue previous) {
        return new verbatim.site.spill.Codec<>() {
            @Override
            public void write(java.io.DataOutput out, Entry e) throws IOException {
                boolean kept = previous != null && previous.entry(e.listing()) == e;
                out.writeBoolean(kept);
                verbatim.site.spill.Codec.string(out, e.listing());
                if (kept) {
                    return;
                }
                out.writeInt(e.files().size());
                for (Stamp f : e.files()) {
                    verbatim.site.spill.Codec.string(out, f.path());
                    out.writeLong(f.size());
                    out.writeLong(f.modified());
                    verbatim.site.spill.Codec.string(out, f.fileKey());
                }
                verbatim.site.spill.Codec.string(out, e.key());
                strings(out, e.warnings());
                out.writeBoolean(e.draft());
                if (e.draft()) {
                    return;
                }
                verbatim.site.spill.Codec.string(out, e.slug());
                verbatim.site.spill.Codec.string(out, e.original());
                out.writeInt(e.texts());
                strings(out, e.analyses());
                out.writeInt(e.pages().size());
                for (Map.Entry<String, byte[]> page : e.pages().entrySet()) {
                    verbatim.site.spill.Codec.string(out, page.getKey());
                    verbatim.site.spill.Codec.bytes(out, page.getValue());
                }
                ArticleOutline.CODEC.write(out, e.outline());
            }

            @Override
            public Entry read(java.io.DataInput in) throws IOException {
                boolean kept = in.readBoolean();
                String listing = verbatim.site.spill.Codec.string(in);
                if (kept) {
                    return previous.entry(listing);
                }
                List<Stamp> files = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    files.add(new Stamp(verbatim.site.spill.Codec.string(in), in.readLong(), in.readLong(),
                            verbatim.site.spill.Codec.string(in)));
                }
                String key = verbatim.site.spill.Codec.string(in);
                List<String> warnings = strings(in);
                if (in.readBoolean()) {
                    return Entry.draft(listing, files, key, warnings);
                }
                String slug = verbatim.site.spill.Codec.string(in);
                String original = verbatim.site.spill.Codec.string(in);
                int texts = in.readInt();
                List<String> analyses = strings(in);
                Map<String, byte[]> pages = new LinkedHashMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    pages.put(verbatim.site.spill.Codec.string(in), verbatim.site.spill.Codec.bytes(in));
                }
                return new Entry(listing, files, key, slug, original, texts, warnings, analyses, SmallMap.of(pages),
                        ArticleOutline.CODEC.read(in));
            }

            private static void strings(java.io.DataOutput out, List<String> list) throws IOException {
                out.writeInt(list.size());
                for (String s : list) {
                    verbatim.site.spill.Codec.string(out, s);
                }
            }

            private static List<String> strings(java.io.DataInput in) throws IOException {
                List<String> out = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    out.add(verbatim.site.spill.Codec.string(in));
                }
                return List.copyOf(out);
            }
        };
    }

    /** Deletes the catalogue in {@code file}, so that no build uses it; nothing when there is none. */
    static void delete(Path file) {
        Ledger.delete(file);
    }
}
