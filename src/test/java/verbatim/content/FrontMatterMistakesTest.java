package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mistakes an editor makes in a content file get one line that says how to fix them. */
class FrontMatterMistakesTest {

    private static final Path FILE = Path.of("content/a.en.md");

    private static ContentFile parse(String front, String body) {
        return ContentFile.parse(FILE, "a", "en", "---\n" + front + "---\n" + body);
    }

    @Test
    void aDateTimeWithZoneGivesTheDayAsWritten() {
        ContentFile f = parse("title: T\ndate: 2026-03-03T00:30:00+01:00\noriginal: fr\n", "\nOne.\n");
        assertEquals(LocalDate.of(2026, 3, 3), f.front().date());
    }

    @Test
    void aDateTimeWithZoneKeepsItsInstantWhileADayStaysADay() {
        ContentFile f = parse("title: T\ndate: 2026-03-03T00:30:00+01:00\noriginal: fr\n", "\nOne.\n");
        assertEquals("2026-03-03T00:30:00+01:00", f.front().published());
        assertEquals("2026-03-02T23:30:00Z", f.front().instant().toString());
        ContentFile day = parse("title: T\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n");
        assertEquals("2026-03-03", day.front().published());
        assertEquals("2026-03-03T00:00:00Z", day.front().instant().toString());
    }

    @Test
    void anEmptyFileIsToldAsEmptyInOneLineWithTheFix() {
        InputException empty = assertThrows(InputException.class, () -> ContentFile.parse(FILE, "a", "en", ""));
        assertEquals("content/a.en.md: the file is empty. Write the article in it (a front matter of title, date and "
                + "original between two '---' lines, then its paragraphs), or delete the file.", empty.oneLine());
        InputException blank = assertThrows(InputException.class,
                () -> ContentFile.parse(FILE, "a", "en", "\uFEFF  \n\n\t\n"));
        assertEquals("content/a.en.md: the file holds only spaces and blank lines. Write the article in it (a front "
                + "matter of title, date and original between two '---' lines, then its paragraphs), or delete the "
                + "file.", blank.oneLine());
    }

    @Test
    void anArticleWithoutTextIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate: 2026-03-03\noriginal: fr\n", "\n\n"));
        assertEquals("content/a.en.md:5: the article has no text after its front matter. Write its paragraphs after "
                + "the closing '---', separated by blank lines, or delete the file.", e.oneLine());
    }

    @Test
    void anUnknownKeyIsAWarningWithTheClosestKnownKey() {
        ContentFile f = parse("title: T\ndate: 2026-03-03\noriginal: fr\nsourcse: []\n", "\nOne.\n");
        assertEquals(List.of("content/a.en.md:5: unknown key 'sourcse' in the front matter — did you mean "
                + "'sources'?"), f.front().warnings());
    }

    @Test
    void aMisspeltRequiredKeyIsToldAtItsOwnLineWithTheKeyMeant() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate: 2026-03-03\norignal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:4: front matter lacks 'original', and 'orignal' is no key Verbatim knows. Did "
                + "you mean 'original'? Rename 'orignal:' to 'original:'.", e.oneLine());
    }

    @Test
    void anEmptyRequiredValueIsToldAsEmptyAtItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title:\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:2: 'title' is empty. Write its value after 'title: ' on that line.", e.oneLine());
    }

    @Test
    void aKeyGluedToItsValueIsToldToTakeASpace() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate: 2026-03-03\noriginal:fr\n", "\nOne.\n"));
        assertTrue(e.oneLine().endsWith("Put a space after the colon (original: fr)"), e.oneLine());
    }

    @Test
    void aKeyWithoutItsColonIsToldOnItsOwnLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:3: front matter does not parse: this line has no 'key: value' colon. Put a"
                + " colon after the key (date: 2026-03-03)", e.oneLine());
    }

    @Test
    void aStrayLineOfTextIsToldToBeDeletedFirst() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\nNote from the desk\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertTrue(e.oneLine().endsWith("Delete this line if it is no setting, or put a colon after the key (Note:"
                + " from the desk)"), e.oneLine());
    }

    @Test
    void theTranslationsOwnTranslatorAndCreditAreRead() {
        ContentFile f = parse("title: T\ndate: 2026-03-03\noriginal: fr\ntranslator: Ann Lee\ncredit: Desk\n",
                "\nOne.\n");
        assertEquals("Ann Lee", f.front().translator());
        assertEquals("Desk", f.front().credit());
        assertTrue(f.front().warnings().isEmpty());
    }

    @Test
    void anIndentedKeyAfterAQuotedValueIsToldToLoseItsSpaces() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: \"T\"\n  date: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:3: front matter does not parse: 'date:' is indented by 2 spaces, so YAML reads "
                + "it as part of 'title:' above it, not as a key of its own. Remove the spaces before 'date:'",
                e.oneLine());
    }

    @Test
    void anIndentedKeyAfterAPlainValueIsToldToLoseItsSpaces() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate: 2026-03-03\n original: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:4: front matter does not parse: 'original:' is indented by 1 space, so YAML "
                + "reads it as part of 'date:' above it, not as a key of its own. Remove the spaces before "
                + "'original:'", e.oneLine());
    }

    @Test
    void anIndentedFirstKeyIsToldAtItsOwnLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("  title: T\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:2: front matter does not parse: 'title:' is indented by 2 spaces, but a "
                + "top-level key starts at the beginning of its line. Remove the spaces before 'title:'", e.oneLine());
    }

    @Test
    void aKeyOfASourceIndentedUnlikeItsEntryIsToldTheIndentationOfItsEntry() {
        InputException e = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\noriginal: fr\n"
                + "sources:\n  - title: A\n     url: https://a.org\n", "\nOne.\n"));
        assertEquals("content/a.en.md:7: front matter does not parse: 'url:' is indented by 5 spaces, but 'title:' "
                + "above it, a key of the same level, by 4. Indent 'url:' by 4 spaces, as 'title:'", e.oneLine());
    }

    @Test
    void aTopLevelKeyIndentedAsAListIsToldToLoseItsSpaces() {
        InputException e = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\nsources:\n"
                + "  - title: A\n  original: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:6: front matter does not parse: 'original:' is indented by 2 spaces, so YAML "
                + "reads it as part of 'sources:' above it, not as a key of its own. Remove the spaces before "
                + "'original:'", e.oneLine());
    }

    @Test
    void aRequiredKeyIndentedUnderAnEmptyKeyIsToldAtItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ncredit:\n  date: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:4: front matter lacks 'date': 'date:' is indented by 2 spaces, so YAML reads "
                + "it as part of 'credit:' above it, not as a key of its own. Remove the spaces before 'date:'",
                e.oneLine());
    }

    @Test
    void aTabIndentingAListIsToldAsATabWithItsLine() {
        InputException e = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\n"
                + "original: fr\nsources:\n\t- title: Mairie\n", "\nOne.\n"));
        assertEquals("content/a.en.md:6: front matter does not parse: a tab at column 1: tabs are not allowed in "
                + "YAML. Indent with spaces (replace the tab by spaces)", e.oneLine());
    }

    @Test
    void aTabAfterAKeysColonIsToldAsATabWithItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: T\ndate:\t2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertEquals("content/a.en.md:3: front matter does not parse: a tab at column 6: tabs are not allowed in "
                + "YAML. Separate the value with a space (replace the tab by a space)", e.oneLine());
    }

    @Test
    void doubleQuotesInsideADoubleQuotedTitleGetTheHintThatFits() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: \"He said \"no\" twice\"\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertTrue(e.oneLine().startsWith("content/a.en.md:2: front matter does not parse"), e.oneLine());
        assertTrue(e.oneLine().endsWith("A value in double quotes cannot hold a double quote: write it in single "
                + "quotes (title: 'He said \"no\"'), or use “ ” inside it"), e.oneLine());
    }

    @Test
    void theFixOfAFrenchFileGivesItsExampleInFrench() {
        InputException e = assertThrows(InputException.class, () -> ContentFile.parse(Path.of("content/a.fr.md"), "a",
                "fr", "---\ntitle: \"Il a dit \"non\" deux fois\"\ndate: 2026-03-03\noriginal: fr\n---\n\nUn.\n"));
        assertTrue(e.oneLine().endsWith("A value in double quotes cannot hold a double quote: write it in single "
                + "quotes (title: 'Il a dit \"non\"'), or use « » or “ ” inside it"), e.oneLine());
        InputException colon = assertThrows(InputException.class, () -> ContentFile.parse(Path.of("content/a.fr.md"),
                "a", "fr", "---\ntitle: Lui : non: jamais\ndate: 2026-03-03\noriginal: fr\n---\n\nUn.\n"));
        assertTrue(colon.oneLine().endsWith("(title: \"Lui : non\")"), colon.oneLine());
        InputException open = assertThrows(InputException.class, () -> ContentFile.parse(Path.of("content/a.fr.md"),
                "a", "fr", "---\ntitle: \"Titre\ndate: 2026-03-03\noriginal: fr\n---\n\nUn.\n"));
        assertTrue(open.oneLine().endsWith("(title: \"Mon titre\")"), open.oneLine());
    }

    @Test
    void anApostropheInASingleQuotedTitleIsShownDoubledInTheFilesLanguage() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: 'The world's end'\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertTrue(e.oneLine().endsWith("A value in single quotes writes an apostrophe twice (title: 'The world''s "
                + "end'), or write it in double quotes"), e.oneLine());
    }

    @Test
    void aColonInAnUnquotedTitleGetsTheHintToQuoteIt() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: Lui : non: jamais\ndate: 2026-03-03\noriginal: fr\n", "\nOne.\n"));
        assertTrue(e.oneLine().endsWith("Put a value that contains ': ' in double quotes (title: \"Brexit: the vote\")"),
                e.oneLine());
    }

    @Test
    void quoteNeverClosedIsReportedOnItsOwnLine() {
        InputException e = assertThrows(InputException.class,
                () -> parse("title: \"Titre non fermé\ndate: 2026-03-03\noriginal: fr\n", "\nUn.\n"));
        assertTrue(e.oneLine().startsWith("content/a.en.md:2: front matter does not parse: the double quote that "
                + "opens this value is never closed"), e.oneLine());
    }

    @Test
    void anUnknownKeyOfASourceIsAWarningAtItsOwnLine() {
        ContentFile f = parse("title: T\ndate: 2026-03-03\noriginal: fr\nsources:\n  - title: A\n    url: https://a.org\n"
                + "  - title: B\n    lien: https://b.org\n", "\nOne.\n");
        assertEquals(List.of("content/a.en.md:9: unknown key 'lien' in a source — the keys are title, url"),
                f.front().warnings());
    }

    @Test
    void aSourcesMistakeIsToldAtTheLineOfItsEntry() {
        InputException url = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\noriginal: fr\n"
                + "sources:\n  - title: A\n    url: https://a.org\n  - title: B\n    url: www.b.org\n", "\nOne.\n"));
        assertTrue(url.oneLine().startsWith("content/a.en.md:9: source url 'www.b.org' is not an http(s) address"),
                url.oneLine());
        InputException title = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\n"
                + "original: fr\nsources:\n  - titel: A\n", "\nOne.\n"));
        assertTrue(title.oneLine().startsWith("content/a.en.md:6: every source needs a 'title', and 'titel' is no key"
                + " Verbatim knows — did you mean 'title'?"), title.oneLine());
    }

    @Test
    void anArticleKeyIndentedUnderASourceIsToldToLoseItsSpaces() {
        InputException e = assertThrows(InputException.class, () -> parse("title: T\ndate: 2026-03-03\noriginal: fr\n"
                + "sources:\n  - title: A\n    url: https://a.org\n    credit: Rédaction\n", "\nOne.\n"));
        assertEquals("content/a.en.md:8: 'credit:' is indented as a key of source 1, so the article has no 'credit'."
                + " Remove the spaces before 'credit:' so that it starts its line, as 'title:' and 'date:' do.",
                e.oneLine());
    }
}
