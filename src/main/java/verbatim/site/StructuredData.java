package verbatim.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;
import verbatim.render.Json;

/**
 * The schema.org JSON-LD of the pages: a {@code NewsArticle} with each of its quotations as a {@code Quotation}
 * on article pages, a {@code Person} on person pages.
 *
 * <p>Example (shortened): the French page of an article translated into English gives
 * <pre>{"@context":"https://schema.org","@graph":[
 *   {"@type":"NewsArticle","@id":"…/fr/articles/a/index.html#article","headline":"…","datePublished":"2026-01-10",
 *    "inLanguage":"fr","workTranslation":[{"@type":"NewsArticle","@id":"…/en/articles/a/index.html#article",
 *    "inLanguage":"en"}],"citation":[{"@type":"CreativeWork","name":"…","url":"https://…"}],"creditText":"…"},
 *   {"@type":"Quotation","text":"Nous partons.","inLanguage":"fr",
 *    "spokenByCharacter":{"@type":"Person","name":"Jeanne Dupont"},"isPartOf":{"@id":"…#article"},"url":"…#p1"}]}</pre>
 * Addresses are absolute with a base URL, relative to the page otherwise. The text is safe inside
 * {@code <script>}: every {@code <} is written {@code \u003c}.
 */
final class StructuredData {


    /** A quotation of the article as the page shows it. */
    record Said(String text, String speaker, boolean person, int paragraph) {
    }

    private StructuredData() {
    }

    /**
     * The JSON-LD of an article page.
     *
     * @param config       the settings (for the base URL and the site title)
     * @param path         the page's site path
     * @param lang         the language of the text the page shows
     * @param originalLang the article's original language
     * @param languages    the languages the article exists in, the original first
     * @param pathOf       the site path of the article's page in a language
     */
    static String article(SiteConfig config, String path, String lang, String originalLang, List<String> languages,
                          java.util.function.Function<String, String> pathOf, String headline, String date,
                          List<Source> sources, String credit, List<Said> quotes) {
        String self = address(config, path, pathOf.apply(lang));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("@id", self + "#article");
        article.put("url", self);
        article.put("headline", headline);
        article.put("datePublished", date);
        article.put("inLanguage", lang);
        if (!lang.equals(originalLang)) {
            article.put("translationOfWork", work(address(config, path, pathOf.apply(originalLang)), originalLang));
        } else if (languages.size() > 1) {
            List<Object> translations = new ArrayList<>();
            for (String l : languages) {
                if (!l.equals(originalLang)) {
                    translations.add(work(address(config, path, pathOf.apply(l)), l));
                }
            }
            article.put("workTranslation", translations);
        }
        List<Object> citations = new ArrayList<>();
        for (Source s : sources) {
            if (s.url() != null) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("@type", "CreativeWork");
                c.put("name", s.title());
                c.put("url", s.url());
                citations.add(c);
            }
        }
        if (!citations.isEmpty()) {
            article.put("citation", citations);
        }
        if (credit != null) {
            article.put("creditText", credit);
        }
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", config.title(lang));
        article.put("publisher", publisher);
        List<Object> graph = new ArrayList<>();
        graph.add(article);
        for (Said q : quotes) {
            Map<String, Object> quotation = new LinkedHashMap<>();
            quotation.put("@type", "Quotation");
            quotation.put("text", q.text());
            quotation.put("inLanguage", lang);
            if (q.speaker() != null) {
                Map<String, Object> who = new LinkedHashMap<>();
                who.put("@type", q.person() ? "Person" : "Organization");
                who.put("name", q.speaker());
                quotation.put(q.person() ? "spokenByCharacter" : "creator", who);
            }
            quotation.put("isPartOf", Map.of("@id", self + "#article"));
            quotation.put("url", self + "#p" + q.paragraph());
            graph.add(quotation);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return write(root);
    }

    /** The JSON-LD of a person page: the person, and the articles that name them as {@code subjectOf}. */
    static String person(SiteConfig config, String path, String name, List<String> articlePaths,
                         List<String> headlines) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("@id", address(config, path, path) + "#person");
        person.put("name", name);
        person.put("url", address(config, path, path));
        List<Object> subjectOf = new ArrayList<>();
        for (int i = 0; i < articlePaths.size(); i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("@type", "NewsArticle");
            a.put("headline", headlines.get(i));
            a.put("url", address(config, path, articlePaths.get(i)));
            subjectOf.add(a);
        }
        person.put("subjectOf", subjectOf);
        return write(person);
    }

    private static Map<String, Object> work(String url, String lang) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("@type", "NewsArticle");
        w.put("@id", url + "#article");
        w.put("url", url);
        w.put("inLanguage", lang);
        return w;
    }

    /** The address of {@code to} as written on the page at {@code from}. */
    private static String address(SiteConfig config, String from, String to) {
        return config.addresses().url(from, to);
    }

    private static String write(Object value) {
        return Json.write(value).replace("<", "\\u003c");
    }
}
