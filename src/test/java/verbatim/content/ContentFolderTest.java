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
}
