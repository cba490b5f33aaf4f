package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    private static final Ledger.Codec<String> TEXT = new Ledger.Codec<>() {
        @Override
        public void write(Packed.Writer out, String value) {
            out.string(value);
        }

        @Override
        public String read(Packed.Reader in) {
            return in.string();
        }
    };

    private static List<byte[]> header(String s) {
        return List.of(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> records(int n) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put("k" + i, "v" + i);
        }
        return out;
    }

    @Test
    void aFewChangesAreWrittenAsADeltaAndReadBackOverTheBase() throws Exception {
        Path file = dir.resolve("store");
        Ledger.write(file, "test", TEXT, header("one"), records(1000), null);
        Ledger.Content<String> first = Ledger.read(file, "test", TEXT);
        long baseSize = Files.size(file);

        Map<String, String> next = new HashMap<>(first.records());
        next.put("k1", "changed");
        next.remove("k2");
        next.put("new", "added");
        Ledger.write(file, "test", TEXT, header("two"), next, first.base());
        assertEquals(baseSize, Files.size(file), "the base is as it was");
        Ledger.Content<String> second = Ledger.read(file, "test", TEXT);
        assertEquals(next, second.records());
        assertEquals("two", new String(second.header().get(0), StandardCharsets.UTF_8));
        assertEquals(first.base().id(), second.base().id());
    }

    @Test
    void theBaseReadUnderADeltaIsTheBaseAsWritten() throws Exception {
        Path file = dir.resolve("store");
        Ledger.write(file, "test", TEXT, header("h"), records(1000), null);
        Ledger.Content<String> first = Ledger.read(file, "test", TEXT);
        Map<String, String> next = new HashMap<>(first.records());
        next.put("k1", "changed");
        next.remove("k2");
        next.put("new", "added");
        Ledger.write(file, "test", TEXT, header("h"), next, first.base());
        Ledger.Content<String> second = Ledger.read(file, "test", TEXT); // the base and a delta of three records
        assertEquals(records(1000), second.base().records());
        assertEquals(1000, second.base().records().size());
        assertEquals("v1", second.base().records().get("k1"));
        assertEquals("v2", second.base().records().get("k2"));
        assertNull(second.base().records().get("new"));

        Map<String, String> third = new HashMap<>(second.records()); // written against it: a delta again, of 4
        third.put("k3", "changed too");
        Ledger.write(file, "test", TEXT, header("h"), third, second.base());
        assertEquals(first.base().id(), Ledger.read(file, "test", TEXT).base().id());
        assertEquals(third, Ledger.read(file, "test", TEXT).records());
    }

    @Test
    void manyChangesMakeANewBase() throws Exception {
        Path file = dir.resolve("store");
        Ledger.write(file, "test", TEXT, header("h"), records(1000), null);
        Ledger.Content<String> first = Ledger.read(file, "test", TEXT);
        Map<String, String> next = new HashMap<>();
        first.records().forEach((k, v) -> next.put(k, v + "!"));
        Ledger.write(file, "test", TEXT, header("h"), next, first.base());
        Ledger.Content<String> second = Ledger.read(file, "test", TEXT);
        assertEquals(next, second.records());
        assertNotEquals(first.base().id(), second.base().id());
    }

    @Test
    void aStoreWithoutItsDeltaOrWithAnotherBasesDeltaReadsAsNone() throws Exception {
        Path file = dir.resolve("store");
        Ledger.write(file, "test", TEXT, header("h"), records(10), null);
        Path other = dir.resolve("other");
        Ledger.write(other, "test", TEXT, header("h"), records(10), null);
        Files.copy(Ledger.delta(other), Ledger.delta(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(Ledger.read(file, "test", TEXT), "a delta of another base");
        Ledger.invalidate(other);
        assertNull(Ledger.read(other, "test", TEXT), "no delta: a build was cut short");
        assertNull(Ledger.read(file, "another kind", TEXT));
    }

    @Test
    void aDeltaWrittenThroughAMemoIsReadBackFromMemoryAsFromTheFiles() throws Exception {
        Path file = dir.resolve("store");
        Ledger.Memo memo = new Ledger.Memo();
        Ledger.write(file, "test", TEXT, header("h"), Ledger.Records.of(records(1000)), null, memo);
        Ledger.Content<String> first = Ledger.read(file, "test", TEXT, memo);
        Map<String, String> next = new HashMap<>(first.records());
        next.put("k1", "changed");
        next.remove("k2");
        Ledger.write(file, "test", TEXT, header("h"), Ledger.Records.of(next), first.base(), memo);
        Ledger.Content<String> held = Ledger.read(file, "test", TEXT, memo);
        Ledger.Content<String> read = Ledger.read(file, "test", TEXT);
        assertEquals(read.records(), held.records());
        assertEquals(read.base().id(), held.base().id());
        assertEquals(read.base().records(), held.base().records());
        assertSame(held, Ledger.read(file, "test", TEXT, memo), "taken from memory, not read again");
    }

    @Test
    void aStoreRewrittenByAnotherProcessIsReadFromItsFilesNotFromTheMemo() throws Exception {
        Path file = dir.resolve("store");
        Ledger.Memo memo = new Ledger.Memo();
        Ledger.write(file, "test", TEXT, header("h"), Ledger.Records.of(records(10)), null, memo);
        Map<String, String> other = records(10);
        other.put("k3", "from another build");
        Ledger.write(file, "test", TEXT, header("h"), other, null); // no memo: another process
        assertEquals("from another build", Ledger.read(file, "test", TEXT, memo).records().get("k3"));
    }
}
