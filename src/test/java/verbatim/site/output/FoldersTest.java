package verbatim.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldersTest {

    private static final List<String> PATHS = List.of("fr/personnes/a/index.html", "sitemap.xml",
            "fr/personnes/index.html", "en/people/index.html", "search/fr/w/0.json", "sitemap-1.xml",
            "fr/personnes-x/index.html", "fr/index.html", "search/fr/d0.json", "search/en/d0.json", "fr/personnes/b/");

    @Test
    void theFilesOfAFolderOfTwoLevelsAreThoseUnderItInTheirOrder() {
        Folders folders = new Folders(PATHS);
        assertEquals(List.of("fr/personnes/a/index.html", "fr/personnes/index.html", "fr/personnes/b/"),
                folders.under("fr/personnes/"));
        assertEquals(List.of("search/fr/w/0.json", "search/fr/d0.json"), folders.under("search/fr/"));
        assertEquals(List.of(), folders.under("de/leute/"));
    }

    @Test
    void anyOtherPrefixIsEveryPathThatStartsWithIt() {
        Folders folders = new Folders(PATHS);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml"), folders.under("sitemap"));
        assertEquals(List.of("fr/personnes/a/index.html", "fr/personnes/index.html", "fr/personnes-x/index.html",
                "fr/index.html", "fr/personnes/b/"), folders.under("fr/"));
        assertEquals(List.of("fr/personnes/a/index.html"), folders.under("fr/personnes/a/"));
        assertEquals(PATHS, folders.under(""));
        assertEquals(PATHS, folders.all());
    }

    @Test
    void everyPrefixOfEveryPathGivesWhatAFilterGives() {
        Folders folders = new Folders(PATHS);
        List<String> prefixes = new ArrayList<>();
        for (String path : PATHS) {
            for (int i = 0; i <= path.length(); i++) {
                prefixes.add(path.substring(0, i));
            }
        }
        for (String prefix : prefixes) {
            assertEquals(PATHS.stream().filter(p -> p.startsWith(prefix)).toList(), folders.under(prefix), prefix);
        }
    }
}
