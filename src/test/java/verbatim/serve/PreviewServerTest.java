package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview's HTTP side on a free loopback port, over a small output folder (no build). */
class PreviewServerTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"fr\"><body><p>Bonjour</p></body></html>\n";

    @TempDir
    Path dir;

    final Reloads reloads = new Reloads(41);
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    PreviewServer server;
    URI url;

    @BeforeEach
    void serve() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("fr"));
        Files.writeString(site.resolve("fr/index.html"), PAGE);
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        server = PreviewServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), site, reloads, () -> { });
        server.start();
        url = server.url();
    }

    @AfterEach
    void stop() {
        reloads.close();
        server.stop();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAddressIsTheLoopbackAndTheChosenPort() {
        assertTrue(url.toString().matches("http://127\\.0\\.0\\.1:\\d+/"), url.toString());
        assertFalse(url.getPort() == 0);
    }

    @Test
    void anHtmlPageIsSentWithTheReloadScriptWhichTheFileOnDiskNeverHolds() throws Exception {
        HttpResponse<String> page = get("/fr/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(ReloadScript.inject(PAGE, 41), page.body());
        assertEquals(PAGE, Files.readString(dir.resolve("site/fr/index.html")));
    }

    @Test
    void anythingElseIsSentAsItIs() throws Exception {
        HttpResponse<String> css = get("/style.css");
        assertEquals("body{}", css.body());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> script = get(ReloadScript.PATH);
        assertEquals(new String(ReloadScript.script(), StandardCharsets.UTF_8), script.body());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutBody() throws Exception {
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(url.resolve("/style.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("6", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("", head.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(url.resolve("/fr/"))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, refused.statusCode());
        assertEquals("GET, HEAD", refused.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/fr/%2E%2E/%2E%2E/secret.txt",
            "/..%5csecret.txt"})
    void aPathOutOfTheSiteIsRefusedAsSent(String path) throws IOException {
        String response = RawRequest.get(url, path);
        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertFalse(response.contains("secret\n") || response.endsWith("secret"), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:1313", "LOCALHOST:1313", "app.localhost:8080", "127.0.0.1",
            "127.0.0.1:1313", "127.1.2.3:80", "[::1]", "[::1]:1313"})
    void aLoopbackHostIsAnswered(String host) {
        assertTrue(PreviewServer.isLocalHost(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:1313", "localhost.evil.example", "127.0.0.1.evil.example",
            "192.168.1.5:1313", "[::2]:1313", "", "[::1]evil"})
    void anyOtherHostIsNot(String host) {
        assertFalse(PreviewServer.isLocalHost(host), host);
    }

    @Test
    void aRequestForAnotherHostIsRefusedAgainstDnsRebinding() throws IOException {
        String response = RawRequest.get(url, "/fr/", "evil.example:" + url.getPort());
        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertTrue(RawRequest.get(url, "/fr/", "localhost:" + url.getPort()).startsWith("HTTP/1.1 200 "));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() throws Exception {
        HttpResponse<String> moved = get("/fr");
        assertEquals(302, moved.statusCode());
        assertEquals("/fr/", moved.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aMissingPageIsTheSites404PageWithTheScript() throws Exception {
        HttpResponse<String> bare = get("/fr/nothing/");
        assertEquals(404, bare.statusCode());
        assertTrue(bare.body().contains("<h1>Not found</h1>") && bare.body().contains(ReloadScript.PATH), bare.body());
        Files.writeString(dir.resolve("site/fr/404.html"), "<html lang=\"fr\"><body>Page introuvable</body></html>");
        HttpResponse<String> missing = get("/fr/nothing/");
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(missing.body().startsWith("<html lang=\"fr\"><body>Page introuvable<script src=\""), missing.body());
    }

    @Test
    void aPageAskedWhileTheOutputIsSwappedInIsSentOnceTheBuildEnds() throws Exception {
        Path swapped = dir.resolve("swapped");
        AtomicInteger waits = new AtomicInteger();
        PreviewServer swapping = PreviewServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), swapped,
                reloads, () -> {
                    waits.incrementAndGet();
                    try {
                        Files.createDirectories(swapped.resolve("fr"));
                        Files.writeString(swapped.resolve("fr/index.html"), PAGE);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        swapping.start();
        try {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(swapping.url().resolve("/fr/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals(1, waits.get());
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(swapping.url().resolve("/fr/none/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals(1, waits.get(), "a page missing from an output in place is not waited for");
        } finally {
            swapping.stop();
        }
    }

    @Test
    void aPageListeningIsToldOfEachBuild() throws Exception {
        try (EventStream events = new EventStream(client, url)) {
            reloads.failed(java.util.List.of("content/a.fr.md:3: bad date"));
            assertEquals("{\"lines\":[\"content/a.fr.md:3: bad date\"]}",
                    events.next("build-error", Duration.ofSeconds(30)).data());
            reloads.reload();
            assertEquals("{\"build\":42}", events.next("reload", Duration.ofSeconds(30)).data());
        }
    }
}
