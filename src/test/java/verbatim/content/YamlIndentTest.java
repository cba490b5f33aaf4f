package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlIndentTest {

    private static final List<String> TOP = KnownKeys.FRONT_MATTER.keys();

    @Test
    void nestedListsMapsAndValuesOverSeveralLinesFit() {
        List<String> lines = List.of("title: >", "  A title: folded", "date: 2026-03-03", "sources:",
                "  - title: \"A long title", "    going on: here\"", "    url: https://a.org", "- title: B",
                "people:", "  aliases: {\"la Bretonne\": \"Anne Morel\"}", "  not:", "    - Saint Martin",
                "quotes:", "  # a correction", "  - paragraph: 1", "    text: x");
        assertTrue(YamlIndent.find(lines, lines.size() - 1, TOP).isEmpty());
    }

    @Test
    void aKeyIndentedLessThanItsEntryIsGivenItsEntrysIndentation() {
        List<String> lines = List.of("quotes:", "  - paragraph: 1", "    text: x", "   speaker: Anne Morel");
        assertEquals(new YamlIndent(3, "speaker", 3, 4, "paragraph"), YamlIndent.find(lines, 3, TOP).orElseThrow());
    }

    @Test
    void aKeyBelowTheLineTheParserStoppedAtIsNotLookedAt() {
        List<String> lines = List.of("title: T", "date 2026-03-03", "  original: fr");
        assertTrue(YamlIndent.find(lines, 1, TOP).isEmpty());
    }

    @Test
    void aKeyWrittenIndentedIsFoundUnderTheKeyItFellInto() {
        List<String> lines = List.of("title: T", "credit:", "  date: 2026-03-03");
        assertEquals(new YamlIndent(2, "date", 2, 0, "credit"), YamlIndent.nested(lines, "date").orElseThrow());
        assertTrue(YamlIndent.nested(lines, "title").isEmpty());
    }
}
