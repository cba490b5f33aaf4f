package verbatim.site.output;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids a build gives the files it writes ({@link Manifest.File#id}): 16 bytes, a random number drawn once for the
 * build followed by a count, so that no two files written by any two builds have the same id. An id names one file as
 * written, not its bytes: a record that names a page by its id (the catalogue's, an article's cache entry) tells
 * whether the output still holds that very file without a digest of its bytes being made, the comparison of bytes
 * being left to the one build that writes a file again ({@link Output#write}).
 *
 * <p>Example: the first two files of a build whose number is {@code 3f…a1} get {@code 3f…a1 00…01} and
 * {@code 3f…a1 00…02}; a page kept because it holds the bytes made again keeps the id it had.
 */
final class FileIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long build = RANDOM.nextLong();
    private final AtomicLong count = new AtomicLong();

    /** A new id. */
    byte[] next() {
        return ByteBuffer.allocate(16).putLong(build).putLong(count.incrementAndGet()).array();
    }
}
