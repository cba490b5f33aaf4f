package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static ContentFile file(String lang, String... paragraphs) {
        String text = "---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n---\n\n" + String.join("\n\n", paragraphs) + "\n";
        return ContentFile.parse(Path.of("a." + lang + ".md"), "a", lang, text);
    }

    @Test
    void originalAndTranslationArePaired() {
        Article a = Article.of("a", List.of(file("en", "One.", "Two."), file("fr", "Un.", "Deux.")));
        assertEquals("fr", a.original().lang());
        assertEquals(List.of("fr", "en"), a.languages());
        assertEquals("Two.", a.in("en").paragraphs().get(1).markdown());
    }

    @Test
    void translationThatJoinsTwoParagraphsNamesTheFirstWithoutCounterpartAndItsLine() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré la bibliothèque samedi.",
                        "« Ce lieu appartient à tous », a-t-elle déclaré.",
                        "Le bâtiment a coûté 4 millions d'euros, selon la mairie.",
                        "« C'est une belle journée », a ajouté Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the library on Saturday.",
                        "\"This place belongs to everyone,\" she said. The building cost 4 million euros, according "
                                + "to the town hall.",
                        "\"It is a fine day,\" added Paul Martin."))));
        assertEquals("a.en.md:9: the translation has 3 paragraphs but the original a.fr.md has 4: paragraph 2 of the "
                + "translation seems to translate paragraphs 2 and 3 of the original, so paragraph 3 of the original "
                + "(a.fr.md:11) has no counterpart. Split or join paragraphs with blank lines so that paragraph N "
                + "translates paragraph N.", e.oneLine());
    }

    @Test
    void translationWithAParagraphTheOriginalLacksNamesItAndItsLine() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré la bibliothèque samedi.",
                        "« C'est une belle journée », a ajouté Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the library on Saturday.",
                        "The building, designed by Studio Orsini in 2019, cost 4 million euros.",
                        "\"It is a fine day,\" added Paul Martin."))));
        assertEquals(9, e.line(), e.oneLine());
        assertTrue(e.getMessage().endsWith("the translation has 3 paragraphs but the original a.fr.md has 2: "
                + "paragraph 2 of the translation seems to have no counterpart in the original"), e.getMessage());
    }

    @Test
    void translationMissingAParagraphIsToldToTranslateIt() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré la bibliothèque samedi.",
                        "Le bâtiment, dessiné par le Studio Orsini en 2019, a coûté 4 millions d'euros.",
                        "« C'est une belle journée », a ajouté Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the library on Saturday.",
                        "\"It is a fine day,\" added Paul Martin."))));
        assertTrue(e.getMessage().contains("paragraph 2 of the original (a.fr.md:"), e.getMessage());
        assertEquals("Translate paragraph 2 of the original into the translation there, so that paragraph N "
                + "translates paragraph N.", e.fix(), e.oneLine());
    }

    @Test
    void aDroppedParagraphWithoutNamesOrNumbersIsToldMissingNotJoined() {
        List<String> fr = List.of(
                "La maire de Valbrune, Anne Morel, a inauguré samedi la nouvelle bibliothèque, devant les habitants.",
                "« Ce lieu appartient à tous », a-t-elle déclaré devant la foule réunie sur le parvis.",
                "Le bâtiment a coûté 4 millions d'euros, financés en partie par la région et par l'État.",
                "Les travaux avaient commencé il y a deux ans, après un long débat au conseil municipal.",
                "« C'est une belle journée pour la ville », a ajouté son adjoint Paul Martin.");
        List<String> en = List.of(
                "The mayor of Valbrune, Anne Morel, opened the new library on Saturday, in front of the residents.",
                "The building cost 4 million euros, paid for in part by the region and by the State.",
                "Work had begun two years ago, after a long debate in the town council.",
                "\"It is a fine day for the town,\" added her deputy Paul Martin.");
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", fr.toArray(String[]::new)), file("en", en.toArray(String[]::new)))));
        assertEquals("a.en.md:9: the translation has 4 paragraphs but the original a.fr.md has 5: paragraph 2 of the "
                + "original (a.fr.md:9) seems to be missing from the translation; its translation would come before "
                + "paragraph 2 of the translation. Translate paragraph 2 of the original into the translation there, "
                + "so that paragraph N translates paragraph N.", e.oneLine());
    }

    @Test
    void aDroppedParagraphBeforeTheLastIsToldMissing() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré samedi la nouvelle bibliothèque.",
                        "Les travaux avaient commencé il y a deux ans, après un long débat au conseil municipal.",
                        "« C'est une belle journée pour la ville », a ajouté son adjoint Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the new library on Saturday.",
                        "\"It is a fine day for the town,\" added her deputy Paul Martin."))));
        assertTrue(e.getMessage().contains("paragraph 2 of the original (a.fr.md:9) seems to be missing from the "
                + "translation"), e.getMessage());
    }

    @Test
    void translationStoppingShortAmongLikeParagraphsNamesNoParagraph() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La ville a ouvert sa nouvelle bibliothèque ce matin, devant les habitants réunis.",
                        "Les travaux avaient commencé il y a longtemps, après un débat au conseil.",
                        "Le bâtiment est grand et lumineux, avec des salles pour les enfants.",
                        "Les horaires seront élargis le samedi et le dimanche après-midi.",
                        "Les habitants pourront emprunter des livres et des disques gratuitement.",
                        "La fête continuera tout le week-end avec des concerts sur la place."),
                file("en", "The town opened its new library this morning, in front of the assembled residents.",
                        "Work had begun a long time ago, after a debate in the council.",
                        "The building is large and bright, with rooms for children."))));
        assertEquals("a.en.md:7: the translation has 3 paragraphs but the original a.fr.md has 6, and the texts do not "
                + "tell where they part (their lengths, names and numbers fit several places alike). Compare the two "
                + "paragraph by paragraph, and split, join or translate paragraphs so that paragraph N translates "
                + "paragraph N.", e.oneLine());
    }

    @Test
    void severalParagraphsMissingBetweenTwoNamesAreToldAsARange() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré samedi la nouvelle bibliothèque.",
                        "Les travaux avaient commencé il y a longtemps, après un débat au conseil.",
                        "Le bâtiment est grand et lumineux, avec des salles pour les enfants.",
                        "Les horaires seront élargis le samedi et le dimanche après-midi.",
                        "Les habitants pourront emprunter des livres et des disques gratuitement.",
                        "« C'est une belle journée pour la ville », a ajouté son adjoint Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the new library on Saturday.",
                        "Work had begun a long time ago, after a debate in the council.",
                        "The building is large and bright, with rooms for children.",
                        "\"It is a fine day for the town,\" added her deputy Paul Martin."))));
        assertEquals("a.en.md:9: the translation has 4 paragraphs but the original a.fr.md has 6: they seem to match "
                + "up to paragraph 1 and to part at one of paragraphs 2 to 4 (from a.fr.md:9); the texts do not tell "
                + "which. Compare the two from paragraph 2 on, and split, join or translate paragraphs so that "
                + "paragraph N translates paragraph N.", e.oneLine());
    }

    @Test
    void severalParagraphsMissingAtAPlaceNamesPinAreToldThereWithoutSayingHow() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                file("fr", "La maire de Valbrune, Anne Morel, a inauguré samedi la nouvelle bibliothèque.",
                        "Le bâtiment, dessiné par le Studio Orsini, a coûté 4 millions d'euros.",
                        "Les travaux avaient commencé il y a longtemps, après un débat au conseil.",
                        "Les horaires seront élargis le samedi et le dimanche après-midi.",
                        "« C'est une belle journée pour la ville », a ajouté son adjoint Paul Martin."),
                file("en", "The mayor of Valbrune, Anne Morel, opened the new library on Saturday.",
                        "The building, designed by Studio Orsini, cost 4 million euros.",
                        "\"It is a fine day for the town,\" added her deputy Paul Martin."))));
        assertEquals("a.en.md:11: the translation has 3 paragraphs but the original a.fr.md has 5: they seem to match "
                + "up to paragraph 2 and to part at paragraph 3 of the original (a.fr.md:11), which the translation "
                + "leaves out or joins to another. Compare the two from paragraph 3 on, and split, join or translate "
                + "paragraphs so that paragraph N translates paragraph N.", e.oneLine());
    }

    @Test
    void articleWithoutOriginalIsRefused() {
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(file("en", "One."))));
        assertTrue(e.getMessage().contains("no original"), e.getMessage());
    }

    @Test
    void twoFilesThatEachSayTheyAreTheOriginalAreToldAtTheTranslationsKey() {
        String en = "---\ntitle: T\ndate: 2026-01-01\noriginal: en\n---\n\nOne.\n";
        ContentFile english = ContentFile.parse(Path.of("a.en.md"), "a", "en", en);
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(english, file("fr", "Un."))));
        assertEquals("a.en.md:4: 'original: en' makes this file an original, but a.fr.md is the original "
                + "('original: fr', line 4); an article has one original. Write original: fr (or, if this file is the "
                + "original, write original: en in a.fr.md).", e.oneLine());
    }

    @Test
    void aTranslatorsKeysTellWhichOfTwoOriginalsIsTheTranslation() {
        String en = "---\ntitle: T\ndate: 2026-01-01\noriginal: en\n---\n\nOne.\n";
        String fr = "---\ntitle: T\ndate: 2026-01-01\ntranslator: Ann Lee\noriginal: fr\n---\n\nUn.\n";
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(
                ContentFile.parse(Path.of("a.en.md"), "a", "en", en), ContentFile.parse(Path.of("a.fr.md"), "a", "fr", fr))));
        assertEquals("a.fr.md:5: 'original: fr' makes this file an original, but a.en.md is the original "
                + "('original: en', line 4); an article has one original. Write original: en.", e.oneLine());
    }

    @Test
    void aTranslationNamingAnotherLanguageIsToldAtItsKey() {
        String en = "---\ntitle: T\ndate: 2026-01-01\ncredit: Desk\noriginal: de\n---\n\nOne.\n";
        InputException e = assertThrows(InputException.class, () -> Article.of("a", List.of(file("fr", "Un."),
                ContentFile.parse(Path.of("a.en.md"), "a", "en", en))));
        assertEquals("a.en.md:5: 'original: de' differs from the language of the original, a.fr.md ('original: fr', "
                + "line 4). Write original: fr.", e.oneLine());
    }

    @Test
    void aTranslationDatedOtherwiseThanItsOriginalIsAWarningNamingBothFilesAndDates() {
        ContentFile en = ContentFile.parse(Path.of("content/a.en.md"), "a", "en",
                "---\ntitle: T\ndate: 2026-01-02\noriginal: fr\n---\n\nOne.\n");
        ContentFile fr = ContentFile.parse(Path.of("content/a.fr.md"), "a", "fr",
                "---\ntitle: T\ndate: 2026-01-01\noriginal: fr\n---\n\nUn.\n");
        assertEquals(List.of("content/a.en.md:3: its date 2026-01-02 differs from 2026-01-01, the date of its "
                + "original content/a.fr.md (line 3): the site dates the article 2026-01-01, but reads the dates in "
                + "this file's text against 2026-01-02 — write date: 2026-01-01 here, or correct the original's"),
                Article.of("a", List.of(en, fr)).warnings());
    }
}
