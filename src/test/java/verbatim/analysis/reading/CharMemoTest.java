package verbatim.analysis.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharMemoTest {

    @Test
    void givesTheLookupsAnswer() {
        CharMemo memo = new CharMemo(10, word -> word.endsWith("e") ? 'f' : 0);
        assertEquals('f', memo.get("navigatrice"));
        assertEquals(0, memo.get("navigateur"));
    }

    @Test
    void aWordAskedAgainIsNotLookedUpAgain() {
        List<String> asked = new ArrayList<>();
        CharMemo memo = new CharMemo(10, word -> {
            asked.add(word);
            return 'm';
        });
        memo.get("maire");
        memo.get("maire");
        assertEquals(List.of("maire"), asked);
    }

    @Test
    void aFullMemoForgetsWhatItHeld() {
        CharMemo memo = new CharMemo(2, word -> '?');
        memo.get("a");
        memo.get("b");
        memo.get("c");
        assertEquals(1, memo.size());
    }

    @Test
    void aMemoOfNoWordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CharMemo(0, word -> 0));
    }
}
