package verbatim.site.spill;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A new temporary file for bytes a build keeps on disk instead of in memory, open for reading and writing. It is
 * deleted when closed; on Unix its name is gone as soon as it is opened ({@link StandardOpenOption#DELETE_ON_CLOSE}),
 * so a build that dies leaves nothing behind.
 */
public final class ScratchFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;

    private ScratchFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /**
     * Makes a file named {@code prefix…tmp} in {@code dir} (made if needed) and opens it.
     *
     * @throws IOException when the folder or the file cannot be made
     */
    public static ScratchFile create(Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        Path path = Files.createTempFile(dir, prefix, ".tmp");
        return new ScratchFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /** The open file. */
    public FileChannel channel() {
        return channel;
    }

    /** Closes and deletes the file; a file that cannot be deleted is left behind, as temporary files may be. */
    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
