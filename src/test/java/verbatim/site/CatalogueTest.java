package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.site.output.Ledger;

class CatalogueTest {

    @TempDir
    Path dir;

    private Map<Path, BasicFileAttributes> listed(Path... files) throws IOException {
        Map<Path, BasicFileAttributes> out = new HashMap<>();
        for (Path f : files) {
            out.put(f, Files.readAttributes(f, BasicFileAttributes.class));
        }
        return out;
    }

    private static Path file(Path path, long seconds) throws IOException {
        Files.writeString(path, "x");
        Files.setLastModifiedTime(path, FileTime.fromMillis(seconds * 1000));
        return path;
    }

    @Test
    void contentIsEditedSinceNoCatalogue() throws Exception {
        Path article = file(dir.resolve("a.fr.md"), 100);
        assertTrue(Catalogue.editedSince(dir.resolve("catalogue"), listed(article)));
    }

    @Test
    void contentIsEditedSinceTheCatalogueWhenAFileIsNewerThanItOrItsDelta() throws Exception {
        Path catalogue = file(dir.resolve("catalogue"), 200);
        Path older = file(dir.resolve("a.fr.md"), 100);
        assertFalse(Catalogue.editedSince(catalogue, listed(older)));
        Path newer = file(dir.resolve("b.fr.md"), 300);
        assertTrue(Catalogue.editedSince(catalogue, listed(older, newer)));
        file(Ledger.delta(catalogue), 400); // a later build wrote only its delta
        assertFalse(Catalogue.editedSince(catalogue, listed(older, newer)));
    }
}
