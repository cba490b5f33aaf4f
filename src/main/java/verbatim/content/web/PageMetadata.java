package verbatim.content.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page says about its article, each field taken from the most trusted place that has it:
 * JSON-LD {@code NewsArticle} (or any {@code *Article} / {@code *Posting}), then Open Graph and
 * {@code article:*} meta tags, then {@code <meta name="author">}, {@code <html lang>} and {@code <title>}.
 *
 * <p>Example: a page whose JSON-LD says {@code "datePublished": "2025-11-04T23:15:00-05:00"} has date
 * 2025-11-04 (the day as published, not moved to UTC), whatever its {@code article:published_time} says.
 *
 * @param title       the headline, or null
 * @param date        the publication day, or null
 * @param author      the author or authors ("A and B" joined by ", "), or null
 * @param lang        the two-letter language code, or null
 * @param url         the canonical address, or null
 * @param publisher   the site or publisher name, or null
 * @param articleBody the plain-text body the JSON-LD carries, or null
 */
public record PageMetadata(String title, LocalDate date, String author, String lang, String url, String publisher,
                           String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** Reads the metadata of a parsed page (before anything is removed from it). */
    public static PageMetadata read(Document doc) {
        Map<String, JsonNode> refs = new LinkedHashMap<>();
        JsonNode article = jsonLdArticle(doc, refs);
        String title = first(text(article, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                pageTitle(doc));
        LocalDate date = firstDay(text(article, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), microdata(doc, "datePublished"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "DC.date.issued"), meta(doc, "pubdate"), meta(doc, "publish-date"),
                meta(doc, "parsely-pub-date"), text(article, "dateCreated"), timeDatetime(doc));
        String author = byless(first(names(article == null ? null : article.get("author"), refs),
                notUrl(meta(doc, "article:author")), notUrl(meta(doc, "og:article:author")), meta(doc, "author"),
                meta(doc, "byl"), meta(doc, "parsely-author"), Byline.author(doc)));
        String lang = twoLetters(first(text(article, "inLanguage"), doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale"), meta(doc, "content-language")));
        String url = first(absolute(doc.selectFirst("link[rel=canonical]") == null ? null
                : doc.selectFirst("link[rel=canonical]").attr("href")), absolute(meta(doc, "og:url")),
                absolute(text(article, "url")), absolute(idOf(article == null ? null : article.get("mainEntityOfPage"))));
        String publisher = first(names(article == null ? null : article.get("publisher"), refs),
                meta(doc, "og:site_name"), meta(doc, "application-name"));
        String body = text(article, "articleBody");
        return new PageMetadata(clean(title), date, clean(author), lang, url, clean(publisher), body);
    }

    /**
     * The JSON-LD object of the article: a type ending in Article or Posting, found at any depth or in
     * {@code @graph}; the objects of a graph are put in {@code refs} by their {@code @id}.
     */
    static JsonNode jsonLdArticle(Document doc, Map<String, JsonNode> refs) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, refs);
            } catch (Exception e) {
                // a broken JSON-LD block is skipped: the page's other metadata still counts
            }
        }
        JsonNode best = null;
        for (JsonNode node : found) {
            if (best == null || node.has("articleBody") && !best.has("articleBody")
                    || rank(node) > rank(best)) {
                best = node;
            }
        }
        return best;
    }

    private static int rank(JsonNode node) {
        Set<String> types = types(node);
        return types.stream().anyMatch(t -> t.endsWith("NewsArticle")) ? 2 : 1;
    }

    private static void collect(JsonNode node, List<JsonNode> found, Map<String, JsonNode> refs) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found, refs));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (types(node).stream().anyMatch(t -> t.endsWith("Article") || t.endsWith("Posting"))) {
            found.add(node);
        }
        if (node.hasNonNull("@id")) {
            refs.putIfAbsent(node.get("@id").asText(), node);
        }
        collect(node.get("@graph"), found, refs);
        collect(node.get("mainEntity"), found, refs);
    }

    private static Set<String> types(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (type != null) {
            out.add(type.asText());
        }
        return out;
    }

    private static String names(JsonNode who, Map<String, JsonNode> refs) {
        if (who == null || who.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode one : who.isArray() ? who : List.of(who)) {
            JsonNode node = one;
            if (node.isObject() && !node.has("name") && node.has("@id")) {
                node = refs.getOrDefault(node.get("@id").asText(), node);
            }
            String name = node.isTextual() ? node.asText() : text(node, "name");
            if (name != null && !URL.matcher(name).matches() && !out.contains(name.strip())) {
                out.add(name.strip());
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String idOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.asText() : text(node, "@id");
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isValueNode() ? value.asText() : null;
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop")) || name.equalsIgnoreCase(m.attr("http-equiv"))) {
                String content = m.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String pageTitle(Document doc) {
        String title = doc.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        // "Headline - Site", "Headline | Site", "Headline – Site": the site's name is not part of the headline
        Matcher m = Pattern.compile("^(.{20,}?)\\s+[|–—-]\\s+[^|–—-]{2,60}$").matcher(title);
        return m.matches() ? m.group(1) : title;
    }

    /**
     * The {@code time} of the article's publication: one marked as such, else the first in an {@code article},
     * else the first of the page; never one marked as the time of a change ({@code itemprop=dateModified}).
     */
    private static String timeDatetime(Document doc) {
        for (String query : List.of("time[itemprop=datePublished][datetime], time[pubdate][datetime]",
                "article time[datetime]", "time[datetime]")) {
            for (Element time : doc.select(query)) {
                if (!time.attr("itemprop").equalsIgnoreCase("dateModified")) {
                    return time.attr("datetime");
                }
            }
        }
        return null;
    }

    /**
     * A schema.org microdata property of the article ({@code <meta itemprop="datePublished" content="…">}), from
     * the first item whose type is an article, else from the first element outside any typed item: the same
     * property of a video or an image in the page is not the article's.
     */
    private static String microdata(Document doc, String property) {
        String loose = null;
        for (Element e : doc.select("[itemprop=" + property + "]")) {
            Element scope = e.parents().stream().filter(p -> p.hasAttr("itemscope")).findFirst().orElse(null);
            String value = first(e.attr("content"), e.attr("datetime"), e.text());
            String type = scope == null ? "" : scope.attr("itemtype");
            if (type.matches("(?i).*(Article|Posting)$")) {
                return value;
            }
            if (loose == null && type.isEmpty()) {
                loose = value;
            }
        }
        return loose;
    }

    /** "By Ana Lima" → "Ana Lima": a credit names its authors without the byline's word. */
    private static String byless(String author) {
        return author == null ? null : author.strip().replaceFirst("(?iu)^(?:by|par)\\s+", "");
    }

    private static LocalDate firstDay(String... values) {
        for (String v : values) {
            if (v == null) {
                continue;
            }
            Matcher m = ISO_DAY.matcher(v.strip());
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    // not a real day: try the next source
                }
            }
        }
        return null;
    }

    private static String twoLetters(String code) {
        if (code == null) {
            return null;
        }
        String two = code.strip().toLowerCase(Locale.ROOT);
        return two.matches("[a-z]{2}([-_].*)?") ? two.substring(0, 2) : null;
    }

    private static String absolute(String url) {
        return url != null && URL.matcher(url.strip()).matches() ? url.strip() : null;
    }

    private static String notUrl(String value) {
        return value != null && !URL.matcher(value).matches() ? value : null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !v.toString().isBlank()) {
                return v;
            }
        }
        return null;
    }
}
