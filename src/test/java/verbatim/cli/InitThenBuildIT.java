package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new archive from {@code init} builds at once into a site whose every page is valid HTML. */
class InitThenBuildIT {

    @TempDir
    Path dir;

    @Test
    void initThenBuildGivesAValidSite() throws Exception {
        Path archive = dir.resolve("news");
        assertEquals(0, Run.of("init", archive.toString()).exit());
        Path site = archive.resolve("site");
        Run build = Run.of("build", "--content", archive.resolve("content").toString(), "--output", site.toString(),
                "--templates", archive.resolve("templates").toString(),
                "--config", archive.resolve("verbatim.yaml").toString());
        assertEquals(0, build.exit(), build.err());
        assertEquals("", build.err());
        assertTrue(build.out().startsWith("Built 1 article, "), build.out());
        assertTrue(!build.out().contains("baseUrl"), "said once by init, not by every build: " + build.out());
        String fr = Files.readString(site.resolve("fr/articles/valbrune-library/index.html"));
        assertTrue(fr.contains("Claire Fontaine"), fr);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).sorted()::iterator) {
                for (JsonNode m : new ObjectMapper().readTree(validator.validate(page)).path("messages")) {
                    problems.add(site.relativize(page) + ":" + m.path("lastLine").asInt() + ": "
                            + m.path("message").asText());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theNewArchiveHasNothingToFix() {
        Path archive = dir.resolve("news");
        assertEquals(0, Run.of("init", archive.toString()).exit());
        Run check = Run.of("check", "--strict", "--content", archive.resolve("content").toString(),
                "--templates", archive.resolve("templates").toString(),
                "--config", archive.resolve("verbatim.yaml").toString());
        assertEquals("Nothing to fix.\n", check.out());
        assertEquals(0, check.exit(), check.err());
    }
}
