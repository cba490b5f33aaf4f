package verbatim.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * search.js folds and files words exactly as the build does: the same texts through {@link Fold} and through the
 * script's own functions, run by Node.js. Skipped, with a message, where Node.js is not installed.
 */
class SearchScriptTest {

    private static final List<String> TEXTS = List.of("L'Élysée a dit « NON »", "Œuvre, cœur et Straße",
            "Mrinank Sharma — 9 février 2026", "naïve façade São Paulo", "Ελλάδα και Αθήνα", "Ὅμηρος ǅemal");

    @Test
    void scriptFoldsAndFilesWordsAsTheBuildDoes() throws Exception {
        Path node = Path.of("/usr/bin/node");
        assumeTrue(Files.isExecutable(node), "Node.js is not installed at /usr/bin/node: the comparison of "
                + "search.js with Fold is skipped");
        String texts = new ObjectMapper().writeValueAsString(TEXTS);
        String program = "const s = require(process.argv[1]);"
                + "const texts = " + texts + ";"
                + "console.log(JSON.stringify(texts.map(t => { const w = s.fold(t); return [w, w.map(s.shard)]; })));";
        Process p = new ProcessBuilder(node.toString(), "-e", program, Path.of("templates/search.js").toAbsolutePath()
                .toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        JsonNode result = new ObjectMapper().readTree(out);
        for (int i = 0; i < TEXTS.size(); i++) {
            List<String> words = Fold.words(TEXTS.get(i));
            List<String> shards = new ArrayList<>();
            words.forEach(w -> shards.add(Fold.shard(w)));
            List<String> scriptWords = new ArrayList<>();
            result.get(i).get(0).forEach(n -> scriptWords.add(n.asText()));
            List<String> scriptShards = new ArrayList<>();
            result.get(i).get(1).forEach(n -> scriptShards.add(n.asText()));
            assertEquals(words, scriptWords, TEXTS.get(i));
            assertEquals(shards, scriptShards, TEXTS.get(i));
        }
    }
}
