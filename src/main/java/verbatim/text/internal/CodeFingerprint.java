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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
                for (String[] entry : jarEntries(where)) {
                    for (String folder : folders) {
                        if (entry[0].startsWith(folder)) {
                            sha.update(entry[1].getBytes(StandardCharsets.UTF_8));
                            break;
                        }
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

    /** The jars read so far: their files in path order, each as {name, "name\0size\0crc\n"}. */
    private static final Map<Path, List<String[]>> JARS = new ConcurrentHashMap<>();

    /** The files of a jar as its directory records them, read once per jar (several fingerprints read one jar). */
    private static List<String[]> jarEntries(Path jarFile) throws IOException {
        List<String[]> known = JARS.get(jarFile);
        if (known != null) {
            return known;
        }
        List<JarEntry> entries = new ArrayList<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    entries.add(entry);
                }
            }
        }
        Collections.sort(entries, (a, b) -> a.getName().compareTo(b.getName()));
        List<String[]> out = new ArrayList<>(entries.size());
        for (JarEntry entry : entries) {
            out.add(new String[] {entry.getName(), entry.getName() + "\0" + entry.getSize() + "\0" + entry.getCrc()
                    + "\n"});
        }
        JARS.put(jarFile, List.copyOf(out));
        return out;
    }
}
