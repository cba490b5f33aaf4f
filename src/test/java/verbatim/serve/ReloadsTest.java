package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReloadsTest {

    private final Reloads reloads = new Reloads(7);

    @Test
    void anEventIsItsNameAndOneLineOfJson() {
        assertEquals("event: build-error\ndata: {\"lines\":[\"a.fr.md:3: \\\"x\\\"\\nnext\"]}\n\n",
                Reloads.event("build-error", Map.of("lines", List.of("a.fr.md:3: \"x\"\nnext"))));
    }

    @Test
    void aPageIsToldTheBuildAtConnectionThenEachReload() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        reloads.open(page);
        reloads.reload();
        assertEquals("retry: 1000\n\nevent: build\ndata: {\"build\":7}\n\nevent: reload\ndata: {\"build\":8}\n\n",
                page.toString(StandardCharsets.UTF_8));
        assertEquals(8, reloads.build());
    }

    @Test
    void aPageOpenedAfterAFailedBuildIsToldTheErrorUntilAGoodBuild() {
        reloads.failed(List.of("content/a.fr.md:3: bad date"));
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        reloads.open(page);
        assertEquals("retry: 1000\n\nevent: build\ndata: {\"build\":7}\n\nevent: build-error\ndata: "
                + "{\"lines\":[\"content/a.fr.md:3: bad date\"]}\n\n", page.toString(StandardCharsets.UTF_8));
        reloads.reload();
        assertNull(reloads.failure());
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        reloads.open(later);
        assertEquals("retry: 1000\n\nevent: build\ndata: {\"build\":8}\n\n", later.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aClosedPageIsForgottenAtTheNextEvent() {
        OutputStream gone = new OutputStream() {
            int writes;

            @Override
            public void write(int b) throws IOException {
                throw new IOException("closed");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (writes++ > 0) {
                    throw new IOException("closed");
                }
            }
        };
        reloads.open(gone);
        reloads.open(new ByteArrayOutputStream());
        assertEquals(2, reloads.size());
        reloads.ping();
        assertEquals(1, reloads.size());
    }
}
