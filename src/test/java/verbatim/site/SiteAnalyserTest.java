package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.analysis.Analyzer;
import verbatim.analysis.RuleAnalyzer;

/** When a build makes its analyser: only when some text is to be analysed, ahead of the first one when it may be. */
class SiteAnalyserTest {

    @TempDir
    Path dir;

    private int made(Path content) {
        AtomicInteger made = new AtomicInteger();
        Supplier<Analyzer> counted = () -> {
            made.incrementAndGet();
            return RuleAnalyzer.loaded();
        };
        new Site(SiteConfig.defaults(), counted, new Site.Cache(dir.resolve("cache"), RuleAnalyzer.version(), () -> { }))
                .build(content, dir.resolve("templates"), dir.resolve("site"), false);
        return made.get();
    }

    @Test
    void aRebuildWithNothingChangedNeverMakesTheAnalyserAndOneAfterAnEditDoes() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path article = content.resolve("a.fr.md");
        Files.writeString(article, "---\ntitle: Un titre\ndate: 2024-05-02\noriginal: fr\n---\n\n"
                + "« Tout va bien », a dit Marie Curie.\n");
        assertEquals(1, made(content), "a cold build");
        assertEquals(0, made(content), "nothing changed");
        Files.writeString(article, Files.readString(article) + "\nUne phrase ajoutée.\n");
        assertEquals(1, made(content), "an article edited");
        assertEquals(0, made(content), "nothing changed since");
    }
}
