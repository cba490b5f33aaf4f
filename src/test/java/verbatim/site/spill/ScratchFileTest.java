package verbatim.site.spill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFileTest {

    @TempDir
    Path dir;

    @Test
    void bytesWrittenAreReadBackAndTheFileIsGoneOnceClosed() throws IOException {
        Path folder = dir.resolve("cache");
        try (ScratchFile scratch = ScratchFile.create(folder, "test-")) {
            scratch.channel().write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            ByteBuffer back = ByteBuffer.allocate(3);
            scratch.channel().read(back, 0);
            assertEquals(2, back.get(1));
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
    }
}
