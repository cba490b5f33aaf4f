package verbatim.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The articles of a build as the index step reads them, newest first, then by slug: each one's
 * {@link ArticleOutline outline} at once, its {@link ArticleSummary summary} only when a page that shows it is made —
 * from memory for an article this build rendered, otherwise read from the cache, once. Thread-safe.
 */
final class Articles {

    /** The order of the lists: newest first, then by slug. */
    static final Comparator<ArticleOutline> NEWEST_FIRST = Comparator.comparing(ArticleOutline::date).reversed()
            .thenComparing(ArticleOutline::slug);

    /** A summary the cache was to hold and does not (an entry deleted or damaged during the build). */
    static final class Missing extends RuntimeException {
        Missing(String slug) {
            super("the cache no longer holds the summary of article " + slug);
        }
    }

    private final List<ArticleOutline> all;
    private final Map<String, ArticleSummary> held;
    private final Function<ArticleOutline, ArticleSummary> load;
    private final Map<String, ArticleSummary> loaded = new ConcurrentHashMap<>();

    /**
     * @param all  the outlines, newest first ({@link #NEWEST_FIRST})
     * @param held the summaries in memory, by slug
     * @param load reads the summary of an article not held; throws {@link Missing} when it cannot
     */
    Articles(List<ArticleOutline> all, Map<String, ArticleSummary> held, Function<ArticleOutline, ArticleSummary> load) {
        this.all = List.copyOf(all);
        this.held = held;
        this.load = load;
    }

    /** Articles whose summaries are all in memory ({@code summaries} newest first), outlined without search texts. */
    static Articles of(List<ArticleSummary> summaries) {
        List<ArticleOutline> outlines = new ArrayList<>(summaries.size());
        Map<String, ArticleSummary> held = new ConcurrentHashMap<>();
        for (ArticleSummary s : summaries) {
            outlines.add(ArticleOutline.of(s, List.of()));
            held.put(s.slug(), s);
        }
        return new Articles(outlines, held, a -> {
            throw new Missing(a.slug());
        });
    }

    /** Every article, newest first. */
    List<ArticleOutline> all() {
        return all;
    }

    /** How many articles. */
    int size() {
        return all.size();
    }

    /** The summary of an article. */
    ArticleSummary summary(ArticleOutline a) {
        ArticleSummary s = held.get(a.slug());
        return s != null ? s : loaded.computeIfAbsent(a.slug(), k -> load.apply(a));
    }

    /**
     * True when {@code before} and {@code now} hold the same parts in the same order: the articles whose
     * {@code part} is not null, each part compared by value ({@link Arrays#deepEquals}, so digests by their bytes).
     * The files made from those parts alone are then those the previous build made.
     *
     * <p>Example: with {@code a -> a.quotes().isEmpty() ? null : new Object[] {a.digests().quotes()}}, an edit that
     * changes no quotation of any article leaves the quote index as it was.
     */
    static boolean same(List<ArticleOutline> before, List<ArticleOutline> now, Function<ArticleOutline, Object[]> part) {
        int i = 0;
        int k = 0;
        while (true) {
            Object[] a = null;
            while (i < before.size() && (a = part.apply(before.get(i))) == null) {
                i++;
            }
            Object[] b = null;
            while (k < now.size() && (b = part.apply(now.get(k))) == null) {
                k++;
            }
            if (a == null || b == null) {
                return a == null && b == null;
            }
            if (!Arrays.deepEquals(a, b)) {
                return false;
            }
            i++;
            k++;
        }
    }

    /** The summaries of some articles, in their order. */
    List<ArticleSummary> summaries(List<ArticleOutline> some) {
        List<ArticleSummary> out = new ArrayList<>(some.size());
        for (ArticleOutline a : some) {
            out.add(summary(a));
        }
        return out;
    }
}
