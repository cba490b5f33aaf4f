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
import verbatim.site.cache.Entries;
import verbatim.site.output.Manifest;
import verbatim.site.output.Output;
import verbatim.site.sitemap.SitemapUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
            this(articles, pages, millis, warnings, notices, new Reuse(0, 0, 0, 0, 0, 0));
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
     * @param articles  articles rendered (the others were kept, as their files and the code had not changed)
     * @param pages     pages made from every article (lists, the search page, the timeline) rendered
     */
    public record Reuse(int analysed, int cached, int files, int unchanged, int articles, int pages) {
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

    /** The kind of the cache entries of built articles ({@link BuiltArticle}). */
    private static final String ARTICLE_ENTRIES = "verbatim article cache 1";
    private static final byte[] NO_KEY = new byte[0];

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
        AnalysisCache locked = analyses;
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(() -> open(target, templates, drafts,
                locked)); // the previous output read while the content is listed
        boolean handed = false;
        try {
            ContentFolder.Listing listing = new ContentFolder(content).list();
            Map<String, List<Path>> slugs = listing.slugs();
            millis.put("load", (System.nanoTime() - t0) / 1_000_000);
            long t9 = System.nanoTime();
            Opened opened = opened(opening, target);
            millis.put("open", (System.nanoTime() - t9) / 1_000_000);
            handed = true;
            return build(templates, target, drafts, analyses, opened, millis, t0, slugs, listing);
        } finally {
            if (!handed) {
                opening.thenAccept(o -> o.out().abort()).exceptionally(e -> null).join();
            }
            if (analyses != null) {
                analyses.close();
            }
        }
    }

    /** The output being replaced, and the inputs of this build (null without cache). */
    private record Opened(Output out, Inputs inputs) {
    }

    private Opened open(Path target, Path templates, boolean drafts, AnalysisCache analyses) {
        Output out = Output.open(target, analyses == null ? null : Manifest.location(analyses.folder(), target));
        try {
            return new Opened(out, analyses == null ? null : Inputs.of(config, templates, drafts, cache.version()));
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    private static Opened opened(CompletableFuture<Opened> opening, Path target) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw new InputException(target, 0, "cannot write the site (" + io.getCause() + ")",
                        "Check the output folder.");
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Report build(Path templates, Path target, boolean drafts, AnalysisCache analyses, Opened opened,
                         Map<String, Long> millis, long t0, Map<String, List<Path>> slugs,
                         ContentFolder.Listing listing) {
        Output out = opened.out();
        Inputs inputs = opened.inputs();
        Entries built = analyses == null ? null : new Entries(analyses.folder().resolve("articles"), ARTICLE_ENTRIES);
        Templates tpl = new Templates(templates);
        SitemapPages listed = new SitemapPages(config);
        AtomicInteger rendered = new AtomicInteger();
        ArticlePages.PageWriter articlePages = (path, html) -> {
            String page = Finish.page(html);
            SitemapUrl url = listed.entry(path, page);
            listed.add(path, url);
            return out.write(path, page.getBytes(StandardCharsets.UTF_8), Manifest.PAGE, NO_KEY, url);
        };
        ArticlePages.PageSink indexPages = (path, template, context) -> {
            byte[] input = inputs == null ? null : inputs.page(template, context);
            if (input != null && out.keep(path, input)) {
                listed.add(path, out.previous(path).sitemap());
                return;
            }
            rendered.incrementAndGet();
            String page = Finish.page(tpl.render(template, context));
            SitemapUrl url = listed.entry(path, page);
            listed.add(path, url);
            out.write(path, page.getBytes(StandardCharsets.UTF_8), Manifest.INDEX | Manifest.PAGE,
                    input == null ? NO_KEY : input, url);
        };
        Feeds.FileSink files = (path, text) -> out.write(path, text.getBytes(StandardCharsets.UTF_8), Manifest.INDEX,
                NO_KEY, null);
        AtomicInteger analysed = new AtomicInteger();
        Function<ArticleText, Analysis> analyze = text -> {
            analysed.incrementAndGet();
            return analyzer.get().analyze(text);
        };
        try {
            long t1 = System.nanoTime();
            List<String> warnings = new ArrayList<>();
            Search search = new Search(config);
            Articles articles = renderArticles(slugs, tpl, articlePages, out, listed, search, drafts,
                    listing.problems(),
                    warnings, analyze, analyses, inputs, built);
            millis.put("articles", (System.nanoTime() - t1) / 1_000_000);
            long t2 = System.nanoTime();
            byte[] indexKey = inputs == null ? NO_KEY : inputs.indexes(articles.keys());
            List<String> before = out.previousIndexFiles();
            if (inputs != null && Arrays.equals(indexKey, out.previousIndexKey())
                    && before.stream().allMatch(f -> out.intact(f, null))) {
                before.forEach(f -> out.keep(f, null)); // made from the same articles: every index file is as it was
                millis.put("indexes", (System.nanoTime() - t2) / 1_000_000);
            } else {
                writeIndexes(articles, built, search, indexPages, files, listed, millis);
                for (String name : List.of(Urls.style(), Urls.favicon(), Urls.searchScript())) {
                    byte[] bytes = tpl.staticFile(name);
                    if (bytes != null) {
                        out.write(name, bytes, Manifest.INDEX, NO_KEY, null);
                    }
                }
            }
            int pages = out.pages();
            long t8 = System.nanoTime();
            out.commit(indexKey);
            if (analyses != null) {
                analyses.prune();
                built.prune();
                built.tag();
            }
            millis.put("output", (System.nanoTime() - t8) / 1_000_000);
            millis.put("total", (System.nanoTime() - t0) / 1_000_000);
            return new Report(articles.all().size(), pages, millis, warnings.stream().sorted().toList(),
                    config.base().isEmpty() ? List.of(NO_BASE_URL) : List.of(), new Reuse(analysed.get(),
                    (analyses == null ? 0 : analyses.hits()) + articles.cachedTexts(), out.files(), out.unchanged(),
                    articles.rendered(), rendered.get()));
        } catch (IOException | UncheckedIOException e) {
            out.abort();
            throw new InputException(target, 0, "cannot write the site (" + e + ")", "Check the output folder.");
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /** Writes the pages and files made from every article: indexes, timeline, search, feeds, data, sitemap. */
    private void writeIndexes(Articles articles, Entries built, Search search, ArticlePages.PageSink sink,
                              Feeds.FileSink files, SitemapPages listed, Map<String, Long> millis) throws IOException {
        long t2 = System.nanoTime();
        List<ArticleSummary> summaries = new ArrayList<>(articles.all().size());
        for (Built a : articles.all()) {
            BuiltArticle whole = a.summary() != null ? null : a.read(built);
            ArticleSummary summary = whole == null ? a.summary() : whole.summary();
            if (whole != null) { // an article rendered by this build is in the search already
                Search.ArticleKey key = Search.ArticleKey.of(summary.date(), summary.slug());
                whole.search().forEach(text -> search.addArticle(key, text));
            }
            summaries.add(summary);
        }
        summaries.sort(Comparator.comparing(ArticleSummary::date).reversed().thenComparing(ArticleSummary::slug));
        millis.put("summaries", (System.nanoTime() - t2) / 1_000_000);
        Map<String, Long> times = new ConcurrentHashMap<>();
        inParallel(List.of( // each reads the summaries only; the sitemap, last, lists the pages they write
                timed("indexes", times, () -> new Indexes(config, sink).write(summaries)),
                timed("timeline", times, () -> new Timeline(config, sink).write(summaries)),
                timed("search", times, () -> search.write(summaries, sink, files)),
                timed("feeds", times, () -> new Feeds(config).write(summaries, files)),
                timed("data", times, () -> new OpenData(config).write(summaries, files))));
        for (String step : List.of("indexes", "timeline", "search", "feeds", "data")) {
            millis.put(step, times.get(step));
        }
        long t4 = System.nanoTime();
        SitemapWriter.files(listed.urls(), config.base(), SitemapWriter.MAX_URLS).forEach(files::file);
        files.file("robots.txt", SitemapWriter.robots(config.base()));
        millis.put("sitemap", (System.nanoTime() - t4) / 1_000_000);
    }

    /** The job, which puts its time in milliseconds into {@code times} under {@code step}. */
    private static Runnable timed(String step, Map<String, Long> times, Runnable job) {
        return () -> {
            long t = System.nanoTime();
            job.run();
            times.put(step, (System.nanoTime() - t) / 1_000_000);
        };
    }

    /**
     * One article built: its slug, its key in the cache (or null without one), and, when this build rendered it,
     * its summary (null when it comes from the cache: it is read from there, with the article's search words, only
     * if the indexes are made again).
     */
    private record Built(String key, String slug, ArticleSummary summary) {
        BuiltArticle read(Entries built) throws IOException {
            byte[] bytes = built.read(key);
            if (bytes == null) {
                throw new IOException("the cache entry of article " + slug + " changed during the build");
            }
            return BuiltArticle.decode(bytes);
        }
    }

    /** The articles of a build, how many of them were rendered, and how many texts they were not read again. */
    private record Articles(List<Built> all, int rendered, int cachedTexts) {
        Map<String, String> keys() {
            Map<String, String> out = new HashMap<>();
            all.forEach(a -> out.put(a.slug(), a.key() == null ? "" : a.key()));
            return out;
        }
    }

    /**
     * Renders every article, going on past a broken one so that every broken file is reported at once (with the
     * problems of the listing, as one {@link InputErrors}); collects the warnings of the files read. An article
     * whose key ({@link Inputs#article}) has an entry in {@code built} and whose pages are in the output as that
     * build left them is neither read nor rendered.
     */
    private Articles renderArticles(Map<String, List<Path>> slugs, Templates tpl, ArticlePages.PageWriter sink,
                                    Output out, SitemapPages listed, Search search, boolean drafts,
                                    List<InputException> listingProblems,
                                    List<String> warnings, Function<ArticleText, Analysis> analyze,
                                    AnalysisCache analyses, Inputs inputs, Entries built) {
        ArticlePages articles = new ArticlePages(config, analyze, analyses);
        Map<String, RuntimeException> failures = new ConcurrentSkipListMap<>();
        Map<String, Map.Entry<String, Path>> claimed = new ConcurrentSkipListMap<>();
        Queue<String> warned = new ConcurrentLinkedQueue<>();
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger cachedTexts = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Built> done = pool.submit(() -> slugs.entrySet().parallelStream().map(e -> {
                try {
                    String key = inputs == null ? null : inputs.article(e.getKey(), e.getValue());
                    BuiltArticle kept = key == null ? null : kept(built.read(key), out);
                    if (kept != null) {
                        for (String page : kept.pages().keySet()) {
                            out.keep(page, null);
                            listed.add(page, out.previous(page).sitemap());
                        }
                        kept.analyses().forEach(analyses::keep);
                        warned.addAll(kept.warnings());
                        claimed.put(e.getKey(), Map.entry(kept.slug(), Path.of(kept.original())));
                        cachedTexts.addAndGet(kept.texts());
                        return new Built(key, kept.slug(), null);
                    }
                    Article article = ContentFolder.read(e.getValue());
                    article.languages().forEach(l -> warned.addAll(article.in(l).front().warnings()));
                    if (article.original().front().draft() && !drafts) {
                        return null;
                    }
                    claimed.put(e.getKey(), Map.entry(article.slug(), article.original().path()));
                    rendered.incrementAndGet();
                    BuiltArticle made = articles.render(article, tpl, sink);
                    if (key != null) {
                        built.write(key, made.encode());
                    }
                    Search.ArticleKey order = Search.ArticleKey.of(made.summary().date(), made.slug());
                    made.search().forEach(text -> search.addArticle(order, text));
                    return new Built(key, made.slug(), made.summary());
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
            return new Articles(done, rendered.get(), cachedTexts.get());
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
     * The article a cache entry holds, when its every page is in the output as the build that stored it left it;
     * null otherwise (no entry, a corrupt one, a page changed or missing): the article is then rendered.
     */
    private static BuiltArticle kept(byte[] entry, Output out) {
        if (entry == null) {
            return null;
        }
        try {
            BuiltArticle a = BuiltArticle.decode(entry, BuiltArticle.Part.PAGES);
            for (Map.Entry<String, byte[]> page : a.pages().entrySet()) {
                if (!out.intact(page.getKey(), page.getValue())) {
                    return null;
                }
            }
            return a;
        } catch (IOException e) {
            return null;
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

    /** Deletes a folder and everything in it; nothing when it is null or absent. */
    public static void deleteTree(Path dir) {
        Output.deleteTree(dir);
    }
}
