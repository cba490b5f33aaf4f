package verbatim.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.text.Slug;

/**
 * The content folder: finds the article files and groups them by slug, without reading them.
 *
 * <p>Only paths are kept, so a folder of 100,000 articles costs a few megabytes; each article is read when
 * its turn comes ({@link #read(List)}).
 */
public final class ContentFolder {

    /** Any name ending in .md, with a two-letter language before it when there is one. */
    private static final Pattern LOOSE_NAME = Pattern.compile("(?i)(.+?)(?:\\.([a-z]{2}))?\\.md");

    private final Path root;

    public ContentFolder(Path root) {
        this.root = root;
    }

    /**
     * The content files grouped by the slug of their file name, slugs in order.
     *
     * @throws InputException naming every badly named file and every slug claimed twice
     */
    public Map<String, List<Path>> slugs() {
        Listing listing = list();
        if (!listing.problems().isEmpty()) {
            throw InputErrors.of(listing.problems());
        }
        return listing.slugs();
    }

    /**
     * The content files grouped by slug, and the files that cannot be articles.
     *
     * @param slugs      the files of each slug, slugs in order
     * @param problems   a badly named file, or two files of one slug and language (in two subfolders)
     * @param attributes the attributes of each content file as listed (size, modification time, file key), so that
     *                   a build can tell a file it read before without reading it again
     * @param warnings   one line for each file that is no content file and is left out ({@link #stray}), sorted
     */
    public record Listing(Map<String, List<Path>> slugs, List<InputException> problems,
                          Map<Path, BasicFileAttributes> attributes, List<String> warnings) {
    }

    /** Lists the folder, keeping every problem instead of stopping at the first. */
    public Listing list() {
        return classify(walk());
    }

    /** The folder, absolute. */
    Path absoluteRoot() {
        return root.toAbsolutePath().normalize();
    }

    /**
     * Every regular file below the folder (a link followed to its file), with its attributes; paths as the folder
     * was given ({@code content/a.fr.md}).
     */
    private Map<Path, BasicFileAttributes> walk() {
        if (Files.isRegularFile(root)) {
            throw new InputException(root, 0, "the content folder is a file, not a folder",
                    "Give the folder that holds the articles with --content DIR (here, "
                            + (root.toAbsolutePath().getParent() != null ? root.toAbsolutePath().getParent() : root)
                            + ").");
        }
        if (!Files.isDirectory(root)) {
            throw new InputException(root, 0, "the content folder does not exist",
                    "Create it and add articles as <slug>.<lang>.md, or point to it with --content DIR.");
        }
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    BasicFileAttributes followed = followed(file, attrs);
                    if (followed != null && followed.isRegularFile()) {
                        attributes.put(file, followed);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(root, 0, "cannot list the content folder (" + e.getMessage() + ")", null);
        }
        return attributes;
    }

    /** The attributes of a file, a symbolic link's of what it leads to; null for a link to nothing. */
    private static BasicFileAttributes followed(Path file, BasicFileAttributes attrs) {
        if (!attrs.isSymbolicLink()) {
            return attrs;
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // a link to nothing: not a content file
        }
    }

    /**
     * The listing of the files {@code found} (each with its attributes): grouped by slug, problems told. Each file and
     * each name is looked at by a method of its own, which the JIT compiles after a few hundred calls: the loops here
     * run once a build, over 20,000 files at 10,000 articles, and a loop's own body stays interpreted that long.
     */
    private Listing classify(Map<Path, BasicFileAttributes> found) {
        Map<String, List<Path>> bySlug = new TreeMap<>();
        List<InputException> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new ConcurrentHashMap<>(found); // a build lets each go once read
        Map<String, List<Path>> byFileName = new HashMap<>(); // only the few files of one name are sorted
        for (Path p : attributes.keySet()) { // taking out the file at hand leaves the others to come
            list(p, attributes, byFileName, problems, warnings);
        }
        for (Map.Entry<String, List<Path>> e : byFileName.entrySet()) {
            claim(e.getKey(), e.getValue(), bySlug, problems);
        }
        warnings.sort(null);
        return new Listing(bySlug, problems, attributes, warnings);
    }

    /** Adds the file {@code p} to {@code byFileName} when it is a content file, else takes it out of {@code attributes}. */
    private void list(Path p, Map<Path, BasicFileAttributes> attributes, Map<String, List<Path>> byFileName,
                      List<InputException> problems, List<String> warnings) {
        String name = p.getFileName().toString();
        if (contentFile(p, name, problems, warnings)) {
            byFileName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(p);
        } else {
            attributes.remove(p);
        }
    }

    /**
     * Whether the file {@code p} named {@code name} is a content file; if not, what is wrong with it is added to
     * {@code problems} (a bad name or language) or {@code warnings} (a stray file), or nothing (a file meant to be
     * there, such as a README).
     */
    private boolean contentFile(Path p, String name, List<InputException> problems, List<String> warnings) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".md") || name.startsWith(".")
                || name.equalsIgnoreCase("README.md")) {
            String stray = stray(p);
            if (stray != null) {
                warnings.add(stray);
            }
            return false;
        }
        if (!isContentName(name)) {
            problems.add(badName(p, name));
            return false;
        }
        String lang = name.substring(name.length() - 5, name.length() - 3);
        if (!LANGUAGES.contains(lang)) {
            String slug = name.substring(0, name.length() - 6);
            problems.add(new InputException(p, 0, "'" + lang + "' in the file name is no language this archive"
                    + " publishes (it publishes French and English)", "Rename it to " + slug + ".fr.md or "
                    + slug + ".en.md, or move it out of the content folder."));
            return false;
        }
        return true;
    }

    /**
     * Gives the files of one name ({@code same}, at any depth) to their slug in {@code bySlug}: the first in path
     * order, put among the slug's files in path order; each other one is a problem.
     */
    private static void claim(String name, List<Path> same, Map<String, List<Path>> bySlug,
                              List<InputException> problems) {
        same.sort(null); // the first in path order has the name; the others are told
        String slug = name.substring(0, name.length() - ".xx.md".length());
        for (Path p : same.subList(1, same.size())) { // each pointed at by its title, which tells them apart
            problems.add(new InputException(p, SlugSource.of(p).line(), "this file and "
                    + SlugSource.of(same.get(0)).at() + " both claim slug '" + slug + "' in '"
                    + name.substring(slug.length() + 1, slug.length() + 3) + "' by their file names, and only "
                    + "one page can have that address", "Rename one of them, or delete the one that is a copy."));
        }
        List<Path> files = bySlug.computeIfAbsent(slug, k -> new ArrayList<>(2));
        Path first = same.get(0);
        int at = files.size();
        while (at > 0 && files.get(at - 1).compareTo(first) > 0) {
            at--;
        }
        files.add(at, first);
    }

    /**
     * The warning for a file of the content folder that is no content file and would be left out silently, one line
     * {@code file:0: what — how to fix}; null for the files meant to be there: hidden ones and those in hidden
     * folders ({@code .git/}, {@code .gitkeep}), a {@code README.md}, and the scratch and backup files of editors
     * ({@code a.md~}, {@code #a.md#}, {@code .swp}, {@code .tmp}).
     *
     * <p>Example: {@code content/notes.txt} → {@code content/notes.txt:0: this file is not an article
     * (<slug>.<lang>.md), so the build leaves it out — import it with: archive import content/notes.txt (then delete
     * it), or move it out of the content folder}.
     */
    String stray(Path p) {
        Path relative = absoluteRoot().relativize(p.toAbsolutePath().normalize());
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return null;
            }
        }
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("readme.md") || lower.endsWith("~") || lower.startsWith("#") && lower.endsWith("#")
                || lower.endsWith("___") || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".tmp")
                || lower.endsWith(".crswap") || lower.indexOf('.') < 0 && lower.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String shown = p.toString().replace('\\', '/');
        Matcher md = MARKDOWN.matcher(name);
        String fix;
        Matcher suffixed = SUFFIXED_ARTICLE.matcher(name);
        if (suffixed.matches() || IMPORTABLE.matcher(name).matches() && startsWithFrontMatter(p)) {
            String base = suffixed.matches() ? suffixed.group(1) : name.substring(0, name.lastIndexOf('.'));
            Matcher lang = WITH_LANGUAGE.matcher(base);
            String slug = Slug.of(lang.matches() ? lang.group(1) : base);
            fix = "it has front matter: rename it to " + (lang.matches() ? slug + "."
                    + lang.group(2).toLowerCase(Locale.ROOT) + ".md" : slug + ".fr.md or " + slug + ".en.md");
        } else if (md.matches()) {
            String slug = Slug.of(md.group(1));
            String lang = md.group(2) == null ? null : md.group(2).toLowerCase(Locale.ROOT);
            fix = "rename it to " + (lang != null ? slug + "." + lang + ".md" : slug + ".fr.md or " + slug + ".en.md")
                    + " if it is an article, or move it out of the content folder";
        } else if (IMPORTABLE.matcher(name).matches()) {
            fix = "import it with: " + Invocation.of("import " + shown) + " (then delete it), or move it out of the "
                    + "content folder";
        } else {
            fix = "move it out of the content folder";
        }
        return new InputException(p, 0, "this file is not an article (<slug>.<lang>.md), so the build leaves it out",
                null).oneLine() + " — " + fix;
    }

    /** A Markdown file under another extension: {@code a.markdown}, {@code a.fr.mdown}, {@code a.fr.markdown}. */
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+?)(?:\\.([a-z]{2}))?\\.(markdown|mdown|mkd|mkdn|mdwn|mdtxt|text)");
    /** A name that ends with a language code: {@code port.en}. */
    private static final Pattern WITH_LANGUAGE = Pattern.compile("(?i)(.+?)\\.([a-z]{2})");
    /** An article saved under one more extension: {@code port.en.md.txt}. */
    private static final Pattern SUFFIXED_ARTICLE = Pattern.compile("(?i)(.+?\\.[a-z]{2})\\.md\\.[a-z0-9]+");

    /** True when a file's first line is the {@code ---} that opens front matter (an article, not a raw text). */
    private static boolean startsWithFrontMatter(Path p) {
        try (java.io.InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(5);
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return start.startsWith("---\n") || start.startsWith("---\r");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A raw article or a saved page, which {@code archive import} turns into an article. */
    private static final Pattern IMPORTABLE = Pattern.compile("(?i).+\\.(txt|html?)");

    /**
     * A listing kept between builds and patched with the files that changed since, instead of the folder listed again
     * (see {@code verbatim.site.Warm}).
     */
    public static final class Kept {
        private final ContentFolder folder;
        private final Path root;
        private final Map<Path, BasicFileAttributes> files;
        /** The listing of {@link #files} as last made, until a file changes; shared, so not to be changed. */
        private Listing classified;

        private Kept(ContentFolder folder, Map<Path, BasicFileAttributes> files) {
            this.folder = folder;
            this.root = folder.absoluteRoot();
            this.files = files;
        }

        /** The folder listed. */
        public static Kept of(ContentFolder folder) {
            return new Kept(folder, folder.walk());
        }

        /** The folder, absolute. */
        public Path root() {
            return root;
        }

        /**
         * The listing of the files as now known: the same one from build to build until a file changes. Its maps and
         * lists cannot be changed (a build keeps them as they are).
         */
        public Listing listing() {
            if (!Files.isDirectory(folder.root)) {
                folder.walk(); // tells that the folder is gone
            }
            if (classified == null) {
                Listing l = folder.classify(files);
                Map<String, List<Path>> slugs = new TreeMap<>();
                l.slugs().forEach((slug, paths) -> slugs.put(slug, List.copyOf(paths)));
                classified = new Listing(java.util.Collections.unmodifiableSortedMap((java.util.SortedMap<String,
                        List<Path>>) slugs), List.copyOf(l.problems()), java.util.Collections.unmodifiableMap(
                        l.attributes()), List.copyOf(l.warnings()));
            }
            return classified;
        }

        /**
         * Looks again at {@code changed} (absolute), created, changed or deleted since: a file below the folder is
         * stat'ed again; a path outside it is not its business.
         *
         * @return false when the listing cannot be patched (a folder changed, or the folder itself): list it again
         */
        public boolean update(Path changed) {
            Listing before = classified;
            classified = null;
            if (root.startsWith(changed)) {
                return false; // the folder itself, or one that holds it
            }
            if (!changed.startsWith(root)) {
                return true;
            }
            Path path = folder.root.resolve(root.relativize(changed));
            BasicFileAttributes attrs;
            try {
                attrs = followed(path, Files.readAttributes(path, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS));
            } catch (IOException e) {
                attrs = null;
            }
            if (attrs == null) {
                // gone (or a link to nothing); a folder gone takes its files with it
                boolean folderGone = files.keySet().stream().anyMatch(f -> f.startsWith(path) && !f.equals(path));
                files.remove(path);
                return !folderGone;
            }
            if (attrs.isDirectory()) {
                return false;
            }
            if (attrs.isRegularFile()) {
                BasicFileAttributes was = files.put(path, attrs);
                if (was != null && before != null && before.problems().isEmpty()
                        && before.attributes().containsKey(path)) {
                    // an article's file saved again: the same names, so the same slugs; only its attributes change
                    Map<Path, BasicFileAttributes> now = new java.util.HashMap<>(before.attributes());
                    now.put(path, attrs);
                    classified = new Listing(before.slugs(), before.problems(),
                            java.util.Collections.unmodifiableMap(now), before.warnings());
                }
            } else {
                files.remove(path);
            }
            return true;
        }
    }

    /** The languages a content file may be written in: the two columns of every page. */
    static final java.util.Set<String> LANGUAGES = java.util.Set.of("fr", "en");

    /**
     * True when {@code name} is {@code <slug>.<lang>.md} as {@link ContentFile#NAME} has it (lower-case letters,
     * digits and hyphens, not starting with a hyphen; two lower-case letters), read without a regular expression: a
     * listing reads thousands.
     */
    static boolean isContentName(String name) {
        int n = name.length();
        if (n < 7 || !name.endsWith(".md") || name.charAt(n - 6) != '.') {
            return false;
        }
        for (int i = n - 5; i < n - 3; i++) {
            char c = name.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        for (int i = 0; i < n - 6; i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || i == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Explains a file name that is not {@code <slug>.<lang>.md}, with the name it should have.
     * Example: {@code Mon Article.FR.md} → rename it to {@code mon-article.fr.md}.
     */
    static InputException badName(Path p, String name) {
        Matcher m = LOOSE_NAME.matcher(name);
        String stem = m.matches() ? m.group(1) : name.replaceFirst("(?i)\\.md$", "");
        String lang = m.matches() && m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : null;
        String slug = Slug.of(stem);
        if (lang == null) {
            return new InputException(p, 0, "a content file is named <slug>.<lang>.md, and this name gives no "
                    + "language", "Rename it to " + slug + ".fr.md or " + slug + ".en.md.");
        }
        return new InputException(p, 0, "a content file is named <slug>.<lang>.md, the slug in lower-case "
                + "letters, digits and hyphens", "Rename it to " + slug + "." + lang + ".md.");
    }

    /** Reads and pairs the files of one slug. */
    public static Article read(List<Path> files) {
        List<ContentFile> read = new ArrayList<>();
        List<InputException> broken = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(ContentFile.read(file));
            } catch (InputException e) {
                broken.addAll(e instanceof InputErrors all ? all.errors() : List.of(e)); // every broken file, not the first
            }
        }
        if (!broken.isEmpty()) {
            throw InputErrors.of(broken);
        }
        String slug = read.get(0).slug();
        for (ContentFile f : read) {
            if (!f.slug().equals(slug)) {
                throw new InputException(f.path(), 0, "its slug '" + f.slug() + "' differs from '" + slug
                        + "' of " + read.get(0).path().getFileName(), "Give both files the same slug.");
            }
        }
        return Article.of(slug, read);
    }
}
