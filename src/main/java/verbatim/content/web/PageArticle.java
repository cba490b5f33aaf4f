package verbatim.content.web;

import java.util.List;

/**
 * The article read from a saved page: its metadata, the paragraphs kept, the blocks dropped, the lost
 * apostrophes repaired and any doubt worth a look.
 *
 * @param metadata   what the page says about the article
 * @param paragraphs the paragraphs kept, in order
 * @param dropped    the blocks left out, in page order
 * @param repairs    the apostrophes put back
 * @param warnings   doubts for the editor (text the page's JSON-LD has and the markup did not give)
 */
public record PageArticle(PageMetadata metadata, List<Block> paragraphs, List<Dropped> dropped,
                          List<Repair> repairs, List<String> warnings) {

    /** A lost apostrophe put back in paragraph {@code paragraph} (1-based). */
    public record Repair(int paragraph, String before, String after) {
    }

    public PageArticle {
        paragraphs = List.copyOf(paragraphs);
        dropped = List.copyOf(dropped);
        repairs = List.copyOf(repairs);
        warnings = List.copyOf(warnings);
    }
}
