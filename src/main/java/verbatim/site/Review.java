package verbatim.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import verbatim.analysis.Analysis;
import verbatim.analysis.Analyzer;
import verbatim.analysis.speakers.Attribution;
import verbatim.analysis.Quote;
import verbatim.content.Article;
import verbatim.content.ContentFile;
import verbatim.content.ContentFolder;
import verbatim.content.InputErrors;
import verbatim.content.InputException;

/**
 * What an editor should check in an archive's quote index: every quotation of an original whose speaker was
 * inferred ({@link Attribution#PREVIOUS}, {@link Attribution#CONTINUING}, {@link Attribution#FOCUS}) or not
 * found, article by article, with the correction lines that confirm or change it.
 *
 * <p>Example: for paragraph 3 of {@code content/greve.fr.md} (file line 12), {@code « Nous tiendrons », poursuit-
 * elle.} after a quotation of Anne Morel gives the item {@code content/greve.fr.md:12: ¶3 « Nous tiendrons »
 * — continuing: Anne Morel} and the lines {@code - paragraph: 3 / text: "Nous tiendrons" / speaker: Anne Morel}.
 */
public final class Review {

    /** One quotation to check: where it is, its first words (a unique part), and the proposed speaker. */
    public record Item(Path file, int line, int paragraph, String words, String speaker, Attribution attribution) {

        /** The YAML entry that confirms the proposal (or, with another name or none, corrects it). */
        public String yaml() {
            return "  - paragraph: " + paragraph + "\n    text: \"" + words.replace("\"", "\\\"") + "\"\n    speaker: "
                    + (speaker == null ? "none" : speaker) + "\n";
        }
    }

    /** The items of one article, in reading order. */
    public record ArticleReview(Path file, List<Item> items) {
    }

    private final Analyzer analyzer;

    public Review(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Every article of a content folder that has something to check, in slug order. */
    public List<ArticleReview> of(Path content) {
        List<ArticleReview> out = new ArrayList<>();
        List<InputException> broken = new ArrayList<>();
        for (Map.Entry<String, List<Path>> slug : new ContentFolder(content).slugs().entrySet()) {
            try {
                ArticleReview review = of(ContentFolder.read(slug.getValue()).original());
                if (!review.items().isEmpty()) {
                    out.add(review);
                }
            } catch (InputException error) { // every broken file of the archive, not the first
                broken.addAll(error instanceof InputErrors all ? all.errors() : List.of(error));
            }
        }
        if (!broken.isEmpty()) {
            throw InputErrors.of(broken);
        }
        return out;
    }

    /** The items of one original content file (its corrections applied first). */
    public ArticleReview of(ContentFile file) {
        Analysis analysis = Corrector.apply(analyzer.analyze(ArticlePages.text(file)), file.front().corrections(),
                file.path());
        List<Item> items = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            if (q.attribution() == Attribution.EDITOR || !(q.attribution().inferred() || q.speaker() == null)) {
                continue;
            }
            String paragraph = analysis.paragraphs().get(q.paragraph() - 1);
            items.add(new Item(file.path(), file.paragraphs().get(q.paragraph() - 1).line(), q.paragraph(),
                    uniquePart(q, analysis.quotes(), paragraph), q.speaker(), q.attribution()));
        }
        return new ArticleReview(file.path(), items);
    }

    /** The shortest run of the quotation's first words (at least five, or all) that no other quotation of the paragraph holds. */
    private static String uniquePart(Quote q, List<Quote> quotes, String paragraph) {
        String[] words = q.text().split("\\s+");
        for (int n = Math.min(5, words.length); n <= words.length; n++) {
            String part = String.join(" ", java.util.Arrays.copyOf(words, n));
            String folded = Corrector.fold(part);
            boolean unique = quotes.stream().filter(o -> o != q && o.paragraph() == q.paragraph())
                    .noneMatch(o -> Corrector.fold(o.text()).contains(folded));
            if (unique) {
                return part;
            }
        }
        return q.text();
    }
}
