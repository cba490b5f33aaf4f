package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownKeysTest {

    @Test
    void aMisspelledKeyIsNearestToTheKeyMeant() {
        assertEquals("sources", KnownKeys.FRONT_MATTER.closest("sourcse"));
        assertEquals("sources", KnownKeys.FRONT_MATTER.closest("source"));
        assertEquals("title", KnownKeys.FRONT_MATTER.closest("Title"));
        assertEquals("translator", KnownKeys.FRONT_MATTER.closest("translater"));
    }

    @Test
    void aMisspellingOfAMissingKeyIsTheUnknownKeyClosestToIt() {
        assertEquals("txt", KnownKeys.QUOTE.misspelling(List.of("paragraph", "txt", "speaker"), "text"));
        assertNull(KnownKeys.QUOTE.misspelling(List.of("paragraph", "note", "speaker"), "text"));
    }

    @Test
    void aKeyCutShortIsNearestToTheKeyItBegins() {
        assertEquals("aliases", KnownKeys.PEOPLE.closest("alias"));
        assertEquals("translator", KnownKeys.FRONT_MATTER.closest("translat"));
        assertNull(KnownKeys.FRONT_MATTER.closest("tr"));
    }

    @Test
    void aKeyFarFromEveryKnownKeyHasNoSuggestion() {
        assertNull(KnownKeys.FRONT_MATTER.closest("weather"));
        assertEquals("unknown key 'weather' in the front matter — the keys are title, date, original, sources, "
                + "credit, draft, slug, translator, translatedFrom, quotes, people",
                KnownKeys.FRONT_MATTER.unknown("weather", "the front matter"));
    }

    @Test
    void theWarningSuggestsTheClosestKey() {
        assertEquals("unknown key 'crédit' in the front matter — did you mean 'credit'?",
                KnownKeys.FRONT_MATTER.unknown("crédit", "the front matter"));
    }
}
