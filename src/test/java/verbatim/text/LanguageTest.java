package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void frenchTextIsFrench() {
        assertEquals("fr", Language.detect("Le monde est en péril, écrit Sharma dans une lettre qui a été publiée."));
    }

    @Test
    void englishTextIsEnglish() {
        assertEquals("en", Language.detect("The world is in peril, Sharma wrote in a letter that was published."));
    }

    @Test
    void frenchTextQuotingEnglishTitleIsFrench() {
        assertEquals("fr", Language.detect("Sharma a conclu sa lettre par un poème de William Stafford, The Way It Is, "
                + "qui traite de la nécessité de s'accrocher à un fil conducteur."));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals("en", Language.detect("THE END OF THE WORLD AS WE KNOW IT"));
    }

    @Test
    void textWithoutStopWordsIsFrench() {
        assertEquals("fr", Language.detect("Anthropic, 2026"));
    }
}
