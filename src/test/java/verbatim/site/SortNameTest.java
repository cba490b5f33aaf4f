package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SortNameTest {

    @Test
    void nameIsSortedBySurnameThenGivenNames() {
        assertEquals(new SortName("Sharma Mrinank", "S"), SortName.of("Mrinank Sharma"));
    }

    @Test
    void articleBeforeTheSurnameCounts() {
        assertEquals(new SortName("Le Gall Yann", "L"), SortName.of("Yann Le Gall"));
    }

    @Test
    void lowerCaseDeIsPassedOverAsFrenchUsageHasIt() {
        assertEquals("G", SortName.of("Charles de Gaulle").letter());
    }

    @Test
    void titleIsPassedOver() {
        assertEquals(new SortName("Harry", "H"), SortName.of("Prince Harry"));
    }

    @Test
    void organisationIsSortedAsWrittenWithoutItsArticle() {
        assertEquals(new SortName("ministère de la Transition écologique", "M"),
                SortName.asWritten("ministère de la Transition écologique"));
        assertEquals(new SortName("Guardian", "G"), SortName.asWritten("The Guardian"));
        assertEquals(new SortName("Opinion", "O"), SortName.asWritten("L'Opinion"));
    }

    @Test
    void accentedInitialIsListedUnderItsLetter() {
        assertEquals("E", SortName.of("Jean Évrard").letter());
    }

    @Test
    void frenchCollationIgnoresAccentsAndKeepsParticlesTogether() {
        List<String> names = new ArrayList<>(List.of("Zoé Zola", "Émilie Bérard", "Yann Le Gall", "Prince Harry",
                "Anne Lefèvre", "Paul Benali", "Charles de Gaulle"));
        names.sort(SortName.order(Function.identity()));
        assertEquals(List.of("Paul Benali", "Émilie Bérard", "Charles de Gaulle", "Prince Harry", "Yann Le Gall",
                "Anne Lefèvre", "Zoé Zola"), names);
    }
}
