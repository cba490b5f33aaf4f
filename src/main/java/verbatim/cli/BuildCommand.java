package verbatim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code build} command (to be written). */
@Command(name = "build", description = "To be written.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
