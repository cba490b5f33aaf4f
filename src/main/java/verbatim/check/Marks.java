package verbatim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotation marks of one language of an article that do not pair, as findings with their fix: the analyser's
 * warnings ({@code paragraph 2, offset 13: quotation mark « is never closed; …}) told at the paragraph's line, with
 * the words that follow the mark. For example, the paragraph {@code Il a dit : « Nous partirons demain.} gives
 * {@code paragraph 1: the quotation mark « before "Nous partirons demain." is never closed, so the quotation runs
 * to the end of the paragraph — add » where it ends}.
 */
final class Marks {

    private static final Pattern NEVER_CLOSED = Pattern.compile("paragraph (\\d+), offset (\\d+): quotation mark "
            + "(.) is never closed.*");
    private static final Pattern NO_OPENING = Pattern.compile("paragraph (\\d+), offset (\\d+): closing quotation "
            + "mark (.) has no opening mark.*");
    private static final Pattern PARAGRAPH = Pattern.compile("paragraph (\\d+)(?:, offset \\d+)?: (.*)");
    /** The mark that closes each opening one, and the reverse. */
    private static final Map<Character, Character> CLOSING = Map.of('«', '»', '“', '”', '„', '“', '‹', '›', '"', '"');
    private static final Map<Character, Character> OPENING = Map.of('»', '«', '”', '“', '›', '‹', '"', '"');
    private static final int WORDS = 40;

    private Marks() {
    }

    /** The findings of the unpaired quotation marks of {@code version}, in the analyser's order. */
    static List<Finding> of(String slug, Version version) {
        List<Finding> out = new ArrayList<>();
        for (String warning : version.analysis().warnings()) {
            Matcher open = NEVER_CLOSED.matcher(warning);
            Matcher close = NO_OPENING.matcher(warning);
            Matcher other = PARAGRAPH.matcher(warning);
            String message;
            int n;
            if (open.matches()) {
                n = Integer.parseInt(open.group(1));
                char mark = open.group(3).charAt(0);
                message = "paragraph " + n + ": the quotation mark " + mark + " before \""
                        + after(version, n, Integer.parseInt(open.group(2))) + "\" is never closed, so the quotation "
                        + "runs to the end of the paragraph — add " + CLOSING.getOrDefault(mark, mark)
                        + " where it ends (or delete " + mark + " if it quotes nothing)";
            } else if (close.matches()) {
                n = Integer.parseInt(close.group(1));
                char mark = close.group(3).charAt(0);
                message = "paragraph " + n + ": the closing quotation mark " + mark + " after \""
                        + before(version, n, Integer.parseInt(close.group(2))) + "\" has no opening mark — add "
                        + OPENING.getOrDefault(mark, mark) + " where the quotation begins (or delete " + mark + ")";
            } else if (other.matches()) {
                n = Integer.parseInt(other.group(1));
                message = "paragraph " + n + ": " + other.group(2);
            } else {
                out.add(new Finding(slug, version.file().path(), 0, warning));
                continue;
            }
            int line = n >= 1 && n <= version.file().paragraphs().size() ? version.line(n) : 0;
            out.add(new Finding(slug, version.file().path(), line, message));
        }
        return out;
    }

    /** The first words after offset {@code at} of paragraph {@code n}'s text, cut with … when long. */
    private static String after(Version version, int n, int at) {
        String text = n >= 1 && n <= version.plain().size() ? version.plain().get(n - 1) : "";
        String rest = at + 1 <= text.length() ? trim(text.substring(at + 1)) : "";
        return rest.length() <= WORDS ? rest : trim(rest.substring(0, cut(rest, WORDS))) + "…";
    }

    /** The last words before offset {@code at} of paragraph {@code n}'s text, cut with … when long. */
    private static String before(Version version, int n, int at) {
        String text = n >= 1 && n <= version.plain().size() ? version.plain().get(n - 1) : "";
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
