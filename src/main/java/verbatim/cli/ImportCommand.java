package verbatim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code import} command (to be written). */
@Command(name = "import", description = "To be written.")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
