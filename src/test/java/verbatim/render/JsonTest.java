package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheCharactersOfJacksonsObjectMapper() throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", "sharma-anthropic/1");
        line.put("text", "« le monde est en péril » \"quoted\" \\ back\tslash\n\u0001 😀 </script>");
        line.put("speaker", null);
        line.put("paragraph", 3);
        line.put("big", 12_345_678_901L);
        line.put("person", true);
        line.put("translations", new TreeMap<>(Map.of("en", "the world is in peril")));
        line.put("sources", List.of(Map.of("title", "Lettre"), Arrays.asList("a", null, 2)));
        line.put("empty", List.of());
        for (Object value : List.of(line, List.of(), Map.of(), "plain", 42)) {
            assertEquals(MAPPER.writeValueAsString(value), Json.write(value));
        }
    }

    @Test
    void readsAnObjectOfStringsInItsOrder() {
        assertEquals(List.of("b", "a"), List.copyOf(Json.strings("{\"b\":\"3,1\",\"a\":\"z\"}").keySet()));
        assertEquals("3,1", Json.strings("{\"b\":\"3,1\"}").get("b"));
    }

    @Test
    void refusesWhatIsNotAnObjectOfStrings() {
        assertThrows(IllegalArgumentException.class, () -> Json.strings("[1]"));
        assertThrows(IllegalArgumentException.class, () -> Json.strings("{\"a\":1}"));
        assertThrows(IllegalArgumentException.class, () -> Json.strings("{\"a\":\"b\"} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
