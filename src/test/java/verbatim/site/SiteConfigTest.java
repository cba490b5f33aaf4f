package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.content.InputException;

class SiteConfigTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesTheDefaultsFrenchFirst() {
        SiteConfig c = SiteConfig.load(dir.resolve("verbatim.yaml"));
        assertEquals(List.of("fr", "en"), c.languages());
        assertEquals("", c.baseUrl());
    }

    @Test
    void settingsOverrideTheDefaults() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "title:\n  en: My Archive\nbaseUrl: https://example.org/\nlanguages: [en, fr]\n");
        SiteConfig c = SiteConfig.load(file);
        assertEquals("My Archive", c.title("en"));
        assertEquals("Verbatim — Archives", c.title("fr"));
        assertEquals(List.of("en", "fr"), c.languages());
        assertEquals("https://example.org/", c.baseUrl());
    }

    @Test
    void cleanUrlsIsReadFromTheSettingsAndOffByDefault() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "baseUrl: https://example.org/\ncleanUrls: true\n");
        assertTrue(SiteConfig.load(file).cleanUrls());
        assertEquals(false, SiteConfig.load(dir.resolve("none.yaml")).cleanUrls());
        Files.writeString(file, "cleanUrls: yes please\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().contains("verbatim.yaml:1:") && e.oneLine().contains("cleanUrls: true"), e.oneLine());
    }

    @Test
    void anEmptyBaseUrlWrittenIsRelativeLinksChosenAndAMissingOneIsNot() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "baseUrl: \"\"\n");
        assertTrue(SiteConfig.load(file).relativeChosen());
        Files.writeString(file, "tagDate: 2026\n");
        assertFalse(SiteConfig.load(file).relativeChosen());
        assertFalse(SiteConfig.load(dir.resolve("none.yaml")).relativeChosen());
    }

    @Test
    void tagDateIsReadFromTheSettingsAndCheckedAsRfc4151Wants() throws Exception {
        assertEquals(SiteConfig.DEFAULT_TAG_DATE, SiteConfig.defaults().tagDate());
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "tagDate: 2019-05\n");
        assertEquals("2019-05", SiteConfig.load(file).tagDate());
        Files.writeString(file, "title:\n  fr: A\ntagDate: 2019-02-30\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().contains("verbatim.yaml:3:") && e.oneLine().contains("no calendar day"), e.oneLine());
    }

    @Test
    void unknownLanguageIsRefused() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "languages: [fr, de]\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().contains("languages: [fr, en]"), e.oneLine());
    }

    @Test
    void aThirdLanguageIsToldAtTheLineOfTheLanguagesKey() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "title:\n  fr: Archives\nlanguages: [fr, en, de]\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertEquals(file.toString().replace('\\', '/') + ":3: 'languages' must list fr and en, in the order wanted "
                + "(Verbatim publishes no other language, so not de). Write: languages: [fr, en] (or [en, fr])",
                e.oneLine());
    }

    @Test
    void aTabIndentingTheSettingsIsToldAsATabWithItsLine() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "title:\n\tfr: Archives\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().endsWith("verbatim.yaml:2: settings do not parse: a tab at column 1: tabs are not "
                + "allowed in YAML. Indent with spaces (replace the tab by spaces)"), e.oneLine());
    }

    @Test
    void aQuoteNeverClosedInTheSettingsIsToldAtItsOwnLine() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "# settings\ntitle:\n  fr: Archives\nbaseUrl: \"https://x.org/\ncleanUrls: true\n"
                + "languages: [fr, en]\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().endsWith("verbatim.yaml:4: settings do not parse: the double quote that opens this "
                + "value is never closed. Close it at the end of the value (baseUrl: \"https://example.org/\")"),
                e.oneLine());
    }

    @Test
    void anIndentedSettingIsToldToLoseItsSpaces() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "baseUrl: https://x.org/\n  cleanUrls: true\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().endsWith("verbatim.yaml:2: settings do not parse: 'cleanUrls:' is indented by 2 "
                + "spaces, so YAML reads it as part of 'baseUrl:' above it, not as a key of its own. Remove the "
                + "spaces before 'cleanUrls:'"), e.oneLine());
    }

    @Test
    void aSettingsErrorAtTheEndOfTheTextIsToldAtItsLastLine() throws Exception {
        Path file = dir.resolve("verbatim.yaml");
        Files.writeString(file, "title:\n  fr: Archives\nlanguages: [fr, en\n");
        InputException e = assertThrows(InputException.class, () -> SiteConfig.load(file));
        assertTrue(e.oneLine().contains("verbatim.yaml:3: settings do not parse"), e.oneLine());
    }
}
