package verbatim.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import verbatim.site.output.SmallMap;
import verbatim.site.search.SearchIndex;
import verbatim.text.Slug;

/**
 * The search of each language: its page ({@code fr/recherche/}, {@code en/search/}) and its index
 * ({@code search/fr/…}), which holds the people, the articles (title and text) and the quotations (text and
 * speaker) that readers of that language see, people first, then articles and quotations newest first.
 *
 * <p>Articles are added with the words of their text as they are rendered; quotations and people come from the
 * summaries. When the documents are those of the previous build, in the same order (an article's text or a
 * quotation changed, none came or went), the index is patched instead: only the document files that hold a changed
 * document and the word files of the words it gained or lost are made again, the others kept.
 */
final class Search {

    private final SiteConfig config;

    Search(SiteConfig config) {
        this.config = config;
    }

    /** What the search of {@code lang} holds of an article page: its title and text, in the language shown. */
    static BuiltArticle.SearchText text(String lang, String title, String textLang, String lead, List<String> text) {
        return new BuiltArticle.SearchText(lang, title, textLang, lead,
                SearchIndex.words(title, String.join("\n", text)));
    }

    /** The order of an article among the others: newest first, then by slug. */
    record ArticleKey(String value, String slug) {
        static ArticleKey of(LocalDate date, String slug) {
            int day = date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
            String digits = Integer.toString(99_999_999 - day); // as %08d writes it
            return new ArticleKey("00000000".substring(Math.min(8, digits.length())) + digits + "/" + slug, slug);
        }
    }

    /**
     * Writes the index and the search page of every language.
     *
     * @param articles the articles
     * @param texts    what the search holds of an article, one text per site language (read from the build's spool,
     *                 or from the cache for an article this build did not render)
     */
    void write(Articles articles, Function<ArticleOutline, List<BuiltArticle.SearchText>> texts, IndexOutput out) {
        Numbering now = Numbering.of(articles.all());
        Before before = null;
        for (String lang : config.languages()) {
            boolean patched = false;
            if (out.previous() != null) {
                if (before == null) {
                    before = Before.of(out.previous().articles(), articles.all(), now);
                }
                patched = before != null && patch(lang, before, now, articles, texts, out);
            }
            if (!patched) {
                whole(lang, now, articles, texts, out);
            }
            writePage(lang, out);
        }
    }

    /**
     * Makes the whole index of {@code lang}, its documents in the order of their numbers, each written as it comes:
     * the people, the articles (their texts read one at a time), then the quotations.
     */
    private void whole(String lang, Numbering now, Articles articles,
                              Function<ArticleOutline, List<BuiltArticle.SearchText>> texts, IndexOutput out) {
        SearchIndex.Writer index = new SearchIndex.Writer((path, json) -> out.text(folder(lang) + path, null,
                () -> json));
        for (String slug : now.people()) {
            String name = now.names().get(slug);
            index.add(person(lang, slug, name), SearchIndex.words(name));
        }
        for (ArticleOutline a : now.articles()) {
            for (BuiltArticle.SearchText t : texts.apply(a)) {
                if (t.lang().equals(lang)) {
                    index.add(new SearchIndex.Doc("article", t.title(), t.textLang(), link(Urls.article(t.lang(),
                            a.slug())), t.lead(), t.textLang()), t.words());
                }
            }
        }
        for (ArticleOutline outline : now.quoted()) {
            ArticleSummary a = articles.summary(outline);
            for (ArticleSummary.QuoteEntry q : a.quotes()) {
                SearchIndex.Doc doc = quote(lang, a, q);
                index.add(doc, SearchIndex.words(doc.snippet(), q.speaker()));
            }
        }
        index.finish();
    }

    /**
     * The numbers of the documents, the same in every language, without their texts: the documents are numbered in
     * the order of their keys — the people ({@code 0/<slug>}), the articles ({@code 1/<article key>}), then the
     * quotations ({@code 2/<article key>/<00000>}) — so the articles are in the order of their keys, and their
     * quotations in the order of their keys followed by a slash.
     */
    private record Numbering(Map<String, String> names, List<String> people, List<ArticleOutline> articles,
                             List<ArticleOutline> quoted, int[] starts, int size) {

        /**
         * The numbering of the articles {@code all}; its lists of articles read them from {@code all} by place, so
         * that it holds an int and a count per article.
         */
        static Numbering of(List<ArticleOutline> all) {
            Map<String, String> names = Search.names(all);
            String[] keys = new String[all.size()];
            int[] counts = new int[all.size()];
            List<Integer> quotedAt = new ArrayList<>();
            for (int p = 0; p < keys.length; p++) {
                ArticleOutline a = all.get(p);
                keys[p] = ArticleKey.of(a.date(), a.slug()).value();
                counts[p] = a.quotes().size();
                if (counts[p] > 0) {
                    quotedAt.add(p);
                }
            }
            Integer[] byKey = new Integer[keys.length];
            java.util.Arrays.setAll(byKey, p -> p);
            java.util.Arrays.sort(byKey, (x, y) -> keys[x].compareTo(keys[y]));
            Integer[] quotedByKey = quotedAt.toArray(new Integer[0]);
            String[] slashed = new String[keys.length]; // each key and a slash, made once, not at each comparison
            for (int p : quotedAt) {
                slashed[p] = keys[p] + "/";
            }
            java.util.Arrays.sort(quotedByKey, (x, y) -> slashed[x].compareTo(slashed[y]));
            int[] starts = new int[quotedByKey.length + 1];
            for (int i = 0; i < quotedByKey.length; i++) {
                starts[i + 1] = starts[i] + counts[quotedByKey[i]];
            }
            return new Numbering(names, new ArrayList<>(names.keySet()), placed(all, byKey), placed(all, quotedByKey),
                    starts, names.size() + byKey.length + starts[quotedByKey.length]);
        }

        /** The articles of {@code all} at the places {@code at}, in that order, each read when asked for. */
        private static List<ArticleOutline> placed(List<ArticleOutline> all, Integer[] at) {
            int[] places = new int[at.length];
            for (int i = 0; i < at.length; i++) {
                places[i] = at[i];
            }
            return new java.util.AbstractList<>() {
                @Override
                public ArticleOutline get(int index) {
                    return all.get(places[index]);
                }

                @Override
                public int size() {
                    return places.length;
                }
            };
        }

        /** The document numbered {@code n}. */
        DocRef at(int n) {
            if (n < people.size()) {
                String slug = people.get(n);
                return new DocRef(slug, names.get(slug), null, -1);
            }
            int i = n - people.size();
            if (i < articles.size()) {
                return new DocRef(null, null, articles.get(i), -1);
            }
            int q = i - articles.size();
            int k = java.util.Arrays.binarySearch(starts, q);
            k = k >= 0 ? k : -k - 2; // the last article whose quotations start at or before q
            return new DocRef(null, null, quoted.get(k), q - starts[k]);
        }
    }

    /** A document of the index before its text is read: a person ({@code article} null), an article or a quotation. */
    private record DocRef(String person, String name, ArticleOutline article, int quote) {
    }

    /**
     * The previous build's documents when they have the numbers of this build's: the same people (by slug) and the
     * same articles (by slug and date) with as many quotations each; its people's names and articles, by slug.
     */
    private record Before(Map<String, String> names, Map<String, ArticleOutline> articles) {

        /** The previous build's documents, or null when they do not have the numbers of {@code numbering}'s. */
        static Before of(List<ArticleOutline> before, List<ArticleOutline> now, Numbering numbering) {
            if (before.size() != now.size()) {
                return null;
            }
            Map<String, ArticleOutline> bySlug = new HashMap<>();
            for (int i = 0; i < now.size(); i++) { // both are newest first
                ArticleOutline a = before.get(i);
                ArticleOutline b = now.get(i);
                if (!a.slug().equals(b.slug()) || !a.date().equals(b.date())
                        || a.quotes().size() != b.quotes().size()) {
                    return null;
                }
                bySlug.put(a.slug(), a);
            }
            Map<String, String> names = Articles.same(before, now, GIVEN_NAMES) ? numbering.names()
                    : Search.names(before);
            return names.keySet().equals(numbering.names().keySet()) ? new Before(names, bySlug) : null;
        }

        /** The document the previous build numbered as {@code now} is numbered now. */
        DocRef was(DocRef now) {
            return now.article() == null ? new DocRef(now.person(), names.get(now.person()), null, -1)
                    : new DocRef(null, null, articles.get(now.article().slug()), now.quote());
        }
    }

    /** The names an article gives, in order: the people's documents come from them alone. */
    private static final Articles.Part GIVEN_NAMES = new Articles.Part() {
        @Override
        public boolean in(ArticleOutline a) {
            return !a.people().isEmpty();
        }

        @Override
        public boolean same(ArticleOutline a, ArticleOutline b) {
            return SmallMap.sameOrder(a.people(), b.people(), false);
        }
    };

    /** The people, by slug, each with the longest name an article gives them. */
    private static Map<String, String> names(List<ArticleOutline> articles) {
        Map<String, String> names = new TreeMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (ArticleOutline a : articles) {
            a.people().keySet().forEach(n -> names.merge(slugs.computeIfAbsent(n, Slug::of), n,
                    (x, y) -> x.length() >= y.length() ? x : y));
        }
        return names;
    }

    /** A document and its words. */
    private record Indexed(SearchIndex.Doc doc, Set<String> words) {
    }

    /**
     * Patches the index of {@code lang} from the previous build's, whose documents are numbered as now: false, with
     * nothing written, when a file or an article of that build is not there as it left it.
     */
    private boolean patch(String lang, Before before, Numbering now, Articles articles,
                          Function<ArticleOutline, List<BuiltArticle.SearchText>> texts, IndexOutput out) {
        IndexOutput.Previous previous = out.previous();
        Set<String> files = new HashSet<>(previous.files(folder(lang)));
        for (String f : files) {
            if (!previous.intact(f)) {
                return false;
            }
        }
        List<Integer> changed = new ArrayList<>();
        if (before.names() != now.names()) {
            for (int i = 0; i < now.people().size(); i++) {
                String slug = now.people().get(i);
                if (!now.names().get(slug).equals(before.names().get(slug))) {
                    changed.add(i);
                }
            }
        }
        for (int i = 0; i < now.articles().size(); i++) {
            byte[] a = before.articles().get(now.articles().get(i).slug()).digests().search().get(lang);
            byte[] b = now.articles().get(i).digests().search().get(lang);
            if (a == null || b == null || !Arrays.equals(a, b)) {
                changed.add(now.people().size() + i);
            }
        }
        for (int i = 0; i < now.quoted().size(); i++) {
            ArticleOutline was = before.articles().get(now.quoted().get(i).slug());
            if (!Arrays.equals(was.digests().quotes(), now.quoted().get(i).digests().quotes())) {
                for (int q = now.starts()[i]; q < now.starts()[i + 1]; q++) {
                    changed.add(now.people().size() + now.articles().size() + q);
                }
            }
        }
        Map<String, BuiltArticle> old = new HashMap<>();
        Map<String, Map<String, Set<Integer>>> removed = new TreeMap<>();
        Map<String, Map<String, Set<Integer>>> gained = new TreeMap<>();
        Set<String> documentFiles = new TreeSet<>();
        for (int n : changed) {
            DocRef is = now.at(n);
            Indexed a = indexed(lang, before.was(is), slug -> old.computeIfAbsent(slug, previous::article), null);
            Indexed b = indexed(lang, is, slug -> null, articles);
            if (a == null || b == null) {
                return false;
            }
            if (is.article() != null && is.quote() < 0) {
                BuiltArticle.SearchText t = texts.apply(is.article()).stream().filter(x -> x.lang().equals(lang))
                        .findFirst().orElse(null);
                if (t == null) {
                    return false;
                }
                b = new Indexed(b.doc(), new TreeSet<>(t.words()));
            }
            if (!a.doc().equals(b.doc())) {
                documentFiles.add(SearchIndex.documentPath(n));
            }
            for (String w : a.words()) {
                if (!b.words().contains(w)) {
                    removed.computeIfAbsent(SearchIndex.wordPath(w), k -> new HashMap<>())
                            .computeIfAbsent(w, k -> new HashSet<>()).add(n);
                }
            }
            for (String w : b.words()) {
                if (!a.words().contains(w)) {
                    gained.computeIfAbsent(SearchIndex.wordPath(w), k -> new HashMap<>())
                            .computeIfAbsent(w, k -> new HashSet<>()).add(n);
                }
            }
        }
        Map<String, String> made = new LinkedHashMap<>();
        Set<String> wordFiles = new TreeSet<>(removed.keySet());
        wordFiles.addAll(gained.keySet());
        for (String path : wordFiles) {
            byte[] was = previous.file(folder(lang) + path);
            if (was == null && files.contains(folder(lang) + path)) {
                return false;
            }
            try {
                made.put(path, SearchIndex.patch(was == null ? null : new String(was, StandardCharsets.UTF_8),
                        removed.getOrDefault(path, Map.of()), gained.getOrDefault(path, Map.of())));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        for (String path : documentFiles) {
            int first = Integer.parseInt(path.substring(2, path.length() - ".json".length()))
                    * SearchIndex.DOCS_PER_FILE;
            List<SearchIndex.Doc> shown = new ArrayList<>();
            for (int n = first; n < Math.min(now.size(), first + SearchIndex.DOCS_PER_FILE); n++) {
                shown.add(indexed(lang, now.at(n), slug -> null, articles).doc());
            }
            made.put(path, SearchIndex.documentFile(shown));
        }
        for (String f : files) {
            if (!made.containsKey(f.substring(folder(lang).length()))) {
                out.keep(f);
            }
        }
        made.forEach((path, json) -> {
            if (json != null) {
                out.text(folder(lang) + path, null, () -> json);
            }
        });
        return true;
    }

    /**
     * The document {@code ref} and its words in {@code lang}: from the summaries of {@code articles}, or, when it is
     * null, from the articles {@code stored} gives (null when it no longer has one: then null).
     */
    private Indexed indexed(String lang, DocRef ref, Function<String, BuiltArticle> stored, Articles articles) {
        if (ref.article() == null) {
            return new Indexed(person(lang, ref.person(), ref.name()), new TreeSet<>(SearchIndex.words(ref.name())));
        }
        BuiltArticle built = articles == null ? stored.apply(ref.article().slug()) : null;
        if (articles == null && (built == null || built.summary() == null)) {
            return null;
        }
        ArticleSummary a = articles == null ? built.summary() : articles.summary(ref.article());
        if (ref.quote() >= 0) {
            ArticleSummary.QuoteEntry q = a.quotes().get(ref.quote());
            SearchIndex.Doc doc = quote(lang, a, q);
            return new Indexed(doc, new TreeSet<>(SearchIndex.words(doc.snippet(), q.speaker())));
        }
        String textLang = a.textLang(lang);
        SearchIndex.Doc doc = new SearchIndex.Doc("article", a.title(lang), textLang, link(Urls.article(lang, a.slug())),
                a.leads().get(textLang), textLang);
        if (articles != null) {
            return new Indexed(doc, Set.of()); // the words of the text now are the caller's
        }
        BuiltArticle.SearchText t = built.search().stream().filter(x -> x.lang().equals(lang)).findFirst()
                .orElse(null);
        return t == null ? null : new Indexed(doc, new TreeSet<>(t.words()));
    }

    private SearchIndex.Doc person(String lang, String slug, String name) {
        return new SearchIndex.Doc("person", name, null, link(Urls.person(lang, slug)), null, null);
    }

    private SearchIndex.Doc quote(String lang, ArticleSummary a, ArticleSummary.QuoteEntry q) {
        String textLang = q.textLang(lang, a.original());
        return new SearchIndex.Doc("quote", q.speaker(), null, link(Urls.article(lang, a.slug())) + "#p" + q.paragraph(),
                Indexes.shown(q.texts().get(textLang)), textLang);
    }

    /** A page's path as a result links it from the site root ({@code fr/articles/a/} with clean URLs). */
    private String link(String path) {
        return config.addresses().form(path);
    }

    private static String folder(String lang) {
        return "search/" + lang + "/";
    }

    private void writePage(String lang, IndexOutput out) {
        String path = Urls.search(lang);
        out.page(path, "search.peb", Digest.of("search").add(lang).bytes(), () -> {
            Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("search"),
                    Page.everyLanguage(config, Urls::search));
            c.put("description", Labels.of(lang).get("search.intro"));
            c.put("script", Urls.href(path, Urls.searchScript()));
            return c;
        });
    }
}
