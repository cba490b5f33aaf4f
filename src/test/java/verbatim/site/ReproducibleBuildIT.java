package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** The same input gives the same bytes: twice in a row, and under another locale and time zone. */
class ReproducibleBuildIT {

    @TempDir
    Path dir;

    /** Files besides the pages that the comparison must cover (and {@code sitemap.xml} with a base URL). */
    static final java.util.List<String> PUBLISHED = java.util.List.of("fr/atom.xml", "en/atom.xml",
            "en/people/mrinank-sharma/atom.xml", "robots.txt", "data/quotes.jsonl",
            "data/people.json", "data/quotes.schema.json", "data/people.schema.json", "search/fr/d/0.json",
            "search/en/t/sha.json", "search.js", "favicon.svg", "fr/chronologie/index.html", "404.html");

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        assertEquals(0, Run.of("build", "--output", dir.resolve("a").toString()).exit());
        assertEquals(0, Run.of("build", "--output", dir.resolve("b").toString()).exit());
        assertEquals(digests(dir.resolve("a")), digests(dir.resolve("b")));
    }

    @Test
    void twoBuildsWithABaseUrlAndCleanUrlsGiveTheSameBytes() throws Exception {
        Path settings = dir.resolve("clean.yaml");
        Files.writeString(settings, "baseUrl: https://archive.example.org/\ncleanUrls: true\n");
        assertEquals(0, Run.of("build", "--output", dir.resolve("a").toString(), "--config", settings.toString()).exit());
        assertEquals(0, Run.of("build", "--output", dir.resolve("b").toString(), "--config", settings.toString(),
                "--no-cache").exit());
        Map<String, String> a = digests(dir.resolve("a"));
        assertTrue(a.containsKey("sitemap.xml"));
        assertEquals(a, digests(dir.resolve("b")));
    }

    @Test
    void turkishLocaleAndAnotherTimeZoneGiveTheSameBytes() throws Exception {
        assertEquals(0, Run.of("build", "--output", dir.resolve("here").toString()).exit());
        Path jar = Path.of("archive.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "run after 'mvn package': " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-9", "-jar", jar.toString(),
                "build", "--output", dir.resolve("there").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertEquals(digests(dir.resolve("here")), digests(dir.resolve("there")));
    }

    static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = SiteFiles.digests(root);
        assertTrue(out.size() >= 9, "the site has pages");
        for (String published : PUBLISHED) {
            assertTrue(out.containsKey(published), "the build writes " + published);
        }
        return out;
    }
}
