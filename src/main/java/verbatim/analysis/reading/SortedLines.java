package verbatim.analysis.reading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sorted lexicon file kept as its text and searched by bisection, so that a list of tens of thousands of
 * lines loads in the time it takes to read it. Lines are {@code KEY} or {@code KEY<TAB>VALUE}, sorted by key
 * (code-point order), after a header of {@code #} lines.
 *
 * <p>Example: in "# names\nanne\tf\npaul\tm\n", {@code value("paul")} is "m" and {@code value("zoé")} is null.
 */
public final class SortedLines {

    /** What {@link #memo} holds for an absent key (compared by identity). */
    private static final String ABSENT = new String("absent");
    /** The most keys remembered: words repeat, so a few hundred thousand answer nearly every lookup. */
    private static final int MEMO_MAX = 200_000;

    private final String text;
    private final int body;
    /** The answers already found, by key: the same words are looked up again and again. */
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    SortedLines(String text) {
        this.text = text;
        int at = 0;
        while (at < text.length() && text.charAt(at) == '#') {
            int eol = text.indexOf('\n', at);
            at = eol < 0 ? text.length() : eol + 1;
        }
        this.body = at;
    }

    /** The value of a key ("" when its line has none), or null when the key is absent. */
    public String value(String key) {
        String known = memo.get(key);
        if (known != null) {
            return known == ABSENT ? null : known;
        }
        String found = search(key);
        if (memo.size() < MEMO_MAX) {
            memo.put(key, found == null ? ABSENT : found);
        }
        return found;
    }

    /** {@link #value} by bisection of the text. */
    private String search(String key) {
        int lo = body;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int start = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int tab = Lexicon.tab(text, start, end); // within the line: a line without a value has no tab
            if (tab < 0) {
                tab = end;
            }
            int cmp = compare(start, tab, key);
            if (cmp == 0) {
                return tab == end ? "" : text.substring(tab + 1, end).strip();
            }
            if (cmp < 0) {
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        return null;
    }

    private int compare(int from, int to, String key) {
        int n = Math.min(to - from, key.length());
        for (int i = 0; i < n; i++) {
            int d = text.charAt(from + i) - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return (to - from) - key.length();
    }
}
