package verbatim.site.spill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

    @TempDir
    Path dir;

    /** A record: its sort key and the order it was added in. */
    record Item(String key, int added) {
    }

    static final Codec<Item> CODEC = new Codec<>() {
        @Override
        public void write(DataOutput out, Item value) throws IOException {
            Codec.string(out, value.key());
            out.writeInt(value.added());
        }

        @Override
        public Item read(DataInput in) throws IOException {
            return new Item(Codec.string(in), in.readInt());
        }
    };

    private static final Comparator<Item> BY_KEY = Comparator.comparing(Item::key);

    private static List<Item> all(Iterator<Item> it) {
        List<Item> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void emptyInputGivesNothing() {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 3)) {
            assertFalse(sort.sorted().hasNext());
            assertEquals(0, sort.spilled());
        }
    }

    @Test
    void recordsComeOutInOrderAcrossSeveralRuns() {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 2)) {
            String[] keys = {"c", "a", "e", "b", "d"};
            for (int i = 0; i < keys.length; i++) {
                sort.add(new Item(keys[i], i));
            }
            assertEquals(2, sort.spilled());
            assertEquals(List.of("a", "b", "c", "d", "e"), all(sort.sorted()).stream().map(Item::key).toList());
        }
    }

    @Test
    void equalRecordsKeepTheOrderTheyWereAddedIn() {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 2)) {
            sort.add(new Item("c", 0));
            sort.add(new Item("a", 1));
            sort.add(new Item("c", 2));
            sort.add(new Item("b", 3));
            sort.add(new Item("c", 4));
            assertEquals(List.of(new Item("a", 1), new Item("b", 3), new Item("c", 0), new Item("c", 2),
                    new Item("c", 4)), all(sort.sorted()));
        }
    }

    @Test
    void manyRunsGiveTheOrderOfAStableSortInMemory() {
        Random random = new Random(7);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            items.add(new Item(Integer.toString(random.nextInt(300), 36), i));
        }
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 97)) {
            items.forEach(sort::add);
            List<Item> expected = new ArrayList<>(items);
            expected.sort(BY_KEY);
            assertEquals(5_000 / 97, sort.spilled());
            assertEquals(expected, all(sort.sorted()));
        }
    }

    @Test
    void oneRunNeverTouchesTheDisk() throws IOException {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 10)) {
            sort.add(new Item("b", 0));
            sort.add(new Item("a", 1));
            assertEquals(List.of(new Item("a", 1), new Item("b", 0)), all(sort.sorted()));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void closingDeletesTheRuns() throws IOException {
        ExternalSort<Item> sort = new ExternalSort<>(dir, CODEC, BY_KEY, 1);
        sort.add(new Item("b", 0));
        sort.add(new Item("a", 1));
        all(sort.sorted());
        sort.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
