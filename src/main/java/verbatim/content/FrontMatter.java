package verbatim.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The YAML header of a content file.
 *
 * <pre>
 * ---
 * title: "Un chercheur d'Anthropic démissionne"
 * date: 2026-02-12
 * original: fr
 * sources:
 *   - title: "Lettre de Mrinank Sharma"
 *     url: https://example.org/letter
 * credit: Mrinank Sharma
 * ---
 * </pre>
 *
 * @param title    the headline
 * @param date     the publication date
 * @param original the language of the original text ("fr")
 * @param sources  the documents the article cites
 * @param credit   the credit line, or null
 * @param draft    true when the article is left out of builds without {@code --drafts}
 * @param slug     an explicit slug, or null to take it from the file name
 * @param corrections the editor's corrections of the analysis ({@code quotes:}, {@code people:}), or
 *                 {@link Corrections#NONE}
 */
public record FrontMatter(String title, LocalDate date, String original, List<Source> sources, String credit,
                          boolean draft, String slug, Corrections corrections) {
    public FrontMatter {
        sources = List.copyOf(sources);
        corrections = corrections == null ? Corrections.NONE : corrections;
    }

    /** Front matter without corrections. */
    public FrontMatter(String title, LocalDate date, String original, List<Source> sources, String credit,
                       boolean draft, String slug) {
        this(title, date, original, sources, credit, draft, slug, Corrections.NONE);
    }
}
