package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLineTest {

    @TempDir
    Path dir;

    @Test
    void aBuildCommandLineOfItsOwnOptionsIsReadWithoutPicocli() {
        BuildLine plain = BuildLine.of(new String[] {"build"});
        assertEquals(Path.of("content"), plain.content());
        assertEquals(Path.of("templates"), plain.templates());
        assertEquals(Path.of("site"), plain.output());
        assertNull(plain.config());
        assertNull(plain.baseUrl());
        assertEquals(Path.of("content").toAbsolutePath().normalize().resolveSibling(".verbatim"), plain.cache());
        BuildLine line = BuildLine.of(new String[] {"build", "--output", "out", "--content", "news", "--no-cache"});
        assertEquals(Path.of("news"), line.content());
        assertEquals(Path.of("out"), line.output());
        assertNull(line.cache(), "no cache");
        BuildLine attached = BuildLine.of(new String[] {"build", "--content=news", "--drafts",
                "--base-url= https://example.org/ ", "--verbose", "--cache=kept", "--config=a.yaml",
                "--templates=t"});
        assertEquals(Path.of("news"), attached.content());
        assertTrue(attached.drafts());
        assertTrue(attached.verbose());
        assertEquals("https://example.org/", attached.baseUrl(), "stripped, as the command does");
        assertEquals(Path.of("kept"), attached.cache());
        assertEquals(Path.of("a.yaml"), attached.config());
        assertEquals(Path.of("t"), attached.templates());
    }

    @Test
    void anyOtherCommandLineIsLeftToPicocli() {
        assertNull(BuildLine.of(new String[] {}));
        assertNull(BuildLine.of(new String[] {"serve"}));
        assertNull(BuildLine.of(new String[] {"build", "--help"}));
        assertNull(BuildLine.of(new String[] {"build", "--contnet", "news"}), "misspelt");
        assertNull(BuildLine.of(new String[] {"build", "--content"}), "its value missing");
        assertNull(BuildLine.of(new String[] {"--verbose", "build"}));
        assertNull(BuildLine.of(new String[] {"build", "--content", "a", "--content=b"}), "given twice");
        assertNull(BuildLine.of(new String[] {"build", "--drafts", "--drafts"}), "given twice");
        assertNull(BuildLine.of(new String[] {"build", "@options.txt"}), "an argument file");
        assertNull(BuildLine.of(new String[] {"build", "--content", "--drafts"}), "an option where a value goes");
        assertNull(BuildLine.of(new String[] {"build", "--base-url", "example.org"}), "a base URL the command refuses");
        assertNull(BuildLine.of(new String[] {"build", "--cache", "c", "--no-cache"}), "options that contradict");
        assertNull(BuildLine.of(new String[] {"build", "news"}), "a parameter");
    }

    @Test
    void aBuildLineIsARebuildOnceABuildOfItsOutputLeftItsCatalogueInItsCache() throws Exception {
        Path content = content();
        String site = dir.resolve("site").toString();
        String[] line = {"build", "--content", content.toString(), "--output", site, "--config", Run.noSettings(dir)};
        String[] plain = {"build", "--content", content.toString(), "--output", site};
        BuildLine build = BuildLine.of(plain);
        assertEquals(dir.resolve(".verbatim").toAbsolutePath().normalize(), build.cache(), "beside the content");
        assertFalse(build.rebuild(), "nothing built yet");
        assertEquals(-1, build.previousRecords());
        Run run = Run.of(line);
        assertEquals(0, run.exit(), run.err());
        assertTrue(BuildLine.of(plain).rebuild());
        assertTrue(BuildLine.of(plain).previousRecords() > 0, "the catalogue's size");
        assertFalse(BuildLine.of(new String[] {"build", "--content", content.toString(), "--output",
                dir.resolve("other").toString()}).rebuild(), "another output folder");
        assertFalse(BuildLine.of(new String[] {"build", "--content", content.toString(), "--output", site,
                "--no-cache"}).rebuild());
        assertFalse(BuildLine.of(new String[] {"build", "--content", content.toString(), "--output", site,
                "--cache", dir.resolve("elsewhere").toString()}).rebuild(), "another cache folder");
    }

    @Test
    void aBuildRunWithoutPicocliPrintsAndWritesWhatTheCommandDoes() throws Exception {
        Path content = content();
        String config = Run.noSettings(dir);
        Run picocli = Run.of("build", "--content", content.toString(), "--output", dir.resolve("a").toString(),
                "--config", config, "--no-cache");
        Run plain = run("build", "--content", content.toString(), "--output", dir.resolve("b").toString(),
                "--config", config, "--no-cache");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(picocli.err(), plain.err());
        assertEquals(times(picocli.out()).replace(dir.resolve("a").toString(), "OUT"),
                times(plain.out()).replace(dir.resolve("b").toString(), "OUT"));
        assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
    }

    @Test
    void aFailedBuildIsToldAsTheCommandTellsIt() throws Exception {
        String config = Run.noSettings(dir);
        String[] args = {"build", "--content", dir.resolve("missing").toString(), "--output",
                dir.resolve("site").toString(), "--config", config};
        Run picocli = Run.of(args);
        Run plain = run(args);
        assertEquals(Main.INPUT_ERROR, plain.exit());
        assertEquals(picocli.exit(), plain.exit());
        assertEquals(picocli.err(), plain.err());
        assertTrue(plain.err().startsWith("error: "), plain.err());
    }

    @Test
    void theWritersAreThoseOfTheEncodingNamedElseTheDefault() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintWriter w = Main.writer(bytes, "verbatim.test.no.such.property");
        w.print("é");
        w.flush();
        assertEquals("é", bytes.toString(java.nio.charset.Charset.defaultCharset()));
    }

    /** The line run as {@link Main#main} runs a plain build line, its output kept. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BuildLine line = BuildLine.of(args);
        int exit = line.run(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The output with the step times left out. */
    private static String times(String out) {
        return out.replaceAll("\\d+ ms", "N ms");
    }

    /** The relative path and bytes of every file below {@code root}. */
    private static java.util.Map<String, String> files(Path root) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), java.util.Base64.getEncoder()
                        .encodeToString(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.fr.md"), "---\ntitle: Un titre\ndate: 2024-05-02\noriginal: fr\n---\n\n"
                + "« Tout va bien », a dit Marie Curie.\n");
        return content;
    }
}
