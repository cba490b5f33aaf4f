package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentFileTest {

    private static final Path FILE = Path.of("content/a.fr.md");

    private static ContentFile parse(String text) {
        return ContentFile.parse(FILE, "a", "fr", text);
    }

    @Test
    void frontMatterFieldsAreRead() {
        ContentFile f = parse("""
                ---
                title: "Titre : un essai"
                date: 2026-02-12
                original: fr
                credit: AFP
                draft: true
                sources:
                  - title: Une lettre
                    url: https://example.org/lettre
                  - title: Un appel
                ---

                Premier.
                """);
        assertEquals("Titre : un essai", f.front().title());
        assertEquals(LocalDate.of(2026, 2, 12), f.front().date());
        assertEquals("fr", f.front().original());
        assertEquals("AFP", f.front().credit());
        assertTrue(f.front().draft());
        assertEquals(List.of(new Source("Une lettre", "https://example.org/lettre"), new Source("Un appel", null)),
                f.front().sources());
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndKeepTheirLine() {
        ContentFile f = parse("---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n---\n\nUn\ndeux.\n\n\nTrois.\n");
        assertEquals(2, f.paragraphs().size());
        assertEquals("Un deux.", f.paragraphs().get(0).markdown());
        assertEquals(7, f.paragraphs().get(0).line());
        assertEquals("Trois.", f.paragraphs().get(1).markdown());
        assertEquals(11, f.paragraphs().get(1).line());
    }

    @Test
    void blockQuoteParagraphIsAnEmbeddedQuotationWithItsAuthor() {
        ContentFile f = parse("---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n---\n\n> Voici ma lettre.\n> — Jeanne Dupont\n\nFin.\n");
        Paragraph p = f.paragraphs().get(0);
        assertTrue(p.embedded());
        assertEquals("Voici ma lettre.", p.markdown());
        assertEquals("Jeanne Dupont", p.embedAuthor());
        assertFalse(f.paragraphs().get(1).embedded());
        assertNull(f.paragraphs().get(1).embedAuthor());
    }

    @Test
    void brokenYamlNamesTheFileLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("---\ntitle: T\ndate: 2026-01-01\noriginal: [fr\n---\n\nX.\n"));
        assertTrue(e.oneLine().startsWith("content/a.fr.md:"), e.oneLine());
        assertTrue(e.line() >= 4 && e.line() <= 5, "line " + e.line());
        assertTrue(e.oneLine().contains("front matter does not parse"), e.oneLine());
    }

    @Test
    void badDateNamesItsLineAndTheFix() {
        InputException e = assertThrows(InputException.class,
                () -> parse("---\ntitle: T\ndate: 12/02/2026\noriginal: fr\n---\n\nX.\n"));
        assertEquals(3, e.line());
        assertTrue(e.oneLine().contains("date: 2026-02-12"), e.oneLine());
    }

    @Test
    void missingTitleIsReported() {
        InputException e = assertThrows(InputException.class,
                () -> parse("---\ndate: 2026-01-01\noriginal: fr\n---\n\nX.\n"));
        assertTrue(e.getMessage().contains("'title'"), e.getMessage());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        InputException e = assertThrows(InputException.class, () -> parse("---\ntitle: T\n\nX.\n"));
        assertTrue(e.getMessage().contains("not closed"));
    }

    @Test
    void slugThatLeavesTheFolderIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> parse("---\ntitle: T\ndate: 2026-01-01\noriginal: fr\nslug: ../../etc\n---\n\nX.\n"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void sourceUrlMustBeAnHttpAddress() {
        InputException e = assertThrows(InputException.class, () -> parse(
                "---\ntitle: T\ndate: 2026-01-01\noriginal: fr\nsources:\n  - title: X\n    url: javascript:alert(1)\n---\n\nX.\n"));
        assertTrue(e.getMessage().contains("http"), e.getMessage());
    }

    @Test
    void fileNameMustCarrySlugAndLanguage() {
        InputException e = assertThrows(InputException.class, () -> ContentFile.read(Path.of("Article.md")));
        assertTrue(e.getMessage().contains("<slug>.<lang>.md"));
    }
}
