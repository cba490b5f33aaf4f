package verbatim.cli;

import java.util.List;
import verbatim.analysis.Analysis;
import verbatim.analysis.Quote;
import verbatim.analysis.speakers.Attribution;

/** The text form of an analysis, for a person to read: one section per kind of finding. */
final class AnalysisText {

    private AnalysisText() {
    }

    static String of(Analysis a) {
        StringBuilder out = new StringBuilder();
        out.append("Language: ").append(a.lang()).append('\n');
        out.append("Date: ").append(a.date() == null ? "unknown" : a.date()).append('\n');
        out.append("Paragraphs: ").append(a.paragraphs().size()).append("\n\n");
        out.append("Quotes (").append(a.quotes().size()).append("):\n");
        for (Quote q : a.quotes()) {
            out.append("  [").append(q.paragraph()).append("] ")
                    .append(q.speaker() == null ? "(unknown)" : q.speaker())
                    .append(q.attribution().inferred() || q.attribution() == Attribution.EDITOR
                            ? " (" + q.attribution().json() + ")" : "").append(": ")
                    .append(quoted(q, a.paragraphs())).append('\n');
        }
        out.append("\nPeople (").append(a.people().size()).append("):\n");
        a.people().forEach(p -> out.append("  ").append(p.name()).append(" (").append(p.gender()).append(", ")
                .append(p.mentions().size()).append(p.mentions().size() == 1 ? " mention)\n" : " mentions)\n"));
        out.append("\nOrganisations (").append(a.organizations().size()).append("):\n");
        a.organizations().forEach(o -> out.append("  ").append(o.name()).append('\n'));
        out.append("\nDates (").append(a.dates().size()).append("):\n");
        a.dates().forEach(d -> out.append("  ").append(d.text()).append(" = ").append(d.value()).append('\n'));
        if (!a.repairs().isEmpty()) {
            out.append("\nRepairs (").append(a.repairs().size()).append("):\n");
            a.repairs().forEach(r -> out.append("  [").append(r.paragraph()).append("] ").append(r.before())
                    .append(" → ").append(r.after()).append('\n'));
        }
        if (!a.warnings().isEmpty()) {
            out.append("\nWarnings (").append(a.warnings().size()).append("):\n");
            a.warnings().forEach(w -> out.append("  ").append(w).append('\n'));
        }
        return out.toString();
    }

    /** The quotation marks a quotation may be printed with, opening and closing. */
    private static final String MARKS = "«»‹›“”„‘’\"";

    /**
     * A quotation with the marks its paragraph writes around it, a space inside each mark where the paragraph has
     * one (of any kind: a no-break space is shown as a space): {@code « Nous partons »}, {@code “We leave”} or
     * {@code "We leave"}. A side with no mark (a quotation that runs on to the end of its paragraph) is shown
     * without one; a quotation not found where its span says (an editor's correction) is shown in straight quotes.
     */
    static String quoted(Quote q, List<String> paragraphs) {
        int start = q.span().start();
        int end = q.span().end();
        String p = q.paragraph() >= 1 && q.paragraph() <= paragraphs.size() ? paragraphs.get(q.paragraph() - 1) : "";
        if (start < 0 || end < start || end > p.length() || !p.substring(start, end).equals(q.text())) {
            return "\"" + q.text() + "\"";
        }
        int open = start;
        while (open > 0 && space(p.charAt(open - 1))) {
            open--;
        }
        int close = end;
        while (close < p.length() && space(p.charAt(close))) {
            close++;
        }
        StringBuilder out = new StringBuilder();
        if (open > 0 && MARKS.indexOf(p.charAt(open - 1)) >= 0) {
            out.append(p.charAt(open - 1)).append(open < start ? " " : "");
        }
        out.append(q.text());
        if (close < p.length() && MARKS.indexOf(p.charAt(close)) >= 0) {
            out.append(close > end ? " " : "").append(p.charAt(close));
        }
        return out.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }
}
