package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import verbatim.cli.Run;

/**
 * The built site in a real browser: headless Chromium, driven by Selenium, over pages served on 127.0.0.1. The
 * search is used as a reader would (typing a query, reading the results), and axe-core checks each kind of page
 * at 1280 and 390 px against the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 *
 * <p>Skipped, with a message, where Debian's {@code chromium} and {@code chromium-driver} are not installed
 * ({@code .ci/run} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static final String NO_BROWSER = "skipped: " + CHROMIUM + " or " + DRIVER + " is not installed (apt-get install "
            + "chromium chromium-driver, as .ci/run does)";

    @TempDir
    static Path dir;
    static HttpServer server;
    static ChromeDriver browser;
    static String origin;
    /** How the site built links its pages: by their file here, by their folder in {@link CleanUrlsBrowserIT}. */
    static Addresses links;

    @BeforeAll
    void start() throws IOException {
        start(clean());
    }

    /** True when the site is built with clean URLs ({@link CleanUrlsBrowserIT}). */
    boolean clean() {
        return false;
    }

    /**
     * Serves the fixture archive and opens the browser: built without a base URL, or, with {@code clean}, with the
     * server's address as base URL and {@code cleanUrls: true}.
     */
    static void start(boolean clean) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            System.err.println("BrowserIT: " + NO_BROWSER);
            return;
        }
        Path site = dir.resolve("site");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        Run run = PublishIT.buildFixture(dir, site, clean ? origin : "", clean);
        assertEquals(0, run.exit(), run.err());
        links = new Addresses(clean ? origin : "", clean);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            byte[] body;
            int status;
            if (file.startsWith(site) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
                status = 200;
            } else {
                body = Files.readAllBytes(site.resolve("404.html"));
                status = 404;
            }
            exchange.getResponseHeaders().set("Content-Type", type(file.toString()));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Each test is reported as skipped, with the reason, where there is no browser. */
    @BeforeEach
    void needsABrowser() {
        assumeTrue(browser != null, NO_BROWSER);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
    }

    /** The results the search page shows once it has answered. */
    private static List<WebElement> results() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status"))
                .getText().isEmpty());
        return browser.findElements(By.cssSelector("#search-results > li.result"));
    }

    @Test
    void nameWithoutItsAccentsFindsTheArticle() {
        browser.get(origin + links.form("en/search/index.html"));
        browser.findElement(By.id("q")).sendKeys("elysee\n");
        List<WebElement> found = results();
        assertEquals(1, found.size(), browser.findElement(By.id("search-status")).getText());
        assertEquals("Élysée : une annonce", found.get(0).findElement(By.cssSelector(".result-title a")).getText());
    }

    @Test
    void wordOfAQuotationFindsItAndLinksToItsParagraph() {
        browser.get(origin + links.form("fr/recherche/index.html") + "?q=partons");
        List<WebElement> quotes = results().stream().filter(r -> r.getAttribute("class").contains("quote")).toList();
        assertEquals(1, quotes.size());
        String href = quotes.get(0).findElement(By.cssSelector("a")).getAttribute("href");
        assertEquals(origin + links.form("fr/articles/a/index.html#p1"), href);
    }

    @Test
    void headerBoxLeadsToTheResultsOfAPrefix() {
        browser.get(origin + links.form("en/index.html"));
        browser.findElement(By.id("search-box-q")).sendKeys("gal\n");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/en/search/"));
        List<WebElement> found = results();
        assertTrue(found.stream().anyMatch(r -> r.getText().contains("Yann Le Gall")), "results: "
                + found.stream().map(WebElement::getText).toList());
    }

    @Test
    void aQueryLoadsOnlyAFewSmallFiles() {
        browser.get(origin + links.form("fr/recherche/index.html") + "?q=jeanne+dupont");
        results();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'))"
                        + ".map(e => ({name: e.name, size: e.transferSize}));");
        long bytes = loaded.stream().mapToLong(e -> ((Number) e.get("size")).longValue()).sum();
        System.out.println("BrowserIT: query 'jeanne dupont' loaded " + loaded.size() + " index files, " + bytes
                + " bytes");
        assertTrue(loaded.size() <= 3, "files: " + loaded);
    }

    /** Every kind of page of the site. */
    static final List<String> KINDS = List.of("index.html", "fr/index.html", "en/articles/a/index.html",
            "fr/articles/b/index.html", "fr/citations/index.html", "en/people/index.html",
            "fr/personnes/jeanne-dupont/index.html", "en/timeline/index.html", "fr/chronologie/2026/index.html",
            "en/search/index.html?q=dupont", "fr/404.html", "404.html");

    @Test
    void everyKindOfPageHasNoWcagViolationAtDesktopAndPhoneWidths() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : KINDS) {
                browser.get(origin + links.form(page));
                if (page.contains("?q=")) {
                    results();
                }
                Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                        "wcag22aa")).analyze(browser);
                checked += axe.getPasses().size();
                for (Rule v : axe.getViolations()) {
                    problems.add(width + "px " + page + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp()
                            + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked > 10 * KINDS.size(), "axe ran its rules: " + checked + " passed");
    }
}
