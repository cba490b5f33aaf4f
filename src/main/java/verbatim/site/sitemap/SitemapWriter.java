package verbatim.site.sitemap;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import verbatim.site.spill.ScratchFile;

/**
 * Writes sitemaps as the sitemaps.org protocol 0.9 defines them, with Google's {@code xhtml:link} alternates, and
 * splits them in files of at most {@value #MAX_URLS} URLs and {@value #MAX_BYTES} bytes under a sitemap index when
 * there are more.
 *
 * <p>Example: 120,000 URLs give {@code sitemap-1.xml}, {@code sitemap-2.xml} (50,000 each), {@code sitemap-3.xml}
 * (20,000) and {@code sitemap.xml}, the index that lists the three; 20 URLs give {@code sitemap.xml} alone.
 *
 * <p>The URLs stream through: each is written to a scratch file as it comes, and the files are copied from there, so
 * that no sitemap is ever held whole in memory.
 */
public final class SitemapWriter {

    /** The sitemaps.org limit of URLs per file. */
    public static final int MAX_URLS = 50_000;
    /** The sitemaps.org limit of a file's size, uncompressed: 50 MiB. */
    public static final long MAX_BYTES = 52_428_800;
    /** The main file, which robots.txt names. */
    public static final String FILE = "sitemap.xml";
    /** The sitemaps.org namespace. */
    public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The namespace of the {@code xhtml:link} alternates. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final byte[] TAIL = "</urlset>\n".getBytes(StandardCharsets.UTF_8);

    private SitemapWriter() {
    }

    /** What a file is made of: its bytes, written to {@code out} (which it must not close). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Where the files go, one after the other: each by its name, its bytes written as they are made. */
    @FunctionalInterface
    public interface Sink {
        void file(String name, Body body);
    }

    /**
     * The sitemap files, by file name, for URLs in the order given: for tests and small lists; a site's sitemap is
     * {@link #write written} as it streams.
     *
     * @param base    prefix of the files' own addresses in the index ("" for relative ones)
     * @param perFile URLs per file, at most {@value #MAX_URLS}
     */
    public static Map<String, String> files(List<SitemapUrl> urls, String base, int perFile) {
        return files(urls, base, perFile, MAX_BYTES);
    }

    /** Like {@link #files(List, String, int)}, with files of at most {@code maxBytes} bytes. */
    public static Map<String, String> files(List<SitemapUrl> urls, String base, int perFile, long maxBytes) {
        Map<String, String> out = new LinkedHashMap<>();
        write(urls.iterator(), base, perFile, maxBytes, Path.of(System.getProperty("java.io.tmpdir")),
                (name, body) -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try {
                        body.writeTo(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.put(name, bytes.toString(StandardCharsets.UTF_8));
                });
        return out;
    }

    /**
     * Writes the sitemap of {@code urls} (in the order given) to {@code sink}: {@value #FILE} alone when they fit one
     * file, else {@code sitemap-1.xml}, {@code sitemap-2.xml}, … then {@value #FILE}, their index. Holds one URL at a
     * time; the URLs go through a scratch file in {@code scratch}, deleted at the end.
     *
     * @param base     prefix of the files' own addresses in the index ("" for relative ones)
     * @param perFile  URLs per file, at most {@value #MAX_URLS}
     * @param maxBytes bytes per file, at most {@value #MAX_BYTES}
     */
    public static void write(Iterator<SitemapUrl> urls, String base, int perFile, long maxBytes, Path scratch,
                             Sink sink) {
        if (perFile < 1 || perFile > MAX_URLS) {
            throw new IllegalArgumentException("URLs per file must be 1 to " + MAX_URLS + ": " + perFile);
        }
        byte[] head = head();
        long room = Math.min(maxBytes, MAX_BYTES) - head.length - TAIL.length;
        try (ScratchFile file = ScratchFile.create(scratch, "sitemap-")) {
            List<long[]> parts = new ArrayList<>(); // each file's URLs as the offsets [from, to) of the scratch file
            long at = 0;
            long from = 0;
            int count = 0;
            XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
            StringWriter one = new StringWriter();
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(file.channel()), 1 << 16);
            while (urls.hasNext()) { // not closed: that would close the channel, and delete the file
                byte[] url = url(factory, one, urls.next());
                if (url.length > room) {
                    throw new IllegalArgumentException("a sitemap URL of " + url.length + " bytes");
                }
                if (count == perFile || at - from + url.length > room) {
                    parts.add(new long[] {from, at});
                    from = at;
                    count = 0;
                }
                out.write(url);
                at += url.length;
                count++;
            }
            out.flush();
            parts.add(new long[] {from, at});
            FileChannel channel = file.channel();
            if (parts.size() == 1) {
                sink.file(FILE, o -> urlset(o, head, channel, parts.get(0)));
                return;
            }
            for (int i = 0; i < parts.size(); i++) {
                long[] part = parts.get(i);
                sink.file("sitemap-" + (i + 1) + ".xml", o -> urlset(o, head, channel, part));
            }
            String index = index(base, parts.size());
            sink.file(FILE, o -> o.write(index.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a {@code <urlset>} of the URLs at the offsets {@code part} of {@code scratch}. */
    private static void urlset(OutputStream out, byte[] head, FileChannel scratch, long[] part) throws IOException {
        out.write(head);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = part[0]; at < part[1]; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), part[1] - at));
            int read = scratch.read(buffer, at);
            if (read < 0) {
                throw new IOException("the sitemap's scratch file ends early");
            }
            out.write(buffer.array(), 0, read);
            at += read;
        }
        out.write(TAIL);
    }

    /** What a {@code <urlset>} begins with, up to its first {@code <url>}. */
    private static byte[] head() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            w.writeNamespace("xhtml", XHTML);
            w.writeCharacters("\n");
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One {@code <url>} element and the line break after it, in UTF-8. */
    private static byte[] url(XMLOutputFactory factory, StringWriter out, SitemapUrl u) {
        out.getBuffer().setLength(0);
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out);
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
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
