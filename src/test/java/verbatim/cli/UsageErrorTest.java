package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A mistyped command or option gets one line with the name probably meant, and the usage-error exit code. */
class UsageErrorTest {

    private static void assertUsageError(String expected, String... args) {
        Run run = Run.of(args);
        assertEquals(Main.USAGE_ERROR, run.exit());
        assertEquals("", run.out());
        assertEquals(expected + "\n", run.err());
    }

    @Test
    void aMistypedCommandIsToldWithTheNearestCommand() {
        assertUsageError("error: unknown command 'buidl'. Did you mean: build? See 'archive --help'.", "buidl");
        assertUsageError("error: unknown command 'analyse'. Did you mean: analyze? See 'archive --help'.",
                "analyse", "a.txt");
    }

    @Test
    void aWordNearNoCommandIsToldWithTheCommands() {
        assertUsageError("error: unknown command 'xyzzy'. The commands are init, build, serve, check, review, "
                + "import, analyze. See 'archive --help'.", "xyzzy");
    }

    @Test
    void aMistypedOptionIsToldWithTheNearestOptionOfItsCommand() {
        assertUsageError("error: unknown option '--otuput'. Did you mean: --output? See 'archive build --help'.",
                "build", "--otuput", "x");
        assertUsageError("error: unknown option '--prot'. Did you mean: --port? See 'archive serve --help'.",
                "serve", "--prot", "3");
        assertUsageError("error: unknown option '--verbos'. Did you mean: --verbose? See 'archive --help'.",
                "--verbos", "build");
    }

    @Test
    void anOptionNearNothingIsToldWithoutAGuess() {
        assertUsageError("error: unknown option '--colour'. See 'archive check --help'.", "check", "--colour");
    }
}
