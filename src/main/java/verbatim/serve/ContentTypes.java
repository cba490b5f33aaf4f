package verbatim.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a file of the site, from its name; text types say {@code charset=utf-8}, as the
 * build writes every text file in UTF-8.
 *
 * <p>Examples: {@code index.html} → {@code text/html; charset=utf-8}, {@code atom.xml} →
 * {@code application/atom+xml; charset=utf-8}, {@code photo.JPG} → {@code image/jpeg}, {@code data.bin} →
 * {@code application/octet-stream}.
 */
public final class ContentTypes {

    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("jsonl", "application/jsonl" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("xsl", "application/xslt+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("gz", "application/gzip"));

    private ContentTypes() {
    }

    /** The content type of a file name (a path's last segment, or the whole path). */
    public static String of(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals("atom.xml") || name.endsWith(".atom")) {
            return "application/atom+xml" + UTF8;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : BY_EXTENSION.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }

    /** True for an HTML page, the only files the preview adds its reload script to. */
    public static boolean isHtml(String fileName) {
        return of(fileName).startsWith("text/html");
    }
}
