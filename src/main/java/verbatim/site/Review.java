package verbatim.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import verbatim.content.Corrections;
import verbatim.content.Corrections.QuoteCorrection;
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

        /**
         * The YAML entry that confirms the proposal (or, with another name or none, corrects it). Where no speaker
         * was found the entry leaves it empty, with a comment, so that pasted unfilled it is an error at its line
         * rather than a silent "none" that would drop real words from the quote index.
         */
        public String yaml() {
            return "  - paragraph: " + paragraph + "\n    text: \"" + words.replace("\"", "\\\"") + "\"\n    speaker: "
                    + (speaker == null ? "\"\"  # not found: write who said it, or none if these are nobody's words"
                    : speaker) + "\n";
        }
    }

    /**
     * The items of one article, in reading order, and where its front matter keeps its corrections of quotations.
     *
     * @param quotesLine the line of the front matter's {@code quotes:} key, or 0 when it has none
     * @param corrected  the entries that list already holds, in file order
     */
    public record ArticleReview(Path file, List<Item> items, int quotesLine, List<QuoteCorrection> corrected) {

        public ArticleReview {
            items = List.copyOf(items);
            corrected = List.copyOf(corrected);
        }

        /**
         * What to paste into the front matter to confirm every item, first the line that says where: one
         * {@code quotes:} key with every entry under it, or, when the front matter has a {@code quotes:} list
         * already (a second key would be a YAML error), the entries alone, to add at the end of that list. For
         * example, with {@code quotes:} at line 5 and its last entry at line 6: {@code To confirm, add these entries
         * at the end of the quotes: list of the front matter (line 5), after its last entry (line 6); keep one
         * quotes: key (change a speaker, or write none):} then {@code   - paragraph: 2}, {@code     text: "…"}, ….
         */
        public List<String> paste() {
            List<String> out = new ArrayList<>();
            if (!corrected.isEmpty()) {
                out.add("To confirm, add these entries at the end of the quotes: list of the front matter (line "
                        + quotesLine + "), after its last entry (line " + corrected.get(corrected.size() - 1).line()
                        + "); keep one quotes: key (change a speaker, or write none):");
            } else if (quotesLine > 0) {
                out.add("To confirm, replace the empty quotes: of the front matter (line " + quotesLine + ") with "
                        + "(change a speaker, or write none):");
                out.add("quotes:");
            } else {
                out.add("To confirm, paste into the front matter (change a speaker, or write none):");
                out.add("quotes:");
            }
            for (Item item : items) {
                out.addAll(item.yaml().lines().toList());
            }
            return out;
        }
    }

    private final Analyzer analyzer;

    public Review(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Every article of a content folder that has something to check, in slug order. */
    public List<ArticleReview> of(Path content) {
        List<ArticleReview> out = new ArrayList<>();
        ContentFolder.Listing listing = new ContentFolder(content).list();
        List<InputException> broken = new ArrayList<>(listing.problems()); // every misnamed file, with the others
        for (Map.Entry<String, List<Path>> slug : listing.slugs().entrySet()) {
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

    /**
     * True for a single word in quotation marks that no speaker says, such as « superintelligente » in "l'interdiction
     * d'une intelligence artificielle « superintelligente »": a scare quote or a term, which quotes nobody and is not
     * worth an editor's review. A word ending in !, ? or … (« Jamais ! ») is an utterance, and a quotation whose speaker
     * was found or inferred is reviewed as any other.
     */
    public static boolean scareQuote(Quote q) {
        String text = q.text().replaceAll("^[\\s\\p{Zs}]+|[\\s\\p{Zs}]+$", ""); // no-break spaces too
        return q.speaker() == null && !text.isEmpty()
                && text.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
                && text.codePoints().noneMatch(c -> c == '!' || c == '?' || c == '…' || c == '.');
    }

    /** The items of one original content file (its corrections applied first). */
    public ArticleReview of(ContentFile file) {
        Analysis analysis = Corrector.apply(analyzer.analyze(ArticlePages.text(file)), file.front().corrections(),
                file.path());
        List<Item> items = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            if (q.attribution() == Attribution.EDITOR || !(q.attribution().inferred() || q.speaker() == null)
                    || scareQuote(q)) {
                continue;
            }
            String paragraph = analysis.paragraphs().get(q.paragraph() - 1);
            items.add(new Item(file.path(), file.paragraphs().get(q.paragraph() - 1).line(), q.paragraph(),
                    uniquePart(q, analysis.quotes(), paragraph), q.speaker(), q.attribution()));
        }
        Corrections corrections = file.front().corrections();
        return new ArticleReview(file.path(), items, hasQuotesKey(file.path(), corrections.line())
                ? corrections.line() : 0, corrections.quotes());
    }

    /** True when line {@code line} of the file holds the front matter's {@code quotes:} key. */
    private static boolean hasQuotesKey(Path file, int line) {
        if (line <= 0) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return line <= lines.size() && lines.get(line - 1).startsWith("quotes:");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
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
