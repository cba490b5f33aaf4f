package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void nameBecomesLowerCaseWordsJoinedByHyphens() {
        assertEquals("mrinank-sharma", Slug.of("Mrinank Sharma"));
    }

    @Test
    void accentsAndLigaturesAreSpelledOut() {
        assertEquals("elodie-gossuin-lecoeur", Slug.of("Élodie Gossuin-Lecœur"));
        assertEquals("aegir-strasse", Slug.of("Ægir Straße"));
    }

    @Test
    void runsOfSymbolsBecomeOneHyphenAndEndsAreTrimmed() {
        assertEquals("l-ia-est-elle-dangereuse", Slug.of("  « L'IA est-elle dangereuse ? » "));
    }

    @Test
    void digitsAreKept() {
        assertEquals("claude-opus-4-6", Slug.of("Claude Opus 4.6"));
    }

    @Test
    void textWithoutLettersIsUntitled() {
        assertEquals("untitled", Slug.of(" ?! "));
        assertEquals("untitled", Slug.of(""));
    }

    @Test
    void slugDoesNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals("istanbul-icin", Slug.of("ISTANBUL İçin"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
