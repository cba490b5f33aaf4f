package verbatim.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.reading.Quotation;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final List<String> warnings = new ArrayList<>();

    private List<String> texts(String... paragraphs) {
        List<String> list = List.of(paragraphs);
        return finder.find(list, warnings).stream().filter(q -> q.depth() == 0)
                .map(q -> list.get(q.paragraph() - 1).substring(q.start(), q.end())).toList();
    }

    @Test
    void straightMarkAfterANumberIsAUnitNotAQuotation() {
        assertEquals(List.of("La piscine est lente"), texts("Record du monde en 3'30\"65 ! Le Canada finit en"
                + " 3'32\"89. « La piscine est lente », a-t-elle dit."));
        assertEquals(List.of("great colours"), texts("The TV has a 55\" screen and \"great colours\"."));
        assertEquals(List.of("I am fine,"), texts("He is 5'11\" tall. \"I am fine,\" he said."));
        assertEquals(List.of("Vision 2030", "I was born in 1990,"), texts("The plan, called \"Vision 2030\", won.",
                "\"I was born in 1990,\" he said."));
    }

    @Test
    void rightDoubleMarksAtBothEndsAreAQuotation() {
        assertEquals(List.of("The claims are groundless,"), texts("”The claims are groundless,” the authority said."));
        assertEquals(List.of("We believed it was frivolous."), texts("Reid Ward said in a statement, ”We believed it"
                + " was frivolous.”"));
        assertEquals(List.of(), texts("The 5” screen is small."));
    }

    @Test
    void curlyAndStraightMarksMixedByATypistStillPairUp() {
        assertEquals(List.of("We are ready,", "It will be fine."), texts("“We are ready,\" Lee said. \"It will be"
                + " fine.” She left."));
        assertEquals(List.of("He said \"no\" to me,"), texts("“He said \"no\" to me,” Lee said."));
    }

    @Test
    void guillemetsGiveTheInnerTextWithoutSpaces() {
        assertEquals(List.of("nous partons demain"), texts("Il a répondu : « nous partons demain »."));
    }

    @Test
    void guillemetsWithoutSpacesAreFound() {
        assertEquals(List.of("jamais"), texts("Elle a dit «jamais» hier."));
    }

    @Test
    void curlyQuotesNestedInGuillemetsStayInsideTheOuterQuote() {
        assertEquals(List.of("Il m'a dit “reviens” puis il est parti"),
                texts("Paul raconte : « Il m'a dit “reviens” puis il est parti »."));
    }

    @Test
    void singleGuillemetsNestInDoubleOnes() {
        assertEquals(List.of("on appelle ça ‹ la règle › ici"), texts("« on appelle ça ‹ la règle › ici », dit-elle."));
    }

    @Test
    void straightQuotesNestByTheSpacesAroundThem() {
        List<String> all = new ArrayList<>();
        String text = "Elle se souvient : \"Mon père criait : \"Rentre !\" et je rentrais.\" Puis elle a ri.";
        for (Quotation q : finder.find(List.of(text), warnings)) {
            all.add(q.depth() + ":" + text.substring(q.start(), q.end()));
        }
        assertEquals(List.of("0:Mon père criait : \"Rentre !\" et je rentrais.", "1:Rentre !"), all);
    }

    @Test
    void closingMarkFollowedByAPeriodEndsTheQuote() {
        assertEquals(List.of("c'est fini", "On recommence"), texts("Il a dit \"c'est fini\". \"On recommence\", a-t-il ajouté."));
    }

    @Test
    void commaInsideTheClosingMarkStaysInTheQuote() {
        assertEquals(List.of("We will win,"), texts("“We will win,” the coach said."));
    }

    @Test
    void apostrophesAreNeverQuotationMarks() {
        assertEquals(List.of(), texts("L'équipe d’Anne n'a pas joué. It's the team's day."));
    }

    @Test
    void quoteContinuedOverParagraphsGivesOneQuotePerParagraphWithoutWarning() {
        assertEquals(List.of("First part.", "Second part.", "Last part."),
                texts("He said: \"First part.", "\"Second part.", "\"Last part.\" Then he left."));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void unclosedMarkIsReportedAndStopsAtTheEndOfItsParagraph() {
        assertEquals(List.of("le début sans fin", "la suite"),
                texts("Il a dit « le début sans fin", "Un autre paragraphe « la suite » ici."));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("paragraph 1, offset 9"), warnings.get(0));
    }

    @Test
    void closingMarkWithoutOpeningIsReported() {
        assertEquals(List.of(), texts("Rien ici » sauf une marque."));
        assertFalse(warnings.isEmpty());
    }

    @Test
    void noBreakSpacesInsideGuillemetsAreTrimmed() {
        assertEquals(List.of("bonjour"), texts("Il a dit «\u00a0bonjour\u202f» puis il est parti."));
    }

    @Test
    void frenchContinuationMarkReopensAQuotationInTheNextParagraph() {
        assertEquals(List.of("J'ai eu peur.", "Le plus dur, c'était la nuit."),
                texts("Elle raconte : « J'ai eu peur.", "» Le plus dur, c'était la nuit. »"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
