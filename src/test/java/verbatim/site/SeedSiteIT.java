package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;
import verbatim.content.ContentFile;
import verbatim.render.Markdown;
import verbatim.render.Markup;

/** Builds the bundled content (the seed article and its translation) and reads the site as a visitor would. */
class SeedSiteIT {

    @TempDir
    static Path dir;
    static Path site;
    static Map<String, Document> pages = new TreeMap<>();
    static Run run;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        run = Run.of("build", "--content", "content", "--templates", "templates", "--output", site.toString(),
                "--config", Run.noSettings(dir));
        assertEquals(0, run.exit(), run.err());
        pages = Links.pages(site);
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void expectedPagesExist() {
        for (String p : List.of("index.html", "fr/index.html", "en/index.html", "fr/citations/index.html",
                "en/quotes/index.html", "fr/articles/sharma-anthropic/index.html",
                "en/articles/sharma-anthropic/index.html", "fr/personnes/mrinank-sharma/index.html",
                "en/people/mrinank-sharma/index.html", "fr/personnes/index.html", "en/people/index.html")) {
            assertTrue(pages.containsKey(p), p);
        }
        assertTrue(Files.exists(site.resolve("style.css")));
    }

    @Test
    void buildWithoutBaseUrlSaysOnceThatFeedsUseRelativeLinksAndWritesNoSitemap() throws IOException {
        assertEquals(1, run.out().split("baseUrl is not set", -1).length - 1, run.out());
        assertTrue(run.out().contains("no sitemap.xml is written"), run.out());
        assertTrue(run.out().contains("--base-url"), run.out());
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "sitemaps.org requires absolute <loc> addresses");
        assertFalse(Files.readString(site.resolve("robots.txt")).contains("\nSitemap:"));
    }

    @Test
    void everyParagraphOfBothLanguagesIsPresentInOrder() {
        for (String lang : List.of("fr", "en")) {
            ContentFile file = ContentFile.read(Path.of("content/sharma-anthropic." + lang + ".md"));
            for (String pageLang : List.of("fr", "en")) {
                Document page = pages.get(pageLang + "/articles/sharma-anthropic/index.html");
                List<Element> cells = page.select(".row [lang=" + lang + "].cell");
                assertEquals(file.paragraphs().size(), cells.size(), lang + " cells on the " + pageLang + " page");
                for (int i = 0; i < cells.size(); i++) {
                    String expected = norm(Markup.plainText(Markdown.inline(file.paragraphs().get(i).markdown())));
                    String shown = norm(cells.get(i).select("blockquote").isEmpty() ? cells.get(i).text()
                            : cells.get(i).selectFirst("blockquote").text());
                    assertEquals(expected, shown, lang + " paragraph " + (i + 1) + " on the " + pageLang + " page");
                    assertEquals("p" + (i + 1), cells.get(i).parent().id());
                }
            }
        }
    }

    @Test
    void quoteIndexHoldsEveryRequiredSeedQuoteWithItsSpeaker() throws IOException {
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/seed/sharma-anthropic.fr.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        Document index = pages.get("fr/citations/index.html");
        List<String[]> shown = new ArrayList<>();
        for (Element group : index.select("section.speaker")) {
            String speaker = group.selectFirst("h2").text();
            for (Element q : group.select(".quote-pair blockquote[lang=fr]")) {
                shown.add(new String[] {norm(q.text()), speaker});
            }
        }
        for (JsonNode q : gold.get("quotes")) {
            if (q.path("optional").asBoolean()) {
                continue;
            }
            List<String> accepted = new ArrayList<>();
            if (q.get("speaker").isArray()) {
                q.get("speaker").forEach(s -> accepted.add(s.isNull() ? null : s.asText()));
            } else {
                accepted.add(q.get("speaker").isNull() ? null : q.get("speaker").asText());
            }
            String text = norm(q.get("text").asText());
            String[] hit = shown.stream().filter(s -> s[0].equals(text)).findFirst().orElse(null);
            assertNotNull(hit, "quote missing from the index: " + q.get("text").asText());
            shown.remove(hit);
            boolean ok = accepted.stream().anyMatch(a -> a == null ? hit[1].equals("Sans locuteur identifié")
                    : a.equals(hit[1]));
            assertTrue(ok, "speaker of «" + q.get("text").asText() + "»: " + hit[1] + ", gold " + accepted);
        }
    }

    @Test
    void quoteIndexShowsTheTranslationBesideTheOriginal() {
        Document index = pages.get("en/quotes/index.html");
        Element first = index.selectFirst(".quote-pair");
        assertNotNull(first);
        assertEquals("en", first.child(0).attr("lang"));
        assertEquals("fr", first.child(1).attr("lang"));
        assertFalse(index.select(".quote-meta a[href*=#p]").isEmpty());
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = Links.broken(site, pages);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void everyPageAndPassageIsMarkedWithItsLanguage() {
        pages.forEach((path, doc) -> {
            String lang = doc.selectFirst("html").attr("lang");
            assertTrue(lang.equals("fr") || lang.equals("en"), path);
            if (path.contains("/")) {
                assertEquals(path.substring(0, 2), lang, path);
            }
            assertFalse(doc.select("link[rel=alternate][hreflang]").isEmpty(), path + " has no hreflang alternate");
            for (Element e : doc.select("[lang]")) {
                assertTrue(e.attr("lang").matches("fr|en"), path + ": lang=" + e.attr("lang"));
            }
        });
        Document fr = pages.get("fr/articles/sharma-anthropic/index.html");
        assertEquals(14, fr.select("p.cell.side[lang=en], figure.cell.side[lang=en]").size());
    }

    @Test
    void frenchPagesHaveNoEnglishLabelsAndUseFrenchSpacing() {
        Document fr = pages.get("fr/citations/index.html");
        String text = fr.body().text();
        assertFalse(text.contains("Quotes"), "an English label on a French page");
        assertTrue(fr.select("main [lang=fr]").text().contains("\u202F»") || fr.select("main [lang=fr]").html().contains("\u202F"),
                "narrow no-break spaces in French text");
        Document article = pages.get("fr/articles/sharma-anthropic/index.html");
        String p2 = article.getElementById("p2").selectFirst("[lang=fr]").text();
        assertTrue(p2.contains("«\u202F"), p2);
        assertFalse(p2.contains("« "), p2);
    }

    @Test
    void articleMarksQuotesPeopleAndDates() {
        Document fr = pages.get("fr/articles/sharma-anthropic/index.html");
        Element p1 = fr.getElementById("p1").selectFirst("[lang=fr]");
        Element q = p1.selectFirst("q.quote");
        assertNotNull(q);
        assertEquals("le monde est en péril", q.text());
        assertEquals("Mrinank Sharma", q.attr("data-speaker"));
        assertNotNull(p1.selectFirst("a.person[href$=mrinank-sharma/index.html]"));
        assertEquals("2026-02-09", p1.selectFirst("time").attr("datetime"));
        assertNotNull(fr.getElementById("p10").selectFirst("figure.embed figcaption"));
        assertTrue(fr.select(".sources li").size() >= 2);
    }

    @Test
    void nothingIsFetchedFromElsewhere() {
        pages.forEach((path, doc) -> {
            for (Element e : doc.select("script, img, iframe, link[rel=stylesheet], link[rel=preload]")) {
                String src = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(src.startsWith("http") || src.startsWith("//"), path + " fetches " + src);
            }
            for (Element script : doc.select("script:not([type=application/ld+json])")) {
                assertTrue(path.matches("(fr/recherche|en/search)/index.html"), path + " has a script");
                assertEquals("../../search.js", script.attr("src"), path);
            }
        });
    }
}
