package verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import verbatim.analysis.RuleAnalyzer;
import verbatim.site.Site;
import verbatim.site.SiteConfig;
import verbatim.site.cache.AnalysisCache;
import verbatim.text.internal.CodeFingerprint;

/** {@code archive build}: renders the site from the content folder into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the bilingual site from the content files. A failed build leaves the output as it was.")
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site will be served from, for canonical and alternate links; \"\" for "
                    + "relative links only (no sitemap), whatever the settings say.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where analyses are kept between builds (default: .verbatim beside the content folder).")
    Path cache;

    @Option(names = "--no-cache", description = "Analyse every article again, without reading or writing the cache.")
    boolean noCache;

    @Override
    public Integer call() {
        if (baseUrl != null) {
            baseUrl = baseUrl.strip(); // --base-url "" (or blank): relative links chosen
        }
        if (baseUrl != null && SiteConfig.baseUrlProblem(baseUrl) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url "
                    + SiteConfig.baseUrlProblem(baseUrl) + ": write --base-url " + SiteConfig.baseUrlFix(baseUrl));
        }
        if (cache != null && noCache) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + cache + " and --no-cache "
                    + "contradict each other: give one of them");
        }
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        Path cacheDir = noCache ? null : cacheDir();
        int relaunched = HeapLimit.relaunch(source.content,
                () -> cacheDir == null ? -1 : Site.previousRecords(cacheDir, output), args);
        if (relaunched >= 0) { // built by a JVM with a bounded heap
            return relaunched;
        }
        return build(args, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The cache folder: the one given, else {@code .verbatim} beside the content folder. */
    private Path cacheDir() {
        return cache != null ? cache : AnalysisCache.besideContent(source.content);
    }

    /**
     * The build, in this JVM, of options already checked ({@link #call}, or {@link BuildLine} without picocli),
     * printing to {@code out} and {@code err}; returns its exit code.
     */
    int build(List<String> args, PrintWriter out, PrintWriter err) {
        Path cacheDir = cacheDir();
        if (Main.launched && QuickCompiler.wanted(java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments(), source.content)) {
            QuickCompiler.only(); // as the second JVM of a larger build below HeapLimit.QUICK_BELOW files
        }
        SiteConfig settings = SiteConfig.load(source.config(), w -> err.println("warning: " + w));
        if (baseUrl != null) {
            settings = settings.withBaseUrl(baseUrl);
        }
        Site.Report report;
        try {
            if (!noCache) { // the code's fingerprints, read from the jar, are remembered beside the analyses
                CodeFingerprint.rememberIn(cacheDir.resolve(AnalysisCache.FINGERPRINTS));
            }
            Site.Cache kept = noCache ? null : new Site.Cache(cacheDir, RuleAnalyzer.version(), () -> {
                err.println("waiting for another build that uses the cache " + cacheDir + " …");
                err.flush();
            });
            report = new Site(settings, RuleAnalyzer::loaded, kept).build(source.content, source.templates, output,
                    drafts);
        } finally {
            CodeFingerprint.rememberIn(null);
        }
        report.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        out.printf("Built %d article%s, %d pages, into %s (%s).%n", report.articles(),
                report.articles() == 1 ? "" : "s", report.pages(), output, timings(report));
        Site.Reuse reuse = report.reuse();
        out.printf("Analysed %d text%s, %d from the cache; %d of %d files unchanged; "
                + "rendered %d of %d articles and %d other page%s.%n", reuse.analysed(), reuse.analysed() == 1 ? "" : "s",
                reuse.cached(), reuse.unchanged(), reuse.files(), reuse.articles(), report.articles(), reuse.pages(),
                reuse.pages() == 1 ? "" : "s");
        report.notices().forEach(out::println);
        out.flush();
        return 0;
    }

    private static String timings(Site.Report report) {
        StringBuilder out = new StringBuilder();
        report.millis().forEach((step, ms) -> out.append(out.length() == 0 ? "" : ", ").append(step).append(' ')
                .append(ms).append(" ms"));
        return out.toString();
    }
}
