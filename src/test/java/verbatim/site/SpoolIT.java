package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.analysis.RuleAnalyzer;

/**
 * The index step gives the same bytes whether the articles' summaries are held in memory or spooled to a file
 * ({@link Spool}), and whether their outlines and catalogue entries are held or spilled to files (sorted in runs of
 * one article and merged, {@link verbatim.site.spill.ExternalSort}): cold, without a cache, and on a rebuild that reads
 * the summaries of the articles it kept.
 */
class SpoolIT {

    @TempDir
    Path dir;

    private static final String[] FIRST = {"Claire", "Louis", "Nadia", "Paul", "Inès"};
    private static final String[] LAST = {"Dubois", "Moreau", "Benali", "Fontaine", "Lefèvre"};
    private static final int ARTICLES = 70;

    private Path content;

    @BeforeEach
    void writeContent() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i < ARTICLES; i++) {
            write(i, "");
        }
    }

    private void write(int i, String added) throws Exception {
        String name = FIRST[i % 5] + " " + LAST[(i / 5) % 5];
        String other = FIRST[(i + 2) % 5] + " " + LAST[(i / 3) % 5];
        String date = String.format("20%02d-%02d-%02d", 20 + i % 6, 1 + i % 12, 1 + i % 28);
        String fr = "---\ntitle: \"Article " + i + "\"\ndate: " + date + "\noriginal: fr\n---\n\n"
                + name + ", directrice de recherche, a déclaré le 3 mars 2024 : « Nous publierons le rapport " + i
                + " bientôt. »" + added + "\n\n« Le calendrier est tenu », a ajouté " + name + ", qui a cité " + other
                + ".\n\nEn janvier 2023, le laboratoire avait annoncé ses résultats.\n";
        String en = "---\ntitle: \"Article " + i + "\"\ndate: " + date + "\noriginal: fr\n---\n\n"
                + name + ", a research director, said on 3 March 2024: “We will publish report " + i + " soon.”\n\n"
                + "“The schedule is on track,” " + name + " added, citing " + other + ".\n\n"
                + "In January 2023, the lab had announced its results.\n";
        Files.writeString(content.resolve("a" + i + ".fr.md"), fr, StandardCharsets.UTF_8);
        if (i % 7 != 3) { // some articles untranslated
            Files.writeString(content.resolve("a" + i + ".en.md"), en, StandardCharsets.UTF_8);
        }
    }

    private Path build(String output, int held, boolean cached) {
        Path site = dir.resolve(output);
        Site.Cache cache = cached
                ? new Site.Cache(dir.resolve(output + "-cache"), RuleAnalyzer.version(), () -> { }) : null;
        new Site(SiteConfig.defaults(), RuleAnalyzer::loaded, cache).holding(held)
                .build(content, dir.resolve("templates"), site, false);
        return site;
    }

    @Test
    void spooledSummariesGiveTheBytesOfSummariesHeldInMemory() throws Exception {
        Map<String, String> held = digests(build("held", Integer.MAX_VALUE, false));
        assertEquals(held, digests(build("spooled", 0, false)), "no cache, every summary spooled");
        assertEquals(held, digests(build("some", 10, true)), "with a cache, most summaries spooled");
        assertTrue(held.keySet().stream().anyMatch(p -> p.startsWith("search/fr/t/")), "the search index is written");
    }

    @Test
    void rebuildThatReadsKeptSummariesThroughTheSpoolGivesTheBytesOfAColdBuild() throws Exception {
        build("site", 0, true);
        write(5, " « Une citation ajoutée », a dit Paul Girard.");
        Files.writeString(content.resolve("new.fr.md"), "---\ntitle: \"Nouveau\"\ndate: 2026-01-02\noriginal: fr\n"
                + "---\n\nClaire Dubois a déclaré : « Un article de plus. »\n", StandardCharsets.UTF_8);
        Map<String, String> rebuilt = digests(build("site", 0, true));
        assertEquals(digests(build("cold", Integer.MAX_VALUE, false)), rebuilt);
    }

    @Test
    void outlinesAndEntriesSpilledToFilesGiveTheBytesOfABuildThatHoldsThem() throws Exception {
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://archive.example.org/");
        Map<String, String> held = digests(build(config, "held", Integer.MAX_VALUE).site());
        Built spilled = build(config, "spilled", 0);
        assertEquals(held, digests(spilled.site()), "every outline in a run of its own, merged");
        assertTrue(held.containsKey("sitemap.xml"), "the sitemap is written");
        Built again = build(config, "spilled", 0);
        assertEquals(0, again.report().reuse().articles(), "the catalogue written from the spilled entries is read");
        assertEquals(held, digests(again.site()));
    }

    private record Built(Path site, Site.Report report) {
    }

    private Built build(SiteConfig config, String output, int held) {
        Path site = dir.resolve(output);
        Site.Cache cache = new Site.Cache(dir.resolve(output + "-cache"), RuleAnalyzer.version(), () -> { });
        Site.Report report = new Site(config, RuleAnalyzer::loaded, cache).holding(held)
                .build(content, dir.resolve("templates"), site, false);
        return new Built(site, report);
    }

    /** The SHA-256 of every file of the site, by path. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> out = SiteFiles.digests(root);
        assertTrue(out.size() > 4 * ARTICLES, "the site has pages");
        return out;
    }
}
