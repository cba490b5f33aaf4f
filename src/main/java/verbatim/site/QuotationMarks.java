package verbatim.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotation marks of one text that do not pair, told to the editor with the words beside them and the fix:
 * the analyser's warnings ({@code paragraph 2, offset 13: quotation mark « is never closed; …}) made into lines that
 * {@code build} prints as warnings and {@code check} lists. The analyser ends a quotation whose mark is never closed
 * at the end of its paragraph, and ignores a closing mark never opened.
 *
 * <p>Example: the paragraph {@code Il a dit : « Nous partirons demain.} gives {@code paragraph 1: the quotation mark
 * « before "Nous partirons demain." is never closed, so the quotation runs to the end of the paragraph — add » where
 * it ends (or delete « if it quotes nothing)}.
 */
public final class QuotationMarks {

    /**
     * One unpaired mark.
     *
     * @param paragraph the 1-based paragraph it is in, or 0 when the warning names none
     * @param message   what is wrong and how to fix it, starting with {@code paragraph N: }
     */
    public record Unpaired(int paragraph, String message) {
    }

    private static final Pattern NEVER_CLOSED = Pattern.compile("paragraph (\\d+), offset (\\d+): quotation mark "
            + "(.) is never closed.*");
    private static final Pattern NO_OPENING = Pattern.compile("paragraph (\\d+), offset (\\d+): closing quotation "
            + "mark (.) has no opening mark.*");
    private static final Pattern PARAGRAPH = Pattern.compile("paragraph (\\d+)(?:, offset \\d+)?: (.*)");
    /** The mark that closes each opening one, and the reverse. */
    private static final Map<Character, Character> CLOSING = Map.of('«', '»', '“', '”', '„', '“', '‹', '›', '"', '"');
    private static final Map<Character, Character> OPENING = Map.of('»', '«', '”', '“', '›', '‹', '"', '"');
    private static final int WORDS = 40;

    private QuotationMarks() {
    }

    /**
     * The unpaired marks of a text, in the analyser's order.
     *
     * @param warnings the analyser's warnings about the text
     * @param plain    the text's paragraphs in plain text, as the analyser read them
     */
    public static List<Unpaired> of(List<String> warnings, List<String> plain) {
        List<Unpaired> out = new ArrayList<>();
        for (String warning : warnings) {
            Matcher open = NEVER_CLOSED.matcher(warning);
            Matcher close = NO_OPENING.matcher(warning);
            Matcher other = PARAGRAPH.matcher(warning);
            if (open.matches()) {
                int n = Integer.parseInt(open.group(1));
                char mark = open.group(3).charAt(0);
                out.add(new Unpaired(n, "paragraph " + n + ": the quotation mark " + mark + " before \""
                        + after(plain, n, Integer.parseInt(open.group(2))) + "\" is never closed, so the quotation "
                        + "runs to the end of the paragraph — add " + CLOSING.getOrDefault(mark, mark)
                        + " where it ends (or delete " + mark + " if it quotes nothing)"));
            } else if (close.matches()) {
                int n = Integer.parseInt(close.group(1));
                char mark = close.group(3).charAt(0);
                out.add(new Unpaired(n, "paragraph " + n + ": the closing quotation mark " + mark + " after \""
                        + before(plain, n, Integer.parseInt(close.group(2))) + "\" has no opening mark — add "
                        + OPENING.getOrDefault(mark, mark) + " where the quotation begins (or delete " + mark + ")"));
            } else if (other.matches()) {
                int n = Integer.parseInt(other.group(1));
                out.add(new Unpaired(n, "paragraph " + n + ": " + other.group(2)));
            } else {
                out.add(new Unpaired(0, warning));
            }
        }
        return out;
    }

    /** The first words after offset {@code at} of paragraph {@code n}'s text, cut with … when long. */
    private static String after(List<String> plain, int n, int at) {
        String text = n >= 1 && n <= plain.size() ? plain.get(n - 1) : "";
        String rest = at + 1 <= text.length() ? trim(text.substring(at + 1)) : "";
        return rest.length() <= WORDS ? rest : trim(rest.substring(0, cut(rest, WORDS))) + "…";
    }

    /** The last words before offset {@code at} of paragraph {@code n}'s text, cut with … when long. */
    private static String before(List<String> plain, int n, int at) {
        String text = n >= 1 && n <= plain.size() ? plain.get(n - 1) : "";
        String head = trim(text.substring(0, Math.min(at, text.length())));
        if (head.length() <= WORDS) {
            return head;
        }
        int from = head.indexOf(' ', head.length() - WORDS);
        return "…" + head.substring(from < 0 ? head.length() - WORDS : from + 1);
    }

    /** The text without the spaces around it, the no-break ones French typography puts inside « » too. */
    private static String trim(String text) {
        return text.replaceAll("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$", "");
    }

    /** Where to cut {@code text} near {@code max} characters: at the last space before it, else at it. */
    private static int cut(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        return space > 0 ? space : max;
    }
}
