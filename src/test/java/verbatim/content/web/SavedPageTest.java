package verbatim.content.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SavedPageTest {

    private static final String LONG = "Cette phrase assez longue donne au corps de l'article le poids d'un vrai "
            + "paragraphe de presse, avec ses détails.";

    private static PageArticle article(String body, String lang) {
        return SavedPage.parse("<html><head><link rel=canonical href='https://news.example/a/b'></head><body>"
                + body + "</body></html>").article(lang);
    }

    private static List<String> markdown(PageArticle a) {
        return a.paragraphs().stream().map(Block::markdown).toList();
    }

    @Test
    void emphasisAndLinksBecomeMarkdownWithRelativeLinksMadeAbsolute() {
        PageArticle a = article("<article><p>Il a <em>dit</em> <strong>non</strong> à <a href='/p/x'>Paul</a>. "
                + LONG + "</p><p>" + LONG + "</p></article>", "fr");
        assertEquals("Il a *dit* **non** à [Paul](https://news.example/p/x). " + LONG, markdown(a).get(0));
    }

    @Test
    void markdownCharactersInTheTextStayText() {
        PageArticle a = article("<div class=entry-content><p># 1. Un *point* [note] " + LONG + "</p></div>", "fr");
        assertTrue(markdown(a).get(0).startsWith("\\# 1. Un \\*point\\* \\[note\\]"), markdown(a).get(0));
    }

    @Test
    void readAlsoParagraphAndAdLabelAreDroppedAndListed() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><p><a href='/x'>Lire aussi | Un autre "
                + "sujet</a></p><div>Publicité</div><p>" + LONG + "</p></div>", "fr");
        assertEquals(2, a.paragraphs().size());
        assertEquals(List.of(new Dropped("read also", "Lire aussi | Un autre sujet"), new Dropped("ad", "Publicité")),
                a.dropped());
    }

    @Test
    void blocksOutsideTheBodyAreSummedUpByPlaceAndKind() {
        PageArticle a = article("<nav><ul><li><a href='/'>Accueil</a></li><li><a href='/c'>Culture</a></li>"
                + "<li><a href='/s'>Sports</a></li><li><a href='/e'>Économie</a></li></ul></nav>"
                + "<h2>Un intertitre hors du corps</h2><p>Une ligne courte.</p><p>Une autre ligne.</p>"
                + "<div class=entry-content><p>" + LONG + "</p><p>" + LONG + "</p></div>", "fr");
        assertEquals(2, a.paragraphs().size());
        assertEquals(List.of(
                new Dropped("outside the article (navigation)", "4 list items: Accueil · Culture · Sports · …"),
                new Dropped("outside the article (page)", "1 heading: Un intertitre hors du corps"),
                new Dropped("outside the article (page)", "2 paragraphs: Une ligne courte. · Une autre ligne.")),
                a.dropped());
    }

    @Test
    void shareAndNavigationLinksOutsideTheBodyAreListedAsLinks() {
        PageArticle a = article("<div class=share-tools><a href='/f'>Facebook</a> <a href='/x'>X</a></div>"
                + "<div class=entry-content><p>" + LONG + "</p><p>" + LONG + "</p></div>"
                + "<div class=post-navigation><a href='/p'>Article précédent</a> <a href='/n'>Article suivant</a></div>",
                "fr");
        assertEquals(List.of(
                new Dropped("outside the article (share buttons)", "2 links: Facebook · X"),
                new Dropped("outside the article (navigation)", "2 links: Article précédent · Article suivant")),
                a.dropped());
    }

    @Test
    void bylineRightAfterTheHeadlineIsListedOnceAsTheByline() {
        PageArticle a = article("<div><h1>Le titre de l'article</h1><p class=byline>Par Claire Dumontet, publié le "
                + "1er mars 2026</p></div><div class=entry-content><p>" + LONG + "</p><p>" + LONG + "</p></div>",
                "fr");
        assertEquals(List.of(new Dropped("headline", "Le titre de l'article"),
                new Dropped("byline", "Par Claire Dumontet, publié le 1er mars 2026")), a.dropped());
    }

    @Test
    void tweetIsAnEmbeddedQuotationByItsAuthor() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><blockquote class=twitter-tweet><p>Je "
                + "pars. <a href='https://t.co/x'>pic.twitter.com/x</a></p>&mdash; Ana Lima (@ana) <a href='#'>May 1, "
                + "2024</a></blockquote></div>", "fr");
        Block tweet = a.paragraphs().get(1);
        assertTrue(tweet.embedded());
        assertEquals("Ana Lima", tweet.author());
        assertEquals("Je pars.", tweet.markdown());
    }

    @Test
    void blockQuotationKeepsTheAuthorOfItsFooter() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><blockquote><p>Nous refusons.</p>"
                + "<footer>— Le syndicat</footer></blockquote></div>", "fr");
        assertEquals(new Block("Nous refusons.", "Nous refusons.", true, "Le syndicat"), a.paragraphs().get(1));
    }

    @Test
    void pullQuoteThatRepeatsTheTextIsDropped() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><blockquote><p>un vrai paragraphe de "
                + "presse, avec ses détails</p></blockquote></div>", "fr");
        assertEquals(1, a.paragraphs().size());
        assertEquals("pull quote", a.dropped().get(0).reason());
    }

    @Test
    void lostApostropheIsRepairedAndListedInFrenchOnly() {
        PageArticle fr = article("<div class=entry-content><p>Selon lui, lIA avance. " + LONG + "</p></div>", "fr");
        assertTrue(markdown(fr).get(0).startsWith("Selon lui, l'IA avance."), markdown(fr).get(0));
        assertEquals(List.of(new PageArticle.Repair(1, "lIA", "l'IA")), fr.repairs());
        PageArticle en = article("<div class=entry-content><p>Selon lui, lIA avance. " + LONG + "</p></div>", "en");
        assertEquals(List.of(), en.repairs());
    }

    @Test
    void paragraphsWithoutPElementsAreSplitAtDoubleBreaks() {
        PageArticle a = article("<div class=article-body>" + LONG + "<br><br>Deuxième. " + LONG + "</div>", "fr");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void listOfLinksIsDroppedAndListOfTextIsKept() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><ul><li><a href='/a'>Un lien</a></li>"
                + "<li><a href='/b'>Un autre</a></li></ul><ul><li>Premier point.</li><li>Second point.</li></ul></div>",
                "fr");
        assertEquals(List.of(LONG, "Premier point.", "Second point."),
                a.paragraphs().stream().map(Block::text).toList());
        assertEquals(List.of(new Dropped("read also", "Un lien Un autre")), a.dropped());
    }

    @Test
    void bodyWithoutKnownClassesIsFoundByItsParagraphs() {
        PageArticle a = article("<div class=x1><p>Menu court</p></div><div class=x2><p>" + LONG + "</p><p>" + LONG
                + "</p></div><div class=x3><p>Pied de page</p></div>", "fr");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void jsonLdTextMissingFromTheMarkupIsAWarning() {
        PageArticle a = SavedPage.parse("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":"
                + "\"" + LONG + "\\nUn paragraphe que la page ne montre pas du tout.\"}</script><div class=entry-content>"
                + "<p>" + LONG + "</p><p>" + LONG + "</p></div>").article("fr");
        assertEquals(List.of("in the page's JSON-LD articleBody but in no kept paragraph: Un paragraphe que la page "
                + "ne montre pas…"), a.warnings());
    }

    @Test
    void pageWhoseMarkupHoldsLittleTakesItsParagraphsFromJsonLd() {
        PageArticle a = SavedPage.parse("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":"
                + "\"" + LONG + "\\n" + LONG + "\\nDernier.\"}</script><div id=root></div>").article("fr");
        assertEquals(List.of(LONG, LONG, "Dernier."), a.paragraphs().stream().map(Block::text).toList());
        assertEquals(1, a.warnings().size());
    }

    @Test
    void firstParagraphsStraightInTheContainerAreKeptWithTheFoldedRest() {
        PageArticle a = article("<div class=x><p>Premier. " + LONG + "</p><p>Deuxième. " + LONG + "</p>"
                + "<div class=fold><p>Troisième. " + LONG + "</p><p>Quatrième. " + LONG + "</p><p>Cinquième. " + LONG
                + "</p><p>Sixième. " + LONG + "</p><p>Septième. " + LONG + "</p></div></div>", "fr");
        assertEquals(List.of("Premier.", "Deuxième.", "Troisième.", "Quatrième.", "Cinquième.", "Sixième.",
                "Septième."), a.paragraphs().stream().map(b -> b.text().split(" ")[0]).toList());
    }

    @Test
    void galleryIsDroppedEvenWhenItsCaptionsOutweighTheArticle() {
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            slides.append("<li><h2>").append(i).append("/6 Une photo</h2><p>Légende de la photo ").append(i)
                    .append(". ").append(LONG).append(' ').append(LONG).append("</p></li>");
        }
        PageArticle a = article("<div itemprop=articleBody><p>" + LONG + "</p><p>" + LONG + "</p><p>" + LONG
                + "</p><div class='widget type-gallery'><ul class=legends>" + slides + "</ul></div><p>Fin. " + LONG
                + "</p></div>", "fr");
        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("gallery", a.dropped().get(0).reason());
    }

    @Test
    void videoPlayerAndChartInTheBodyAreDropped() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><div class=mainplayer><div>Replay</div>"
                + "<div>Your video will play in 00:25</div></div><div class='ai2html'><div><p>$915</p><p>billion</p>"
                + "</div></div><p>" + LONG + "</p></div>", "fr");
        assertEquals(2, a.paragraphs().size());
        assertEquals(List.of("video player", "chart"), a.dropped().stream().map(Dropped::reason).toList());
    }

    @Test
    void bylineAndTimeStampBlockInTheBodyIsDropped() {
        PageArticle a = article("<div class=entry-content><div class=sig><span class=pb-byline>By <a href='/p'>Ana "
                + "Lima</a></span> <span class=pb-timestamp>March 18 at 3:57 PM</span></div><p>" + LONG + "</p><p>"
                + LONG + "</p></div>", "fr");
        assertEquals(List.of(LONG, LONG), a.paragraphs().stream().map(Block::text).toList());
        assertEquals(List.of(new Dropped("byline", "By Ana Lima March 18 at 3:57 PM")), a.dropped());
    }

    @Test
    void blockOfLinksOnlyIsDroppedButAParagraphOfOneLinkIsKept() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><div><a href='/m'>Carte : les flux</a> "
                + "<a href='/m'>Voir le graphique</a></div><p><a href='/r'>Le rapport complet</a></p>"
                + "<a href='/reuse'><img src='r.png'>Reprendre ce contenu</a><p>" + LONG + "</p></div>", "fr");
        assertEquals(List.of(LONG, "Le rapport complet", LONG), a.paragraphs().stream().map(Block::text).toList());
        assertEquals(List.of(new Dropped("links", "Carte : les flux Voir le graphique"),
                new Dropped("links", "Reprendre ce contenu")), a.dropped());
    }

    @Test
    void blockQuotationKeepsItsCodeAndItsListItems() {
        PageArticle a = article("<div class=entry-content><p>" + LONG + "</p><blockquote><p>Voici la charge :</p>"
                + "<pre><code>root: { list: [ ] }</code></pre><ul><li>un point</li></ul><p>Et la suite.</p>"
                + "</blockquote><p>" + LONG + "</p></div>", "fr");
        assertEquals(List.of(LONG, "Voici la charge :", "root: { list: [ ] }", "un point", "Et la suite.", LONG),
                a.paragraphs().stream().map(Block::text).toList());
    }

    @Test
    void unlabelledPageThatIsNotUtf8IsReadAsWindows1252LikeABrowserDoes() {
        String page = "<html><body><article><p>La réunion a eu lieu à Rennes. " + LONG + "</p></article></body></html>";
        PageArticle a = SavedPage.parse(page.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).article("fr");
        assertTrue(markdown(a).get(0).startsWith("La réunion a eu lieu à Rennes."), markdown(a).get(0));
    }

    @Test
    void pageThatDeclaresItsCharsetIsReadInIt() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Un été à Brest. " + LONG
                + "</p></article></body></html>";
        PageArticle a = SavedPage.parse(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)).article("fr");
        assertTrue(markdown(a).get(0).startsWith("Un été à Brest."), markdown(a).get(0));
    }
}
