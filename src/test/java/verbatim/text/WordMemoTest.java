package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void givesTheLookupsAnswer() {
        WordMemo<Character> memo = new WordMemo<>(10, word -> word.endsWith("e") ? 'f' : (char) 0);
        assertEquals('f', memo.get("navigatrice"));
        assertEquals((char) 0, memo.get("navigateur"));
    }

    @Test
    void aWordAskedAgainIsNotLookedUpAgain() {
        List<String> asked = new ArrayList<>();
        WordMemo<Character> memo = new WordMemo<>(10, word -> {
            asked.add(word);
            return 'm';
        });
        memo.get("maire");
        memo.get("maire");
        assertEquals(List.of("maire"), asked);
    }

    @Test
    void aFullMemoForgetsWhatItHeld() {
        WordMemo<Character> memo = new WordMemo<>(2, word -> '?');
        memo.get("a");
        memo.get("b");
        memo.get("c");
        assertEquals(1, memo.size());
    }

    @Test
    void aMemoOfNoWordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WordMemo<>(0, word -> 0));
    }
}
