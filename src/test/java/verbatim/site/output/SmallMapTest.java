package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    private static Map<String, Integer> linked() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("fr", 1);
        m.put("en", 2);
        m.put("x-default", null);
        return m;
    }

    @Test
    void keepsTheOrderOfTheMapItCopies() {
        Map<String, Integer> small = SmallMap.of(linked());
        assertEquals(List.of("fr", "en", "x-default"), List.copyOf(small.keySet()));
        assertEquals(List.copyOf(linked().entrySet()), List.copyOf(small.entrySet()));
    }

    @Test
    void looksKeysUpAndEqualsAnyMapOfTheSameEntries() {
        Map<String, Integer> small = SmallMap.of(linked());
        assertEquals(2, small.get("en"));
        assertNull(small.get("de"));
        assertTrue(small.containsKey("x-default"));
        assertFalse(small.containsKey("de"));
        assertEquals(new HashMap<>(linked()), small);
        assertEquals(small, new HashMap<>(linked()));
        assertEquals(linked().hashCode(), small.hashCode());
    }

    @Test
    void isUnmodifiableAndCopiedOnce() {
        Map<String, Integer> small = SmallMap.of(linked());
        assertThrows(UnsupportedOperationException.class, () -> small.put("de", 3));
        assertSame(small, SmallMap.of(small));
        assertEquals(Map.of(), SmallMap.of(Map.of()));
    }

    @Test
    void sameOrderComparesKeysInOrderAndValuesWhenAsked() {
        Map<String, Integer> a = SmallMap.of(linked());
        Map<String, Integer> counts = new LinkedHashMap<>(linked());
        counts.put("en", 3);
        Map<String, Integer> reordered = new LinkedHashMap<>();
        reordered.put("en", 2);
        reordered.put("fr", 1);
        reordered.put("x-default", null);
        assertTrue(SmallMap.sameOrder(a, SmallMap.of(linked()), true));
        assertTrue(SmallMap.sameOrder(a, SmallMap.of(counts), false));
        assertFalse(SmallMap.sameOrder(a, SmallMap.of(counts), true));
        assertFalse(SmallMap.sameOrder(a, SmallMap.of(reordered), false));
        assertTrue(SmallMap.sameOrder(a, linked(), true)); // a map of another kind, compared entry by entry
        assertFalse(SmallMap.sameOrder(linked(), reordered, false));
    }
}
