package verbatim.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void foldingRemovesAccentsCaseAndOneLetterWords() {
        assertEquals(List.of("elysee", "dit", "non", "oeuvre"), Fold.words("L'Élysée a dit « NON » Œuvre"));
    }

    @Test
    void wordFileIsNamedByItsFirstThreeLetters() {
        assertEquals("ely", Fold.shard("elysee"));
        assertEquals("de", Fold.shard("de"));
        assertEquals("x3b13b23b3", Fold.shard("αβγδ"));
    }

    @Test
    void documentNumbersAreWrittenAsBase36Gaps() {
        assertEquals("3,1,1,z", SearchIndex.gaps(List.of(3, 4, 5, 40)));
    }

    @Test
    void documentsAreNumberedInKeyOrderWhateverTheOrderTheyCameIn() throws Exception {
        SearchIndex index = new SearchIndex();
        index.add("2/b", new SearchIndex.Doc("quote", "Jeanne Dupont", null, "fr/a#p1", "Nous partons", "fr"),
                "Nous partons", "Jeanne Dupont");
        index.add("0/jeanne", new SearchIndex.Doc("person", "Jeanne Dupont", null, "fr/p", null, null), "Jeanne Dupont");
        index.add("1/a", new SearchIndex.Doc("article", "L'Élysée", "fr", "fr/a", "Début", "fr"), "L'Élysée", "partir");
        Map<String, String> files = index.files();
        JsonNode jea = JSON.readTree(files.get("t/jea.json"));
        assertEquals("0,2", jea.path("jeanne").asText(), "the person (0) and the quotation (2)");
        assertEquals("1", JSON.readTree(files.get("t/ely.json")).path("elysee").asText());
        JsonNode docs = JSON.readTree(files.get("d/0.json"));
        assertEquals(List.of("person", "article", "quote"), List.of(docs.get(0).get(0).asText(),
                docs.get(1).get(0).asText(), docs.get(2).get(0).asText()));
        assertEquals("fr/a#p1", docs.get(2).get(3).asText());
    }

    @Test
    void documentsAreSplitIntoFilesOfFifty() {
        SearchIndex index = new SearchIndex();
        for (int i = 0; i < SearchIndex.DOCS_PER_FILE + 1; i++) {
            index.add(String.format("%03d", i), new SearchIndex.Doc("article", "t", "fr", "x", null, null), "mot");
        }
        Map<String, String> files = index.files();
        assertTrue(files.containsKey("d/1.json"));
        assertFalse(files.containsKey("d/2.json"));
        assertEquals("0" + ",1".repeat(SearchIndex.DOCS_PER_FILE), files.get("t/mot.json")
                .replaceAll("^\\{\"mot\":\"|\"\\}\\n$", ""));
    }

    @Test
    void writerStreamingDocumentsInKeyOrderWritesTheFilesOfTheWholeIndex() {
        SearchIndex whole = new SearchIndex();
        java.util.TreeMap<String, SearchIndex.Doc> docs = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> words = new java.util.HashMap<>();
        for (int i = 0; i < 180; i++) { // more than three document files, gaps of more than one byte
            String key = String.format("1/%05d", i);
            SearchIndex.Doc doc = new SearchIndex.Doc("article", "Titre " + i, "fr", "fr/a" + i, "Début", "fr");
            String text = "élysée " + (i % 3 == 0 ? "ministre " : "") + (i == 0 || i == 179 ? "rare " : "")
                    + "mot" + i % 7;
            docs.put(key, doc);
            words.put(key, SearchIndex.words(text));
            whole.add(key, doc, text);
        }
        java.util.Map<String, String> streamed = new java.util.TreeMap<>();
        SearchIndex.Writer writer = new SearchIndex.Writer(streamed::put);
        docs.forEach((key, doc) -> writer.add(doc, words.get(key)));
        writer.finish();
        assertEquals(180, writer.size());
        assertEquals(new java.util.TreeMap<>(whole.files()), streamed);
        assertTrue(streamed.get("t/rar.json").contains("\"rare\":\"0,4z\""), streamed.get("t/rar.json"));
    }
}
