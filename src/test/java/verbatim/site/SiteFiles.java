package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What the whole-site tests compare of a built folder: every file's SHA-256 or modification time, by path. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** The SHA-256 (hex) of every regular file under {@code root}, by its path from there with '/' separators. */
    static Map<String, String> digests(Path root) throws IOException {
        return digests(root, f -> true);
    }

    /** {@link #digests(Path)} of the files {@code keep} accepts. */
    static Map<String, String> digests(Path root, Predicate<Path> keep) throws IOException {
        MessageDigest sha = sha256();
        Map<String, String> out = new TreeMap<>();
        for (Path f : files(root, keep)) {
            out.put(name(root, f), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
        }
        return out;
    }

    /** The modification time of every regular file under {@code root}, by path. */
    static Map<String, FileTime> times(Path root) throws IOException {
        return times(root, f -> true);
    }

    /** {@link #times(Path)} of the files {@code keep} accepts. */
    static Map<String, FileTime> times(Path root, Predicate<Path> keep) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        for (Path f : files(root, keep)) {
            out.put(name(root, f), Files.getLastModifiedTime(f));
        }
        return out;
    }

    /**
     * The files of {@code after} (digests of {@code site} now) whose bytes differ from {@code before}, having
     * asserted that each was written again (its time differs from {@code times}) if and only if its bytes changed;
     * {@code context} opens each assertion's message.
     */
    static Set<String> changed(Path site, Map<String, String> before, Map<String, FileTime> times,
                               Map<String, String> after, String context) throws IOException {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            boolean same = e.getValue().equals(before.get(e.getKey()));
            if (!same) {
                changed.add(e.getKey());
            }
            assertEquals(same, Files.getLastModifiedTime(site.resolve(e.getKey())).equals(times.get(e.getKey())),
                    context + e.getKey() + ": written again if and only if its bytes changed");
        }
        return changed;
    }

    /** The SHA-256 of some bytes. */
    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path root, Predicate<Path> keep) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(keep).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
