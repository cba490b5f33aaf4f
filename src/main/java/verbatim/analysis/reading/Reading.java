package verbatim.analysis.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * One article as the finders read it: per paragraph, its text, words, quotations, sentences and runs of
 * capitalised words. Built once per analysis and not shared.
 */
public final class Reading {

    /**
     * A dateline: a place in capitals, perhaps a date after a comma, perhaps an agency in brackets, then a dash or a
     * colon ("WASHINGTON (Reuters) - ", "PARIS, March 3 (AFP) — ", "OSLO : "), or the bracket alone when it holds a
     * date, a slash or one word ("RIGA (Baltic Wire / Sputnik - 4 March, 2024) The …").
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'’-]+(?:,[^(),:–—]{1,25})?(?:(?:\\s*\\([^)]{1,40}\\))?\\s*(?:[-–—]|:)\\s+"
                    + "|\\s*\\((?:[^)]{0,60}[\\d/][^)]{0,60}|\\p{L}+)\\)\\s+(?=\\p{Lu}))");
    public final String lang;
    public final List<String> paragraphs;
    public final List<List<Word>> words = new ArrayList<>();
    public final List<List<Quotation>> quotations = new ArrayList<>();
    public final List<List<int[]>> sentences = new ArrayList<>();
    public final List<NameRun> runs = new ArrayList<>();
    /** The quotations of depth 0 of each paragraph, in order (they do not overlap). */
    private final List<List<Quotation>> outer = new ArrayList<>();
    private final List<Integer> bodyStarts = new ArrayList<>();

    public Reading(String lang, List<String> paragraphs, List<Quotation> found) {
        this.lang = lang;
        this.paragraphs = paragraphs;
        for (int p = 1; p <= paragraphs.size(); p++) {
            String text = paragraphs.get(p - 1);
            List<Word> ws = phrasalVerbsJoined(text, Word.split(text));
            words.add(ws);
            List<Quotation> qs = new ArrayList<>();
            for (Quotation q : found) {
                if (q.paragraph() == p) {
                    qs.add(q);
                }
            }
            quotations.add(qs);
            outer.add(qs.stream().filter(q -> q.depth() == 0).toList());
            sentences.add(sentences(text, ws, qs));
            java.util.regex.Matcher dateline = DATELINE.matcher(text);
            int body = dateline.lookingAt() ? dateline.end() : 0;
            bodyStarts.add(body);
            for (NameRun run : NameRun.find(p, text, ws)) {
                if (run.start() >= body) {
                    runs.add(run); // "OSLO - ", "(Reuters)": the dateline's place and agency are nobody who speaks
                }
            }
        }
    }

    /**
     * The words of a paragraph with each phrasal reporting verb or locution made one word
     * ({@link Lexicon#phrasalTails}): "“Me too,” chimed in Joe Park" reads "chimed in" as the verb, so that "in" is no
     * preposition before the name; « « … », a mis en garde Paul X » reads « mis en garde ». Words after the verb
     * that are capitalised ("went On") are left apart.
     */
    private static List<Word> phrasalVerbsJoined(String text, List<Word> ws) {
        Lexicon lexicon = Lexicon.shared();
        List<Word> joined = null;
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            int end = w.isWord() ? tailEnd(ws, i, lexicon.phrasalTails(w.text())) : i;
            if (end > i) {
                if (joined == null) {
                    joined = new ArrayList<>(ws.subList(0, i));
                }
                joined.add(new Word(text.substring(w.start(), ws.get(end).end()), w.start(), ws.get(end).end()));
                i = end;
            } else if (joined != null) {
                joined.add(w);
            }
        }
        return joined != null ? joined : ws;
    }

    /** The index of the last word of the first tail that the words after {@code i} spell out, or {@code i}. */
    private static int tailEnd(List<Word> ws, int i, List<List<String>> tails) {
        for (List<String> tail : tails) {
            int k = 0;
            while (k < tail.size() && i + 1 + k < ws.size() && ws.get(i + 1 + k).isWord()
                    && !ws.get(i + 1 + k).isCapitalised() && ws.get(i + 1 + k).key().equals(tail.get(k))) {
                k++;
            }
            if (k == tail.size()) {
                return i + k;
            }
        }
        return i;
    }

    /** Where a paragraph's text begins after a dateline such as "WASHINGTON (Reuters) - " or "PARIS : ". */
    public int bodyStart(int paragraph) {
        return bodyStarts.get(paragraph - 1);
    }

    public String text(int paragraph) {
        return paragraphs.get(paragraph - 1);
    }

    public List<Word> words(int paragraph) {
        return words.get(paragraph - 1);
    }

    /** The quotations of depth 0 in a paragraph. */
    public List<Quotation> quotations(int paragraph) {
        return outer.get(paragraph - 1);
    }

    /** True when the offset stands inside (or on the marks of) a quotation of the paragraph. */
    public boolean quoted(int paragraph, int offset) {
        List<Quotation> top = outer.get(paragraph - 1);
        int lo = 0;
        int hi = top.size();
        while (lo < hi) { // the last quotation that opens at or before the offset
            int mid = (lo + hi) >>> 1;
            if (top.get(mid).open() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && top.get(lo - 1).contains(offset);
    }

    /** The sentence {start, end} holding an offset of a paragraph. */
    public int[] sentence(int paragraph, int offset) {
        List<int[]> all = sentences.get(paragraph - 1);
        int lo = 0;
        int hi = all.size();
        while (lo < hi) { // sentences are consecutive and sorted: the last one starting at or before the offset
            int mid = (lo + hi) >>> 1;
            if (all.get(mid)[0] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && offset < all.get(lo - 1)[1]) {
            return all.get(lo - 1);
        }
        return all.isEmpty() ? new int[] {0, 0} : all.get(all.size() - 1);
    }

    /**
     * Splits a paragraph into sentences at . ! ? … outside quotations, when a capital, a digit or a quotation
     * mark follows, and not after an initial or a title ("M. Diallo", "Steven E. Zipperstein").
     */
    private static List<int[]> sentences(String text, List<Word> words, List<Quotation> quotes) {
        List<int[]> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int at = w.start();
            if (insideQuote(quotes, at)) {
                Quotation q = quoteAt(quotes, at);
                if (q.closed() && at == q.close() - 1 && endsSentence(text, q.end() - 1)
                        && startsSentence(text, q.close())) {
                    result.add(new int[] {start, q.close()});
                    start = q.close();
                }
                continue;
            }
            if (".!?…".contains(w.text()) && startsSentence(text, w.end())) {
                Word prev = i > 0 ? words.get(i - 1) : null;
                boolean abbreviation = w.is(".") && prev != null && prev.isWord() && prev.isCapitalised()
                        && (prev.text().length() == 1 && !NameRun.isLabel(words, i)
                        || Lexicon.shared().title(prev.text() + ".") != null || NameRun.isAbbreviation(prev));
                if (!abbreviation) {
                    result.add(new int[] {start, w.end()});
                    start = w.end();
                }
            }
        }
        if (start < text.length()) {
            result.add(new int[] {start, text.length()});
        }
        return result;
    }

    private static boolean endsSentence(String text, int i) {
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == from && i < text.length()) {
            return false;
        }
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "«“\"„‹(".indexOf(c) >= 0;
    }

    private static boolean insideQuote(List<Quotation> quotes, int offset) {
        return quoteAt(quotes, offset) != null;
    }

    private static Quotation quoteAt(List<Quotation> quotes, int offset) {
        for (Quotation q : quotes) {
            if (q.depth() == 0 && q.contains(offset)) {
                return q;
            }
        }
        return null;
    }
}
