package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.content.InputException;
import verbatim.site.sitemap.SitemapUrl;

class OutputTest {

    @TempDir
    Path dir;

    private static final byte[] NONE = new byte[0];

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Output build(Path site, Path manifest, Map<String, String> files) throws Exception {
        Output out = Output.open(site, manifest);
        files.forEach((path, text) -> out.write(path, utf8(text), Manifest.PAGE, utf8("in:" + text),
                new SitemapUrl(path, LocalDate.of(2026, 1, 2), Map.of("fr", path))));
        out.commit(utf8("index"));
        return out;
    }

    @Test
    void nothingChangesInTheOutputFolderBeforeCommit() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a/index.html", "A", "b.html", "B"));
        Output out = Output.open(site, manifest);
        out.write("a/index.html", utf8("changed"), Manifest.PAGE, NONE, null);
        out.abort();
        assertEquals("A", Files.readString(site.resolve("a/index.html")));
        assertFalse(Files.exists(dir.resolve(".site.building")));
    }

    @Test
    void aRebuildWritesOnlyChangedFilesAndRemovesThoseNoLongerMade() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a/index.html", "A", "b.html", "B", "gone/c.html", "C"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.resolve("b.html"), old);
        FileTime aTime = Files.getLastModifiedTime(site.resolve("a/index.html"));

        Output out = Output.open(site, manifest);
        assertTrue(out.keep("a/index.html", utf8("in:A")), "made from the same input: kept");
        assertFalse(out.keep("b.html", utf8("in:B")), "touched since: not known to be the same");
        out.write("b.html", utf8("B"), Manifest.PAGE, NONE, null);
        out.write("d.html", utf8("D"), Manifest.PAGE, NONE, null);
        out.commit(utf8("index"));

        assertEquals(aTime, Files.getLastModifiedTime(site.resolve("a/index.html")));
        assertEquals(old, Files.getLastModifiedTime(site.resolve("b.html")), "same bytes: not written again");
        assertEquals("D", Files.readString(site.resolve("d.html")));
        assertFalse(Files.exists(site.resolve("gone")), "what is no longer made goes, with its folder");
        assertEquals(2, out.unchanged());
        assertEquals(3, out.files());
    }

    @Test
    void aFileWrittenAgainWithTheSameBytesKeepsItsIdAndOneWithOtherBytesGetsANewOne() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        Output first = Output.open(site, manifest);
        byte[] a = first.write("a.html", utf8("A"), Manifest.PAGE, NONE, null);
        byte[] b = first.write("b.html", utf8("B"), Manifest.PAGE, NONE, null);
        byte[] c = first.write("c.html", out -> out.write(utf8("C")), Manifest.INDEX, NONE, () -> null);
        first.commit(utf8("index"));
        assertFalse(java.util.Arrays.equals(a, b), "each file written has an id of its own");

        Output again = Output.open(site, manifest);
        assertTrue(again.intact("a.html", a));
        assertFalse(again.intact("a.html", b), "another file's id");
        assertTrue(java.util.Arrays.equals(a, again.write("a.html", utf8("A"), Manifest.PAGE, NONE, null)));
        byte[] b2 = again.write("b.html", utf8("B, changed"), Manifest.PAGE, NONE, null);
        assertFalse(java.util.Arrays.equals(b, b2), "other bytes: a new id");
        assertTrue(java.util.Arrays.equals(c, again.write("c.html", out -> out.write(utf8("C")), Manifest.INDEX, NONE,
                () -> null)), "streamed, the same bytes: kept with its id");
        again.commit(utf8("index"));
        assertEquals(2, again.unchanged());
        assertEquals("B, changed", Files.readString(site.resolve("b.html")));

        Files.writeString(site.resolve("a.html"), "A"); // the same bytes, written by hand: no longer the file made
        Output third = Output.open(site, manifest);
        assertFalse(third.intact("a.html", a), "changed since the build wrote it");
        byte[] a3 = third.write("a.html", utf8("A"), Manifest.PAGE, NONE, null);
        assertFalse(java.util.Arrays.equals(a, a3), "kept, since it holds the bytes made, but under a new id");
        assertTrue(java.util.Arrays.equals(b2, third.write("b.html", utf8("B, changed"), Manifest.PAGE, NONE, null)));
        third.commit(utf8("index"));
        Output fourth = Output.open(site, manifest);
        assertTrue(fourth.intact("a.html", a3));
        fourth.abort();
    }

    @Test
    void theManifestRemembersSitemapEntriesAndIsRefusedForAnotherFolderOrWhenCorrupt() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a.html", "A"));
        Manifest read = Manifest.read(manifest, site);
        assertEquals(LocalDate.of(2026, 1, 2), read.files().get("a.html").sitemap().lastmod());
        assertNull(Manifest.read(manifest, dir.resolve("elsewhere")));
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[bytes.length - 2] ^= 1;
        Files.write(manifest, bytes);
        assertNull(Manifest.read(manifest, site));
    }

    @Test
    void aPathLeavingTheOutputFolderIsRefused() {
        Output out = Output.open(dir.resolve("site"), null);
        assertThrows(InputException.class, () -> out.write("../x.html", utf8("x"), Manifest.PAGE, NONE, null));
        out.abort();
    }

    /** A watch that tells what the test says, and records the builds that committed. */
    private static final class Told implements OutputWatch {
        Set<String> paths;
        final List<Changes> committed = new ArrayList<>();

        Told(Set<String> paths) {
            this.paths = paths;
        }

        @Override
        public Changes open(Path folder) {
            return new Changes(committed.size(), paths);
        }

        @Override
        public void committed(Changes changes) {
            committed.add(changes);
        }
    }

    private Output rebuild(Path site, Path manifest, OutputWatch watch, Map<String, String> files) throws Exception {
        Output out = Output.open(site, manifest, null, watch);
        files.forEach((path, text) -> {
            if (!out.keep(path, utf8("in:" + text))) {
                out.write(path, utf8(text), Manifest.PAGE, utf8("in:" + text), null);
            }
        });
        out.commit(utf8("index"));
        return out;
    }

    @Test
    void filesToldChangedBehindTheBuildAreMadeAgainAndAStrayToldIsRemoved() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        Map<String, String> files = Map.of("a/index.html", "A", "b.html", "B", "c.html", "C");
        build(site, manifest, files);
        Files.delete(site.resolve("a/index.html"));
        Files.writeString(site.resolve("b.html"), "edited by hand");
        Files.writeString(site.resolve("stray.html"), "not made");
        Told watch = new Told(Set.of("a/index.html", "b.html", "stray.html"));

        Output out = rebuild(site, manifest, watch, files);

        assertEquals("A", Files.readString(site.resolve("a/index.html")));
        assertEquals("B", Files.readString(site.resolve("b.html")));
        assertFalse(Files.exists(site.resolve("stray.html")));
        assertEquals(1, out.unchanged(), "c.html, not told: kept");
        assertEquals(1, watch.committed.size());
    }

    @Test
    void aFolderToldChangedHasEveryFileBelowItLookedAt() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        Map<String, String> files = Map.of("fr/a/index.html", "A", "fr/b/index.html", "B", "en.html", "E");
        build(site, manifest, files);
        Files.move(site.resolve("fr"), dir.resolve("moved-away"));

        rebuild(site, manifest, new Told(Set.of("fr")), files);

        assertEquals("A", Files.readString(site.resolve("fr/a/index.html")));
        assertEquals("B", Files.readString(site.resolve("fr/b/index.html")));
    }

    @Test
    void withChangesNotKnownEveryFileIsLookedAt() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        Map<String, String> files = Map.of("a.html", "A", "b.html", "B");
        build(site, manifest, files);
        Files.delete(site.resolve("a.html"));

        rebuild(site, manifest, new Told(null), files);

        assertEquals("A", Files.readString(site.resolve("a.html")));
    }

    @Test
    void aFileNotToldIsTakenToBeAsTheManifestRecordsIt() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a.html", "A"));
        Files.setLastModifiedTime(site.resolve("a.html"), FileTime.fromMillis(1_000_000_000_000L));

        Output told = Output.open(site, manifest, null, new Told(Set.of()));
        assertTrue(told.keep("a.html", utf8("in:A")), "the watch told nothing: not looked at");
        told.abort();
        Output looked = Output.open(site, manifest, null, new Told(Set.of("a.html")));
        assertFalse(looked.keep("a.html", utf8("in:A")), "told: its new time seen");
        looked.abort();
    }

    @Test
    void aBuildThatFailsDoesNotTellTheWatchItCommitted() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a.html", "A"));
        Told watch = new Told(Set.of("a.html"));
        Output out = Output.open(site, manifest, null, watch);
        out.write("a.html", utf8("A2"), Manifest.PAGE, NONE, null);
        out.abort();
        assertTrue(watch.committed.isEmpty(), "what it was told is told again to the next build");
    }

    @Test
    void aRebuildThatOnlyAddsFilesRecordsTheirNewFoldersBesideTheOthers() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        build(site, manifest, Map.of("a/index.html", "A"));
        build(site, manifest, Map.of("a/index.html", "A", "b/c/index.html", "C"));
        assertEquals(Set.of("", "a", "b", "b/c"), Manifest.read(manifest, site).dirs().keySet());
        Files.writeString(site.resolve("b/stray.html"), "not made");
        build(site, manifest, Map.of("a/index.html", "A", "b/c/index.html", "C"));
        assertFalse(Files.exists(site.resolve("b/stray.html")), "the folder's new time seen: listed");
    }

    @Test
    void theManifestKeptInMemoryIsTheOneOnTheDisk() throws Exception {
        Path site = dir.resolve("site");
        Path manifest = dir.resolve("cache/m");
        Ledger.Memo memo = new Ledger.Memo();
        for (String text : List.of("A", "B")) {
            Output out = Output.open(site, manifest, memo);
            out.write("a/index.html", utf8(text), Manifest.PAGE, NONE, null);
            out.write("b.html", utf8("b"), Manifest.PAGE, NONE, null);
            out.commit(utf8("index"));
            Manifest kept = Manifest.read(manifest, site, memo);
            Manifest disk = Manifest.read(manifest, site);
            assertEquals(disk.dirs(), kept.dirs());
            assertEquals(disk.files().keySet(), kept.files().keySet());
            disk.files().forEach((path, f) -> {
                Manifest.File k = kept.files().get(path);
                assertEquals(List.of(f.size(), f.modified(), f.fileKey(), f.flags()),
                        List.of(k.size(), k.modified(), k.fileKey(), k.flags()), path);
                assertTrue(java.util.Arrays.equals(f.id(), k.id()), path);
            });
            assertTrue(kept == Manifest.read(manifest, site, memo), "not made again from the records");
        }
    }
}
