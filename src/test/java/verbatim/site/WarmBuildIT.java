package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.analysis.RuleAnalyzer;

/**
 * A site built again and again with what {@link Warm} keeps between builds (as the preview of {@code serve} does:
 * the manifest and catalogue in memory, the templates compiled, the content listing patched with the files told
 * changed) gives, after each kind of change, the bytes of a cold build of the same sources.
 */
class WarmBuildIT {

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path cache;
    private final SiteConfig config = SiteConfig.defaults().withBaseUrl("http://127.0.0.1:1313/");
    private final Warm warm = new Warm();
    private int colds;

    @BeforeEach
    void writeContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        templates = dir.resolve("templates");
        cache = dir.resolve(".verbatim");
        for (int i = 0; i < 4; i++) {
            article("a" + i, String.format("2025-%02d-%02d", 1 + i, 3 + i), "Claire Dubois");
        }
    }

    @Test
    void everyKindOfChangeGivesTheBytesOfAColdBuild() throws Exception {
        Path site = dir.resolve("site");
        assertSameAsCold(site, Set.of());

        Path edited = content.resolve("a0.fr.md");
        Files.writeString(edited, Files.readString(edited).replace("bientôt.", "bientôt, en avril."));
        assertSameAsCold(site, Set.of(edited));

        article("a9", "2025-12-01", "Louis Moreau");
        assertSameAsCold(site, Set.of(content.resolve("a9.fr.md"), content.resolve("a9.en.md")));

        Files.delete(content.resolve("a1.en.md"));
        assertSameAsCold(site, Set.of(content.resolve("a1.en.md")));

        Path sub = Files.createDirectories(content.resolve("2025"));
        Files.move(content.resolve("a2.fr.md"), sub.resolve("a2.fr.md"));
        Files.move(content.resolve("a2.en.md"), sub.resolve("a2.en.md"));
        assertSameAsCold(site, Set.of(content.resolve("a2.fr.md"), content.resolve("a2.en.md"), sub));

        Files.createDirectories(templates);
        String home = new String(getClass().getClassLoader().getResourceAsStream("verbatim/templates/home.peb")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("home.peb"), home.replace("<h1 class=\"section-title\">",
                "<h1 class=\"section-title\">Zanzibar · "));
        assertSameAsCold(site, Set.of(templates.resolve("home.peb")));
        assertTrue(Files.readString(site.resolve("fr/index.html")).contains("Zanzibar · "), "the new template is used");
    }

    @Test
    void aChangeNotToldFileByFileListsTheFolderAgain() throws Exception {
        Path site = dir.resolve("site");
        assertSameAsCold(site, Set.of());
        article("b1", "2025-06-06", "Nadia Benali");
        assertSameAsCold(site, null);
        article("b2", "2025-07-07", "Paul Fontaine");
        assertSameAsCold(site, Set.of(content)); // the watcher lost track: the folder itself
    }

    /** Tells {@code changed}, builds warm into {@code site}, builds cold elsewhere, and compares every file. */
    private void assertSameAsCold(Path site, Set<Path> changed) throws Exception {
        warm.changed(changed == null ? null : changed.stream().map(Path::toAbsolutePath)
                .collect(java.util.stream.Collectors.toSet()));
        new Site(config, RuleAnalyzer::loaded, new Site.Cache(cache, RuleAnalyzer.version(), () -> { })).warm(warm)
                .build(content, templates, site, false);
        Path cold = dir.resolve("cold" + colds++);
        new Site(config, RuleAnalyzer.loaded()).build(content, templates, cold, false);
        Map<String, String> expected = SiteFiles.digests(cold);
        assertTrue(expected.size() > 10, "the site has pages");
        assertEquals(expected, SiteFiles.digests(site), "after " + changed);
    }

    private void article(String slug, String date, String name) throws IOException {
        Files.writeString(content.resolve(slug + ".fr.md"), "---\ntitle: \"Article " + slug + "\"\ndate: " + date
                + "\noriginal: fr\n---\n\n" + name + ", directrice de recherche, a déclaré : « Nous publierons le "
                + "rapport bientôt. »\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve(slug + ".en.md"), "---\ntitle: \"Article " + slug + "\"\ndate: " + date
                + "\noriginal: fr\n---\n\n" + name + ", a research director, said: “We will publish the report "
                + "soon.”\n", StandardCharsets.UTF_8);
    }
}
