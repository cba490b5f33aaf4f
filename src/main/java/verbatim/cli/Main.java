package verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code archive} command: builds a bilingual news-archive site, imports and analyses articles. */
@Command(name = "archive", mixinStandardHelpOptions = true, version = "Verbatim 0.1.0",
        description = "Builds a bilingual static news-archive site.",
        subcommands = {BuildCommand.class, ImportCommand.class, AnalyzeCommand.class})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'archive build'.");
    }

    /** A command line with Verbatim's error handling: one clear line on stderr and a non-zero exit. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
