package verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import verbatim.content.KnownKeys;

/**
 * The one line printed for a bad command line: what is wrong, the command or option probably meant, and where the
 * help is.
 *
 * <p>Example: {@code archive buidl} gives {@code error: unknown command 'buidl'. Did you mean: build? See 'archive
 * --help'.}, and {@code archive build --outptu x} gives {@code error: unknown option '--outptu'. Did you mean:
 * --output? See 'archive build --help'.} The nearest name is the one fewest edits away (a swap of two neighbours
 * is one edit), at most a third of the word's letters; picocli's own suggestions, by shared pairs of letters, miss
 * swaps ({@code --otuput}) and suggest unrelated words ({@code xyzzy} → {@code analyze}), so they serve only for a
 * one-letter option ({@code -o} → {@code --output}).
 */
final class UsageError {

    private UsageError() {
    }

    /** The line for {@code ex}, without its {@code error: } prefix. */
    static String line(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String help = " See '" + spec.qualifiedName() + " --help'.";
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return ex.getMessage() + "." + help;
        }
        String word = unmatched.getUnmatched().get(0);
        if (word.startsWith("-")) {
            String near = nearOption(spec, word, unmatched.getSuggestions());
            return "unknown option '" + word + "'." + (near != null ? " Did you mean: " + near + "?" : "") + help;
        }
        if (!spec.subcommands().isEmpty()) {
            List<String> commands = new ArrayList<>(spec.subcommands().keySet());
            String near = new KnownKeys(commands).closest(word);
            return "unknown command '" + word + "'." + (near != null ? " Did you mean: " + near + "?"
                    : " The commands are " + String.join(", ", commands) + ".") + help;
        }
        return ex.getMessage() + "." + help;
    }

    /** The option of {@code spec} nearest to {@code word}, or null. */
    private static String nearOption(CommandSpec spec, String word, List<String> picocli) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        if (name.length() <= 2) {
            return picocli.isEmpty() ? null : picocli.get(0);
        }
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            for (String n : option.names()) {
                if (n.length() > 2) {
                    names.add(n);
                }
            }
        }
        return new KnownKeys(names).closest(name);
    }
}
