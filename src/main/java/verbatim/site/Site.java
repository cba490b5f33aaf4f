package verbatim.site;

import verbatim.site.output.SmallMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;
import verbatim.site.cache.AnalysisCache;
import verbatim.site.cache.Entries;
import verbatim.site.output.Folders;
import verbatim.site.output.Manifest;
import verbatim.site.output.Output;
import verbatim.site.sitemap.SitemapUrl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import verbatim.analysis.Analyzer;
import verbatim.content.Article;
import verbatim.content.ContentFolder;
import verbatim.content.InputErrors;
import verbatim.content.InputException;
import verbatim.content.Invocation;
import verbatim.content.SlugSource;
import verbatim.render.Finish;
import verbatim.render.Markdown;
import verbatim.render.Templates;
import verbatim.site.sitemap.SitemapWriter;
import verbatim.site.spill.Codec;
import verbatim.site.spill.ExternalSort;
import verbatim.site.spill.RecordFile;

/**
 * Builds the site, in steps: load the list of articles → render each article (in parallel) → render the
 * indexes (in parallel) → timeline → search → feeds → open data → sitemap and robots.txt → copy the stylesheet
 * and icon → swap the new output in.
 *
 * <p>The site is written to a temporary folder beside the output and moved into place only when every step
 * succeeded, so a failed build leaves the previous site untouched. A file whose bytes are those the previous site
 * has at its path is not written again but linked to (or copied with its attributes), so it keeps its
 * modification time and a deploy by {@code rsync} sends only what changed. With a {@link Cache}, an article's
 * text that was analysed by an earlier build is not analysed again, and a rebuild redoes only what the changes
 * touch: an article whose files are as the {@link Catalogue} records them is neither read nor rendered, and an index
 * file is made only when the digests of the parts of the articles it shows changed ({@link IndexOutput}). What the
 * build makes of each article is written to files as it is made rather than held: its {@link ArticleOutline outline}
 * (about a tenth of its summary) is sorted into the lists' order in runs of {@link #RECORDS_HELD} spilled to files and
 * merged into a file the index step reads by position ({@link ExternalSort}, {@link RecordFile}; held in memory for
 * a smaller archive), its catalogue entry is appended to a file read back when the catalogue is written, the
 * {@link ArticleSummary summaries} of the articles rendered by the build go to a {@link Spool} (held in memory for the
 * first few hundred articles, written to a file beyond), those of the others are read from the cache when a page that
 * shows them is made, and the search index is written as its documents stream by. The index step refers to an article
 * by its place in the list, so that it holds no outline either.
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

    /**
     * The size in bytes of the catalogue that a previous build of {@code output} left in {@code cacheDir} (its base,
     * which grows with the archive: about 1.1 KB an article), or -1 when there is none: a build is then a rebuild,
     * which reads from the cache what did not change. Example: after {@code build --output site},
     * {@code previousRecords(Path.of(".verbatim"), Path.of("site"))} is at least 0; with {@code .verbatim} deleted,
     * or for another output folder, -1. Reads nothing but the file's size.
     */
    public static long previousRecords(Path cacheDir, Path output) {
        try {
            return java.nio.file.Files.size(Catalogue.location(cacheDir.toAbsolutePath().normalize(), output));
        } catch (IOException e) {
            return -1;
        }
    }

    /** The kind of the cache entries of built articles ({@link BuiltArticle}). */
    private static final String ARTICLE_ENTRIES = "verbatim article cache 1";
    private static final byte[] NO_KEY = new byte[0];

    /**
     * Said once per build when no base URL is set, unless the settings write {@code baseUrl: ""} (relative links
     * chosen, as {@code init} writes them and says once): sitemaps.org requires absolute addresses in
     * {@code <loc>}, so no sitemap is written rather than an invalid one.
     */
    public static final String NO_BASE_URL = "note: baseUrl is not set, so the feeds use relative links and no "
            + "sitemap.xml is written (a sitemap needs absolute addresses); set it in verbatim.yaml "
            + "(baseUrl: https://archive.example.org/) or pass --base-url URL.";
    /** Said when {@code cleanUrls} is set without a base URL: clean URLs wait for one. */
    public static final String CLEAN_URLS_WAIT = "note: cleanUrls applies only with a baseUrl (a site without one may "
            + "be opened from the disk, where a folder is no page), so pages are linked by their index.html.";

    private final SiteConfig config;
    private final Supplier<? extends Analyzer> analyzer;
    private final Cache cache;
    private int heldSummaries = Spool.HELD;
    private int heldRecords = RECORDS_HELD;
    private Warm warm;

    /**
     * Articles whose outlines a build holds in memory: more are sorted in runs of this many spilled to files
     * ({@link ExternalSort}, about 1 KB an outline, so 20 MB a run) and read back from a file by the index step.
     */
    static final int RECORDS_HELD = 20_000;

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
     * This site, holding the summaries of at most {@code summaries} articles in memory during a build and spooling
     * the others to a file ({@link Spool#HELD} unless told), and the outlines of as many (at least one) before they
     * are sorted in runs spilled to files ({@link #RECORDS_HELD} unless told): what the build writes is the same
     * either way.
     */
    Site holding(int summaries) {
        this.heldSummaries = summaries;
        this.heldRecords = Math.max(1, summaries);
        return this;
    }

    /**
     * This site, built with what {@code warm} keeps from the builds before (the manifest and catalogue, the templates,
     * the content listing), and keeping there what this build makes of them; null for nothing kept. The bytes written
     * are the same either way.
     */
    public Site warm(Warm warm) {
        this.warm = warm;
        return this;
    }

    /**
     * Builds the site from {@code content} with the templates of {@code templates} (missing ones come from the
     * jar) into {@code output}.
     *
     * @param drafts true to include articles marked {@code draft: true}
     * @throws InputException for any problem of the input, with the previous output left as it was
     */
    public Report build(Path content, Path templates, Path output, boolean drafts) {
        try {
            return build(content, templates, output, drafts, true);
        } catch (Articles.Missing e) { // an entry the catalogue counts on went missing: start again without it
            return build(content, templates, output, drafts, false);
        }
    }

    private Report build(Path content, Path templates, Path output, boolean drafts, boolean catalogued) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long started = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
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
                locked, catalogued)); // the previous output read while the content is listed
        boolean handed = false;
        try {
            if (analyses == null) {
                analyzerAhead(); // every text is analysed
            }
            ContentFolder.Listing listing = warm == null ? new ContentFolder(content).list() : warm.listing(content);
            if (analyses != null && Catalogue.editedSince(Catalogue.location(analyses.folder(), target),
                    listing.attributes())) {
                analyzerAhead(); // while the previous build's records are read
            }
            millis.put("load", (System.nanoTime() - t0) / 1_000_000);
            long t9 = System.nanoTime();
            Opened opened = opened(opening, target);
            millis.put("open", (System.nanoTime() - t9) / 1_000_000);
            handed = true;
            return build(templates, target, drafts, analyses, opened, millis, t0, started, listing);
        } finally {
            if (!handed) {
                opening.thenAccept(o -> o.out().abort()).exceptionally(e -> null).join();
            }
            if (analyses != null) {
                analyses.close();
            }
        }
    }

    /**
     * The output being replaced, and, with a cache, the inputs of this build and the catalogue of the build that
     * made the output (null when there is none this build can use).
     */
    private record Opened(Output out, Inputs inputs, Catalogue catalogue, Path catalogueFile) {
    }

    private Opened open(Path target, Path templates, boolean drafts, AnalysisCache analyses, boolean catalogued) {
        Output out = Output.open(target, analyses == null ? null : Manifest.location(analyses.folder(), target),
                memo(), warm == null ? null : warm.output());
        try {
            if (analyses == null) {
                return new Opened(out, null, null, null);
            }
            Inputs inputs = Inputs.of(config, templates, drafts, cache.version());
            Path file = Catalogue.location(analyses.folder(), target);
            Catalogue catalogue = null;
            if (catalogued) {
                catalogue = Catalogue.read(file, inputs.key(), out.previousIndexKey(), memo());
            } else {
                Catalogue.delete(file);
            }
            return new Opened(out, inputs, catalogue, file);
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
                         Map<String, Long> millis, long t0, long started, ContentFolder.Listing listing) {
        Output out = opened.out();
        Inputs inputs = opened.inputs();
        Entries built = analyses == null ? null : new Entries(analyses.folder().resolve("articles"), ARTICLE_ENTRIES);
        Templates tpl = warm == null ? new Templates(templates) : warm.templates(templates);
        Path spills = analyses == null ? Path.of(System.getProperty("java.io.tmpdir")) : analyses.folder();
        SitemapPages listed = new SitemapPages(config, path -> {
            Manifest.File f = out.previous(path);
            return f == null ? null : f.sitemap();
        }, out.previousSitemapEntries(), spills, heldRecords);
        ArticlePages.PageWriter articlePages = (path, html) -> {
            String page = Finish.page(html);
            SitemapUrl url = listed.entry(path, page);
            listed.add(path, url);
            return out.write(path, page.getBytes(StandardCharsets.UTF_8), Manifest.PAGE, NO_KEY, url);
        };
        AtomicInteger analysed = new AtomicInteger();
        Function<ArticleText, Analysis> analyze = text -> {
            analysed.incrementAndGet();
            return analyzer.get().analyze(text);
        };
        try (listed; Spool spool = new Spool(spills, heldSummaries);
             ExternalSort<Built> sorting = new ExternalSort<>(spills, BUILT, BY_OUTLINE, heldRecords);
             RecordFile<Built> outlines = new RecordFile<>(spills, BUILT);
             RecordFile<Catalogue.Entry> entries = new RecordFile<>(spills, Catalogue.spilled(opened.catalogue()));
             ExternalSort<Claim> claims = new ExternalSort<>(spills, Claim.CODEC, Claim.BY_SLUG, heldRecords)) {
            long t1 = System.nanoTime();
            List<String> warnings = new ArrayList<>(listing.warnings());
            Search search = new Search(config);
            Step step = renderArticles(listing, tpl, articlePages, out, listed, spool, drafts, warnings, analyze,
                    analyses, inputs, built, opened.catalogue(), started, sorting, entries, claims)
                    .sorted(sorting, outlines, heldRecords);
            sorting.close(); // its runs deleted
            millis.put("articles", (System.nanoTime() - t1) / 1_000_000);
            if (warm == null) { // a warm listing is kept for the next build, unchanged
                listing.attributes().clear(); // read by the articles step only, and held by the caller to the end:
                listing.slugs().clear(); // 40,000 files' attributes and paths at 20,000 articles
            }
            long t2 = System.nanoTime();
            byte[] indexKey = inputs == null ? NO_KEY : inputs.indexes(step.keys());
            List<String> before = out.previousIndexFiles();
            IndexFiles made = null;
            if (inputs != null && Arrays.equals(indexKey, out.previousIndexKey())
                    && before.stream().allMatch(f -> out.intact(f, null))) {
                before.forEach(f -> out.keep(f, null)); // made from the same articles: every index file is as it was
                millis.put("indexes", (System.nanoTime() - t2) / 1_000_000);
            } else {
                made = new IndexFiles(out, inputs, tpl, listed, opened.catalogue(), built);
                writeIndexes(step, built, spool, search, made, listed, spills, millis);
                for (String name : List.of(Urls.style(), Urls.favicon(), Urls.searchScript())) {
                    byte[] bytes = tpl.staticFile(name);
                    if (bytes != null) {
                        out.write(name, bytes, Manifest.INDEX, NO_KEY, null);
                    }
                }
            }
            int pages = out.pages();
            long t8 = System.nanoTime();
            Catalogue was = opened.catalogue();
            out.commit(indexKey);
            if (analyses != null && (was == null || step.changed() || !Arrays.equals(indexKey, was.indexKey()))) {
                // after the output's manifest, not beside it: each holds a table of its strings while it is written
                Catalogue.write(opened.catalogueFile(), inputs.key(), indexKey, step.entries(),
                        was == null ? null : was.base(), memo());
            }
            if (analyses != null) {
                if (was == null) { // keeping what the builds of other output folders (serve's preview) use
                    Catalogue.keepOthers(opened.catalogueFile(), built::keep, analyses::keep);
                    analyses.prune();
                    built.prune();
                } else { // what the previous build used and this one does not
                    List<String> articles = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (Catalogue.Entry e : was.entries()) {
                        articles.add(e.key());
                        texts.addAll(e.analyses());
                    }
                    built.forget(articles);
                    analyses.forget(texts);
                }
                built.tag();
            }
            millis.put("output", (System.nanoTime() - t8) / 1_000_000);
            millis.put("total", (System.nanoTime() - t0) / 1_000_000);
            return new Report(step.all().size(), pages, millis, warnings.stream().sorted().toList(),
                    notices(), new Reuse(analysed.get(),
                    (analyses == null ? 0 : analyses.hits()) + step.cachedTexts(), out.files(), out.unchanged(),
                    step.rendered(), made == null ? 0 : made.rendered.get()));
        } catch (IOException | UncheckedIOException e) {
            out.abort();
            OutOfMemoryError oom = outOfMemory(e);
            if (oom != null) {
                throw outOfMemory(oom);
            }
            throw new InputException(target, 0, "cannot write the site (" + e + ")", "Check the output folder.");
        } catch (RuntimeException e) {
            out.abort();
            OutOfMemoryError oom = outOfMemory(e);
            throw oom != null ? outOfMemory(oom) : e;
        } catch (OutOfMemoryError e) {
            out.abort();
            throw outOfMemory(e);
        }
    }

    /**
     * Running out of memory, as the user is told it: how much the build could use and how to give it more. Example:
     * {@code the build ran out of memory (Java heap space; the JVM gives it at most 512 MiB), and the site was left as
     * it was. Give it more: JDK_JAVA_OPTIONS=-Xmx2g archive build} ({@link Invocation#withHeap}: {@code java -Xmx2g
     * -jar /…/archive.jar build} when the jar was run by java).
     */
    static InputException outOfMemory(OutOfMemoryError e) {
        long max = Runtime.getRuntime().maxMemory();
        long suggested = Math.max(2L << 30, Long.highestOneBit(Math.max(1, max)) << 1);
        String more = (suggested >> 30) + "g";
        InputException told = new InputException(null, 0, "the build ran out of memory (" + e.getMessage()
                + (max == Long.MAX_VALUE ? "" : "; the JVM gives it at most " + (max >> 20) + " MiB")
                + "), and the site was left as it was", "Give it more: " + Invocation.withHeap(more, "build"));
        told.initCause(e);
        return told;
    }

    /**
     * The index step's files: each kept when the previous build made it from the same key and it is as that build
     * left it, otherwise made and written; pages are finished and listed for the sitemap.
     */
    private static final class IndexFiles implements IndexOutput {
        private final Output out;
        private final Inputs inputs;
        private final Templates tpl;
        private final SitemapPages listed;
        private final Previous previous;
        final AtomicInteger rendered = new AtomicInteger();

        IndexFiles(Output out, Inputs inputs, Templates tpl, SitemapPages listed, Catalogue catalogue, Entries built) {
            this.out = out;
            this.inputs = inputs;
            this.tpl = tpl;
            this.listed = listed;
            this.previous = catalogue == null ? null : new Before(out, catalogue, built);
        }

        private byte[] input(byte[] key) {
            return inputs == null || key == null ? null : inputs.file(key);
        }

        @Override
        public void page(String path, String template, byte[] key, Supplier<Map<String, Object>> context) {
            byte[] input = input(key);
            if (input != null && out.keep(path, input)) {
                listed.add(path, out.previous(path).sitemap());
                return;
            }
            rendered.incrementAndGet();
            String page = Finish.page(tpl.render(template, context.get()));
            SitemapUrl url = listed.entry(path, page);
            listed.add(path, url);
            out.write(path, page.getBytes(StandardCharsets.UTF_8), Manifest.INDEX | Manifest.PAGE,
                    input == null ? NO_KEY : input, url);
        }

        @Override
        public void file(String path, byte[] key, Supplier<byte[]> bytes) {
            byte[] input = input(key);
            if (input != null && out.keep(path, input)) {
                return;
            }
            out.write(path, bytes.get(), Manifest.INDEX, input == null ? NO_KEY : input, null);
        }

        @Override
        public void stream(String path, byte[] key, Output.Body body) {
            byte[] input = input(key);
            if (input != null && out.keep(path, input)) {
                return;
            }
            out.write(path, body, Manifest.INDEX, input == null ? NO_KEY : input, () -> null);
        }

        @Override
        public boolean keep(String path) {
            if (!out.keep(path, null)) {
                return false;
            }
            listed.add(path, out.previous(path).sitemap());
            return true;
        }

        @Override
        public Previous previous() {
            return previous;
        }
    }

    /** The previous build as its catalogue and the output's manifest tell it. */
    private static final class Before implements IndexOutput.Previous {
        private final Output out;
        private final Entries built;
        private final List<ArticleOutline> articles;
        private final Map<String, String> keys = new HashMap<>();
        /** The previous build's index files, grouped by folder on the first {@link #files} asked. */
        private Folders indexFiles;

        Before(Output out, Catalogue catalogue, Entries built) {
            this.out = out;
            this.built = built;
            List<ArticleOutline> all = new ArrayList<>();
            for (Catalogue.Entry e : catalogue.entries()) {
                if (!e.draft()) {
                    all.add(e.outline());
                    keys.put(e.outline().slug(), e.key());
                }
            }
            all.sort(Articles.NEWEST_FIRST);
            this.articles = List.copyOf(all);
        }

        @Override
        public List<ArticleOutline> articles() {
            return articles;
        }

        @Override
        public byte[] file(String path) {
            return out.previousBytes(path);
        }

        @Override
        public Path fileAt(String path) {
            return out.previousFile(path);
        }

        @Override
        public boolean intact(String path) {
            return out.intact(path, null);
        }

        @Override
        public synchronized List<String> files(String folder) {
            if (indexFiles == null) {
                indexFiles = new Folders(out.previousIndexFiles());
            }
            return indexFiles.under(folder);
        }

        @Override
        public BuiltArticle article(String slug) {
            String key = keys.get(slug);
            byte[] bytes = key == null ? null : built.peek(key);
            try {
                return bytes == null ? null : BuiltArticle.decode(bytes);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Writes the files made from every article at once: indexes, timeline, search, feeds, data, sitemap. */
    private void writeIndexes(Step step, Entries built, Spool spool, Search search, IndexOutput files,
                              SitemapPages listed, Path scratch, Map<String, Long> millis) {
        long t2 = System.nanoTime();
        List<Built> all = step.all(); // newest first
        List<ArticleOutline> outlines = new OutlineList(all);
        Function<ArticleOutline, Built> unspooled = a -> new Built(step.unspooled().get(a.slug()), a.slug(), a);
        Articles articles = new Articles(outlines, spool, a -> unspooled.apply(a).read(built,
                BuiltArticle.Part.SUMMARY).summary());
        Function<ArticleOutline, List<BuiltArticle.SearchText>> texts = a -> {
            List<BuiltArticle.SearchText> spooled = spool.texts(a.slug());
            return spooled != null ? spooled : unspooled.apply(a).read(built, BuiltArticle.Part.ALL).search();
        };
        millis.put("summaries", (System.nanoTime() - t2) / 1_000_000);
        Map<String, Long> times = new ConcurrentHashMap<>();
        inParallel(List.of( // each reads the articles only; the sitemap, last, lists the pages they write
                timed("indexes", times, () -> new Indexes(config, files).write(articles)),
                timed("timeline", times, () -> new Timeline(config, files).write(articles)),
                timed("search", times, () -> search.write(articles, texts, files)),
                timed("feeds", times, () -> new Feeds(config).write(articles, files)),
                timed("data", times, () -> new OpenData(config).write(articles, files))));
        for (String s : List.of("indexes", "timeline", "search", "feeds", "data")) {
            millis.put(s, times.get(s));
        }
        long t4 = System.nanoTime();
        // no sitemap without a base URL (its <loc> must be absolute): a previous one, not made again, is deleted
        if (!config.base().isEmpty() && (!listed.unchanged() || !files.keepAll("sitemap", ".xml"))) {
            SitemapWriter.write(listed.urls(), config.base(), SitemapWriter.MAX_URLS, SitemapWriter.MAX_BYTES,
                    scratch, (path, body) -> files.stream(path, null, body::writeTo));
        }
        files.text("robots.txt", Digest.of("robots.txt").bytes(), () -> SitemapWriter.robots(config.base()));
        millis.put("sitemap", (System.nanoTime() - t4) / 1_000_000);
    }

    /** Where the manifest and catalogue are kept in memory between builds, or null. */
    private verbatim.site.output.Ledger.Memo memo() {
        return warm == null ? null : warm.ledgers();
    }

    /** What this build says of its settings: nothing with a base URL, nor of relative links chosen. */
    private List<String> notices() {
        if (!config.base().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!config.relativeChosen()) {
            out.add(NO_BASE_URL);
        }
        if (config.cleanUrls()) {
            out.add(CLEAN_URLS_WAIT);
        }
        return out;
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
     * One article built: its slug, its key in the cache (or null without one) and its outline. When this build
     * rendered it, its summary and search texts are in the build's {@link Spool}; otherwise they are read from the
     * cache when the index step needs them.
     */
    private record Built(String key, String slug, ArticleOutline outline) {
        BuiltArticle read(Entries built, BuiltArticle.Part part) {
            byte[] bytes = key == null ? null : built.read(key);
            try {
                if (bytes != null) {
                    return BuiltArticle.decode(bytes, part);
                }
            } catch (IOException e) {
                // as missing
            }
            throw new Articles.Missing(slug);
        }
    }

    /**
     * The articles of a build (newest first once {@link #sorted}), how many of them were rendered, how many texts they
     * were not read again, the catalogue's entries (one per listing slug), {@code changed} when they are not all those
     * of the previous catalogue, and the cache keys of the articles whose summaries are not in the spool, by slug.
     */
    private record Step(List<Built> all, int rendered, int cachedTexts, List<Catalogue.Entry> entries,
                        boolean changed, Map<String, String> unspooled) {
        /** The key of each article, by slug, in the order of the lists. */
        List<Map.Entry<String, String>> keys() {
            return new java.util.AbstractList<>() {
                @Override
                public Map.Entry<String, String> get(int index) {
                    Built a = all.get(index);
                    return Map.entry(a.slug(), a.key() == null ? "" : a.key());
                }

                @Override
                public int size() {
                    return all.size();
                }
            };
        }

        /**
         * This step with its articles as {@code sorting} gives them, newest first: in memory when they are no more
         * than {@code held}, else read back from {@code file}.
         */
        Step sorted(ExternalSort<Built> sorting, RecordFile<Built> file, int held) {
            java.util.Iterator<Built> in = sorting.sorted();
            List<Built> out = sorting.size() <= held && sorting.spilled() == 0 ? new ArrayList<>() : file;
            in.forEachRemaining(out::add);
            return new Step(out, rendered, cachedTexts, entries, changed, unspooled);
        }
    }

    /**
     * An article's claim to its slug: its listing slug (its files' names), its slug, and the path of its original's
     * file; two claims to one slug are an error.
     */
    private record Claim(String listing, String slug, String original) {
        /** By slug, then listing slug: the first of a slug's claims is the one the others are told against. */
        static final java.util.Comparator<Claim> BY_SLUG = java.util.Comparator.comparing(Claim::slug)
                .thenComparing(Claim::listing);

        static final Codec<Claim> CODEC = new Codec<>() {
            @Override
            public void write(java.io.DataOutput out, Claim c) throws IOException {
                Codec.string(out, c.listing());
                Codec.string(out, c.slug());
                Codec.string(out, c.original());
            }

            @Override
            public Claim read(java.io.DataInput in) throws IOException {
                return new Claim(Codec.string(in), Codec.string(in), Codec.string(in));
            }
        };
    }

    /** The order of the lists ({@link Articles#NEWEST_FIRST}) of the articles built. */
    private static final java.util.Comparator<Built> BY_OUTLINE = (a, b) -> Articles.NEWEST_FIRST.compare(a.outline(),
            b.outline());

    /** How an article built is spilled: its key, its slug and its outline. */
    private static final Codec<Built> BUILT = new Codec<>() {
        @Override
        public void write(java.io.DataOutput out, Built b) throws IOException {
            Codec.string(out, b.key());
            Codec.string(out, b.slug());
            ArticleOutline.CODEC.write(out, b.outline());
        }

        @Override
        public Built read(java.io.DataInput in) throws IOException {
            return new Built(Codec.string(in), Codec.string(in), ArticleOutline.CODEC.read(in));
        }
    };

    /** The outlines of the articles built, in their order, read from them as asked for. */
    private static final class OutlineList extends java.util.AbstractList<ArticleOutline>
            implements java.util.RandomAccess {
        private final List<Built> all;

        OutlineList(List<Built> all) {
            this.all = all;
        }

        @Override
        public ArticleOutline get(int index) {
            return all.get(index).outline();
        }

        @Override
        public int size() {
            return all.size();
        }
    }

    /**
     * Renders every article, going on past a broken one so that every broken file is reported at once (with the
     * problems of the listing, as one {@link InputErrors}); collects the warnings of the files read. An article
     * whose key ({@link Inputs#article}) is the one the catalogue of the previous build records, or has an entry in
     * {@code built}, and whose pages are in the output as that build left them is neither read nor rendered; the
     * catalogue also spares reading its files when they are as listed then.
     */
    private Step renderArticles(ContentFolder.Listing listing, Templates tpl, ArticlePages.PageWriter sink,
                                Output out, SitemapPages listed, Spool spool, boolean drafts,
                                List<String> warnings, Function<ArticleText, Analysis> analyze,
                                AnalysisCache analyses, Inputs inputs, Entries built, Catalogue catalogue,
                                long started, ExternalSort<Built> sorting, List<Catalogue.Entry> entries,
                                ExternalSort<Claim> claimed) {
        ArticlePages articles = new ArticlePages(config, analyze, analyses);
        Map<String, RuntimeException> failures = new ConcurrentSkipListMap<>();
        Queue<Throwable> fatal = new ConcurrentLinkedQueue<>();
        Map<String, String> unspooled = new ConcurrentHashMap<>();
        Queue<String> warned = new ConcurrentLinkedQueue<>();
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger cachedTexts = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        Map<Path, BasicFileAttributes> attributes = listing.attributes();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<String, String> read = new ConcurrentHashMap<>(); // the keys of the articles whose files changed
            Set<String> unread = ConcurrentHashMap.newKeySet(); // and those whose files could not be read
            if (catalogue != null) {
                boolean render = pool.submit(() -> listing.slugs().entrySet().parallelStream().map(e -> {
                    Catalogue.Entry was = catalogue.entry(e.getKey());
                    if (was != null && was.unchanged(e.getValue(), attributes)) {
                        return false;
                    }
                    try {
                        String key = inputs.article(e.getKey(), e.getValue());
                        read.put(e.getKey(), key);
                        return was == null || !was.key().equals(key);
                    } catch (RuntimeException ex) {
                        unread.add(e.getKey()); // told when the article is read
                        return true;
                    }
                }).reduce(false, Boolean::logicalOr)).get();
                if (render) {
                    prepare(tpl); // an article is read again: its analyser and template made meanwhile
                }
            }
            pool.submit(() -> listing.slugs().entrySet().parallelStream().map(e -> {
                if (!fatal.isEmpty()) {
                    return null;
                }
                try {
                    String name = e.getKey();
                    List<Path> files = e.getValue();
                    Catalogue.Entry was = catalogue == null ? null : catalogue.entry(name);
                    boolean same = was != null && !read.containsKey(name) && !unread.contains(name);
                    String key = inputs == null ? null : same ? was.key() : read.containsKey(name) ? read.get(name)
                            : inputs.article(name, files);
                    if (was != null && was.draft() && was.key().equals(key)) {
                        warned.addAll(was.warnings()); // a draft, left out again
                        entries.add(same ? was : Catalogue.Entry.draft(name, stamps(files, attributes, started),
                                key, was.warnings()));
                        if (same) {
                            reused.incrementAndGet();
                        }
                        return null;
                    }
                    if (was != null && !was.draft() && was.key().equals(key) && intact(was.pages(), out)) {
                        keep(was.pages().keySet(), out, listed);
                        was.analyses().forEach(analyses::keep);
                        built.keep(key);
                        warned.addAll(was.warnings());
                        claimed.add(new Claim(name, was.slug(), was.original()));
                        cachedTexts.addAndGet(was.texts());
                        Catalogue.Entry now = same ? was : new Catalogue.Entry(name, stamps(files, attributes,
                                started), key, was.slug(), was.original(), was.texts(), was.warnings(),
                                was.analyses(), was.pages(), was.outline());
                        if (now == was) {
                            reused.incrementAndGet();
                        }
                        entries.add(now);
                        unspooled.put(was.slug(), key);
                        return new Built(key, was.slug(), was.outline());
                    }
                    BuiltArticle kept = key == null ? null : kept(built.read(key), out);
                    if (kept != null) {
                        keep(kept.pages().keySet(), out, listed);
                        kept.analyses().forEach(analyses::keep);
                        warned.addAll(kept.warnings());
                        claimed.add(new Claim(name, kept.slug(), kept.original()));
                        cachedTexts.addAndGet(kept.texts());
                        ArticleOutline outline = ArticleOutline.of(kept.summary(), kept.search());
                        entries.add(entry(name, stamps(files, attributes, started), key, kept, outline));
                        unspooled.put(kept.slug(), key);
                        return new Built(key, kept.slug(), outline);
                    }
                    Article article = ContentFolder.read(files);
                    List<String> told = new ArrayList<>();
                    article.languages().forEach(l -> told.addAll(article.in(l).front().warnings()));
                    if (article.original().front().draft() && !drafts) {
                        warned.addAll(told);
                        if (key != null) { // known as a draft by the next build without being read
                            entries.add(Catalogue.Entry.draft(name, stamps(files, attributes, started), key,
                                    told));
                        }
                        return null;
                    }
                    claimed.add(new Claim(name, article.slug(), article.original().path().toString()));
                    rendered.incrementAndGet();
                    BuiltArticle made = articles.render(article, tpl, sink);
                    warned.addAll(made.warnings()); // the front matters' and the text's (quotation marks)
                    ArticleOutline outline = ArticleOutline.of(made.summary(), made.search());
                    if (key != null) {
                        built.write(key, made.encode());
                        entries.add(entry(name, stamps(files, attributes, started), key, made, outline));
                    }
                    spool.put(made.slug(), made.summary(), made.search());
                    return new Built(key, made.slug(), outline);
                } catch (RuntimeException ex) {
                    failures.put(e.getKey(), ex);
                    return null;
                } catch (Error ex) { // out of memory: no other article is started, and it is told once all stopped
                    fatal.add(ex);
                    return null;
                } finally {
                    if (warm == null) {
                        e.getValue().forEach(attributes::remove); // read: let go (200 bytes a file)
                    }
                }
            }).filter(java.util.Objects::nonNull).forEach(sorting::add)).get();
            if (!fatal.isEmpty()) {
                fatal.addAll(failures.values());
                rethrow(fatal);
            }
            List<InputException> errors = new ArrayList<>(listing.problems());
            TreeMap<String, InputException> twice = new TreeMap<>(); // told in the order of the listing
            Claim first = null;
            for (java.util.Iterator<Claim> it = claimed.sorted(); it.hasNext(); ) { // by slug, then listing
                Claim c = it.next();
                if (first == null || !first.slug().equals(c.slug())) {
                    first = c;
                    continue;
                }
                SlugSource here = SlugSource.of(Path.of(c.original()));
                SlugSource there = SlugSource.of(Path.of(first.original()));
                twice.put(c.listing(), new InputException(here.file(), here.line(), "its slug '" + c.slug()
                        + "' (from " + here.how() + ") is the slug of " + there.at() + " too (from "
                        + there.how() + "), and both would write the same pages",
                        "Give one of them another slug (its file name or 'slug:')."));
            }
            claimed.close();
            errors.addAll(twice.values());
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
            boolean changed = catalogue == null || reused.get() != entries.size()
                    || entries.size() != catalogue.entries().size();
            return new Step(List.of(), rendered.get(), cachedTexts.get(), entries, changed, unspooled);
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
     * Starts making the analyser on a thread of its own, for a build that will likely analyse some text (no cache, or a
     * content file changed since the last build): its lexicons take 0.2–0.3 s to load, which a rebuild after one edit
     * otherwise waits for once it has found the article changed. What fails there fails again where it is used.
     */
    private void analyzerAhead() {
        Thread thread = new Thread(() -> {
            try {
                analyzer.get();
            } catch (RuntimeException e) {
                // told by the article that needs it
            }
        }, "verbatim-analyser");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Makes the analyser and reads the article template on a thread of their own, so that the first article rendered
     * by a rebuild (which waits for them otherwise) finds them ready; what fails there fails again where it is used.
     */
    private void prepare(Templates tpl) {
        Thread thread = new Thread(() -> {
            try {
                analyzer.get();
                tpl.prepare("article.peb");
            } catch (RuntimeException e) {
                // told by the article that needs it
            }
        }, "verbatim-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /** The catalogue's entry of an article built or kept. */
    private static Catalogue.Entry entry(String listed, List<Catalogue.Stamp> files, String key, BuiltArticle a,
                                         ArticleOutline outline) {
        return new Catalogue.Entry(listed, files, key, a.slug(), a.original(), a.texts(), a.warnings(), a.analyses(),
                SmallMap.of(a.pages()), outline);
    }

    private static List<Catalogue.Stamp> stamps(List<Path> files, Map<Path, BasicFileAttributes> attributes,
                                                long started) {
        List<Catalogue.Stamp> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(Catalogue.Stamp.of(f, attributes.get(f), started));
        }
        return out;
    }

    /** True when every page of {@code pages} (site path → file id) is in the output as the previous build left it. */
    private static boolean intact(Map<String, byte[]> pages, Output out) {
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            if (!out.intact(page.getKey(), page.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Keeps an article's pages, which must be {@link #intact}, with their sitemap entries. */
    private static void keep(Iterable<String> pages, Output out, SitemapPages listed) {
        for (String page : pages) {
            out.keep(page, null);
            listed.add(page, out.previous(page).sitemap());
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
            BuiltArticle a = BuiltArticle.decode(entry, BuiltArticle.Part.ALL);
            return intact(a.pages(), out) ? a : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Runs the jobs on every processor and returns when all are done. When one fails, no job starts after it, the
     * others running are let end, and then the failure is thrown: running out of memory before any other (a job that
     * ran out of memory makes others fail in other ways), else the first.
     */
    static void inParallel(List<Runnable> jobs) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try {
            pool.submit(() -> jobs.parallelStream().forEach(job -> {
                if (!failures.isEmpty()) {
                    return;
                }
                try {
                    job.run();
                } catch (RuntimeException | Error e) {
                    failures.add(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            failures.add(e.getCause());
        } finally {
            pool.shutdown();
        }
        rethrow(failures);
    }

    /** Throws the failure that tells most of {@code failures}: running out of memory, else the first; none when empty. */
    static void rethrow(java.util.Collection<Throwable> failures) {
        Throwable first = null;
        for (Throwable t : failures) {
            OutOfMemoryError oom = outOfMemory(t);
            if (oom != null) {
                throw oom;
            }
            first = first == null ? t : first;
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    /** The {@link OutOfMemoryError} that {@code t} is or was caused by, or null. */
    static OutOfMemoryError outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** Deletes a folder and everything in it; nothing when it is null or absent. */
    public static void deleteTree(Path dir) {
        Output.deleteTree(dir);
    }
}
