package verbatim.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import verbatim.serve.Change;
import verbatim.serve.Outcome;
import verbatim.serve.Sources;
import verbatim.site.Site;

/**
 * What {@code archive serve} prints: where the site is served, then one line per build (what changed, what was
 * built and in how long), or the build's error lines on stderr. Example:
 *
 * <pre>
 * Built 2 articles, 41 pages (load 3 ms, articles 1210 ms, …, total 1893 ms).
 * Serving site at http://127.0.0.1:1313/ — watching content, templates and verbatim.yaml. Ctrl-C to stop.
 * a.fr.md changed: built 2 articles, 41 pages (load 2 ms, …, total 412 ms); pages reloaded.
 * c.fr.md added; b.fr.md, b.en.md removed: built 2 articles, 41 pages (…); pages reloaded.
 * error: content/a.fr.md:3: front matter: … (the last good site is still served)
 * </pre>
 *
 * <p>The steps are the build's own; the total is the preview's, from the start of the build to the new site in
 * place (the settings read, the build, its output swapped in), so it is one number, a little more than the
 * steps'.
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
        String told = told(outcome.changed());
        String cause = told.isEmpty() ? "" : told + ": ";
        if (outcome instanceof Outcome.Built built) {
            Site.Report report = built.report();
            report.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            out.printf("%s%s %d article%s, %d pages (%s)%s%n", cause, cause.isEmpty() ? "Built" : "built",
                    report.articles(), report.articles() == 1 ? "" : "s", report.pages(), steps(report, built.millis()),
                    cause.isEmpty() ? "." : "; pages reloaded.");
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

    /**
     * The files of a save by what it did to them, names in order: {@code c.fr.md added; a.fr.md, b.en.md changed};
     * "" for none.
     */
    static String told(Map<Path, Change> changed) {
        List<String> parts = new ArrayList<>();
        for (Change kind : Change.values()) {
            String names = changed.entrySet().stream().filter(e -> e.getValue() == kind)
                    .map(e -> String.valueOf(e.getKey().getFileName())).sorted().distinct()
                    .collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                parts.add(names + " " + kind.word());
            }
        }
        return String.join("; ", parts);
    }

    /** The build's steps, then one total: {@code millis}, the preview's time for the whole build. */
    static String steps(Site.Report report, long millis) {
        String steps = report.millis().entrySet().stream().filter(e -> !e.getKey().equals("total"))
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        return (steps.isEmpty() ? "" : steps + ", ") + "total " + millis + " ms";
    }
}
