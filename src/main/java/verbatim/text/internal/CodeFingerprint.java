package verbatim.text.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>A program that runs often on the same jar may have the fingerprints of a jar {@link #rememberIn remembered} in a
 * file, under the jar's path, size, modification time and file key: a jar that is still the one fingerprinted then
 * is not read again (its directory of thousands of entries is most of a short build's start).
 */
public final class CodeFingerprint {

    /** Where fingerprints of jars are remembered, or null. */
    private static volatile Path remembered;
    /** How long before now a jar must have been modified for its time to be trusted: 2 s. */
    private static final long SETTLED_MILLIS = 2_000;

    private CodeFingerprint() {
    }

    /**
     * Remembers the fingerprints of jars in {@code file} (a small text file, such as one in a cache folder), from now
     * on in this process; null to stop. A file that cannot be read or written is as none.
     */
    public static void rememberIn(Path file) {
        remembered = file;
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
                String stamp = stamp(where, folders);
                String known = stamp == null ? null : recall(stamp);
                if (known != null) {
                    return known;
                }
                for (String[] entry : jarEntries(where)) {
                    for (String folder : folders) {
                        if (entry[0].startsWith(folder)) {
                            sha.update(entry[1].getBytes(StandardCharsets.UTF_8));
                            break;
                        }
                    }
                }
                String value = HexFormat.of().formatHex(sha.digest());
                if (stamp != null) {
                    remember(stamp, value);
                }
                return value;
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException | SecurityException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read the code of " + anchor.getName(), e));
        }
    }

    /**
     * What names a fingerprint of {@code folders} of the jar {@code jar} as it is now: its path, size, time and file
     * key; null when nothing is remembered or the jar was modified too recently for its time to tell.
     */
    private static String stamp(Path jar, String[] folders) throws IOException {
        if (remembered == null) {
            return null;
        }
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        long modified = a.lastModifiedTime().toMillis();
        if (modified > System.currentTimeMillis() - SETTLED_MILLIS) {
            return null;
        }
        return jar.toAbsolutePath() + "\t" + a.size() + "\t" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\t"
                + a.fileKey() + "\t" + String.join(",", folders);
    }

    /** The fingerprint remembered under {@code stamp}, or null. */
    private static String recall(String stamp) {
        Path file = remembered;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0 && line.substring(0, tab).equals(stamp)) {
                    return line.substring(tab + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // as nothing remembered
        }
        return null;
    }

    /** Remembers {@code value} under {@code stamp}, with the other fingerprints of jars that are still there. */
    private static synchronized void remember(String stamp, String value) {
        Path file = remembered;
        if (file == null) {
            return;
        }
        try {
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String jar = line.substring(0, Math.max(0, line.indexOf('\t')));
                    if (!line.startsWith(stamp + "\t") && !jar.isEmpty() && Files.exists(Path.of(jar))
                            && lines.size() < 64) {
                        lines.add(line);
                    }
                }
            }
            lines.add(stamp + "\t" + value);
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.createDirectories(file.getParent());
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not remembered: computed again next time
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
