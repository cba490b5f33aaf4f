package verbatim.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.analysis.Analyzer;
import verbatim.analysis.RuleAnalyzer;
import verbatim.site.Site;
import verbatim.site.SiteConfig;
import verbatim.site.Warm;
import verbatim.site.cache.AnalysisCache;

/**
 * A {@link Rebuild} that builds the whole site each time, with the settings read again (they may have changed)
 * and the base URL of the preview in place of the settings' one, so that absolute links lead to the preview.
 * The analyser is loaded once and kept warm between builds, and the build's cache ({@code .verbatim/} beside the
 * content folder, as {@code build} uses it) spares every unchanged file its rendering and analysis. What the builds
 * hold between them ({@link Warm}: the output's manifest and the catalogue as last written, the compiled templates,
 * the content listing patched with the changed files) is kept in memory, so that a rebuild reads only what changed;
 * and the output folder is watched ({@link OutputWatcher}), so that a rebuild looks only at the output files changed
 * since the build before, not at every file of the site.
 */
public final class FullBuild implements Rebuild {

    private final Sources sources;
    private final Path output;
    private final boolean drafts;
    private final String baseUrl;
    private final Analyzer analyzer;
    private final OutputWatcher outputWatcher = new OutputWatcher();
    private final Warm warm = new Warm(outputWatcher);

    /**
     * @param baseUrl the preview's address, such as {@code http://127.0.0.1:1313/}
     * @param drafts  true to include articles marked {@code draft: true}
     */
    public FullBuild(Sources sources, Path output, boolean drafts, String baseUrl, Analyzer analyzer) {
        this.sources = sources;
        this.output = output;
        this.drafts = drafts;
        this.baseUrl = baseUrl;
        this.analyzer = analyzer;
    }

    @Override
    public Site.Report build(Set<Path> changed) {
        List<String> warnings = new ArrayList<>();
        SiteConfig config = SiteConfig.load(sources.config(), warnings::add).withBaseUrl(baseUrl);
        Path cacheDir = AnalysisCache.besideContent(sources.content());
        Site.Cache cache = new Site.Cache(cacheDir, RuleAnalyzer.version(), () -> { });
        warm.changed(changed);
        Site.Report report = new Site(config, () -> analyzer, cache).warm(warm)
                .build(sources.content(), sources.templates(), output, drafts);
        warnings.addAll(report.warnings());
        return new Site.Report(report.articles(), report.pages(), report.millis(), warnings, report.notices());
    }

    /** Stops watching the output folder. */
    @Override
    public void close() {
        outputWatcher.close();
    }
}
