package verbatim.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import verbatim.content.web.Block;
import verbatim.content.web.Dropped;
import verbatim.content.web.PageArticle;
import verbatim.content.web.PageMetadata;
import verbatim.text.ElisionRepair;

/**
 * Turns a raw article (see {@link RawArticle}) or an article read from a saved web page (see
 * {@link PageArticle}) into the Markdown of a content file. From raw text: front matter from the
 * date prefix and the credit line, one paragraph per line, lost French apostrophes repaired where
 * unambiguous, and a first-person paragraph outside quotation marks (an embedded post) marked as an
 * embedded quotation by the credited author.
 *
 * <p>Example: {@code "date 2026-02-12 lIA avance.\nSource : AFP"} imported as French gives a file with
 * {@code date: 2026-02-12}, {@code credit: "AFP"} and the paragraph "l'IA avance.", and one repair.
 */
public final class Import {

    /** One change the import made, for the user to review: a repair or an embedded quotation found. */
    public record Note(int paragraph, String what) {
    }

    /**
     * The Markdown of the new content file, the notes on what was changed and, for a web page, the blocks
     * left out and the doubts worth a look.
     *
     * @param markdown   the content file
     * @param paragraphs how many paragraphs it has
     * @param notes      the repairs and embedded quotations, by paragraph
     * @param dropped    the blocks of the page left out ("caption: La nouvelle salle…"), in page order
     * @param warnings   doubts for the editor
     */
    public record Result(String markdown, int paragraphs, List<Note> notes, List<String> dropped,
                         List<String> warnings) {
        public Result {
            notes = List.copyOf(notes);
            dropped = List.copyOf(dropped);
            warnings = List.copyOf(warnings);
        }
    }

    private static final Pattern FIRST_PERSON_FR =
            Pattern.compile("(?iu)(?<![\\p{L}])(je|j['’]|me|m['’]|ma|mon|mes|moi)(?![\\p{L}])");
    private static final Pattern FIRST_PERSON_EN = Pattern.compile("(?u)\\b(I|my|me|mine|I['’]m|I['’]ve)\\b");
    private static final Pattern QUOTE_MARK = Pattern.compile("[«»“”\"]");
    private static final int EMBED_MAX = 400;

    private Import() {
    }

    /**
     * Imports raw text.
     *
     * @param raw   the raw article
     * @param lang  its language
     * @param title the headline, or null to take the first sentence
     * @param date  the date to write (ISO), replacing the raw text's; needed when it has none or only a month; or null
     */
    public static Result of(RawArticle raw, String lang, String title, String date) {
        if (raw.paragraphs().isEmpty()) {
            throw new InputException(null, 1, "the raw article has no text", "Write one paragraph per line "
                    + "(after an optional 'date YYYY-MM-DD' prefix), or leave the file out.");
        }
        List<Note> notes = new ArrayList<>();
        String when = date != null ? date : raw.date();
        if (when == null || !when.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InputException(null, 1, "the raw article has " + (when == null ? "no date" : "only the month "
                    + when) + ", and a content file needs a full date", "Give one with --date YYYY-MM-DD.");
        }
        List<Paragraph> body = new ArrayList<>();
        ElisionRepair repair = lang.equals("fr") ? ElisionRepair.french() : null;
        for (int i = 0; i < raw.paragraphs().size(); i++) {
            String text = raw.paragraphs().get(i);
            if (repair != null) {
                ElisionRepair.Result repaired = repair.repair(text);
                for (ElisionRepair.Fix fix : repaired.fixes()) {
                    notes.add(new Note(i + 1, "repaired " + fix.before() + " → " + fix.after()));
                }
                text = repaired.text();
            }
            boolean embedded = isEmbedded(text, lang);
            if (embedded) {
                notes.add(new Note(i + 1, "embedded quotation" + (raw.credit() != null ? " by " + raw.credit() : "")
                        + " (first person, outside quotation marks)"));
            }
            body.add(new Paragraph(escape(text), 0, embedded, embedded ? raw.credit() : null));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(when);
        } catch (DateTimeParseException e) {
            throw new InputException(null, 1, "'" + when + "' is not a date", "Give one with --date YYYY-MM-DD.");
        }
        FrontMatter front = new FrontMatter(title != null ? title : headline(raw, repair), day,
                lang, raw.url() == null ? List.of() : List.of(new Source(raw.url(), raw.url())), raw.credit(), false,
                null);
        return new Result(markdown(front, body), body.size(), notes, List.of(), List.of());
    }

    /**
     * Imports an article read from a saved web page: title, date, credit and source from the page's metadata
     * (unless given), its paragraphs and quotations as they were kept.
     *
     * @param page  the article read from the page
     * @param lang  its language
     * @param title the headline, or null to take the page's
     * @param date  the date (ISO), replacing the page's, or null to take the page's
     */
    public static Result of(PageArticle page, String lang, String title, String date) {
        PageMetadata meta = page.metadata();
        if (page.paragraphs().isEmpty()) {
            throw new InputException(null, 0, "no article text found in the page",
                    "Check that it is the saved page of one article, or import its text as a raw article (.txt).");
        }
        LocalDate day = meta.date();
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InputException(null, 0, "'" + date + "' is not a date", "Give one as --date YYYY-MM-DD.");
            }
        }
        if (day == null) {
            throw new InputException(null, 0, "the page gives no publication date (no JSON-LD or microdata "
                    + "datePublished, no article:published_time or date meta tag, no <time datetime>)", "Give one with --date YYYY-MM-DD.");
        }
        String headline = title != null ? title : meta.title() != null ? meta.title()
                : headline(new RawArticle(null, List.of(page.paragraphs().get(0).text()), null), null);
        List<Source> sources = new ArrayList<>();
        if (meta.url() != null) {
            sources.add(new Source(meta.publisher() != null ? headline + " — " + meta.publisher() : headline,
                    meta.url()));
        }
        List<Note> notes = new ArrayList<>();
        for (PageArticle.Repair r : page.repairs()) {
            notes.add(new Note(r.paragraph(), "repaired " + r.before() + " → " + r.after()));
        }
        List<Paragraph> body = new ArrayList<>();
        for (Block b : page.paragraphs()) {
            body.add(new Paragraph(b.markdown(), 0, b.embedded(), b.author()));
            if (b.embedded()) {
                notes.add(new Note(body.size(), "embedded quotation" + (b.author() != null ? " by " + b.author() : "")));
            }
        }
        notes.sort(Comparator.comparingInt(Note::paragraph));
        FrontMatter front = new FrontMatter(headline, day, lang, sources, meta.author(), false, null);
        return new Result(markdown(front, body), body.size(), notes,
                page.dropped().stream().map(Dropped::toString).toList(), page.warnings());
    }

    /**
     * The text of a content file: front matter (title, date, original, credit, sources) and the paragraphs,
     * embedded quotations as block quotes with their author. {@link ContentFile#parse} reads it back.
     */
    public static String markdown(FrontMatter front, List<Paragraph> body) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(front.title())).append('\n');
        out.append("date: ").append(front.date()).append('\n');
        out.append("original: ").append(front.original()).append('\n');
        if (front.credit() != null) {
            out.append("credit: ").append(quoted(front.credit())).append('\n');
        }
        if (front.sources().isEmpty()) {
            out.append("sources: []\n");
        } else {
            out.append("sources:\n");
            for (Source source : front.sources()) {
                out.append("  - title: ").append(quoted(source.title())).append('\n');
                if (source.url() != null) {
                    out.append("    url: ").append(quoted(source.url())).append('\n');
                }
            }
        }
        out.append("---\n");
        for (Paragraph p : body) {
            out.append('\n');
            if (p.embedded()) {
                out.append("> ").append(p.markdown());
                if (p.embedAuthor() != null) {
                    out.append("\n> — ").append(p.embedAuthor());
                }
            } else {
                out.append(p.markdown());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A paragraph written in the first person singular, with no quotation marks: an embedded post. */
    static boolean isEmbedded(String text, String lang) {
        if (text.length() > EMBED_MAX || QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        return (lang.equals("fr") ? FIRST_PERSON_FR : FIRST_PERSON_EN).matcher(text).find();
    }

    /**
     * The first sentence, whole up to 120 characters, else cut after a word near 100 characters and marked "…". Never
     * cut at a comma: "Councillor Ruth Abernathy and her rival, businessman Felix Tran, clashed …" cut there would say
     * something else.
     */
    static String headline(RawArticle raw, ElisionRepair repair) {
        if (raw.paragraphs().isEmpty()) {
            return "Untitled";
        }
        String first = raw.paragraphs().get(0);
        if (repair != null) {
            first = repair.repair(first).text();
        }
        int stop = first.indexOf(". ");
        String sentence = stop > 0 ? first.substring(0, stop) : first.replaceAll("[.]$", "");
        if (sentence.length() <= 120) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', 100);
        return sentence.substring(0, space > 0 ? space : 100) + "…";
    }

    /** Escapes what Markdown would read as markup, so the text stays the text. */
    public static String escape(String text) {
        String s = text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("<", "\\<")
                .replace("[", "\\[").replace("]", "\\]").replace("_", "\\_");
        if (s.matches("^(#|>|[-+] ).*")) {
            s = "\\" + s;
        }
        s = s.replaceFirst("^(\\d+)([.)] )", "$1\\\\$2");
        return s;
    }

    /** A YAML double-quoted string. */
    public static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
