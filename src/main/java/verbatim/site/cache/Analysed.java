package verbatim.site.cache;

import java.util.List;
import verbatim.analysis.Analysis;

/**
 * One content file read: its paragraphs as inline HTML (French elisions repaired, Markdown rendered) and the
 * analysis of their plain text, before the editor's corrections.
 *
 * @param html     each paragraph's inline HTML, in order
 * @param analysis what the analyser found in the paragraphs' text
 */
public record Analysed(List<String> html, Analysis analysis) {
    public Analysed {
        html = List.copyOf(html);
    }
}
