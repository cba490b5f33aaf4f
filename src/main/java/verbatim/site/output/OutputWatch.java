package verbatim.site.output;

import java.nio.file.Path;
import java.util.Set;

/**
 * What the only writer of an output folder (the preview of {@code serve}) learns of it between two builds without
 * looking: the site paths that changed since a build opened it, by anyone, as a watcher of the folder tells them. A
 * build then looks at those paths only, and takes every other file and folder to be as its {@link Manifest} records
 * it, instead of reading the attributes of all of them.
 *
 * <p>Example: after a build, someone deletes {@code fr/index.html} by hand. The watcher tells {@code fr/index.html};
 * the next build {@linkplain #open opens} the folder with {@code {fr/index.html}}, finds the file gone and writes it
 * again, and the 6,000 other files of the site are not looked at. When the watcher may have missed something (it was
 * just started, events were lost, the folder was replaced), {@link #open} says so and every file is looked at.
 */
public interface OutputWatch {

    /**
     * What may have changed in an output folder since a build last opened it and committed.
     *
     * @param mark  where the watcher's events stood when the build opened the folder
     * @param paths the site paths told changed, created or deleted since ({@code fr/index.html}; a folder's path when
     *              anything below it may have changed), or null when that is not known
     */
    record Changes(long mark, Set<String> paths) {
    }

    /**
     * Called by a build as it opens {@code folder}, before it reads anything there.
     *
     * @return the paths that may have changed since the last build that {@linkplain #committed committed}; paths null
     *         when not known, as for the first build the watcher sees
     */
    Changes open(Path folder);

    /**
     * Tells that the build that opened the folder with {@code changes} committed: the output is now as its manifest
     * records it, but for what the watcher told since {@code changes.mark()}. A build that failed does not call it, so
     * that the next one looks again at what this one was told.
     */
    void committed(Changes changes);
}
