package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenDataTest {

    private static final SiteConfig BASE = SiteConfig.defaults().withBaseUrl("https://archive.example.org/");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ArticleSummary> ARCHIVE = List.of(Summaries.translated("b", "2026-02-01"),
            Summaries.englishOnly("e", "2026-01-15"), Summaries.translated("a", "2026-01-01"));

    static JsonSchema schema(String name) throws Exception {
        try (InputStream in = OpenDataTest.class.getResourceAsStream("/verbatim/site/data/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void everyQuotationIsOneLineThatItsSchemaAccepts() throws Exception {
        String jsonl = new OpenData(BASE).quotes(ARCHIVE);
        List<String> lines = jsonl.lines().toList();
        assertEquals(3, lines.size());
        JsonSchema schema = schema("quotes.schema.json");
        for (String line : lines) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(line));
            assertEquals(Set.of(), errors, line);
        }
    }

    @Test
    void quotationCarriesItsTranslationArticleParagraphAndSources() throws Exception {
        JsonNode q = JSON.readTree(new OpenData(BASE).quotes(ARCHIVE).lines().findFirst().orElseThrow());
        assertEquals("b/1", q.path("id").asText());
        assertEquals("Nous partons & revenons <demain>", q.path("text").asText());
        assertEquals("fr", q.path("lang").asText());
        assertEquals("We leave & come back <tomorrow>", q.path("translations").path("en").asText());
        assertEquals("jeanne-dupont", q.path("speakerId").asText());
        assertEquals("2026-02-01", q.path("date").asText());
        assertEquals("https://archive.example.org/en/articles/b/index.html#p2", q.path("urls").path("en").asText());
        assertEquals(2, q.path("sources").size());
        assertTrue(q.path("sources").get(1).path("url").isNull());
    }

    @Test
    void peopleListIsOneArrayThatItsSchemaAccepts() throws Exception {
        JsonNode people = JSON.readTree(new OpenData(BASE).people(Articles.of(ARCHIVE).all()));
        assertEquals(Set.of(), schema("people.schema.json").validate(people));
        assertEquals(1, people.size());
        JsonNode jeanne = people.get(0);
        assertEquals("Jeanne Dupont", jeanne.path("name").asText());
        assertEquals(3, jeanne.path("articles").asInt());
        assertEquals(3, jeanne.path("quotes").asInt());
        assertEquals("https://archive.example.org/fr/personnes/jeanne-dupont/index.html", jeanne.path("pages").path("fr").asText());
        assertEquals("https://archive.example.org/en/people/jeanne-dupont/atom.xml", jeanne.path("feeds").path("en").asText());
    }

    @Test
    void schemaRefusesALineWithoutItsText() throws Exception {
        JsonNode q = JSON.readTree(new OpenData(BASE).quotes(ARCHIVE).lines().findFirst().orElseThrow());
        ((com.fasterxml.jackson.databind.node.ObjectNode) q).remove("text");
        assertEquals(1, schema("quotes.schema.json").validate(q).size());
    }

    @Test
    void emptyArchiveGivesEmptyFiles() {
        assertEquals("", new OpenData(BASE).quotes(List.of()));
        assertEquals("[]\n", new OpenData(BASE).people(List.of()));
    }
}
