package verbatim.serve;

import java.nio.file.Path;

/**
 * What a preview builds from and watches: the content folder and the templates folder (each watched with
 * every folder below it; the templates folder may be missing) and the settings file (watched alone, it may be
 * missing too).
 *
 * @param content   the content folder, such as {@code content}
 * @param templates the folder of templates that override the built-in ones, such as {@code templates}
 * @param config    the settings file, such as {@code verbatim.yaml}
 */
public record Sources(Path content, Path templates, Path config) {
}
