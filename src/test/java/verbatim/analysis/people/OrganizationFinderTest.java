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
}
