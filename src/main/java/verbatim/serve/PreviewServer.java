package verbatim.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of a preview (the JDK's server): the files of the output folder through {@link SiteFiles}, only
 * for GET and HEAD (405 otherwise), only to a loopback {@code Host} when bound to the loopback, the reload script added to each HTML page sent, the event stream of
 * {@link Reloads}, and the site's 404 page for what is missing. Every response says {@code Cache-Control:
 * no-cache}, so that a reload shows the new build.
 */
final class PreviewServer {

    private static final String NOT_FOUND = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Not found</title></head><body><h1>Not found</h1><p>The site has no page at this address "
            + "(it has no 404.html either).</p></body></html>\n";

    private final HttpServer http;
    private final ExecutorService threads;
    private final SiteFiles files;
    private final Reloads reloads;
    private final Runnable awaitBuild;
    private final boolean loopback;

    /**
     * @param awaitBuild returns once no build is under way: a page asked while a build swaps the output folder
     *                   in is looked for again after it
     */
    private PreviewServer(HttpServer http, Path output, Reloads reloads, Runnable awaitBuild) {
        this.http = http;
        this.files = new SiteFiles(output);
        this.reloads = reloads;
        this.awaitBuild = awaitBuild;
        this.loopback = http.getAddress().getAddress().isLoopbackAddress();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "verbatim-serve-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    /** Binds the address (port 0: any free port), without serving yet. */
    static PreviewServer bind(InetSocketAddress address, Path output, Reloads reloads, Runnable awaitBuild)
            throws IOException {
        return new PreviewServer(HttpServer.create(address, 64), output, reloads, awaitBuild);
    }

    /** The address of the site's root, such as {@code http://127.0.0.1:1313/}. */
    URI url() {
        InetAddress address = http.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + http.getAddress().getPort() + "/");
    }

    void start() {
        http.start();
    }

    void stop() {
        http.stop(0);
        threads.shutdownNow();
    }

    /** Answers one request; a page that went away before its answer is sent is no error. */
    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            String path = exchange.getRequestURI().getRawPath();
            if (loopback && !isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", bytes("Forbidden: this preview answers only to "
                        + "localhost and 127.0.0.1.\n"), head);
            } else if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes(method + " is not allowed: GET or HEAD only.\n"), false);
            } else if (ReloadScript.EVENTS.equals(path) && !head) {
                events(exchange);
            } else if (ReloadScript.PATH.equals(path)) {
                send(exchange, 200, ContentTypes.of(path), ReloadScript.script(), head);
            } else {
                file(exchange, path, head);
            }
        } catch (IOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /**
     * True when a {@code Host} header names this machine's loopback: {@code localhost} (or a name under
     * {@code .localhost}), {@code 127.x.x.x} or {@code [::1]}, with any port. A preview bound to the loopback
     * answers only these, so that a web page whose name was rebound to 127.0.0.1 (DNS rebinding) cannot read it.
     */
    static boolean isLocalHost(String header) {
        if (header == null) {
            return false;
        }
        String host = header.toLowerCase(Locale.ROOT).strip();
        if (host.startsWith("[")) {
            return host.equals("[::1]") || host.startsWith("[::1]:");
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        return host.equals("localhost") || host.endsWith(".localhost")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /**
     * Sends a file of the site. When the output folder is missing (a build is swapping its new output in), or the
     * file vanished while being read, it looks again once after the build under way.
     */
    private void file(HttpExchange exchange, String path, boolean head) throws IOException {
        for (int attempt = 0; ; attempt++) {
            long build = reloads.build();
            SiteFiles.Lookup found = files.lookup(path);
            try {
                if (found instanceof SiteFiles.Found f) {
                    byte[] body = Files.readAllBytes(f.file());
                    String name = f.file().getFileName().toString();
                    send(exchange, 200, ContentTypes.of(name), page(name, body, build), head);
                    return;
                }
                if (found instanceof SiteFiles.Refused refused) {
                    send(exchange, 403, "text/plain; charset=utf-8", bytes("Forbidden: " + refused.why() + ".\n"), head);
                    return;
                }
                if (found instanceof SiteFiles.Redirect redirect) {
                    exchange.getResponseHeaders().set("Location", redirect.location());
                    send(exchange, 302, "text/plain; charset=utf-8", bytes("See " + redirect.location() + "\n"), head);
                    return;
                }
                if (attempt > 0 || files.present()) {
                    Path page = files.notFoundPage(path);
                    byte[] body = page == null ? bytes(NOT_FOUND) : Files.readAllBytes(page);
                    send(exchange, 404, ContentTypes.of("404.html"), page("404.html", body, build), head);
                    return;
                }
            } catch (NoSuchFileException e) {
                if (attempt > 0) {
                    throw e;
                }
            }
            awaitBuild.run();
        }
    }

    /** The body to send: an HTML page with the reload script, anything else as it is. */
    private static byte[] page(String name, byte[] body, long build) {
        return ContentTypes.isHtml(name)
                ? bytes(ReloadScript.inject(new String(body, StandardCharsets.UTF_8), build)) : body;
    }

    /** Opens a page's event stream and leaves it open: {@link Reloads} writes to it and closes it. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        reloads.open(stream);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
