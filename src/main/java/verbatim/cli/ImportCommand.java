package verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.content.Import;
import verbatim.content.Importer;
import verbatim.content.InputException;
import verbatim.content.Importer.Failed;
import verbatim.content.Importer.Imported;
import verbatim.content.Importer.Outcome;
import verbatim.content.Importer.Skipped;

/** {@code archive import}: turns saved news pages and raw articles into content files, listing every change. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Writes content/<slug>.<lang>.md from a saved news page (.html: the article's paragraphs, "
                + "its metadata as front matter) or a raw article (.txt: an optional 'date YYYY-MM-DD' prefix, one "
                + "paragraph per line, an optional last 'Source : NAME' line). Lists every change and every block "
                + "left out.", "Given a folder or several files, imports each, goes on past a bad one and ends with "
                + "a summary; exits with 1 if any failed."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "A saved page (.html), a raw article (.txt) or a folder of them; several may be given.")
    List<Path> files;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder to write to (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--slug", description = "The slug (default: the file name when it means something, not "
            + "'123' nor 'article'; else the page's address, or the title, folded to ASCII).")
    String slug;

    @Option(names = "--lang", description = "The language (default: the file name, else the page's, else detected).")
    String lang;

    @Option(names = "--title", description = "The headline (default: the page's; for raw text the first sentence).")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date to write: needed when the file gives none, and given, it replaces the file's.")
    String date;

    @Option(names = "--force", description = "Overwrite an existing content file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        boolean many = files.size() > 1 || Files.isDirectory(files.get(0));
        if (many && (slug != null || title != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slug and --title name one article: "
                    + "give them with one file only");
        }
        Importer importer = new Importer(new Importer.Options(content, slug, lang, title, date, force));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int imported = 0;
        int skipped = 0;
        int failed = 0;
        for (Path file : Importer.files(files)) {
            Outcome outcome = importer.run(file);
            if (!many && outcome instanceof Failed f) {
                throw f.error();
            }
            if (!many && outcome instanceof Skipped s) {
                throw s.title() == null ? new InputException(s.target(), 0, "already exists (the slug comes from "
                        + (slug != null ? "--slug" : (s.file().getFileName().toString().endsWith(".txt") ? "the name of "
                        : "the name or the page address of ") + s.file().getFileName()) + ")",
                        "Give this article another slug with --slug SLUG, or add --force to overwrite the file.")
                        : new InputException(s.target(), 0, "already exists (the slug "
                        + "comes from the title, « " + s.title() + " »)", "Give this article another slug with --slug "
                        + "SLUG, or add --force to overwrite the file.");
            }
            if (outcome instanceof Imported i) {
                imported++;
                report(out, i);
            } else if (outcome instanceof Skipped s) {
                skipped++;
                out.printf("Skipped %s: %s exists%s (add --force to overwrite it).%n", s.file(), s.target(),
                        s.title() == null ? "" : ", its slug made from the title « " + s.title() + " »");
            } else if (outcome instanceof Failed f) {
                failed++;
                err.println("error: " + f.error().oneLine());
            }
        }
        if (many) {
            out.printf("Imported %d, skipped %d (content file exists), failed %d.%n", imported, skipped, failed);
        }
        out.flush();
        err.flush();
        return failed > 0 ? Main.INPUT_ERROR : 0;
    }

    private static void report(PrintWriter out, Imported i) {
        Import.Result r = i.result();
        out.printf("Wrote %s from %s: %d paragraph%s.%n", i.target(), i.file().getFileName(), r.paragraphs(),
                r.paragraphs() == 1 ? "" : "s");
        for (Import.Note note : r.notes()) {
            out.printf("  paragraph %d: %s%n", note.paragraph(), note.what());
        }
        for (String dropped : r.dropped()) {
            out.printf("  dropped %s%n", dropped);
        }
        for (String warning : r.warnings()) {
            out.printf("  warning: %s%n", warning);
        }
        out.println("  Check the title and the sources in its front matter.");
    }
}
