package verbatim.site;

import java.util.Map;

/**
 * Where each page of the site is written, and the relative links between pages.
 *
 * <p>Example: the French article "sharma-anthropic" is {@code fr/articles/sharma-anthropic/index.html}; from
 * there, the English quote index is {@code ../../../en/quotes/index.html}.
 */
public final class Urls {

    private Urls() {
    }

    /** The language chooser at the root. */
    public static String root() {
        return "index.html";
    }

    /** The archive home of a language. */
    public static String home(String lang) {
        return lang + "/index.html";
    }

    /** The archive home's page {@code n} (1-based; page 1 is the home itself). */
    public static String homePage(String lang, int n) {
        return n <= 1 ? home(lang) : lang + "/page/" + n + "/index.html";
    }

    public static String article(String lang, String slug) {
        return lang + "/" + segment(lang, "articles") + "/" + slug + "/index.html";
    }

    public static String quotes(String lang) {
        return lang + "/" + segment(lang, "quotes") + "/index.html";
    }

    /** The quote index's page {@code n} (1-based; page 1 is the index itself). */
    public static String quotesPage(String lang, int n) {
        return n <= 1 ? quotes(lang) : lang + "/" + segment(lang, "quotes") + "/page/" + n + "/index.html";
    }

    public static String people(String lang) {
        return lang + "/" + segment(lang, "people") + "/index.html";
    }

    /** The people list's page {@code n} (1-based; page 1 is the list itself). */
    public static String peoplePage(String lang, int n) {
        return n <= 1 ? people(lang) : lang + "/" + segment(lang, "people") + "/page/" + n + "/index.html";
    }

    public static String person(String lang, String slug) {
        return lang + "/" + segment(lang, "people") + "/" + slug + "/index.html";
    }

    /** The timeline: the list of years. */
    public static String timeline(String lang) {
        return lang + "/" + segment(lang, "timeline") + "/index.html";
    }

    /** The timeline's page of one year (its first, when it has several). */
    public static String timelineYear(String lang, int year) {
        return lang + "/" + segment(lang, "timeline") + "/" + year + "/index.html";
    }

    /** A year's page {@code n} of the timeline (1-based; page 1 is {@link #timelineYear the year's page} itself). */
    public static String timelinePage(String lang, int year, int n) {
        return n <= 1 ? timelineYear(lang, year) : lang + "/" + segment(lang, "timeline") + "/" + year + "/page/" + n
                + "/index.html";
    }

    /** A person's page {@code n} (1-based; page 1 is their page itself). */
    public static String personPage(String lang, String slug, int n) {
        return n <= 1 ? person(lang, slug) : lang + "/" + segment(lang, "people") + "/" + slug + "/page/" + n
                + "/index.html";
    }

    /** The Atom feed of a language's newest articles. */
    public static String feed(String lang) {
        return lang + "/atom.xml";
    }

    /** The Atom feed of a person's newest quotations. */
    public static String personFeed(String lang, String slug) {
        return lang + "/" + segment(lang, "people") + "/" + slug + "/atom.xml";
    }

    /** The stylesheet. */
    public static String style() {
        return "style.css";
    }

    /** The search page of a language. */
    public static String search(String lang) {
        return lang + "/" + segment(lang, "search") + "/index.html";
    }

    /** The script of the search page. */
    public static String searchScript() {
        return "search.js";
    }

    /** The icon of the site, an SVG. */
    public static String favicon() {
        return "favicon.svg";
    }

    /** The page a server shows for an address of nothing: per language, or at the root (lang null). */
    public static String notFound(String lang) {
        return lang == null ? "404.html" : lang + "/404.html";
    }

    /** The link from the page at {@code from} to the page at {@code to}, both site paths. */
    public static String href(String from, String to) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + to;
    }

    /** The prefix that leads from the page at {@code from} back to the site root ("" or "../../"). */
    public static String rootOf(String from) {
        return href(from, "");
    }

    private static String segment(String lang, String key) {
        Map<String, String> labels = Labels.of(lang);
        return labels.getOrDefault("path." + key, key);
    }
}
