package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error about a slug points at the line it comes from: the 'slug:' key, else the title. */
class SlugSourceTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("b.fr.md");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSlugKeyIsPointedAtByItsLine() throws Exception {
        Path f = file("---\ntitle: \"B\"\ndate: 2026-01-10\noriginal: fr\nslug: a\n---\n\nTexte.\n");
        assertEquals(new SlugSource(f, 5, true), SlugSource.of(f));
        assertEquals(f.toString().replace('\\', '/') + ":5", SlugSource.of(f).at());
        assertEquals("its 'slug:'", SlugSource.of(f).how());
    }

    @Test
    void aSlugFromTheFileNameIsPointedAtByTheTitle() throws Exception {
        Path f = file("---\ndate: 2026-01-10\ntitle: \"B\"\noriginal: fr\n---\n\nslug: not in the front matter\n");
        assertEquals(new SlugSource(f, 3, false), SlugSource.of(f));
        assertEquals("its file name", SlugSource.of(f).how());
    }

    @Test
    void aFileWithoutFrontMatterHasNoLine() throws Exception {
        Path f = file("Texte.\n");
        assertEquals(new SlugSource(f, 0, false), SlugSource.of(f));
        assertEquals(f.toString().replace('\\', '/'), SlugSource.of(f).at());
    }
}
