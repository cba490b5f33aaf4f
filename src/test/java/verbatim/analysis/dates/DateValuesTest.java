package verbatim.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateValuesTest {

    @Test
    void numbersAreWrittenAsZeroPaddedFormattingWritesThem() {
        for (int n : new int[] {0, 7, 12, 99, 100, 2026, 12345, -5}) {
            for (int width : new int[] {2, 4}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", n), DateFinder.digits(n, width));
            }
        }
    }
}
