package verbatim.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open pages of a preview, each listening to a stream of Server-Sent Events, and what they are told:
 *
 * <pre>
 * event: build          at connection: the number of the build served now, {"build":7}
 * event: reload         the site was rebuilt: {"build":8}
 * event: build-error    the last build failed, the previous site is still served: {"lines":["content/a.fr.md:3: …"]}
 * </pre>
 *
 * A page that connects while the last build failed is told the error at once. Thread-safe.
 */
public final class Reloads implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<OutputStream> clients = ConcurrentHashMap.newKeySet();
    private volatile long build;
    private volatile List<String> failure;

    /** @param build the number of the first build; a new preview should not reuse an old one's numbers */
    public Reloads(long build) {
        this.build = build;
    }

    /** The number of the build now served. */
    public long build() {
        return build;
    }

    /** The lines of the last build's failure, or null when it succeeded. */
    public List<String> failure() {
        return failure;
    }

    /**
     * Adds a page's stream, whose response headers are sent: it is told the build served now, and the failure if
     * the last build failed.
     */
    public void open(OutputStream stream) {
        StringBuilder hello = new StringBuilder("retry: 1000\n\n").append(event("build", Map.of("build", build)));
        List<String> failed = failure;
        if (failed != null) {
            hello.append(event("build-error", Map.of("lines", failed)));
        }
        if (send(stream, hello.toString())) {
            clients.add(stream);
        }
    }

    /** The site was rebuilt: counts a new build and tells every page to reload. */
    public synchronized void reload() {
        build++;
        failure = null;
        broadcast(event("reload", Map.of("build", build)));
    }

    /** The last build failed: tells every page why (the same lines as in the terminal). */
    public synchronized void failed(List<String> lines) {
        failure = List.copyOf(lines);
        broadcast(event("build-error", Map.of("lines", failure)));
    }

    /** A comment line to every page, to find the closed ones (a page gone is only seen when written to). */
    public void ping() {
        broadcast(": ping\n\n");
    }

    /** How many pages listen. */
    public int size() {
        return clients.size();
    }

    private void broadcast(String text) {
        for (OutputStream stream : clients) {
            if (!send(stream, text)) {
                clients.remove(stream);
            }
        }
    }

    private static boolean send(OutputStream stream, String text) {
        try {
            synchronized (stream) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            }
            return true;
        } catch (IOException e) {
            close(stream);
            return false;
        }
    }

    /** One event: {@code event: NAME}, then its data as one line of JSON, then a blank line. */
    static String event(String name, Map<String, ?> data) {
        try {
            return "event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the page is gone already
        }
    }

    /** Ends every stream (the pages' scripts will try to reconnect). */
    @Override
    public void close() {
        clients.forEach(Reloads::close);
        clients.clear();
    }
}
