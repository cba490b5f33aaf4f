package verbatim.site;

import static verbatim.site.SiteFiles.digests;
import static verbatim.site.SiteFiles.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.Run;

/**
 * After each kind of edit (a lead, a quotation, a title, a date, an article added, deleted or given one more
 * quotation, a translation, a new name), a rebuild that makes only the index files whose inputs changed gives the
 * bytes of a cold build, and rewrites exactly the files whose bytes changed.
 */
class IncrementalBuildIT {

    @TempDir
    Path dir;

    private Path content;
    private Path site;
    private int colds;
    /** What the last rebuild printed. */
    private String printed;

    private static final String[] NAMES = {"Claire Dubois", "Louis Moreau", "Nadia Benali", "Paul Fontaine",
            "Agnès Roux", "Marc Lefèvre", "Julie Garnier"};
    /** More than one home page (50 articles each) and more than one quote index page (about 200 quotations). */
    private static final int ARTICLES = 72;

    @BeforeEach
    void writeContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        site = dir.resolve("site");
        for (int i = 0; i < ARTICLES; i++) {
            write(i, date(i));
        }
    }

    private static String date(int i) {
        return String.format("20%02d-%02d-%02d", 24 + i % 2, 1 + i % 12, 1 + i % 27);
    }

    /** Article {@code i}: a French original with its translation, but every ninth is English only, every tenth French. */
    private void write(int i, String date) throws IOException {
        String name = NAMES[i % NAMES.length];
        String other = NAMES[(i + 3) % NAMES.length];
        if (i % 9 != 4) {
            Files.writeString(content.resolve("a" + i + ".fr.md"), "---\ntitle: \"Article " + i + "\"\ndate: " + date
                    + "\noriginal: fr\n---\n\n" + name + ", directrice de recherche, a déclaré le 2 mars : « Nous "
                    + "publierons le rapport " + i + " bientôt. »\n\n« Le calendrier est tenu », a ajouté " + name
                    + ".\n\nEn octobre 2023, " + other + " avait prévenu : « Rien ne sera simple. »\n",
                    StandardCharsets.UTF_8);
        }
        if (i % 10 != 7 || i % 9 == 4) {
            Files.writeString(content.resolve("a" + i + ".en.md"), "---\ntitle: \"Article " + i + "\"\ndate: " + date
                    + "\noriginal: " + (i % 9 == 4 ? "en" : "fr") + "\n---\n\n" + name + ", a research director, said "
                    + "on March 2: “We will publish report " + i + " soon.”\n\n“The schedule is on track,” " + name
                    + " added.\n\nIn October 2023, " + other + " had warned: “Nothing will be simple.”\n",
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyKindOfEditRebuildsTheBytesOfAColdBuildAndWritesOnlyWhatChanged() throws Exception {
        build();
        Path a3 = content.resolve("a3.fr.md");

        Set<String> changed = rebuildAfter("a lead", () -> replace(a3, ", directrice de recherche",
                ", chercheuse et directrice de recherche"));
        String fr3 = Urls.article("fr", "a3");
        assertTrue(printed.contains("rendered 1 of " + ARTICLES + " articles"), printed);
        assertTrue(changed.contains(fr3), changed.toString());
        for (String f : changed) { // the article, the list and feed that show its lead, the timeline that shows the
            // sentence of its date, the search of its words
            assertTrue(f.equals(fr3) || f.equals(Urls.article("en", "a3")) || f.startsWith("fr/page/")
                    || f.equals(Urls.home("fr")) || f.equals(Urls.feed("fr")) || f.startsWith("fr/chronologie/")
                    || f.startsWith("search/fr/"),
                    "only what shows the lead changes: " + changed);
        }

        rebuildAfter("a quotation", () -> replace(a3, "rapport 3 bientôt", "rapport 3 demain"));
        rebuildAfter("a title", () -> replace(content.resolve("a5.en.md"), "title: \"Article 5\"",
                "title: \"Report five\""));
        rebuildAfter("a date, which moves the article to another home page", () -> {
            replace(content.resolve("a60.fr.md"), "date: " + date(60), "date: 2026-01-15");
            replace(content.resolve("a60.en.md"), "date: " + date(60), "date: 2026-01-15");
        });
        rebuildAfter("a translation", () -> replace(content.resolve("a8.en.md"), "soon.", "very soon."));
        rebuildAfter("one more quotation", () -> replace(a3, "a ajouté " + NAMES[3] + ".", "a ajouté " + NAMES[3]
                + ". « Nous verrons », a conclu " + NAMES[3] + "."));
        rebuildAfter("a new name", () -> replace(content.resolve("a11.fr.md"), "avait prévenu",
                "et Hélène Carpentier avaient prévenu"));
        rebuildAfter("an article added", () -> write(ARTICLES, "2025-06-30"));
        rebuildAfter("an article deleted", () -> {
            Files.delete(content.resolve("a20.fr.md"));
            Files.delete(content.resolve("a20.en.md"));
        });
        Run again = build();
        assertTrue(again.out().contains("rendered 0 of " + ARTICLES + " articles and 0 other pages"), again.out());
        assertTrue(again.out().contains("Analysed 0 texts"), again.out());
    }

    /** An edit of the content. */
    private interface Edit {
        void apply() throws IOException;
    }

    /**
     * Applies the edit and rebuilds; checks that the site has the bytes of a cold build and that a file was written
     * again if and only if its bytes changed, and returns the files that changed (added and deleted ones included).
     */
    private Set<String> rebuildAfter(String what, Edit edit) throws Exception {
        Map<String, String> before = digests(site);
        Map<String, FileTime> times = times(site);
        edit.apply();
        printed = build().out();
        Map<String, String> after = digests(site);
        Set<String> changed = SiteFiles.changed(site, before, times, after, "after " + what + ", ");
        before.keySet().stream().filter(f -> !after.containsKey(f)).forEach(changed::add);
        Path cold = dir.resolve("cold" + ++colds);
        Run run = Run.of("build", "--content", content.toString(), "--output", cold.toString(), "--no-cache");
        assertEquals(0, run.exit(), run.err());
        Map<String, String> expected = digests(cold);
        Set<String> differ = new TreeSet<>();
        for (String f : new TreeSet<>(Set.copyOf(union(expected.keySet(), after.keySet())))) {
            if (!java.util.Objects.equals(expected.get(f), after.get(f))) {
                differ.add(f);
            }
        }
        assertEquals(Set.of(), differ, "after " + what + ", the rebuild differs from a cold build");
        Site.deleteTree(cold);
        return changed;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private Run build() {
        Run run = Run.of("build", "--content", content.toString(), "--output", site.toString(), "--cache",
                dir.resolve("cache").toString());
        assertEquals(0, run.exit(), run.err());
        return run;
    }
}
