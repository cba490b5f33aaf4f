package verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import verbatim.site.Site;
import verbatim.site.SiteConfig;
import verbatim.site.cache.AnalysisCache;

/**
 * A {@code build} command line read without picocli, when it is {@code build} followed by build's own options only,
 * each once, in the forms read here ({@code --content DIR}, {@code --content=DIR}, the flags): {@link Main#main} then
 * runs the build at once. picocli's model of every command took 0.15–0.2 s to make at every start (its classes, made
 * for Java 5, are left out of the class-data-sharing archive), a tenth of a rebuild of 10,000 articles. Any other
 * line ({@code --help}, a misspelt or repeated option, an {@code @file}, a base URL or a pair of options that
 * {@link BuildCommand} refuses) is read by picocli as before, which tells what is wrong with it.
 *
 * <p>Example: {@code build --content=news --no-cache} gives the content folder {@code news} and no cache folder;
 * {@code build --help} and {@code build --content a --content b} give null.
 *
 * @param cache the cache folder: the one given, else {@code .verbatim} beside the content folder (absolute,
 *              normalised); null with {@code --no-cache}
 */
record BuildLine(Path content, Path templates, Path config, Path output, String baseUrl, boolean drafts, Path cache,
                 boolean verbose, List<String> args) {

    /** The options of {@code build} that take a value. */
    private static final Set<String> VALUED = Set.of("--content", "--templates", "--config", "--output", "--base-url",
            "--cache");
    /** The options of {@code build} that take none (besides help and version, left to picocli). */
    private static final Set<String> FLAGS = Set.of("--drafts", "--no-cache", "--verbose");

    /** The line {@code args} read, or null when picocli is to read it. */
    static BuildLine of(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return null;
        }
        String content = "content";
        String templates = "templates";
        String config = null;
        String output = "site";
        String baseUrl = null;
        String cache = null;
        boolean drafts = false;
        boolean noCache = false;
        boolean verbose = false;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 || !arg.startsWith("--") ? arg : arg.substring(0, eq);
            if (arg.startsWith("@") || !seen.add(name)) {
                return null; // an argument file, or an option given twice
            }
            if (FLAGS.contains(arg)) {
                drafts |= arg.equals("--drafts");
                noCache |= arg.equals("--no-cache");
                verbose |= arg.equals("--verbose");
                continue;
            }
            if (!VALUED.contains(name) || eq < 0 && i + 1 >= args.length) {
                return null;
            }
            String value = eq < 0 ? args[++i] : arg.substring(eq + 1);
            if (value.startsWith("@") || value.startsWith("-")) {
                return null; // picocli's to tell whether it is a value or an option
            }
            switch (name) {
                case "--content" -> content = value;
                case "--templates" -> templates = value;
                case "--config" -> config = value;
                case "--output" -> output = value;
                case "--base-url" -> baseUrl = value.strip(); // "" (or blank): relative links chosen
                case "--cache" -> cache = value;
                default -> throw new IllegalStateException(name);
            }
        }
        if (baseUrl != null && SiteConfig.baseUrlProblem(baseUrl) != null || cache != null && noCache) {
            return null; // refused by the command, in picocli's words
        }
        try {
            Path folder = Path.of(content);
            Path cacheDir = noCache ? null : cache != null ? Path.of(cache) : AnalysisCache.besideContent(folder);
            return new BuildLine(folder, Path.of(templates), config == null ? null : Path.of(config), Path.of(output),
                    baseUrl, drafts, cacheDir, verbose, List.of(args));
        } catch (InvalidPathException e) {
            return null; // told by picocli
        }
    }

    /** Whether a previous build of this output kept its catalogue in this cache folder ({@link #previousRecords}). */
    boolean rebuild() {
        return previousRecords() >= 0;
    }

    /** The size of the catalogue a previous build of this output kept in this cache folder, or -1. */
    long previousRecords() {
        return cache == null ? -1 : Site.previousRecords(cache, output);
    }

    /**
     * Runs the build this line asks for, in a JVM of its own for a large archive ({@link HeapLimit#relaunch}),
     * printing to {@code out} and {@code err} what {@code archive build} prints; returns its exit code. A failure is
     * told as {@link Main#commandLine} tells it.
     */
    int run(PrintWriter out, PrintWriter err) {
        try {
            int relaunched = HeapLimit.relaunch(content, this::previousRecords, args);
            if (relaunched >= 0) {
                return relaunched;
            }
            BuildCommand build = new BuildCommand();
            build.source = new SourceOptions();
            build.source.content = content;
            build.source.templates = templates;
            build.source.config = config;
            build.output = output;
            build.baseUrl = baseUrl;
            build.drafts = drafts;
            build.cache = cache;
            build.noCache = cache == null;
            return build.build(args, out, err);
        } catch (Exception e) {
            return Main.failed(e, err, verbose);
        }
    }
}
