package verbatim.check;

import java.util.ArrayList;
import java.util.List;
import verbatim.site.QuotationMarks;

/**
 * The quotation marks of one language of an article that do not pair, as findings at their paragraph's line (the
 * lines {@code build} warns with too, see {@link QuotationMarks}).
 */
final class Marks {

    private Marks() {
    }

    /** The findings of the unpaired quotation marks of {@code version}, in the analyser's order. */
    static List<Finding> of(String slug, Version version) {
        List<Finding> out = new ArrayList<>();
        for (QuotationMarks.Unpaired u : QuotationMarks.of(version.analysis().warnings(), version.plain())) {
            int n = u.paragraph();
            int line = n >= 1 && n <= version.file().paragraphs().size() ? version.line(n) : 0;
            out.add(new Finding(slug, version.file().path(), line, u.message()));
        }
        return out;
    }
}
