package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ImportTest {

    private static final Path SEED = Path.of("../shared/seed/sharma-anthropic.fr.txt");

    private static ContentFile imported(RawArticle raw, String lang) {
        return ContentFile.parse(Path.of("x." + lang + ".md"), "x", lang, Import.of(raw, lang, null, null).markdown());
    }

    @Test
    void dateAndCreditGoToFrontMatter() {
        ContentFile f = imported(RawArticle.parse("date 2026-02-12 Il pleut.\nSource : AFP\n"), "fr");
        assertEquals("2026-02-12", f.front().date().toString());
        assertEquals("AFP", f.front().credit());
        assertEquals("fr", f.front().original());
        assertEquals(List.of("Il pleut."), f.paragraphs().stream().map(Paragraph::markdown).toList());
    }

    @Test
    void lostApostropheIsRepairedAndReported() {
        Import.Result r = Import.of(RawArticle.parse("date 2026-02-12 Selon lui, lIA avance."), "fr", "T", null);
        assertTrue(r.markdown().contains("l'IA avance"), r.markdown());
        assertTrue(r.notes().stream().anyMatch(n -> n.what().contains("lIA") && n.paragraph() == 1), r.notes().toString());
    }

    @Test
    void realWordIsNotRepaired() {
        Import.Result r = Import.of(RawArticle.parse("date 2026-02-12 Ils ont gravi une dune immense."), "fr", "T", null);
        assertTrue(r.markdown().contains("une dune immense"));
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void firstPersonParagraphWithoutQuotesIsEmbeddedByTheCreditedAuthor() {
        ContentFile f = imported(RawArticle.parse(
                "date 2026-02-12 Le ministre a parlé.\nVoici la lettre que j'ai écrite à mes amis.\nSource : Jeanne Dupont"), "fr");
        assertFalse(f.paragraphs().get(0).embedded());
        assertTrue(f.paragraphs().get(1).embedded());
        assertEquals("Jeanne Dupont", f.paragraphs().get(1).embedAuthor());
    }

    @Test
    void markdownCharactersStayText() {
        ContentFile f = imported(RawArticle.parse("date 2026-02-12 1. Un *point* [note]\n# Deux"), "en");
        assertEquals(2, f.paragraphs().size());
        assertEquals("1. Un *point* [note]", verbatim.render.Markup.plainText(
                verbatim.render.Markdown.inline(f.paragraphs().get(0).markdown())));
    }

    @Test
    void rawTextWithOnlyAMonthNeedsADate() {
        InputException e = assertThrows(InputException.class,
                () -> Import.of(RawArticle.parse("date 2025-02 Un."), "fr", null, null));
        assertTrue(e.oneLine().contains("--date"), e.oneLine());
    }

    /** The seed, imported: the same words as the raw text, except for the apostrophes put back. */
    @Test
    void seedImportChangesNothingButApostrophes() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEED), "../shared/seed is absent: seed import not checked");
        RawArticle raw = RawArticle.parse(Files.readString(SEED, StandardCharsets.UTF_8));
        Import.Result result = Import.of(raw, "fr", null, null);
        ContentFile f = ContentFile.parse(Path.of("s.fr.md"), "s", "fr", result.markdown());
        assertEquals(14, f.paragraphs().size());
        assertEquals("Mrinank Sharma", f.front().credit());
        int repaired = 0;
        for (int i = 0; i < 14; i++) {
            String shown = verbatim.render.Markup.plainText(verbatim.render.Markdown.inline(f.paragraphs().get(i).markdown()));
            String[] before = raw.paragraphs().get(i).split(" ");
            String[] after = shown.split(" ");
            assertEquals(before.length, after.length, "words of paragraph " + (i + 1));
            for (int w = 0; w < before.length; w++) {
                if (!before[w].equals(after[w])) {
                    assertEquals(before[w], after[w].replace("'", "").replace("’", ""), "paragraph " + (i + 1));
                    repaired++;
                }
            }
        }
        assertTrue(repaired >= 11, "repairs: " + repaired);
        String md = result.markdown();
        for (String fixed : List.of("l'IA est plus dangereuse", "qu'on devrait", "s'agit d'une situation",
                "l'interdiction", "d'une intelligence artificielle", "l'humanité doit-elle", "L'appel",
                "l'éducation", "d'authenticité", "l'éthique", "l'impact")) {
            assertTrue(md.contains(fixed), fixed);
        }
        assertTrue(f.paragraphs().get(9).embedded());
        assertEquals("Mrinank Sharma", f.paragraphs().get(9).embedAuthor());
        assertEquals(1, f.paragraphs().stream().filter(Paragraph::embedded).count());
    }

    @Test
    void firstSentenceIsTheHeadlineWholeEvenWithACommaInIt() {
        RawArticle raw = RawArticle.parse("date 2026-09-05 Councillor Ruth Abernathy and her rival, businessman Felix"
                + " Tran, clashed on Monday over the new stadium. The vote is on Sunday.\n");
        assertEquals("Councillor Ruth Abernathy and her rival, businessman Felix Tran, clashed on Monday over the new"
                + " stadium", Import.headline(raw, null));
    }

    @Test
    void longFirstSentenceIsCutAfterAWordAndMarked() {
        String sentence = "Le conseil municipal de Valbrune, réuni jeudi soir en séance extraordinaire, a voté à une"
                + " large majorité la fermeture de la bibliothèque centrale et la vente de son bâtiment historique";
        RawArticle raw = RawArticle.parse("date 2026-09-05 " + sentence + ". Suite.\n");
        String headline = Import.headline(raw, null);
        assertTrue(headline.endsWith("…") && headline.length() <= 101 && sentence.startsWith(
                headline.substring(0, headline.length() - 1)), headline);
    }
}
