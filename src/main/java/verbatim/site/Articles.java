package verbatim.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import verbatim.site.output.SmallMap;

/**
 * The articles of a build as the index step reads them, newest first, then by slug: each one's
 * {@link ArticleOutline outline} by its place (read from a file for a large archive, so that what places an article on
 * a list refers to it by that place rather than holding its outline), its {@link ArticleSummary summary} only when a
 * page that shows it is made —
 * from the {@link Spool} (in memory for the first few thousand articles, else read back from its file), or from the
 * cache for an article this build did not render, once. Thread-safe.
 */
final class Articles {

    /**
     * The order of the lists: newest first, then by slug. Written out rather than composed of key extractors (fewer
     * calls a comparison): a rebuild of a 10,000-article archive sorts 10,000 outlines twice with it.
     */
    static final Comparator<ArticleOutline> NEWEST_FIRST = (a, b) -> {
        int c = b.date().compareTo(a.date());
        return c != 0 ? c : a.slug().compareTo(b.slug());
    };

    /** A summary the cache was to hold and does not (an entry deleted or damaged during the build). */
    static final class Missing extends RuntimeException {
        Missing(String slug) {
            super("the cache no longer holds the summary of article " + slug);
        }
    }

    private final List<ArticleOutline> all;
    private final Spool spool;
    private final Function<ArticleOutline, ArticleSummary> load;

    /**
     * @param all   the outlines, newest first ({@link #NEWEST_FIRST}), not to be changed (may be read from a file:
     *              each {@code get} may then give a new copy, so the index step refers to an article by its place)
     * @param spool the summaries put there by the articles step; a summary read by {@code load} is put there too
     * @param load  reads the summary of an article not in the spool; throws {@link Missing} when it cannot
     */
    Articles(List<ArticleOutline> all, Spool spool, Function<ArticleOutline, ArticleSummary> load) {
        this.all = all;
        this.spool = spool;
        this.load = load;
    }

    /** Articles whose summaries are all in memory ({@code summaries} newest first), outlined without search texts. */
    static Articles of(List<ArticleSummary> summaries) {
        List<ArticleOutline> outlines = new ArrayList<>(summaries.size());
        Spool held = new Spool(null, Integer.MAX_VALUE);
        for (ArticleSummary s : summaries) {
            outlines.add(ArticleOutline.of(s, List.of()));
            held.put(s.slug(), s, null);
        }
        return new Articles(List.copyOf(outlines), held, a -> {
            throw new Missing(a.slug());
        });
    }

    /** Every article, newest first. */
    List<ArticleOutline> all() {
        return all;
    }

    /** The outline of the article at {@code position} in {@link #all()}. */
    ArticleOutline outline(int position) {
        return all.get(position);
    }

    /** How many articles. */
    int size() {
        return all.size();
    }

    /**
     * The summary of an article: from the spool, else read (and then spooled, so that the next page that shows it
     * reads it from there).
     */
    ArticleSummary summary(ArticleOutline a) {
        ArticleSummary s = spool.summary(a.slug());
        if (s == null) {
            s = load.apply(a);
            spool.put(a.slug(), s, null);
        }
        return s;
    }

    /** A part of an article that a family of index files reads, such as its quotations for the quote index. */
    interface Part {
        /** True when the article has the part: an article without it is on none of the family's files. */
        boolean in(ArticleOutline a);

        /** True when two versions of an article have the same part (digests compared by their bytes). */
        boolean same(ArticleOutline a, ArticleOutline b);
    }

    /** The quotations, with the heading: what the quote index and the people's feeds show of an article. */
    static final Part QUOTED = new Part() {
        @Override
        public boolean in(ArticleOutline a) {
            return !a.quotes().isEmpty();
        }

        @Override
        public boolean same(ArticleOutline a, ArticleOutline b) {
            return Arrays.equals(a.digests().quotes(), b.digests().quotes());
        }
    };

    /**
     * The heading, the quotations and the names given, in order, with the genders told: what the people pages show
     * of an article.
     */
    static final Part NAMED = new Part() {
        @Override
        public boolean in(ArticleOutline a) {
            return !a.people().isEmpty() || a.quotes().stream().anyMatch(ArticleOutline.QuoteMark::person);
        }

        @Override
        public boolean same(ArticleOutline a, ArticleOutline b) {
            return Arrays.equals(a.digests().heading(), b.digests().heading())
                    && Arrays.equals(a.digests().quotes(), b.digests().quotes())
                    && SmallMap.sameOrder(a.people(), b.people(), false) && a.genders().equals(b.genders());
        }
    };

    /** The names given with their counts, and the quotations: what the people's data shows of an article. */
    static final Part COUNTED = new Part() {
        @Override
        public boolean in(ArticleOutline a) {
            return !a.people().isEmpty() || !a.quotes().isEmpty();
        }

        @Override
        public boolean same(ArticleOutline a, ArticleOutline b) {
            return Arrays.equals(a.digests().quotes(), b.digests().quotes())
                    && SmallMap.sameOrder(a.people(), b.people(), true);
        }
    };

    /** The dates of the text read in {@code lang}: what the timeline of {@code lang} shows of an article. */
    static Part dated(String lang) {
        return new Part() {
            @Override
            public boolean in(ArticleOutline a) {
                return a.datesDigest(lang) != null;
            }

            @Override
            public boolean same(ArticleOutline a, ArticleOutline b) {
                return Arrays.equals(a.datesDigest(lang), b.datesDigest(lang));
            }
        };
    }

    /**
     * True when {@code before} and {@code now} hold the same parts in the same order: the articles that have the part,
     * compared one by one. The files made from those parts alone are then those the previous build made.
     *
     * <p>Example: with {@link #QUOTED}, an edit that changes no quotation of any article leaves the quote index as it
     * was.
     */
    static boolean same(List<ArticleOutline> before, List<ArticleOutline> now, Part part) {
        int i = 0;
        int k = 0;
        while (true) {
            while (i < before.size() && !part.in(before.get(i))) {
                i++;
            }
            while (k < now.size() && !part.in(now.get(k))) {
                k++;
            }
            if (i == before.size() || k == now.size()) {
                return i == before.size() && k == now.size();
            }
            if (!part.same(before.get(i), now.get(k))) {
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
