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

/**
 * The sitemap's list of pages, read from the head of each page as it is written, so that the sitemap says what
 * the pages say: their {@code hreflang} alternates, their canonical address, their date.
 *
 * <p>A page is left out when it asks not to be indexed ({@code <meta name="robots" content="noindex">}, the 404
 * pages) or when its canonical link names another page (an article page that only shows the original of an
 * untranslated article). Each listed page gets {@code x-default} → the language chooser beside its alternates.
 * Thread-safe: pages are written in parallel; the list comes out sorted by path.
 */
final class SitemapPages {

    private final SiteConfig config;
    private final Map<String, SitemapUrl> byPath = new ConcurrentHashMap<>();
    private final Function<String, SitemapUrl> before;
    private final int entriesBefore;
    private volatile boolean changed;
    /** The address of the language chooser, every listed page's {@code x-default}. */
    private final String xDefault;
    /** The alternates of the last entry made on each thread, shared by the next entry that has the same. */
    private final ThreadLocal<Map<String, String>> lastAlternates = new ThreadLocal<>();

    /** The sitemap's list of a build that made no sitemap before. */
    SitemapPages(SiteConfig config) {
        this(config, path -> null, -1);
    }

    /**
     * The sitemap's list of a build whose previous build's entries are {@code before} (by site path), {@code
     * entries} of them.
     */
    SitemapPages(SiteConfig config, Function<String, SitemapUrl> before, int entries) {
        this.config = config;
        this.before = before;
        this.entriesBefore = entries;
        this.xDefault = address(Urls.root());
    }

    /** True when the list holds the previous build's entries, each as it was: its sitemap is the one to make. */
    boolean unchanged() {
        return !changed && byPath.size() == entriesBefore;
    }

    /** Notes the page at site path {@code path}, whose finished HTML is {@code html}; only its head is read. */
    void add(String path, String html) {
        add(path, entry(path, html));
    }

    /** Notes the page at site path {@code path} with its entry ({@link #entry}); nothing when it is null. */
    void add(String path, SitemapUrl entry) {
        if (entry != null) {
            byPath.put(path, entry);
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

    /** The pages, sorted by path. */
    List<SitemapUrl> urls() {
        List<Map.Entry<String, SitemapUrl>> sorted = new ArrayList<>(byPath.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        List<SitemapUrl> out = new ArrayList<>(sorted.size());
        sorted.forEach(e -> out.add(e.getValue()));
        return out;
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
