package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.serve.Change;
import verbatim.serve.Outcome;
import verbatim.site.Site;

/** The line serve prints for each build: what the save did to each file, and one total. */
class PreviewLogTest {

    private static String printed(Map<Path, Change> changed) {
        Map<String, Long> steps = new LinkedHashMap<>();
        steps.put("load", 3L);
        steps.put("articles", 92L);
        steps.put("total", 568L);
        StringWriter out = new StringWriter();
        new PreviewLog(new PrintWriter(out), new PrintWriter(new StringWriter()), false)
                .print(new Outcome.Built(new Site.Report(2, 22, steps), changed, 575));
        return out.toString();
    }

    @Test
    void aSaveTellsEachFileAddedChangedOrRemovedAndOneTotal() {
        Map<Path, Change> changed = Map.of(Path.of("/a/content/autre.fr.md"), Change.ADDED,
                Path.of("/a/content/valbrune.fr.md"), Change.CHANGED, Path.of("/a/content/vieux.en.md"), Change.REMOVED,
                Path.of("/a/content/vieux.fr.md"), Change.REMOVED);
        assertEquals("autre.fr.md added; valbrune.fr.md changed; vieux.en.md, vieux.fr.md removed: built 2 articles, "
                + "22 pages (load 3 ms, articles 92 ms, total 575 ms); pages reloaded.\n", printed(changed));
    }

    @Test
    void theFirstBuildHasOneTotalToo() {
        assertEquals("Built 2 articles, 22 pages (load 3 ms, articles 92 ms, total 575 ms).\n", printed(Map.of()));
    }

    @Test
    void aFileIsAddedWhenItWasCreatedAndIsThereRemovedWhenItWasThereAndIsNot() {
        assertEquals(Change.ADDED, Change.of(false, true));
        assertEquals(Change.REMOVED, Change.of(true, false));
        assertEquals(Change.CHANGED, Change.of(true, true), "saved by rename: deleted and created again");
    }
}
