package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LaterTest {

    @Test
    void isMadeOnceWhenFirstRead() {
        AtomicInteger made = new AtomicInteger();
        Map<String, Integer> later = new Later<>(() -> {
            made.incrementAndGet();
            return Map.of("fr", 1);
        });
        assertEquals(0, made.get());
        assertEquals(1, later.get("fr"));
        assertTrue(later.containsKey("fr"));
        assertEquals(Map.of("fr", 1), later);
        assertEquals(1, made.get());
    }
}
