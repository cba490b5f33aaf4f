package verbatim.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import verbatim.analysis.RuleAnalyzer;
import verbatim.content.InputException;
import verbatim.content.Invocation;
import verbatim.site.Site;
import verbatim.site.cache.AnalysisCache;

/**
 * A running preview: the site built once, then served at {@link #url()} while the sources are watched; each
 * save (a burst of file events, {@link Debounce debounced}) rebuilds the site through a {@link Rebuild} and
 * reloads the open pages, or, when the build fails, shows its error lines in them over the last good site,
 * which is still served.
 *
 * <p>One thread builds, one build at a time; changes made during a build start the next one. Each outcome is
 * given to the listener, from that thread.
 */
public final class Preview implements Closeable {

    /** How long the sources must be quiet before a build starts: editors save in bursts of a few milliseconds. */
    public static final long QUIET_MILLIS = 30;
    /**
     * How long when every file of the save is there (a file written in place, or a save by rename that is over): the
     * quiet time is for the file an editor renamed away and has not written again yet.
     */
    public static final long SETTLED_MILLIS = 8;
    /** The longest a build waits for files that keep changing. */
    public static final long MAX_WAIT_MILLIS = 1000;

    /**
     * What to preview and where.
     *
     * @param output  the folder the site is built into and served from
     * @param address the address to listen on; port 0 for any free port
     * @param drafts  true to include articles marked {@code draft: true}
     */
    public record Options(Sources sources, Path output, InetSocketAddress address, boolean drafts) {
    }

    /** The preview's own folder in the cache folder, {@code .verbatim/preview}: {@code build}'s output is never it. */
    public static final String FOLDER = "preview";

    private static final String FOLDER_SHOWN = AnalysisCache.FOLDER + "/" + FOLDER + " beside the content folder";

    private final PreviewServer server;
    private final Reloads reloads = new Reloads(System.currentTimeMillis());
    private final BlockingQueue<Watcher.Event> changes = new LinkedBlockingQueue<>();
    private final Consumer<Outcome> outcomes;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ping"));
    private final Object buildLock = new Object();
    private boolean building;
    private volatile Rebuild rebuild;
    private volatile Watcher watcher;
    private volatile Thread builder;

    private Preview(Options options, Consumer<Outcome> outcomes) throws IOException {
        this.outcomes = outcomes;
        this.server = PreviewServer.bind(options.address(), options.output(), reloads, this::awaitBuild);
    }

    /** Starts a preview that builds the whole site each time ({@link FullBuild}). */
    public static Preview start(Options options, Consumer<Outcome> outcomes) throws IOException {
        return start(options, url -> new FullBuild(options.sources(), options.output(), options.drafts(), url,
                RuleAnalyzer.loaded()), outcomes);
    }

    /**
     * Binds the address, builds the site (the outcome goes to the listener; a failed first build still serves
     * what the output folder holds), then serves and watches.
     *
     * @param rebuild  makes the build from the preview's address (such as {@code http://127.0.0.1:1313/}), used
     *                 as the site's base URL
     * @param outcomes told the outcome of every build
     * @throws IOException    when the address cannot be bound or the sources watched
     * @throws InputException when the content folder is missing, the output folder lies in a watched folder
     *                        (each build would start another) or holds a source (it would be served)
     */
    public static Preview start(Options options, Function<String, Rebuild> rebuild, Consumer<Outcome> outcomes)
            throws IOException {
        Path output = options.output().toAbsolutePath().normalize();
        for (Path watched : new Path[] {options.sources().content(), options.sources().templates()}) {
            if (watched != null && output.startsWith(watched.toAbsolutePath().normalize())) {
                throw new InputException(options.output(), 0, "the output folder is inside " + watched
                        + ", which is watched, so each build would start another", "Choose another output folder, "
                        + "or leave --output out: the preview then goes to " + FOLDER_SHOWN + ".");
            }
        }
        for (Path source : new Path[] {options.sources().content(), options.sources().templates(),
                options.sources().config()}) {
            if (source != null && source.toAbsolutePath().normalize().startsWith(output)) {
                throw new InputException(options.output(), 0, "the output folder holds " + source + ", which "
                        + "would be served, and a build replaces the output folder whole", "Choose another output "
                        + "folder, or leave --output out: the preview then goes to " + FOLDER_SHOWN + ".");
            }
        }
        if (!Files.isDirectory(options.sources().content())) {
            throw new InputException(options.sources().content(), 0, "there is no content folder here",
                    "Run " + Invocation.of("serve") + " in the archive's folder, give --content DIR, or make a new "
                    + "archive with " + Invocation.of("init DIR") + ".");
        }
        Preview preview = new Preview(options, outcomes);
        try {
            preview.rebuild = rebuild.apply(preview.url().toString());
            preview.watcher = Watcher.start(options.sources(), preview.changes::add);
            preview.build(Map.of());
            preview.server.start();
            preview.builder = daemon(preview::loop, "build");
            preview.builder.start();
            preview.pings.scheduleAtFixedRate(preview.reloads::ping, 15, 15, TimeUnit.SECONDS);
            return preview;
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    /**
     * The folder a preview of {@code sources} is built into unless told otherwise: {@code preview} in the build's
     * cache folder beside the content ({@code content/} → {@code .verbatim/preview/}). The preview's pages carry its
     * own address as their base URL, so they are kept apart from the site {@code build} writes ({@code site/}),
     * which stays as the last build left it; the two share the cache, whose keys hold the base URL.
     */
    public static Path folder(Sources sources) {
        return AnalysisCache.besideContent(sources.content()).resolve(FOLDER);
    }

    /** The address of the site's root, such as {@code http://127.0.0.1:1313/}. */
    public URI url() {
        return server.url();
    }

    /** Waits until the preview is closed. */
    public void await() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving (ending the pages' event streams), after the build under way if any. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        pings.shutdownNow();
        if (builder != null) {
            synchronized (buildLock) {
                if (!building) {
                    builder.interrupt();
                }
            }
            try {
                builder.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (rebuild != null) {
            rebuild.close();
        }
        reloads.close();
        server.stop();
    }

    /** Gathers the changes of each save and builds once for them, until closed. */
    private void loop() {
        Debounce debounce = new Debounce(TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS),
                TimeUnit.MILLISECONDS.toNanos(SETTLED_MILLIS), TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS));
        Map<Path, Boolean> createdFirst = new HashMap<>(); // whether the first event of a path in the batch created it
        try {
            while (closed.getCount() > 0) {
                boolean settled = settled(debounce.pending());
                long wait = debounce.nanosUntilReady(System.nanoTime(), settled);
                Watcher.Event changed = wait == Long.MAX_VALUE ? changes.take()
                        : changes.poll(wait, TimeUnit.NANOSECONDS);
                if (changed != null) {
                    debounce.add(changed.path(), System.nanoTime());
                    createdFirst.putIfAbsent(changed.path(), changed.created());
                    continue;
                }
                Set<Path> batch = debounce.take(System.nanoTime(), settled(debounce.pending()));
                if (!batch.isEmpty()) {
                    Map<Path, Change> told = new HashMap<>();
                    for (Path p : batch) {
                        told.put(p, Change.of(!Boolean.TRUE.equals(createdFirst.remove(p)), Files.exists(p)));
                    }
                    build(told);
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /**
     * True when every path of a batch is a file that is there and not empty: no save by rename half done (its file
     * renamed away, or made and not yet written), no folder (the watcher lost track), no file deleted, for which the
     * full quiet time is waited.
     */
    private static boolean settled(Set<Path> batch) {
        if (batch.isEmpty()) {
            return false;
        }
        for (Path p : batch) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                if (!attrs.isRegularFile() || attrs.size() == 0) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Builds once, tells the listener (the terminal first), then reloads the pages or shows them the error. */
    private void build(Map<Path, Change> changed) {
        long start = System.nanoTime();
        Outcome outcome;
        synchronized (buildLock) {
            building = true;
        }
        try {
            Site.Report report = rebuild.build(changed.keySet());
            outcome = new Outcome.Built(report, changed, (System.nanoTime() - start) / 1_000_000);
        } catch (InputException e) {
            outcome = new Outcome.Failed(e.lines(), changed, null);
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed(List.of("the build failed unexpectedly: " + e), changed, e);
        } finally {
            synchronized (buildLock) {
                building = false;
                buildLock.notifyAll();
            }
        }
        if (closed.getCount() == 0) {
            return;
        }
        try {
            outcomes.accept(outcome);
        } finally {
            if (outcome instanceof Outcome.Failed failed) {
                reloads.failed(failed.lines());
            } else {
                reloads.reload();
            }
        }
    }

    /** Returns once no build is under way (at most 60 s): the server looks again for a file missing during one. */
    private void awaitBuild() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (buildLock) {
            try {
                while (building && System.nanoTime() < end) {
                    buildLock.wait(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, "verbatim-serve-" + name);
        t.setDaemon(true);
        return t;
    }
}
