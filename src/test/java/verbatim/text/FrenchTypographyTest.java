package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    /** Writes U+202F as ⍽ so that expectations can be read. */
    private static String apply(String text) {
        return FrenchTypography.apply(text).replace('\u202F', '⍽');
    }

    @Test
    void guillemetsGetNarrowSpacesInside() {
        assertEquals("«⍽le monde est en péril⍽»", apply("«le monde est en péril»"));
    }

    @Test
    void ordinaryAndNoBreakSpacesInsideGuillemetsBecomeNarrow() {
        assertEquals("«⍽oui⍽» et «⍽non⍽»", apply("« oui » et «\u00A0non\u00A0»"));
    }

    @Test
    void highPunctuationGetsANarrowSpaceBefore() {
        assertEquals("Pourquoi⍽? Parce que⍽: voilà⍽; enfin⍽!", apply("Pourquoi? Parce que : voilà ; enfin\u00A0!"));
    }

    @Test
    void narrowSpaceIsNotDoubled() {
        assertEquals("Vraiment⍽?! Oui⍽!", apply("Vraiment\u202F?! Oui⍽!".replace('⍽', '\u202F')));
    }

    @Test
    void urlsAreLeftAlone() {
        assertEquals("Voir⍽: https://example.org/a?b=1;c=2 ou www.example.org/x?y",
                apply("Voir : https://example.org/a?b=1;c=2 ou www.example.org/x?y"));
    }

    @Test
    void timesAreLeftAlone() {
        assertEquals("à 10:30, puis⍽: rien", apply("à 10:30, puis: rien"));
    }

    @Test
    void apostrophesAreLeftAsTheyAre() {
        assertEquals("l'IA et l’IA", apply("l'IA et l’IA"));
    }

    @Test
    void textThatStartsWithASpaceBeforeAClosingMarkGetsOneNarrowSpace() {
        assertEquals("⍽». Puis", apply(" ». Puis"));
        assertEquals("fin⍽»", apply("fin »"));
    }

    @Test
    void punctuationAtTheStartOfALineGetsNoSpace() {
        assertEquals("?\n!", apply("?\n!"));
    }

    @Test
    void applyingTwiceChangesNothingMore() {
        String once = FrenchTypography.apply("« Quoi ? » répondit-il ; puis : « 12:45 ! »");
        assertEquals(once, FrenchTypography.apply(once));
    }

    @Test
    void worksAsDocumented() {
        assertEquals("«⍽Le monde est en péril⍽»⍽: où va-t-on⍽?", apply("«Le monde est en péril» : où va-t-on?"));
    }
}
