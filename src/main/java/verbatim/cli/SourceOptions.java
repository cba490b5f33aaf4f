package verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import verbatim.serve.Sources;
import verbatim.site.SiteConfig;

/** Where a site's sources are: the options {@code build}, {@code serve} and {@code check} share (a picocli mixin). */
public final class SourceOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates overriding the built-in ones (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = SiteConfig.FILE,
            description = "Site settings, used when the file exists (default: ${DEFAULT-VALUE}).")
    Path config;

    /** The three as one value. */
    Sources sources() {
        return new Sources(content, templates, config);
    }
}
