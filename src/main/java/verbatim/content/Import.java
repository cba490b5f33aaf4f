package verbatim.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import verbatim.text.ElisionRepair;

/**
 * Turns a raw article (see {@link RawArticle}) into the Markdown of a content file: front matter from the
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

    /** The Markdown of the new content file and the notes on what was changed. */
    public record Result(String markdown, List<Note> notes) {
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
     * @param date  the date to write when the raw text has none or only a month (ISO), or null
     */
    public static Result of(RawArticle raw, String lang, String title, String date) {
        List<Note> notes = new ArrayList<>();
        String when = date != null ? date : raw.date();
        if (when == null || !when.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InputException(null, 1, "the raw article has " + (when == null ? "no date" : "only the month "
                    + when) + ", and a content file needs a full date", "Give one with --date YYYY-MM-DD.");
        }
        List<String> body = new ArrayList<>();
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
            String md = escape(text);
            if (isEmbedded(text, lang)) {
                notes.add(new Note(i + 1, "embedded quotation" + (raw.credit() != null ? " by " + raw.credit() : "")
                        + " (first person, outside quotation marks)"));
                md = "> " + md + (raw.credit() != null ? "\n> — " + raw.credit() : "");
            }
            body.add(md);
        }
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(title != null ? title : headline(raw, repair))).append('\n');
        out.append("date: ").append(when).append('\n');
        out.append("original: ").append(lang).append('\n');
        if (raw.credit() != null) {
            out.append("credit: ").append(quoted(raw.credit())).append('\n');
        }
        out.append("sources: []\n---\n");
        for (String p : body) {
            out.append('\n').append(p).append('\n');
        }
        return new Result(out.toString(), notes);
    }

    /** A paragraph written in the first person singular, with no quotation marks: an embedded post. */
    static boolean isEmbedded(String text, String lang) {
        if (text.length() > EMBED_MAX || QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        return (lang.equals("fr") ? FIRST_PERSON_FR : FIRST_PERSON_EN).matcher(text).find();
    }

    /** The first sentence, cut at a comma or a word near 100 characters. */
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
        if (sentence.length() <= 100) {
            return sentence;
        }
        int comma = sentence.lastIndexOf(',', 100);
        if (comma > 40) {
            return sentence.substring(0, comma);
        }
        int space = sentence.lastIndexOf(' ', 100);
        return sentence.substring(0, space > 0 ? space : 100) + "…";
    }

    /** Escapes what Markdown would read as markup, so the text stays the text. */
    static String escape(String text) {
        String s = text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("<", "\\<")
                .replace("[", "\\[").replace("]", "\\]").replace("_", "\\_");
        if (s.matches("^(#|>|[-+] ).*")) {
            s = "\\" + s;
        }
        s = s.replaceFirst("^(\\d+)([.)] )", "$1\\\\$2");
        return s;
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
