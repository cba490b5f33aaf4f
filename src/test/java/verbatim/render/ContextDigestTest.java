package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContextDigestTest {

    record Link(String text, String href, int count) {
    }

    private static Map<String, Object> context(Object... pairs) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Test
    void equalVariablesGiveTheSameDigestWhateverTheMapsClassOrOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("page", 2);
        a.put("links", List.of(new Link("Claire", "../c/", 3)));
        Map<String, Object> b = new TreeMap<>();
        b.put("links", List.of(new Link("Claire", "../c/", 3)));
        b.put("page", 2);
        assertArrayEquals(ContextDigest.of("home.peb", a), ContextDigest.of("home.peb", b));
    }

    @Test
    void anyDifferenceInAValueOrTheTemplateChangesTheDigest() {
        byte[] base = ContextDigest.of("home.peb", context("page", 2, "links", List.of(new Link("C", "h", 3))));
        for (byte[] other : List.of(
                ContextDigest.of("home.peb", context("page", 3, "links", List.of(new Link("C", "h", 3)))),
                ContextDigest.of("home.peb", context("page", 2, "links", List.of(new Link("C", "h", 4)))),
                ContextDigest.of("home.peb", context("page", 2, "links", List.of())),
                ContextDigest.of("home.peb", context("page", "2", "links", List.of(new Link("C", "h", 3)))),
                ContextDigest.of("home.peb", context("page", 2, "links", List.of(new Link("C", "h", 3)), "x", null)),
                ContextDigest.of("quotes.peb", context("page", 2, "links", List.of(new Link("C", "h", 3)))))) {
            assertFalse(Arrays.equals(base, other));
        }
    }

    @Test
    void stringsAreDelimitedSoThatTheirSplitMatters() {
        assertFalse(Arrays.equals(ContextDigest.of("t", context("a", List.of("ab", "c"))),
                ContextDigest.of("t", context("a", List.of("a", "bc")))));
    }

    @Test
    void datesAndBooleansAreValues() {
        assertArrayEquals(ContextDigest.of("t", context("d", LocalDate.of(2026, 2, 12), "b", true)),
                ContextDigest.of("t", context("d", LocalDate.parse("2026-02-12"), "b", Boolean.TRUE)));
        assertEquals(32, ContextDigest.of("t", context("d", LocalDate.of(2026, 2, 12))).length);
    }

    @Test
    void aVariableThatIsNotAValueGivesNoDigest() {
        assertNull(ContextDigest.of("t", context("o", new Object())));
        assertNull(ContextDigest.of("t", context("s", Set.of("a", "b"))));
    }
}
