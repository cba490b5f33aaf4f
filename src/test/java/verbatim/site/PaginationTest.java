package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.site.Pagination.Part;

class PaginationTest {

    @Test
    void groupsThatFitShareAPageAndOneThatDoesNotStartsTheNext() {
        Pagination<String> p = Pagination.of(List.of("a", "b", "c"), List.of(3, 2, 2), 4);
        assertEquals(List.of(List.of(new Part<>("a", 0, 3)), List.of(new Part<>("b", 0, 2), new Part<>("c", 0, 2))),
                p.pages());
        assertEquals(2, p.pageOf("c"));
    }

    @Test
    void groupLongerThanAPageIsSplitOverPagesOfAtMostThePageSize() {
        Pagination<String> p = Pagination.of(List.of("a", "c", "d"), List.of(3, 8, 1), 4);
        assertEquals(List.of(List.of(new Part<>("a", 0, 3)), List.of(new Part<>("c", 0, 4)),
                List.of(new Part<>("c", 4, 8)), List.of(new Part<>("d", 0, 1))), p.pages());
        assertEquals(2, p.pageOf("c"), "the page a group begins on");
        assertEquals(true, p.page(3).get(0).continued());
    }

    @Test
    void groupsAfterASplitGroupJoinItsLastPartWhileTheyFit() {
        assertEquals(List.of(List.of(new Part<>("c", 0, 4)), List.of(new Part<>("c", 4, 5), new Part<>("d", 0, 1),
                new Part<>("e", 0, 2))), Pagination.of(List.of("c", "d", "e"), List.of(5, 1, 2), 4).pages());
    }

    @Test
    void noGroupsMakeOneEmptyPage() {
        assertEquals(List.of(List.of()), Pagination.of(List.of(), List.of(), 4).pages());
    }
}
