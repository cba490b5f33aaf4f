package verbatim.site;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.content.Source;

/**
 * What a build keeps of one article it rendered, so that the next build, finding the article's files (and the
 * templates, settings and code) unchanged, neither reads, analyses nor renders it: its pages, what the indexes and
 * the search need of it, and what reading it said.
 *
 * <p>Stored in the cache as bytes ({@link #encode}, {@link #decode}): strings as UTF-8 after their length (a flag
 * first where a value may be null), lists and maps with their size first, maps in their order.
 *
 * @param slug      the article's slug
 * @param original  the path of its original's content file, as the build was given it
 * @param texts     how many content files (languages) it has
 * @param warnings  what reading its files warned about, each as {@code file:line: what}
 * @param analyses  the keys of its texts in the analysis cache
 * @param pages     its pages: site path → the id of its file ({@link verbatim.site.output.Manifest.File#id})
 * @param summary   what the indexes need of it
 * @param search    what the search of each site language holds of it
 */
record BuiltArticle(String slug, String original, int texts, List<String> warnings, List<String> analyses,
                    Map<String, byte[]> pages, ArticleSummary summary, List<SearchText> search) {

    /**
     * The article as the search of one language holds it.
     *
     * @param lang     the site language
     * @param title    the title shown
     * @param textLang the language of the text shown
     * @param lead     the start of its first paragraph
     * @param words    the folded words of its title and text, sorted, each once
     */
    record SearchText(String lang, String title, String textLang, String lead, List<String> words) {
    }

    /** The article as bytes. */
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, slug);
            string(out, original);
            out.writeInt(texts);
            strings(out, warnings);
            strings(out, analyses);
            out.writeInt(pages.size());
            for (Map.Entry<String, byte[]> p : pages.entrySet()) {
                string(out, p.getKey());
                out.writeInt(p.getValue().length);
                out.write(p.getValue());
            }
            writeSummary(out, summary);
            writeTexts(out, search);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** How much of an entry to read: the search words are most of it, and a build that keeps its indexes needs none. */
    enum Part {
        /** Everything but the summary (null) and the search words (empty). */
        PAGES,
        /** Everything but the search words (empty). */
        SUMMARY,
        /** Everything. */
        ALL
    }

    /** The article the bytes hold; {@link IOException} when they hold none (cut short, wrong values). */
    static BuiltArticle decode(byte[] bytes) throws IOException {
        return decode(bytes, Part.ALL);
    }

    /** The article the bytes hold, as far as {@code part}; {@link IOException} when they hold none. */
    static BuiltArticle decode(byte[] bytes, Part part) throws IOException {
        DataInputStream in = new DataInputStream(new verbatim.site.spill.Bytes(bytes));
        try {
            String slug = string(in);
            String original = string(in);
            int texts = in.readInt();
            List<String> warnings = strings(in);
            List<String> analyses = strings(in);
            Map<String, byte[]> pages = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                String path = string(in);
                byte[] id = new byte[count(in)];
                in.readFully(id);
                pages.put(path, id);
            }
            if (part == Part.PAGES) {
                return new BuiltArticle(slug, original, texts, warnings, analyses, pages, null, List.of());
            }
            ArticleSummary summary = readSummary(in);
            List<SearchText> searched = part == Part.ALL ? readTexts(in) : List.of();
            if (part == Part.ALL && in.read() != -1) {
                throw new IOException("bytes after the article");
            }
            return new BuiltArticle(slug, original, texts, warnings, analyses, pages, summary, searched);
        } catch (RuntimeException e) { // a record or parser refused what was read
            throw new IOException("not an article: " + e.getMessage(), e);
        }
    }

    /** Writes a summary as {@link #encode} does. */
    static void writeSummary(DataOutputStream out, ArticleSummary s) throws IOException {
        string(out, s.slug());
        string(out, s.date().toString());
        string(out, s.time() == null ? null : s.time().toString());
        string(out, s.original());
        map(out, s.titles());
        map(out, s.leads());
        out.writeInt(s.sources().size());
        for (Source source : s.sources()) {
            string(out, source.title());
            string(out, source.url());
        }
        out.writeInt(s.quotes().size());
        for (ArticleSummary.QuoteEntry q : s.quotes()) {
            out.writeInt(q.paragraph());
            string(out, q.speaker());
            out.writeBoolean(q.person());
            map(out, q.texts());
        }
        out.writeInt(s.people().size());
        for (Map.Entry<String, Integer> p : s.people().entrySet()) {
            string(out, p.getKey());
            out.writeInt(p.getValue());
        }
        out.writeInt(s.genders().size());
        for (Map.Entry<String, Character> g : s.genders().entrySet()) {
            string(out, g.getKey());
            out.writeChar(g.getValue());
        }
        out.writeInt(s.dates().size());
        for (Map.Entry<String, List<ArticleSummary.DateEntry>> d : s.dates().entrySet()) {
            string(out, d.getKey());
            out.writeInt(d.getValue().size());
            for (ArticleSummary.DateEntry e : d.getValue()) {
                string(out, e.value());
                string(out, e.text());
                string(out, e.sentence());
                out.writeInt(e.paragraph());
            }
        }
    }

    /** Reads a summary written by {@link #writeSummary}. */
    static ArticleSummary readSummary(DataInputStream in) throws IOException {
        String slug = string(in);
        LocalDate date = LocalDate.parse(string(in));
        String time = string(in);
        String lang = string(in);
        Map<String, String> titles = map(in);
        Map<String, String> leads = map(in);
        List<Source> sources = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            sources.add(new Source(string(in), string(in)));
        }
        List<ArticleSummary.QuoteEntry> quotes = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            quotes.add(new ArticleSummary.QuoteEntry(in.readInt(), string(in), in.readBoolean(), map(in)));
        }
        Map<String, Integer> people = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            people.put(string(in), in.readInt());
        }
        Map<String, Character> genders = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            genders.put(string(in), in.readChar());
        }
        Map<String, List<ArticleSummary.DateEntry>> dates = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            String l = string(in);
            List<ArticleSummary.DateEntry> list = new ArrayList<>();
            for (int k = count(in); k > 0; k--) {
                list.add(new ArticleSummary.DateEntry(string(in), string(in), string(in), in.readInt()));
            }
            dates.put(l, list);
        }
        return new ArticleSummary(slug, date, time == null ? null : java.time.Instant.parse(time), lang, titles, leads,
                sources, quotes, people, dates, genders);
    }

    /** Writes search texts as {@link #encode} does. */
    static void writeTexts(DataOutputStream out, List<SearchText> search) throws IOException {
        out.writeInt(search.size());
        for (SearchText t : search) {
            string(out, t.lang());
            string(out, t.title());
            string(out, t.textLang());
            string(out, t.lead());
            strings(out, t.words());
        }
    }

    /** Reads search texts written by {@link #writeTexts}. */
    static List<SearchText> readTexts(DataInputStream in) throws IOException {
        List<SearchText> searched = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            searched.add(new SearchText(string(in), string(in), string(in), string(in), strings(in)));
        }
        return searched;
    }

    private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

    private static Map<String, String> map(DataInputStream in) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            out.put(string(in), string(in));
        }
        return out;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            out.add(string(in));
        }
        return out;
    }

    /**
     * Writes {@code s} as {@link #string(DataInputStream)} reads it: -1 for null; a text of Latin-1 characters only
     * (« Le 9 février », "Paris") as -2 minus its length, then a byte a character, read back by a copy instead of
     * being decoded (summaries are read back many times by the lists); any other text as the length of its UTF-8
     * bytes, then those bytes.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        if (isLatin1(s)) {
            out.writeInt(-2 - s.length());
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        boolean latin1 = n <= -2;
        int length = latin1 ? -2 - n : n;
        if (length < 0 || length > 50_000_000) {
            throw new IOException("impossible length " + n);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("impossible length " + n);
        }
        return n;
    }
}
