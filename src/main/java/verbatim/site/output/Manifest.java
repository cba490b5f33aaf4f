package verbatim.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.site.sitemap.SitemapUrl;

/**
 * What the last build wrote into an output folder, kept in the cache folder: for each file its path, its id (which
 * names it as written, {@link FileIds}), its size, modification time and file key (inode) as written, the key of what
 * it was made from (for a file of the index step, a digest of the parts of the articles it shows), and its sitemap
 * entry; for each folder its modification time and file key; and the key of everything the index pages were made from.
 *
 * <p>A file of the output whose size, time and file key are still those recorded is taken to hold the recorded
 * bytes (as {@code make} and {@code rsync} do), so the next build can keep it without reading it; a folder whose time
 * and file key are those recorded holds no file or folder the build did not make (a name added to or removed from a
 * folder changes its time), so the next build lists only the folders that changed. The manifest is
 * written after a build succeeded and deleted before a build changes the output, so a build cut short leaves none;
 * one that is cut short, corrupt or about another folder is not used. Stored in a {@link Ledger}, so that a build that
 * changed a few files writes only their records.
 *
 * @param folder   the output folder it describes, absolute
 * @param indexKey the key of what every file outside the article pages was made from (32 bytes), or empty
 * @param files    by site path ({@code fr/index.html})
 * @param dirs     the folders that hold them, by site path ({@code fr/articles}; "" for the output folder itself)
 * @param base     the stored base it was read from, against which the next manifest is written; null for none
 */
public record Manifest(String folder, byte[] indexKey, Map<String, Manifest.File> files, Map<String, Dir> dirs,
                       Ledger.Base<Manifest.Item> base) {

    /** A file made by building articles' pages; {@link #INDEX} otherwise. */
    public static final int ARTICLE = 0;
    /** A file made from every article at once (a list, a feed, the search index, the sitemap). */
    public static final int INDEX = 1;
    /** An HTML page (counted as a page in the build's report). */
    public static final int PAGE = 2;

    private static final String KIND = "verbatim output manifest 5";
    /** A sitemap entry without date. */
    private static final long NO_DATE = Long.MIN_VALUE;

    /**
     * One file of the output.
     *
     * @param flags    {@link #INDEX} and {@link #PAGE}, or'ed
     * @param id       what names the file as a build wrote it ({@link FileIds}): kept while a build keeps the file, new
     *                 when one writes it
     * @param size     its size in bytes
     * @param modified its modification time, in nanoseconds since the epoch
     * @param fileKey  its file key as the file system gives it (dev and inode), or ""
     * @param input    the key of what it was made from, or an empty array
     * @param sitemap  its sitemap entry, or null when the sitemap leaves it out (or it is not a page)
     */
    public record File(int flags, byte[] id, long size, long modified, String fileKey, byte[] input,
                       SitemapUrl sitemap) implements Item {

        /** True when it is made from every article at once. */
        public boolean index() {
            return (flags & INDEX) != 0;
        }

        /** True when it is an HTML page. */
        public boolean page() {
            return (flags & PAGE) != 0;
        }
    }

    /**
     * One folder of the output, as the build left it.
     *
     * @param modified its modification time, in nanoseconds since the epoch
     * @param fileKey  its file key as the file system gives it, or ""
     */
    public record Dir(long modified, String fileKey) implements Item {
    }

    /** A file or a folder, as stored (a folder's key is its site path after a slash: "/fr/articles", "/"). */
    public sealed interface Item permits File, Dir {
    }

    /** The file where the manifest of output folder {@code folder} lives in the cache folder {@code cacheDir}. */
    public static Path location(Path cacheDir, Path folder) {
        String name = Integer.toHexString(folder.toAbsolutePath().normalize().toString().hashCode());
        return cacheDir.resolve("output").resolve(name);
    }

    /** The manifest stored in {@code file} about output folder {@code folder}, or null when there is no sound one. */
    public static Manifest read(Path file, Path folder) {
        return read(file, folder, null);
    }

    /**
     * Like {@link #read(Path, Path)}, through {@code memo} (may be null): a manifest this process wrote or read last is
     * taken from memory while its files are as they were then ({@link Ledger#read(Path, String, Ledger.Codec,
     * Ledger.Memo)}).
     */
    public static Manifest read(Path file, Path folder, Ledger.Memo memo) {
        Ledger.Content<Item> stored = Ledger.read(file, KIND, CODEC, memo);
        if (stored == null || stored.header().size() != 2) {
            return null;
        }
        String dir = new String(stored.header().get(0), StandardCharsets.UTF_8);
        if (!folder.toAbsolutePath().normalize().toString().equals(dir)) {
            return null;
        }
        if (memo != null && memo.view(file, stored) instanceof Manifest kept) {
            return kept; // made of these records before (or written as them): not split again
        }
        Map<String, File> files = new HashMap<>(stored.records().size() * 2);
        Map<String, Dir> dirs = new HashMap<>(stored.records().size()); // made that large at once, as the files'
        stored.records().forEach((key, item) -> {
            if (item instanceof File f) {
                files.put(key, f);
            } else {
                dirs.put(key.substring(1), (Dir) item);
            }
        });
        Manifest read = new Manifest(dir, stored.header().get(1), files, dirs, stored.base());
        if (memo != null) {
            memo.view(file, stored, read);
        }
        return read;
    }

    /**
     * Writes this manifest to {@code file}, as the changes since its {@link #base} when they are few; nothing when it
     * cannot (the next build then compares the bytes of the files instead).
     */
    public void write(Path file) {
        write(file, List.of());
    }

    /**
     * Writes this manifest with the files {@code more} besides its own (by site path, none of them in {@link #files};
     * read one at a time, so that they need not be held), as {@link #write(Path)} does.
     */
    public void write(Path file, List<Map.Entry<String, File>> more) {
        write(file, more, null);
    }

    /** Like {@link #write(Path, List)}, keeping what it wrote in {@code memo} (may be null) for the next read. */
    public void write(Path file, List<Map.Entry<String, File>> more, Ledger.Memo memo) {
        try {
            Ledger.write(file, KIND, CODEC, List.of(folder.getBytes(StandardCharsets.UTF_8), indexKey),
                    new Ledger.Records<>() { // the files, the folders, then the files read one at a time
                        @Override
                        public int size() {
                            return files.size() + dirs.size() + more.size();
                        }

                        @Override
                        public void forEach(java.util.function.BiConsumer<String, Item> each) {
                            files.forEach(each);
                            dirs.forEach((path, d) -> each.accept("/" + path, d));
                            for (Map.Entry<String, File> f : more) {
                                each.accept(f.getKey(), f.getValue());
                            }
                        }
                    }, base, memo);
            Ledger.Content<?> now = memo == null || !more.isEmpty() ? null : memo.held(file);
            if (now != null) { // what the next read would make of the records just written: this manifest's maps
                @SuppressWarnings("unchecked")
                Ledger.Base<Item> written = (Ledger.Base<Item>) now.base();
                memo.view(file, now, new Manifest(folder, indexKey, files, dirs, written));
            }
        } catch (IOException | UncheckedIOException e) {
            try {
                Ledger.delete(file);
            } catch (UncheckedIOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Makes the manifest in {@code file} unreadable until it is written again. */
    public static void invalidate(Path file) {
        Ledger.invalidate(file);
    }

    /** How a file or folder is stored. */
    private static final Ledger.Codec<Item> CODEC = new Ledger.Codec<>() {
        @Override
        public void write(Packed.Writer out, Item item) {
            if (item instanceof Dir d) {
                out.flag(false).number(d.modified()).unique(d.fileKey());
                return;
            }
            File f = (File) item;
            out.flag(true).integer(f.flags()).bytes(f.id()).number(f.size()).number(f.modified())
                    .unique(f.fileKey()).bytes(f.input()).flag(f.sitemap() != null);
            if (f.sitemap() != null) {
                out.string(f.sitemap().loc()).number(f.sitemap().lastmod() == null ? NO_DATE
                        : f.sitemap().lastmod().toEpochDay()).integer(f.sitemap().alternates().size());
                f.sitemap().alternates().forEach((lang, href) -> out.string(lang).string(href));
            }
        }

        @Override
        public Item read(Packed.Reader in) {
            if (!in.flag()) {
                return new Dir(in.number(), in.unique());
            }
            int flags = in.integer();
            byte[] id = in.bytes();
            long size = in.number();
            long modified = in.number();
            String key = in.unique();
            byte[] input = in.bytes();
            SitemapUrl url = null;
            if (in.flag()) {
                String loc = in.string();
                long lastmod = in.number();
                Map<String, String> alt = new LinkedHashMap<>();
                for (int k = in.count(); k > 0; k--) {
                    alt.put(in.string(), in.string());
                }
                url = new SitemapUrl(loc, lastmod == NO_DATE ? null : LocalDate.ofEpochDay(lastmod), SmallMap.of(alt));
            }
            return new File(flags, id, size, modified, key, input, url);
        }
    };

    /**
     * How a file's record is written to a spill file ({@link verbatim.site.spill}), with its site path: as stored in
     * a manifest.
     */
    static final verbatim.site.spill.Codec<Map.Entry<String, File>> SPILLED = new verbatim.site.spill.Codec<>() {
        @Override
        public void write(java.io.DataOutput out, Map.Entry<String, File> e) throws IOException {
            File f = e.getValue();
            verbatim.site.spill.Codec.string(out, e.getKey());
            out.writeInt(f.flags());
            verbatim.site.spill.Codec.bytes(out, f.id());
            out.writeLong(f.size());
            out.writeLong(f.modified());
            verbatim.site.spill.Codec.string(out, f.fileKey());
            verbatim.site.spill.Codec.bytes(out, f.input());
            out.writeBoolean(f.sitemap() != null);
            if (f.sitemap() != null) {
                SitemapUrl.CODEC.write(out, f.sitemap());
            }
        }

        @Override
        public Map.Entry<String, File> read(java.io.DataInput in) throws IOException {
            String path = verbatim.site.spill.Codec.string(in);
            int flags = in.readInt();
            byte[] id = verbatim.site.spill.Codec.bytes(in);
            long size = in.readLong();
            long modified = in.readLong();
            String fileKey = verbatim.site.spill.Codec.string(in);
            byte[] input = verbatim.site.spill.Codec.bytes(in);
            SitemapUrl url = in.readBoolean() ? SitemapUrl.CODEC.read(in) : null;
            return Map.entry(path, new File(flags, id, size, modified, fileKey, input, url));
        }
    };

    /** The files that are made from every article at once. */
    public Collection<String> indexFiles() {
        return files.entrySet().stream().filter(e -> e.getValue().index()).map(Map.Entry::getKey).toList();
    }
}
