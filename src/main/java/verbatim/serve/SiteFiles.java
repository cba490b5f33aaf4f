package verbatim.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the path of a request to a file of the output folder, and only to one under it.
 *
 * <p>The raw path is decoded once (strict UTF-8; {@code +} stays a plus) and split on slashes; a {@code ..} or
 * {@code .} segment, a backslash, a colon or a control character in any segment is refused, encoded or not
 * ({@code /%2e%2e/pom.xml}, {@code /..%2Fpom.xml}). The file found must still lie under the output folder once
 * every symbolic link is resolved. A folder gives its {@code index.html}; a folder asked without its final slash
 * is redirected to it, so that the page's relative links work. Examples, for an output holding
 * {@code fr/index.html}:
 *
 * <pre>
 * /fr/            → Found(site/fr/index.html)
 * /fr             → Redirect(/fr/)
 * /fr/nothing     → Missing
 * /../pom.xml     → Refused
 * </pre>
 *
 * <p>The output folder is read again at each request: a build replaces it whole.
 */
public final class SiteFiles {

    /** Where a request leads. */
    public sealed interface Lookup permits Found, Redirect, Missing, Refused {
    }

    /** A regular file under the output folder, to send. */
    public record Found(Path file) implements Lookup {
    }

    /** A folder asked without its final slash: the address to send the browser to. */
    public record Redirect(String location) implements Lookup {
    }

    /** Nothing there. */
    public record Missing() implements Lookup {
    }

    /** A path that tries to leave the output folder, or that no file of a site can have. */
    public record Refused(String why) implements Lookup {
    }

    private final Path root;

    /** @param root the output folder; it need not exist yet */
    public SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** True when the output folder exists: a build that swaps its new output in leaves a moment without it. */
    public boolean present() {
        return Files.isDirectory(root);
    }

    /** Where the raw path of a request (as sent, still percent-encoded, without the query) leads. */
    public Lookup lookup(String rawPath) {
        List<String> segments = segments(rawPath);
        if (segments == null) {
            return new Refused("the path is not one of a file of the site");
        }
        Path file = root;
        for (String segment : segments) {
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root)) {
            return new Refused("the path leads outside the site");
        }
        if (!Files.exists(file)) {
            return new Missing();
        }
        if (!inside(file)) {
            return new Refused("the path leads outside the site through a link");
        }
        if (Files.isDirectory(file)) {
            if (!rawPath.endsWith("/")) {
                return new Redirect(rawPath + "/");
            }
            file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                return new Missing();
            }
            if (!inside(file)) {
                return new Refused("the path leads outside the site through a link");
            }
        }
        return Files.isRegularFile(file) ? new Found(file) : new Missing();
    }

    /**
     * The page to show with a 404 for a path: the language's {@code 404.html} when the path starts with a folder
     * that has one ({@code /fr/…} → {@code fr/404.html}), else the root {@code 404.html}; null when neither exists.
     */
    public Path notFoundPage(String rawPath) {
        List<String> segments = segments(rawPath);
        if (segments != null && segments.size() > 1) {
            Path page = root.resolve(segments.get(0)).resolve("404.html");
            if (Files.isRegularFile(page) && inside(page)) {
                return page;
            }
        }
        Path page = root.resolve("404.html");
        return Files.isRegularFile(page) && inside(page) ? page : null;
    }

    /** True when the real path of an existing file lies under the real path of the output folder. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The decoded, non-empty segments of a raw path, or null when the path is refused. */
    static List<String> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String path = decode(rawPath);
        if (path == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0
                    || segment.indexOf(':') >= 0 || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return null;
            }
            out.add(segment);
        }
        return out;
    }

    /** Percent-decodes a path as UTF-8; null when an escape is broken or the bytes are not UTF-8. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
