package verbatim.site;

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
import verbatim.cli.Run;

/** Every page of the bundled site passes the Nu Html Checker with no error and no warning. */
class HtmlValidityIT {

    @TempDir
    Path dir;

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--output", site.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(validate(site) >= 9);
    }

    @Test
    void everyPageOfAnArchiveWithUntranslatedArticlesAndABaseUrlIsValidHtml() throws Exception {
        Path site = dir.resolve("fixture-site");
        Run run = PublishIT.buildFixture(dir.resolve("fixture"), site);
        assertEquals(0, run.exit(), run.err());
        assertTrue(validate(site) >= 9);
    }

    @Test
    void everyPageWithCleanUrlsIsValidHtml() throws Exception {
        Path site = dir.resolve("clean-site");
        Run run = PublishIT.buildFixture(dir.resolve("clean"), site, PublishIT.BASE, true);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"fr/\""), "built with clean URLs");
        assertTrue(validate(site) >= 9);
    }

    /** Validates every page of the site, fails with every message, and returns how many pages it checked. */
    private static int validate(Path site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).sorted()::iterator) {
                JsonNode report = new ObjectMapper().readTree(validator.validate(page));
                checked++;
                for (JsonNode m : report.path("messages")) {
                    problems.add(site.relativize(page) + ":" + m.path("lastLine").asInt() + ": "
                            + m.path("type").asText() + " " + m.path("subType").asText("") + " " + m.path("message").asText());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        return checked;
    }
}
