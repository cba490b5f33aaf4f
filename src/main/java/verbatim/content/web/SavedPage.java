package verbatim.content.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
     * {@code <meta charset>}), else UTF-8 when the bytes are valid UTF-8, else windows-1252, the fallback
     * browsers use for an unlabelled Western page (WHATWG Encoding Standard, "windows-1252" as the default
     * legacy encoding): a Latin-1 page saved without a charset reads « réunion », not « r\uFFFDunion ».
     */
    public static SavedPage parse(byte[] html) {
        String charset = declaresCharset(html) || validUtf8(html) ? null : "windows-1252";
        try {
            return new SavedPage(Jsoup.parse(new ByteArrayInputStream(html), charset, "", Parser.htmlParser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    /** True when a page starts with a byte-order mark or names its charset in its first 4 KiB. */
    private static boolean declaresCharset(byte[] html) {
        if (html.length >= 2 && ((html[0] & 0xFF) == 0xFE && (html[1] & 0xFF) == 0xFF
                || (html[0] & 0xFF) == 0xFF && (html[1] & 0xFF) == 0xFE)
                || html.length >= 3 && (html[0] & 0xFF) == 0xEF && (html[1] & 0xFF) == 0xBB && (html[2] & 0xFF) == 0xBF) {
            return true;
        }
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        return CHARSET.matcher(head).find();
    }

    private static final Pattern CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=", Pattern.CASE_INSENSITIVE);

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
                warnings.add("the page's markup gave " + blocks.size() + " paragraph" + (blocks.size() == 1 ? "" : "s")
                        + ", less than half the text of "
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
