package verbatim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Analysis;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Span;

class QuoteAlignmentTest {

    private static final Pattern MARKED = Pattern.compile("« ([^»]*) »|\"([^\"]*)\"");

    /** The quotations of a paragraph, between « » or "", with no speaker. */
    private static List<Quote> quotes(int paragraph, String text) {
        List<Quote> out = new ArrayList<>();
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            out.add(new Quote(m.group(g), null, new Span(paragraph, m.start(g), m.end(g))));
        }
        return out;
    }

    /** The links of one paragraph pair, each written "originals -> translations" with the texts joined by |. */
    private static List<String> align(String original, String translation) {
        return QuoteAlignment.paragraph(original, quotes(1, original), translation, quotes(1, translation)).stream()
                .map(l -> texts(l.originals()) + " -> " + texts(l.translations())).toList();
    }

    private static String texts(List<Quote> quotes) {
        return String.join("|", quotes.stream().map(Quote::text).toList());
    }

    private static Analysis analysis(String lang, List<String> paragraphs, List<Quote> quotes) {
        return new Analysis(lang, null, paragraphs, quotes, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void quotationsPairOneToOneByRankWhenBothParagraphsHoldAsMany() {
        assertEquals(List.of("Nous irons jusqu'au bout -> We will see it through",
                        "La grève continue demain -> The strike goes on tomorrow"),
                align("« Nous irons jusqu'au bout », dit-elle. Puis : « La grève continue demain ».",
                        "\"We will see it through\", she said. Then: \"The strike goes on tomorrow\"."));
    }

    @Test
    void twoOriginalsMergedIntoOneTranslationAreAlignedTwoToOne() {
        assertEquals(List.of("12 classes -> 12 classrooms",
                        "Nous tiendrons parole|Ce sera fait en 2027 -> "
                                + "We will keep our word and it will be done in 2027,"),
                align("Le maire promet « 12 classes ». « Nous tiendrons parole », dit-il. "
                                + "« Ce sera fait en 2027 », conclut-il.",
                        "The mayor promises \"12 classrooms\". \"We will keep our word and it will be done in 2027,\" "
                                + "he said."));
    }

    @Test
    void oneOriginalSplitIntoTwoTranslationsIsAlignedOneToTwo() {
        assertEquals(List.of("Le chantier a pris du retard, mais il sera terminé avant la fin de l'été -> "
                        + "The works are running late.|But they will be finished before the end of summer."),
                align("« Le chantier a pris du retard, mais il sera terminé avant la fin de l'été », "
                                + "assure Anne Morel.",
                        "\"The works are running late.\" Anne Morel added: \"But they will be finished before the end "
                                + "of summer.\""));
    }

    @Test
    void translatedQuotationWithNoOriginalIsLeftAlone() {
        assertEquals(List.of("Nous voulons des garanties -> We want guarantees,", " -> Now."),
                align("« Nous voulons des garanties », affirme le délégué, qui quitte la salle en colère.",
                        "\"We want guarantees,\" the delegate says, leaving the room in anger. \"Now.\""));
    }

    @Test
    void originalQuotationTheTranslatorLeftOutHasNoTranslation() {
        assertEquals(List.of("Nous sommes fatigués des promesses jamais tenues -> ",
                        "Nous bloquerons le port jusqu'à lundi -> We will block the port until Monday"),
                align("« Nous sommes fatigués des promesses jamais tenues », lance un docker. "
                                + "Son syndicat prévient : « Nous bloquerons le port jusqu'à lundi ».",
                        "A docker's union warns: \"We will block the port until Monday\"."));
    }

    @Test
    void sharedNumberDecidesBetweenTwoCandidates() {
        String en = "\"We hired 12 engineers this year\", the director says, \"the budget reaches 350 million\".";
        assertEquals(List.of(" -> We hired 12 engineers this year",
                        "le budget atteint 350 millions -> the budget reaches 350 million"),
                align("Le directeur explique que « le budget atteint 350 millions » cette année.", en));
        assertEquals(List.of("nous avons embauché 12 ingénieurs -> We hired 12 engineers this year",
                        " -> the budget reaches 350 million"),
                align("Le directeur explique que « nous avons embauché 12 ingénieurs » cette année.", en));
    }

    @Test
    void sharedNameDecidesBetweenTwoCandidates() {
        assertEquals(List.of(" -> Ask the ministry what it thinks of it", "Demandez à Lyon ce qu'elle en pense -> "
                        + "ask Lyon what it thinks of it"),
                align("Le maire hausse les épaules : « Demandez à Lyon ce qu'elle en pense ».",
                        "The mayor shrugs: \"Ask the ministry what it thinks of it\", "
                                + "then \"ask Lyon what it thinks of it\"."));
    }

    @Test
    void mergedTranslationTakesTheSpeakerOfTheFirstOriginalThatHasOne() {
        String fr = "Selon la presse, « tout ira bien ». « Nous signerons en 2026 », dit Anne Morel.";
        String en = "According to Anne Morel, \"all will be well and we will sign in 2026.\"";
        List<Quote> originals = new ArrayList<>(quotes(1, fr));
        originals.set(1, new Quote(originals.get(1).text(), "Anne Morel", originals.get(1).span()));
        List<Quote> translations = quotes(1, en);
        QuoteAlignment alignment = QuoteAlignment.of(analysis("fr", List.of(fr), originals),
                analysis("en", List.of(en), translations));
        assertEquals(Optional.of(originals.get(1)), alignment.original(translations.get(0)));
        assertEquals(translations, alignment.translations(originals.get(0)));
        assertEquals(translations, alignment.translations(originals.get(1)));
    }

    @Test
    void quotationsAreAlignedOnlyWithinTheirOwnParagraphPair() {
        String fr1 = "Il dit « oui ».";
        String fr2 = "Rien à signaler.";
        String en1 = "He says nothing.";
        String en2 = "He says \"yes\".";
        List<Quote> originals = quotes(1, fr1);
        List<Quote> translations = quotes(2, en2);
        QuoteAlignment alignment = QuoteAlignment.of(analysis("fr", List.of(fr1, fr2), originals),
                analysis("en", List.of(en1, en2), translations));
        assertEquals(List.of(), alignment.translations(originals.get(0)));
        assertEquals(Optional.empty(), alignment.original(translations.get(0)));
        assertEquals(translations, alignment.unaligned());
    }

    @Test
    void splitPartsAreJoinedInOrderWithoutTheCommaInsideTheMarks() {
        assertEquals("We will fight […] we will win.",
                QuoteAlignment.joined(quotes(1, "\"We will fight,\" she said, \"we will win.\"")));
    }

    @Test
    void numbersAreComparedByTheirDigitsWhateverTheSeparators() {
        assertEquals(Set.of("1000", "15", "2027"),
                QuoteAlignment.numbers(quotes(1, "« 1 000 postes, 1,5 % en 2027 » \"1,000 jobs, 1.5% in 2027\"")));
    }

    @Test
    void namesAreCapitalisedWordsThatDoNotStartASentenceFolded() {
        assertEquals(Set.of("anne", "elysee"),
                QuoteAlignment.names(quotes(1, "« Nous irons à l'Élysée avec Anne. Demain, on verra »")));
    }
}
