package verbatim.site.sitemap;

import java.io.StringReader;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Validates sitemaps against the sitemaps.org schemas (sitemap.xsd and siteindex.xsd, as shipped in the
 * sitemapgen4j test dependency) plus the declaration of {@code xhtml:link} in this project's test resources.
 */
public final class SitemapSchema {

    private SitemapSchema() {
    }

    /** Throws {@link SAXException} with the line and the rule broken when {@code xml} is not a valid sitemap. */
    public static void validateUrlset(String xml) throws SAXException, java.io.IOException {
        schema("com/redfin/sitemapgenerator/sitemap.xsd", "verbatim/site/sitemap/xhtml-link.xsd")
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** Throws {@link SAXException} when {@code xml} is not a valid sitemap index. */
    public static void validateIndex(String xml) throws SAXException, java.io.IOException {
        schema("com/redfin/sitemapgenerator/siteindex.xsd").newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema schema(String... resources) throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[resources.length];
        for (int i = 0; i < resources.length; i++) {
            URL url = Objects.requireNonNull(SitemapSchema.class.getClassLoader().getResource(resources[i]),
                    resources[i]);
            sources[i] = new StreamSource(url.toExternalForm());
        }
        return f.newSchema(sources);
    }
}
