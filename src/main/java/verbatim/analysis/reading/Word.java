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

    private static final Pattern TOKEN = Pattern.compile(
            "[OMN]['’]\\p{Lu}\\p{Ll}+(?:-[\\p{L}]+)*|[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*|\\S");
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}[\\p{L}]*?)(-t)?-(il|elle|ils|elles|on)");

    /** The words of a text. */
    public static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            Matcher inv = token.indexOf('-') > 0 ? INVERTED.matcher(token) : null; // no hyphen, no inversion
            if (inv != null && inv.matches()) {
                words.add(new Word(inv.group(1), m.start(), m.start() + inv.group(1).length()));
                int p = m.end() - inv.group(3).length();
                words.add(new Word(inv.group(3), p, m.end()));
            } else {
                words.add(new Word(token, m.start(), m.end()));
            }
        }
        return words;
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
