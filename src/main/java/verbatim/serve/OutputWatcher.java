package verbatim.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import verbatim.site.output.OutputWatch;

/**
 * Watches the preview's output folder between its builds, so that a build looks only at the paths changed since the
 * one before ({@link OutputWatch}) instead of reading the attributes of every file of the site: the preview is the
 * only writer of that folder, and what it wrote its manifest records. What someone changes there behind its back (a
 * page edited or deleted by hand, a file added, a folder moved away) is told as well, and made right by the next build.
 *
 * <p>Example: a build commits {@code fr/a/index.html} and {@code fr/index.html}; the watcher tells both, and the next
 * build reads the attributes of these two files and of their folders only. The watcher starts when a build first opens
 * the folder, and again when the folder there is another one (a build without manifest replaces it whole): until a
 * build it started for has committed, and after lost events, every file is looked at.
 *
 * <p>A folder that cannot be watched (more folders than the system lets one watch) is not tried again; its builds
 * look at every file, as without a watcher.
 */
final class OutputWatcher implements OutputWatch, Closeable {

    /** More paths told than this between two builds and they are not kept: the next build looks at every file. */
    static final int MOST_TOLD = 4096;

    private final Map<String, Long> told = new HashMap<>();
    /** Events received so far, numbering them. */
    private long events;
    private DirectoryWatcher watcher;
    private Path root;
    private Object rootKey;
    /** The number of the watcher started, to leave out the late events of one stopped. */
    private int generation;
    /** The event count when the watcher started: only a build opened since may trust what it tells. */
    private long startedAt;
    private boolean trusted;
    /** The event count when events were lost, or -1. */
    private long lostAt = -1;
    private Path refused;
    private Object refusedKey;

    @Override
    public synchronized Changes open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Object key = folderKey(dir);
        if (key == null) {
            stop();
            return new Changes(events, null);
        }
        if (watcher == null || !dir.equals(root) || !key.equals(rootKey)) {
            stop();
            if (!(dir.equals(refused) && key.equals(refusedKey))) {
                start(dir, key);
            }
            return new Changes(events, null);
        }
        if (!trusted || lostAt >= 0) {
            return new Changes(events, null);
        }
        return new Changes(events, Set.copyOf(told.keySet()));
    }

    @Override
    public synchronized void committed(Changes changes) {
        if (watcher == null || changes.mark() < startedAt) {
            return; // opened before this watcher started
        }
        told.values().removeIf(event -> event <= changes.mark());
        if (lostAt >= 0 && lostAt <= changes.mark()) {
            lostAt = -1;
        }
        trusted = true;
    }

    /** The site paths told since the last committed build, for tests. */
    synchronized Set<String> told() {
        return Set.copyOf(told.keySet());
    }

    /** True while a folder is watched. */
    synchronized boolean watching() {
        return watcher != null;
    }

    @Override
    public synchronized void close() {
        stop();
    }

    private void start(Path dir, Object key) {
        int started = ++generation;
        DirectoryChangeListener listener = new DirectoryChangeListener() {
            @Override
            public void onEvent(DirectoryChangeEvent event) {
                told(started, event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW ? null : event.path());
            }

            @Override
            public void onException(Exception e) {
                told(started, null);
            }
        };
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        WatchService service = null;
        try {
            DirectoryWatcher.Builder builder = DirectoryWatcher.builder().path(dir).listener(listener)
                    .fileHashing(false).logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER);
            if (!mac) { // our own, closed if a folder cannot be registered (macOS's native one has no such limit)
                service = FileSystems.getDefault().newWatchService();
                builder.watchService(service);
            }
            DirectoryWatcher made = builder.build(); // every folder registered before it returns
            made.watchAsync(task -> {
                Thread thread = new Thread(task, "verbatim-serve-watch-output");
                thread.setDaemon(true);
                thread.start();
            });
            watcher = made;
            root = dir;
            rootKey = key;
            told.clear();
            startedAt = ++events;
            trusted = false;
            lostAt = -1;
        } catch (IOException | RuntimeException e) {
            refused = dir;
            refusedKey = key;
            if (service != null) {
                try {
                    service.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    private void stop() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        watcher = null;
        root = null;
        rootKey = null;
        generation++;
        told.clear();
    }

    /** One event of watcher number {@code from}: a path created, changed or deleted, or null when events were lost. */
    private synchronized void told(int from, Path path) {
        if (from != generation) {
            return;
        }
        events++;
        if (path == null || !path.startsWith(root) || path.equals(root) || told.size() >= MOST_TOLD) {
            lostAt = events;
            told.clear();
            return;
        }
        told.put(root.relativize(path).toString().replace('\\', '/'), events);
    }

    /** The file key of folder {@code dir} (an object standing for itself when the system gives none), or null. */
    private static Object folderKey(Path dir) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isDirectory()) {
                return null;
            }
            return Objects.requireNonNullElse(attrs.fileKey(), attrs.creationTime());
        } catch (IOException e) {
            return null;
        }
    }
}
