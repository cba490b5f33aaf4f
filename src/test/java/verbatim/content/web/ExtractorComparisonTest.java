package verbatim.content.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Measures our extraction against Readability4J (a port of Mozilla's Readability) on the fixture pages: for
 * each, how many of the expected paragraphs each one keeps (recall) and how many of what it keeps are
 * expected paragraphs (precision). Ours must do at least as well on every page; the figures are printed.
 */
class ExtractorComparisonTest {

    private static final List<String> PAGES = List.of("wordpress-theme", "arc-react", "drupal", "amp", "liveblog",
            "split-by-ads");

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtractorComparisonTest.class.getResourceAsStream("/verbatim/content/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The expected paragraphs: the body of the expected content file, as plain text. */
    private static List<String> expected(String name) throws IOException {
        String md = resource(name + ".expected.md");
        String body = md.substring(md.indexOf("\n---\n", 4) + 5);
        List<String> out = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String text = block.lines().filter(l -> !l.startsWith("> —")).map(l -> l.replaceFirst("^> ", ""))
                    .reduce("", (a, b) -> a + " " + b);
            text = text.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("*", "").strip();
            if (!text.isEmpty()) {
                out.add(Extractor.normal(text));
            }
        }
        return out;
    }

    private static List<String> ours(String html) {
        SavedPage page = SavedPage.parse(html);
        return page.article(page.metadata().lang()).paragraphs().stream().map(b -> Extractor.normal(b.text()))
                .toList();
    }

    private static List<String> readability(String html) {
        Article article = new Readability4J("https://example.org/", html).parse();
        Element content = Jsoup.parse(article.getContent() == null ? "" : article.getContent()).body();
        List<String> out = new ArrayList<>();
        for (Element e : content.select("p, h2, h3, h4, blockquote, li")) {
            if (e.select("p, h2, h3, h4, blockquote, li").size() == 1 || e.children().isEmpty()) {
                String n = Extractor.normal(e.text());
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** {recall, precision} of a list of paragraphs against the expected ones, by exact normalised text. */
    private static double[] score(List<String> got, List<String> want) {
        long found = want.stream().filter(got::contains).count();
        long right = got.stream().filter(want::contains).count();
        return new double[] {(double) found / want.size(), got.isEmpty() ? 0 : (double) right / got.size()};
    }

    @Test
    void ourExtractionKeepsAtLeastAsMuchAndAsLittleAsReadability4jOnEveryFixture() throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %14s %14s%n", "page",
                "ours R/P", "readability R/P"));
        for (String name : PAGES) {
            String html = resource(name + ".html");
            List<String> want = expected(name);
            double[] o = score(ours(html), want);
            double[] r = score(readability(html), want);
            table.append(String.format(Locale.ROOT, "%-16s %6.2f / %4.2f %8.2f / %4.2f%n", name, o[0], o[1], r[0], r[1]));
            assertTrue(o[0] >= r[0] && o[1] >= r[1], name + "\n" + table);
            assertTrue(o[0] == 1.0 && o[1] == 1.0, name + "\n" + table);
        }
        System.out.print(table);
    }
}
