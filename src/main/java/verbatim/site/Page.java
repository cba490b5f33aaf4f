package verbatim.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variables every template gets: the page language and its labels, the way back to the root, the
 * navigation, and the same page in the other languages.
 *
 * <p>Example: for {@code fr/citations/index.html}, {@code root} is "../../", {@code t.quotes} is
 * "Citations" and {@code alternates} holds the English page {@code ../../en/quotes/index.html} (with a base URL
 * and clean URLs, {@code https://archive.example.org/en/quotes/}).
 */
final class Page {

    /** A link for a template: text, target, language. */
    record Link(String text, String href, String lang) {
    }

    private Page() {
    }

    /**
     * The common variables.
     *
     * @param path       the page's site path
     * @param lang       its language
     * @param title      its title (without the site name)
     * @param alternates the same page in each site language, by language (this one included)
     */
    static Map<String, Object> context(SiteConfig config, String path, String lang, String title,
                                       Map<String, String> alternates) {
        Map<String, Object> c = new HashMap<>();
        c.put("lang", lang);
        c.put("t", Labels.of(lang));
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (String l : config.languages()) {
            labels.put(l, Labels.of(l));
        }
        c.put("labels", labels);
        c.put("root", Urls.rootOf(path));
        c.put("siteTitle", config.title(lang));
        c.put("title", title);
        c.put("style", Urls.href(path, Urls.style()));
        c.put("favicon", Urls.href(path, Urls.favicon()));
        c.put("baseHref", null);
        c.put("robots", null);
        c.put("notFound", false);
        Addresses links = config.addresses();
        c.put("canonical", config.base().isEmpty() ? null : links.absolute(path));
        List<Link> alts = new ArrayList<>();
        Link other = null;
        for (String l : config.languages()) {
            String target = alternates.get(l);
            if (target == null) {
                continue;
            }
            String href = links.url(path, target);
            alts.add(new Link(Labels.of(l).get("language.name"), href, l));
            if (!l.equals(lang) && other == null) {
                other = new Link(Labels.of(l).get("language.name"), links.href(path, target), l);
            }
        }
        c.put("alternates", alts);
        c.put("description", null);
        c.put("descriptionLang", null);
        c.put("jsonLd", null);
        c.put("ogType", "website");
        c.put("ogLocale", ogLocale(lang));
        List<String> otherLocales = new ArrayList<>();
        for (Link alt : alts) {
            if (!alt.lang().equals(lang)) {
                otherLocales.add(ogLocale(alt.lang()));
            }
        }
        c.put("ogAlternateLocales", otherLocales);
        c.put("other", other);
        c.put("otherIsTranslation", other != null);
        c.put("nav", List.of(
                new Link(Labels.of(lang).get("archive"), links.href(path, Urls.home(lang)), lang),
                new Link(Labels.of(lang).get("quotes"), links.href(path, Urls.quotes(lang)), lang),
                new Link(Labels.of(lang).get("people"), links.href(path, Urls.people(lang)), lang),
                new Link(Labels.of(lang).get("timeline"), links.href(path, Urls.timeline(lang)), lang)));
        c.put("homeHref", links.href(path, Urls.home(lang)));
        c.put("indexHref", null);
        c.put("searchHref", links.href(path, Urls.search(lang)));
        c.put("script", null);
        c.put("feeds", Feeds.announced(path, lang, null, null));
        return c;
    }

    /**
     * The variables of {@code pager.peb} for page {@code n} of {@code pages} at {@code path}: {@code page},
     * {@code pages}, and the links to the previous and next pages, {@code prev} and {@code next} (null at the ends),
     * whose site paths {@code pageAt} gives.
     */
    static Map<String, Object> pager(SiteConfig config, String path, int n, int pages,
                                     java.util.function.IntFunction<String> pageAt) {
        Map<String, Object> c = new HashMap<>();
        c.put("page", n);
        c.put("pages", pages);
        c.put("prev", n > 1 ? config.addresses().href(path, pageAt.apply(n - 1)) : null);
        c.put("next", n < pages ? config.addresses().href(path, pageAt.apply(n + 1)) : null);
        return c;
    }

    /** The alternates of a page that exists in every site language at {@code pathOf(lang)}. */
    static Map<String, String> everyLanguage(SiteConfig config, java.util.function.Function<String, String> pathOf) {
        Map<String, String> out = new HashMap<>();
        for (String l : config.languages()) {
            out.put(l, pathOf.apply(l));
        }
        return out;
    }

    /** The Open Graph locale of a language: fr → fr_FR, en → en_US. */
    static String ogLocale(String lang) {
        return switch (lang) {
            case "fr" -> "fr_FR";
            case "en" -> "en_US";
            default -> lang;
        };
    }

    /** A date as readers of {@code lang} write it: "12 février 2026", "February 12, 2026". */
    static String date(LocalDate date, String lang) {
        return date.format(lang.equals("fr") ? FRENCH_DATE : ENGLISH_DATE);
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu",
            Locale.ENGLISH);
}
