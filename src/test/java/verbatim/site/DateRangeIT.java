package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/** A range of days written once (« du 18 au 22 décembre ») is two dates of one text, marked by one element. */
class DateRangeIT {

    @TempDir
    Path dir;

    @Test
    void aRangeOfDaysIsOneTimeElementOfItsFirstDayNotTwoNested() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("marche.fr.md"), "---\ntitle: \"Marché de Noël\"\ndate: 2025-12-01\n"
                + "original: fr\n---\n\nLe marché se tiendra du 18 au 22 décembre sur la place.\n", StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(),
                "--templates", dir.resolve("none").toString());
        assertEquals(0, run.exit(), run.err());
        Document page = Jsoup.parse(Files.readString(site.resolve("fr/articles/marche/index.html"), StandardCharsets.UTF_8));
        Element time = page.selectFirst("main time[datetime=2025-12-18]");
        assertEquals("du 18 au 22 décembre", time.text());
        assertEquals(0, time.select("time time").size() + page.select("time > time").size());
    }
}
