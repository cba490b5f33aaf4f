package verbatim.site;

import java.nio.file.Path;
import java.util.Set;
import verbatim.content.ContentFolder;
import verbatim.render.Templates;
import verbatim.site.output.Ledger;
import verbatim.site.output.OutputWatch;

/**
 * What a process that builds one site again and again (the preview of {@code serve}) keeps between its builds, so
 * that a rebuild after one save does not redo what the build before it already holds: the output's manifest and the
 * catalogue of articles as last written ({@link Ledger.Memo}), the templates with their compiled pages, and the
 * listing of the content folder, patched with the files the watcher says changed instead of listed again, and, with an
 * {@link OutputWatch}, what the output folder holds, looked at again only where the watch tells of a change.
 *
 * <p>Example: after the first build, a save of {@code content/a.fr.md} is told with {@link #changed} as
 * {@code {/…/content/a.fr.md}}; the next build stats that one file, takes the manifest and catalogue from memory and
 * renders with the templates already compiled. A change under the templates folder drops the templates; a change
 * that is a folder (the watcher lost track of events) or that is not known ({@code null}) drops the listing too.
 * What a build writes is the same bytes with or without it.
 *
 * <p>Used by one build at a time.
 */
public final class Warm {

    private final Ledger.Memo ledgers = new Ledger.Memo();
    private final OutputWatch output;
    private Templates templates;
    private Path templatesFolder;
    private ContentFolder.Kept listing;

    /** Keeps what the builds hold between them, with every output file looked at by each build. */
    public Warm() {
        this(null);
    }

    /**
     * Keeps what the builds hold between them, and looks only at the output files that {@code output} (may be null)
     * tells changed since the build before: the builds are then the only writer of their output folder.
     */
    public Warm(OutputWatch output) {
        this.output = output;
    }

    /** What watches the output folder between builds, or null. */
    OutputWatch output() {
        return output;
    }

    /** The manifest and catalogue kept in memory. */
    Ledger.Memo ledgers() {
        return ledgers;
    }

    /**
     * Tells which source files changed since the last build, as absolute paths (a folder when anything below it may
     * have changed); {@code null} when that is not known (everything is then looked at again).
     */
    public synchronized void changed(Set<Path> paths) {
        if (paths == null) {
            templates = null;
            listing = null;
            return;
        }
        for (Path p : paths) {
            Path changed = p.toAbsolutePath().normalize();
            if (templatesFolder != null && (changed.startsWith(templatesFolder) || templatesFolder.startsWith(changed))) {
                templates = null;
            }
            if (listing != null && !listing.update(changed)) {
                listing = null;
            }
        }
    }

    /** The templates of {@code folder}: those of the last build when none of its files changed since. */
    synchronized Templates templates(Path folder) {
        Path absolute = folder == null ? null : folder.toAbsolutePath().normalize();
        if (templates == null || !java.util.Objects.equals(absolute, templatesFolder)) {
            templates = new Templates(folder);
            templatesFolder = absolute;
        }
        return templates;
    }

    /**
     * The listing of {@code content}: the last one patched with the files changed since, or the folder listed again
     * when it was never listed or the changes are not known file by file.
     */
    synchronized ContentFolder.Listing listing(Path content) {
        Path absolute = content.toAbsolutePath().normalize();
        if (listing == null || !listing.root().equals(absolute)) {
            listing = ContentFolder.Kept.of(new ContentFolder(content));
        }
        return listing.listing();
    }
}
