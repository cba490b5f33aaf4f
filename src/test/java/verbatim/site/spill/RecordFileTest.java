package verbatim.site.spill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.site.spill.ExternalSortTest.Item;

class RecordFileTest {

    @TempDir
    Path dir;

    @Test
    void recordsAreReadBackByPosition() {
        try (RecordFile<Item> file = new RecordFile<>(dir, ExternalSortTest.CODEC)) {
            List<Item> added = new ArrayList<>();
            for (int i = 0; i < 3 * RecordFile.CACHED; i++) {
                Item item = new Item("k".repeat(i % 300) + (i % 2 == 0 ? "é" : ""), i);
                added.add(item);
                file.add(item);
            }
            assertEquals(added.size(), file.size());
            for (int i = added.size() - 1; i >= 0; i -= 7) {
                assertEquals(added.get(i), file.get(i));
            }
            assertEquals(added, new ArrayList<>(file));
        }
    }

    @Test
    void aPositionOutsideTheListIsRefused() {
        try (RecordFile<Item> file = new RecordFile<>(dir, ExternalSortTest.CODEC)) {
            file.add(new Item("a", 0));
            assertThrows(IndexOutOfBoundsException.class, () -> file.get(1));
            assertThrows(IndexOutOfBoundsException.class, () -> file.get(-1));
        }
    }
}
