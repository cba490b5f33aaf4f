package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AccentsTest {

    @Test
    void combiningMarksAreRemovedAndCaseKept() {
        assertEquals("Penelope Noel, ca", Accents.strip("Pénélope Noël, ça"));
    }

    @Test
    void ligaturesAreLettersAndStay() {
        assertEquals("cœur", Accents.strip("cœur"));
    }

    @Test
    void asciiTextIsReturnedAsItIs() {
        String text = "Mick Cash";
        assertSame(text, Accents.strip(text));
    }

    @Test
    void everyLatin1LetterLosesItsMarkAsUnderNormalisation() {
        assertEquals("AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy",
                Accents.strip("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"));
    }

    @Test
    void textBeyondLatin1IsNormalisedWhole() {
        assertEquals("Łodz, Dvorak", Accents.strip("Łódź, Dvořák"));
    }

    @Test
    void marksAlreadyDecomposedAreRemoved() {
        assertEquals("cafe", Accents.strip("cafe\u0301"));
    }
}
