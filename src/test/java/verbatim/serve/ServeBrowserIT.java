package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reload script in a real browser (headless Chromium, as BrowserIT): a bad edit shows its error over the open
 * page as an alert in the page's language, without reloading it; the fix reloads the page, which shows it. Skipped,
 * with a message, where Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
class ServeBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aBadEditShowsAnAlertOverThePageAndTheFixReloadsIt() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "skipped: no " + CHROMIUM + " or "
                + DRIVER + " (apt-get install chromium chromium-driver, as .ci/run does)");
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
        Path original = content.resolve("sharma-anthropic.fr.md");
        String text = Files.readString(original);
        Preview.Options options = new Preview.Options(new Sources(content, dir.resolve("templates"),
                dir.resolve("verbatim.yaml")), dir.resolve("site"), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false);
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(CHROMIUM.toFile());
        chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriver browser = null;
        try (Preview preview = Preview.start(options, outcome -> { })) {
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build(), chrome);
            browser.get(preview.url().resolve("fr/articles/sharma-anthropic/").toString());
            ChromeDriver b = browser;
            WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(200));
            wait.until(d -> Boolean.TRUE.equals(b.executeScript("return document.readyState === 'complete'")));
            browser.executeScript("window.notReloaded = true;");

            Files.writeString(original, text.replaceFirst("(?m)^date: .*$", "date: 2026-13-45"));
            WebElement alert = wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).stream().findFirst()
                    .orElse(null));
            assertEquals("fr", alert.getAttribute("lang"));
            assertTrue(alert.getText().contains("Le site n’a pas pu être reconstruit"), alert.getText());
            assertTrue(alert.getText().contains("sharma-anthropic.fr.md:"), alert.getText());
            assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded === true"), "not reloaded");

            Files.writeString(original, text.replace("Grok", "Grok et Zanzibar"));
            wait.until(d -> Boolean.TRUE.equals(b.executeScript("return window.notReloaded === undefined "
                    + "&& document.readyState === 'complete' && document.body.textContent.includes('Zanzibar')")));
            assertTrue(browser.findElements(By.cssSelector("[role=alert]")).isEmpty(), "no alert after the fix");
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }
}
