package verbatim.check;

import java.util.ArrayList;
import java.util.List;
import verbatim.analysis.Analysis;
import verbatim.analysis.Analyzer;
import verbatim.analysis.ArticleText;
import verbatim.content.ContentFile;
import verbatim.content.Paragraph;
import verbatim.render.Markdown;
import verbatim.render.Markup;
import verbatim.text.ElisionRepair;

/**
 * One language of an article as the site reads it: its paragraphs as plain text (lost French apostrophes
 * repaired, Markdown removed) and what the analyzer found in them.
 *
 * @param file     the content file
 * @param plain    the paragraphs' plain text, in order
 * @param analysis the quotations, people and dates of the text
 */
record Version(ContentFile file, List<String> plain, Analysis analysis) {

    /** Reads and analyses one content file. */
    static Version of(ContentFile file, Analyzer analyzer) {
        ElisionRepair repair = file.lang().equals("fr") ? ElisionRepair.french() : null;
        List<String> plain = new ArrayList<>();
        for (Paragraph p : file.paragraphs()) {
            String md = repair == null ? p.markdown() : repair.repair(p.markdown()).text();
            plain.add(Markup.plainText(Markdown.inline(md)));
        }
        return new Version(file, plain, analyzer.analyze(new ArticleText(file.lang(),
                file.front().date().toString(), plain)));
    }

    String lang() {
        return file.lang();
    }

    /** The file line of paragraph {@code n} (1-based). */
    int line(int n) {
        return file.paragraphs().get(n - 1).line();
    }
}
