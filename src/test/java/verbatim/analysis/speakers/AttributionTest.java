package verbatim.analysis.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static verbatim.analysis.speakers.Said.quotes;
import static verbatim.analysis.speakers.Said.speakers;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Quote;

/** The kinds of attribution faults of issue 6, each on a small invented example. */
class AttributionTest {

    private static List<String> how(String lang, String... paragraphs) {
        return quotes(lang, paragraphs).stream().map(q -> q.attribution().json()).toList();
    }

    @Test
    void questionThenQuotationInAnInterviewBelongsToThePersonInFocus() {
        String[] story = {
            "La navigatrice Lina Serre a remporté la course mardi à Brest.",
            "« J'ai dormi quatre heures en dix jours », a raconté Lina Serre à son arrivée.",
            "« Le plus dur, c'était le froid », a-t-elle ajouté. « Je ne m'y attendais pas », a confié la navigatrice.",
            "Son meilleur souvenir ? « La dernière nuit, sous les étoiles, seule au monde. »"};
        assertEquals(List.of("Lina Serre", "Lina Serre", "Lina Serre", "Lina Serre"), speakers("fr", story));
        assertEquals("focus", how("fr", story).get(3));
    }

    @Test
    void storyQuotingSeveralPeopleHasNoFocus() {
        assertEquals(Arrays.asList("Paul Brun", "Anne Morel", null), speakers("fr",
                "« Le pont sera fermé », a annoncé le maire Paul Brun.",
                "« C'est une erreur », a répondu Anne Morel, conseillère d'opposition.",
                "Sur les réseaux, le ton monte. « Une honte pour la ville tout entière. »"));
    }

    @Test
    void roleNounAfterTheQuotationRefersToThePersonGivenThatRole() {
        assertEquals(List.of("Anne Morel", "Anne Morel"), speakers("fr",
                "Anne Morel, de la CGT, a rencontré la direction. « Rien n'est réglé », a-t-elle dit.",
                "Paul Rivet, qui dirige l'usine depuis lundi, « devra tenir parole », a prévenu la syndicaliste."));
    }

    @Test
    void pronounContinuationKeepsTheCurrentSpeaker() {
        assertEquals(List.of("Marc Hubert", "Marc Hubert"), speakers("fr",
                "« Nous allons recruter », a déclaré Marc Hubert, le patron de l'entreprise.",
                "Le site avait été racheté par Louis Favre en 2019. « Il faut tourner la page », poursuit-il."));
    }

    @Test
    void englishHeAddedContinuesTheSpeakerNotTheLastManNamed() {
        assertEquals(List.of("Tom Baker", "Tom Baker"), speakers("en",
                "\"We will hire fifty people,\" said Tom Baker, the plant manager.",
                "The plant was bought from John Reed in 2019. \"It is a new start,\" he added."));
    }

    @Test
    void pourXIntroducesTheSpeakersView() {
        assertEquals(List.of("Claire Dubois"), speakers("fr",
                "La ministre Claire Dubois a visité le chantier.",
                "Pour la ministre, le projet « doit aboutir avant la fin de l'année ». "));
    }

    @Test
    void outletAfterTheVerbIsNotTheSpeaker() {
        assertEquals(List.of("Claire Dubois", "Claire Dubois"), speakers("fr",
                "La ministre Claire Dubois a visité le chantier.",
                "« Nous tiendrons les délais », a affirmé au micro de France Inter la ministre. "
                        + "« Le budget est prêt », a-t-elle confié au Monde."));
    }

    @Test
    void englishSpeakerWhoToldAnOutletIsTheSpeaker() {
        assertEquals(List.of("Ruth Kane", "Ruth Kane"), speakers("en",
                "Ruth Kane told the BBC that the plan \"will not work in time\".",
                "\"We need more staff,\" the former engineer told Reuters."));
    }

    @Test
    void colonEndingThePreviousParagraphIntroducesTheQuotation() {
        List<Quote> q = quotes("fr",
                "Interrogée sur l'avenir du site, Sophie Lenoir a pris la parole. Elle a déclaré :",
                "« Nous ne fermerons pas l'usine, ni cette année ni la suivante. »");
        assertEquals("Sophie Lenoir", q.get(0).speaker());
        assertEquals(Attribution.PREVIOUS, q.get(0).attribution());
    }

    @Test
    void quotationParagraphContinuesThePreviousSpeaker() {
        List<Quote> q = quotes("en",
                "\"The reef is dying,\" said Professor Ian Cole of the marine institute.",
                "\"We have perhaps ten years to act, and the clock is running.\"");
        assertEquals(List.of("Ian Cole", "Ian Cole"), q.stream().map(Quote::speaker).toList());
        assertEquals(Attribution.CONTINUING, q.get(1).attribution());
    }

    @Test
    void institutionSpeakingIsTheSpeaker() {
        assertEquals(List.of("ministère de la Santé", "ministère de la Santé"), speakers("fr",
                "« La situation est sous contrôle », a indiqué le ministère de la Santé dans un communiqué.",
                "Le ministère a ajouté que « des renforts arriveront dès lundi »."));
    }

    @Test
    void companyNounRefersToTheCompanyNamed() {
        assertEquals(List.of("Norvale Inc"), speakers("en",
                "Norvale Inc. cut 300 jobs on Monday.",
                "\"The decision was difficult but necessary,\" the company said in a statement."));
    }

    @Test
    void questionMarkBeforeTheClosingMarkStillTakesTheAttributionAfter() {
        assertEquals(List.of("Nora Vidal", "Hugo Lamy"), speakers("en",
                "\"Who will pay for this?\" Nora Vidal asked the board.",
                "\"Nobody!\" Hugo Lamy shouted from the back."));
    }

    @Test
    void uncommonVerbInAnInvertedClauseStillAttributes() {
        assertEquals(List.of("Jules Moreau", "Lise Garnier"), speakers("fr",
                "« On n'aura rien cette année », a bougonné Jules Moreau, chauffeur depuis vingt ans.",
                "« Assez ! » s'est écriée Lise Garnier en quittant la salle."));
    }

    @Test
    void attributionKindsAreReported() {
        assertEquals(List.of("explicit", "incise", "continuing"), how("fr",
                "Anne Morel a déclaré : « Nous tiendrons. » « Le site restera ouvert », a-t-elle ajouté. "
                        + "« Jusqu'à quand ? Nul ne le sait. »"));
    }

    @Test
    void scareQuoteHasNoSpeaker() {
        List<Quote> q = quotes("fr", "Le gouvernement veut un « choc de simplification » dès l'été.");
        assertEquals(Arrays.asList((String) null), q.stream().map(Quote::speaker).toList());
        assertEquals(Attribution.NONE, q.get(0).attribution());
    }

    @Test
    void appositionBetweenTheVerbAndTheQuotationDoesNotEndTheClause() {
        assertEquals(List.of("Henri Vasseur"), speakers("fr",
                "Le sénateur Henri Vasseur décrit son rival, Louis Terrier, comme « un homme du passé »."));
    }

    @Test
    void quotationInsideAReportedClauseIsTheReportersNotTheLastName() {
        assertEquals(List.of("Henri Vasseur"), speakers("fr",
                "Henri Vasseur a parlé mardi. Il estime que le succès du parti tient au fait que Louis Terrier "
                        + "« ne fait plus peur à personne »."));
    }

    @Test
    void paragraphEndingWithSpeakerAndVerbIntroducesTheNextOne() {
        List<Quote> q = quotes("en", "Asked about the closure, the mayor, Dana Price, stated,",
                "\"We will find the money, one way or another, before the winter.\"");
        assertEquals("Dana Price", q.get(0).speaker());
        assertEquals(Attribution.PREVIOUS, q.get(0).attribution());
    }

    @Test
    void blockQuotationAfterANarrativeParagraphContinuesTheLastSpeaker() {
        assertEquals(List.of("Ian Cole", "Ian Cole"), speakers("en",
                "\"The reef is dying,\" Professor Ian Cole said on Tuesday.",
                "The institute has monitored the reef since 1998 with three boats.",
                "\"We have perhaps ten years to act, and the clock is running.\""));
    }

    @Test
    void hearerBetweenTheVerbAndThatDoesNotEndTheReportedClause() {
        assertEquals(List.of("Steve Hale"), speakers("en",
                "Steve Hale told the Daily Courier that Mark Ruiz \"walked in as if he owned the place\"."));
    }

    @Test
    void institutionNounWithItsNameSpeaksAsThatInstitution() {
        assertEquals(List.of("SUD-Rail", "SUD-Rail"), speakers("fr",
                "Le syndicat SUD-Rail a dénoncé « une provocation » de la direction.",
                "« Nous appelons à la grève », a ajouté la centrale syndicale."));
    }

    @Test
    void cityNounRefersToTheMunicipalityNamed() {
        assertEquals(List.of("Municipality of Ravello"), speakers("en",
                "The Municipality of Ravello sent the school a bill in May.",
                "\"Every owner pays the same tax,\" the city reasoned."));
    }

    @Test
    void accompliceDescriptionRefersBackToThePersonNamedBefore() {
        assertEquals(List.of("Luc Ferrand"), speakers("fr",
                "Marc Aubry a commenté trente finales avec Luc Ferrand.",
                "« Il avait une mémoire incroyable », se souvient son complice."));
    }

    @Test
    void shortQuotationInAReportedClauseIsTheReportersWords() {
        assertEquals(List.of("Northern Telegraph Agency"), speakers("en",
                "The Northern Telegraph Agency said on Sunday that the army had been placed on \"full alert\"."));
    }

    @Test
    void chezOrCoteDeNamesWhoseViewTheSentenceGives() {
        assertEquals(List.of("Karine Vidal", "CFDT"), speakers("fr",
                "La réforme divise. Même son de cloche chez Karine Vidal, élue d'opposition : « C'est un texte bâclé. »",
                "Du côté de la CFDT, on assure que « rien n'est joué »."));
    }

    @Test
    void descriptionWithATitledNameInAppositionIsThatName() {
        assertEquals(List.of("Jacques Perrin"), speakers("fr", "Marc Olivier a parlé.",
                "L'avocat de la famille, Me Jacques Perrin, a dénoncé « une enquête bâclée »."));
    }

    @Test
    void dottedTitleBeforeANameIsNotAPerson() {
        assertEquals(List.of("Mark Hollis"), speakers("en", "\"This is a dark day,\" said Sen. Mark Hollis of Ohio."));
    }

    @Test
    void itIsAnOrganisationNeverThePersonWhoSpokeLast() {
        assertEquals(Arrays.asList("Alan Pryce", null, "Harbour Trust"), speakers("en",
                "\"That is simply not true,\" Alan Pryce told the paper.",
                "The supporters also weighed in. \"We were never consulted,\" it said in a statement.",
                "The Harbour Trust agreed. \"Nobody asked us either,\" it added."));
    }

    @Test
    void descriptionInAnInciseInsideTheMarksIsTheSpeaker() {
        assertEquals(List.of("Anne Kerval"), speakers("fr",
                "La navigatrice Anne Kerval a terminé deuxième. Son rival Paul Brenn a gagné.",
                "« Le bateau, estime la navigatrice, n'était pas prêt pour cette mer. »"));
    }

    @Test
    void leadDescriptionIsThePersonTheNextParagraphGivesThatRole() {
        assertEquals(List.of("Paul Dorval", "Paul Dorval"), speakers("fr",
                "Le ministre de l'Agriculture a déclaré dimanche que la filière était « un atout pour la France ».",
                "Paul Dorval, ministre de l'Agriculture, parlait à Rennes. Il a ajouté que les éleveurs seraient "
                        + "« soutenus jusqu'au bout »."));
    }

    @Test
    void colonIntroductionNamesTheSubjectNotTheOutletBeforeIt() {
        assertEquals(List.of("Anne Morel"), speakers("fr",
                "La ministre Anne Morel s'est rendue à Rennes.",
                "Interrogée au micro de Radio Ouest, Anne Morel a déclaré :",
                "« Le dialogue social n'est pas une option. »"));
    }

    @Test
    void descriptionOutsideTheListsOfRolesStillRefersBack() {
        assertEquals(List.of("Jean Maurel"), speakers("fr",
                "Jean Maurel élève des vaches dans le Limousin depuis trente ans. « On va disparaître », lâche l'éleveur."));
    }

    @Test
    void feminineOfARoleRefersToTheWomanGivenThatRole() {
        assertEquals(List.of("Claire Vautrin"), speakers("fr",
                "Claire Vautrin, députée européenne, siège à Strasbourg depuis 2019. Paul Ravel l'accompagnait.",
                "« Nous ne signerons pas ce texte », a déclaré l'eurodéputée."));
    }

    @Test
    void roleNounOfTheSameStemAsTheIntroductionRefersBack() {
        assertEquals(List.of("Marc Dumas"), speakers("fr",
                "Marc Dumas, responsable syndical à l'usine, appelle à la grève. Paul Rivet, qui la dirige, refuse.",
                "Son pire souvenir ? « La fermeture de l'atelier », répond le syndicaliste."));
    }

    @Test
    void newDescriptionOfTheLastPersonNamedIsThatPerson() {
        assertEquals(List.of("John Keller"), speakers("en",
                "Senator Maria Delgado criticised the deal on Thursday.",
                "Trade representative John Keller defended it. \"It protects our farmers,\" the former lawyer said."));
    }

    @Test
    void ageUsedAsANounRefersToThePersonJustNamed() {
        assertEquals(List.of("Tom Baines", "Tom Baines"), speakers("en",
                "Tom Baines, who grows soybeans in Iowa, said the deal \"changes nothing for us\".",
                "\"Prices are already too low,\" the 54-year-old added."));
    }

    @Test
    void quotationInANarrativeAboutHerGoesToTheWomanItIsAbout() {
        assertEquals(List.of("Lena Varga", "Lena Varga", "Lena Varga"), speakers("en",
                "Lena Varga, a nurse from Perth, found the comet in May. \"I thought it was dust,\" she said.",
                "What went through her mind that night? \"Honestly, panic. Then I woke up the whole street.\"",
                "Her advice for other amateurs is simple: \"Look up every clear night.\""));
        assertEquals("focus", how("en",
                "Lena Varga, a nurse from Perth, found the comet in May. \"I thought it was dust,\" she said.",
                "What went through her mind that night? \"Honestly, panic. Then I woke up the whole street.\"").get(1));
    }

    @Test
    void unnamedMemberOfAnOrganisationIsNotTheOrganisation() {
        assertEquals(Arrays.asList((String) null), speakers("en",
                "\"It shows that astronomy belongs to everyone,\" one member of the Perth Astronomical Society wrote online."));
    }

    @Test
    void institutionNounBeforeItsNameSpeaksAsThatInstitution() {
        assertEquals(List.of("Mor Glas"), speakers("fr",
                "Dans un communiqué, l'association Mor Glas, qui défend le littoral, a salué « une victoire du droit sur le fait accompli »."));
    }

    @Test
    void institutionNameRunsOnOverItsAdjectives() {
        assertEquals(List.of("tribunal administratif de Rennes"), speakers("fr",
                "Le tribunal administratif de Rennes a estimé que l'étude d'impact avait « sous-estimé de manière significative » les risques."));
    }

    @Test
    void bodyNamedByItsNounAloneSpeaksAsThatBody() {
        assertEquals(List.of("jury"), speakers("fr",
                "Le prix a été remis mardi à Lyon. Le jury a salué « une langue d'une précision rare et sans effet »."));
    }

    @Test
    void clauseAfterButHasItsOwnSubject() {
        assertEquals(List.of("High Court"), speakers("en",
                "The operator Northway Buses had sought an injunction, but the High Court ruled on Friday that the "
                        + "ballot had been \"properly conducted in every respect.\""));
    }

    @Test
    void clauseAfterButWithoutASubjectKeepsTheSentences() {
        assertEquals(List.of("Rupert Hale"), speakers("en",
                "Rupert Hale refused to comment on pay, but added that the offer was \"the best we can afford.\""));
    }

    @Test
    void anotherNounForTheSamePostRefersToThePersonWhoHoldsIt() {
        assertEquals(List.of("Samir Haddad", "Samir Haddad"), speakers("fr",
                "« On a montré du caractère », s'est félicité l'entraîneur Samir Haddad dimanche.",
                "Théo Vasseur, lancé à l'heure de jeu, « a changé le visage du match », estime le technicien."));
    }

    @Test
    void headOfGovernmentOrStateRefersToThePrimeMinisterOrThePresident() {
        assertEquals(List.of("Ana Vidal"), speakers("en", "Prime Minister Ana Vidal defended the plan. \"We will not"
                + " back down,\" the head of government said."));
        assertEquals(List.of("Paul Marin"), speakers("en", "President Paul Marin visited Lyon. \"We will hold,\" the"
                + " head of state said."));
        assertEquals(List.of("Anne Roy"), speakers("fr", "La Première ministre Anne Roy a défendu son plan. « Nous"
                + " tiendrons bon », a assuré la cheffe du gouvernement."));
    }

    @Test
    void headOfAnotherBodyIsNotTheMinister() {
        assertEquals(List.of("Tom Reyes"), speakers("en", "Minister Ana Vidal met Tom Reyes, the head of the agency."
                + " \"We will not back down,\" the head of the agency said."));
    }

    @Test
    void personReportingInTheSentenceAfterAWholeSentenceQuotationSaidIt() {
        assertEquals(List.of("Ann Lee"), speakers("en", "\"We are ready for the final.\" Coach Ann Lee said the team"
                + " had trained hard."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "« Nous sommes prêts pour la finale. » Paul Roy, l'entraîneur,"
                + " a ensuite évoqué la blessure de son gardien."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "« Nous sommes prêts pour la finale. » L'entraîneur Paul Roy"
                + " s'est exprimé dimanche."));
    }

    @Test
    void sentenceAfterAQuotationThatSaysWhoseWordsTheyWereNamesThemPastARoleNoun() {
        assertEquals(List.of("Ann Lee"), speakers("en", "\"We are ready for the final.\" Those were the words of coach"
                + " Ann Lee after the match."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "« Nous sommes prêts pour la finale. » C'est en ces termes que"
                + " l'entraîneur Paul Roy s'est exprimé dimanche."));
    }

    @Test
    void presentingClauseAfterAQuotationNamesTheSubjectOfItsInvertedVerb() {
        assertEquals(List.of("Paul Roy"), speakers("fr", "« Nous sommes prêts pour la finale. » Voilà ce qu'a déclaré"
                + " Paul Roy dimanche."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "« Nous sommes prêts pour la finale. » C'est ce qu'a déclaré"
                + " Paul Roy dimanche."));
    }

    @Test
    void subjectOfTheSentenceAfterAQuotationIsItsSpeakerWhenNobodySpokeBefore() {
        assertEquals(List.of("Ann Lee"), speakers("en", "\"We are ready for the final.\" Ann Lee was upbeat."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "La saison a été longue. « Nous sommes prêts pour la finale. »"
                + " Paul Roy ne cache pas son optimisme."));
    }

    @Test
    void subjectOfTheSentenceAfterAQuotationDoesNotTakeItFromTheCurrentSpeaker() {
        assertEquals(List.of("Anne Lebrun", "Anne Lebrun"), speakers("fr", "« Nous sommes prêts », a dit Anne Lebrun.",
                "« On verra. » Paul Roy est plus prudent."));
    }

    @Test
    void invertedOnSpeaksForTheBodyItIsAt() {
        assertEquals(List.of("SNCF"), speakers("fr", "« Le trafic reprendra lundi », assure-t-on à la SNCF."));
        assertEquals(List.of("Renault"), speakers("fr", "« Le trafic reprendra lundi », explique-t-on du côté de"
                + " Renault."));
    }

    @Test
    void invertedOnSpeaksForTheBodyItLearnedFrom() {
        assertEquals(List.of("préfecture de l'Orne"), speakers("fr", "Un incendie a touché l'usine Marvex mardi,"
                + " a-t-on appris auprès de la préfecture de l'Orne. « Il n'y a aucun blessé », a-t-on précisé."));
    }

    @Test
    void invertedOnAfterItsAuxiliarySpeaksForTheBodyItIsAt() {
        assertEquals(List.of("SNCF"), speakers("fr", "« Le trafic reprendra lundi », a-t-on assuré à la SNCF."));
    }

    @Test
    void invertedOnAtAPlaceIsNobodyNamed() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "« Le trafic reprendra lundi », assure-t-on à"
                + " Paris."));
    }

    @Test
    void placeAndAgencyOfADatelineNeverSpeak() {
        assertEquals(List.of("Norway's health ministry"), speakers("en", "OSLO - Norway's health ministry said on"
                + " Monday it would review an \"unusual rise\" in cases."));
        assertEquals(List.of("Latvian Transport Ministry"), speakers("en", "RIGA (Baltic Wire / Sputnik - 4 March,"
                + " 2024) The Latvian Transport Ministry on Monday condemned the attack and called it \"unacceptable\"."));
        assertEquals(List.of("Ann Lee"), speakers("en", "PARIS, March 3 (AFP) - Ann Lee said it was \"alarming\"."));
    }

    @Test
    void belgianWordForMayorRefersToTheBurgomaster() {
        assertEquals(List.of("Marc Dethier"), speakers("fr", "Le bourgmestre de Florival, Marc Dethier, a visité le"
                + " chantier. « Les travaux avancent bien », a indiqué le maïeur de Florival."));
    }

    @Test
    void englishDescriptionIsReadByItsLastNoun() {
        assertEquals(List.of("Tunde Bakare"), speakers("en", "Harlow lost 1-0 on Wednesday, according to coach Tunde"
                + " Bakare.", "Striker Femi Olaniyan missed a penalty in the first half.", "\"We were very wasteful"
                + " today,\" the veteran coach said."));
    }

    @Test
    void descriptionOfAnotherNationalityIsNotThePersonOfThatPost() {
        assertEquals(List.of("Erik Lindqvist"), speakers("fr", "Erik Lindqvist a eu un entretien avec le président"
                + " brésilien Tiago Ferraz. Le président suédois a appelé à « un accord rapide »."));
        assertEquals(List.of("Erik Lindqvist"), speakers("en", "Erik Lindqvist met the Brazilian president, Tiago"
                + " Ferraz. The Swedish president called for \"a quick deal\"."));
    }

    @Test
    void descriptionOfTheSameNationalityIsThePersonOfThatPost() {
        assertEquals(List.of("Tiago Ferraz"), speakers("fr", "Le président brésilien Tiago Ferraz était à Paris. Le"
                + " président brésilien a appelé à « un accord rapide »."));
    }

    @Test
    void personNamedWithATitleInsideAPrepositionalPhraseIsNoSubject() {
        assertEquals(List.of("Tomas Krell"), speakers("en", "The press secretary for the office of Mayor Ilse Brandt,"
                + " Tomas Krell, issued the following statement on Tuesday:", "“The document is not ours.”"));
    }

    @Test
    void countrysBodyInThePossessiveSpeaksUnderThatName() {
        assertEquals(List.of("Russia's foreign ministry"), speakers("en", "\"The claims are false,\" Russia's foreign"
                + " ministry said."));
    }

    @Test
    void bodysNameEndsWithTheAcronymOfItsComplement() {
        assertEquals(List.of("Bureau central de l'ALDH"), speakers("fr", "Le Bureau central de l'ALDH relève des"
                + " erreurs. Il tient à préciser que « l'association n'a aucun porte-parole »."));
    }

    @Test
    void pronounAfterASecondClauseGoesOnWithItsSubject() {
        assertEquals("Paul Roussel", speakers("fr", "Sur le plateau, Julien Mercier décrit une comparaison"
                + " « délicate » tandis que Paul Roussel, député du Var, y voit une référence « inquiétante ». « On sent"
                + " quelqu'un de blessé », a-t-il confié.").get(2));
        assertEquals("Paul Reyes", speakers("en", "Tom Hart called it \"absurd\" while Paul Reyes said it was"
                + " \"overdue\". \"We must act,\" he added.").get(2));
    }

    @Test
    void invertedSubjectNamedWithACourtesyTitleSpeaks() {
        assertEquals(List.of("Morel"), speakers("fr", "« Je dois tout interdire », a remarqué M. Morel."));
    }

    @Test
    void reportingLocutionWithFaireAfterItsAuxiliaryTakesTheInvertedSubject() {
        assertEquals(List.of("Yvan Morel"), speakers("fr", "Six maires étaient présents, dont Yvan Morel.",
                "« Je dois tout interdire », a fait remarquer M. Morel."));
    }

    @Test
    void acronymWhoIsNoRelativePronoun() {
        assertEquals(List.of("Ann Lee"), speakers("en", "\"It is safe,\" WHO Director-General Ann Lee said."));
    }

    @Test
    void dotOfAnAbbreviationEndsNoSentenceBeforeTheQuotation() {
        assertEquals(List.of("Tom Hart"), speakers("en", "Tom Hart said the U.S. was \"great\"."));
    }

    @Test
    void quotationParagraphBeforeAnyoneSpokeIsTheLastSubjectsOfTheParagraphBefore() {
        assertEquals(List.of("Vincent Garnier"), speakers("fr", "La sécheresse frappe la région. RMC est allée à la"
                + " rencontre de Vincent Garnier. Cet agriculteur a dû moissonner avec dix jours d'avance.",
                "« Il ne faut pas attendre dix ans avant d'évoluer »"));
    }

    @Test
    void quotationParagraphAfterAParagraphAboutAThingIsNobodys() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "La sécheresse frappe la région. Les moissons ont"
                + " commencé avec dix jours d'avance.", "« Il ne faut pas attendre dix ans avant d'évoluer »"));
    }

    @Test
    void phraseEndingTheQuotedSentenceBeforeAnInvertedVerbIsNoSubject() {
        assertEquals(List.of("Gabriel Marin"), speakers("fr", "« Il y a une habitude d'avoir une annonce de grève » à la"
                + " SNCF, a déploré ce matin Gabriel Marin."));
    }

    @Test
    void nameInsideARelativeClauseOfAnUnnamedSubjectDoesNotSpeak() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Halvard Berg, a union spokesman, said a lawyer who"
                + " represents Dunmore Steel told a mediator, “There is nothing to meet about.”"));
        assertEquals(List.of("Tom Lee"), speakers("en", "Tom Lee, who represents Paul Hart, said the ruling was"
                + " \"absurd\"."));
    }

    @Test
    void farmersTradeRefersBackToTheFarmer() {
        assertEquals(List.of("Paul Morin"), speakers("fr", "Paul Morin cultive du blé. « Le feu est fixé », précise le"
                + " céréalier."));
    }

    @Test
    void whoWasToldDidNotSpeak() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Tom Hart died at the site. The court was told the"
                + " scaffold was \"unsafe\"."));
    }

    @Test
    void nameBetweenTheArticleAndAnEnglishDocumentIsItsAuthor() {
        assertEquals(List.of("Ofsted"), speakers("en", "Head teacher Ann Lee welcomed the findings. The Ofsted report"
                + " said pupils were \"happy and safe\"."));
    }

    @Test
    void partialQuotationsJoinedByAFewWordsShareTheFinalIncise() {
        assertEquals(List.of("Sébastien Marin", "Sébastien Marin", "Sébastien Marin"), speakers("fr", "Cette"
                + " consultation « n'est pas seulement un vote », mais « une modalité d'action » pour « entrer en contact"
                + " avec les cheminots », avait expliqué mercredi Sébastien Marin, de la CFDT."));
    }

    @Test
    void partialQuotationsJoinedByAClauseWithItsOwnSubjectDoNotShareTheIncise() {
        assertEquals(Arrays.asList(null, null), speakers("en", "Critics called it \"a disaster\" while the mayor hailed"
                + " \"a new dawn\", Ann Lee said."));
    }

    @Test
    void quotationParagraphSignedInTheNextParagraphIsTheSignatorys() {
        assertEquals(List.of("Claire Thoury"), speakers("fr", "La mobilisation continue.", "« Nous appelons le"
                + " gouvernement à engager des discussions. Travaillons ensemble. »", "Claire Thoury, présidente du"
                + " Mouvement associatif"));
    }

    @Test
    void leadPostNamedInTheNextParagraphIsItsFirstPerson() {
        assertEquals(List.of("Henri Vasseur", "Henri Vasseur"), speakers("fr", "Le ministre de l'Agriculture a demandé"
                + " aux préfets de « suspendre les contrôles » jusqu'en mai.", "Dans un communiqué, Henri Vasseur indique"
                + " avoir « entendu la colère des éleveurs »."));
    }

    @Test
    void leadPostIsNotTheNextParagraphsHolderOfAnotherPost() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Le ministre de l'Agriculture a demandé aux préfets"
                + " de « suspendre les contrôles » jusqu'en mai.", "Le préfet Paul Morin a pris acte."));
    }

    @Test
    void greetingIsAWayOfSaying() {
        assertEquals(List.of("Dana Holt"), speakers("en", "“Thank you so much, Harlow,” Dana Holt greeted several hundred"
                + " supporters."));
    }

    @Test
    void crowdThatStartsShoutingIsNobodyNamed() {
        assertEquals(Arrays.asList("Dario Fenn", null), speakers("en", "Dario Fenn refused to concede on Tuesday night.",
                "\"You have heard the stories,\" he said, when supporters began shouting, \"Tell us!\""));
    }

    @Test
    void indefiniteSubjectNamedInAppositionAfterItsComplementSpeaks() {
        assertEquals("Claire Dubois", speakers("fr", "Une spectatrice venue de Grenoble, Claire Dubois, confie avoir"
                + " acheté ses places « dès la première heure ».").get(0));
    }

    @Test
    void secondClauseWithItsOwnSubjectGivesItsQuotationToThatSubject() {
        assertEquals(List.of("Paul Roy", "Anne Lebrun"), speakers("fr", "Paul Roy salue « une avancée », tandis"
                + " qu'Anne Lebrun redoute « un coup dur »."));
    }

    @Test
    void pronounDoesNotGoToAManThroughADescriptionOfHim() {
        assertEquals(List.of("Ann Crowe", "Ann Crowe"), speakers("en",
                "\"We are ready,\" said Ann Crowe, the union's secretary. Crowe said the ruling helped the drivers.",
                "Hale and his finance director had attended the hearing. \"They gambled and lost,\" she said."));
    }

    @Test
    void surnameOpeningWithItsParticleAfterTheQuotationIsTheSpeaker() {
        assertEquals(List.of("Isabelle de Montfort", "Isabelle de Montfort"), speakers("en",
                "The jury was chaired by Isabelle de Montfort.",
                "\"Nothing,\" de Montfort said, \"is wasted in this film.\""));
    }

    @Test
    void answerToAQuestionNamingNobodyIsThePersonAsked() {
        assertEquals(List.of("Anna Park"), speakers("en",
                "Anna Park spent four years filming on the island. Why salt? \"Because salt is what remains.\""));
        assertEquals("focus", how("en",
                "Anna Park spent four years filming on the island. Why salt? \"Because salt is what remains.\"").get(0));
    }

    @Test
    void regionalDemonymRefersBackToThePersonBefore() {
        assertEquals(List.of("Erwan Guégan"), speakers("fr",
                "Le maire, Erwan Guégan, soutenait le projet. Kenji Morimoto « a tout cédé », a lancé le Breton."));
    }

    @Test
    void institutionNameKeepsItsLowerCaseComplementAndItsSecondPart() {
        assertEquals(List.of("tribunal de commerce de Grenoble", "ministère de la Santé et de l'Action sociale"),
                speakers("fr", "Le tribunal de commerce de Grenoble a jugé les griefs « insuffisamment étayés et vagues ».",
                        "Le ministère de la Santé et de l'Action sociale a salué « une avancée majeure pour le pays »."));
    }

    @Test
    void statementAfterAnInstitutionSpokeIsThatInstitutions() {
        assertEquals(List.of("conseil d'administration"), speakers("fr",
                "Le conseil d'administration du club a démenti les rumeurs lundi. "
                        + "« Samir Haddad ira au bout de son contrat », indique le communiqué."));
    }

    @Test
    void reportingVerbFarBeforeAShortQuotationStillAttributesIt() {
        assertEquals(List.of("Rania Khatib"), speakers("fr",
                "Son avocate, Rania Khatib, s'est félicitée au micro de Radio Ouest d'une décision « qui fera jurisprudence »."));
    }

    @Test
    void questionOpeningAParagraphIsAskedOfTheLastSpeaker() {
        assertEquals(List.of("Claire Monnet", "Claire Monnet"), speakers("fr",
                "La navigatrice Claire Monnet a gagné dimanche. « Je n'y croyais plus », a-t-elle confié.",
                "Qu'avez-vous ressenti sur la ligne ? « Un immense soulagement, et beaucoup de fatigue. »"));
    }

    @Test
    void outletNamedBeforeIsNotTheAgencyThatSpeaksLater() {
        assertEquals(Arrays.asList("Claire Monnet", null), speakers("en",
                "Claire Monnet won the race on Sunday. \"I could not believe it,\" the 34-year-old told the BBC.",
                "The agency called the decision \"unavoidable and regrettable for everyone\"."));
    }

    @Test
    void publicBodyNamedByItsNounAloneSpeaksAsWritten() {
        assertEquals(List.of("préfecture"), speakers("fr",
                "Selon la préfecture, « aucune dérogation ne sera accordée cet été »."));
    }

    @Test
    void heAddedAfterAPersonOfEitherGenderContinuesTheManWhoSpokeEvenWhenSheSpokeLast() {
        assertEquals(Arrays.asList("Lucas Ferreira", "Grace Mwangi", "Lucas Ferreira"), speakers("en",
                "Lucas Ferreira had wavered until Monday. \"We got real guarantees,\" he said. Opposition whip Grace "
                        + "Mwangi dismissed the deal as \"a fig leaf.\" \"Our support is not a blank cheque,\" he added."));
    }

    @Test
    void aPronounAfterAPersonIntroducedInItsParagraphIsHersNotTheSpeakerOfTheParagraphBefore() {
        assertEquals(Arrays.asList("Lucas Ferreira", "Zembla Otrak"), speakers("en",
                "\"We got real guarantees,\" said Lucas Ferreira, who chairs the board.",
                "Among the residents is Zembla Otrak, a retired nurse. \"Nobody told us anything,\" he said."));
    }

    @Test
    void aGenderedPronounAfterAPersonBroughtInByItsParagraphIsHersWhenTheLastSpeakersGenderIsUnknown() {
        assertEquals(Arrays.asList("Ngari Talwenu", "Zembla Otrak"), speakers("en",
                "Its director, Ngari Talwenu, said in a video: \"We will fix it.\"",
                "Among those taken to hospital was the son of Zembla Otrak. \"It was terrifying,\" she told reporters."));
    }

    @Test
    void aPersonOfAnUnlistedGivenNameAfterHerPostsPlaceIsTheSubjectNotAPrepositionsObject() {
        assertEquals(List.of("Zembla Otrak"), speakers("fr", "Le président des États-Unis Zembla Otrak a réagi sur "
                + "Twitter : « On se voit au tribunal ! », a-t-il écrit."));
    }
}
