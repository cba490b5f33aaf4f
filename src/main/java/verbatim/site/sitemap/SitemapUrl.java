package verbatim.site.sitemap;

import java.time.LocalDate;
import java.util.Map;

/**
 * One {@code <url>} of a sitemap: its address, the date it last changed, and its versions in other languages.
 *
 * @param loc        the page's address
 * @param lastmod    the date of its content, or null when it has none of its own (an index page)
 * @param alternates language code (or {@code x-default}) → address, written as {@code <xhtml:link
 *                   rel="alternate" hreflang>}; the page itself included, as Google asks; in the map's order
 */
public record SitemapUrl(String loc, LocalDate lastmod, Map<String, String> alternates) {
}
