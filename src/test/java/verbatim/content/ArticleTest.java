package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static ContentFile file(String lang, String... paragraphs) {
        String text = "---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n---\n\n" + String.join("\n\n", paragraphs) + "\n";
        return ContentFile.parse(Path.of("a." + lang + ".md"), "a", lang, text);
    }

    @Test
    void originalAndTranslationArePaired() {
        Article a = Article.of("a", List.of(file("en", "One.", "Two."), file("fr", "Un.", "Deux.")));
        assertEquals("fr", a.original().lang());
        assertEquals(List.of("fr", "en"), a.languages());
        assertEquals("Two.", a.in("en").paragraphs().get(1).markdown());
    }

    @Test
    void translationWithAnotherParagraphCountNamesTheParagraphs() {
        InputException e = assertThrows(InputException.class,
                () -> Article.of("a", List.of(file("fr", "Un.", "Deux.", "Trois."), file("en", "One.", "Two."))));
        assertTrue(e.oneLine().startsWith("a.en.md"), e.oneLine());
        assertTrue(e.getMessage().contains("2 paragraphs"), e.getMessage());
        assertTrue(e.getMessage().contains("has 3"), e.getMessage());
        assertTrue(e.getMessage().contains("paragraph 3 of the original has no counterpart"), e.getMessage());
        assertEquals(9, e.line());
    }

    @Test
    void articleWithoutOriginalIsRefused() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(file("en", "One."))));
        assertTrue(e.getMessage().contains("no original"), e.getMessage());
    }

    @Test
    void twoFilesThatEachSayTheyAreTheOriginalAreRefused() {
        String en = "---\ntitle: T\ndate: 2026-01-01\noriginal: en\n---\n\nOne.\n";
        ContentFile english = ContentFile.parse(Path.of("a.en.md"), "a", "en", en);
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(file("fr", "Un."), english)));
        assertTrue(e.oneLine().startsWith("a.en.md"), e.oneLine());
        assertTrue(e.getMessage().contains("a.fr.md is one too"), e.getMessage());
    }
}
