package verbatim.site.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import verbatim.site.sitemap.SitemapUrl;

/**
 * What the last build wrote into an output folder, kept in the cache folder: for each file its path, a SHA-256 of
 * its bytes, its size, modification time and file key (inode) as written, the key of what it was made from (for a
 * page rendered from a template, {@link verbatim.render.ContextDigest}), and its sitemap entry; and the key of
 * everything the index pages were made from.
 *
 * <p>A file of the output whose size, time and file key are still those recorded is taken to hold the recorded
 * bytes (as {@code make} and {@code rsync} do), so the next build can keep it without reading it. The manifest is
 * written after a build succeeded and deleted before a build changes the output, so a build cut short leaves none;
 * one that is cut short, corrupt or about another folder is not used.
 *
 * @param folder   the output folder it describes, absolute
 * @param indexKey the key of what every file outside the article pages was made from (32 bytes), or empty
 * @param files    by site path ({@code fr/index.html})
 */
public record Manifest(String folder, byte[] indexKey, Map<String, Manifest.File> files) {

    /** A file made by building articles' pages; {@link #INDEX} otherwise. */
    public static final int ARTICLE = 0;
    /** A file made from every article at once (a list, a feed, the search index, the sitemap). */
    public static final int INDEX = 1;
    /** An HTML page (counted as a page in the build's report). */
    public static final int PAGE = 2;

    private static final byte[] MAGIC = "verbatim output manifest 1\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * One file of the output.
     *
     * @param flags    {@link #INDEX} and {@link #PAGE}, or'ed
     * @param sha      a SHA-256 of its bytes
     * @param size     its size in bytes
     * @param modified its modification time, in nanoseconds since the epoch
     * @param fileKey  its file key as the file system gives it (dev and inode), or ""
     * @param input    the key of what it was made from, or an empty array
     * @param sitemap  its sitemap entry, or null when the sitemap leaves it out (or it is not a page)
     */
    public record File(int flags, byte[] sha, long size, long modified, String fileKey, byte[] input,
                       SitemapUrl sitemap) {

        /** True when it is made from every article at once. */
        public boolean index() {
            return (flags & INDEX) != 0;
        }

        /** True when it is an HTML page. */
        public boolean page() {
            return (flags & PAGE) != 0;
        }
    }

    /** The file where the manifest of output folder {@code folder} lives in the cache folder {@code cacheDir}. */
    public static Path location(Path cacheDir, Path folder) {
        String name = Integer.toHexString(folder.toAbsolutePath().normalize().toString().hashCode());
        return cacheDir.resolve("output").resolve(name);
    }

    /** The manifest stored in {@code file} about output folder {@code folder}, or null when there is no sound one. */
    public static Manifest read(Path file, Path folder) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        int head = MAGIC.length + Long.BYTES;
        if (all.length < head || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, head, all.length - head);
        if (ByteBuffer.wrap(all, MAGIC.length, Long.BYTES).getLong() != crc.getValue()) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, head, all.length - head))) {
            String dir = in.readUTF();
            if (!dir.equals(folder.toAbsolutePath().normalize().toString())) {
                return null;
            }
            byte[] indexKey = bytes(in);
            int n = in.readInt();
            Map<String, File> files = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                int flags = in.readByte();
                byte[] sha = bytes(in);
                long size = in.readLong();
                long modified = in.readLong();
                String key = in.readUTF();
                byte[] input = bytes(in);
                SitemapUrl url = null;
                if (in.readBoolean()) {
                    String loc = in.readUTF();
                    String lastmod = in.readUTF();
                    int alternates = in.readInt();
                    Map<String, String> alt = new LinkedHashMap<>();
                    for (int k = 0; k < alternates; k++) {
                        alt.put(in.readUTF(), in.readUTF());
                    }
                    url = new SitemapUrl(loc, lastmod.isEmpty() ? null : LocalDate.parse(lastmod), alt);
                }
                files.put(path, new File(flags, sha, size, modified, key, input, url));
            }
            return new Manifest(dir, indexKey, files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes this manifest to {@code file} (through a temporary file moved into place). */
    public void write(Path file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 + files.size() * 160);
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeUTF(folder);
            bytes(out, indexKey);
            out.writeInt(files.size());
            for (Map.Entry<String, File> e : files.entrySet()) {
                File f = e.getValue();
                out.writeUTF(e.getKey());
                out.writeByte(f.flags());
                bytes(out, f.sha());
                out.writeLong(f.size());
                out.writeLong(f.modified());
                out.writeUTF(f.fileKey());
                bytes(out, f.input());
                out.writeBoolean(f.sitemap() != null);
                if (f.sitemap() != null) {
                    out.writeUTF(f.sitemap().loc());
                    out.writeUTF(f.sitemap().lastmod() == null ? "" : f.sitemap().lastmod().toString());
                    out.writeInt(f.sitemap().alternates().size());
                    for (Map.Entry<String, String> alt : f.sitemap().alternates().entrySet()) {
                        out.writeUTF(alt.getKey());
                        out.writeUTF(alt.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = body.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Path temp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(temp)) {
                out.write(MAGIC);
                out.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
                out.write(bytes);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) { // not kept: the next build compares the bytes of the files instead
            try {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** The files that are made from every article at once. */
    public Collection<String> indexFiles() {
        return files.entrySet().stream().filter(e -> e.getValue().index()).map(Map.Entry::getKey).toList();
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readUnsignedByte();
        byte[] out = new byte[n];
        in.readFully(out);
        return out;
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeByte(b.length);
        out.write(b);
    }
}
