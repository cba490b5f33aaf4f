package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;
import verbatim.analysis.speakers.Attribution;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.RuleAnalyzer;
import verbatim.content.Corrections;
import verbatim.content.InputErrors;
import verbatim.content.InputException;

class CorrectorTest {

    private static final Path FILE = Path.of("content", "greve.fr.md");
    private static final Analysis ANALYSIS = new RuleAnalyzer().analyze(new ArticleText("fr", "2026-03-02", List.of(
            "Anne Morel, la Finistérienne du syndicat, a pris la parole devant l'usine de Saint Martin.",
            "Paul Rivet, qui dirige l'usine, « devra tenir parole », ajoute-t-on. Le projet se veut « durable ».",
            "« Nous ne lâcherons rien », a lancé la Finistérienne.")));

    private static Corrections quotes(Corrections.QuoteCorrection... fixes) {
        return new Corrections(List.of(fixes), Map.of(), List.of(), 4);
    }

    private static Quote quote(Analysis a, String part) {
        return a.quotes().stream().filter(q -> q.text().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void quoteCorrectionGivesTheSpeakerAndSaysTheEditorDidIt() {
        Analysis a = Corrector.apply(ANALYSIS, quotes(new Corrections.QuoteCorrection(2, "Devra  tenir", "Anne Morel", 7)),
                FILE);
        assertEquals("Anne Morel", quote(a, "devra tenir").speaker());
        assertEquals(Attribution.EDITOR, quote(a, "devra tenir").attribution());
    }

    @Test
    void speakerNoneLeavesTheWordsToNobody() {
        Analysis a = Corrector.apply(ANALYSIS, quotes(new Corrections.QuoteCorrection(2, "durable", null, 7)), FILE);
        assertNull(quote(a, "durable").speaker());
        assertEquals(Attribution.EDITOR, quote(a, "durable").attribution());
    }

    @Test
    void correctionMatchingNoQuotationNamesTheCandidates() {
        InputException e = assertThrows(InputException.class, () -> Corrector.apply(ANALYSIS,
                quotes(new Corrections.QuoteCorrection(2, "tenir promesse", "Anne Morel", 7)), FILE));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("no quotation"), e.getMessage());
        assertTrue(e.fix().contains("«devra tenir parole»") && e.fix().contains("«durable»"), e.fix());
    }

    @Test
    void correctionPastTheLastParagraphSaysHowManyTheArticleHas() {
        InputException e = assertThrows(InputException.class, () -> Corrector.apply(ANALYSIS,
                quotes(new Corrections.QuoteCorrection(12, "durable", "Anne Morel", 7)), FILE));
        assertEquals(7, e.line());
        assertEquals("the correction of «durable» names paragraph 12, but the article has only 3 paragraphs",
                e.getMessage());
        assertTrue(e.fix().startsWith("Check the paragraph number"), e.fix());
    }

    @Test
    void everyWrongCorrectionOfTheFileIsReportedNotOnlyTheFirst() {
        InputException e = assertThrows(InputException.class, () -> Corrector.apply(ANALYSIS, quotes(
                new Corrections.QuoteCorrection(2, "tenir promesse", "Anne Morel", 7),
                new Corrections.QuoteCorrection(3, "rien lâché", "Anne Morel", 9)), FILE));
        List<InputException> all = e instanceof InputErrors errors ? errors.errors() : List.of(e);
        assertEquals(List.of(7, 9), all.stream().map(InputException::line).toList());
    }

    @Test
    void correctionMatchingTwoQuotationsIsAnError() {
        InputException e = assertThrows(InputException.class, () -> Corrector.apply(ANALYSIS,
                quotes(new Corrections.QuoteCorrection(2, "r", "Anne Morel", 7)), FILE));
        assertTrue(e.getMessage().contains("2 quotations"), e.getMessage());
    }

    @Test
    void speakerTheArticleDoesNotNameBecomesAPerson() {
        Analysis a = Corrector.apply(ANALYSIS, quotes(new Corrections.QuoteCorrection(2, "devra", "Léon Garnier", 7)),
                FILE);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Léon Garnier")));
    }

    @Test
    void aliasGivesItsPersonToAQuotationWithoutAStatedSpeaker() {
        Analysis a = Corrector.apply(ANALYSIS, new Corrections(List.of(), Map.of("la Finistérienne", "Anne Morel"),
                List.of(), 0), FILE);
        Quote q = quote(a, "lâcherons");
        assertEquals("Anne Morel", q.speaker());
        assertEquals(Attribution.EDITOR, q.attribution());
    }

    @Test
    void notPeopleAreRemovedFromThePeople() {
        Analysis a = Corrector.apply(ANALYSIS, new Corrections(List.of(), Map.of(), List.of("Paul Rivet"), 0), FILE);
        assertTrue(a.people().stream().map(Person::name).noneMatch("Paul Rivet"::equals), a.people().toString());
    }

    @Test
    void declaredPeopleTheAnalysisMissedAreAdded() {
        Analysis a = Corrector.apply(ANALYSIS, new Corrections(List.of(), Map.of(), List.of(),
                List.of("Anne Morel", "Louise Bréhat"), 0), FILE);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Louise Bréhat") && names.stream().filter("Anne Morel"::equals).count() == 1,
                names.toString());
    }

    @Test
    void aliasOrNotNameWrittenNowhereInTheArticleIsAnErrorAtThePeopleLine() {
        InputException e = assertThrows(InputException.class, () -> Corrector.apply(ANALYSIS, new Corrections(
                List.of(), Map.of("la Bretonne", "Anne Morel"), List.of("Paul Rivett"), List.of(), 0, 12), FILE));
        List<InputException> all = e instanceof InputErrors errors ? errors.errors() : List.of(e);
        assertEquals(List.of(12, 12), all.stream().map(InputException::line).toList());
        assertTrue(all.get(0).getMessage().contains("«la Bretonne»") && all.get(1).getMessage().contains("«Paul Rivett»"),
                all.toString());
        Analysis a = Corrector.apply(ANALYSIS, new Corrections(List.of(), Map.of("LA  finistérienne", "Anne Morel"),
                List.of("saint martin"), List.of(), 0, 12), FILE);
        assertEquals("Anne Morel", quote(a, "lâcherons").speaker(), "case and spaces aside, both are in the text");
    }

    @Test
    void speakerTheEditorNamesAsAnOrganisationIsNoPerson() {
        Analysis port = new RuleAnalyzer().analyze(new ArticleText("fr", "2026-03-02", List.of(
                "La Fédération des pêcheurs côtiers a réagi mardi au plan de l'État.",
                "« Nous refusons ce plan », lit-on. « Le port doit vivre », a-t-on ajouté.")));
        assertEquals(List.of("Fédération des pêcheurs côtiers"),
                port.organizations().stream().map(o -> o.name()).toList());
        Analysis a = Corrector.apply(port, quotes(
                new Corrections.QuoteCorrection(2, "refusons", "fédération des  pêcheurs côtiers", 7),
                new Corrections.QuoteCorrection(2, "port doit", "Syndicat des marins de Lorient", 9)), FILE);
        assertEquals(List.of(), a.people().stream().map(Person::name).toList(),
                "an organisation the analysis found (case and spaces aside) or named as one is no person");
    }
}
