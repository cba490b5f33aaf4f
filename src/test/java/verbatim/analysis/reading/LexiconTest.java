package verbatim.analysis.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.shared();

    @ParameterizedTest
    @ValueSource(strings = {"given-names.fr.txt", "given-names.en.txt", "reporting-verbs.fr.txt",
            "reporting-verbs.en.txt", "titles.txt", "roles.fr.txt", "roles.en.txt", "descriptions.fr.txt", "descriptions.en.txt", "posts.txt", "demonyms.fr.txt", "demonyms.en.txt",
            "organization-cues.txt", "organizations.txt", "non-persons.txt", "stop-words.txt"})
    void everyLexiconNamesItsSourceAndLicenceInItsHeader(String file) throws IOException {
        List<String> header = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/verbatim/analysis/lexicon/" + file)) {
            assertNotNull(in, file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null && line.startsWith("#"); line = reader.readLine()) {
                header.add(line);
            }
        }
        String text = String.join("\n", header);
        assertTrue(text.contains("Source"), file + " names no source");
        assertTrue(text.matches("(?s).*(Licence|licence|MIT|CC0|Apache).*"), file + " names no licence");
        assertFalse(text.matches("(?s).*\\b(L?GPL)\\b.*"), file + " must not be GPL data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"given-names.fr.txt", "given-names.en.txt"})
    void givenNameFilesAreSortedLowerCaseForBisection(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/verbatim/analysis/lexicon/" + file)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .forEach(l -> keys.add(l.split("\t")[0]));
        }
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, keys.get(i - 1) + " / " + keys.get(i));
            assertEquals(Lexicon.key(keys.get(i)), keys.get(i));
        }
    }

    @Test
    void rowsAreSplitAtTheTabsOfTheirOwnLineOnly() {
        List<String[]> rows = Lexicon.rowsOf("# h\nparis \nsaint-denis\r\nlyon\tx\n\na\tb\tc\n# end\nnice");
        assertEquals(List.of("[paris]", "[saint-denis]", "[lyon, x]", "[a, b, c]", "[nice]"),
                rows.stream().map(java.util.Arrays::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"reporting-verbs.fr.txt", "reporting-verbs.en.txt", "titles.txt", "roles.fr.txt",
            "descriptions.en.txt", "posts.txt", "demonyms.fr.txt", "place-cues.txt", "organizations.txt", "places.txt",
            "stop-words.txt", "given-names.fr.txt"})
    void everyLexiconFileReadsAsItsLinesSplitOneByOne(String file) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/verbatim/analysis/lexicon/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!l.isEmpty() && !l.startsWith("#")) {
                expected.add(java.util.Arrays.toString(l.indexOf('\t') < 0 ? new String[] {l.strip()}
                        : l.split("\t", l.indexOf('\t') == l.lastIndexOf('\t') ? -1 : 0)));
            }
        }
        assertEquals(expected, Lexicon.rows(file).stream().map(java.util.Arrays::toString).toList());
    }

    @Test
    void sortedLinesFindAKeyWithoutAValueBeforeLinesWithout() {
        SortedLines lines = new SortedLines("# header\nalbi\nbob\ncaen\ndole\nnice\tx\n");
        assertEquals("", lines.value("albi"));
        assertEquals("", lines.value("caen"));
        assertEquals("", lines.value("dole"));
        assertEquals("x", lines.value("nice"));
        assertEquals(null, lines.value("bobo"));
    }

    @Test
    void sortedLinesFindsKeysByBisection() {
        SortedLines lines = new SortedLines("# header\nanne\tf\nbob\npaul\tm\nzoé\tf\n");
        assertEquals("f", lines.value("anne"));
        assertEquals("", lines.value("bob"));
        assertEquals("m", lines.value("paul"));
        assertEquals("f", lines.value("zoé"));
        assertEquals(null, lines.value("paula"));
        assertEquals(null, lines.value("a"));
    }

    @Test
    void reportingVerbsCoverTheInflectedForms() {
        for (String form : List.of("déclare", "déclarent", "a déclaré", "déclarait", "annonçait", "dit", "écrit",
                "poursuivi", "reconnu", "said", "says", "added", "told", "wrote", "denied")) {
            String last = form.substring(form.lastIndexOf(' ') + 1);
            assertTrue(lexicon.isReportingVerb(last), form);
        }
        assertFalse(lexicon.isReportingVerb("demande"), "a noun as much as a verb");
        assertFalse(lexicon.isReportingVerb("maison"));
    }

    @Test
    void givenNamesKnowTheirGender() {
        assertEquals('f', lexicon.givenName("Marie"));
        assertEquals('m', lexicon.givenName("Michel"));
        assertEquals('m', lexicon.givenName("JEAN"));
        assertEquals(0, lexicon.givenName("Bureau"));
    }

    @Test
    void frenchNamesSettledByHandHaveTheirFrenchGender() {
        assertEquals('f', lexicon.givenName("Chantal", "fr"));
        assertEquals('f', lexicon.givenName("Pascale", "fr"));
        assertEquals('m', lexicon.givenName("Gabriel", "fr"));
    }

    @Test
    void countriesAndCitiesOfSeveralWordsArePlacesWithOrWithoutAccents() {
        assertTrue(lexicon.isPlace("Benin"));
        assertTrue(lexicon.isPlace("Bénin"));
        assertTrue(lexicon.isPlace("Abu Dhabi"));
        assertFalse(lexicon.isPlace("Santos")); // one-word cities are surnames as often: not listed
    }

    @Test
    void givenNameWithAnAccentedInitialIsFoundWithoutItsAccents() {
        assertEquals('m', lexicon.givenName("Álvaro"));
        assertEquals('f', lexicon.givenName("Sofía"));
        assertEquals(0, lexicon.givenName("Écho")); // a French word, not "Echo"
    }

    @Test
    void namesTheFrenchSourceGetsWrongAreSettledByHand() {
        assertEquals('f', lexicon.givenName("Agnès", "fr"));
        assertEquals('f', lexicon.givenName("Agnès", "en")); // both lists agree: no longer 'm' in French, 'f' in English
        assertEquals('m', lexicon.givenName("Valéry", "fr"));
    }

    @Test
    void englishRoleNounsThatAreFrenchWordsAreForeignOnlyToFrenchArticles() {
        assertTrue(lexicon.isForeignNoun("justice", "fr"));
        assertTrue(lexicon.isForeignNoun("premier", "fr"));
        assertFalse(lexicon.isForeignNoun("justice", "en"));
        assertFalse(lexicon.isForeignNoun("ministre", "fr"));
        assertFalse(lexicon.isForeignNoun("supporter", "fr")); // a person in French too
    }

    @Test
    void accentedFrenchNamesListedForBothSexesTakeTheGenderOfTheirUnaccentedEnglishForm() {
        assertEquals('m', lexicon.givenName("François", "fr"));
        assertEquals('f', lexicon.givenName("Françoise", "fr"));
        assertEquals('f', lexicon.givenName("Cécile", "fr"));
        assertEquals('m', lexicon.givenName("Rémi", "fr"));
        assertEquals('?', lexicon.givenName("Dominique", "fr"));
    }

    @Test
    void titlesSayWhetherTheyStayInTheName() {
        assertTrue(lexicon.title("King").kept());
        assertFalse(lexicon.title("M.").kept());
        assertEquals('f', lexicon.title("Mme").gender());
    }

    @Test
    void rolesDemonymsAndStopWordsAreKnown() {
        assertEquals('f', lexicon.role("lauréate"));
        assertEquals('d', lexicon.role("communiqué"));
        assertEquals('f', lexicon.demonym("Tunisienne"));
        assertTrue(lexicon.isStopWord("Selon"));
        assertTrue(lexicon.isStopWord("the"));
        assertTrue(lexicon.isStopWord("étaient"));
        assertFalse(lexicon.isStopWord("Will"), "a given name too");
        assertTrue(lexicon.isOrganizationCue("Institute"));
        assertTrue(lexicon.isNonPerson("ChatGPT"));
    }

    @Test
    void feminineAndPrefixedFormsOfAPersonNounAreDescriptions() {
        assertEquals('f', lexicon.description("eurodéputée"));
        assertEquals("député", lexicon.roleBase("eurodéputée"));
        assertEquals('f', lexicon.description("éleveuse"));
        assertEquals("navigateur", lexicon.roleBase("navigatrice"));
        assertEquals("chef", lexicon.roleBase("cheffe"));
        assertEquals('f', lexicon.description("spokeswoman"));
        assertEquals("ministre", lexicon.roleBase("ex-ministre"));
        assertEquals('?', lexicon.description("54-year-old"));
    }

    @Test
    void anEnglishClosedCompoundIsTheRoleOfItsHead() {
        assertEquals("teacher", lexicon.roleBase("schoolteacher"));
        assertEquals("keeper", lexicon.roleBase("Housekeeper"));
        assertEquals('?', lexicon.description("schoolteacher"));
        assertNull(lexicon.roleBase("remember"), "a prefix of two letters is no word of a compound");
        assertNull(lexicon.roleBase("maintenant"), "a French word is no English compound");
        assertNull(lexicon.roleBase("contaminer"));
    }

    @Test
    void aGivenNameIsNoFeminineOfAPersonNoun() {
        assertEquals(0, lexicon.description("Marine"), "not the feminine of « marin »");
        assertEquals(0, lexicon.description("partie"), "« parti » is an institution, not a person");
    }

    @Test
    void descriptionNounsDoNotTellNamesApart() {
        assertEquals(0, lexicon.role("éleveur"), "only roles.*.txt words are written beside names");
        assertEquals('m', lexicon.description("éleveur"));
    }

    @Test
    void descriptorsMayDescribeAnyoneButPostsMayNot() {
        assertTrue(lexicon.isDescriptor("l'homme".substring(2)));
        assertTrue(lexicon.isDescriptor("Democrat"));
        assertTrue(lexicon.isDescriptor("Danois"), "a demonym");
        assertTrue(lexicon.isDescriptor("48-year-old"));
        assertFalse(lexicon.isDescriptor("procureur"));
        assertTrue(lexicon.isPost("ministre"));
        assertFalse(lexicon.isPost("homme"));
    }

    @Test
    void nounsOfOnePostAreKnownAsSuch() {
        assertTrue(lexicon.samePost("entraîneur", "technicien"));
        assertTrue(lexicon.samePost("ceo", "boss"));
        assertFalse(lexicon.samePost("entraîneur", "avocat"));
    }

    @Test
    void theSharedLexiconIsLoadedOnce() {
        assertSame(Lexicon.shared(), Lexicon.shared());
    }

    @Test
    void compoundOfTwoPersonNounsIsItsFirstNoun() {
        assertEquals("président", lexicon.roleBase("président-candidat"));
        assertEquals('m', lexicon.description("Président-candidat"));
        assertEquals('f', lexicon.description("présidente-candidate"));
        assertEquals(null, lexicon.roleBase("rendez-vous"), "no compound of two person nouns");
    }

    @Test
    void aWordThatIsItsOwnKeyIsGivenBackAsItIs() {
        for (String word : List.of("déclaré", "l'ia", "jean-luc", "2019", "naïveté", "straße", "ÿ")) {
            assertSame(word, Lexicon.key(word), word);
        }
        assertEquals("l'ia", Lexicon.key("L’IA"));
        assertEquals("élise", Lexicon.key("E\u0301lise"), "composed, then lower-cased");
    }

    @Test
    void theKeyOfEveryCharacterIsTheLongWaysKey() {
        java.util.Random random = new java.util.Random(10);
        for (char c = 0; c < 0x3000; c++) {
            String one = String.valueOf(c);
            assertEquals(Lexicon.folded(one), Lexicon.key(one), Integer.toHexString(c));
            String word = "a" + c + (char) ('a' + random.nextInt(26)) + (char) (0xC0 + random.nextInt(64));
            assertEquals(Lexicon.folded(word), Lexicon.key(word), word);
        }
    }
}
