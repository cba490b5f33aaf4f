package verbatim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import verbatim.content.InputException;
import verbatim.content.Invocation;

/** The {@code archive} command: builds a bilingual news-archive site, imports and analyses articles. */
@Command(name = "archive", mixinStandardHelpOptions = true, version = "Verbatim 0.1.0",
        description = "Builds a bilingual static news-archive site.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, ReviewCommand.class,
                ImportCommand.class, AnalyzeCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input (a content file, a template, the settings). */
    public static final int INPUT_ERROR = 1;
    /** Exit code for a bad command line (picocli's usage error code). */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try '" + Invocation.of("build") + "'");
    }

    /** A command line with Verbatim's error handling: one clear line on stderr and a non-zero exit. */
    public static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setCommandName(Invocation.command()); // usage and "See '… --help'" name the command as it runs here
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof InputException input) {
                input.lines().forEach(l -> err.println("error: " + l));
                err.flush();
                return INPUT_ERROR;
            }
            err.println("error: " + ex + (main.verbose ? "" : " (run again with --verbose for details)"));
            if (main.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INPUT_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + UsageError.line(ex));
            err.flush();
            return USAGE_ERROR;
        });
        return cli;
    }

    /** True when this JVM was started to run {@link #main} (a build may then run in a JVM of its own). */
    static volatile boolean launched;

    public static void main(String[] args) {
        launched = true;
        int built = HeapLimit.early(args); // a large archive's build, in a JVM of its own from here
        System.exit(built >= 0 ? built : commandLine().execute(args));
    }
}
