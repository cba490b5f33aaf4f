package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * A build with the analysis cache gives the bytes of a cold build; a rebuild rewrites only the files whose bytes
 * change, and a corrupt cache is ignored.
 */
class RebuildIT {

    @TempDir
    Path dir;

    private Path content;
    private Path cache;

    /** A time no build writes: files that keep it were not rewritten. */
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    private static final String[] NAMES = {"Claire Dubois", "Louis Moreau", "Nadia Benali", "Paul Fontaine"};
    private static final int ARTICLES = 8;

    @BeforeEach
    void writeContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        cache = dir.resolve("cache");
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
    void rebuildWithNothingChangedRewritesNoFileAndGivesTheBytesOfAColdBuild() throws Exception {
        Path site = dir.resolve("site");
        Run first = build(site, "--cache", cache.toString());
        assertTrue(first.out().contains("Analysed " + 2 * ARTICLES + " texts, 0 from the cache"), first.out());
        Map<String, String> built = digests(site);
        age(site);

        Run again = build(site, "--cache", cache.toString());
        assertTrue(again.out().contains("Analysed 0 texts, " + 2 * ARTICLES + " from the cache; " + built.size()
                + " of " + built.size() + " files unchanged"), again.out());
        assertEquals(built, digests(site));
        for (String file : built.keySet()) {
            assertEquals(OLD, Files.getLastModifiedTime(site.resolve(file)), file + " was rewritten");
        }

        Path cold = dir.resolve("cold");
        Run uncached = build(cold, "--no-cache");
        assertTrue(uncached.out().contains("Analysed " + 2 * ARTICLES + " texts, 0 from the cache"), uncached.out());
        assertEquals(built, digests(cold));
    }

    @Test
    void editedArticleAndTheIndexesThatListItChangeWhileOtherFilesKeepTheirBytesAndTime() throws Exception {
        Path site = dir.resolve("site");
        build(site, "--cache", cache.toString());
        Map<String, String> before = digests(site);
        age(site);
        Path edited = content.resolve("a3.fr.md");
        Files.writeString(edited, Files.readString(edited).replace("rapport 3 bientôt", "rapport 3 demain"));

        Run rebuild = build(site, "--cache", cache.toString());
        assertTrue(rebuild.out().contains("Analysed 1 text, " + (2 * ARTICLES - 1) + " from the cache"),
                rebuild.out());
        Map<String, String> after = digests(site);
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            boolean same = e.getValue().equals(before.get(e.getKey()));
            if (!same) {
                changed.add(e.getKey());
            }
            assertEquals(same, Files.getLastModifiedTime(site.resolve(e.getKey())).equals(OLD),
                    e.getKey() + ": rewritten if and only if its bytes changed");
        }
        String speaker = slug(NAMES[3 % NAMES.length]);
        for (String page : List.of(Urls.article("fr", "a3"), Urls.article("en", "a3"), Urls.quotes("fr"),
                Urls.quotes("en"), Urls.person("fr", speaker), Urls.person("en", speaker), Urls.home("fr"),
                "data/quotes.jsonl")) {
            assertTrue(changed.contains(page), page + " shows the edited quotation: " + changed);
        }
        for (String page : List.of(Urls.article("fr", "a2"), Urls.article("en", "a4"),
                Urls.person("fr", slug(NAMES[0])), "favicon.svg")) {
            assertFalse(changed.contains(page), page + " does not show the edited article");
        }

        Path cold = dir.resolve("cold");
        build(cold, "--no-cache");
        assertEquals(digests(cold), after, "the rebuild gives the bytes of a cold build");
    }

    @Test
    void corruptOrForeignCacheEntriesAreIgnoredAndAnalysedAgain() throws Exception {
        Path site = dir.resolve("site");
        build(site, "--cache", cache.toString());
        Map<String, String> built = digests(site);
        List<Path> entries = entries();
        assertEquals(2 * ARTICLES, entries.size());
        byte[] first = Files.readAllBytes(entries.get(0));
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            byte[] bytes = Files.readAllBytes(entry);
            switch (i % 4) {
                case 0 -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short
                case 1 -> {
                    bytes[bytes.length - 3] ^= 0x20; // one bit flipped in the analysis
                    Files.write(entry, bytes);
                }
                case 2 -> Files.write(entry, first); // another text's entry under this name
                default -> Files.writeString(entry, "not an entry");
            }
        }
        Site.deleteTree(cache.resolve("articles")); // the articles' pages are made again, from their analyses
        Site.deleteTree(cache.resolve("catalogue"));
        Run rebuild = build(site, "--cache", cache.toString());
        assertTrue(rebuild.out().contains("Analysed " + 2 * ARTICLES + " texts, 0 from the cache"), rebuild.out());
        assertEquals(built, digests(site));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.walk(cache.resolve("analysis"))) {
            return all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("CACHEDIR.TAG"))
                    .sorted().toList();
        }
    }

    private Run build(Path site, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--output",
                site.toString()));
        args.addAll(List.of(options));
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    private static String slug(String name) {
        return verbatim.text.Slug.of(name);
    }

    /** The SHA-256 of every file of the site, by path. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> out = SiteFiles.digests(root);
        assertTrue(out.size() > 4 * ARTICLES, "the site has pages");
        return out;
    }

    /** Sets every file of the site to {@link #OLD}. */
    private static void age(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(f, OLD);
            }
        }
    }
}
