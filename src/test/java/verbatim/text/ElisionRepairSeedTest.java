package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.text.ElisionRepair.Fix;

/** The repair of a real scraped article, the seed of the project, when ../shared/seed is there. */
class ElisionRepairSeedTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "sharma-anthropic.fr.txt");

    private static String original;
    private static ElisionRepair.Result result;

    @BeforeAll
    static void repairSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed article absent: " + SEED.toAbsolutePath());
        original = Files.readString(SEED, StandardCharsets.UTF_8);
        result = ElisionRepair.french().repair(original);
    }

    @Test
    void repairOfTheSeedChangesNothingButApostrophes() {
        assertEquals(original.length() + result.fixes().size(), result.text().length());
        StringBuilder withoutAdded = new StringBuilder(result.text());
        // Deleting each added apostrophe in turn puts every later fix back at its offset in the original.
        for (Fix fix : result.fixes()) {
            int apostrophe = fix.offset() + fix.after().indexOf('\'');
            assertEquals('\'', withoutAdded.charAt(apostrophe), fix.toString());
            withoutAdded.deleteCharAt(apostrophe);
        }
        assertEquals(original, withoutAdded.toString());
        assertEquals(original.replace("'", ""), result.text().replace("'", ""));
    }

    @Test
    void repairOfTheSeedFindsEveryLostApostrophe() {
        List<String> found = result.fixes().stream().map(fix -> fix.before() + "→" + fix.after()).toList();
        List<String> expected = List.of("lIA→l'IA", "quon→qu'on", "sagit→s'agit", "dune→d'une",
                "linterdiction→l'interdiction", "dune→d'une", "Lappel→L'appel", "lhumanité→l'humanité",
                "quelle→qu'elle", "léducation→l'éducation", "lhumanité→l'humanité",
                "dauthenticité→d'authenticité", "léthique→l'éthique", "limpact→l'impact");
        assertEquals(expected, found);
    }

    @Test
    void repairOfTheSeedKeepsOffsetsOfTheOriginal() {
        for (Fix fix : result.fixes()) {
            assertTrue(original.startsWith(fix.before(), fix.offset()), fix.toString());
        }
    }
}
