package verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import verbatim.analysis.RuleAnalyzer;
import verbatim.site.Review;

/**
 * {@code archive review}: lists the quotations whose speaker was inferred or not found, article by article, and
 * prints the front-matter lines that confirm or correct each one.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Lists the quotations whose speaker was inferred or not found, with the lines to confirm or correct them.")
public final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Review.ArticleReview> reviews = new Review(RuleAnalyzer.loaded()).of(content);
        int count = 0;
        for (Review.ArticleReview review : reviews) {
            out.println(review.file());
            for (Review.Item item : review.items()) {
                out.printf("  %s:%d: ¶%d «%s» — %s%n", item.file(), item.line(), item.paragraph(), item.words(),
                        item.speaker() == null ? "no speaker found" : item.attribution().json() + ": " + item.speaker());
                count++;
            }
            List<String> paste = review.paste();
            out.println("  " + paste.get(0));
            paste.subList(1, paste.size()).forEach(out::println); // flush left: pasted as shown, it is valid YAML
            out.println();
        }
        out.printf("%d quotation%s to check in %d article%s.%n", count, count == 1 ? "" : "s", reviews.size(),
                reviews.size() == 1 ? "" : "s");
        out.flush();
        return 0;
    }
}
