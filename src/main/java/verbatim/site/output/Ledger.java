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
        Stored<V> base = Packed.read(file, kind + " base", in -> Stored.read(in, codec));
        if (base == null) {
            return null;
        }
        Stored<V> delta = Packed.read(delta(file), kind + " delta", in -> Stored.read(in, codec));
        if (delta == null || delta.id() != base.id()) {
            return null;
        }
        Map<String, V> records = new HashMap<>(base.records());
        records.putAll(delta.records());
        delta.removed().forEach(records::remove);
        return new Content<>(delta.header(), records, new Base<>(base.id(), base.records()));
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
        if (base != null && Files.exists(file)) {
            Map<String, V> changed = new HashMap<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            records.forEach((key, value) -> {
                keys.add(key);
                if (base.records().get(key) != value) {
                    changed.put(key, value);
                }
            });
            List<String> removed = new ArrayList<>();
            for (String key : base.records().keySet()) {
                if (!keys.contains(key)) {
                    removed.add(key);
                }
            }
            if (changed.size() + removed.size() <= Math.max(64, base.records().size() / 8)) {
                new Stored<V>(base.id(), header, changed, removed).write(delta(file), kind + " delta", codec);
                return;
            }
        }
        long id = ThreadLocalRandom.current().nextLong();
        invalidate(file);
        Stored.write(file, kind + " base", codec, id, header, records, List.of());
        new Stored<V>(id, header, Map.of(), List.of()).write(delta(file), kind + " delta", codec);
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
                records.put(in.unique(), codec.read(in));
            }
            List<String> removed = new ArrayList<>();
            for (int k = in.count(); k > 0; k--) {
                removed.add(in.unique());
            }
            return new Stored<V>(id, header, records, removed);
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
