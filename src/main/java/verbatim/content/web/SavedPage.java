package verbatim.content.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import verbatim.text.ElisionRepair;

/**
 * A news article saved as a web page ("Save page as…", a web-archive export), read with jsoup: its
 * {@link PageMetadata} and its {@link PageArticle}.
 *
 * <p>When the page's JSON-LD carries the article's text ({@code articleBody}), it checks the markup: text
 * of the JSON-LD that no kept paragraph has is a warning, and when the markup gave less than half of it
 * (a page saved before its script filled it in), the paragraphs are taken from the JSON-LD instead.
 */
public final class SavedPage {

    private static final double TOO_LITTLE = 0.5;

    private final Document doc;
    private final PageMetadata metadata;

    private SavedPage(Document doc) {
        this.doc = doc;
        this.metadata = PageMetadata.read(doc);
        if (metadata.url() != null) {
            doc.setBaseUri(metadata.url());
        }
    }

    /**
     * Parses a saved page. The charset is the one the page declares (a byte-order mark or a
     * {@code <meta charset>}), else UTF-8.
     */
    public static SavedPage parse(byte[] html) {
        try {
            return new SavedPage(Jsoup.parse(new ByteArrayInputStream(html), null, "", Parser.htmlParser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    /** Parses a saved page given as text. */
    public static SavedPage parse(String html) {
        return new SavedPage(Jsoup.parse(html));
    }

    /** What the page says about its article. */
    public PageMetadata metadata() {
        return metadata;
    }

    /** The visible text of the page, for guessing its language. */
    public String text() {
        Document copy = doc.clone();
        copy.select("script, style, noscript, template").remove();
        return copy.body() == null ? "" : copy.body().text();
    }

    /**
     * The article, its paragraphs in {@code lang} ("fr" repairs lost apostrophes).
     */
    public PageArticle article(String lang) {
        ElisionRepair repair = "fr".equals(lang) ? ElisionRepair.french() : null;
        Extractor.Extract extract = new Extractor(repair, metadata.title()).extract(doc.clone());
        List<Block> blocks = extract.blocks();
        List<String> warnings = new ArrayList<>();
        String body = metadata.articleBody();
        if (body != null && !body.isBlank()) {
            String kept = Extractor.normal(String.join(" ", blocks.stream().map(Block::text).toList()));
            String json = Extractor.normal(body);
            if (kept.length() < json.length() * TOO_LITTLE) {
                warnings.add("the page's markup gave " + blocks.size() + " paragraphs, less than half the text of "
                        + "its JSON-LD articleBody: the paragraphs come from the JSON-LD (no emphasis nor links)");
                List<PageArticle.Repair> repairs = new ArrayList<>();
                return new PageArticle(metadata, fromJson(body, repair, repairs), extract.dropped(), repairs,
                        warnings);
            }
            for (String piece : body.split("\\R+|\\s{2,}")) {
                String n = Extractor.normal(piece);
                if (n.length() >= 20 && !kept.contains(n)) {
                    warnings.add("in the page's JSON-LD articleBody but in no kept paragraph: "
                            + Dropped.of("", piece).words());
                }
            }
        }
        return new PageArticle(metadata, blocks, extract.dropped(), extract.repairs(), warnings);
    }

    private static List<Block> fromJson(String body, ElisionRepair repair, List<PageArticle.Repair> repairs) {
        List<Block> out = new ArrayList<>();
        for (String piece : body.split("\\R+")) {
            String text = piece.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (repair != null) {
                ElisionRepair.Result r = repair.repair(text);
                for (ElisionRepair.Fix fix : r.fixes()) {
                    repairs.add(new PageArticle.Repair(out.size() + 1, fix.before(), fix.after()));
                }
                text = r.text();
            }
            String md = Extractor.escape(text);
            out.add(new Block(md.matches("^(#|>|[-+] ).*") ? "\\" + md : md, text, false, null));
        }
        return out;
    }
}
