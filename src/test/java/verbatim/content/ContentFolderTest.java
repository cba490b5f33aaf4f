package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderTest {

    @TempDir
    Path dir;

    @Test
    void everyBrokenFileOfAnArticleIsReportedNotOnlyTheFirst() throws IOException {
        Path fr = dir.resolve("essai.fr.md");
        Path en = dir.resolve("essai.en.md");
        Files.writeString(fr, "---\ntitle: Essai\ndate: 2026-01-02\n\tsources: []\n---\nUn paragraphe.\n",
                StandardCharsets.UTF_8);
        Files.writeString(en, "---\ntitle: Essay\ndate: 2026-01-02\n---\nOne paragraph.\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> ContentFolder.read(List.of(fr, en)));
        List<InputException> all = e instanceof InputErrors errors ? errors.errors() : List.of(e);
        assertEquals(2, all.size(), e.getMessage());
    }

    @Test
    void contentNamesAreTheOnesTheNamePatternAccepts() {
        for (String name : java.util.List.of("a.fr.md", "sharma-anthropic.en.md", "2026-02-12-x.fr.md", "ab-.en.md",
                "-a.fr.md", "A.fr.md", "a_b.fr.md", "a.FR.md", "a.fra.md", ".fr.md", "a..fr.md", "a.b.fr.md",
                "a.fr.MD", "é.fr.md", "a.f.md", "a fr.md", "a.fr.mdx")) {
            assertEquals(ContentFile.NAME.matcher(name).matches(), ContentFolder.isContentName(name), name);
        }
    }

    @Test
    void aFileInALanguageTheArchiveDoesNotPublishIsNamedWithTheFix() throws IOException {
        Files.writeString(dir.resolve("essai.de.md"), "---\ntitle: Versuch\ndate: 2026-01-02\n---\nEin Absatz.\n",
                StandardCharsets.UTF_8);
        List<InputException> problems = new ContentFolder(dir).list().problems();
        assertEquals(1, problems.size());
        assertEquals(true, problems.get(0).getMessage().contains("'de' in the file name is no language"),
                problems.get(0).getMessage());
        assertEquals(true, problems.get(0).oneLine().contains("essai.fr.md or essai.en.md"), problems.get(0).oneLine());
    }
}
