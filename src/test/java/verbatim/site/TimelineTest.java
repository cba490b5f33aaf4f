package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void sentenceIsTheOneThatHoldsTheDate() {
        String text = "Il est parti. Le 9 janvier, il a quitté Lyon. Puis rien.";
        int start = text.indexOf("Le 9 janvier");
        assertEquals("Le 9 janvier, il a quitté Lyon.", ArticlePages.sentence(text, start, start + 12, "fr"));
    }

    @Test
    void sentencesOfTwoLanguagesInTurnAreEachTheirLanguages() {
        String fr = "Il est parti. Le 9 janvier, il a quitté Lyon. Puis rien.";
        String en = "He left. On January 9, he left Lyon. Then nothing.";
        int frStart = fr.indexOf("Le 9 janvier");
        int enStart = en.indexOf("January 9");
        for (int round = 0; round < 2; round++) {
            assertEquals("Le 9 janvier, il a quitté Lyon.", ArticlePages.sentence(fr, frStart, frStart + 12, "fr"));
            assertEquals("On January 9, he left Lyon.", ArticlePages.sentence(en, enStart, enStart + 9, "en"));
        }
    }

    @Test
    void longSentenceIsCutAtWordsAroundTheDate() {
        String text = "Mot ".repeat(200) + "le 9 janvier " + "mot ".repeat(200) + "fin.";
        int start = text.indexOf("le 9 janvier");
        String s = ArticlePages.sentence(text, start, start + 12, "fr");
        assertTrue(s.contains("le 9 janvier"), s);
        assertTrue(s.startsWith("…") && s.endsWith("…"), s);
        assertTrue(s.length() <= ArticlePages.SENTENCE_MAX + 2, "length " + s.length());
    }

    @Test
    void datesAreWrittenAtThePrecisionGivenInTheReadersLanguage() {
        assertEquals("9 février 2026", Timeline.dateText("2026-02-09", "fr"));
        assertEquals("February 9, 2026", Timeline.dateText("2026-02-09", "en"));
        assertEquals("octobre 2025", Timeline.dateText("2025-10", "fr"));
        assertEquals("2019", Timeline.dateText("2019", "en"));
    }
}
