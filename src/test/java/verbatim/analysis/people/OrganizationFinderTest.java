package verbatim.analysis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Analysis;
import verbatim.analysis.Analyzer;
import verbatim.analysis.ArticleText;
import verbatim.analysis.Organization;
import verbatim.analysis.Person;
import verbatim.analysis.RuleAnalyzer;

class OrganizationFinderTest {

    private static final Analyzer ANALYZER = new RuleAnalyzer();

    private static Analysis analyze(String lang, String... paragraphs) {
        return ANALYZER.analyze(new ArticleText(lang, "2024-05-02", List.of(paragraphs)));
    }

    private static List<String> organizations(Analysis a) {
        return a.organizations().stream().map(Organization::name).toList();
    }

    private static List<String> people(Analysis a) {
        return a.people().stream().map(Person::name).toList();
    }

    @Test
    void frenchPluralNounAndItsComplementWithAnElidedArticleIsOneOrganisation() {
        Analysis a = analyze("fr", "Le groupe Fromageries de l'Argoat a fermé son site de Vitré.",
                "« Nous n'avons pas le choix », a déclaré Fromageries de l'Argoat.",
                "Selon Ateliers de l'Estuaire, la coque sera livrée en mai.");
        assertEquals(List.of("Fromageries de l'Argoat", "Ateliers de l'Estuaire"), organizations(a));
        assertEquals(List.of(), people(a));
        assertEquals("Fromageries de l'Argoat", a.quotes().get(0).speaker());
    }

    @Test
    void frenchVerbAfterACommaIsNoArticleOfAnAppositionThatNamesABody() {
        Analysis a = analyze("fr", "Sa fondatrice, Zembla Otrak, a quitté le groupe en 2019.");
        assertEquals(List.of(), organizations(a));
        assertEquals(List.of("Zembla Otrak"), people(a));
        Analysis en = analyze("en", "Brenvik Ore, a company founded in 1987, employs 40 people.");
        assertEquals(List.of("Brenvik Ore"), organizations(en));
    }

    @Test
    void unknownWordThatIssuesAStatementIsAnOrganisationEverywhere() {
        Analysis a = analyze("en", "Brenvik said in a statement that the turbines would be installed in May.",
                "\"The project is ready,\" according to Brenvik.");
        assertEquals(List.of("Brenvik"), organizations(a));
        assertEquals(List.of(), people(a));
        assertEquals("Brenvik", a.quotes().get(0).speaker());
        Analysis fr = analyze("fr", "Brenvik a indiqué dans un communiqué que les travaux commenceraient en mai.",
                "« Le projet est prêt », selon Brenvik.");
        assertEquals(List.of("Brenvik"), organizations(fr));
        assertEquals(List.of(), people(fr));
    }

    @Test
    void unknownWordWithASpokespersonIsAnOrganisation() {
        Analysis a = analyze("en", "\"The project is ready,\" according to Tolmar.",
                "A spokeswoman for Tolmar said the turbines would be installed in May.");
        assertEquals(List.of("Tolmar"), organizations(a));
        assertEquals(List.of(), people(a));
        assertEquals("Tolmar", a.quotes().get(0).speaker());
    }

    @Test
    void surnameOfAPersonNamedInFullWhoIssuesAStatementStaysAPerson() {
        Analysis a = analyze("en", "The mayor, Ngari Talwenu, opposed the plan.",
                "Talwenu said in a statement that the turbines would spoil the view.");
        assertEquals(List.of("Ngari Talwenu"), people(a));
        assertEquals(List.of(), organizations(a));
    }

    @Test
    void unknownWordDescribedAsADeveloperIsAnOrganisation() {
        Analysis a = analyze("en", "Brenvik, the wind-farm developer, has filed for a permit.",
                "\"The project is ready,\" according to Brenvik.");
        assertEquals(List.of("Brenvik"), organizations(a));
        assertEquals(List.of(), people(a));
    }

    @Test
    void nameOfCommonWordsThatSpeaksInAStatementIsAnOrganisationAndTheSpeaker() {
        Analysis a = analyze("en", "\"The bay is dying,\" said Rivage Sauvage in a statement.",
                "\"We will appeal,\" Rivage Sauvage said in a statement.");
        assertEquals(List.of("Rivage Sauvage"), organizations(a));
        assertEquals(List.of("Rivage Sauvage", "Rivage Sauvage"), a.quotes().stream().map(q -> q.speaker()).toList());
        Analysis fr = analyze("fr", "« La baie se meurt », a indiqué Rivage Sauvage dans un communiqué.");
        assertEquals(List.of("Rivage Sauvage"), organizations(fr));
        assertEquals("Rivage Sauvage", fr.quotes().get(0).speaker());
    }

    @Test
    void personOfAnUnlistedGivenNameWhoSpeaksInAStatementStaysAPerson() {
        Analysis a = analyze("en", "\"The bay is dying,\" said Ngari Talwenu in a statement.");
        assertEquals(List.of("Ngari Talwenu"), people(a));
        assertEquals(List.of(), organizations(a));
    }

    @Test
    void bodyNamedInThePossessiveIsWholeAndItsOwnersNameIsItsShortForm() {
        Analysis a = analyze("en", "Doctors at St. Aldric's Hospital treated the victims.",
                "\"All patients are stable,\" St. Aldric in a statement said.");
        assertEquals(List.of("St. Aldric's Hospital"), organizations(a));
        assertEquals(List.of(), people(a));
        assertEquals("St. Aldric's Hospital", a.quotes().get(0).speaker());
    }
}
