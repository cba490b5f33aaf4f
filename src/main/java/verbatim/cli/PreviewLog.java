package verbatim.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import verbatim.serve.Outcome;
import verbatim.serve.Sources;
import verbatim.site.Site;

/**
 * What {@code archive serve} prints: where the site is served, then one line per build (what changed, what was
 * built and in how long), or the build's error lines on stderr. Example:
 *
 * <pre>
 * Built 2 articles, 41 pages (1893 ms: load 3 ms, articles 1210 ms, …, total 1890 ms).
 * Serving site at http://127.0.0.1:1313/ — watching content, templates and verbatim.yaml. Ctrl-C to stop.
 * a.fr.md changed: built 2 articles, 41 pages (412 ms: …); pages reloaded.
 * error: content/a.fr.md:3: front matter: … (the last good site is still served)
 * </pre>
 */
final class PreviewLog {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;

    PreviewLog(PrintWriter out, PrintWriter err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    void serving(URI url, Path output, Sources sources, boolean loopback) {
        out.println("Serving " + output + " at " + url + " — watching " + sources.content() + ", "
                + sources.templates() + " and " + sources.config() + ". Ctrl-C to stop.");
        if (!Files.isDirectory(sources.templates())) {
            out.println("(There is no " + sources.templates() + " folder: restart serve after creating one.)");
        }
        if (!loopback) {
            err.println("warning: listening beyond this machine: anyone who can reach it can read the site.");
        }
        out.flush();
        err.flush();
    }

    /** One build's outcome; called from the preview's build thread. */
    synchronized void print(Outcome outcome) {
        String changed = outcome.changed().stream().map(p -> String.valueOf(p.getFileName())).sorted().distinct()
                .collect(Collectors.joining(", "));
        String cause = changed.isEmpty() ? "" : changed + " changed: ";
        if (outcome instanceof Outcome.Built built) {
            Site.Report report = built.report();
            report.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            out.printf("%s%s %d article%s, %d pages (%d ms: %s)%s%n", cause, cause.isEmpty() ? "Built" : "built",
                    report.articles(), report.articles() == 1 ? "" : "s", report.pages(), built.millis(),
                    steps(report), cause.isEmpty() ? "." : "; pages reloaded.");
            out.flush();
        } else if (outcome instanceof Outcome.Failed failed) {
            if (!cause.isEmpty()) {
                err.println(cause + "the build failed; the last good site is still served:");
            }
            failed.lines().forEach(l -> err.println("error: " + l));
            if (failed.error() != null && verbose) {
                failed.error().printStackTrace(err);
            }
            err.flush();
        }
    }

    private static String steps(Site.Report report) {
        return report.millis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
    }
}
