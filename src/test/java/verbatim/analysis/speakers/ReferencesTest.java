package verbatim.analysis.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.people.OrganizationFinder;
import verbatim.analysis.people.PersonFinder;
import verbatim.analysis.quotes.QuoteFinder;
import verbatim.analysis.reading.Lexicon;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Reading;

class ReferencesTest {

    private static List<String> descriptions(String lang, String... paragraphs) {
        List<String> texts = List.of(paragraphs);
        Lexicon lexicon = Lexicon.shared();
        Reading reading = new Reading(lang, texts, new QuoteFinder().find(texts, new ArrayList<>()));
        OrganizationFinder organizations = new OrganizationFinder(lexicon);
        List<Mention> orgs = organizations.find(reading);
        References refs = new References(lexicon, reading, new PersonFinder(lexicon, organizations).find(reading, orgs),
                orgs);
        return refs.all().stream().filter(m -> m.kind() == Mention.Kind.DESCRIPTION)
                .map(m -> reading.text(m.paragraph()).substring(m.start(), m.end())).toList();
    }

    @Test
    void frenchRoleNounAfterANounIsNotTheDeterminersDescription() {
        assertEquals(List.of(), descriptions("fr",
                "L'union des commerçants a pour sa part condamné les pillages de la semaine."));
    }

    @Test
    void frenchRoleNounAfterAPrenominalAdjectiveIsADescription() {
        assertEquals(List.of("ancien ministre"), descriptions("fr", "Paul Marin a parlé. Puis l'ancien ministre est parti."));
    }
}
