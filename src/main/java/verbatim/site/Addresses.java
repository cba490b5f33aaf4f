package verbatim.site;

/**
 * How the pages of a build are linked: relative links between pages, absolute addresses from the base URL, and,
 * with clean URLs, a page named by its folder instead of its file.
 *
 * <p>Pages are always written as {@code fr/articles/a/index.html}. With clean URLs the links to them end at the
 * folder: from {@code fr/index.html}, the article is {@code ../fr/articles/a/index.html} by default and {@code
 * ../fr/articles/a/} with clean URLs (relative links always go back to the root first), and its address {@code
 * https://archive.example.org/fr/articles/a/}. Links to files that are not pages ({@code atom.xml}, {@code
 * style.css}, {@code 404.html}) are written as they are.
 *
 * @param base  the base URL ending with one slash, or "" for relative links only
 * @param clean true to link pages by their folder ({@code fr/articles/a/}), false by their file
 */
public record Addresses(String base, boolean clean) {

    private static final String INDEX = "index.html";
    /** A link that starts with a scheme ({@code https:}, {@code mailto:}): somewhere else than the site. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /**
     * A site path as links name it: {@code fr/articles/a/index.html#p2} → {@code fr/articles/a/#p2} with clean URLs,
     * unchanged otherwise; the root's {@code index.html} → "".
     */
    public String form(String path) {
        if (!clean) {
            return path;
        }
        int end = end(path);
        String file = path.substring(0, end);
        String fragment = path.substring(end);
        if (file.equals(INDEX) || file.endsWith("/" + INDEX)) {
            file = file.substring(0, file.length() - INDEX.length());
        }
        return file + fragment;
    }

    /**
     * The relative link from the page at site path {@code from} to {@code to}: {@code ../../fr/articles/a/} with
     * clean URLs; a link to the root from the root is {@code ./}.
     */
    public String href(String from, String to) {
        String link = Urls.href(from, form(to));
        return link.isEmpty() ? "./" : link;
    }

    /** The absolute address of the site path {@code to}: the base URL followed by its {@link #form}. */
    public String absolute(String to) {
        return base + form(to);
    }

    /** The address of {@code to} as the page (or file) at {@code from} writes it: absolute with a base URL. */
    public String url(String from, String to) {
        return base.isEmpty() ? href(from, to) : absolute(to);
    }

    /**
     * The site path a link of the page at {@code from} leads to, the folder of a clean link completed with its
     * {@code index.html}: {@code https://archive.example.org/fr/articles/a/} (base set) or {@code ../a/} from
     * {@code fr/articles/b/index.html} → {@code fr/articles/a/index.html}. A link elsewhere than the site is
     * returned as it is.
     */
    public String sitePath(String from, String href) {
        String path;
        if (!base.isEmpty() && href.startsWith(base)) {
            path = href.substring(base.length());
        } else if (SCHEME.matcher(href).matches()) {
            return href;
        } else {
            path = java.net.URI.create(from).resolve(href).toString();
        }
        int end = end(path);
        String file = path.substring(0, end);
        return file.isEmpty() || file.endsWith("/") ? file + INDEX + path.substring(end) : path;
    }

    /** Where the path of a link ends: at its query or fragment, or at its end. */
    private static int end(String link) {
        for (int i = 0; i < link.length(); i++) {
            if (link.charAt(i) == '?' || link.charAt(i) == '#') {
                return i;
            }
        }
        return link.length();
    }
}
