package verbatim.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw article as scraped: an optional first line {@code # url: ADDRESS} naming where it was taken from, an
 * optional {@code date YYYY-MM-DD} (or {@code date YYYY-MM}) prefix on the next line, then one paragraph per line,
 * and an optional last {@code Source : NAME} credit line. Every command reads raw articles through this class.
 *
 * <p>Example: {@code "date 2026-02-12 Premier.\nSecond.\nSource : AFP"} gives date "2026-02-12",
 * paragraphs ["Premier.", "Second."] and credit "AFP".
 *
 * @param date       the date as written ("2026-02-12" or "2026-02"), or null
 * @param paragraphs the paragraphs, trimmed, in order
 * @param credit     the credit line's name, or null
 * @param url        the address of the {@code # url:} line, or null
 */
public record RawArticle(String date, List<String> paragraphs, String credit, String url) {

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\b\\s*");
    private static final Pattern URL_LINE = Pattern.compile("^#\\s*url\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern CREDIT = Pattern.compile("^Source\\s*:\\s*(.+)$");

    public RawArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A raw article without an address. */
    public RawArticle(String date, List<String> paragraphs, String credit) {
        this(date, paragraphs, credit, null);
    }

    /** Parses raw article text; blank lines are ignored. */
    public static RawArticle parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\\R", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        String url = null;
        if (!lines.isEmpty()) {
            Matcher m = URL_LINE.matcher(lines.get(0));
            if (m.matches()) {
                url = m.group(1);
                lines.remove(0);
            }
        }
        String date = null;
        if (!lines.isEmpty()) {
            Matcher m = DATE_PREFIX.matcher(lines.get(0));
            if (m.find()) {
                date = m.group(1);
                String rest = lines.get(0).substring(m.end()).strip();
                if (rest.isEmpty()) {
                    lines.remove(0);
                } else {
                    lines.set(0, rest);
                }
            }
        }
        String credit = null;
        if (!lines.isEmpty()) {
            Matcher m = CREDIT.matcher(lines.get(lines.size() - 1));
            if (m.matches()) {
                credit = m.group(1).strip();
                lines.remove(lines.size() - 1);
            }
        }
        return new RawArticle(date, lines, credit, url);
    }
}
