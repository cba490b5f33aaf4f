package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteFilesTest {

    @TempDir
    Path dir;

    Path site;
    SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("fr/articles/a"));
        Files.writeString(site.resolve("index.html"), "root");
        Files.writeString(site.resolve("fr/articles/a/index.html"), "article");
        Files.writeString(site.resolve("style.css"), "css");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        files = new SiteFiles(site);
    }

    @Test
    void aFileIsFound() {
        assertEquals(new SiteFiles.Found(site.resolve("style.css")), files.lookup("/style.css"));
    }

    @Test
    void aFolderGivesItsIndexPage() {
        assertEquals(new SiteFiles.Found(site.resolve("fr/articles/a/index.html")), files.lookup("/fr/articles/a/"));
        assertEquals(new SiteFiles.Found(site.resolve("index.html")), files.lookup("/"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoThatRelativeLinksWork() {
        assertEquals(new SiteFiles.Redirect("/fr/articles/a/"), files.lookup("/fr/articles/a"));
    }

    @Test
    void aFolderWithoutIndexPageIsMissing() {
        assertInstanceOf(SiteFiles.Missing.class, files.lookup("/fr/"));
    }

    @Test
    void anEncodedNameIsDecodedOnce() throws IOException {
        Files.writeString(site.resolve("é t.txt"), "x");
        assertEquals(new SiteFiles.Found(site.resolve("é t.txt")), files.lookup("/%C3%A9%20t.txt"));
        assertInstanceOf(SiteFiles.Missing.class, files.lookup("/%25C3%25A9%2520t.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/fr/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/.%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/fr/..%5c..%5csecret.txt", "/..\\secret.txt",
            "/%c0%ae%c0%ae/secret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/./style.css", "/style.css%00.html",
            "/C:/secret.txt", "/%", "/%zz", "secret.txt", "//../secret.txt"})
    void aPathThatLeavesTheSiteOrCannotBeOneIsRefused(String path) {
        assertInstanceOf(SiteFiles.Refused.class, files.lookup(path), path);
    }

    @Test
    void aLinkLeadingOutOfTheSiteIsRefused() throws IOException {
        Path link = site.resolve("out.txt");
        Path folder = site.resolve("outside");
        try {
            Files.createSymbolicLink(link, dir.resolve("secret.txt"));
            Files.createSymbolicLink(folder, dir);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertInstanceOf(SiteFiles.Refused.class, files.lookup("/out.txt"));
        assertInstanceOf(SiteFiles.Refused.class, files.lookup("/outside/secret.txt"));
        assertInstanceOf(SiteFiles.Refused.class, files.lookup("/outside/"));
    }

    @Test
    void aLinkInsideTheSiteIsFollowed() throws IOException {
        try {
            Files.createSymbolicLink(site.resolve("same.css"), site.resolve("style.css"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertInstanceOf(SiteFiles.Found.class, files.lookup("/same.css"));
    }

    @Test
    void aMissingOutputFolderHasNothing() {
        assertInstanceOf(SiteFiles.Missing.class, new SiteFiles(dir.resolve("none")).lookup("/index.html"));
    }

    @Test
    void theNotFoundPageIsTheLanguagesOneThenTheRootOne() throws IOException {
        assertNull(files.notFoundPage("/fr/nothing"));
        Files.writeString(site.resolve("404.html"), "root 404");
        assertEquals(site.resolve("404.html"), files.notFoundPage("/fr/nothing"));
        Files.writeString(site.resolve("fr/404.html"), "fr 404");
        assertEquals(site.resolve("fr/404.html"), files.notFoundPage("/fr/nothing"));
        assertEquals(site.resolve("404.html"), files.notFoundPage("/nothing"));
        assertEquals(site.resolve("404.html"), files.notFoundPage("/../x/y"));
    }
}
