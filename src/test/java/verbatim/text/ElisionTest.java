package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ElisionTest {

    @Test
    void deBeforeAVowelIsElided() {
        assertEquals("Publication d’Alan", Elision.join("Publication de", "Alan"));
        assertEquals("Citations d’Élise Roy", Elision.join("Citations de", "Élise Roy"));
        assertEquals("Citations d’Œdipe", Elision.join("Citations de", "Œdipe"));
        assertEquals("Citations d’Yves Klein", Elision.join("Citations de", "Yves Klein"));
    }

    @Test
    void leLaAndQueAreElidedToo() {
        assertEquals("Voir l’article", Elision.join("Voir le", "article"));
        assertEquals("Voir l’une", Elision.join("Voir la", "une"));
        assertEquals("Ainsi qu’Anne", Elision.join("Ainsi que", "Anne"));
        assertEquals("D’Alan", Elision.join("De", "Alan"));
    }

    @Test
    void beforeAConsonantAnHOrAYBeforeAVowelNothingIsElided() {
        assertEquals("Citations de Paul Martin", Elision.join("Citations de", "Paul Martin"));
        assertEquals("Citations de Yann Le Gall", Elision.join("Citations de", "Yann Le Gall"));
        assertEquals("Citations de Hugues Aufray", Elision.join("Citations de", "Hugues Aufray"));
        assertEquals("Citations de « Alan »", Elision.join("Citations de", "« Alan »"));
    }

    @Test
    void otherWordsAreJoinedWithASpace() {
        assertEquals("Post by Alan", Elision.join("Post by", "Alan"));
        assertEquals("Mode Alan", Elision.join("Mode", "Alan"));
        assertEquals("Citations de", Elision.join("Citations de", ""));
    }
}
