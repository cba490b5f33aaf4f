package verbatim.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The script that reloads a served page after a rebuild and shows why a build failed, and its tag, added to the
 * HTML pages as the preview sends them: the files on disk never hold it.
 *
 * <p>Example: {@code <p>Hi</p></body></html>} with build 7 →
 * {@code <p>Hi</p><script src="/__verbatim/reload.js" data-build="7"></script></body></html>}; a page without
 * {@code </body>} gets the tag at its end.
 */
public final class ReloadScript {

    /** The folder of the preview's own addresses; no site has a file there. */
    public static final String PREFIX = "/__verbatim/";
    /** The address of the script. */
    public static final String PATH = PREFIX + "reload.js";
    /** The address of the stream of build events (Server-Sent Events). */
    public static final String EVENTS = PREFIX + "events";

    private static final byte[] SCRIPT = load();

    private ReloadScript() {
    }

    /**
     * The page with the script's tag before its last {@code </body>}.
     *
     * @param build the number of the build the page comes from, for the script to reload it when a newer build
     *              is announced at connection (a rebuild that finished while the page was loading)
     */
    public static String inject(String html, long build) {
        String tag = "<script src=\"" + PATH + "\" data-build=\"" + build + "\"></script>";
        int at = lastEndOfBody(html);
        return at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
    }

    /** Where the last {@code </body>} starts, in any case, or -1 (no lower-casing: « İ » would shift the index). */
    private static int lastEndOfBody(String html) {
        for (int i = html.length() - "</body>".length(); i >= 0; i--) {
            if (html.regionMatches(true, i, "</body>", 0, "</body>".length())) {
                return i;
            }
        }
        return -1;
    }

    /** The script itself (UTF-8 JavaScript). */
    public static byte[] script() {
        return SCRIPT.clone();
    }

    private static byte[] load() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("verbatim/serve/reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
