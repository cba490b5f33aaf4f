package verbatim.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records by key that a build keeps about itself (the output's manifest, the catalogue of articles), stored as two
 * {@link Packed} files: a base, written whole now and then, and beside it a delta ({@code <file>.delta}) holding the
 * records changed or removed since the base, written by every build. A rebuild after one edit so writes a few records
 * instead of tens of thousands.
 *
 * <p>Both files name the base (a random number drawn when it is written), and a delta is applied to that base only;
 * the store reads as none when either is missing, cut short or corrupt, or when they do not belong together.
 * {@link #invalidate} deletes the delta, so that a build cut short after it leaves no store. When the changes reach
 * an eighth of the base, the next write makes a new base.
 *
 * <p>Example: a store of 30,000 records of which a build changed 6 writes a delta of 6 records; the next build reads
 * the base, applies the delta, and writes a delta of those 6 and its own changes.
 */
public final class Ledger {

    private Ledger() {
    }

    /** Writes and reads one record. */
    public interface Codec<V> {
        void write(Packed.Writer out, V value);

        V read(Packed.Reader in);
    }

    /**
     * What a store holds.
     *
     * @param header  what the store says as a whole (such as the folder it describes), as parts of bytes
     * @param records by key, the delta applied
     * @param base    the base as read, to write the next delta against; null for a store not read from files
     */
    public record Content<V>(List<byte[]> header, Map<String, V> records, Base<V> base) {
    }

    /** The base of a store as read: its number and its records. */
    public record Base<V>(long id, Map<String, V> records) {
    }

    /** The file of the delta of the store in {@code file}. */
    public static Path delta(Path file) {
        return file.resolveSibling(file.getFileName() + ".delta");
    }

    /**
     * The store in {@code file} (and its delta) of kind {@code kind}, or null when there is no sound one.
     */
    public static <V> Content<V> read(Path file, String kind, Codec<V> codec) {
        return read(file, kind, codec, null);
    }

    /**
     * Like {@link #read(Path, String, Codec)}, taken from {@code memo} (when not null) while the two files are as this
     * process last read or wrote them (same size, modification time and file key: each is written to a new file moved
     * into place), and kept there once read. The records of a store taken from the memo must not be changed.
     */
    public static <V> Content<V> read(Path file, String kind, Codec<V> codec, Memo memo) {
        if (memo == null) {
            return readFiles(file, kind, codec);
        }
        Memo.Stamp base = Memo.Stamp.of(file);
        Memo.Stamp delta = Memo.Stamp.of(delta(file));
        Content<V> held = memo.get(file, kind, base, delta);
        if (held != null) {
            return held;
        }
        Content<V> read = readFiles(file, kind, codec);
        if (read != null) { // stamped before reading: a file changed meanwhile is read again next time
            memo.put(file, kind, read, base, delta);
        }
        return read;
    }

    private static <V> Content<V> readFiles(Path file, String kind, Codec<V> codec) {
        Stored<V> base = Packed.read(file, kind + " base", in -> Stored.read(in, codec));
        if (base == null) {
            return null;
        }
        Stored<V> delta = Packed.read(delta(file), kind + " delta", in -> Stored.read(in, codec));
        if (delta == null || delta.id() != base.id()) {
            return null;
        }
        Map<String, V> records = base.records(); // the delta applied in place, the base's values it replaces kept
        Map<String, V> replaced = new HashMap<>();
        delta.records().forEach((key, value) -> {
            V was = records.put(key, value);
            if (!replaced.containsKey(key)) {
                replaced.put(key, was);
            }
        });
        for (String key : delta.removed()) {
            V was = records.remove(key);
            if (!replaced.containsKey(key)) {
                replaced.put(key, was);
            }
        }
        return new Content<>(delta.header(), records, new Base<>(base.id(), new Before<>(records, replaced)));
    }

    /**
     * The records of a base as read, seen through the records with its delta applied ({@code now}, which must not
     * change) and the base's values of the keys the delta changed ({@code replaced}: null for a key the base did not
     * have), rather than held in a map of their own: a store of 57,000 records and a delta of a few is not copied
     * whole at each read. Looking a key up takes two look-ups; going through every record (rare: when keys are
     * removed, or the store is kept in a {@link Memo}) makes the base's map once.
     */
    private static final class Before<V> extends java.util.AbstractMap<String, V> {
        private final Map<String, V> now;
        private final Map<String, V> replaced;
        private final int size;
        private Map<String, V> whole;

        Before(Map<String, V> now, Map<String, V> replaced) {
            this.now = now;
            this.replaced = replaced;
            int n = now.size();
            for (Map.Entry<String, V> e : replaced.entrySet()) {
                boolean there = now.containsKey(e.getKey());
                if (e.getValue() == null && there) {
                    n--; // added by the delta
                } else if (e.getValue() != null && !there) {
                    n++; // removed by the delta
                }
            }
            this.size = n;
        }

        @Override
        public V get(Object key) {
            return replaced.containsKey(key) ? replaced.get(key) : now.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public synchronized java.util.Set<Map.Entry<String, V>> entrySet() {
            if (whole == null) {
                Map<String, V> all = new HashMap<>(now);
                replaced.forEach((key, value) -> {
                    if (value == null) {
                        all.remove(key);
                    } else {
                        all.put(key, value);
                    }
                });
                whole = java.util.Collections.unmodifiableMap(all);
            }
            return whole.entrySet();
        }
    }

    /**
     * Writes {@code records} with {@code header} to the store in {@code file}: as a delta against {@code base} (the
     * base read before, null for none) when the records changed since it (a record that is not the same object as
     * the base's counts as changed) are few, else as a new base.
     *
     * @throws IOException when a file cannot be written (the store may then be unreadable, as none)
     */
    public static <V> void write(Path file, String kind, Codec<V> codec, List<byte[]> header, Map<String, V> records,
                                 Base<V> base) throws IOException {
        write(file, kind, codec, header, Records.of(records), base);
    }

    /**
     * Records to write that need not be held in a map (such as read back one by one from a file): each key once.
     */
    public interface Records<V> {
        /** How many. */
        int size();

        /** Gives every record to {@code each}, key and value, in the order they are to be stored. */
        void forEach(java.util.function.BiConsumer<String, V> each);

        /** The records of a map, in its order. */
        static <V> Records<V> of(Map<String, V> records) {
            return new Records<>() {
                @Override
                public int size() {
                    return records.size();
                }

                @Override
                public void forEach(java.util.function.BiConsumer<String, V> each) {
                    records.forEach(each);
                }
            };
        }
    }

    /**
     * Like {@link #write(Path, String, Codec, List, Map, Base)}, for records given one by one: the keys are held only
     * when there is a base to write a delta against.
     */
    public static <V> void write(Path file, String kind, Codec<V> codec, List<byte[]> header, Records<V> records,
                                 Base<V> base) throws IOException {
        write(file, kind, codec, header, records, base, null);
    }

    /**
     * Like {@link #write(Path, String, Codec, List, Records, Base)}, keeping in {@code memo} (when not null) what the
     * store now holds, as {@link #read(Path, String, Codec, Memo)} would read it, so that the next build of this
     * process does not read it back.
     */
    public static <V> void write(Path file, String kind, Codec<V> codec, List<byte[]> header, Records<V> records,
                                 Base<V> base, Memo memo) throws IOException {
        if (memo != null) {
            memo.forget(file); // until written whole
        }
        if (base != null && Files.exists(file)) {
            Map<String, V> changed = new HashMap<>();
            int[] kept = {0}; // the base's keys among the records (each key comes once)
            records.forEach((key, value) -> {
                V was = base.records().get(key);
                if (was != null) {
                    kept[0]++;
                }
                if (was != value) {
                    changed.put(key, value);
                }
            });
            List<String> removed = new ArrayList<>();
            if (kept[0] < base.records().size()) { // some of the base's keys are gone: which, from a second pass
                java.util.Set<String> keys = new java.util.HashSet<>();
                records.forEach((key, value) -> keys.add(key));
                for (String key : base.records().keySet()) {
                    if (!keys.contains(key)) {
                        removed.add(key);
                    }
                }
            }
            if (changed.size() + removed.size() <= Math.max(64, base.records().size() / 8)) {
                new Stored<V>(base.id(), header, changed, removed).write(delta(file), kind + " delta", codec);
                if (memo != null) {
                    Map<String, V> now = new Later<>(() -> { // made when read: a reader may keep its own view
                        Map<String, V> all = new HashMap<>(base.records());
                        all.putAll(changed);
                        removed.forEach(all::remove);
                        return all;
                    });
                    memo.put(file, kind, new Content<>(header, now, base), Memo.Stamp.of(file),
                            Memo.Stamp.of(delta(file)));
                }
                return;
            }
        }
        long id = ThreadLocalRandom.current().nextLong();
        invalidate(file);
        Map<String, V> all = memo == null ? null : new HashMap<>(records.size() * 2);
        Records<V> written = all == null ? records : new Records<>() {
            @Override
            public int size() {
                return records.size();
            }

            @Override
            public void forEach(java.util.function.BiConsumer<String, V> each) {
                records.forEach((key, value) -> {
                    all.put(key, value);
                    each.accept(key, value);
                });
            }
        };
        Stored.write(file, kind + " base", codec, id, header, written, List.of());
        new Stored<V>(id, header, Map.of(), List.of()).write(delta(file), kind + " delta", codec);
        if (memo != null) {
            memo.put(file, kind, new Content<>(header, new HashMap<>(all), new Base<>(id, all)), Memo.Stamp.of(file),
                    Memo.Stamp.of(delta(file)));
        }
    }

    /**
     * The stores a long-running process (the preview of {@code serve}) read or wrote last, kept in memory between its
     * builds so that a rebuild does not read back what it wrote. Each is used only while its base and delta files are
     * as they were then; thread-safe.
     */
    public static final class Memo {
        private final Map<Path, Held> held = new java.util.concurrent.ConcurrentHashMap<>();

        private record Held(String kind, Content<?> content, Stamp base, Stamp delta,
                            java.util.concurrent.atomic.AtomicReference<Object> view) {
        }

        /** A file's size, modification time and file key; null for no file. */
        record Stamp(long size, long modified, Object fileKey) {
            static Stamp of(Path file) {
                try {
                    var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                    return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                            a.fileKey());
                } catch (IOException e) {
                    return null;
                }
            }
        }

        @SuppressWarnings("unchecked")
        <V> Content<V> get(Path file, String kind, Stamp base, Stamp delta) {
            Held h = held.get(file);
            return h != null && base != null && delta != null && h.kind().equals(kind) && base.equals(h.base())
                    && delta.equals(h.delta()) ? (Content<V>) h.content() : null;
        }

        <V> void put(Path file, String kind, Content<V> content, Stamp base, Stamp delta) {
            if (base == null || delta == null || base.fileKey() == null) { // no file key: a rewrite may look the same
                held.remove(file);
                return;
            }
            held.put(file, new Held(kind, new Content<>(content.header(),
                    java.util.Collections.unmodifiableMap(content.records()), content.base()), base, delta,
                    new java.util.concurrent.atomic.AtomicReference<>()));
        }

        /** The store held for {@code file}, or null. */
        Content<?> held(Path file) {
            Held h = held.get(file);
            return h == null ? null : h.content();
        }

        /**
         * What a reader made of {@code content}, the store held for {@code file} (such as the manifest's maps of
         * files and folders), kept with it until the store changes: a process that reads the store after each build
         * does not make it again. Null when none was kept for that very content.
         */
        Object view(Path file, Content<?> content) {
            Held h = held.get(file);
            return h != null && h.content() == content ? h.view().get() : null;
        }

        /** Keeps {@code view} with {@code content} when it is still the store held for {@code file}. */
        void view(Path file, Content<?> content, Object view) {
            Held h = held.get(file);
            if (h != null && h.content() == content) {
                h.view().set(view);
            }
        }

        void forget(Path file) {
            held.remove(file);
        }
    }

    /** Makes the store in {@code file} unreadable until it is written again (its delta is deleted). */
    public static void invalidate(Path file) {
        try {
            Files.deleteIfExists(delta(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the store in {@code file}, base and delta; nothing when there is none. */
    public static void delete(Path file) {
        invalidate(file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file of a store: the base's number, the header, records, and (in a delta) the keys removed. */
    private record Stored<V>(long id, List<byte[]> header, Map<String, V> records, List<String> removed) {

        static <V> Stored<V> read(Packed.Reader in, Codec<V> codec) {
            long id = in.number();
            List<byte[]> header = new ArrayList<>();
            for (int n = in.count(); n > 0; n--) {
                header.add(in.bytes());
            }
            int n = in.count();
            Map<String, V> records = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                read(in, codec, records);
            }
            List<String> removed = new ArrayList<>();
            for (int k = in.count(); k > 0; k--) {
                removed.add(in.unique());
            }
            return new Stored<V>(id, header, records, removed);
        }

        /** Reads one record into {@code records} (the body of a loop run once a file, in a method the JIT compiles). */
        private static <V> void read(Packed.Reader in, Codec<V> codec, Map<String, V> records) {
            records.put(in.unique(), codec.read(in));
        }

        void write(Path file, String kind, Codec<V> codec) throws IOException {
            write(file, kind, codec, id, header, Records.of(records), removed);
        }

        static <V> void write(Path file, String kind, Codec<V> codec, long id, List<byte[]> header,
                              Records<V> records, List<String> removed) throws IOException {
            try (Packed.Writer out = new Packed.Writer(file.toAbsolutePath().getParent())) {
                out.number(id).integer(header.size());
                header.forEach(out::bytes);
                out.integer(records.size());
                records.forEach((key, value) -> {
                    out.unique(key);
                    codec.write(out, value);
                });
                out.integer(removed.size());
                removed.forEach(out::unique);
                out.save(file, kind);
            }
        }
    }
}
