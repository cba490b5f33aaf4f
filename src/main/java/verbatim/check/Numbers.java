package verbatim.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text, as values, read with the number format of its language, so that a paragraph and its
 * translation can be compared.
 *
 * <p>Example: French « 1 000,5 personnes et 800 euros » and English "1,000.5 people and 800 euros" both give
 * [1000.5, 800]; French « 2,5 % » gives [2.5] where English "2,5" would give 2 and 5.
 */
final class Numbers {

    /** A number is a value where it was found: {@code start} and {@code end} are character offsets. */
    record Number(BigDecimal value, String text, int start, int end) {
    }

    /**
     * Groups of three after a space (ordinary, no-break or narrow no-break), a decimal comma; a decimal point
     * too, as in the names of versions (« Claude Opus 4.6 »).
     */
    private static final Pattern FRENCH =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d+)?(?!\\d)"
                    + "|(?<![\\d.,])\\d+(?:[,.]\\d+)?(?!\\d)");
    /** Groups of three after a comma, a decimal point. */
    private static final Pattern ENGLISH =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|(?<![\\d.,])\\d+(?:\\.\\d+)?(?!\\d)");

    private Numbers() {
    }

    /** The numbers of {@code text} in {@code lang} ("fr" or "en"), in order. */
    static List<Number> of(String text, String lang) {
        Matcher m = (lang.equals("fr") ? FRENCH : ENGLISH).matcher(text);
        List<Number> out = new ArrayList<>();
        while (m.find()) {
            String digits = lang.equals("fr") ? m.group().replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.')
                    : m.group().replace(",", "");
            out.add(new Number(new BigDecimal(digits).stripTrailingZeros(), m.group(), m.start(), m.end()));
        }
        return out;
    }
}
