package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedTest {

    @TempDir
    Path dir;

    /** Records of more than {@link Packed#IN_MEMORY} bytes: a path, a repeated name, a number each. */
    private static final int RECORDS = Packed.IN_MEMORY / 16;

    private static void fill(Packed.Writer out) {
        out.integer(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            out.unique("fr/articles/a" + i + "/").string("name " + i % 7).number(i).flag(i % 2 == 0);
        }
    }

    @Test
    void recordsPastTheMemoryLimitGoToAFileAndGiveTheSameBytes() throws Exception {
        Path inMemory = dir.resolve("memory");
        Path spilled = dir.resolve("spilled");
        try (Packed.Writer out = new Packed.Writer()) {
            fill(out);
            out.save(inMemory, "test");
        }
        Path folder = Files.createDirectories(dir.resolve("cache"));
        try (Packed.Writer out = new Packed.Writer(folder)) {
            fill(out);
            assertTrue(out.spilled(), "records went on in a file");
            out.save(spilled, "test");
        }
        assertTrue(Files.size(inMemory) > Packed.IN_MEMORY, "more than the writer holds in memory");
        assertArrayEquals(Files.readAllBytes(inMemory), Files.readAllBytes(spilled));
    }

    @Test
    void spilledRecordsReadBackInOrder() {
        Path file = dir.resolve("store");
        try (Packed.Writer out = new Packed.Writer(dir)) {
            fill(out);
            out.save(file, "test");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<String> paths = Packed.read(file, "test", in -> {
            List<String> read = new ArrayList<>();
            for (int n = in.count(); n > 0; n--) {
                read.add(in.unique());
                in.string();
                in.number();
                in.flag();
            }
            return read;
        });
        assertEquals(RECORDS, paths.size());
        assertEquals("fr/articles/a" + (RECORDS - 1) + "/", paths.get(RECORDS - 1));
    }

    @Test
    void theTemporaryFileIsGoneOnceTheWriterIsClosed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cache"));
        try (Packed.Writer out = new Packed.Writer(folder)) {
            fill(out);
            out.save(dir.resolve("store"), "test");
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
