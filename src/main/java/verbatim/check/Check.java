package verbatim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.analysis.Analysis;
import verbatim.analysis.Analyzer;
import verbatim.analysis.Quote;
import verbatim.analysis.speakers.Attribution;
import verbatim.content.Article;
import verbatim.content.ContentFile;
import verbatim.content.ContentFolder;
import verbatim.content.InputErrors;
import verbatim.content.InputException;
import verbatim.site.Corrector;
import verbatim.site.Review;
import verbatim.site.Site;
import verbatim.site.SiteConfig;
import verbatim.site.Urls;

/**
 * Checks an archive for what an editor should fix: for each article, the unknown keys of its front matters and
 * its quotation marks that do not pair ({@link Marks}), its translations against the original
 * ({@link TranslationReview}), the paragraphs of the original changed since a translation was accepted
 * ({@link TranslationRecord}), its quotations without a stated speaker; then the links of the built site.
 */
public final class Check {

    /**
     * What a check found.
     *
     * @param findings what to fix, each once, sorted by article (the site's own pages last), file and line
     * @param external the external addresses the site links to, sorted, not fetched
     * @param files    the files of the content folder that are no articles and are left out, one line each
     *                 ({@code content/notes.txt: this file is not an article … — how to fix}), sorted
     */
    public record Report(List<Finding> findings, List<String> external, List<String> files) {
        public Report {
            findings = List.copyOf(findings);
            external = List.copyOf(external);
            files = List.copyOf(files);
        }

        /** A report of an archive whose content folder holds only articles. */
        public Report(List<Finding> findings, List<String> external) {
            this(findings, external, List.of());
        }

        /** The findings grouped by article slug, in order; the site's own pages under "". */
        public Map<String, List<Finding>> byArticle() {
            Map<String, List<Finding>> out = new LinkedHashMap<>();
            findings.forEach(f -> out.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f));
            return out;
        }
    }

    private final SiteConfig config;
    private final Analyzer analyzer;

    public Check(SiteConfig config, Analyzer analyzer) {
        this.config = config;
        this.analyzer = analyzer;
    }

    /** Where accepted originals are kept for an archive whose content folder is {@code content}. */
    public static Path acceptedFolder(Path content) {
        Path parent = content.toAbsolutePath().normalize().getParent();
        return (parent == null ? content : parent).resolve(".verbatim").resolve("accepted");
    }

    /**
     * Checks the archive of {@code content}, building it with {@code templates} into a temporary folder.
     *
     * @throws InputException when the archive does not build (every broken file named)
     */
    public Report run(Path content, Path templates, boolean drafts) {
        ContentFolder.Listing listing = new ContentFolder(content).list();
        List<Finding> findings = new ArrayList<>();
        Map<String, Article> byPage = new HashMap<>();
        List<InputException> broken = new ArrayList<>(listing.problems()); // every misnamed file, with the others
        for (Map.Entry<String, List<Path>> e : listing.slugs().entrySet()) {
            try {
                Article article = ContentFolder.read(e.getValue());
                if (article.original().front().draft() && !drafts) {
                    continue;
                }
                config.languages().forEach(l -> byPage.put(Urls.article(l, article.slug()), article));
                findings.addAll(article(article, acceptedFolder(content)));
            } catch (InputException error) { // every broken file of the archive, not the first
                broken.addAll(error instanceof InputErrors all ? all.errors() : List.of(error));
            }
        }
        if (!broken.isEmpty()) {
            throw InputErrors.of(broken);
        }
        Links.Result links = links(content, templates, drafts);
        for (Links.Broken b : links.broken()) {
            Article article = byPage.get(b.page());
            if (article != null && b.row() != null && b.lang() != null && article.in(b.lang()) != null) {
                ContentFile file = article.in(b.lang());
                int n = Integer.parseInt(b.row().substring(1));
                findings.add(new Finding(article.slug(), file.path(), file.paragraphs().get(n - 1).line(),
                        "paragraph " + n + ": the link to " + b.href() + " goes nowhere (" + b.problem() + ")"));
            } else {
                findings.add(new Finding("", Path.of(b.page()), 0, "the link to " + b.href() + " goes nowhere ("
                        + b.problem() + "); it comes from a template"));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.article().isEmpty() ? "\uFFFF" : f.article())
                .thenComparing(f -> f.file().toString()).thenComparingInt(Finding::line)
                .thenComparing(Finding::message));
        return new Report(findings.stream().distinct().toList(), links.external(), listing.warnings());
    }

    /**
     * What still differs, paragraph by paragraph, between an article's original and each of its translations
     * (numbers, dates, people, quotations), as {@link #run} lists it: what {@code check --accept} tells when it
     * records a translation that is not yet right.
     */
    public List<Finding> differences(Article article) {
        Version original = Version.of(article.original(), analyzer);
        List<Finding> out = new ArrayList<>();
        for (ContentFile t : article.translations().values()) {
            out.addAll(TranslationReview.of(article.slug(), original, Version.of(t, analyzer)));
        }
        return out;
    }

    private List<Finding> article(Article article, Path accepted) {
        List<Finding> out = new ArrayList<>();
        Version original = Version.of(article.original(), analyzer);
        out.addAll(keys(article.slug(), article.original()));
        out.addAll(Marks.of(article.slug(), original));
        for (String warning : article.warnings()) { // a translation dated otherwise than its original
            out.add(finding(article.slug(), article.translations().values().stream()
                    .filter(t -> warning.startsWith(t.path().toString().replace('\\', '/') + ":")).findFirst()
                    .orElse(article.original()), warning));
        }
        for (ContentFile t : article.translations().values()) {
            Version translation = Version.of(t, analyzer);
            out.addAll(keys(article.slug(), t));
            out.addAll(Marks.of(article.slug(), translation));
            out.addAll(TranslationReview.of(article.slug(), original, translation));
            out.addAll(TranslationRecord.stale(article.slug(), article.original(), t, accepted));
        }
        Analysis corrected = Corrector.apply(original.analysis(), article.original().front().corrections(),
                article.original().path());
        for (Quote q : corrected.quotes()) {
            if (q.attribution() == Attribution.EDITOR) {
                continue; // the editor has settled it
            }
            String shown = Quoted.of(q, original.plain().get(q.paragraph() - 1));
            if (Review.scareQuote(q)) {
                continue; // a single word in quotation marks that nobody says: a term, not a quotation to review
            }
            if (q.speaker() == null) {
                out.add(new Finding(article.slug(), original.file().path(), original.line(q.paragraph()),
                        "paragraph " + q.paragraph() + ": the quotation " + shown + " has no speaker"));
            } else if (q.attribution().inferred()) {
                out.add(new Finding(article.slug(), original.file().path(), original.line(q.paragraph()),
                        "paragraph " + q.paragraph() + ": the speaker of the quotation " + shown + " is inferred ("
                                + q.attribution().json() + "): " + q.speaker()));
            }
        }
        return out;
    }

    /**
     * The warnings of a file's front matter (an unknown key, with the closest known one), each at its line: the
     * build gives them as {@code content/a.en.md:5: unknown key …} lines.
     */
    private static List<Finding> keys(String slug, ContentFile file) {
        List<Finding> out = new ArrayList<>();
        for (String warning : file.front().warnings()) {
            out.add(finding(slug, file, warning));
        }
        return out;
    }

    /** A warning line of {@code file} ({@code file:line: message}) as a finding at its line. */
    private static Finding finding(String slug, ContentFile file, String warning) {
        String prefix = file.path().toString().replace('\\', '/') + ":";
        int line = 0;
        String message = warning;
        if (warning.startsWith(prefix)) {
            String rest = warning.substring(prefix.length());
            int colon = rest.indexOf(": ");
            if (colon > 0 && rest.substring(0, colon).chars().allMatch(Character::isDigit)) {
                line = Integer.parseInt(rest.substring(0, colon));
                message = rest.substring(colon + 2);
            } else {
                message = rest.strip();
            }
        }
        return new Finding(slug, file.path(), line, message);
    }

    private Links.Result links(Path content, Path templates, boolean drafts) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("verbatim-check");
            Path site = temp.resolve("site");
            new Site(config, analyzer).build(content, templates, site, drafts);
            return Links.check(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Site.deleteTree(temp);
        }
    }

}
