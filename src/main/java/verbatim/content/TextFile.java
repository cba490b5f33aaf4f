package verbatim.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a text file that must be UTF-8, and explains a file that is not: the line and byte where decoding
 * failed, and the encoding it most likely is.
 *
 * <p>Example: a Latin-1 file whose third line holds "été" gives {@code a.txt:3: the file is not UTF-8: byte
 * 0xE9 (offset 41) cannot be read; it looks like Windows-1252 (Latin-1), where it is 'é'. Convert it to UTF-8,
 * for example: iconv -f WINDOWS-1252 -t UTF-8 a.txt > a.txt.utf8 && mv a.txt.utf8 a.txt}
 */
public final class TextFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFile() {
    }

    /** The file's text, a leading byte-order mark kept; any problem is an {@link InputException}. */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "no such file", "Check the path.");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it exists and can be read.");
        }
        return decode(file, bytes);
    }

    /** Decodes bytes that must be UTF-8; {@code file} is only named in the message. */
    public static String decode(Path file, byte[] bytes) {
        refuseBinary(file, bytes);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = utf8.decode(in, out, true);
        if (!result.isError()) {
            utf8.flush(out);
            return out.flip().toString();
        }
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        throw new InputException(file, line, "the file is not UTF-8: byte " + String.format(Locale.ROOT, "0x%02X",
                bytes[offset] & 0xFF) + " (offset " + offset + ") cannot be read" + guess(bytes, offset),
                "Convert it to UTF-8 in place, for example: iconv -f " + encoding(bytes) + " -t UTF-8 " + path(file)
                        + " > " + path(file) + ".utf8 && mv " + path(file) + ".utf8 " + path(file));
    }

    /** What the failing byte is in the encoding the file most likely has. */
    private static String guess(byte[] bytes, int offset) {
        if (utf16(bytes)) {
            return "; it looks like UTF-16";
        }
        try {
            String c = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, 1)).toString();
            return "; it looks like Windows-1252 (Latin-1), where it is '" + c + "'";
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** Known kinds of files that are no text, by the bytes they start with. */
    private static final Object[][] MAGIC = {
        {"%PDF-", "a PDF document"},
        {new byte[] {0x1F, (byte) 0x8B}, "a gzip-compressed file"},
        {new byte[] {'P', 'K', 3, 4}, "a ZIP archive (a .docx, .odt or .epub is one)"},
        {new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Microsoft Office document (.doc)"},
        {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"},
        {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"},
        {"GIF8", "a GIF image"},
        {"BZh", "a bzip2-compressed file"},
        {new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "an xz-compressed file"},
        {new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive"},
        {"{\\rtf", "an RTF document"},
    };

    /**
     * What kind of file that is no text {@code bytes} are: a known format by the bytes it starts with ("a PDF
     * document", "a gzip-compressed file", …), else "a binary file" when they hold a NUL byte in their first 8 KiB
     * (and do not look like UTF-16 text); null for text.
     */
    public static String binaryKind(byte[] bytes) {
        for (Object[] magic : MAGIC) {
            byte[] start = magic[0] instanceof String text ? text.getBytes(StandardCharsets.ISO_8859_1)
                    : (byte[]) magic[0];
            if (bytes.length >= start.length && java.util.Arrays.equals(bytes, 0, start.length, start, 0,
                    start.length)) {
                return (String) magic[1];
            }
        }
        if (utf16(bytes)) {
            return null; // told as UTF-16 where it fails to decode
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return "a binary file";
            }
        }
        return null;
    }

    /**
     * Refuses bytes that are no text ({@link #binaryKind}), with what they are and what to give instead; {@code file}
     * is only named in the message. Example: {@code report.pdf: this is a PDF document, not text. Copy the article's
     * text into a .txt file (one paragraph a line) and import that, or import the saved web page (.html)}.
     */
    public static void refuseBinary(Path file, byte[] bytes) {
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new InputException(file, 0, "this is " + kind + ", not text", "Copy the article's text into a .txt "
                    + "file in UTF-8 (one paragraph a line) and import that, or import the saved web page (.html)");
        }
    }

    private static String encoding(byte[] bytes) {
        return utf16(bytes) ? "UTF-16" : "WINDOWS-1252";
    }

    /** A byte-order mark of UTF-16, or the zero bytes that ASCII text has in UTF-16. */
    private static boolean utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        int zeros = 0;
        int n = Math.min(bytes.length, 200);
        for (int i = 0; i < n; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return n > 0 && zeros * 4 >= n;
    }


    /** The file as the user named it, quoted for the shell when it holds a space. */
    private static String path(Path file) {
        String p = file == null ? "FILE" : file.toString();
        return p.contains(" ") ? "'" + p.replace("'", "'\\''") + "'" : p;
    }
}
