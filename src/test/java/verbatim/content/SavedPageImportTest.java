package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verbatim.content.web.PageArticle;
import verbatim.content.web.SavedPage;

/**
 * The saved pages under {@code verbatim/content/web/}, in the shapes of the common news publishing systems,
 * each imported and compared with its expected content file (every kept paragraph, the front matter) and its
 * expected list of dropped blocks (every one, in page order).
 */
class SavedPageImportTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SavedPageImportTest.class.getResourceAsStream("/verbatim/content/web/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wordpress-theme", "arc-react", "drupal", "amp", "liveblog", "split-by-ads"})
    void pageImportsToItsExpectedContentFileAndDropList(String name) throws IOException {
        SavedPage page = SavedPage.parse(resource(name + ".html"));
        String lang = page.metadata().lang();
        PageArticle article = page.article(lang);
        Import.Result result = Import.of(article, lang, null, null);

        String expected = new String(resource(name + ".expected.md"), StandardCharsets.UTF_8);
        assertEquals(expected, result.markdown());
        List<String> dropped = new String(resource(name + ".dropped.txt"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(dropped, result.dropped());
        assertEquals(List.of(), result.warnings(), "the JSON-LD text, where the page has one, is all kept");

        ContentFile file = ContentFile.parse(Path.of(name + "." + lang + ".md"), name, lang, result.markdown());
        assertEquals(result.paragraphs(), file.paragraphs().size());
        assertTrue(file.front().sources().get(0).url().startsWith("https://"));
    }
}
