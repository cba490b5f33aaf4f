package verbatim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class TemplatesTest {

    @Test
    void htmlEscapingGivesTheCharactersOfPebblesOwnStrategy() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0xD800; c++) {
            every.append(c);
        }
        List<String> texts = List.of(every.toString(), "l'« A & B » <b>\"gras\"</b>", "😀 é \uD800 x\uDC00", "",
                "&amp; déjà échappé");
        for (String text : texts) {
            assertEquals(HtmlEscape.escapeHtml4Xml(text), Templates.escapeHtml(text));
        }
    }

    @Test
    void textWithoutMarkupIsReturnedAsItIs() {
        String text = "Un chercheur démissionne : « le monde est en péril »";
        assertEquals(text, Templates.escapeHtml(text));
    }

    @Test
    void theElideFilterJoinsALabelAndANameAsFrenchWritesThem() throws Exception {
        Path folder = Files.createTempDirectory("verbatim-templates");
        try {
            Files.writeString(folder.resolve("by.peb"), "{{ label | elide(name) }}");
            Templates templates = new Templates(folder);
            assertEquals("Publication d’Alan &amp; Co", templates.render("by.peb",
                    Map.of("label", "Publication de", "name", "Alan & Co")));
            assertEquals("Publication de Paul", templates.render("by.peb", Map.of("label", "Publication de", "name",
                    "Paul")));
            assertEquals("Post by Alan", templates.render("by.peb", Map.of("label", "Post by", "name", "Alan")));
        } finally {
            Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void numbersAndTextArePrintedAsAStringWriterGetsThem() throws Exception {
        Path folder = Files.createTempDirectory("verbatim-templates");
        try {
            Files.writeString(folder.resolve("n.peb"), "{{ i }} {{ l }} {{ d }} {{ f }} {{ c }} {{ s }}");
            Map<String, Object> values = Map.of("i", 42, "l", 10_000_000_000L, "d", 0.1, "f", 2.5f, "c", 'é',
                    "s", "« oui »");
            java.io.StringWriter reference = new java.io.StringWriter();
            Templates templates = new Templates(folder);
            templates.render("n.peb", values, reference);
            assertEquals("42 10000000000 0.1 2.5 é « oui »", reference.toString());
            assertEquals(reference.toString(), templates.render("n.peb", values));
        } finally {
            Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aPageLongerThanTheLastOfItsTemplateIsWhole() throws Exception {
        Path folder = Files.createTempDirectory("verbatim-templates");
        try {
            Files.writeString(folder.resolve("t.peb"), "{{ text }}");
            Templates templates = new Templates(folder);
            assertEquals("a", templates.render("t.peb", Map.of("text", "a")));
            String longer = "b".repeat(100_000);
            assertEquals(longer, templates.render("t.peb", Map.of("text", longer)));
        } finally {
            Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
