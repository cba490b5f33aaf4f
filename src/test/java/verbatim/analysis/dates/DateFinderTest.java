package verbatim.analysis.dates;

import verbatim.content.RawArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final DateFinder FINDER = new DateFinder();

    /** "text = value" of every mention, in order. */
    private static List<String> dates(String lang, String articleDate, String... paragraphs) {
        return FINDER.find(List.of(paragraphs), articleDate, lang).stream()
                .map(d -> d.text() + " = " + d.value())
                .collect(Collectors.toList());
    }

    @Test
    void spacedMakesEverySpaceSeparatorOtherThanASpaceAPlainSpaceAndNothingElse() {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (char c = 1; c < 0x3100; c++) {
            text.append(c);
            expected.append(c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c);
        }
        assertEquals(expected.toString(), DateFinder.spaced(text.toString()));
        assertEquals("le 1er mars", DateFinder.spaced("le\u00A01er\u202Fmars"));
        String plain = "le 9 mars";
        assertTrue(plain == DateFinder.spaced(plain), "a text without such a space is given back as it is");
    }

    // --- days and months -------------------------------------------------------------------------------------

    @Test
    void yearAfterAnIndefiniteArticleBeforeANounIsAYear() {
        assertEquals(List.of("2015 = 2015"), dates("en", "2024-05-02", "A 2015 federal court decision said it."));
        assertEquals(List.of(), dates("en", "2024-05-02", "He bought a 2000 acre farm."));
        assertEquals(List.of(), dates("en", "2024-05-02", "It was a 2000-strong crowd."));
    }

    @Test
    void dayAndMonthTakeTheArticleYear() {
        assertEquals(List.of("le 3 mars = 2026-03-03"), dates("fr", "2026-03-20", "La loi a été votée le 3 mars."));
    }

    @Test
    void deadlineDateIsTheNearestOccurrenceEvenInAPastSentence() {
        assertEquals(List.of("October 31 = 2019-10-31"), dates("en", "2019-08-29",
                "Critics claimed this was a move to push the plan through by October 31."));
        assertEquals(List.of("le 31 octobre = 2019-10-31"), dates("fr", "2019-08-29",
                "Les critiques ont affirmé qu'il voulait faire passer le plan d'ici le 31 octobre."));
    }

    @Test
    void datePostponedToComesAfterTheArticle() {
        assertEquals(List.of("au 15 décembre = 2019-12-15"), dates("fr", "2019-03-10",
                "Le délai a été repoussé au 15 décembre."));
        assertEquals(List.of("February 2 = 2020-02-02"), dates("en", "2019-03-10",
                "The hearing was pushed back to February 2."));
    }

    @Test
    void monthAfterAsEarlyAsIsADate() {
        assertEquals(List.of("October = 2026-10"), dates("en", "2026-11-29", "Sales had fallen as early as October."));
        assertEquals(List.of(), dates("en", "2026-11-29", "Known as May, she sang."));
    }

    @Test
    void monthOfLastYearIsInTheYearBefore() {
        assertEquals(List.of("in January of last year = 2018-01"), dates("en", "2019-04-20",
                "The parents were arrested in January of last year."));
    }

    @Test
    void weekdayBeforeADayStaysInTheText() {
        assertEquals(List.of("jeudi 12 mars = 2026-03-12"),
                dates("fr", "2026-03-20", "Le concert a eu lieu jeudi 12 mars à Lille."));
    }

    @Test
    void firstOfTheMonthIsDayOne() {
        assertEquals(List.of("le 1er mai 1980 = 1980-05-01"), dates("fr", "2026-03-20", "Il est né le 1er mai 1980."));
    }

    @Test
    void englishMonthFirstDateWithYear() {
        assertEquals(List.of("on March 3, 2024 = 2024-03-03"),
                dates("en", "2026-03-20", "The deal was signed on March 3, 2024 in Geneva."));
    }

    @Test
    void englishDayFirstDateAndOrdinal() {
        assertEquals(List.of("on 4 July 1950 = 1950-07-04", "on the 12th of January = 2026-01-12"),
                dates("en", "2026-03-20", "He was born on 4 July 1950. It froze on the 12th of January."));
    }

    @Test
    void abbreviatedEnglishMonthNeedsADay() {
        assertEquals(List.of("On Jan. 14 = 2026-01-14"),
                dates("en", "2026-03-20", "On Jan. 14 the board met. Jan said nothing."));
    }

    @Test
    void isoDateIsADay() {
        assertEquals(List.of("le 2025-11-30 = 2025-11-30"),
                dates("fr", "2026-03-20", "Le décret publié le 2025-11-30 s'applique."));
    }

    @Test
    void numericFrenchDateIsDayMonthYear() {
        assertEquals(List.of("du 04/05/2025 = 2025-05-04"), dates("fr", "2026-03-20", "Un arrêté du 04/05/2025."));
    }

    // --- lists and ranges ------------------------------------------------------------------------------------

    @Test
    void listOfDaysGivesOneMentionPerDay() {
        assertEquals(List.of("les 14 et 15 juin = 2025-06-14", "les 14 et 15 juin = 2025-06-15"),
                dates("fr", "2026-03-20", "Le salon s'est tenu les 14 et 15 juin à Nantes."));
    }

    @Test
    void rangeOfDaysGivesBothEnds() {
        assertEquals(List.of("du 10 au 12 mars = 2026-03-10", "du 10 au 12 mars = 2026-03-12"),
                dates("fr", "2026-03-20", "La grève a duré du 10 au 12 mars."));
    }

    @Test
    void englishRangeBetweenDaysGivesBothEnds() {
        assertEquals(List.of("June 2 and 4 = 2025-06-02", "June 2 and 4 = 2025-06-04"),
                dates("en", "2026-03-20", "Talks were held between June 2 and 4 in Oslo."));
    }

    @Test
    void monthRangeAcrossTheArticleMonthKeepsItsOrder() {
        assertEquals(List.of("February to April = 2026-02", "February to April = 2026-04"),
                dates("en", "2026-03-20", "From February to April, the river rose."));
    }

    @Test
    void rangeSharesItsWrittenYear() {
        assertEquals(List.of("Du 30 décembre au 2 janvier 2020 = 2019-12-30",
                        "Du 30 décembre au 2 janvier 2020 = 2020-01-02"),
                dates("fr", "2026-03-20", "Du 30 décembre au 2 janvier 2020, le musée a fermé."));
    }

    // --- months and years ------------------------------------------------------------------------------------

    @Test
    void monthWithYearHasMonthPrecision() {
        assertEquals(List.of("En novembre 2024 = 2024-11"),
                dates("fr", "2026-03-20", "En novembre 2024, il pleuvait."));
    }

    @Test
    void midMonthHasMonthPrecision() {
        assertEquals(List.of("mi-janvier = 2026-01"), dates("fr", "2026-03-20", "Les prix ont baissé mi-janvier."));
        assertEquals(List.of("In mid-January = 2026-01"), dates("en", "2026-03-20", "In mid-January, prices fell."));
    }

    @Test
    void monthAfterArticleMonthIsLastYear() {
        assertEquals(List.of("en octobre = 2025-10"),
                dates("fr", "2026-03-20", "Elle avait démissionné en octobre."));
    }

    @Test
    void monthOfTheArticleIsTheArticleYear() {
        assertEquals(List.of("in March = 2026-03"), dates("en", "2026-03", "The plant closed in March."));
    }

    @Test
    void nextMonthWordPointsForward() {
        assertEquals(List.of("février prochain = 2027-02"),
                dates("fr", "2026-03-20", "Le chantier commence au mois de février prochain."));
    }

    @Test
    void targetYearAfterACueMayLieFarAhead() {
        assertEquals(List.of("en 2100 = 2100"), dates("fr", "2024-05-02", "Le niveau pourrait monter d'un mètre en 2100."));
        assertEquals(List.of("in 2049 = 2049"), dates("en", "2015-06-01", "The centenary comes in 2049."));
        assertEquals(List.of(), dates("en", "2024-05-02", "Some 2080 people attended."));
    }

    @Test
    void monthAfterPastOrAtLeastIsADate() {
        assertEquals(List.of("August = 2020-08", "May = 2020-05"), dates("en", "2020-12-28",
                "He won the title this past August.", "She left this past May."));
        assertEquals(List.of("July = 2021-07"), dates("en", "2020-12-28", "The road will stay closed until at least July."));
    }

    @Test
    void lastMonthWordPointsBack() {
        assertEquals(List.of("en avril dernier = 2025-04", "last April = 2025-04"),
                List.of(dates("fr", "2026-03-20", "Il l'a dit en avril dernier.").get(0),
                        dates("en", "2026-03-20", "He said so last April.").get(0)));
    }

    @Test
    void futureVerbMovesAnEarlierMonthToNextYear() {
        assertEquals(List.of("en janvier = 2027-01"), dates("fr", "2026-03-20", "Le tunnel ouvrira en janvier."));
    }

    @Test
    void englishWillMovesAnEarlierMonthToNextYear() {
        assertEquals(List.of("in February = 2027-02"),
                dates("en", "2026-03-20", "The company will open a plant in February."));
    }

    @Test
    void pastVerbNearerThanFutureVerbWins() {
        assertEquals(List.of("En janvier = 2026-01"),
                dates("fr", "2026-03-20", "En janvier, le maire a promis qu'il partira."));
    }

    @Test
    void pastParticipleInTheDateClauseOutweighsALaterFutureVerb() {
        assertEquals(List.of("en novembre = 2025-11", "en juin = 2026-06"),
                dates("fr", "2026-03-20", "La loi, votée en novembre, entrera en vigueur en juin."));
    }

    @Test
    void passiveFutureIsStillFuture() {
        assertEquals(List.of("fin janvier = 2027-01"),
                dates("fr", "2026-03-20", "Les candidats seront informés d'ici fin janvier."));
    }

    @Test
    void semicolonSeparatesTenses() {
        assertEquals(List.of("en avril = 2025-04", "en janvier = 2027-01"),
                dates("fr", "2026-03-20", "Le club a recruté en avril; en janvier, il recrutera encore."));
    }

    @Test
    void englishIrregularPastOutweighsALaterFuture() {
        assertEquals(List.of("in October = 2025-10"),
                dates("en", "2026-03-20", "The bank cut rates in October and is expected to hold them."));
    }

    @Test
    void relativeYearAfterAMonthIsApplied() {
        assertEquals(List.of("in May last year = 2025-05"), dates("en", "2026-03-20", "It rained in May last year."));
    }

    @Test
    void yearAfterAPrepositionIsADate() {
        assertEquals(List.of("Depuis 2008 = 2008", "in 1966 = 1966"),
                List.of(dates("fr", "2026-03-20", "Depuis 2008, rien n'a changé.").get(0),
                        dates("en", "2026-03-20", "The bridge opened in 1966.").get(0)));
    }

    @Test
    void yearInParenthesesIsADate() {
        assertEquals(List.of("2021 = 2021"), dates("fr", "2026-03-20", "Elle a perdu à Paris (2021) en finale."));
    }

    @Test
    void yearAfterDeBeforeASingularWordIsADate() {
        assertEquals(List.of("2012 = 2012"), dates("fr", "2026-03-20", "Sa victoire de 2012 reste un modèle."));
        assertEquals(List.of(), dates("fr", "2026-03-20", "Une flotte de 2000 camions roule."));
    }

    @Test
    void englishPossessiveOrArticleBeforeAYearMakesItADate() {
        assertEquals(List.of("2012 = 2012", "2016 = 2016"),
                dates("en", "2026-03-20", "Obama's 2012 campaign differed from the 2016 race."));
    }

    @Test
    void yearListAndRangeGiveEveryYear() {
        assertEquals(List.of("2016 et 2018 = 2016", "2016 et 2018 = 2018"),
                dates("fr", "2026-03-20", "Entre 2016 et 2018, la ville a grandi."));
    }

    @Test
    void withoutArticleDateImplicitYearIsLeftOut() {
        assertEquals(List.of("le 2 avril = --04-02", "en juin = --06"),
                dates("fr", null, "Il est arrivé le 2 avril et reparti en juin."));
    }

    // --- what will happen: the next occurrence, in both languages ---------------------------------------------

    @Test
    void scheduledEventInThePresentTakesTheComingDateAcrossNewYear() {
        assertEquals(List.of("le 1er février = 2027-02-01", "on February 1 = 2027-02-01"),
                List.of(dates("fr", "2026-12-18", "Le nouveau tarif s'applique et entre en vigueur le 1er février, "
                                + "a précisé la régie.").get(0),
                        dates("en", "2026-12-18", "The new fare takes effect on February 1, the operator said.")
                                .get(0)));
    }

    @Test
    void scheduledEventInThePresentTakesTheNearerDateWhenItIsPast() {
        assertEquals(List.of("le 1er janvier = 2026-01-01"),
                dates("fr", "2026-03-05", "La réforme, qui entre en vigueur le 1er janvier, divise les élus."));
    }

    @Test
    void isDueToLooksAhead() {
        assertEquals(List.of("on Feb. 9 = 2027-02-09"),
                dates("en", "2026-11-30", "The hearing is due to resume on Feb. 9."));
    }

    @Test
    void wouldInReportedSpeechLooksAhead() {
        assertEquals(List.of("in April = 2027-04"),
                dates("en", "2026-10-02", "The board would decide on the merger in April, a spokesman said."));
    }

    @Test
    void wouldHaveLooksBack() {
        assertEquals(List.of("on November 4 = 2025-11-04"),
                dates("en", "2026-03-12", "She would have turned ninety on November 4."));
    }

    @Test
    void futureSentenceWithAMonthAloneLooksAheadInEnglishAsInFrench() {
        assertEquals(List.of("in September = 2026-09", "en septembre = 2026-09"),
                List.of(dates("en", "2026-03-10", "The firm said the new tablet would go on sale in September.")
                                .get(0),
                        dates("fr", "2026-03-10", "La nouvelle tablette sera mise en vente en septembre.").get(0)));
    }

    @Test
    void doitAndDevraitLookAhead() {
        assertEquals(List.of("le 14 janvier = 2027-01-14", "le 20 février = 2027-02-20"),
                dates("fr", "2026-12-02", "Le jury doit rendre son avis le 14 janvier et la mairie devrait "
                        + "trancher le 20 février."));
    }

    @Test
    void availableFromADayAfterTheArticleIsThisYear() {
        assertEquals(List.of("November 3 = 2026-11-03"),
                dates("en", "2026-10-20", "The vaccine is available from November 3 in every pharmacy."));
    }

    @Test
    void articleDatedByMonthOnlyLooksAheadForACalledStrike() {
        assertEquals(List.of("le 9 janvier = 2021-01-09", "on January 9 = 2021-01-09"),
                List.of(dates("fr", "2020-11", "Les cheminots appellent à une grève le 9 janvier.").get(0),
                        dates("en", "2020-11", "Rail workers will strike on January 9.").get(0)));
    }

    @Test
    void daySetForAnEventIsTheNearerOneEvenAfterAPastVerb() {
        assertEquals(List.of("le 9 janvier = 2021-01-09", "January 9 = 2021-01-09"),
                List.of(dates("fr", "2020-11", "Les syndicats ont appelé à une grève pour le 9 janvier.").get(0),
                        dates("en", "2020-11", "The unions have called a strike for January 9.").get(0)));
    }

    @Test
    void pastEventAfterTheArticleMonthStaysLastYear() {
        assertEquals(List.of("le 28 décembre = 2025-12-28", "on December 28 = 2025-12-28"),
                List.of(dates("fr", "2026-02-10", "Le barrage a cédé le 28 décembre.").get(0),
                        dates("en", "2026-02-10", "The dam burst on December 28.").get(0)));
    }

    @Test
    void englishDateQuotedInFrenchTextIsADay() {
        assertEquals(List.of("du October 14, 2019 = 2019-10-14", "en 2021 = 2021"),
                dates("fr", "2026-01-15", "La lettre du October 14, 2019 a été rendue publique en 2021."));
    }

    @Test
    void englishMonthInFrenchTextWithoutDayAndYearIsNotADate() {
        assertEquals(List.of(), dates("fr", "2026-01-15", "Le trio June Avenue joue ce soir avec May Blanc."));
    }

    @Test
    void presentPassiveIsAScheduledEventInBothLanguages() {
        assertEquals(List.of("le 8 janvier = 2026-01-08", "on January 8 = 2026-01-08"),
                List.of(dates("fr", "2025-12-15", "Le bilan annuel est publié le 8 janvier.").get(0),
                        dates("en", "2025-12-15", "The annual review is published on January 8.").get(0)));
    }

    @Test
    void pastWithEtreLooksBack() {
        assertEquals(List.of("le 28 décembre = 2025-12-28", "le 27 décembre = 2025-12-27"),
                List.of(dates("fr", "2026-02-10", "Le convoi est arrivé le 28 décembre.").get(0),
                        dates("fr", "2026-02-10", "Les délégués se sont retrouvés le 27 décembre.").get(0)));
    }

    @Test
    void withoutTenseCueTheComingDateWinsOnlyWhenMuchNearer() {
        assertEquals(List.of("le 7 janvier = 2026-01-07", "en juin = 2025-06"),
                List.of(dates("fr", "2025-12-15", "Le bureau se réunit le 7 janvier.").get(0),
                        dates("fr", "2025-12-15", "Réunion du bureau en juin.").get(0)));
    }

    @Test
    void nounEndingLikeAParticipleIsNotAPastCue() {
        assertEquals(List.of("le 3 janvier = 2026-01-03", "on January 3 = 2026-01-03"),
                List.of(dates("fr", "2025-12-15", "La société rouvre ses portes le 3 janvier.").get(0),
                        dates("en", "2025-12-15", "The seed bank reopens on January 3.").get(0)));
    }

    @Test
    void fromAndUntilBoundAPlannedPeriodEvenAfterAPastVerb() {
        assertEquals(List.of("du 5 décembre = 2019-12-05", "au 12 janvier = 2020-01-12",
                        "December 5 = 2019-12-05", "January 12 = 2020-01-12"),
                Stream.concat(dates("fr", "2019-11", "Les routiers ont appelé à bloquer les dépôts à partir du "
                                + "5 décembre et jusqu'au 12 janvier.").stream(),
                        dates("en", "2019-11", "Truckers have called a blockade from December 5 until January 12.")
                                .stream()).toList());
    }

    @Test
    void leadBeforeLeMoisDeBoundsThePlannedMonth() {
        assertEquals(List.of("mars = 2016-03"), dates("fr", "2016-01-24",
                "L'agence a précisé que les livraisons pourraient débuter dès le mois de mars."));
    }

    // --- no-break spaces ---------------------------------------------------------------------------------------

    @Test
    void noBreakSpaceInsideAFrenchDateIsASpace() {
        assertEquals(List.of("le\u00A07\u00A0avril = 2026-04-07"),
                dates("fr", "2026-05-02", "Le conseil s'est réuni le\u00A07\u00A0avril à Rennes."));
    }

    @Test
    void narrowNoBreakSpaceInsideAFirstOfTheMonthIsASpace() {
        assertEquals(List.of("le\u202F1er\u202Foctobre = 2025-10-01"),
                dates("fr", "2025-10-20", "Ils étaient 12\u202F000 dans la rue le\u202F1er\u202Foctobre."));
    }

    @Test
    void noBreakSpacesInsideAnEnglishDateWithItsYear() {
        assertEquals(List.of("on June\u00A08,\u00A02023 = 2023-06-08"),
                dates("en", "2026-01-15", "The pact was signed on June\u00A08,\u00A02023 in Oslo."));
    }

    @Test
    void noBreakSpaceAfterEnKeepsTheYearAndItsLead() {
        assertEquals(List.of("en\u202F2017 = 2017"),
                dates("fr", "2026-01-15", "Elle a fondé l'atelier en\u202F2017 avec son frère."));
    }

    @Test
    void numberWithNarrowNoBreakThousandsIsNotAYear() {
        assertEquals(List.of(), dates("fr", "2026-01-15", "Le salon a attiré 25\u202F2019 curieux."));
    }

    // --- not dates -------------------------------------------------------------------------------------------

    @Test
    void amountsAreNotYears() {
        assertEquals(List.of(), dates("fr", "2026-03-20",
                "Il a versé 2 000 euros, plus de 1500 personnes et 2500 euros de plus."));
        assertEquals(List.of(), dates("en", "2026-03-20", "More than 1800 people and 2000 troops came."));
    }

    @Test
    void scoresVersionsAndOrdinalsAreNotDates() {
        assertEquals(List.of(), dates("en", "2026-03-20",
                "She won 6-3, 7-6 (9) with version 4.6 of the app, the 19th seed, at 1130 GMT."));
    }

    @Test
    void durationsAgesAndWeekdaysAreNotDates() {
        assertEquals(List.of(), dates("fr", "2026-03-20",
                "Âgé de 52 ans, il y a trois ans, pendant deux années, il venait mardi soir."));
        assertEquals(List.of(), dates("en", "2026-03-20", "The 61 years of the 12th dynasty ended on Monday."));
    }

    @Test
    void numberListedAfterAYearIsNotAYearWhenFarFromIt() {
        assertEquals(List.of("En 2018 = 2018"), dates("fr", "2026-03-20", "En 2018, 1500 écoles ont fermé."));
    }

    @Test
    void rangeOfAmountsIsNotAYearRange() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Entre 1900 et 2500 euros par mois."));
        assertEquals(List.of("en 2024 = 2024"), dates("fr", "2026-03-20", "Il est passé de 4,1% en 2024 à 3,9%."));
    }

    @Test
    void englishNumberAfterAVerbIsACount() {
        assertEquals(List.of("2021 = 2021"), dates("en", "2026-03-20", "The rally drew 1950. Wimbledon 2021 did too."));
    }

    @Test
    void codeNumbersAreNotYears() {
        assertEquals(List.of(),
                dates("fr", "2026-03-20", "La décision 2021-817 DC et l'arrêt n° 2020 sont cités."));
    }

    @Test
    void countOfPeopleDoingSomethingIsNotAYear() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Ils étaient 1900 à défiler, 2000 selon les organisateurs."));
    }

    @Test
    void numberAfterAPluralFormOfEtreIsACount() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Les bénévoles sont 1950, d'après la mairie."));
    }

    @Test
    void descendingRangeIsATallyNotTwoYears() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "La motion passe, 2011 à 1987, après un long débat."));
        assertEquals(List.of(), dates("en", "2026-03-20", "The motion passed 2011 to 1987 after a long debate."));
    }

    @Test
    void ascendingRangeStaysTwoYears() {
        assertEquals(List.of("2011 to 2015 = 2011", "2011 to 2015 = 2015"),
                dates("en", "2026-03-20", "She chaired the board from 2011 to 2015."));
    }

    @Test
    void currencyCodesAndAreaUnitsMakeAmounts() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Le domaine de 1900 hectares a coûté 2000 EUR l'are."));
        assertEquals(List.of(), dates("en", "2026-03-20", "The 1900 acres sold for 2000 USD each."));
    }

    @Test
    void capitalisedFrenchMonthAfterADayIsAName() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Il habite place du 14 Juillet."));
    }

    @Test
    void decadesAreNotYears() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Les années 1980 ont changé la musique."));
        assertEquals(List.of(), dates("en", "2026-03-20", "The 1980s changed music."));
    }

    @Test
    void monthWordsWithoutDateContextAreNotDates() {
        assertEquals(List.of(), dates("fr", "2026-03-20", "Mais la sonde vers Mars est partie. Avril Lavigne chante."));
        assertEquals(List.of(), dates("en", "2026-03-20", "May I ask? It may rain. Theresa May spoke. They march."));
    }

    // --- spans and order -------------------------------------------------------------------------------------

    @Test
    void spanPointsAtTheTextInItsParagraph() {
        List<String> paragraphs = List.of("Rien ici.", "Ils sont venus le 5 juin et repartis.");
        DateMention mention = FINDER.find(paragraphs, "2026-07-01", "fr").get(0);
        assertEquals(2, mention.span().paragraph());
        assertEquals(mention.text(), paragraphs.get(1).substring(mention.span().start(), mention.span().end()));
    }

    @Test
    void mentionsComeInReadingOrder() {
        assertEquals(List.of("En 2010 = 2010", "le 4 mai = 2026-05-04", "en 1999 = 1999"),
                dates("fr", "2026-06-01", "En 2010, il part le 4 mai.", "Il était revenu en 1999."));
    }

    @Test
    void defaultLocaleDoesNotMatter() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals(List.of("IN 2019 = 2019", "In April = 2025-04"),
                    FINDER.find(List.of("IN 2019 IT RAINED. In April it snowed."), "2026-03-20", "en").stream()
                            .map(d -> d.text() + " = " + d.value())
                            .collect(Collectors.toList()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void oneFinderServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> dates("fr", "2026-03-20", "Il part le 3 mars 2027.")));
            }
            for (Future<List<String>> result : results) {
                assertEquals(List.of("le 3 mars 2027 = 2027-03-03"), result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    // --- the development set and the seed, scored as shared/eval/score.py scores dates ------------------------

    @Test
    void devSetAndSeedScoreAsRequired() throws IOException {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("..").resolve("shared").normalize();
        Path dev = shared.resolve("corpus/dev");
        Path seed = shared.resolve("seed");
        assumeTrue(Files.isDirectory(dev) && Files.isDirectory(seed),
                "skipped: no evaluation corpus at " + dev + " and " + seed);
        Score devScore = score(dev, heldOut());
        Score seedScore = score(seed, Set.of());
        System.out.printf(Locale.ROOT, "dates dev: %s%ndates seed: %s%n", devScore, seedScore);
        assertTrue(devScore.articles > 0, "no article with gold in " + dev);
        assertTrue(devScore.f1() >= 0.95, "dev date F1 below 0.95: " + devScore + devScore.misses);
        assertEquals(1.0, seedScore.f1(), 1e-9, "seed date F1 below 1.0: " + seedScore + seedScore.misses);
    }

    /** Date counts over a folder of NAME.txt (or NAME.LANG.txt) articles with NAME.json gold files. */
    private static final class Score {
        int articles;
        int gold;
        int predicted;
        int hit;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) hit / predicted;
        }

        double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) hit / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "articles=%d gold=%d predicted=%d hit=%d P=%.3f R=%.3f F1=%.3f",
                    articles, gold, predicted, hit, precision(), recall(), f1());
        }
    }

    /** The names of the held-out half of the development set, whose misses are never printed. */
    private static Set<String> heldOut() throws IOException {
        try (InputStream in = DateFinderTest.class.getResourceAsStream("/verbatim/eval/held-out.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }

    /** Scores a folder; the misses of the {@code silent} articles are counted but never listed. */
    private static Score score(Path folder, Set<String> silent) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Score score = new Score();
        List<Path> articles;
        try (Stream<Path> files = Files.list(folder)) {
            articles = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String name = article.getFileName().toString();
            Path goldFile = article.resolveSibling(name.substring(0, name.length() - 4) + ".json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            JsonNode gold = json.readTree(goldFile.toFile());
            String stem = name.substring(0, name.length() - 4);
            boolean listed = !silent.contains(stem) && !silent.contains(stem.replaceFirst("\\.\\w+$", ""));
            List<String> misses = listed ? score.misses : new ArrayList<>();
            RawArticle raw = RawArticle.parse(Files.readString(article, StandardCharsets.UTF_8)
                    .replaceFirst("\\A# url:[^\\n]*\\n", ""));
            String lang = gold.path("lang").asText("fr");
            List<DateMention> predicted = FINDER.find(raw.paragraphs(), raw.date(), lang);
            List<JsonNode> free = new ArrayList<>();
            gold.path("dates").forEach(free::add);
            score.articles++;
            score.gold += free.size();
            for (DateMention p : predicted) {
                score.predicted++;
                String pt = norm(p.text());
                JsonNode match = null;
                for (JsonNode g : free) {
                    String gt = norm(g.path("text").asText());
                    if (g.path("value").asText().equals(p.value()) && !pt.isEmpty()
                            && (pt.contains(gt) || gt.contains(pt))) {
                        match = g;
                        break;
                    }
                }
                if (match != null) {
                    free.remove(match);
                    score.hit++;
                } else {
                    misses.add("\n  " + name + " false hit: " + p);
                }
            }
            for (JsonNode g : free) {
                misses.add("\n  " + name + " missed: " + g);
            }
        }
        return score;
    }

    /** As score.py: NFC, lower case, letters and digits only. */
    private static String norm(String text) {
        String lower = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        lower.codePoints().filter(DateFinderTest::isAlnum).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isAlnum(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    @Test
    void weekdayAndDayWithoutMonthTakeTheMonthWhereTheyFallTogether() {
        assertEquals(List.of("jeudi 9 = 2016-06-09", "mardi 14 = 2016-06-14"), dates("fr", "2016-06-10",
                "La grève a commencé jeudi 9 et se poursuivra mardi 14."));
        assertEquals(List.of("vendredi 29 = 2016-04-29"), dates("fr", "2016-05-03",
                "Le texte avait été voté vendredi 29."));
        assertEquals(List.of("Thursday 9th = 2016-06-09"), dates("en", "2016-06-10",
                "The strike began on Thursday 9th."));
    }

    @Test
    void weekdayAndDayThatFallTogetherInNoNearMonthAreNoDate() {
        assertEquals(List.of(), dates("fr", "2016-06-10", "Rendez-vous mercredi 9."));
    }

    @Test
    void yearAfterOfOrForClosedByPunctuationIsAYearEvenBefore1900() {
        assertEquals(List.of("1830 = 1830"), dates("fr", "2012-07-05",
                "Le spectacle a lieu sur le lieu du débarquement de 1830. Il retrace l'histoire."));
        assertEquals(List.of("1963 = 1963"), dates("en", "2024-05-02",
                "He led the sit-ins of 1963, during which he was arrested."));
        assertEquals(List.of("2025 = 2025"), dates("en", "2025-01-15",
                "The group expects a profit of £190 million for 2025, against a forecast of less."));
    }

    @Test
    void yearBeforeARaceOrTodayIsAYear() {
        assertEquals(List.of("2020 = 2020"), dates("en", "2019-10-01", "He is a candidate in the upcoming 2020 race."));
        assertEquals(List.of("2005 = 2005"), dates("en", "2004-12-01", "Parliament votes on the budget for 2005 today."));
    }

    @Test
    void monthAfterDepuisOrSinceIsBehindWhateverTheSentenceSaysNext() {
        assertEquals(List.of("depuis novembre = 2023-11"), dates("fr", "2024-03-10",
                "Invaincue depuis novembre, l'équipe se déplacera à Lyon."));
        assertEquals(List.of("since November = 2023-11"), dates("en", "2024-03-10",
                "Unbeaten since November, the team will travel to Leeds."));
    }

    @Test
    void announcedMeetingOrFurtherActionIsAhead() {
        assertEquals(List.of("en décembre = 2024-12"), dates("fr", "2024-11",
                "Le ministère, qui a reçu les syndicats, annonce une réunion tripartite en décembre."));
        assertEquals(List.of("in December = 2025-12"), dates("en", "2025-09-30",
                "The union has warned of further action in December."));
    }
}
