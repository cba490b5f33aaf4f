package verbatim.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import verbatim.content.InputException;
import verbatim.serve.Preview;

/** {@code archive serve}: builds, serves the site on this machine, and rebuilds and reloads it on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it (to this machine only, by default) and, on every change to the "
                + "content, templates or settings, rebuilds it and reloads the open pages. A bad edit shows its "
                + "error here and in the page, and the last good site is still served. Ctrl-C stops.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @ParentCommand
    Main main;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where the preview is written and served from (default: .verbatim/preview beside the "
                    + "content folder, so that the site build writes is never touched).")
    Path output;

    @Option(names = "--port", defaultValue = "1313", description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    InetAddress bind;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--open", description = "Open the site in the browser.")
    boolean open;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port: give 0 to 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        PreviewLog log = new PreviewLog(out, spec.commandLine().getErr(), main != null && main.verbose);
        Path output = this.output != null ? this.output : Preview.folder(source.sources());
        Preview preview;
        try {
            preview = Preview.start(new Preview.Options(source.sources(), output,
                    new InetSocketAddress(bind, port), drafts), log::print);
        } catch (BindException e) {
            throw new InputException(null, 0, "cannot listen on " + bind.getHostAddress() + " port " + port + " ("
                    + e.getMessage() + ")", "Is another serve running? Choose another port: --port 1314, or --port 0 for any free one.");
        }
        Thread hook = new Thread(preview::close, "verbatim-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        log.serving(preview.url(), output, source.sources(), bind.isLoopbackAddress());
        if (open) {
            browse(preview.url(), out);
        }
        try {
            preview.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException stopping) {
                // the JVM is stopping, and the hook has closed the preview
            }
        }
        return 0;
    }

    /** Opens the site in the desktop's browser, or says where to go when there is no desktop. */
    private static void browse(URI url, PrintWriter out) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
        } catch (Exception e) {
            // no browser could be opened: say where to go
        }
        out.println("Open " + url + " in your browser.");
        out.flush();
    }
}
