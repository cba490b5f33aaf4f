package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** The French pages elide « de » before a name that starts with a vowel: « Citations d’Alan Turing ». */
class FrenchLabelsIT {

    @TempDir
    Path dir;

    @Test
    void labelsBeforeANameStartingWithAVowelAreElided() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("machines.fr.md"), "---\ntitle: \"Les machines\"\ndate: 2026-01-10\n"
                + "original: fr\n---\n\nAlan Turing a déclaré : « Les machines pensent. »\n\n"
                + "> Je propose de considérer la question.\n> — Alan Turing\n", StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--templates",
                dir.resolve("templates").toString(), "--config", Run.noSettings(dir));
        assertEquals(0, run.exit(), run.err());
        StringBuilder fr = new StringBuilder();
        try (Stream<Path> files = Files.walk(site.resolve("fr"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                fr.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(fr.indexOf("Publication d’Alan Turing") >= 0, "the embedded post's caption");
        assertTrue(fr.indexOf("Citations d’Alan Turing") >= 0, "the person page's heading and feed");
        assertFalse(fr.toString().contains("de Alan"), "nowhere « de Alan »");
    }
}
