package verbatim.site;

import verbatim.site.output.SmallMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import verbatim.render.HeadTags;
import verbatim.site.sitemap.SitemapUrl;
import verbatim.site.spill.Codec;
import verbatim.site.spill.ExternalSort;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;

/**
 * The sitemap's list of pages, read from the head of each page as it is written, so that the sitemap says what
 * the pages say: their {@code hreflang} alternates, their canonical address, their date.
 *
 * <p>A page is left out when it asks not to be indexed ({@code <meta name="robots" content="noindex">}, the 404
 * pages) or when its canonical link names another page (an article page that only shows the original of an
 * untranslated article). Each listed page gets {@code x-default} → the language chooser beside its alternates.
 * Thread-safe: pages are written in parallel; the list comes out sorted by path. In a build that made no sitemap
 * before, with a folder to spill to, the entries are sorted by path in runs spilled to files ({@link ExternalSort})
 * rather than held; without a base URL (no sitemap is written) they are not kept at all.
 */
final class SitemapPages implements AutoCloseable {

    private final SiteConfig config;
    private final Map<String, SitemapUrl> byPath = new ConcurrentHashMap<>();
    /** The entries, by path in runs spilled to files, when there was no sitemap before; null otherwise. */
    private final ExternalSort<Listed> spilled;
    private final Function<String, SitemapUrl> before;
    private final int entriesBefore;
    private volatile boolean changed;
    /** The address of the language chooser, every listed page's {@code x-default}. */
    private final String xDefault;
    /** The alternates of the last entry made on each thread, shared by the next entry that has the same. */
    private final ThreadLocal<Map<String, String>> lastAlternates = new ThreadLocal<>();

    /** The sitemap's list of a build that made no sitemap before. */
    SitemapPages(SiteConfig config) {
        this(config, path -> null, -1, null, 0);
    }

    /** A page's entry, as spilled. */
    private record Listed(String path, SitemapUrl url) {
        static final Codec<Listed> CODEC = new Codec<>() {
            @Override
            public void write(java.io.DataOutput out, Listed l) throws java.io.IOException {
                Codec.string(out, l.path());
                SitemapUrl.CODEC.write(out, l.url());
            }

            @Override
            public Listed read(java.io.DataInput in) throws java.io.IOException {
                return new Listed(Codec.string(in), SitemapUrl.CODEC.read(in));
            }
        };
    }

    /**
     * The sitemap's list of a build whose previous build's entries are {@code before} (by site path), {@code
     * entries} of them (-1 for none); when there are none and {@code spills} is not null, the entries are sorted in
     * runs of {@code held} spilled to files there.
     */
    SitemapPages(SiteConfig config, Function<String, SitemapUrl> before, int entries, Path spills, int held) {
        this.config = config;
        this.before = before;
        this.entriesBefore = entries;
        this.xDefault = address(Urls.root());
        this.spilled = entries < 0 && spills != null
                ? new ExternalSort<>(spills, Listed.CODEC, Comparator.comparing(Listed::path), held) : null;
    }

    /** True when the list holds the previous build's entries, each as it was: its sitemap is the one to make. */
    boolean unchanged() {
        return spilled == null && !changed && byPath.size() == entriesBefore;
    }

    /** Notes the page at site path {@code path}, whose finished HTML is {@code html}; only its head is read. */
    void add(String path, String html) {
        add(path, entry(path, html));
    }

    /** Notes the page at site path {@code path} with its entry ({@link #entry}); nothing when it is null. */
    void add(String path, SitemapUrl entry) {
        if (entry != null && !config.base().isEmpty()) { // no sitemap without: the entry is only the manifest's
            if (spilled != null) {
                spilled.add(new Listed(path, entry));
            } else {
                byPath.put(path, entry);
            }
        }
        if (!changed && !same(entry, before.apply(path))) {
            changed = true;
        }
    }

    /** True when two entries write the same sitemap lines (alternates in the same order). */
    private static boolean same(SitemapUrl a, SitemapUrl b) {
        return a == b || a != null && b != null && a.loc().equals(b.loc())
                && java.util.Objects.equals(a.lastmod(), b.lastmod())
                && new ArrayList<>(a.alternates().entrySet()).equals(new ArrayList<>(b.alternates().entrySet()));
    }

    /**
     * The entry of the page at site path {@code path}, whose finished HTML is {@code html} (only its head is read),
     * or null when the sitemap leaves it out.
     */
    SitemapUrl entry(String path, String html) {
        List<HeadTags.Tag> tags = HeadTags.of(html);
        HeadTags.Tag robots = first(tags, "meta", "name", "robots");
        if (robots != null && robots.attr("content").contains("noindex")) {
            return null;
        }
        HeadTags.Tag canonical = first(tags, "link", "rel", "canonical");
        if (canonical != null && !sitePath(path, canonical.attr("href")).equals(path)) {
            return null;
        }
        Map<String, String> alternates = new LinkedHashMap<>();
        for (HeadTags.Tag alt : tags) {
            if (is(alt, "link", "rel", "alternate") && alt.has("hreflang") && !alt.has("type")) {
                alternates.put(alt.attr("hreflang"), address(sitePath(path, alt.attr("href"))));
            }
        }
        if (!alternates.isEmpty()) {
            alternates.put("x-default", xDefault);
        }
        LocalDate lastmod = null;
        HeadTags.Tag published = first(tags, "meta", "property", "article:published_time");
        if (published != null) {
            try {
                lastmod = LocalDate.parse(published.attr("content"));
            } catch (DateTimeParseException e) {
                lastmod = null;
            }
        }
        String loc = address(path);
        for (String a : alternates.values()) {
            loc = a.equals(loc) ? a : loc; // one string for both (the entries are kept to the build's end)
        }
        Map<String, String> last = lastAlternates.get();
        Map<String, String> shared = alternates.equals(last) ? last : SmallMap.of(alternates); // a page's translations
        lastAlternates.set(shared); // have the same alternates, and are made one after the other on one thread
        return new SitemapUrl(loc, lastmod, shared);
    }

    /** The first tag of that name whose attribute has that value (as a CSS {@code [key=value]} matches it). */
    private static HeadTags.Tag first(List<HeadTags.Tag> tags, String name, String key, String value) {
        for (HeadTags.Tag t : tags) {
            if (is(t, name, key, value)) {
                return t;
            }
        }
        return null;
    }

    private static boolean is(HeadTags.Tag t, String name, String key, String value) {
        return t.name().equals(name) && t.has(key) && t.attr(key).strip().equalsIgnoreCase(value);
    }

    /**
     * The pages, sorted by path (a page noted twice with its last entry), one at a time: spilled entries are read back
     * as they are merged, never held. Once only when spilled.
     */
    Iterator<SitemapUrl> urls() {
        if (spilled != null) {
            Iterator<Listed> sorted = spilled.sorted();
            return new Iterator<>() {
                private Listed next = sorted.hasNext() ? sorted.next() : null;

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public SitemapUrl next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Listed last = next;
                    next = null;
                    while (sorted.hasNext()) {
                        Listed l = sorted.next();
                        if (!l.path().equals(last.path())) {
                            next = l;
                            break;
                        }
                        last = l;
                    }
                    return last.url();
                }
            };
        }
        List<String> paths = new ArrayList<>(byPath.keySet());
        paths.sort(Comparator.naturalOrder());
        Iterator<String> each = paths.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public SitemapUrl next() {
                return byPath.get(each.next());
            }
        };
    }

    /** Deletes the files of the spilled entries. */
    @Override
    public void close() {
        if (spilled != null) {
            spilled.close();
        }
    }

    /** The address of a site path: absolute with a base URL (its folder with clean URLs). */
    private String address(String path) {
        return config.addresses().absolute(path);
    }

    /** The site path a link of the page at {@code from} leads to, whether absolute (base URL) or relative. */
    private String sitePath(String from, String href) {
        return config.addresses().sitePath(from, href);
    }
}
