package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * A rebuild renders only what changed: an article whose files did not change is not rendered again, an index page
 * whose content did not change is not rendered again, and the site has the bytes of a build without cache — also
 * when the cache or the output was tampered with.
 */
class RenderReuseIT {

    @TempDir
    Path dir;

    private Path content;
    private Path cache;
    private Path site;

    private static final String[] NAMES = {"Claire Dubois", "Louis Moreau", "Nadia Benali", "Paul Fontaine"};
    private static final int ARTICLES = 8;

    @BeforeEach
    void writeContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        cache = dir.resolve("cache");
        site = dir.resolve("site");
        for (int i = 0; i < ARTICLES; i++) {
            String name = NAMES[i % NAMES.length];
            String date = String.format("2025-%02d-%02d", 1 + i, 3 + i);
            Files.writeString(content.resolve("a" + i + ".fr.md"), "---\ntitle: \"Article " + i + "\"\ndate: " + date
                    + "\noriginal: fr\n---\n\n" + name + ", directrice de recherche, a déclaré le 2 mars : « Nous "
                    + "publierons le rapport " + i + " bientôt. »\n\n« Le calendrier est tenu », a ajouté " + name
                    + ".\n", StandardCharsets.UTF_8);
            Files.writeString(content.resolve("a" + i + ".en.md"), "---\ntitle: \"Article " + i + "\"\ndate: " + date
                    + "\noriginal: fr\n---\n\n" + name + ", a research director, said on March 2: “We will publish "
                    + "report " + i + " soon.”\n\n“The schedule is on track,” " + name + " added.\n",
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void rebuildWithNothingChangedRendersNothingAndGivesTheBytesOfAColdBuild() throws Exception {
        Run first = build();
        assertTrue(first.out().contains("rendered " + ARTICLES + " of " + ARTICLES + " articles"), first.out());
        Map<String, String> built = digests(site);
        Map<String, FileTime> times = times(site);

        Run again = build();
        assertTrue(again.out().contains("Analysed 0 texts, " + 2 * ARTICLES + " from the cache; " + built.size()
                + " of " + built.size() + " files unchanged; rendered 0 of " + ARTICLES + " articles and 0 other "
                + "pages."), again.out());
        assertEquals(built, digests(site));
        assertEquals(times, times(site), "no file was written again");
        assertEquals(digests(coldBuild()), built, "a rebuild gives the bytes of a build without cache");
    }

    @Test
    void editedArticleAndTheIndexesThatListItAreTheOnlyFilesWritten() throws Exception {
        build();
        Map<String, String> before = digests(site);
        Map<String, FileTime> times = times(site);
        Path edited = content.resolve("a3.fr.md");
        Files.writeString(edited, Files.readString(edited).replace("rapport 3 bientôt", "rapport 3 demain"));

        Run rebuild = build();
        assertTrue(rebuild.out().contains("Analysed 1 text, " + (2 * ARTICLES - 1) + " from the cache"),
                rebuild.out());
        assertTrue(rebuild.out().contains("rendered 1 of " + ARTICLES + " articles"), rebuild.out());
        Map<String, String> after = digests(site);
        Set<String> changed = SiteFiles.changed(site, before, times, after, "");
        String speaker = verbatim.text.Slug.of(NAMES[3 % NAMES.length]);
        for (String page : List.of(Urls.article("fr", "a3"), Urls.quotes("fr"), Urls.quotes("en"),
                Urls.person("fr", speaker), Urls.person("en", speaker), Urls.home("fr"),
                "data/quotes.jsonl", Urls.feed("fr"))) {
            assertTrue(changed.contains(page), page + " shows the edited quotation: " + changed);
        }
        for (String page : List.of(Urls.article("fr", "a2"), Urls.article("en", "a4"),
                Urls.person("fr", verbatim.text.Slug.of(NAMES[0])), Urls.people("fr"), Urls.home("en"),
                "favicon.svg")) {
            assertFalse(changed.contains(page), page + " does not show the edited text");
        }
        assertEquals(digests(coldBuild()), after, "the rebuild gives the bytes of a build without cache");
    }

    @Test
    void corruptArticleEntriesAreIgnoredAndTheirArticlesRenderedAgain() throws Exception {
        build();
        List<Path> entries = files(cache.resolve("articles"));
        assertEquals(ARTICLES, entries.size(), "one entry per article");
        byte[] other = Files.readAllBytes(entries.get(1));
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            byte[] bytes = Files.readAllBytes(entry);
            switch (i % 4) {
                case 0 -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short
                case 1 -> {
                    bytes[bytes.length - 5] ^= 0x10; // one bit flipped
                    Files.write(entry, bytes);
                }
                case 2 -> Files.write(entry, other); // another article's entry under this name
                default -> Files.writeString(entry, "not an entry");
            }
        }
        Path edited = content.resolve("a3.fr.md"); // the lists that show it need the other articles' summaries
        Files.writeString(edited, Files.readString(edited).replace("rapport 3 bientôt", "rapport 3 demain"));
        Run rebuild = build();
        assertTrue(rebuild.out().contains("rendered " + ARTICLES + " of " + ARTICLES + " articles"), rebuild.out());
        assertEquals(digests(coldBuild()), digests(site));
    }

    @Test
    void corruptCatalogueIsIgnored() throws Exception {
        build();
        Map<String, String> built = digests(site);
        List<Path> catalogues = files(cache.resolve("catalogue")).stream()
                .filter(f -> !f.getFileName().toString().endsWith(".delta")).toList();
        assertEquals(1, catalogues.size(), "one catalogue per output folder (and its delta)");
        byte[] bytes = Files.readAllBytes(catalogues.get(0));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(catalogues.get(0), bytes);
        Run rebuild = build();
        assertTrue(rebuild.out().contains("rendered 0 of " + ARTICLES + " articles and 0 other pages"),
                "the articles are known by their cache entries: " + rebuild.out());
        assertEquals(built, digests(site));
        Run again = build();
        assertTrue(again.out().contains("rendered 0 of " + ARTICLES + " articles and 0 other pages"), again.out());
    }

    @Test
    void draftIsLeftOutAgainWithoutBeingReadAndItsWarningStillTold() throws Exception {
        Files.writeString(content.resolve("brouillon.fr.md"), "---\ntitle: \"Brouillon\"\ndate: 2025-09-01\n"
                + "original: fr\ndraft: true\nsourcse: x\n---\n\nPas encore.\n", StandardCharsets.UTF_8);
        Run first = build();
        assertTrue(first.err().contains("unknown key 'sourcse'"), first.err());
        Map<String, String> built = digests(site);
        assertFalse(built.keySet().stream().anyMatch(f -> f.contains("brouillon")), "the draft is left out");

        Run again = build();
        assertTrue(again.err().contains("unknown key 'sourcse'"), "told again: " + again.err());
        assertTrue(again.out().contains("rendered 0 of " + ARTICLES + " articles and 0 other pages"), again.out());
        assertEquals(built, digests(site));
        assertEquals(digests(coldBuild()), built);
    }

    @Test
    void corruptManifestIsIgnored() throws Exception {
        build();
        Map<String, String> built = digests(site);
        for (Path manifest : files(cache.resolve("output"))) {
            byte[] bytes = Files.readAllBytes(manifest);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(manifest, bytes);
        }
        Run rebuild = build();
        assertTrue(rebuild.out().contains("rendered " + ARTICLES + " of " + ARTICLES + " articles"), rebuild.out());
        assertEquals(built, digests(site));
        Run again = build();
        assertTrue(again.out().contains("rendered 0 of " + ARTICLES + " articles and 0 other pages"), again.out());
    }

    @Test
    void filesChangedOrAddedInTheOutputAreMadeAgainOrRemoved() throws Exception {
        build();
        Map<String, String> built = digests(site);
        Path page = site.resolve(Urls.article("fr", "a1"));
        Files.writeString(page, "changed by hand", StandardCharsets.UTF_8);
        Path index = site.resolve(Urls.quotes("en"));
        Files.delete(index);
        Files.writeString(site.resolve("fr/stray.html"), "not made by the build");
        Files.createDirectories(site.resolve("stray/empty"));

        Run rebuild = build();
        assertTrue(rebuild.out().contains("rendered 1 of " + ARTICLES + " articles"), rebuild.out());
        assertEquals(built, digests(site));
        assertFalse(Files.exists(site.resolve("stray")), "a folder the build does not make is removed");
    }

    @Test
    void changedTemplateRendersEveryPageAgain() throws Exception {
        build();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("cell.peb"), new String(getClass().getClassLoader()
                .getResourceAsStream("verbatim/templates/cell.peb").readAllBytes(), StandardCharsets.UTF_8)
                + "{# changed #}\n");
        Run rebuild = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--cache",
                cache.toString(), "--templates", templates.toString());
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertTrue(rebuild.out().contains("rendered " + ARTICLES + " of " + ARTICLES + " articles"), rebuild.out());
    }

    private Run build() {
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--cache",
                cache.toString());
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    private Path coldBuild() {
        Path cold = dir.resolve("cold");
        Run run = Run.of("build", "--content", content.toString(), "--output", cold.toString(), "--no-cache");
        assertEquals(0, run.exit(), run.err());
        return cold;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).filter(RenderReuseIT::compared).sorted().toList());
        }
    }

    /** The files compared: the site's, without the cache tag a build may leave. */
    private static boolean compared(Path f) {
        return !f.getFileName().toString().equals("CACHEDIR.TAG");
    }

    /** The SHA-256 of every file of the site, by path. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> out = SiteFiles.digests(root, RenderReuseIT::compared);
        assertTrue(out.size() > 4 * ARTICLES, "the site has pages");
        return out;
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        return SiteFiles.times(root, RenderReuseIT::compared);
    }
}
