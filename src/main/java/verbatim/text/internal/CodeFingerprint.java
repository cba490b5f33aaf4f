package verbatim.text.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the classes and resources under some package folders, as built: a SHA-256 over each file's
 * path and content, in path order. It changes whenever code or a lexicon there changes, so what was computed by
 * that code may be kept under it.
 *
 * <p>From a jar, each entry counts by its path, size and CRC-32 as the jar's directory records them (nothing is
 * decompressed); from a folder of classes, by its path and bytes.
 */
public final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /**
     * The fingerprint of the files under {@code folders} (such as {@code "verbatim/analysis/"}) where
     * {@code anchor} was loaded from; 64 hexadecimal digits.
     *
     * @throws UncheckedIOException when the code's location cannot be read
     */
    public static String of(Class<?> anchor, String... folders) {
        try {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(where)) {
                for (String folder : folders) {
                    Path root = where.resolve(folder);
                    if (!Files.isDirectory(root)) {
                        continue;
                    }
                    List<Path> files;
                    try (Stream<Path> all = Files.walk(root)) {
                        files = all.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path f : files) {
                        sha.update(where.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                        sha.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        for (String folder : folders) {
                            if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                                entries.add(entry);
                                break;
                            }
                        }
                    }
                    Collections.sort(entries, (a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry entry : entries) {
                        sha.update((entry.getName() + "\0" + entry.getSize() + "\0" + entry.getCrc() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException | SecurityException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read the code of " + anchor.getName(), e));
        }
    }
}
