package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.text.ElisionRepair.Fix;

class ElisionRepairTest {

    private static String repaired(String text) {
        return ElisionRepair.french().repair(text).text();
    }

    @Test
    void frenchIsOneSharedInstance() {
        assertSame(ElisionRepair.french(), ElisionRepair.french());
    }

    @Test
    void lostApostropheBeforeAcronymIsRepaired() {
        assertEquals("« l'IA est plus dangereuse »", repaired("« lIA est plus dangereuse »"));
    }

    @Test
    void acronymOutsideTheDictionaryIsRepairedAfterLOrD() {
        assertEquals("le rôle de l'UNESCO et d'EDF", repaired("le rôle de lUNESCO et dEDF"));
    }

    @Test
    void capitalisedCommonNounAfterLostApostropheIsRepaired() {
        assertEquals("membre de l'Académie", repaired("membre de lAcadémie"));
    }

    @Test
    void lostApostropheAfterQuIsRepaired() {
        assertEquals("je pense qu'on devrait, qu'il faut", repaired("je pense quon devrait, quil faut"));
    }

    @Test
    void lostApostropheOfPronominalVerbIsRepaired() {
        assertEquals("il s'agit d'une situation", repaired("il sagit dune situation"));
    }

    @Test
    void commonContractionsAreRepaired() {
        assertEquals("c'est vrai, ce n'est pas faux, j'ai vu", repaired("cest vrai, ce nest pas faux, jai vu"));
    }

    @Test
    void accentedAndMuteHWordsAreRepaired() {
        assertEquals("l'éducation, l'éthique et l'humanité", repaired("léducation, léthique et lhumanité"));
    }

    @Test
    void longElisionsAreRepaired() {
        assertEquals("jusqu'à ce que, lorsqu'il vient, puisqu'on sait",
                repaired("jusquà ce que, lorsquil vient, puisquon sait"));
    }

    @Test
    void capitalisedElisionIsRepairedAtTheStartOfASentence() {
        assertEquals("Elle a signé. L'appel, orchestré par l'institut", repaired("Elle a signé. Lappel, orchestré par linstitut"));
    }

    @Test
    void capitalisedNameInsideASentenceIsLeftAlone() {
        assertEquals("avec Lamine Yamal", repaired("avec Lamine Yamal"));
    }

    @Test
    void realWordsAreLeftAlone() {
        String text = "Le navire jette son lest. Je sais. Le mur de la lune. Elle sen va. Il ma dit.";
        assertEquals(text, repaired(text));
    }

    @Test
    void duneAfterADeterminerStaysANoun() {
        String text = "Une dune de sable, la grande dune, cette dune avance.";
        assertEquals(text, repaired(text));
    }

    @Test
    void duneBeforeAFunctionWordStaysANoun() {
        String text = "sable, dune et plage";
        assertEquals(text, repaired(text));
    }

    @Test
    void duneBeforeANounPhraseIsRepaired() {
        assertEquals("le développement d'une intelligence artificielle",
                repaired("le développement dune intelligence artificielle"));
    }

    @Test
    void quelleAsAWordStays() {
        String text = "Quelle est la question ? Je ne sais quelle raison.";
        assertEquals(text, repaired(text));
    }

    @Test
    void quelleAfterAComparativeAndBeforePunctuationIsRepaired() {
        assertEquals("une intelligence plus puissante qu'elle ?", repaired("une intelligence plus puissante quelle ?"));
    }

    @Test
    void naBeforeANegationIsRepaired() {
        assertEquals("il n'a pas vu, elle n'a jamais dit", repaired("il na pas vu, elle na jamais dit"));
    }

    @Test
    void naElsewhereStays() {
        String text = "Et na !";
        assertEquals(text, repaired(text));
    }

    @Test
    void luneBeforeDesIsRepairedButTheMoonStays() {
        assertEquals("l'une des plus grandes, la lune des poètes", repaired("lune des plus grandes, la lune des poètes"));
    }

    @Test
    void laideAfterAPrepositionIsRepairedButTheAdjectiveStays() {
        assertEquals("à l'aide de Lucene, elle est laide", repaired("à laide de Lucene, elle est laide"));
    }

    @Test
    void caIsNeverElided() {
        String text = "ca-certificates et ca marche";
        assertEquals(text, repaired(text));
    }

    @Test
    void silBeforeAWordIsRepaired() {
        assertEquals("s'il vous plaît, s'ils viennent", repaired("sil vous plaît, sils viennent"));
    }

    @Test
    void paragraphWithCurlyApostrophesGetsCurlyOnes() {
        assertEquals("l’entreprise et l’IA", repaired("l’entreprise et lIA"));
    }

    @Test
    void straightApostropheIsTheDefault() {
        assertEquals("l'IA", repaired("lIA"));
    }

    @Test
    void addressesAreLeftAlone() {
        String text = "voir https://www.lexpress.fr/linterdiction et lexpress.fr ou lecture@lexpress.fr";
        assertEquals(text, repaired(text));
    }

    @Test
    void wordNextToEnglishIsLeftAlone() {
        assertEquals("the men are here, il m'en parle", repaired("the men are here, il men parle"));
    }

    @Test
    void partsOfCompoundsAreLeftAlone() {
        String text = "Jean-Lou et aujourd'hui";
        assertEquals(text, repaired(text));
    }

    @Test
    void allRepairsOfAParagraphAreListedWithOffsets() {
        var result = ElisionRepair.french().repair("Lappel, cest que lIA est là.");
        assertEquals(List.of(new Fix(0, "Lappel", "L'appel"), new Fix(8, "cest", "c'est"), new Fix(17, "lIA", "l'IA")),
                result.fixes());
        assertEquals("L'appel, c'est que l'IA est là.", result.text());
    }

    @Test
    void textWithoutLostApostrophesIsUnchanged() {
        var result = ElisionRepair.french().repair("L'IA, c'est l'avenir, dit-il.");
        assertEquals("L'IA, c'est l'avenir, dit-il.", result.text());
        assertTrue(result.fixes().isEmpty());
    }

    @Test
    void aWordSeenAgainIsReadInItsNewContext() {
        assertEquals("une dune, la dune", repaired("une dune, la dune"));
        assertEquals("d'une intelligence", repaired("dune intelligence"),
                "« dune » seen, then in a context that repairs it");
        assertEquals("Le site www.lIA.fr", repaired("Le site www.lIA.fr"));
        assertEquals("et l'IA", repaired("et lIA"), "« lIA » seen in an address, then alone");
        ElisionRepair.Result none = ElisionRepair.french().repair("Rien à réparer ici.");
        assertEquals("Rien à réparer ici.", none.text());
        assertTrue(none.fixes().isEmpty());
    }
}
