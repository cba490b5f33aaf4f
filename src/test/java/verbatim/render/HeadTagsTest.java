package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadTagsTest {

    @Test
    void metaAndLinkTagsOfTheHeadAreReadWithTheirAttributesDecoded() {
        String page = "<!doctype html><html lang=\"fr\"><head><meta charset=utf-8><title>a <link> b</title>"
                + "<!-- <meta name=\"x\"> --><script>var s = '<meta name=\"y\">';</script>"
                + "<link REL='canonical' href=\"a&amp;b.html\" /><meta name=\"robots\" content=\"noindex\">"
                + "</head><body><link rel=\"alternate\" href=\"body.html\"></body></html>";
        assertEquals(List.of(new HeadTags.Tag("meta", Map.of("charset", "utf-8")),
                new HeadTags.Tag("link", Map.of("rel", "canonical", "href", "a&b.html")),
                new HeadTags.Tag("meta", Map.of("name", "robots", "content", "noindex"))), HeadTags.of(page));
    }

    @Test
    void attributeWithoutValueIsPresentAndEmpty() {
        HeadTags.Tag tag = HeadTags.of("<head><link rel=alternate hreflang=fr disabled></head>").get(0);
        assertEquals("", tag.attr("disabled"));
        assertEquals(true, tag.has("disabled"));
        assertEquals("fr", tag.attr("hreflang"));
    }

    @Test
    void referencesAreDecodedAsAnHtmlParserDecodesThem() {
        for (String value : List.of("l&#39;été &amp; &quot;x&quot; &lt;b&gt;", "caf&eacute; &#233; &#xE9;",
                "a &amp b", "&notit; &amp;&amp;")) {
            String tag = HeadTags.of("<head><meta content=\"" + value + "\"></head>").get(0).attr("content");
            assertEquals(org.jsoup.parser.Parser.unescapeEntities(value, true), tag, value);
        }
    }
}
