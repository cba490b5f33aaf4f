package verbatim.site.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.site.spill.RecordFile;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import verbatim.content.InputException;
import verbatim.site.sitemap.SitemapUrl;

/**
 * The output folder being replaced by a build: new and changed files are written to a temporary folder beside it,
 * and the previous files whose bytes are the new ones are kept as they are (with their modification time, so that
 * {@code rsync -a} sends only what changed). Nothing in the output folder changes before {@link #commit}, so a
 * build that fails leaves the previous site untouched.
 *
 * <p>With the {@link Manifest} of the previous build (a build with a cache), a previous file still as that build
 * left it is known by its size, time and file key alone, and a page whose inputs did not change is kept without
 * being rendered ({@link #keep}); {@link #commit} then moves the new files into the output folder and deletes the
 * files no longer made, so that a rebuild after one edit touches only the files that changed. The output folder is
 * not walked: each file the manifest lists is looked up, and only the folders whose time changed since are listed,
 * for files the build did not make. Without a manifest,
 * the new site is made whole in the temporary folder (the unchanged files linked from the previous one) and
 * swapped in. Thread-safe: pages are written in parallel.
 */
public final class Output {

    private final Path target;
    private final Path temp;
    private final Path manifestFile;
    private final Manifest previous;
    private final Ledger.Memo memo;
    /** The files of the previous build found in the output folder, by site path (only with a manifest). */
    private final Map<String, Seen> found;
    /** What the output folder holds that the previous build did not make, by site path (only with a manifest). */
    private final List<String> strays;
    /** The folders whose time is no longer the one recorded, by site path (only with a manifest). */
    private final Set<String> changedDirs;
    /** What watches the output folder between builds, and what it told this build; both null when nothing does. */
    private final OutputWatch watch;
    private final OutputWatch.Changes told;
    /** The files written or kept, by site path: as many as the previous build's, made that large at once. */
    private final Map<String, Manifest.File> made;
    /**
     * In a build without a previous manifest, the records of the files made from one article each (its pages: written
     * once and never looked up again), spilled to a file beside the manifest for it; null without a manifest to write
     * (they are then only counted). Not in {@link #made}.
     */
    private final RecordFile<Map.Entry<String, Manifest.File>> spilled;
    private final AtomicInteger spilledFiles = new AtomicInteger();
    private final AtomicInteger spilledPages = new AtomicInteger();
    /**
     * With a manifest, the new and changed files written to the temporary folder, by site path: each under a name of
     * its own directly in that folder ({@code 17}), with no folders made for it there (each folder made and removed
     * again costs a rebuild after one save more than writing its file).
     */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final AtomicInteger stagedNames = new AtomicInteger();
    private volatile List<String> previousIndexFiles;
    /**
     * The folder each thread last made or found, not made again for its next file: the files of a folder are mostly
     * written one after the other (a set of every folder would hold two per article to the build's end).
     */
    private final ThreadLocal<Path> lastDir = new ThreadLocal<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** The ids of the files this build writes. */
    private final FileIds ids = new FileIds();

    private Output(Path target, Path temp, Path manifestFile, Manifest previous, Map<String, Seen> found,
                   List<String> strays, Set<String> changedDirs, Ledger.Memo memo, OutputWatch watch,
                   OutputWatch.Changes told) {
        this.target = target;
        this.watch = watch;
        this.told = told;
        this.memo = memo;
        this.temp = temp;
        this.manifestFile = manifestFile;
        this.previous = previous;
        this.made = new ConcurrentHashMap<>(previous == null ? 16 : previous.files().size());
        this.found = found;
        this.strays = strays;
        this.changedDirs = changedDirs;
        this.spilled = previous == null && manifestFile != null
                ? new RecordFile<>(manifestFile.toAbsolutePath().getParent(), Manifest.SPILLED) : null;
    }

    /** Records a file made: an article's page of a build without a previous manifest spilled, the others held. */
    private void made(String path, Manifest.File f) {
        if (previous == null && !f.index()) {
            spilledFiles.incrementAndGet();
            if (f.page()) {
                spilledPages.incrementAndGet();
            }
            if (spilled != null) {
                spilled.add(Map.entry(path, f));
            }
            return;
        }
        made.put(path, f);
    }

    /**
     * Starts replacing the output folder {@code target} (which may not exist yet).
     *
     * @param manifestFile where the manifest of this folder is kept ({@link Manifest#location}), or null to keep
     *                     none (a build without cache)
     * @throws UncheckedIOException when the temporary folder cannot be made or the output folder read
     */
    public static Output open(Path target, Path manifestFile) {
        return open(target, manifestFile, null);
    }

    /**
     * Like {@link #open(Path, Path)}, with the manifest read through {@code memo} (may be null), and the next one kept
     * there by {@link #commit}: a process that builds again and again (the preview of {@code serve}) does not read
     * back the manifest it wrote.
     */
    public static Output open(Path target, Path manifestFile, Ledger.Memo memo) {
        return open(target, manifestFile, memo, null);
    }

    /**
     * Like {@link #open(Path, Path, Ledger.Memo)}, for the only writer of the output folder, which {@code watch} (may
     * be null) watches between builds: of the previous build's files and folders, only those it tells changed are
     * looked at, the others taken to be as the manifest records them. Example: told {@code {fr/index.html}}, the build
     * reads the attributes of that file and of the folder {@code fr}, not of the site's other files.
     */
    public static Output open(Path target, Path manifestFile, Ledger.Memo memo, OutputWatch watch) {
        Path dir = target.toAbsolutePath().normalize();
        OutputWatch watching = manifestFile == null ? null : watch;
        OutputWatch.Changes told = watching == null ? null : watching.open(dir); // before anything there is read
        Path temp = dir.resolveSibling("." + dir.getFileName() + ".building");
        deleteTree(temp);
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Manifest manifest = manifestFile == null || !Files.isDirectory(dir) ? null : Manifest.read(manifestFile, dir, memo);
        Map<String, Seen> found = new ConcurrentHashMap<>(manifest == null ? 16 : manifest.files().size());
        List<String> strays = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> changedDirs = ConcurrentHashMap.newKeySet();
        if (manifest != null) {
            Set<String> files = manifest.files().keySet();
            Set<String> dirs = manifest.dirs().keySet();
            if (told != null && told.paths() != null) {
                Set<String> lookedAt = new HashSet<>();
                dirs = new HashSet<>();
                lookAt(manifest, told.paths(), lookedAt, dirs);
                List<String> unrecorded = new ArrayList<>();
                for (Map.Entry<String, Manifest.File> f : manifest.files().entrySet()) {
                    if (f.getValue().fileKey().isEmpty()) { // recorded without its attributes: nothing to trust
                        unrecorded.add(f.getKey());
                    } else if (!lookedAt.contains(f.getKey())) {
                        found.put(f.getKey(), Seen.recorded(f.getValue()));
                    }
                }
                lookedAt.addAll(unrecorded);
                files = lookedAt;
            }
            try (Below below = new Below(dir)) {
                files.parallelStream().forEach(path -> {
                    BasicFileAttributes attrs = below.attributes(path);
                    if (attrs != null) {
                        found.put(path, Seen.of(attrs));
                    }
                });
                dirs.parallelStream().forEach(folder -> {
                    Manifest.Dir d = manifest.dirs().get(folder);
                    BasicFileAttributes attrs = below.attributes(folder);
                    if (attrs == null || attrs.isDirectory() && nanos(attrs) == d.modified()
                            && key(attrs).equals(d.fileKey())) {
                        return; // gone (its files are missing too), or holds what it held
                    }
                    changedDirs.add(folder);
                    if (attrs.isDirectory()) {
                        strays.addAll(strays(dir, folder, manifest));
                    }
                });
            }
        }
        return new Output(dir, temp, manifestFile, manifest, found, strays, changedDirs, memo, watching, told);
    }

    /**
     * Of the previous build's files and folders, those to look at when {@code told} may have changed (besides the files
     * recorded without their attributes): each file told;
     * each folder told with everything the manifest lists below it (a folder moved away takes its files without a
     * word about them); and the nearest recorded folder that holds each path told (a name added to or removed from a
     * folder changes its time, which shows a file the build did not make).
     */
    private static void lookAt(Manifest manifest, Set<String> told, Set<String> files, Set<String> dirs) {
        for (String path : told) {
            if (manifest.files().containsKey(path)) {
                files.add(path);
            }
            if (manifest.dirs().containsKey(path)) {
                dirs.add(path);
                String below = path + "/";
                manifest.files().keySet().stream().filter(p -> p.startsWith(below)).forEach(files::add);
                manifest.dirs().keySet().stream().filter(p -> p.startsWith(below)).forEach(dirs::add);
            }
            String holder = parent(path);
            while (!holder.isEmpty() && !manifest.dirs().containsKey(holder)) {
                holder = parent(holder);
            }
            dirs.add(holder);
        }
    }

    /**
     * What is known of a file of the output folder: its attributes as read, or as the manifest records them when
     * nothing told it changed since.
     */
    private record Seen(boolean regularFile, long size, long modified, String fileKey) {

        static Seen of(BasicFileAttributes attrs) {
            return new Seen(attrs.isRegularFile(), attrs.size(), nanos(attrs), key(attrs));
        }

        static Seen recorded(Manifest.File f) {
            return new Seen(true, f.size(), f.modified(), f.fileKey());
        }
    }

    /** The attributes of a file or folder, its links not followed; null when there is nothing there. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The output folder held open, to read the attributes of what it holds by site path: each path is looked up from
     * the open folder ({@code fstatat}) rather than from the file system's root, where the system allows it (a
     * {@link SecureDirectoryStream}: Linux, macOS), else by its whole path. Reading the 57,000 paths of a
     * 10,000-article site so took 15–20 % less time. Thread-safe.
     */
    private static final class Below implements AutoCloseable {
        private final Path folder;
        private final SecureDirectoryStream<Path> open;

        Below(Path folder) {
            this.folder = folder;
            SecureDirectoryStream<Path> secure = null;
            try {
                DirectoryStream<Path> stream = Files.newDirectoryStream(folder);
                if (stream instanceof SecureDirectoryStream<Path> s) {
                    secure = s;
                } else {
                    stream.close();
                }
            } catch (IOException | UnsupportedOperationException e) {
                // each path looked up whole
            }
            this.open = secure;
        }

        /** The attributes at site path {@code path} ("" for the folder itself), its links not followed; or null. */
        BasicFileAttributes attributes(String path) {
            if (open == null || path.isEmpty()) {
                return Output.attributes(path.isEmpty() ? folder : folder.resolve(path));
            }
            try {
                return open.getFileAttributeView(folder.getFileSystem().getPath(path), BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    // nothing held
                }
            }
        }
    }

    /** What the folder {@code folder} holds that {@code manifest} does not list, by site path. */
    private static List<String> strays(Path root, String folder, Manifest manifest) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder.isEmpty() ? root : root.resolve(folder))) {
            for (Path child : (Iterable<Path>) children::iterator) {
                String path = folder.isEmpty() ? child.getFileName().toString()
                        : folder + "/" + child.getFileName();
                if (!manifest.files().containsKey(path) && !manifest.dirs().containsKey(path)) {
                    out.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The output folder, absolute. */
    public Path folder() {
        return target;
    }

    /** The previous build's record of a file, or null. */
    public Manifest.File previous(String path) {
        return previous == null ? null : previous.files().get(path);
    }

    /** The key of what the previous build's index files were made from, or an empty array. */
    public byte[] previousIndexKey() {
        return previous == null ? new byte[0] : previous.indexKey();
    }

    /** How many files of the previous build have a sitemap entry (-1 without a manifest). */
    public int previousSitemapEntries() {
        return previous == null ? -1 : (int) previous.files().values().stream().filter(f -> f.sitemap() != null)
                .count();
    }

    /** The files the previous build made from every article at once (none without a manifest). */
    public List<String> previousIndexFiles() {
        List<String> files = previousIndexFiles;
        if (files == null) { // asked more than once a build, each time a pass over every file's record
            files = previous == null ? List.of() : List.copyOf(previous.indexFiles());
            previousIndexFiles = files;
        }
        return files;
    }

    /**
     * True when the previous build's file at {@code path} is there as it left it and has the {@linkplain
     * Manifest.File#id id} {@code id} (any, when null).
     */
    public boolean intact(String path, byte[] id) {
        Manifest.File before = previous(path);
        return before != null && (id == null || Arrays.equals(before.id(), id)) && untouched(path, before);
    }

    /** The bytes of the previous build's file at {@code path} when it is {@link #intact}; null otherwise. */
    public byte[] previousBytes(String path) {
        if (!intact(path, null)) {
            return null;
        }
        try {
            return Files.readAllBytes(target.resolve(path));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Keeps the previous build's file at {@code path}, which must be {@link #intact}; with {@code input}, only when
     * it was made from that input key (the page need not be made again).
     *
     * @return true when the file is kept, false when it must be made
     */
    public boolean keep(String path, byte[] input) {
        Manifest.File before = previous(path);
        if (before == null || !untouched(path, before)
                || input != null && (before.input().length == 0 || !Arrays.equals(before.input(), input))) {
            return false;
        }
        made.put(path, before);
        unchanged.incrementAndGet();
        return true;
    }

    /**
     * Writes one file of the site, or keeps the previous one when it holds those bytes (compared on the disk, its
     * length first: no digest of the page is made).
     *
     * @param path    its site path, such as {@code fr/index.html}; one that would leave the output folder is refused
     * @param flags   {@link Manifest#INDEX}, {@link Manifest#PAGE}, or'ed
     * @param input   the key of what it was made from, or an empty array
     * @param sitemap its sitemap entry, or null
     * @return the file's {@linkplain Manifest.File#id id}: the previous build's when its file is kept as it was
     */
    public byte[] write(String path, byte[] bytes, int flags, byte[] input, SitemapUrl sitemap) {
        Path file = inside(path);
        try {
            if (previous != null) {
                Seen attrs = found.get(path);
                if (attrs != null && attrs.regularFile() && attrs.size() == bytes.length
                        && Arrays.equals(bytesOf(target.resolve(path)), bytes)) {
                    return kept(path, flags, attrs, input, sitemap);
                }
                byte[] id = ids.next();
                made.put(path, new Manifest.File(flags, id, bytes.length, 0, "", input, sitemap));
                Path flat = staging();
                Files.write(flat, bytes);
                staged.put(path, flat);
                return id;
            }
            byte[] id = ids.next();
            made(path, new Manifest.File(flags, id, bytes.length, 0, "", input, sitemap));
            parents(file);
            Path old = Files.isDirectory(target) ? target.resolve(path) : null;
            if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                    && Arrays.equals(Files.readAllBytes(old), bytes)) {
                keep(old, file);
                return id;
            }
            Files.write(file, bytes);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the previous build's file at {@code path}, which holds the bytes just made, as kept: with its id when it
     * is as that build left it, else (changed by hand to these very bytes) with a new one.
     */
    private byte[] kept(String path, int flags, Seen attrs, byte[] input, SitemapUrl sitemap) {
        Manifest.File before = previous.files().get(path);
        byte[] id = before != null && untouched(path, before) ? before.id() : ids.next();
        made.put(path, new Manifest.File(flags, id, attrs.size(), attrs.modified(), attrs.fileKey(), input, sitemap));
        unchanged.incrementAndGet();
        return id;
    }

    /** The bytes of a file, or null when it cannot be read (gone since it was looked at). */
    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** What a file streamed to the output is made of: its bytes, written to {@code out} (which it must not close). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one file of the site as its bytes are made, never holding them all: like {@link #write(String, byte[],
     * int, byte[], SitemapUrl)}, for a file that grows with the archive (the data files, a year of the timeline). The
     * bytes go to the temporary folder; the file is then kept from the previous build when it holds the same bytes
     * (compared on the disk).
     *
     * @param entry gives its sitemap entry (or null) once its bytes are written
     * @return the file's {@linkplain Manifest.File#id id}
     */
    public byte[] write(String path, Body body, int flags, byte[] input,
                        java.util.function.Supplier<SitemapUrl> entry) {
        Path file = previous != null ? staging() : inside(path);
        if (previous != null) {
            inside(path); // refused when it would leave the output folder
        }
        long size;
        try {
            if (previous == null) {
                parents(file);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                body.writeTo(out);
            }
            size = Files.size(file);
            SitemapUrl sitemap = entry.get();
            if (previous != null) {
                Seen attrs = found.get(path);
                if (attrs != null && attrs.regularFile() && attrs.size() == size && same(file, target.resolve(path))) {
                    Files.delete(file);
                    return kept(path, flags, attrs, input, sitemap);
                }
                byte[] id = ids.next();
                made.put(path, new Manifest.File(flags, id, size, 0, "", input, sitemap));
                staged.put(path, file);
                return id;
            }
            byte[] id = ids.next();
            made(path, new Manifest.File(flags, id, size, 0, "", input, sitemap));
            Path old = Files.isDirectory(target) ? target.resolve(path) : null;
            if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == size
                    && Files.mismatch(file, old) < 0) {
                Files.delete(file);
                keep(old, file);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when two files hold the same bytes; false when one cannot be read. */
    private static boolean same(Path a, Path b) {
        try {
            return Files.mismatch(a, b) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A new name directly in the temporary folder, for a file staged there ({@link #staged}). */
    private Path staging() {
        return temp.resolve(Integer.toString(stagedNames.incrementAndGet()));
    }

    /** The file of site path {@code path} in the temporary folder; a path that would leave it is refused. */
    private Path inside(String path) {
        Path file = temp.resolve(path).normalize();
        if (!file.startsWith(temp) || file.equals(temp)) {
            throw new InputException(Path.of(path), 0, "this page would be written outside the output folder",
                    "Use a slug of lower-case letters, digits and hyphens.");
        }
        return file;
    }

    /** The previous build's file at {@code path} when it is {@link #intact}; null otherwise. */
    public Path previousFile(String path) {
        return intact(path, null) ? target.resolve(path) : null;
    }

    /** Files written or kept so far. */
    public int files() {
        return made.size() + spilledFiles.get();
    }

    /** Of those, files kept as the previous build left them. */
    public int unchanged() {
        return unchanged.get();
    }

    /** The HTML pages written or kept so far. */
    public int pages() {
        return (int) made.values().stream().filter(Manifest.File::page).count() + spilledPages.get();
    }

    /**
     * Puts the new site in place: the new and changed files into the output folder, the files no longer made out
     * of it; then records the manifest (with {@code indexKey}, the key of what the index files were made from).
     */
    public void commit(byte[] indexKey) throws IOException {
        if (previous != null && staged.isEmpty() && strays.isEmpty() && changedDirs.isEmpty()
                && Arrays.equals(indexKey, previous.indexKey()) && made.size() == previous.files().size()
                && found.size() == made.size()
                && made.entrySet().stream().allMatch(e -> e.getValue() == previous.files().get(e.getKey()))) {
            deleteTree(temp); // every file kept as it was, nothing else there: the manifest still holds
            if (watch != null) {
                watch.committed(told);
            }
            return;
        }
        Set<String> needed = new HashSet<>();
        needed.add("");
        // a rebuild that makes every file the previous build made (and perhaps more) needs every folder that build
        // recorded, and those of its new files: only those are looked for, and nothing of the previous build goes
        boolean noneGone = false;
        if (previous != null) {
            int fresh = 0;
            for (String path : made.keySet()) {
                fresh += fresh(path, needed);
            }
            noneGone = made.size() - fresh == previous.files().size();
            if (noneGone) {
                needed.addAll(previous.dirs().keySet());
            }
        }
        if (!noneGone) {
            Iterable<String> spilledPaths = spilled == null ? List.of() : () -> spilled.stream()
                    .map(Map.Entry::getKey).iterator();
            for (Iterable<String> paths : List.of(made.keySet(), spilledPaths)) {
                for (String path : paths) {
                    folders(path, needed);
                }
            }
        }
        Set<String> touched = new HashSet<>(changedDirs); // folders whose time changes: recorded again
        if (previous == null) {
            swap(temp, target);
        } else {
            Manifest.invalidate(manifestFile); // a build cut short from here on leaves no manifest
            for (Map.Entry<String, Seen> f : noneGone ? Map.<String, Seen>of().entrySet() : found.entrySet()) {
                if (!made.containsKey(f.getKey())) {
                    Files.deleteIfExists(target.resolve(f.getKey()));
                    touched.add(parent(f.getKey()));
                }
            }
            for (String stray : strays) {
                deleteTree(target.resolve(stray));
                touched.add(parent(stray));
            }
            List<String> strayDirs = noneGone ? new ArrayList<>() : new ArrayList<>(previous.dirs().keySet().stream()
                    .filter(d -> !needed.contains(d)).toList());
            strayDirs.sort(Comparator.reverseOrder());
            for (String d : strayDirs) {
                deleteTree(target.resolve(d));
                touched.add(parent(d));
            }
            for (Map.Entry<String, Path> s : staged.entrySet()) {
                String path = s.getKey();
                Path to = target.resolve(path);
                parents(to);
                try {
                    Files.move(s.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
                } catch (DirectoryNotEmptyException e) {
                    deleteTree(to);
                    Files.move(s.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
                }
                for (String d = parent(path); !d.isEmpty(); d = parent(d)) {
                    touched.add(d);
                }
                touched.add("");
            }
            deleteTree(temp);
        }
        if (manifestFile == null) {
            return;
        }
        Map<String, Manifest.File> files;
        if (previous != null) { // only the files written now are recorded again: not a map of every file made anew
            for (String path : staged.keySet()) {
                made.put(path, recorded(path, made.get(path)));
            }
            files = made;
        } else {
            files = new HashMap<>(made.size() * 2);
            for (Map.Entry<String, Manifest.File> e : made.entrySet()) {
                files.put(e.getKey(), recorded(e.getKey(), e.getValue()));
            }
        }
        Map<String, Manifest.Dir> dirs = new ConcurrentHashMap<>(needed.size()); // as large as it will be
        needed.parallelStream().forEach(d -> {
            Manifest.Dir before = previous == null || touched.contains(d) ? null : previous.dirs().get(d);
            if (before == null) {
                BasicFileAttributes attrs = attributes(d.isEmpty() ? target : target.resolve(d));
                if (attrs == null) {
                    return; // not recorded: the next build lists it
                }
                before = new Manifest.Dir(nanos(attrs), key(attrs));
            }
            dirs.put(d, before);
        });
        List<Map.Entry<String, Manifest.File>> more = spilled == null ? List.of() : new java.util.AbstractList<>() {
            @Override
            public Map.Entry<String, Manifest.File> get(int index) { // as written: in the output folder now
                Map.Entry<String, Manifest.File> e = spilled.get(index);
                Manifest.File f = e.getValue();
                BasicFileAttributes attrs = attributes(target.resolve(e.getKey()));
                return attrs == null ? e : Map.entry(e.getKey(), new Manifest.File(f.flags(), f.id(), attrs.size(),
                        nanos(attrs), key(attrs), f.input(), f.sitemap()));
            }

            @Override
            public int size() {
                return spilled.size();
            }
        };
        new Manifest(target.toString(), indexKey, files, dirs, previous == null ? null : previous.base())
                .write(manifestFile, more, memo);
        spilled(); // let go
        if (watch != null) {
            watch.committed(told);
        }
    }

    /**
     * 1 when the file at {@code path} is new to the output, its folders then added to {@code needed}; else 0. (This and
     * {@link #recorded} are the bodies of loops over every file, in methods of their own that the JIT compiles.)
     */
    private int fresh(String path, Set<String> needed) {
        if (previous.files().containsKey(path)) {
            return 0;
        }
        folders(path, needed);
        return 1;
    }

    /** The record of the file made at {@code path} ({@code made}), with its attributes when it was written now. */
    private Manifest.File recorded(String path, Manifest.File made) throws IOException {
        if (previous == null || staged.containsKey(path)) {
            BasicFileAttributes attrs = Files.readAttributes(target.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new Manifest.File(made.flags(), made.id(), attrs.size(), nanos(attrs), key(attrs), made.input(),
                    made.sitemap());
        }
        return made;
    }

    /** Deletes the file of the spilled records. */
    private void spilled() {
        if (spilled != null) {
            spilled.close();
        }
    }

    /** Adds the folders that hold {@code path} to {@code needed}, up to the first one there already. */
    private static void folders(String path, Set<String> needed) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (!needed.add(path.substring(0, slash))) {
                break;
            }
        }
    }

    /** The site path of the folder that holds {@code path} ("" for the output folder). */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Gives up: the temporary folder is deleted and the output folder left as it was. */
    public void abort() {
        spilled();
        deleteTree(temp);
    }

    private boolean untouched(String path, Manifest.File before) {
        Seen attrs = found.get(path);
        return attrs != null && attrs.regularFile() && attrs.size() == before.size()
                && attrs.modified() == before.modified() && attrs.fileKey().equals(before.fileKey());
    }

    /**
     * Puts the previous build's copy of an unchanged file in place, as a hard link where the file system allows
     * (its modification time stays), else as a copy with its attributes, and counts it as unchanged.
     */
    private void keep(Path old, Path file) throws IOException {
        try {
            Files.createLink(file, old);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
        unchanged.incrementAndGet();
    }

    private void parents(Path file) throws IOException {
        Path parent = file.getParent();
        if (parent.equals(lastDir.get())) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) { // a file where a folder goes: a stray one, replaced
            for (Path p = parent; p != null && p.startsWith(target); p = p.getParent()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(parent);
        }
        lastDir.set(parent);
    }

    private static long nanos(BasicFileAttributes attrs) {
        return attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static String key(BasicFileAttributes attrs) {
        return attrs.fileKey() == null ? "" : attrs.fileKey().toString();
    }

    private static String sitePath(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Puts the new site in place of the old one. */
    private static void swap(Path built, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".previous");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Deletes a folder and everything in it; nothing when it is null or absent. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
