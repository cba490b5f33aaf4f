package verbatim.site;

/**
 * {@link BrowserIT}'s tests on the fixture archive built with {@code cleanUrls: true} and the server's address as
 * base URL: pages opened and linked by their folder ({@code /fr/recherche/}), the search's results too.
 */
class CleanUrlsBrowserIT extends BrowserIT {

    @Override
    boolean clean() {
        return true;
    }
}
