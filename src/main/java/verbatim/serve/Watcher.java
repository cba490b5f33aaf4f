package verbatim.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Watches the sources of a preview and tells which paths changed, leaving out the scratch files editors write
 * beside the file they save ({@link #isScratch}). The content and templates folders are watched with every folder
 * below them (folders created later too); the settings file is watched alone, through its folder, which is not
 * walked. An editor that saves by rename shows as the file deleted and created again: both are told.
 *
 * <p>Each event says whether it created its file: in the content and templates folders the library keeps a hash of
 * every file, so a file created over one it knew (a save by rename) is told as changed, and only a file new to the
 * folder as created. The settings' folder is not hashed, so the settings file is never told as created.
 *
 * <p>Uses directory-watcher: the JDK's watch service on Linux and Windows, native events on macOS.
 */
public final class Watcher implements Closeable {

    /**
     * A path created, changed or deleted.
     *
     * @param path    the absolute path (a folder's when the system lost track of events)
     * @param created true when the event created the file: it did not exist before
     */
    public record Event(Path path, boolean created) {
    }

    private final List<DirectoryWatcher> watchers = new ArrayList<>();

    private Watcher() {
    }

    /**
     * Starts watching; {@code changed} is called from the watcher's own threads with each absolute path created,
     * changed or deleted (a folder's path when the system lost track of events), and whether it was created.
     *
     * @throws IOException when a folder cannot be watched
     */
    public static Watcher start(Sources sources, Consumer<Event> changed) throws IOException {
        Watcher watcher = new Watcher();
        try {
            for (Path folder : new Path[] {sources.content(), sources.templates()}) {
                if (folder != null && Files.isDirectory(folder)) {
                    watcher.watch(folder.toAbsolutePath().normalize(), changed, null);
                }
            }
            Path config = sources.config() == null ? null : sources.config().toAbsolutePath().normalize();
            if (config != null && Files.isDirectory(config.getParent())) {
                watcher.watch(config.getParent(), event -> {
                    if (event.path().equals(config) || event.path().equals(config.getParent())) {
                        changed.accept(new Event(config, false)); // unhashed: a save by rename looks created
                    }
                }, (start, onDirectory, onFile) -> {
                    if (start.equals(config.getParent())) {
                        shallow(start, onDirectory, onFile);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    /**
     * True for a file an editor or tool writes while saving, never a source (every source has an extension):
     * hidden files ({@code .a.md.swp}, {@code .#a.md}, {@code .goutputstream-X}), backups ({@code a.md~}), names
     * without a dot (vim's {@code 4913} probe, {@code sed -i}'s {@code sedX3kP0a}), emacs's {@code #a.md#},
     * JetBrains' {@code a.md___jb_tmp___}, and {@code .tmp}, {@code .swp}, {@code .swx}, {@code .crswap} files.
     * Applies to files only: a folder is never scratch.
     */
    public static boolean isScratch(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith("~") || n.indexOf('.') < 0 || n.startsWith("#") && n.endsWith("#")
                || n.endsWith("___") || n.endsWith(".tmp") || n.endsWith(".swp") || n.endsWith(".swx")
                || n.endsWith(".crswap");
    }

    private void watch(Path root, Consumer<Event> changed, FileTreeVisitor visitor) throws IOException {
        DirectoryChangeListener listener = new DirectoryChangeListener() {
            @Override
            public void onEvent(DirectoryChangeEvent event) {
                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                    changed.accept(new Event(event.rootPath(), false));
                } else if (event.path() != null && !(isScratch(event.path()) && !event.isDirectory())) {
                    changed.accept(new Event(event.path(),
                            event.eventType() == DirectoryChangeEvent.EventType.CREATE));
                }
            }

            @Override
            public void onException(Exception e) {
                changed.accept(new Event(root, false));
            }
        };
        DirectoryWatcher.Builder builder = DirectoryWatcher.builder().path(root).listener(listener)
                .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER);
        if (visitor != null) {
            // the settings' folder: hash no file (it may hold a large jar), every event on the settings counts
            builder.fileTreeVisitor(visitor).fileHashing(false);
        }
        DirectoryWatcher watcher = builder.build();
        watchers.add(watcher);
        // its own thread: the library's default, the common pool, has one thread on a two-core machine, and a
        // watcher holds its thread for good
        CompletableFuture<Void> watching = watcher.watchAsync(task -> {
            Thread thread = new Thread(task, "verbatim-serve-watch");
            thread.setDaemon(true);
            thread.start();
        });
        if (watching.isCompletedExceptionally()) {
            try {
                watching.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
            }
        }
    }

    /**
     * Visits a folder and its files but no folder below it: the settings' folder may hold the whole project (and
     * the output). Folders created in it later are not visited at all.
     */
    private static void shallow(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        onDirectory.call(start);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(start, Files::isRegularFile)) {
            for (Path file : files) {
                onFile.call(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (DirectoryWatcher watcher : watchers) {
            try {
                watcher.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
