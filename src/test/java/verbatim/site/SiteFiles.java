package verbatim.site;

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
import java.util.TreeMap;
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
