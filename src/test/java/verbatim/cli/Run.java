package verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code archive} command in-process and keeps what it printed. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * The path of an empty settings file in {@code dir} (written when missing), for a run that must not read the
     * settings of the folder it runs in: {@code --config} has to name a file that exists.
     */
    public static String noSettings(Path dir) {
        Path file = dir.resolve("none.yaml");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
