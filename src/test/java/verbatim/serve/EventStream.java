package verbatim.serve;

import java.io.Closeable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: reads the preview's event stream into a queue of events. */
final class EventStream implements Closeable {

    /** One event: its name and its data line. */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    /** Connects to {@code url}'s event stream and waits for the first event (the build served now). */
    EventStream(HttpClient client, URI url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url.resolve(ReloadScript.EVENTS)).build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            String[] event = {null, null};
            r.body().forEach(line -> {
                if (line.startsWith("event: ")) {
                    event[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    event[1] = line.substring(6);
                } else if (line.isEmpty() && event[0] != null) {
                    events.add(new Event(event[0], event[1]));
                    event[0] = null;
                    event[1] = null;
                }
            });
        });
        next("build", Duration.ofSeconds(30));
    }

    /** The next event named {@code name}, skipping others; fails when none comes within {@code timeout}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event e = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no '" + name + "' event within " + timeout);
            }
            if (e.name().equals(name)) {
                return e;
            }
        }
    }

    /** The events received and not yet taken. */
    BlockingQueue<Event> pending() {
        return events;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
