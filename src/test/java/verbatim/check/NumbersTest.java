package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static List<BigDecimal> values(String text, String lang) {
        return Numbers.of(text, lang).stream().map(Numbers.Number::value).toList();
    }

    private static List<BigDecimal> of(String... values) {
        return java.util.Arrays.stream(values).map(v -> new BigDecimal(v).stripTrailingZeros()).toList();
    }

    @Test
    void frenchAndEnglishFormatsGiveTheSameValues() {
        assertEquals(of("1000.5", "800"), values("1 000,5 personnes et 800 euros", "fr"));
        assertEquals(of("1000.5", "800"), values("1,000.5 people and 800 euros", "en"));
        assertEquals(of("1200000"), values("1\u202F200\u00A0000 euros", "fr"));
    }

    @Test
    void aCommaAfterAYearIsNoThousandsSeparator() {
        assertEquals(of("9", "2026", "300"), values("On January 9, 2026, 300 people came.", "en"));
        assertEquals(of("2019", "200"), values("En 2019 200 personnes sont venues.", "fr"));
    }

    @Test
    void aVersionWithADecimalPointIsOneNumberInFrenchToo() {
        assertEquals(of("4.6"), values("Claude Opus 4.6", "fr"));
        assertEquals(of("2.5"), values("2,5 %", "fr"));
    }
}
