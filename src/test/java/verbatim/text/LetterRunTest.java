package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRunTest {

    @Test
    void runsOfLettersKeepTheirOffsets() {
        assertEquals(List.of(new LetterRun("l", 0, 1), new LetterRun("IA", 2, 4), new LetterRun("en", 6, 8)),
                LetterRun.in("l'IA, en 2019"));
    }

    @Test
    void accentedLettersBelongToTheRun() {
        assertEquals(List.of(new LetterRun("été", 0, 3)), LetterRun.in("été!"));
    }
}
