package verbatim.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;
import verbatim.site.cache.AnalysisCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import verbatim.analysis.Analyzer;
import verbatim.content.Article;
import verbatim.content.ContentFolder;
import verbatim.content.InputErrors;
import verbatim.content.InputException;
import verbatim.render.Finish;
import verbatim.render.Markdown;
import verbatim.render.Templates;
import verbatim.site.sitemap.SitemapWriter;

/**
 * Builds the site, in steps: load the list of articles → render each article (in parallel) → render the
 * indexes (in parallel) → timeline → search → feeds → open data → sitemap and robots.txt → copy the stylesheet
 * and icon → swap the new output in.
 *
 * <p>The site is written to a temporary folder beside the output and moved into place only when every step
 * succeeded, so a failed build leaves the previous site untouched. A file whose bytes are those the previous site
 * has at its path is not written again but linked to (or copied with its attributes), so it keeps its
 * modification time and a deploy by {@code rsync} sends only what changed. With a {@link Cache}, an article's
 * text that was analysed by an earlier build is not analysed again. Only a {@link ArticleSummary summary} of each
 * article stays in memory.
 */
public final class Site {

    /**
     * What a build did.
     *
     * @param articles the articles built
     * @param pages    the HTML pages written
     * @param millis   the time of each step, in milliseconds
     * @param warnings problems that did not stop the build (an unknown front-matter key), sorted, each as
     *                 {@code file:line: what}
     * @param notices  what the person building should know, each said once (such as a missing base URL)
     */
    public record Report(int articles, int pages, Map<String, Long> millis, List<String> warnings,
                         List<String> notices, Reuse reuse) {
        public Report {
            warnings = List.copyOf(warnings);
            notices = List.copyOf(notices);
        }

        /** A report of a build that reused nothing. */
        public Report(int articles, int pages, Map<String, Long> millis, List<String> warnings,
                      List<String> notices) {
            this(articles, pages, millis, warnings, notices, new Reuse(0, 0, 0, 0));
        }

        /** A report without warnings or notices. */
        public Report(int articles, int pages, Map<String, Long> millis) {
            this(articles, pages, millis, List.of(), List.of());
        }
    }

    /**
     * What a build took from the one before.
     *
     * @param analysed  texts (one per article and language) analysed
     * @param cached    texts whose analysis came from the cache
     * @param files     files written
     * @param unchanged of those, files whose bytes were those of the previous output, kept as they were (their
     *                  modification time too)
     */
    public record Reuse(int analysed, int cached, int files, int unchanged) {
    }

    /**
     * Where a build keeps its analyses between builds.
     *
     * @param dir     the cache folder (such as {@code .verbatim} in the project folder)
     * @param version the version of the analyser's rules ({@code RuleAnalyzer.version()}); an analysis made by
     *                other rules is never used
     * @param waiting run when another build holds the cache, before this one waits for it
     */
    public record Cache(Path dir, String version, Runnable waiting) {
    }

    /** Said once per build when no base URL is set. */
    public static final String NO_BASE_URL = "note: baseUrl is not set, so the feeds and the sitemap use relative "
            + "links; set it in verbatim.yaml (baseUrl: https://archive.example.org/) or pass --base-url URL.";

    private final SiteConfig config;
    private final Supplier<? extends Analyzer> analyzer;
    private final Cache cache;

    /** A site whose every article is analysed by {@code analyzer}, without a cache. */
    public Site(SiteConfig config, Analyzer analyzer) {
        this(config, () -> analyzer, null);
    }

    /**
     * A site whose analyses are kept in {@code cache} (or nowhere when it is null); the analyser is made the first
     * time a text is not in the cache, so a build that finds every text there never loads its lexicons.
     */
    public Site(SiteConfig config, Supplier<? extends Analyzer> analyzer, Cache cache) {
        this.config = config;
        this.analyzer = new Supplier<>() {
            private Analyzer made;

            @Override
            public synchronized Analyzer get() {
                if (made == null) {
                    made = analyzer.get();
                }
                return made;
            }
        };
        this.cache = cache;
    }

    /**
     * Builds the site from {@code content} with the templates of {@code templates} (missing ones come from the
     * jar) into {@code output}.
     *
     * @param drafts true to include articles marked {@code draft: true}
     * @throws InputException for any problem of the input, with the previous output left as it was
     */
    public Report build(Path content, Path templates, Path output, boolean drafts) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ContentFolder.Listing listing = new ContentFolder(content).list();
        Map<String, List<Path>> slugs = listing.slugs();
        millis.put("load", (System.nanoTime() - t0) / 1_000_000);
        Path target = output.toAbsolutePath().normalize();
        for (Path kept : new Path[] {content, templates, Path.of(""), cache == null ? null : cache.dir()}) {
            if (kept != null && kept.toAbsolutePath().normalize().startsWith(target)) {
                throw new InputException(output, 0, "the output folder holds " + (kept.toString().isEmpty()
                        ? "the current folder" : kept) + ", and a build replaces the output folder whole",
                        "Choose another output folder, such as --output site.");
            }
        }
        AnalysisCache analyses = null;
        if (cache != null) {
            try {
                analyses = AnalysisCache.open(cache.dir(), cache.version() + "+" + Markdown.version() + "+"
                        + ArticlePages.READING, cache.waiting());
            } catch (UncheckedIOException e) {
                throw new InputException(cache.dir(), 0, "cannot use the analysis cache (" + e.getCause() + ")",
                        "Check that the folder can be written, or build with --no-cache.");
            }
        }
        try {
            return build(content, templates, target, drafts, analyses, millis, t0, slugs, listing);
        } finally {
            if (analyses != null) {
                analyses.close();
            }
        }
    }

    private Report build(Path content, Path templates, Path target, boolean drafts, AnalysisCache analyses,
                         Map<String, Long> millis, long t0, Map<String, List<Path>> slugs,
                         ContentFolder.Listing listing) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".building");
        deleteTree(temp);
        Path previous = Files.isDirectory(target) ? target : null;
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        SitemapPages listed = new SitemapPages(config);
        ArticlePages.PageSink sink = (path, html) -> {
            String page = Finish.page(html);
            listed.add(path, page);
            write(temp, previous, path, page.getBytes(StandardCharsets.UTF_8), written, unchanged);
            pages.incrementAndGet();
        };
        Feeds.FileSink files = (path, text) -> write(temp, previous, path, text.getBytes(StandardCharsets.UTF_8),
                written, unchanged);
        AtomicInteger analysed = new AtomicInteger();
        Function<ArticleText, Analysis> analyze = text -> {
            analysed.incrementAndGet();
            return analyzer.get().analyze(text);
        };
        try {
            Files.createDirectories(temp);
            Templates tpl = new Templates(templates);
            long t1 = System.nanoTime();
            List<String> warnings = new ArrayList<>();
            Search search = new Search(config);
            List<ArticleSummary> summaries = renderArticles(slugs, tpl, sink, drafts, listing.problems(), warnings,
                    search, analyze, analyses);
            millis.put("articles", (System.nanoTime() - t1) / 1_000_000);
            long t2 = System.nanoTime();
            summaries.sort(Comparator.comparing(ArticleSummary::date).reversed().thenComparing(ArticleSummary::slug));
            new Indexes(config, tpl, sink).write(summaries);
            millis.put("indexes", (System.nanoTime() - t2) / 1_000_000);
            long t7 = System.nanoTime();
            new Timeline(config, tpl, sink).write(summaries);
            millis.put("timeline", (System.nanoTime() - t7) / 1_000_000);
            long t6 = System.nanoTime();
            search.write(summaries, tpl, sink, files);
            millis.put("search", (System.nanoTime() - t6) / 1_000_000);
            long t3 = System.nanoTime();
            new Feeds(config).write(summaries, files);
            millis.put("feeds", (System.nanoTime() - t3) / 1_000_000);
            long t5 = System.nanoTime();
            new OpenData(config).write(summaries, files);
            millis.put("data", (System.nanoTime() - t5) / 1_000_000);
            long t4 = System.nanoTime();
            SitemapWriter.files(listed.urls(), config.base(), SitemapWriter.MAX_URLS).forEach(files::file);
            files.file("robots.txt", SitemapWriter.robots(config.base()));
            millis.put("sitemap", (System.nanoTime() - t4) / 1_000_000);
            for (String name : List.of(Urls.style(), Urls.favicon(), Urls.searchScript())) {
                byte[] bytes = tpl.staticFile(name);
                if (bytes != null) {
                    write(temp, previous, name, bytes, written, unchanged);
                }
            }
            swap(temp, target);
            if (analyses != null) {
                analyses.prune();
            }
            millis.put("total", (System.nanoTime() - t0) / 1_000_000);
            return new Report(summaries.size(), pages.get(), millis, warnings.stream().sorted().toList(),
                    config.base().isEmpty() ? List.of(NO_BASE_URL) : List.of(), new Reuse(analysed.get(),
                    analyses == null ? 0 : analyses.hits(), written.get(), unchanged.get()));
        } catch (IOException e) {
            deleteTree(temp);
            throw new InputException(target, 0, "cannot write the site (" + e + ")", "Check the output folder.");
        } catch (RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    /**
     * Renders every article, going on past a broken one so that every broken file is reported at once (with the
     * problems of the listing, as one {@link InputErrors}); collects the warnings of the files read.
     */
    private List<ArticleSummary> renderArticles(Map<String, List<Path>> slugs, Templates tpl,
                                                ArticlePages.PageSink sink, boolean drafts,
                                                List<InputException> listingProblems, List<String> warnings,
                                                Search search, Function<ArticleText, Analysis> analyze,
                                                AnalysisCache analyses) {
        ArticlePages articles = new ArticlePages(config, analyze, analyses, search);
        Map<String, RuntimeException> failures = new ConcurrentSkipListMap<>();
        Map<String, Map.Entry<String, Path>> claimed = new ConcurrentSkipListMap<>();
        Queue<String> warned = new ConcurrentLinkedQueue<>();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<ArticleSummary> out = pool.submit(() -> slugs.entrySet().parallelStream().map(e -> {
                try {
                    Article article = ContentFolder.read(e.getValue());
                    article.languages().forEach(l -> warned.addAll(article.in(l).front().warnings()));
                    if (article.original().front().draft() && !drafts) {
                        return null;
                    }
                    claimed.put(e.getKey(), Map.entry(article.slug(), article.original().path()));
                    return articles.render(article, tpl, sink);
                } catch (RuntimeException ex) {
                    failures.put(e.getKey(), ex);
                    return null;
                }
            }).filter(java.util.Objects::nonNull).toList()).get();
            List<InputException> errors = new ArrayList<>(listingProblems);
            Map<String, Path> bySlug = new HashMap<>();
            for (Map.Entry<String, Path> slug : claimed.values()) {
                Path other = bySlug.putIfAbsent(slug.getKey(), slug.getValue());
                if (other != null) {
                    errors.add(new InputException(slug.getValue(), 0, "its slug '" + slug.getKey() + "' is the slug "
                            + "of " + other.toString().replace('\\', '/') + " too, and both would write the same "
                            + "pages", "Give one of them another slug (its file name or 'slug:')."));
                }
            }
            for (RuntimeException failure : failures.values()) {
                if (!(failure instanceof InputException input)) {
                    throw failure;
                }
                errors.addAll(input instanceof InputErrors all ? all.errors() : List.of(input));
            }
            if (!errors.isEmpty()) {
                throw InputErrors.of(errors);
            }
            warnings.addAll(warned);
            return new ArrayList<>(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Runs the jobs on every processor and returns when all are done; the first failure is thrown. */
    static void inParallel(List<Runnable> jobs) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> jobs.parallelStream().forEach(Runnable::run)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Writes one file of the site into {@code root}, refusing any path that would leave the output folder. When
     * {@code previous} (the output being replaced, or null) holds the same bytes at that path, its file is linked
     * (or, where links are not supported, copied with its attributes) instead, so that it keeps its modification
     * time.
     */
    private static void write(Path root, Path previous, String path, byte[] bytes, AtomicInteger written,
                              AtomicInteger unchanged) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new InputException(Path.of(path), 0, "this page would be written outside the output folder",
                    "Use a slug of lower-case letters, digits and hyphens.");
        }
        written.incrementAndGet();
        try {
            Files.createDirectories(file.getParent());
            Path old = previous == null ? null : previous.resolve(path).normalize();
            if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                    && Arrays.equals(Files.readAllBytes(old), bytes)) {
                try {
                    Files.createLink(file, old);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
                unchanged.incrementAndGet();
                return;
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the new site in place of the old one. */
    private static void swap(Path built, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".previous");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Deletes a folder and everything in it; nothing when it is null or absent. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
