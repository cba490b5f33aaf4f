package verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.content.Invocation;
import verbatim.site.NewArchive;

/**
 * {@code archive init DIR}: writes a new archive that builds at once, and prints the next commands as they can be
 * typed ({@link Invocation}: {@code archive build} with the launcher on the PATH, else the launcher's or the jar's
 * path).
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a new archive in DIR (new or empty): content/ with one example article in French "
                + "and English, verbatim.yaml with every setting commented, and a .gitignore for the output.")
public final class InitCommand implements Callable<Integer> {

    /**
     * Said once, here: the settings written leave {@code baseUrl} empty, and a build then says nothing of it (see
     * {@link verbatim.site.Site#NO_BASE_URL}, said by a build whose settings do not write it).
     */
    static final String NOTE = "note: before you publish, set baseUrl in verbatim.yaml to the site's address "
            + "(https://…): until then the feeds use relative links and no sitemap.xml is written.";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of the new archive; it must be new or empty.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String file : NewArchive.create(dir)) {
            out.println("Wrote " + dir.resolve(file).toString().replace('\\', '/'));
        }
        String archive = Invocation.command();
        out.println("Next:");
        out.println("  cd " + Invocation.quoted(dir.toString().replace('\\', '/')));
        out.println("  " + archive + " build     # builds the site into site/");
        out.println("  " + archive + " serve     # or: a preview at http://127.0.0.1:1313/ that follows your edits");
        out.println(NOTE);
        out.flush();
        return 0;
    }
}
