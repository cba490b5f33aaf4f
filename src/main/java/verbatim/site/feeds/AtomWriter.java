package verbatim.site.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as Atom 1.0 XML (RFC 4287) with the JDK's own XML writer, so every character is escaped
 * as XML requires and the same feed always gives the same bytes.
 *
 * <p>Example: an entry published on 2026-02-12 gets {@code <published>2026-02-12T00:00:00Z</published>} and the
 * same {@code <updated>}, one published at {@code 2026-02-12T14:30:00+01:00} gets {@code 2026-02-12T13:30:00Z}; the
 * feed's {@code <updated>} is its newest entry's.
 */
public final class AtomWriter {

    /** The Atom namespace. */
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The media type of Atom feeds, for {@code <link rel="alternate" type="...">} in pages. */
    public static final String MEDIA_TYPE = "application/atom+xml";

    private AtomWriter() {
    }

    /** The feed as an XML document, UTF-8 declared, one element a line. */
    public static String xml(Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml", XML, "lang", feed.lang());
            w.writeCharacters("\n");
            text(w, "id", feed.id());
            text(w, "title", feed.title());
            text(w, "updated", timestamp(feed.updated()));
            w.writeStartElement("author");
            text(w, "name", feed.author());
            w.writeEndElement();
            w.writeCharacters("\n");
            link(w, "self", feed.self(), MEDIA_TYPE, null);
            link(w, "alternate", feed.page(), "text/html", null);
            text(w, "generator", "Verbatim");
            for (Feed.Entry e : feed.entries()) {
                entry(w, e);
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed " + feed.id(), e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, Feed.Entry e) throws XMLStreamException {
        w.writeStartElement("entry");
        w.writeAttribute("xml", XML, "lang", e.lang());
        w.writeCharacters("\n");
        text(w, "id", e.id());
        text(w, "title", e.title());
        text(w, "published", timestamp(e.published()));
        text(w, "updated", timestamp(e.published()));
        link(w, "alternate", e.link(), "text/html", null);
        for (Feed.Alternate a : e.translations()) {
            link(w, "alternate", a.href(), "text/html", a.lang());
        }
        for (Feed.Category c : e.categories()) {
            w.writeEmptyElement("category");
            if (!c.labelLang().equals(e.lang())) {
                w.writeAttribute("xml", XML, "lang", c.labelLang());
            }
            w.writeAttribute("term", c.term());
            w.writeAttribute("label", c.label());
            w.writeCharacters("\n");
        }
        if (e.summary() != null) {
            w.writeStartElement("summary");
            if (e.summaryLang() != null && !e.summaryLang().equals(e.lang())) {
                w.writeAttribute("xml", XML, "lang", e.summaryLang());
            }
            w.writeCharacters(e.summary());
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        if (e.content() != null) {
            w.writeStartElement("content");
            w.writeAttribute("type", "text");
            w.writeCharacters(e.content());
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type, String hreflang)
            throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        if (hreflang != null) {
            w.writeAttribute("hreflang", hreflang);
        }
        w.writeAttribute("href", href);
        w.writeCharacters("\n");
    }

    /** An RFC 3339 timestamp in UTC, with seconds: {@code 2026-02-12T13:30:00Z}. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
