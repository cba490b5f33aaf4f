package verbatim.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import verbatim.content.Source;
import verbatim.render.Json;
import verbatim.text.Slug;

/**
 * The archive as open data: {@code data/quotes.jsonl}, every quotation one JSON object a line (the JSON Lines
 * format of Quotebank-style data sets), and {@code data/people.json}, every person with their pages and counts,
 * each with its JSON Schema (2020-12) beside it.
 *
 * <p>Example line of {@code quotes.jsonl} (shortened):
 * <pre>{"id":"sharma-anthropic/1","text":"le monde est en péril","lang":"fr","speaker":"Mrinank Sharma",
 * "speakerId":"mrinank-sharma","translations":{"en":"the world is in peril."},"article":"sharma-anthropic",
 * "title":{"fr":"…","en":"…"},"date":"2026-02-12","paragraph":1,"urls":{"fr":"…#p1","en":"…#p1"},"sources":[…]}</pre>
 * Addresses are absolute with a base URL, otherwise paths from the site root.
 *
 * <p>The lines of an article follow each other; when some articles' quotations changed, the new file is the previous
 * one with only those articles' lines made again.
 */
final class OpenData {

    /** The quotations, one JSON object a line. */
    static final String QUOTES = "data/quotes.jsonl";
    /** The people, one JSON array. */
    static final String PEOPLE = "data/people.json";
    /** The schemas, copied beside the data. */
    static final List<String> SCHEMAS = List.of("data/quotes.schema.json", "data/people.schema.json");

    private final SiteConfig config;

    OpenData(SiteConfig config) {
        this.config = config;
    }

    /** Writes the data files and their schemas. */
    void write(Articles articles, IndexOutput out) {
        Digest key = Digest.of("quotes.jsonl");
        for (ArticleOutline a : articles.all()) {
            if (!a.quotes().isEmpty()) {
                key.add(a.digests().quotes());
            }
        }
        out.stream(QUOTES, key.bytes(), stream -> quotes(articles, out.previous(), stream));
        IndexOutput.Previous previous = out.previous();
        if (previous == null || !Articles.same(previous.articles(), articles.all(), Articles.COUNTED) || !out.keep(PEOPLE)) {
            out.text(PEOPLE, null, () -> people(articles.all()));
        }
        for (String schema : SCHEMAS) {
            out.text(schema, Digest.of("schema").add(schema).bytes(), () -> resource("verbatim/site/" + schema));
        }
    }

    /** Every quotation, newest article first, in reading order within an article. */
    String quotes(List<ArticleSummary> articles) {
        StringBuilder out = new StringBuilder();
        for (ArticleSummary a : articles) {
            out.append(lines(a));
        }
        return out.toString();
    }

    /**
     * Writes {@link #QUOTES} to {@code out}, one article after the other: the lines of an article whose quotations did
     * not change since the previous build (when there is one and its file is as it left it) are copied from its file,
     * the others made. Nothing but one article's lines is held at a time.
     */
    private void quotes(Articles articles, IndexOutput.Previous previous, OutputStream out) throws IOException {
        Path was = previous == null ? null : previous.fileAt(QUOTES);
        Map<String, Lines> before = was == null ? Map.of() : lines(previous, was);
        try (FileChannel file = before.isEmpty() ? null : FileChannel.open(was, StandardOpenOption.READ)) {
            for (ArticleOutline a : articles.all()) {
                if (a.quotes().isEmpty()) {
                    continue;
                }
                Lines kept = before.get(a.slug());
                if (kept != null && Arrays.equals(kept.digest(), a.digests().quotes())) {
                    ByteBuffer bytes = ByteBuffer.allocate(kept.length());
                    while (bytes.hasRemaining()) {
                        if (file.read(bytes, kept.from() + bytes.position()) < 0) {
                            throw new IOException(was + " is cut short");
                        }
                    }
                    out.write(bytes.array());
                } else {
                    out.write(lines(articles.summary(a)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The lines of one article in a file of {@link #QUOTES}: {@code length} bytes from {@code from}. */
    private record Lines(byte[] digest, long from, int length) {
    }

    /**
     * The lines of each article in the previous build's {@link #QUOTES} (the file {@code file}), by slug: one line per
     * quotation, in the order of that build's articles; none when the file does not hold those lines. The file is read
     * as a stream, once.
     */
    private static Map<String, Lines> lines(IndexOutput.Previous previous, Path file) throws IOException {
        Map<String, Lines> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int filled = 0;
            int next = 0;
            long at = 0; // the file's offset of buffer[next]
            for (ArticleOutline a : previous.articles()) {
                long from = at;
                for (int i = 0; i < a.quotes().size(); i++) {
                    while (true) { // to the end of the line
                        if (next == filled) {
                            filled = in.read(buffer);
                            next = 0;
                            if (filled < 0) {
                                return Map.of();
                            }
                            continue;
                        }
                        at++;
                        if (buffer[next++] == '\n') {
                            break;
                        }
                    }
                }
                if (at > from) {
                    if (at - from > Integer.MAX_VALUE) {
                        return Map.of();
                    }
                    out.put(a.slug(), new Lines(a.digests().quotes(), from, (int) (at - from)));
                }
            }
            return next == filled && in.read() < 0 ? out : Map.of();
        }
    }

    /** The lines of one article's quotations, in reading order, each ending with a line feed. */
    String lines(ArticleSummary a) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.quotes().size(); i++) {
            ArticleSummary.QuoteEntry q = a.quotes().get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", a.slug() + "/" + (i + 1));
            String textLang = q.textLang(a.original(), a.original());
            line.put("text", Indexes.shown(q.texts().get(textLang)));
            line.put("lang", textLang);
            line.put("speaker", q.speaker());
            line.put("speakerId", q.person() ? Slug.of(q.speaker()) : null);
            Map<String, String> translations = new TreeMap<>();
            q.texts().forEach((l, t) -> {
                if (!l.equals(textLang)) {
                    translations.put(l, Indexes.shown(t));
                }
            });
            line.put("translations", translations);
            line.put("article", a.slug());
            line.put("title", new TreeMap<>(a.titles()));
            line.put("date", a.date().toString());
            line.put("paragraph", q.paragraph());
            Map<String, String> urls = new LinkedHashMap<>();
            for (String l : config.languages()) {
                urls.put(l, address(Urls.article(l, a.slug())) + "#p" + q.paragraph());
            }
            line.put("urls", urls);
            line.put("sources", sources(a.sources()));
            out.append(write(line)).append('\n');
        }
        return out.toString();
    }

    /** Every person named, by id (their slug), with their pages, feeds and counts. */
    String people(List<ArticleOutline> articles) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> articleCounts = new TreeMap<>();
        Map<String, Integer> mentionCounts = new TreeMap<>();
        for (ArticleOutline a : articles) {
            a.people().forEach((name, mentions) -> {
                String slug = Slug.of(name);
                names.merge(slug, name, (x, y) -> x.length() >= y.length() ? x : y);
                articleCounts.merge(slug, 1, Integer::sum);
                mentionCounts.merge(slug, mentions, Integer::sum);
            });
        }
        Map<String, List<Indexes.QuoteRef>> quoted = Feeds.quotedPeople(articles);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String slug = e.getKey();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", slug);
            p.put("name", e.getValue());
            p.put("articles", articleCounts.get(slug));
            p.put("mentions", mentionCounts.get(slug));
            p.put("quotes", quoted.getOrDefault(slug, List.of()).size());
            Map<String, String> pages = new LinkedHashMap<>();
            Map<String, String> feeds = new LinkedHashMap<>();
            for (String l : config.languages()) {
                pages.put(l, address(Urls.person(l, slug)));
                if (quoted.containsKey(slug)) {
                    feeds.put(l, address(Urls.personFeed(l, slug)));
                }
            }
            p.put("pages", pages);
            p.put("feeds", feeds);
            out.add(write(p));
        }
        return out.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", out) + "\n]\n";
    }

    private static List<Object> sources(List<Source> sources) {
        List<Object> out = new ArrayList<>();
        for (Source s : sources) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("url", s.url());
            out.add(m);
        }
        return out;
    }

    private String address(String path) {
        return config.addresses().absolute(path);
    }

    private static String write(Object value) {
        return Json.write(value);
    }

    private static String resource(String name) {
        try (InputStream in = OpenData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
