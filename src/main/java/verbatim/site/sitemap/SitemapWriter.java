package verbatim.site.sitemap;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps as the sitemaps.org protocol 0.9 defines them, with Google's {@code xhtml:link} alternates, and
 * splits them in files of at most {@value #MAX_URLS} URLs under a sitemap index when there are more.
 *
 * <p>Example: 120,000 URLs give {@code sitemap-1.xml}, {@code sitemap-2.xml} (50,000 each), {@code sitemap-3.xml}
 * (20,000) and {@code sitemap.xml}, the index that lists the three; 20 URLs give {@code sitemap.xml} alone.
 */
public final class SitemapWriter {

    /** The sitemaps.org limit of URLs per file. */
    public static final int MAX_URLS = 50_000;
    /** The main file, which robots.txt names. */
    public static final String FILE = "sitemap.xml";
    /** The sitemaps.org namespace. */
    public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The namespace of the {@code xhtml:link} alternates. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private SitemapWriter() {
    }

    /**
     * The sitemap files, by file name, for URLs in the order given.
     *
     * @param base    prefix of the files' own addresses in the index ("" for relative ones)
     * @param perFile URLs per file, at most {@value #MAX_URLS}
     */
    public static Map<String, String> files(List<SitemapUrl> urls, String base, int perFile) {
        if (perFile < 1 || perFile > MAX_URLS) {
            throw new IllegalArgumentException("URLs per file must be 1 to " + MAX_URLS + ": " + perFile);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (urls.size() <= perFile) {
            out.put(FILE, urlset(urls));
            return out;
        }
        int parts = (urls.size() + perFile - 1) / perFile;
        for (int i = 0; i < parts; i++) {
            out.put("sitemap-" + (i + 1) + ".xml",
                    urlset(urls.subList(i * perFile, Math.min(urls.size(), (i + 1) * perFile))));
        }
        out.put(FILE, index(base, parts));
        return out;
    }

    private static String urlset(List<SitemapUrl> urls) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            w.writeNamespace("xhtml", XHTML);
            w.writeCharacters("\n");
            for (SitemapUrl u : urls) {
                w.writeStartElement("url");
                w.writeCharacters("\n");
                element(w, "loc", u.loc());
                if (u.lastmod() != null) {
                    element(w, "lastmod", u.lastmod().toString());
                }
                for (Map.Entry<String, String> a : u.alternates().entrySet()) {
                    w.writeEmptyElement("xhtml", "link", XHTML);
                    w.writeAttribute("rel", "alternate");
                    w.writeAttribute("hreflang", a.getKey());
                    w.writeAttribute("href", a.getValue());
                    w.writeCharacters("\n");
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString();
    }

    private static String index(String base, int parts) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP);
            w.writeCharacters("\n");
            for (int i = 1; i <= parts; i++) {
                w.writeStartElement("sitemap");
                element(w, "loc", base + "sitemap-" + i + ".xml");
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap index", e);
        }
        return out.toString();
    }

    /**
     * The robots.txt of a site that allows every crawler and names its sitemap, when its address is known
     * (robots.txt needs an absolute URL there).
     */
    public static String robots(String base) {
        return "User-agent: *\nAllow: /\n\n" + (base.isEmpty()
                ? "# Sitemap: set baseUrl in verbatim.yaml to name the sitemap here with its absolute address.\n"
                : "Sitemap: " + base + FILE + "\n");
    }

    private static XMLStreamWriter start(StringWriter out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        return w;
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.close();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeCharacters("\n");
    }
}
