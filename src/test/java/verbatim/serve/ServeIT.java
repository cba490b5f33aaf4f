package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import verbatim.cli.Main;
import verbatim.cli.Run;

/**
 * {@code archive serve} as an editor uses it, on a copy of the bundled content: a page fetched, an article saved
 * (by rename, as many editors do) and the reload event and new page seen, a bad edit reported in the terminal and
 * to the page while the last good page is still served, the fix reloaded, a setting and a template changed, a
 * traversal refused, Ctrl-C (here an interrupt) stopping it cleanly.
 */
class ServeIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String ARTICLE = "fr/articles/sharma-anthropic/";

    @TempDir
    Path dir;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anEditIsRebuiltAndReloadedAndABadOneKeepsTheLastGoodSite() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(dir.resolve("verbatim.yaml"), "# the defaults\n"); // --config must name a file that exists
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String style = Files.readString(Path.of("templates/style.css"));
        Files.writeString(templates.resolve("style.css"), style);
        Path original = content.resolve("sharma-anthropic.fr.md");
        String text = Files.readString(original);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> {
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit.set(cli.execute("serve", "--port", "0", "--content", content.toString(), "--templates",
                    dir.resolve("templates").toString(), "--config", dir.resolve("verbatim.yaml").toString(),
                    "--output", dir.resolve("site").toString()));
        });
        serve.start();
        URI url = awaitUrl(out, err, serve);
        assertTrue(url.getHost().equals("127.0.0.1"), url.toString());

        HttpResponse<String> page = get(url.resolve(ARTICLE));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ReloadScript.PATH), "the served page has the reload script");
        try (EventStream events = new EventStream(client, url)) {
            String first = paragraphs(text).get(0);
            saveByRename(original, text.replace(first, first + " Zanzibar septentrional."));
            events.next("reload", WAIT);
            assertTrue(get(url.resolve(ARTICLE)).body().contains("Zanzibar septentrional."), "the page shows the edit");

            saveByRename(original, text.replaceFirst("(?m)^date: .*$", "date: 2026-13-45"));
            String error = events.next("build-error", WAIT).data();
            assertTrue(error.contains("sharma-anthropic.fr.md:") && error.contains("date"), error);
            assertTrue(err.toString().contains("error: ") && err.toString().contains("sharma-anthropic.fr.md:"),
                    err.toString());
            HttpResponse<String> kept = get(url.resolve(ARTICLE));
            assertEquals(200, kept.statusCode());
            assertTrue(kept.body().contains("Zanzibar septentrional."), "the last good page is still served");

            Files.writeString(original, text.replace(first, first + " Tombouctou oriental."));
            events.next("reload", WAIT);
            assertTrue(get(url.resolve(ARTICLE)).body().contains("Tombouctou oriental."), "the fix is shown");

            Files.writeString(dir.resolve("verbatim.yaml"), "title:\n  fr: Archives de Zanzibar\n  en: Zanzibar Archive\n");
            events.next("reload", WAIT);
            assertTrue(get(url.resolve(ARTICLE)).body().contains("Archives de Zanzibar"), "a new setting is applied");

            Files.writeString(templates.resolve("style.css"), style + "\n/* Zanzibar */\n");
            events.next("reload", WAIT);
            assertTrue(get(url.resolve("/style.css")).body().contains("/* Zanzibar */"), "a changed template is applied");

            Path added = content.resolve("zanzibar.fr.md");
            Files.writeString(added, text);
            events.next("reload", WAIT);
            assertEquals(200, get(url.resolve("fr/articles/zanzibar/")).statusCode());
            Files.delete(added);
            events.next("reload", WAIT);
            assertEquals(404, get(url.resolve("fr/articles/zanzibar/")).statusCode());
            String log = out.toString();
            assertTrue(log.contains("\nsharma-anthropic.fr.md changed: built "), "saved by rename: changed\n" + log);
            assertTrue(log.contains("\nzanzibar.fr.md added: built "), log);
            assertTrue(log.contains("\nzanzibar.fr.md removed: built "), log);
            for (String line : log.split("\n")) {
                if (line.contains(" pages (")) {
                    assertEquals(2, line.split("total", -1).length, "one total: " + line);
                }
            }
        }

        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt")) {
            String refused = RawRequest.get(url, path);
            assertTrue(refused.startsWith("HTTP/1.1 403 ") && !refused.contains("secret\n"), path + ": " + refused);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertFalse(files.filter(Files::isRegularFile).anyMatch(ServeIT::hasScript),
                    "the built files on disk carry no trace of the reload script");
        }

        serve.interrupt();
        serve.join(WAIT.toMillis());
        assertFalse(serve.isAlive());
        assertEquals(0, exit.get(), err.toString());
        assertThrows(ConnectException.class, () -> get(url));
    }

    @Test
    void thePreviewHasAFolderOfItsOwnAndTheSiteStaysAsBuildLeftIt() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (String slug : List.of("sharma-anthropic", "autre-article")) {
            for (String lang : List.of("fr", "en")) {
                Files.copy(Path.of("content", "sharma-anthropic." + lang + ".md"), content.resolve(slug + "." + lang + ".md"));
            }
        }
        Path site = dir.resolve("site");
        Files.writeString(dir.resolve("verbatim.yaml"), "# the defaults\n");
        String[] build = {"build", "--content", content.toString(), "--config", dir.resolve("verbatim.yaml").toString(),
                "--templates", dir.resolve("templates").toString(), "--output", site.toString(),
                "--base-url", "https://archive.example.org/"};
        assertEquals(0, Run.of(build).exit());
        Map<String, String> built = files(site);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> {
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            cli.execute("serve", "--port", "0", "--content", content.toString(), "--config",
                    dir.resolve("verbatim.yaml").toString(), "--templates", dir.resolve("templates").toString());
        });
        serve.start();
        URI url = awaitUrl(out, err, serve);
        assertEquals(200, get(url.resolve(ARTICLE)).statusCode());
        Path preview = dir.resolve(".verbatim").resolve("preview");
        assertTrue(out.toString().contains("Serving " + preview + " at "), out.toString());
        assertTrue(Files.readString(preview.resolve(ARTICLE + "index.html")).contains(url.toString()),
                "the preview's pages have its address");
        assertEquals(built, files(site), "the site build wrote is untouched");
        serve.interrupt();
        serve.join(WAIT.toMillis());

        Path edited = content.resolve("sharma-anthropic.fr.md");
        String text = Files.readString(edited);
        String first = paragraphs(text).get(0);
        Files.writeString(edited, text.replace(first, first + " Zanzibar septentrional."));
        Run rebuilt = Run.of(build);
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains("rendered 1 of 2 articles"),
                "the preview kept what the site's next build reuses: " + rebuilt.out());
        Map<String, String> after = files(site);
        assertTrue(after.get(ARTICLE + "index.html").contains("Zanzibar septentrional."));
        assertFalse(after.values().stream().anyMatch(page -> page.contains("127.0.0.1")),
                "no page of the preview was reused by build");
        Files.writeString(edited, text);
        assertEquals(0, Run.of(build).exit());
        assertEquals(built, files(site), "the same bytes as before the preview");
    }

    /** Every file of a folder, by path, as text. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(f).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** Writes a file the way many editors save: a temporary file beside it, renamed over it. */
    private static void saveByRename(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The paragraphs of a content file's body: its blank-line separated blocks after the front matter. */
    private static List<String> paragraphs(String file) {
        String body = file.substring(file.indexOf("\n---", 3) + 4).strip();
        return List.of(body.split("\n\\s*\n"));
    }

    private static boolean hasScript(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("__verbatim");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The address serve prints once it serves, waiting for it at most {@link #WAIT}. */
    private static URI awaitUrl(StringWriter out, StringWriter err, Thread serve) throws InterruptedException {
        Pattern serving = Pattern.compile("Serving .* at (http://\\S+/) ");
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end && serve.isAlive()) {
            Matcher m = serving.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start:\n" + out + err);
    }
}
