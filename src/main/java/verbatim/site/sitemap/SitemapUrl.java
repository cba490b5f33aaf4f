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

    /** How an entry is written to a spill file ({@link verbatim.site.spill}): its alternates read back in order. */
    public static final verbatim.site.spill.Codec<SitemapUrl> CODEC = new verbatim.site.spill.Codec<>() {
        @Override
        public void write(java.io.DataOutput out, SitemapUrl url) throws java.io.IOException {
            verbatim.site.spill.Codec.string(out, url.loc());
            out.writeBoolean(url.lastmod() != null);
            if (url.lastmod() != null) {
                out.writeLong(url.lastmod().toEpochDay());
            }
            out.writeInt(url.alternates().size());
            for (Map.Entry<String, String> a : url.alternates().entrySet()) {
                verbatim.site.spill.Codec.string(out, a.getKey());
                verbatim.site.spill.Codec.string(out, a.getValue());
            }
        }

        @Override
        public SitemapUrl read(java.io.DataInput in) throws java.io.IOException {
            String loc = verbatim.site.spill.Codec.string(in);
            LocalDate lastmod = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
            Map<String, String> alternates = new java.util.LinkedHashMap<>();
            for (int k = in.readInt(); k > 0; k--) {
                alternates.put(verbatim.site.spill.Codec.string(in), verbatim.site.spill.Codec.string(in));
            }
            return new SitemapUrl(loc, lastmod, java.util.Collections.unmodifiableMap(alternates));
        }
    };
}
