package verbatim.content;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import verbatim.content.web.PageArticle;
import verbatim.content.web.SavedPage;
import verbatim.text.ElisionRepair;
import verbatim.text.Language;
import verbatim.text.Slug;

/**
 * Imports files into a content folder: raw article text ({@code .txt}) or saved web pages ({@code .html}),
 * one at a time or a folder of them, each giving one {@link Outcome}.
 *
 * <p>Slug and language come from the options, else from the file name ({@code my-article.fr.html}) when it means
 * something, else, for a page, from its canonical address ({@code …/2025/11/04/bibliotheque-reouverture_6123.html} →
 * {@code bibliotheque-reouverture}) and its metadata or words, and for a raw text from its title: {@code raw/123.txt}
 * whose title is « Le Conseil vote le budget » gives {@code le-conseil-vote-le-budget} (a name of digits only, or one
 * a tool gives every file, such as {@code article} or {@code sans-titre}, means nothing).
 */
public final class Importer {

    /** What the user asked for; null fields take their value from each file. */
    public record Options(Path content, String slug, String lang, String title, String date, boolean force) {
    }

    /** What became of one file. */
    public sealed interface Outcome permits Imported, Skipped, Failed {
        /** The file imported. */
        Path file();
    }

    /** Imported into {@code target}. */
    public record Imported(Path file, Path target, Import.Result result) implements Outcome {
    }

    /**
     * Left alone because {@code target} exists and {@code --force} was not given.
     *
     * @param title the title the slug was made from, or null when it came from the file name or {@code --slug}
     */
    public record Skipped(Path file, Path target, String title) implements Outcome {
    }

    /** Not imported, for the reason given. */
    public record Failed(Path file, InputException error) implements Outcome {
    }

    private static final Pattern NAME = Pattern.compile("(.+?)(?:\\.([a-z]{2}))?\\.([A-Za-z0-9]+)");
    private static final Set<String> GENERIC_NAMES = Set.of("index", "page", "article", "default", "story", "amp",
            "untitled", "sans-titre", "document", "texte", "text", "raw", "brut", "new", "nouveau");
    private static final Pattern PAGE = Pattern.compile("(?i).*\\.(html?|xhtml|mhtml?)$");
    private static final Pattern IMPORTABLE = Pattern.compile("(?i).*\\.(html?|xhtml|txt)$");
    private static final int SLUG_MAX = 80;

    private final Options options;

    public Importer(Options options) {
        this.options = options;
    }

    /** The files to import: each file given, and every {@code .html}, {@code .htm} and {@code .txt} of each folder. */
    public static List<Path> files(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    listing.filter(f -> Files.isRegularFile(f) && IMPORTABLE.matcher(f.getFileName().toString())
                            .matches()).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Imports one file; bad input is a {@link Failed} outcome, never an exception. */
    public Outcome run(Path file) {
        try {
            return importFile(file);
        } catch (InputException e) {
            return new Failed(file, e.file() != null ? e : new InputException(file, e.line(), e.getMessage(), e.fix()));
        } catch (IOException e) {
            return new Failed(file, new InputException(file, 0, "cannot read or write (" + e.getMessage() + ")",
                    "Check the file and the content folder."));
        }
    }

    private Outcome importFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "no such file", "Give the path of a saved page (.html), a raw "
                    + "article (.txt) or a folder of them.");
        }
        Matcher name = NAME.matcher(file.getFileName().toString());
        boolean named = name.matches();
        String fileSlug = named ? name.group(1).toLowerCase(Locale.ROOT) : null;
        String fileLang = named ? name.group(2) : null;
        boolean page = PAGE.matcher(file.getFileName().toString()).matches();
        byte[] bytes = Files.readAllBytes(file);
        TextFile.refuseBinary(file, bytes); // a PDF or an archive given by mistake, whatever its name
        String slug;
        String lang;
        Import.Result result;
        if (page) {
            SavedPage saved = SavedPage.parse(bytes);
            slug = first(options.slug(), usable(fileSlug), urlSlug(saved.metadata().url()),
                    saved.metadata().title() == null ? null : cut(Slug.of(saved.metadata().title())));
            lang = first(options.lang(), fileLang, saved.metadata().lang(), Language.detect(saved.text()));
            checkLang(file, lang);
            Path target = target(file, slug, lang);
            if (Files.exists(target) && !options.force()) {
                return new Skipped(file, target, null);
            }
            PageArticle article = saved.article(lang);
            result = Import.of(article, lang, options.title(), options.date());
            return write(file, target, result);
        }
        RawArticle raw = RawArticle.parse(TextFile.decode(file, bytes));
        lang = first(options.lang(), fileLang, Language.detect(String.join("\n", raw.paragraphs())));
        checkLang(file, lang);
        String title = null; // the title the slug is made from, when the file's name means nothing
        slug = first(options.slug(), usable(fileSlug));
        if (slug == null && !raw.paragraphs().isEmpty()) {
            title = options.title() != null ? options.title()
                    : Import.headline(raw, lang.equals("fr") ? ElisionRepair.french() : null);
            slug = cut(Slug.of(title));
        }
        Path target = target(file, slug == null || slug.equals("untitled") ? fileSlug : slug, lang);
        if (Files.exists(target) && !options.force()) {
            return new Skipped(file, target, title);
        }
        result = Import.of(raw, lang, options.title(), options.date());
        return write(file, target, result);
    }

    private Path target(Path file, String slug, String lang) {
        if (slug == null || !ContentFile.SLUG.matcher(slug).matches()) {
            throw new InputException(file, 0, "cannot make a slug from the file name",
                    "Give one with --slug, in lower-case letters, digits and hyphens.");
        }
        return options.content().resolve(slug + "." + lang + ".md");
    }

    private Imported write(Path file, Path target, Import.Result result) throws IOException {
        Files.createDirectories(options.content());
        Files.writeString(target, result.markdown(), StandardCharsets.UTF_8);
        return new Imported(file, target, result);
    }

    private static void checkLang(Path file, String lang) {
        if (!lang.matches("fr|en")) {
            throw new InputException(file, 0, "unknown language '" + lang + "'",
                    "Use --lang fr or --lang en (Verbatim reads French and English).");
        }
    }

    /**
     * A file name that is a slug already, and not one a browser, a site or a tool gives every file, nor digits only
     * ({@code 123}, {@code 2026-03-01}: a number in a series, not what the article is about).
     */
    private static String usable(String slug) {
        return slug != null && ContentFile.SLUG.matcher(slug).matches() && !GENERIC_NAMES.contains(slug)
                && !slug.matches("[0-9-]+") ? slug : null;
    }

    /**
     * The slug of an article's address: its last meaningful path segment without extension and numeric id.
     * Example: {@code https://x.example/2025/11/04/la-bibliotheque-rouvre_6123456_3246.html} →
     * {@code la-bibliotheque-rouvre}.
     */
    static String urlSlug(String url) {
        if (url == null) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String s = segments[i].replaceFirst("(?i)\\.(s?html?|php|aspx?|amp)$", "")
                    .replaceAll("([_-]\\d{3,})+$", "").replaceFirst("^\\d{3,}[_-]", "");
            String slug = Slug.of(s);
            if (!slug.equals("untitled") && slug.length() >= 3 && !slug.matches("[0-9-]+|amp|index")) {
                return cut(slug);
            }
        }
        return null;
    }

    private static String cut(String slug) {
        if (slug.length() <= SLUG_MAX) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', SLUG_MAX);
        return slug.substring(0, hyphen > 20 ? hyphen : SLUG_MAX);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
