package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextFileTest {

    private static final Path FILE = Path.of("raw/ete.txt");

    @Test
    void utf8TextIsReadAsItIs() {
        assertEquals("Un été\n", TextFile.decode(FILE, "Un été\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1TextNamesTheLineTheByteAndTheEncoding() {
        byte[] latin1 = "date 2026-01-10\nPremier.\nUn été.\n".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> TextFile.decode(FILE, latin1));
        assertEquals("raw/ete.txt:3: the file is not UTF-8: byte 0xE9 (offset 28) cannot be read; it looks like "
                + "Windows-1252 (Latin-1), where it is 'é'. Convert it to UTF-8 in place, for example: iconv -f "
                + "WINDOWS-1252 -t UTF-8 raw/ete.txt > raw/ete.txt.utf8 && mv raw/ete.txt.utf8 raw/ete.txt", e.oneLine());
    }

    @Test
    void utf16TextIsNamedAsUtf16() {
        byte[] utf16 = "Un été\n".getBytes(StandardCharsets.UTF_16);
        InputException e = assertThrows(InputException.class, () -> TextFile.decode(FILE, utf16));
        assertEquals("raw/ete.txt:1: the file is not UTF-8: byte 0xFE (offset 0) cannot be read; it looks like "
                + "UTF-16. Convert it to UTF-8 in place, for example: iconv -f UTF-16 -t UTF-8 raw/ete.txt > raw/ete.txt.utf8 && mv raw/ete.txt.utf8 raw/ete.txt",
                e.oneLine());
    }
}
