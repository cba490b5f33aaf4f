package verbatim.serve;

import java.nio.file.Path;
import java.util.Set;
import verbatim.site.Site;

/**
 * Builds the site again after some source files changed. The preview calls it from one thread, one build at a
 * time, first with no changed file (the build at start), then with the files changed since the last call.
 *
 * <p>{@link FullBuild} builds everything each time; a build that reuses what did not change plugs in here.
 */
@FunctionalInterface
public interface Rebuild {

    /**
     * Builds the site, swapping the new output in only when the build succeeded.
     *
     * @param changed the files created, changed or deleted since the last call, as absolute paths, whether they
     *                exist or not: content files, templates, the settings file. A folder means that anything below
     *                it may have changed (the system lost track of events). Empty for the first build, which
     *                builds everything
     * @return what the build did
     * @throws verbatim.content.InputException for a problem of the input, with the previous output left as it was
     */
    Site.Report build(Set<Path> changed);

    /** Lets go of what it holds between builds (such as a watcher); called once the preview is closed. */
    default void close() {
    }
}
