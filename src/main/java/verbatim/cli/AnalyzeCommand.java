package verbatim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code analyze} command (to be written). */
@Command(name = "analyze", description = "To be written.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
