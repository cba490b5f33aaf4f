package verbatim.cli;

import java.util.List;
import verbatim.analysis.Analysis;
import verbatim.analysis.Quote;
import verbatim.analysis.speakers.Attribution;

/**
 * The text form of an analysis, for a person to read: one section per kind of finding. A quotation reads
 * {@code [paragraph] speaker (how): «text»}, "how" given only for an inferred speaker or the editor's; a speaker not
 * found reads "(unknown)", one the editor set to {@code none} reads "none (editor)".
 */
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
                    .append(q.speaker() != null ? q.speaker()
                            : q.attribution() == Attribution.EDITOR ? "none" : "(unknown)") // the editor's « none »
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

    /** A quotation as its paragraph writes it ({@link Quote#written(String)}). */
    static String quoted(Quote q, List<String> paragraphs) {
        return q.written(q.paragraph() >= 1 && q.paragraph() <= paragraphs.size() ? paragraphs.get(q.paragraph() - 1)
                : "");
    }
}
