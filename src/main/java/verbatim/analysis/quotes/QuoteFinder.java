package verbatim.analysis.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import verbatim.analysis.reading.Quotation;

/**
 * Finds the spans between quotation marks: « » (with “ ” or ‹ › nested), “ ”, „ “, ”…”, ‹ › and straight "…",
 * whose nesting is read from the spaces around each mark. Apostrophes (' and ’) are never quotation marks.
 *
 * <p>Example: {@code Elle a dit : "Il m'a crié : "Stop !" et je suis partie." Puis rien.} gives one quotation
 * of depth 0, {@code Il m'a crié : "Stop !" et je suis partie.}, and one of depth 1, {@code Stop !}.
 *
 * <p>A mark left open runs to the end of its paragraph, never further; it is reported as a warning unless the
 * next paragraph opens with a quotation mark (a quotation continued over paragraphs, as newspapers print it).
 */
public final class QuoteFinder {

    private record Open(char mark, int at) {
    }

    /** Finds the quotations of every paragraph; problems of the text are added to {@code warnings}. */
    public List<Quotation> find(List<String> paragraphs, List<String> warnings) {
        List<Quotation> all = new ArrayList<>();
        boolean open = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "";
            List<Quotation> found = find(i + 1, paragraphs.get(i), open, opensWithQuote(next), warnings);
            open = found.stream().anyMatch(q -> q.depth() == 0 && !q.closed());
            all.addAll(found);
        }
        return all;
    }

    /**
     * Finds the quotations of one paragraph. When the paragraph before left a quotation open, a » that opens
     * this one reopens it, as French typography marks a quotation continued over paragraphs.
     */
    public List<Quotation> find(int paragraph, String text, boolean continued, boolean continuedNext,
                         List<String> warnings) {
        List<Quotation> found = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int from = 0;
        if (continued && text.startsWith("»")) {
            stack.push(new Open('«', 0));
            from = 1;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«', '‹', '„' -> stack.push(new Open(c, i));
                case '“' -> {
                    if (!stack.isEmpty() && stack.peek().mark() == '„') {
                        close(stack, '„', i, paragraph, text, found, warnings);
                    } else {
                        stack.push(new Open(c, i));
                    }
                }
                case '»' -> close(stack, '«', i, paragraph, text, found, warnings);
                case '›' -> close(stack, '‹', i, paragraph, text, found, warnings);
                case '”' -> rightDouble(stack, i, paragraph, text, found, warnings);
                case '"' -> straight(stack, i, paragraph, text, found, warnings);
                default -> {
                }
            }
        }
        if (!stack.isEmpty()) {
            Open first = stack.peekLast();
            add(found, paragraph, text, first.at(), text.length(), false, 0);
            if (!continuedNext) {
                warnings.add("paragraph " + paragraph + ", offset " + first.at() + ": quotation mark "
                        + first.mark() + " is never closed; the quotation runs to the end of the paragraph");
            }
        }
        found.sort(Comparator.comparingInt(Quotation::open));
        return found;
    }

    /**
     * A ” closes the “ or „ left open; with none open, it opens a quotation where it stands like an opening mark (after
     * a space, a colon or a bracket, before a letter), and the next ” closes it: ”…,” as Swedish, Finnish and some
     * Eastern European and African papers print both ends.
     */
    private static void rightDouble(Deque<Open> stack, int i, int paragraph, String text, List<Quotation> found,
                                    List<String> warnings) {
        if (stack.stream().anyMatch(o -> o.mark() == '”')) {
            close(stack, '”', i, paragraph, text, found, warnings);
            return;
        }
        if (!stack.isEmpty() && stack.peek().mark() == '"' && stack.stream().noneMatch(o -> o.mark() == '“' || o.mark() == '„')) {
            close(stack, '"', i, paragraph, text, found, warnings); // "We are ready,” she said: a typist's mixed pair
            return;
        }
        if (stack.stream().noneMatch(o -> o.mark() == '“' || o.mark() == '„')) {
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if ((isSpace(prev) || "([{:—–-".indexOf(prev) >= 0) && !isSpace(next)
                    && text.indexOf('”', i + 1) > 0) {
                stack.push(new Open('”', i));
                return;
            }
        }
        close(stack, stack.stream().anyMatch(o -> o.mark() == '“') ? '“' : '„', i, paragraph, text, found, warnings);
    }

    private static void straight(Deque<Open> stack, int i, int paragraph, String text, List<Quotation> found,
                                 List<String> warnings) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean opensLike = (isSpace(prev) || "([{«“:—–-/".indexOf(prev) >= 0) && !isSpace(next);
        boolean closesLike = !isSpace(prev) && (isSpace(next) || !Character.isLetterOrDigit(next));
        boolean inside = stack.stream().anyMatch(o -> o.mark() == '"');
        if (Character.isDigit(prev) && (!inside || Character.isDigit(next) || primeBefore(text, i))) {
            return; // a unit after a number, no quotation mark: 3'30"65 (seconds), 5'11" (inches), a 55" screen
        }
        if (inside && (closesLike || !opensLike)) {
            close(stack, '"', i, paragraph, text, found, warnings);
        } else if (!inside && closesLike && !opensLike && !stack.isEmpty() && stack.peek().mark() == '“') {
            close(stack, '“', i, paragraph, text, found, warnings); // “We are ready," she said: a typist's mixed pair
        } else {
            stack.push(new Open('"', i));
        }
    }

    /** True when the digits right before offset {@code i} follow a prime or an apostrophe after a digit: 3'30, 5'11. */
    private static boolean primeBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isDigit(text.charAt(k))) {
            k--;
        }
        return k >= 1 && "'’′".indexOf(text.charAt(k)) >= 0 && Character.isDigit(text.charAt(k - 1));
    }

    private static void close(Deque<Open> stack, char openMark, int i, int paragraph, String text,
                              List<Quotation> found, List<String> warnings) {
        if (stack.stream().noneMatch(o -> o.mark() == openMark)) {
            warnings.add("paragraph " + paragraph + ", offset " + i + ": closing quotation mark " + text.charAt(i)
                    + " has no opening mark");
            return;
        }
        Open open;
        do {
            open = stack.pop();
            if (open.mark() != openMark) {
                warnings.add("paragraph " + paragraph + ", offset " + open.at() + ": quotation mark "
                        + open.mark() + " is never closed");
            }
        } while (open.mark() != openMark);
        add(found, paragraph, text, open.at(), i + 1, true, stack.size());
    }

    private static void add(List<Quotation> found, int paragraph, String text, int open, int close,
                            boolean closed, int depth) {
        int start = open + 1;
        int end = closed ? close - 1 : close;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            found.add(new Quotation(paragraph, open, start, end, close, closed, depth));
        }
    }

    /** Spaces, including the no-break spaces French typography puts inside guillemets. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opensWithQuote(String paragraph) {
        return !paragraph.isEmpty() && "«“„‹\"»".indexOf(paragraph.charAt(0)) >= 0;
    }
}
