package verbatim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import verbatim.content.InputException;
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

    /** The settings file given on the command line, or null: then {@value SiteConfig#FILE}, when it exists. */
    @Option(names = "--config", paramLabel = "FILE",
            description = "Site settings; it must exist (default: " + SiteConfig.FILE + ", used when it exists).")
    Path config;

    /**
     * The settings file to read: the one given with {@code --config}, else {@value SiteConfig#FILE} (read only
     * when it exists).
     *
     * @throws InputException when {@code --config} names a file that does not exist, or a folder: a path given
     *                        on purpose is not silently replaced by the defaults
     */
    Path config() {
        if (config == null) {
            return Path.of(SiteConfig.FILE);
        }
        if (!Files.isRegularFile(config)) {
            throw new InputException(config, 0, Files.isDirectory(config)
                    ? "the settings file given with --config is a folder"
                    : "the settings file given with --config does not exist",
                    "Check the path, or leave --config out to use " + SiteConfig.FILE + " (when there is one) or "
                            + "the defaults.");
        }
        return config;
    }

    /** The three as one value. */
    Sources sources() {
        return new Sources(content, templates, config());
    }
}
