package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.site.Indexes.Part;

class IndexesTest {

    @Test
    void quotationShownOutOfItsSentenceLosesTheCommaInsideTheMarks() {
        assertEquals("a very serious danger", Indexes.shown("a very serious danger,"));
        assertEquals("Le monde est en péril.", Indexes.shown("Le monde est en péril."));
    }

    @Test
    void groupsThatFitShareAPageAndOneThatDoesNotStartsTheNext() {
        assertEquals(List.of(List.of(new Part("a", 0, 3)), List.of(new Part("b", 0, 2), new Part("c", 0, 2))),
                Indexes.paginate(List.of("a", "b", "c"), List.of(3, 2, 2), 4));
    }

    @Test
    void groupLongerThanAPageIsSplitOverPagesOfAtMostThePageSize() {
        assertEquals(List.of(List.of(new Part("a", 0, 3)), List.of(new Part("c", 0, 4)), List.of(new Part("c", 4, 8)),
                List.of(new Part("d", 0, 1))), Indexes.paginate(List.of("a", "c", "d"), List.of(3, 8, 1), 4));
    }

    @Test
    void groupsAfterASplitGroupJoinItsLastPartWhileTheyFit() {
        assertEquals(List.of(List.of(new Part("c", 0, 4)), List.of(new Part("c", 4, 5), new Part("d", 0, 1),
                new Part("e", 0, 2))), Indexes.paginate(List.of("c", "d", "e"), List.of(5, 1, 2), 4));
    }

    @Test
    void noGroupsMakeOneEmptyPage() {
        assertEquals(List.of(List.of()), Indexes.paginate(List.of(), List.of(), 4));
    }
}
