package verbatim.analysis.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or a punctuation character of a paragraph, with its offsets.
 *
 * <p>Example: {@link #split(String)} of "« Oui », a-t-il dit" gives «, Oui, », ",", a, il, dit: an inverted
 * subject pronoun is cut from its verb so that rules see it. Names such as "O'Neill" or "N'Golo" stay whole;
 * other apostrophes are words of their own ("l", "'", "équipe").
 */
public record Word(String text, int start, int end) {

    /**
     * The tokens {@link #split} reads, as a pattern: what {@link #tokenEnd} finds by hand, the same tokens (an
     * elided name, a run of letters, marks and digits with its hyphenated parts and, between two digits, the comma or
     * point of a number ("4,500", « 4,5 »), or any other character that is no ASCII space).
     */
    static final Pattern TOKEN = Pattern.compile(
            "[OMN]['’]\\p{Lu}\\p{Ll}+(?:-[\\p{L}]+)*|[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*"
            + "(?:(?<=\\d)[.,](?=\\d)[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*)*|\\S");
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}[\\p{L}]*?)(-t)?-(il|elle|ils|elles|on)");

    /** The words of a text. */
    public static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            char c = text.charAt(start);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // \s
                start++;
                continue;
            }
            int end = tokenEnd(text, start);
            String token = text.substring(start, end);
            Matcher inv = token.indexOf('-') > 0 ? INVERTED.matcher(token) : null; // no hyphen, no inversion
            if (inv != null && inv.matches()) {
                words.add(new Word(inv.group(1), start, start + inv.group(1).length()));
                int p = end - inv.group(3).length();
                words.add(new Word(inv.group(3), p, end));
            } else {
                words.add(new Word(token, start, end));
            }
            start = end;
        }
        return words;
    }

    /**
     * The end of the token that starts at {@code start} (no ASCII space), as {@link #TOKEN} reads it: an elided name
     * ("O'Neill", "N'Golo-Kanté"), else a run of letters, marks and digits with its hyphenated parts, else one
     * character (a whole surrogate pair).
     */
    private static int tokenEnd(String text, int start) {
        int end = elidedNameEnd(text, start);
        if (end < 0) {
            end = hyphenated(text, start, Word::isLetterMarkOrDigit);
            while (end > start && end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
                    && isAsciiDigit(text.charAt(end - 1)) && isAsciiDigit(text.charAt(end + 1))) {
                end = hyphenated(text, end + 1, Word::isLetterMarkOrDigit); // "£4,500", « 4,5 millions »: one number
            }
        }
        return end > start ? end : start + Character.charCount(text.codePointAt(start));
    }

    /** True for a digit 0–9, as the pattern's {@code \d} reads it. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of "O'Neill" (an O, M or N, an apostrophe, a capital, small letters, hyphenated letters), or -1. */
    private static int elidedNameEnd(String text, int start) {
        int n = text.length();
        char c = text.charAt(start);
        if (c != 'O' && c != 'M' && c != 'N' || start + 2 >= n
                || text.charAt(start + 1) != '\'' && text.charAt(start + 1) != '’') {
            return -1;
        }
        int k = start + 2;
        int capital = text.codePointAt(k);
        if (Character.getType(capital) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        k += Character.charCount(capital);
        int small = run(text, k, cp -> Character.getType(cp) == Character.LOWERCASE_LETTER);
        return small == k ? -1 : parts(text, small, Character::isLetter);
    }

    /** The end of a run of {@code part} from {@code start} followed by any number of "-" and such a run. */
    private static int hyphenated(String text, int start, java.util.function.IntPredicate part) {
        int end = run(text, start, part);
        return end == start ? start : parts(text, end, part);
    }

    /** The end of any number of "-" and a run of {@code part} each, from {@code end}. */
    private static int parts(String text, int end, java.util.function.IntPredicate part) {
        while (end + 1 < text.length() && text.charAt(end) == '-') {
            int next = run(text, end + 1, part);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The end of the run of code points that are {@code part}, from {@code start}. */
    private static int run(String text, int start, java.util.function.IntPredicate part) {
        int k = start;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            if (!part.test(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    /** {@code \p{L}}, {@code \p{M}} or {@code \p{N}}. */
    private static boolean isLetterMarkOrDigit(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** True for "CGT", "MIT", "BBC", "CGT-Spectacle": two or more letters, all upper case (before any hyphen). */
    public boolean isAcronym() {
        String head = text.contains("-") ? text.substring(0, text.indexOf('-')) : text;
        return head.length() >= 2 && head.chars().allMatch(Character::isUpperCase);
    }

    /** True for "BlackBerry", "DeepSeek", "xAI": an upper-case letter right after a lower-case one. */
    public boolean isCamelCase() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    public String key() {
        return Lexicon.key(text);
    }

    /** The index of the first word of a list (sorted by offset) that starts at or after {@code offset}. */
    public static int indexAt(List<Word> words, int offset) {
        return firstAt(words, Word::start, offset);
    }

    /**
     * The index of the first item of a list sorted by start offset whose start is at or after {@code offset}, by
     * binary search ({@code list.size()} when none): words, mentions, quotations.
     */
    public static <T> int firstAt(List<T> items, java.util.function.ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
