package verbatim.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import verbatim.site.Site;

/** What one build of the preview gave: a new site, served and reloaded, or the reasons it failed. */
public sealed interface Outcome {

    /** The files that started this build, each with what the save did to it; empty for the first one. */
    Map<Path, Change> changed();

    /**
     * The site was rebuilt and the open pages were told to reload.
     *
     * @param report what the build did
     * @param millis the time from the start of the build to the new site in place, in milliseconds
     */
    record Built(Site.Report report, Map<Path, Change> changed, long millis) implements Outcome {
        public Built {
            changed = Map.copyOf(changed);
        }
    }

    /**
     * The build failed; the last good site is still served and the open pages show {@code lines}.
     *
     * @param lines one line per problem, {@code file:line: what. How to fix it.}
     * @param error the exception when it was not a problem of the input (a defect), else null
     */
    record Failed(List<String> lines, Map<Path, Change> changed, RuntimeException error) implements Outcome {
        public Failed {
            lines = List.copyOf(lines);
            changed = Map.copyOf(changed);
        }
    }
}
