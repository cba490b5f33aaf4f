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
        cli.setExecutionExceptionHandler((ex, line, parsed) -> failed(ex, line.getErr(), main.verbose));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + UsageError.line(ex));
            err.flush();
            return USAGE_ERROR;
        });
        return cli;
    }

    /**
     * Tells a command's failure on {@code err} and returns its exit code: each line of bad input ({@link InputException})
     * as {@code error: …}, anything else as one line, with its stack trace when {@code verbose}.
     */
    static int failed(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof InputException input) {
            input.lines().forEach(l -> err.println("error: " + l));
            err.flush();
            return INPUT_ERROR;
        }
        err.println("error: " + ex + (verbose ? "" : " (run again with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return INPUT_ERROR;
    }

    /** True when this JVM was started to run {@link #main} (a build may then run in a JVM of its own). */
    static volatile boolean launched;

    public static void main(String[] args) {
        launched = true;
        BuildLine build = BuildLine.of(args); // a plain build line runs without picocli
        System.exit(build != null ? build.run(writer(System.out, "sun.stdout.encoding"),
                writer(System.err, "sun.stderr.encoding")) : commandLine().execute(args));
    }

    /**
     * A writer to {@code stream} in the encoding the property {@code encoding} names, else the default one: the writers
     * picocli makes for a command's output and errors, so that a build run without it prints the same bytes.
     */
    static PrintWriter writer(java.io.OutputStream stream, String encoding) {
        String name = System.getProperty(encoding);
        java.nio.charset.Charset charset;
        try {
            charset = name == null ? java.nio.charset.Charset.defaultCharset()
                    : java.nio.charset.Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
        } catch (RuntimeException e) {
            charset = java.nio.charset.Charset.defaultCharset();
        }
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, charset)), true);
    }
}
