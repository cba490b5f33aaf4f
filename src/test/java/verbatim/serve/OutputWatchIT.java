package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.analysis.RuleAnalyzer;
import verbatim.site.Site;
import verbatim.site.SiteConfig;
import verbatim.site.Warm;
import verbatim.site.output.Output;

/**
 * The preview's builds look only at the output files its watcher tells changed, and still give the bytes of a cold
 * build when someone deletes, edits or adds files in the output folder behind the server's back.
 */
class OutputWatchIT {

    @TempDir
    Path dir;

    private final SiteConfig config = SiteConfig.defaults().withBaseUrl("http://127.0.0.1:1313/");
    private int colds;

    @Test
    void filesChangedByHandInTheOutputAreMadeRightByTheNextSave() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i < 4; i++) {
            article(content, "a" + i, String.format("2025-%02d-%02d", 1 + i, 3 + i));
        }
        Path site = dir.resolve("site");
        try (OutputWatcher watcher = new OutputWatcher()) {
            Warm warm = new Warm(watcher);
            build(warm, content, site, Set.of()); // no manifest yet: the folder is made whole
            build(warm, content, site, Set.of()); // the watcher starts: every file looked at
            assertTrue(watcher.watching());
            save(content, "a0", "bientôt, en avril.");
            assertSameAsCold(warm, content, site, Set.of(content.resolve("a0.fr.md")));

            String page = "fr/articles/a1/index.html";
            String home = "en/index.html";
            Files.delete(site.resolve(page));
            Files.writeString(site.resolve(home), "edited by hand", StandardCharsets.UTF_8);
            Files.writeString(site.resolve("fr/stray.html"), "not made", StandardCharsets.UTF_8);
            Output.deleteTree(site.resolve("en/articles/a2"));
            OutputWatcherTest.awaitTold(watcher, Set.of(page, home, "fr/stray.html", "en/articles/a2"));
            save(content, "a3", "bientôt, en mai.");
            assertSameAsCold(warm, content, site, Set.of(content.resolve("a3.fr.md")));

            Path away = dir.resolve("away");
            Files.move(site.resolve("fr/articles"), away); // a folder moved out whole: no word of its files
            OutputWatcherTest.awaitTold(watcher, Set.of("fr/articles"));
            assertSameAsCold(warm, content, site, Set.of());
        }
    }

    private void save(Path content, String slug, String ending) throws IOException {
        Path file = content.resolve(slug + ".fr.md");
        Files.writeString(file, Files.readString(file).replace("bientôt.", ending));
    }

    private static void build(Warm warm, Path content, Path site, Set<Path> changed) {
        warm.changed(changed);
        new Site(SiteConfig.defaults().withBaseUrl("http://127.0.0.1:1313/"), RuleAnalyzer::loaded,
                new Site.Cache(content.resolveSibling(".verbatim"), RuleAnalyzer.version(), () -> { })).warm(warm)
                .build(content, null, site, false);
    }

    private void assertSameAsCold(Warm warm, Path content, Path site, Set<Path> changed) throws Exception {
        build(warm, content, site, changed);
        Path cold = dir.resolve("cold" + colds++);
        new Site(config, RuleAnalyzer.loaded()).build(content, null, cold, false);
        Map<String, String> expected = digests(cold);
        assertTrue(expected.size() > 10, "the site has pages");
        assertEquals(expected, digests(site), "after " + changed);
    }

    private static Map<String, String> digests(Path root) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    private static void article(Path content, String slug, String date) throws IOException {
        for (String lang : List.of("fr", "en")) {
            Files.writeString(content.resolve(slug + "." + lang + ".md"), "---\ntitle: \"Article " + slug
                    + "\"\ndate: " + date + "\noriginal: fr\n---\n\n" + (lang.equals("fr")
                    ? "Claire Dubois, directrice de recherche, a déclaré : « Nous publierons le rapport bientôt. »\n"
                    : "Claire Dubois, a research director, said: “We will publish the report soon.”\n"),
                    StandardCharsets.UTF_8);
        }
    }
}
