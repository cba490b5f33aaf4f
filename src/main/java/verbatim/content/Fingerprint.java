package verbatim.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a paragraph's words, which a translation records for each paragraph of its original
 * so that a later change of the original is found.
 *
 * <p>Spacing does not count: {@code of("Le  monde\nest en péril.")} equals {@code of("Le monde est en péril.")}
 * ("1f0c…", ten hexadecimal digits), while any other change of a letter, a digit or a mark gives another one.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of a paragraph's text (its Markdown). */
    public static String of(String paragraph) {
        String words = paragraph.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
