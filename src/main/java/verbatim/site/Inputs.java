package verbatim.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.parser.Parser;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.snakeyaml.engine.v2.api.Load;
import verbatim.text.internal.CodeFingerprint;

/**
 * What a build's files are made from, as keys (SHA-256), so that a file made from the same inputs as in the
 * previous build is kept instead of made again.
 *
 * <p>Every key starts from the build's own: the code as built (Verbatim's classes, lexicons, labels and built-in
 * templates, and the libraries that write the pages), the Java version, the settings, the template folder's files
 * and whether drafts are built. An article's key adds its content files' paths and bytes (its analysis follows from
 * them); an index file's adds the digest of what it shows ({@link Digest}: the parts of the articles' summaries on
 * it); the indexes' key adds the key of every article built.
 */
final class Inputs {

    /** The version of the way pages are made from these keys: raise it when that changes without the code. */
    private static final String VERSION = "inputs 2";

    private final byte[] build;

    private Inputs(byte[] build) {
        this.build = build;
    }

    /**
     * The inputs of a build with settings {@code config}, templates from {@code templates} (may be missing),
     * {@code drafts} or not, and the analyser of version {@code analyser}.
     *
     * @throws UncheckedIOException when the template folder or the code cannot be read
     */
    static Inputs of(SiteConfig config, Path templates, boolean drafts, String analyser) {
        MessageDigest sha = sha();
        feed(sha, VERSION);
        feed(sha, Code.VALUE);
        feed(sha, analyser);
        feed(sha, System.getProperty("java.version", ""));
        feed(sha, String.join(",", config.languages()));
        feed(sha, config.base());
        feed(sha, config.addresses().clean() ? "clean urls" : "file urls");
        feed(sha, config.tagDate());
        new TreeMap<>(config.titles()).forEach((lang, title) -> {
            feed(sha, lang);
            feed(sha, title);
        });
        feed(sha, drafts ? "drafts" : "no drafts");
        if (templates != null && Files.isDirectory(templates)) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(templates)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
                for (Path f : files) {
                    feed(sha, templates.relativize(f).toString().replace('\\', '/'));
                    feed(sha, Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Inputs(sha.digest());
    }

    /**
     * The key of an article listed under {@code slug} whose content files are {@code files}: 64 hexadecimal
     * digits.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    String article(String slug, List<Path> files) {
        MessageDigest sha = sha();
        sha.update(build);
        feed(sha, slug);
        for (Path f : files) {
            feed(sha, f.toString());
            try {
                feed(sha, Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The key of the build's inputs (32 bytes): what every other key starts from. */
    byte[] key() {
        return build.clone();
    }

    /** The key of an index file whose own inputs have the digest {@code digest} (32 bytes). */
    byte[] file(byte[] digest) {
        MessageDigest sha = sha();
        sha.update(build);
        sha.update(digest);
        return sha.digest();
    }

    /**
     * The key of the index files of a build of the articles of {@code keys} (slug → article key, in an order that is
     * the same from one build of the same articles to the next: the lists' order), read one at a time.
     */
    byte[] indexes(List<Map.Entry<String, String>> keys) {
        Digest d = Digest.of(VERSION).add(build).add(keys.size());
        for (Map.Entry<String, String> k : keys) {
            d.add(k.getKey()).add(k.getValue());
        }
        return d.bytes();
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feed(MessageDigest sha, String part) {
        feed(sha, part.getBytes(StandardCharsets.UTF_8));
    }

    private static void feed(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** The fingerprint of the code that makes the pages, computed once. */
    private static final class Code {
        static final String VALUE = value();

        private static String value() {
            Set<String> parts = new LinkedHashSet<>();
            List<Object[]> code = new ArrayList<>();
            code.add(new Object[] {Site.class, "verbatim/"});
            code.add(new Object[] {PebbleEngine.class, "io/pebbletemplates/"});
            code.add(new Object[] {Parser.class, "com/vladsch/flexmark/"});
            code.add(new Object[] {ObjectMapper.class, "com/fasterxml/jackson/"});
            code.add(new Object[] {Jsoup.class, "org/jsoup/"});
            code.add(new Object[] {Load.class, "org/snakeyaml/"});
            Map<String, List<String>> byPlace = new TreeMap<>();
            Map<String, Class<?>> anchors = new TreeMap<>();
            for (Object[] c : code) {
                Class<?> anchor = (Class<?>) c[0];
                String place = String.valueOf(anchor.getProtectionDomain().getCodeSource().getLocation());
                anchors.putIfAbsent(place, anchor);
                byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add((String) c[1]);
            }
            byPlace.forEach((place, folders) -> parts.add(CodeFingerprint.of(anchors.get(place),
                    folders.toArray(String[]::new))));
            return String.join("+", parts);
        }
    }
}
