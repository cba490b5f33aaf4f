package verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.content.ContentFile;
import verbatim.content.Import;
import verbatim.content.InputException;
import verbatim.content.RawArticle;
import verbatim.text.Language;

/** {@code archive import}: turns a raw article into a content file, repairing lost apostrophes. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Writes content/<slug>.<lang>.md from a raw article (an optional 'date YYYY-MM-DD' prefix, "
                + "one paragraph per line, an optional last 'Source : NAME' line), and lists every change made.")
public final class ImportCommand implements Callable<Integer> {

    private static final Pattern RAW_NAME = Pattern.compile("(.+?)(?:\\.([a-z]{2}))?\\.[A-Za-z0-9]+");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The raw article, for example article.fr.txt.")
    Path file;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder to write to (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--slug", description = "The slug (default: the file name without language and extension).")
    String slug;

    @Option(names = "--lang", description = "The language (default: from the file name, else detected).")
    String lang;

    @Option(names = "--title", description = "The headline (default: the first sentence; edit it afterwards).")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date, when the raw text has none.")
    String date;

    @Option(names = "--force", description = "Overwrite an existing content file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "no such file", "Give the path of a raw article text file.");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        RawArticle raw = RawArticle.parse(text);
        Matcher name = RAW_NAME.matcher(file.getFileName().toString());
        String theSlug = slug != null ? slug : name.matches() ? name.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        if (theSlug == null || !ContentFile.SLUG.matcher(theSlug).matches()) {
            throw new InputException(file, 0, "cannot make a slug from the file name",
                    "Give one with --slug, in lower-case letters, digits and hyphens.");
        }
        String theLang = lang != null ? lang : name.matches() && name.group(2) != null ? name.group(2)
                : Language.detect(String.join("\n", raw.paragraphs()));
        if (!theLang.matches("fr|en")) {
            throw new InputException(file, 0, "unknown language '" + theLang + "'", "Use --lang fr or --lang en.");
        }
        Path target = content.resolve(theSlug + "." + theLang + ".md");
        if (Files.exists(target) && !force) {
            throw new InputException(target, 0, "already exists", "Add --force to overwrite it.");
        }
        Import.Result result;
        try {
            result = Import.of(raw, theLang, title, date);
        } catch (InputException e) {
            throw e.file() != null ? e : new InputException(file, e.line(), e.getMessage(), e.fix());
        }
        Files.createDirectories(content);
        Files.writeString(target, result.markdown(), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s: %d paragraphs.%n", target, raw.paragraphs().size());
        for (Import.Note note : result.notes()) {
            out.printf("  paragraph %d: %s%n", note.paragraph(), note.what());
        }
        out.println("Check the title and add the sources in its front matter.");
        out.flush();
        return 0;
    }
}
