package verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;
import verbatim.analysis.RuleAnalyzer;
import verbatim.content.ContentFile;
import verbatim.content.InputException;
import verbatim.content.RawArticle;
import verbatim.content.TextFile;
import verbatim.render.Markdown;
import verbatim.render.Markup;
import verbatim.site.Corrector;
import verbatim.text.Language;

/**
 * The {@code analyze} command: prints the quotations, speakers, people, organisations and dates of one raw
 * article, as JSON or as text for a person to read.
 *
 * <p>Example: {@code archive analyze article.txt --format json --lang fr}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints the quotations, speakers, people, organisations and dates of one article.")
public final class AnalyzeCommand implements Callable<Integer> {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article: a content file (<slug>.<lang>.md) or a raw article (date prefix, one paragraph a line).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", description = "fr or en (default: guessed from the text).")
    String lang;

    @Option(names = "--date", description = "The article date, YYYY-MM-DD or YYYY-MM (default: from the file).")
    String date;

    /** True for a date of the calendar: "2026-02-29" and "2026-13" are not. */
    private static boolean realDate(String date) {
        try {
            if (date.length() == 7) {
                java.time.YearMonth.parse(date);
            } else {
                java.time.LocalDate.parse(date);
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            return fail("invalid --format '" + format + "': expected json or text");
        }
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            return fail("invalid --lang '" + lang + "': expected fr or en");
        }
        if (date != null && (!DATE.matcher(date).matches() || !realDate(date))) {
            return fail("invalid --date '" + date + "': expected YYYY-MM-DD or YYYY-MM");
        }
        RuleAnalyzer analyzer = RuleAnalyzer.loaded();
        Analysis analysis = corrected(analyzer.analyze(read(file)), analyzer);
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.print(format.equals("json") ? AnalysisJson.of(analysis) : AnalysisText.of(analysis));
        } catch (IOException e) {
            return fail("cannot write the analysis: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    /** One clear line on stderr, and the exit code of a usage error. */
    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message + ". See '" + spec.qualifiedName() + " --help'.");
        spec.commandLine().getErr().flush();
        return 2;
    }

    /**
     * The analysis with the editor's corrections of a content file: its own when it is the original; for a
     * translation whose original lies beside it, the speakers of the original's aligned quotations (as the site
     * shows them) and the original's people corrections.
     */
    private Analysis corrected(Analysis analysis, RuleAnalyzer analyzer) {
        if (!file.getFileName().toString().endsWith(".md") || !Files.isRegularFile(file)) {
            return analysis;
        }
        ContentFile content = ContentFile.read(file);
        if (content.lang().equals(content.front().original())) {
            return Corrector.apply(analysis, content.front().corrections(), file);
        }
        Path original = file.resolveSibling(file.getFileName().toString()
                .replaceFirst("\\.[a-z]{2}\\.md$", "." + content.front().original() + ".md"));
        return Files.isRegularFile(original)
                ? Corrector.translation(analysis, ContentFile.read(original), analyzer) : analysis;
    }

    /**
     * Reads an article: a content file ({@code <slug>.<lang>.md}, its paragraphs as the site shows them) or a raw
     * article (date prefix, one paragraph a line, an optional first line {@code # url: …}); a file that cannot be
     * read is an {@link verbatim.content.InputException}.
     */
    ArticleText read(Path path) {
        if (path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path)) {
            ContentFile file = ContentFile.read(path);
            List<String> paragraphs = file.paragraphs().stream()
                    .map(p -> Markup.plainText(Markdown.inline(p.markdown()))).toList();
            return new ArticleText(lang != null ? lang : file.lang(),
                    date != null ? date : file.front().date().toString(), paragraphs);
        }
        RawArticle raw = RawArticle.parse(TextFile.read(path));
        if (raw.paragraphs().isEmpty()) {
            throw new InputException(path, 1, "the article has no text", "Give a file with one paragraph per line.");
        }
        return new ArticleText(lang != null ? lang : Language.detect(String.join("\n", raw.paragraphs())),
                date != null ? date : raw.date(), raw.paragraphs());
    }
}
