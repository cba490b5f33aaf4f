package verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import verbatim.analysis.RuleAnalyzer;
import verbatim.check.Check;
import verbatim.check.Finding;
import verbatim.check.TranslationRecord;
import verbatim.content.Article;
import verbatim.content.ContentFile;
import verbatim.content.ContentFolder;
import verbatim.content.InputException;
import verbatim.site.SiteConfig;

/** {@code archive check}: lists what an editor should fix, grouped by article; {@code --accept} records a translation. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Lists what an editor should fix, as file:line: message lines grouped by article: unknown "
                + "keys (in the settings and front matters), quotation marks that do not pair, broken "
                + "internal links and anchors, translations whose numbers, dates, people or quotations differ from "
                + "the original's paragraph, paragraphs of the original changed since the translation was accepted, "
                + "and quotations whose speaker is unknown or inferred. External links are listed, never fetched.",
                "With --accept SLUG, records in each translation of SLUG the original it now translates."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--strict", description = "Exit with 1 when anything is found.")
    boolean strict;

    @Option(names = "--accept", paramLabel = "SLUG",
            description = "Record that the translations of SLUG are up to date with its original.")
    String accept;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (accept != null) {
            List<Path> files = new ContentFolder(source.content).slugs().get(accept);
            if (files == null) {
                throw new InputException(source.content, 0, "no article '" + accept + "'",
                        "Give the slug of an article, the start of its file names (my-article for my-article.fr.md).");
            }
            Article article = ContentFolder.read(files);
            if (article.translations().isEmpty()) {
                throw new InputException(article.original().path(), 0, "'" + accept + "' has no translation to accept",
                        "Write its translation first (" + accept + ".<lang>.md), then accept it.");
            }
            for (ContentFile t : TranslationRecord.accept(article, Check.acceptedFolder(source.content))) {
                int n = article.original().paragraphs().size();
                out.printf("Accepted %s: it translates the %s of %s as %s now.%n",
                        t.path().toString().replace('\\', '/'), n == 1 ? "paragraph" : n + " paragraphs",
                        article.original().path().getFileName(), n == 1 ? "it is" : "they are");
            }
            List<Finding> differences = new Check(SiteConfig.load(source.config(), w -> { }), RuleAnalyzer.loaded())
                    .differences(article);
            if (!differences.isEmpty()) { // accepted all the same: the translator may know better
                out.println("Still different from the original (check lists these until the translation is fixed):");
                differences.forEach(f -> out.println("  " + f.text()));
            }
            out.flush();
            return 0;
        }
        List<String> settings = new ArrayList<>(); // unknown keys, as build warns of them
        Check.Report report = new Check(SiteConfig.load(source.config(), settings::add), RuleAnalyzer.loaded())
                .run(source.content, source.templates, false);
        if (!settings.isEmpty()) {
            out.println("Settings:");
            settings.forEach(w -> out.println("  " + w));
        }
        if (!report.files().isEmpty()) {
            out.println("Content folder:");
            report.files().forEach(w -> out.println("  " + w));
        }
        for (Map.Entry<String, List<Finding>> group : report.byArticle().entrySet()) {
            out.println(group.getKey().isEmpty() ? "Site pages:" : group.getKey() + ":");
            group.getValue().forEach(f -> out.println("  " + f.text()));
        }
        if (!report.external().isEmpty()) {
            out.println("External links (listed, not fetched):");
            report.external().forEach(u -> out.println("  " + u));
        }
        int n = report.findings().size() + settings.size() + report.files().size();
        int groups = report.byArticle().size() + (settings.isEmpty() ? 0 : 1) + (report.files().isEmpty() ? 0 : 1);
        out.println(n == 0 ? "Nothing to fix." : n + " thing" + (n == 1 ? "" : "s") + " to fix in "
                + groups + " group" + (groups == 1 ? "" : "s") + ".");
        out.flush();
        return strict && n > 0 ? Main.INPUT_ERROR : 0;
    }
}
