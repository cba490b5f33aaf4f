package verbatim.site;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import verbatim.site.search.SearchIndex;
import verbatim.text.Slug;

/**
 * The search of each language: its page ({@code fr/recherche/}, {@code en/search/}) and its index
 * ({@code search/fr/…}), which holds the people, the articles (title and text) and the quotations (text and
 * speaker) that readers of that language see, people first, then articles and quotations newest first.
 *
 * <p>Articles are added with the words of their text, kept when they are rendered; quotations and people come
 * from the summaries.
 */
final class Search {

    private final SiteConfig config;
    private final Map<String, SearchIndex> indexes = new LinkedHashMap<>();

    Search(SiteConfig config) {
        this.config = config;
        for (String lang : config.languages()) {
            indexes.put(lang, new SearchIndex());
        }
    }

    /** Adds the article page of {@code text.lang()}: its title and the words of its title and text. */
    void addArticle(ArticleKey key, BuiltArticle.SearchText text) {
        indexes.get(text.lang()).addWords("1/" + key.value(), new SearchIndex.Doc("article", text.title(),
                text.textLang(), Urls.article(text.lang(), key.slug()), text.lead(), text.textLang()), text.words());
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
            return new ArticleKey(String.format(Locale.ROOT, "%08d/%s", 99_999_999 - day, slug), slug);
        }
    }

    /** Adds the quotations and people, then writes the indexes and the search pages. */
    void write(List<ArticleSummary> articles, ArticlePages.PageSink pages,
               Feeds.FileSink files) {
        Map<String, String> names = new TreeMap<>();
        for (ArticleSummary a : articles) {
            a.people().keySet().forEach(n -> names.merge(Slug.of(n), n, (x, y) -> x.length() >= y.length() ? x : y));
        }
        for (String lang : config.languages()) {
            SearchIndex index = indexes.get(lang);
            names.forEach((slug, name) -> index.add("0/" + slug, new SearchIndex.Doc("person", name, null,
                    Urls.person(lang, slug), null, null), name));
            for (ArticleSummary a : articles) {
                String articleKey = ArticleKey.of(a.date(), a.slug()).value();
                for (int i = 0; i < a.quotes().size(); i++) {
                    ArticleSummary.QuoteEntry q = a.quotes().get(i);
                    String textLang = q.textLang(lang, a.original());
                    String text = Indexes.shown(q.texts().get(textLang));
                    index.add("2/" + articleKey + "/" + fiveDigits(i), new SearchIndex.Doc(
                            "quote", q.speaker(), null, Urls.article(lang, a.slug()) + "#p" + q.paragraph(), text,
                            textLang), text, q.speaker());
                }
            }
            index.files().forEach((path, json) -> files.file("search/" + lang + "/" + path, json));
            writePage(lang, pages);
        }
    }

    /** {@code n} (0 to 99,999) in five digits, as {@code %05d} writes it: 42 → "00042". */
    private static String fiveDigits(int n) {
        String digits = Integer.toString(n);
        return digits.length() >= 5 ? digits : "00000".substring(digits.length()) + digits;
    }

    private void writePage(String lang, ArticlePages.PageSink pages) {
        String path = Urls.search(lang);
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("search"),
                Page.everyLanguage(config, Urls::search));
        c.put("description", Labels.of(lang).get("search.intro"));
        c.put("script", Urls.href(path, Urls.searchScript()));
        pages.page(path, "search.peb", c);
    }
}
