package verbatim.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the spaces of French typography: a narrow no-break space (U+202F) inside « » and before ; : ! ?.
 *
 * <p>Example, with ⍽ standing for U+202F: {@code «Le monde est en péril» : où va-t-on?} →
 * {@code «⍽Le monde est en péril⍽»⍽: où va-t-on⍽?}. Existing spaces there (ordinary, no-break or narrow) become
 * one narrow no-break space. Left alone: URLs and e-mail addresses ({@code https://x.fr/?q=1}), times
 * ({@code 10:30}), the second mark of a pair ({@code ?!}), and apostrophes, straight or curly.
 */
public final class FrenchTypography {

    /** U+202F NARROW NO-BREAK SPACE. */
    public static final char NARROW_NBSP = '\u202F';

    private static final Pattern URL = Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

    private FrenchTypography() {
    }

    /** The text with French spacing around « » ; : ! ?; the text is assumed to be French. */
    public static String apply(String text) {
        boolean[] verbatim = new boolean[text.length()];
        if (text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0) { // else URL cannot match
            Matcher url = URL.matcher(text);
            while (url.find()) {
                for (int i = url.start(); i < url.end(); i++) {
                    verbatim[i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (verbatim[i]) {
                out.append(c);
                i++;
            } else if (isSpace(c)) {
                int end = i;
                while (end < text.length() && isSpace(text.charAt(end))) {
                    end++;
                }
                boolean beforeMark = end < text.length()
                        && (text.charAt(end) == '»' || needsSpaceBefore(text, end, verbatim));
                boolean afterQuote = out.length() > 0 && out.charAt(out.length() - 1) == '«';
                if ((beforeMark || afterQuote) && (out.length() == 0 || !isLineBreak(out.charAt(out.length() - 1)))) {
                    out.append(NARROW_NBSP);
                } else {
                    out.append(text, i, end);
                }
                i = end;
            } else if (c == '«') {
                out.append(c);
                if (i + 1 < text.length() && !isSpace(text.charAt(i + 1)) && !isLineBreak(text.charAt(i + 1))) {
                    out.append(NARROW_NBSP);
                }
                i++;
            } else if (c == '»' || needsSpaceBefore(text, i, verbatim)) {
                char previous = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                if (previous == ' ' || previous == '\u00A0') {
                    out.setCharAt(out.length() - 1, NARROW_NBSP);
                } else if (previous != NARROW_NBSP && !isLineBreak(previous) && !isMark(previous)) {
                    out.append(NARROW_NBSP);
                }
                out.append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the ; : ! ? at this index takes a space before it: not in a URL, not in a time like 10:30. */
    private static boolean needsSpaceBefore(String text, int index, boolean[] verbatim) {
        char c = text.charAt(index);
        if (!isMark(c) || verbatim[index]) {
            return false;
        }
        if (c == ':') {
            boolean digitBefore = index > 0 && Character.isDigit(text.charAt(index - 1));
            boolean digitAfter = index + 1 < text.length() && Character.isDigit(text.charAt(index + 1));
            if (digitBefore && digitAfter) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        return c == ';' || c == ':' || c == '!' || c == '?';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == NARROW_NBSP || c == '\u2009' || c == '\t';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
