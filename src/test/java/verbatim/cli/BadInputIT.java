package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one clear line, a non-zero exit, and leaves the previous site as it was. */
class BadInputIT {

    @TempDir
    Path dir;
    Path content;
    Path site;

    private static final String FR = "---\ntitle: \"Un titre\"\ndate: 2026-01-10\noriginal: fr\n---\n\n"
            + "Jeanne Dupont a déclaré : « Nous partons. »\n\nLe 9 janvier, elle a quitté Lyon.\n";
    private static final String EN = "---\ntitle: \"A title\"\ndate: 2026-01-10\noriginal: fr\n---\n\n"
            + "Jeanne Dupont said: “We are leaving.”\n\nOn January 9, she left Lyon.\n";

    @BeforeEach
    void goodSiteFirst() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        site = dir.resolve("site");
        write("a.fr.md", FR);
        write("a.en.md", EN);
        Run first = build();
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.exists(site.resolve("fr/articles/a/index.html")));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Run build(String... more) {
        String[] args = {"build", "--content", content.toString(), "--output", site.toString(),
                "--templates", dir.resolve("templates").toString(), "--config", Run.noSettings(dir)};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Run.of(all);
    }

    /** The failed build printed one line with the expected words, exited non-zero, and kept the old site. */
    private void assertFailsCleanly(Run run, int exit, String... words) throws IOException {
        assertEquals(exit, run.exit(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        for (String w : words) {
            assertTrue(err.contains(w), "'" + w + "' in: " + err);
        }
        assertTrue(Files.readString(site.resolve("fr/articles/a/index.html")).contains("Nous partons"));
        try (var leftovers = Files.list(dir)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().contains(".building")), "temp folder left");
        }
    }

    @Test
    void missingContentFolder() throws IOException {
        Run run = Run.of("build", "--content", dir.resolve("nothing").toString(), "--output", site.toString());
        assertFailsCleanly(run, 1, "nothing", "content folder does not exist", "--content");
    }

    @Test
    void frontMatterThatDoesNotParse() throws IOException {
        write("a.fr.md", "---\ntitle: \"Un titre\"\ndate: [2026\noriginal: fr\n---\n\nUn.\n\nDeux.\n");
        assertFailsCleanly(build(), 1, "a.fr.md:", "front matter does not parse");
    }

    @Test
    void translationWithAnotherParagraphCount() throws IOException {
        write("a.en.md", EN + "\nA third paragraph.\n");
        assertFailsCleanly(build(), 1, "a.en.md:11", "3 paragraphs", "has 2", "paragraph 3 of the translation seems to have no counterpart");
    }

    @Test
    void slugThatWouldWriteOutsideTheOutput() throws IOException {
        write("a.fr.md", FR.replace("original: fr\n", "original: fr\nslug: ../../evil\n"));
        assertFailsCleanly(build(), 1, "a.fr.md:5", "outside");
    }

    @Test
    void templateError() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.peb"), "{% extends \"base.peb\" %}\n{% block content %}\n{{ nosuchthing.title }}\n{% endblock %}\n");
        assertFailsCleanly(build(), 1, "article.peb:3", "template error");
    }

    @Test
    void outputThatHoldsTheContentIsRefused() throws IOException {
        Run run = Run.of("build", "--content", content.toString(), "--output", dir.toString());
        assertFailsCleanly(run, 1, "the output folder holds", "--output site");
        assertTrue(Files.exists(content.resolve("a.fr.md")));
    }

    @Test
    void unknownOption() throws IOException {
        assertFailsCleanly(build("--colour"), 2, "unknown option '--colour'.", "--help");
    }
}
