package verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationRecordTest {

    @Test
    void theRecordIsAddedAtTheEndOfTheFrontMatterAndTheRestIsKept() {
        assertEquals("---\ntitle: T\ntranslatedFrom: [aa, bb]\n---\n\nOne.\n",
                TranslationRecord.withRecord("---\ntitle: T\n---\n\nOne.\n", List.of("aa", "bb")));
    }

    @Test
    void anOlderRecordIsReplacedInEitherListStyle() {
        assertEquals("---\ntitle: T\ncredit: C\ntranslatedFrom: [cc]\n---\nOne.",
                TranslationRecord.withRecord("---\ntitle: T\ntranslatedFrom:\n  - aa\n  - bb\ncredit: C\n---\nOne.",
                        List.of("cc")));
        assertEquals("---\r\ntitle: T\r\ntranslatedFrom: [cc]\r\n---\r\n",
                TranslationRecord.withRecord("---\r\ntitle: T\r\ntranslatedFrom: [aa]\r\n---\r\n", List.of("cc")));
    }

    @Test
    void theChangeShowsTheWordsBeforeAndAfter() {
        assertEquals("\"800\" → \"900\"", TranslationRecord.change("Le musée a 800 œuvres.", "Le musée a 900 œuvres."));
        assertEquals("\"ouvre\" → \"rouvre\"; \"\" → \"grand\"",
                TranslationRecord.change("Le musée ouvre ses portes au public.",
                        "Le musée rouvre ses portes au grand public."));
    }
}
