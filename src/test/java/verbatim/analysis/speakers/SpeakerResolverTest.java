package verbatim.analysis.speakers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static verbatim.analysis.speakers.Said.speakers;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    @Test
    void invertedPronounAfterTheQuoteIsThePersonInFocus() {
        assertEquals(List.of("Claire Dubois"), speakers("fr",
                "Claire Dubois a présenté son budget mardi.", "« Nous tiendrons nos engagements », a-t-elle ajouté."));
    }

    @Test
    void sharedAfterTheQuotationReports() {
        assertEquals(List.of("Ana Ruiz"), speakers("en", "Coach Ana Ruiz was pleased.",
                "\"They pushed us a lot,\" Ruiz shared at the press conference."));
    }

    @Test
    void theClubIsTheFootballClubNamedBefore() {
        assertEquals(List.of("Harbury City FC"), speakers("en", "Sam Ode was captain of Harbury City FC.",
                "\"We are saddened,\" the club said in a statement."));
    }

    @Test
    void statementReadAfterItsIssuerIsTheIssuers() {
        assertEquals(List.of("Harbury City FC", "Harbury City FC"), speakers("en", "Sam Ode was captain of Harbury City FC.",
                "The club has released a statement on its website.",
                "\"We are deeply saddened,\" the statement read. \"He will be missed,\" the statement said."));
    }

    @Test
    void anotherRelativeOfTheSamePersonIsNotTheRelativeWhoSpoke() {
        assertEquals(Arrays.asList("Paul Morin", null), speakers("fr",
                "« Je dois continuer à vivre », a dit Paul Morin, le frère de la victime.",
                "« La justice a bien travaillé », a ajouté le père de la victime."));
        assertEquals(Arrays.asList("Nadia Serre", null), speakers("fr",
                "« Je dois continuer », s'est attristée Nadia Serre, la sœur de la victime.",
                "« La justice a travaillé », s'est exprimée la mère de la victime."));
    }

    @Test
    void theSameRelativeSpeakingAgainIsTheRelativeNamed() {
        assertEquals(List.of("Paul Morin", "Paul Morin"), speakers("fr",
                "« Je dois continuer à vivre », a dit Paul Morin, le père de la victime.",
                "« La justice a bien travaillé », a ajouté le père de la victime."));
    }

    @Test
    void quotationWovenIntoASentenceAboutSomeoneSharesTheIncisesThatEndsIt() {
        assertEquals(List.of("Luc Berthier", "Luc Berthier"), speakers("fr", "Henri Vasseur est mort jeudi. L'homme"
                + " d'État s'est éteint « dans la matinée » de la rue Nationale (XIe arrondissement), « très"
                + " paisiblement », a annoncé à l'AFP son gendre Luc Berthier."));
    }

    @Test
    void linkToAnotherArticleSpeaksForNobodyHere() {
        assertEquals(List.of("Éric Roy", "Yann Kerbrat"), speakers("fr", "Vannes a perdu samedi.",
                "Yann Kerbrat est revenu sur la défaite en conférence de presse.",
                "À lire aussi >> Brest – Éric Roy après le match : « On n'a rien lâché »",
                "« Il y avait de l'envie sur le terrain, mais pas assez. »"));
    }

    @Test
    void cleftAfterTheQuotationNamesThePersonApposedToItsDescription() {
        assertEquals(List.of("Anne Vidal"), speakers("fr", "« Nous fermerons les écoles. » C'est ainsi que la"
                + " présidente de la région, Anne Vidal (PS), a annoncé, lors d'une allocution, la fermeture."));
    }

    @Test
    void friendsOfALibrarySpeakAsABody() {
        assertEquals(List.of("Friends of Harlow Library"), speakers("en", "Ida Kerr died on Monday. In a statement, the"
                + " Friends of Harlow Library said they were \"heartbroken by the loss\"."));
    }

    @Test
    void outletThatReportsTwoQuotationsOfOneSentenceSpeaksForNeither() {
        assertEquals(List.of("Paul Roux", "Paul Roux"), speakers("fr",
                "Paul Roux a dénoncé « une honte » et « un scandale », a rapporté Le Monde."));
    }

    @Test
    void unnamedMemberOfABodyIsNotTheBody() {
        assertEquals(Arrays.asList(null, null, "SNCF"), speakers("fr",
                "Un délégué syndical, Marc Tessier, a pris la parole. « Nous tiendrons », raconte un cheminot CGT proche de la retraite.",
                "« Pas un train ne partira », a dit une militante de Sud-Rail. « Le trafic reprendra », a indiqué un"
                        + " porte-parole de la SNCF."));
        assertEquals(Arrays.asList((String) null), speakers("en", "\"We are five,\" said a Unite rail worker."));
    }

    @Test
    void pronounAfterSomebodyUnnamedIsNotTheLastSpeaker() {
        assertEquals(Arrays.asList("Ruth Okafor", null), speakers("en",
                "Prosecutor Ruth Okafor said the girls were \"easy prey\".",
                "One of the victims gave her name to the press. She said she wanted others to know \"it was not our fault\"."));
        assertEquals(Arrays.asList("Ruth Okafor", null), speakers("fr",
                "La procureure Ruth Okafor a parlé de « proies faciles ».",
                "Une habitante du quartier a témoigné. Elle a dit vouloir que l'on sache « que ce n'était pas notre faute »."));
    }

    @Test
    void somebodyNamedInAppositionIsNamedAfterAll() {
        assertEquals(List.of("Ruth Okafor", "Ole Berg", "Ole Berg"), speakers("en",
                "Prosecutor Ruth Okafor said the girls were \"easy prey\".",
                "One of the researchers, Ole Berg, spoke next. He said the report was \"damning\". \"We knew,\" he added."));
    }

    @Test
    void asideBetweenDashesOrBracketsIsNotTheClauseThatIntroducesTheQuote() {
        assertEquals(List.of("Ada Brennan"), speakers("en",
                "Speaker Ada Brennan commented on the matter — which the Herald noted as unusual — \"This is a plain abuse of power.\""));
        assertEquals(List.of("Ada Brennan"), speakers("en",
                "Speaker Ada Brennan replied (as the Herald reported) \"This is a plain abuse of power.\""));
    }

    @Test
    void professionalOrderSpeaksForItself() {
        assertEquals(List.of("Ordre de Malvérie", "Ordre de Malvérie"), speakers("fr",
                "Mardi, l'Ordre de Malvérie a jugé la mesure « irresponsable ».",
                "Le lendemain, l'Ordre avait, dans un communiqué, déclaré cette décision « inacceptable »."));
    }

    @Test
    void quotationOpeningASentenceSharesTheInciseThatEndsIt() {
        assertEquals(List.of("Lina Marsh", "Cour des comptes", "Cour des comptes"), speakers("fr",
                "La ministre Lina Marsh a parlé d'un « plan ambitieux ».",
                "« Le budget ne suffit pas » et la ministre doit « revoir sa copie », a précisé la Cour des comptes."));
    }

    @Test
    void relativeClauseQuotedAfterANameIsThatNamesWords() {
        assertEquals(List.of("Cour des comptes", "Cour des comptes"), speakers("fr",
                "« Le budget ne suffit pas », a précisé la Cour des comptes, qui « demande un nouveau plan »."));
        assertEquals(List.of("Rosa Lindqvist"), speakers("en",
                "The award went to Rosa Lindqvist, who \"never stopped believing in this school\"."));
    }

    @Test
    void relativeClauseAfterAnAppositionIsThePersons() {
        assertEquals(List.of("Yann Gourvil", "Yann Gourvil"), speakers("fr",
                "« Le dialogue est rompu », regrette Yann Gourvil, délégué syndical chez Varlec, qui dénonce « une"
                        + " provocation »."));
        assertEquals(List.of("Yann Gourvil"), speakers("fr",
                "Yann Gourvil, délégué CGT, qui « ne croit plus aux promesses »."));
        assertEquals(List.of("Ada Penrose", "Ada Penrose"), speakers("en",
                "\"Talks have collapsed,\" said Ada Penrose, a delegate of the Unite union, who denounced \"a provocation\"."));
    }

    @Test
    void indefiniteSelonSourceWithANameInAppositionIsThatPerson() {
        assertEquals(List.of("Abdi Varga"), speakers("fr", "Selon un officier de sécurité, Abdi Varga, la « situation est"
                + " revenue à la normale »."));
        assertEquals(List.of("Ann Lee"), speakers("en", "According to a police officer, Ann Lee, the \"situation is"
                + " back to normal\"."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Selon un conseiller de Paul Roux, la « situation"
                + " est revenue à la normale »."));
    }

    @Test
    void quotationParagraphAfterAFrenchReportWithItsAuxiliaryIsTheReportersWords() {
        assertEquals(List.of("Paul Varga"), speakers("fr", "Paul Varga a annoncé lundi sa démission.",
                "« Je suis devant une absence d'alternative. J'ai choisi ma famille. »"));
        assertEquals(List.of("Paul Varga"), speakers("fr", "Paul Varga a annoncé lundi qu'il démissionnait. Il a évoqué"
                + " des raisons familiales pour expliquer cette décision.", "« J'ai choisi ma famille. »"));
    }

    @Test
    void bodyNamedAfterItsNounKeepsItsAdjectiveInIer() {
        assertEquals(List.of("Voix ouvrière"), speakers("fr", "Le syndicat Voix ouvrière a dénoncé « un budget"
                + " d'austérité déguisé »."));
    }

    @Test
    void setPhraseBeforeAParticipleMakesNoNounOfIt() {
        assertEquals(List.of("Paul Varga"), speakers("fr", "Paul Varga a par la suite dénoncé une « attaque bien"
                + " orchestrée »."));
        assertEquals(List.of("Paul Varga"), speakers("fr", "Paul Varga a dans la foulée dénoncé une « attaque bien"
                + " orchestrée »."));
    }

    @Test
    void nextSentenceThatSaysThusNamesTheSpeaker() {
        assertEquals(List.of("Pierre Varga"), speakers("fr", "« Vive la République ! Vive la France ! » Le consul,"
                + " Pierre Varga, a ainsi conclu son discours."));
    }

    @Test
    void subjectAfterAPronounOfWhomSomethingIsSaid() {
        assertEquals(List.of("Paul Varga"), speakers("fr", "« Il aimait raconter sa vie », a dit de lui Paul Varga."));
        assertEquals(List.of("Paul Varga"), speakers("fr", "« Elle aimait raconter sa vie », a dit d'elle Paul Varga."));
        assertEquals(List.of("Paul Varga"), speakers("en", "\"He loved to tell stories,\" said of him his friend Paul"
                + " Varga."));
    }

    @Test
    void bodyNamedByADemonstrativeIsNamedWithoutIt() {
        assertEquals(List.of("commission"), speakers("fr", "Cette commission aura pour mission suivante : « identifier"
                + " les auteurs présumés de ces violations »."));
    }

    @Test
    void selonTheWordsOfSomeoneIsTheirs() {
        assertEquals(List.of("Rami Varga"), speakers("fr", "Selon des propos de Rami Varga, directeur de l'observatoire,"
                + " rapportés par l'AFP, « un kamikaze a visé deux sièges »."));
    }

    @Test
    void reasonGivenForAPassiveVerbIsItsAgents() {
        assertEquals(List.of("Jean-Marc Varga"), speakers("fr", "Pierre Roux a été écarté par le premier secrétaire du"
                + " parti Jean-Marc Varga au motif que « son désir est un peu tardif »."));
        assertEquals(List.of("Ann Lee"), speakers("en", "Tom Baines was fired by Ann Lee on the grounds that he was"
                + " \"not a team player\"."));
    }

    @Test
    void armyIsNotTheLastOrganisationNamed() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Les frappes ont tué le chef de la branche de"
                + " l'organisation Front de Valmont.", "L'armée affirme que « plus de 45 combattants ont été tués »."));
        assertEquals(List.of("armée égyptienne"), speakers("fr", "L'armée égyptienne a frappé l'organisation Front"
                + " de Valmont.", "L'armée affirme que « plus de 45 combattants ont été tués »."));
    }

    @Test
    void verbOfAClauseOpenedByThatAfterTheQuotationIsNoIncise() {
        assertEquals(List.of("Carl Imre", "Carl Imre"), speakers("en", "\"It matters,\" said Carl Imre. He went on to"
                + " add \"The exceptions are met,\" referring to caves, and that some evidence suggests there were wells."));
    }

    @Test
    void whoWasToldInThePreviousSentenceDidNotSpeak() {
        assertEquals(Arrays.asList((String) null), speakers("en", "A spokesperson told the Harbour Times the attack took"
                + " place at about 7:45 p.m. \"No troops were injured.\""));
    }

    @Test
    void cueWordAloneAtASentencesStartKeepsTheWordBeforeIt() {
        assertEquals(List.of("World Council"), speakers("en", "World Council officials said the risk was \"low\"."));
    }

    @Test
    void representativesOfANamedBodySpeakForIt() {
        assertEquals(List.of("Halvorsen Foundation"), speakers("en",
                "Officials from the Halvorsen Foundation said the grant was \"under review\"."));
        assertEquals(List.of("Halvorsen Foundation"), speakers("en",
                "Representatives of the Halvorsen Foundation have said the grant was \"under review\"."));
        assertEquals(List.of("Fondation Halvorsen"), speakers("fr",
                "Des représentants de la Fondation Halvorsen ont jugé la subvention « en cours d'examen »."));
        assertEquals(Arrays.asList((String) null), speakers("en", // a person's representatives are not that person
                "Representatives of Ann Lee said the plan was \"dead on arrival\"."));
        assertEquals(Arrays.asList((String) null), speakers("fr", // employees speak for themselves
                "Les salariés de la Fondation Halvorsen ont dénoncé « un plan social déguisé »."));
    }

    @Test
    void titleWithACapitalisedElidedArticleIsAnOrganisation() {
        assertEquals(List.of("L'Écho", "L'Écho"), speakers("fr",
                "Mardi, L'Écho s'est défendu en précisant que le journal publiait « bien volontiers » la tribune.",
                "Pour L'Écho, il s'agit d'une « intrusion scandaleuse »."));
    }

    @Test
    void sourceTheArticleDoesNotNameIsNobody() {
        assertEquals(Arrays.asList("parquet de Lormont", null), speakers("fr",
                "Le parquet de Lormont a parlé de « tentative d'assassinat ».",
                "« Rien n'est confirmé », selon une source proche de l'enquête."));
        assertEquals(Arrays.asList("Dana Reyes", null), speakers("en",
                "Fire chief Dana Reyes said the blaze was \"under control\".",
                "\"It spread so fast,\" a witness told reporters."));
    }

    @Test
    void opponentOpeningASentenceBeforeANameIsTheOneWhoSpeaksNext() {
        assertEquals(List.of("Maya Singh", "Tom Baxendale"), speakers("en",
                "\"This will make the street safer,\" said councillor Maya Singh.",
                "Opponent Tom Baxendale disagreed. \"Shops will lose customers,\" he warned."));
    }

    @Test
    void setPhraseBetweenTheVerbAndItsSubjectIsNoComplement() {
        assertEquals(List.of("Marc Duvernoy", "Léa Quintal"), speakers("fr",
                "« On ne cédera pas », prévient de son côté Marc Duvernoy, cheminot à Lyon.",
                "« Nous voulons discuter », répond pour sa part Léa Quintal."));
    }

    @Test
    void nameAfterTheReportingVerbIsTheSpeaker() {
        assertEquals(List.of("Marc Leroy"), speakers("fr",
                "« La saison commence bien », a déclaré jeudi Marc Leroy, entraîneur du club."));
    }

    @Test
    void englishSpeakerBeforeSaidIsFoundAndSurnameGivesTheFullName() {
        assertEquals(List.of("Laura Finch", "Laura Finch"), speakers("en",
                "Laura Finch, the mayor, opened the bridge.",
                "\"It took ten years,\" Finch said. \"We are proud of it.\""));
    }

    @Test
    void saidFollowedByTheNameIsAttributed() {
        assertEquals(List.of("Tom Becker"), speakers("en", "\"This is only the start,\" said Tom Becker on Monday."));
    }

    @Test
    void nameAfterATitleWithAComplementIsTheSubjectNotAPrepositionalPhrase() {
        assertEquals(List.of("Louis Renard"), speakers("fr", "Anne Roy a gagné.",
                "Le directeur de course Louis Renard a reconnu que la mer était \"très difficile\"."));
    }

    @Test
    void sportsRoleRefersBackToThePersonInFocus() {
        assertEquals(List.of("Anne Roy", "Karl Weber"), speakers("fr",
                "La navigatrice Anne Roy a gagné. \"Je suis fière\", a-t-elle dit.",
                "Son coéquipier Karl Weber était là. \"Elle n'a jamais douté\", a confié le skipper."));
    }

    @Test
    void speakerBeforeAColonIsTheSpeaker() {
        assertEquals(List.of("Paul Girard"), speakers("fr",
                "Paul Girard a ensuite écrit : « Le projet doit continuer sans moi. »"));
    }

    @Test
    void selonNamesTheSpeaker() {
        assertEquals(List.of("Julie Martin"), speakers("fr",
                "Le chantier a été « mal préparé depuis le début », selon Julie Martin."));
    }

    @Test
    void pronounFindsThePersonOfItsGender() {
        assertEquals(List.of("Anne Moreau"), speakers("fr",
                "Anne Moreau a reçu Pierre Garnier à Lyon.",
                "« Cette rencontre était nécessaire », a-t-elle estimé."));
    }

    @Test
    void descriptionPointsToThePersonGivenThatRole() {
        assertEquals(List.of("Hugo Perrin"), speakers("fr",
                "Hugo Perrin, chercheur au laboratoire, a publié ses résultats. Sophie Blanc les a commentés.",
                "« Les données sont solides », a précisé le chercheur."));
    }

    @Test
    void descriptionBeforeAnyNamePointsToTheNextPersonNamed() {
        assertEquals(List.of("Novikova", "Novikova"), speakers("fr",
                "« Je suis si heureuse », a confié la gagnante. « Je n'y croyais plus », a poursuivi Novikova."));
    }

    @Test
    void organisationCanSpeak() {
        assertEquals(List.of("Microsoft"), speakers("en",
                "In a statement, Microsoft said the outage was \"fully resolved by Tuesday morning\"."));
    }

    @Test
    void subjectBeforeQuiSpeaksForAPartialQuote() {
        assertEquals(List.of("CFTC"), speakers("fr",
                "La CGT soutient le texte, à la différence de la CFTC qui dénonce une réforme «injuste»."));
    }

    @Test
    void quoteWithoutAttributionKeepsTheSpeakerOfTheQuoteBefore() {
        assertEquals(List.of("Omar Haddad", "Omar Haddad"), speakers("en",
                "\"We lost the first set,\" Omar Haddad told reporters. \"After that we played much better.\""));
    }

    @Test
    void paragraphOpeningWithAQuoteContinuesThePreviousSpeaker() {
        assertEquals(List.of("Omar Haddad", "Omar Haddad"), speakers("en",
                "\"We lost the first set,\" Omar Haddad said.",
                "\"After that we played much better and we deserved it.\""));
    }

    @Test
    void inciseInsideTheMarksGivesTheSpeaker() {
        assertEquals(List.of("Lucas Fabre"), speakers("fr",
                "Lucas Fabre a gagné le concours.",
                "« Je ne m'y attendais pas, a-t-il reconnu. C'est une surprise totale. »"));
    }

    @Test
    void scareQuoteGetsNoSpeaker() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("fr",
                "Léa Simon a visité le nouveau « tiers-lieu » du quartier."));
    }

    @Test
    void unknownSpeakerStaysNull() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("fr",
                "Sur la banderole, on pouvait lire « Non à la fermeture de notre école » en lettres rouges."));
    }

    @Test
    void titleWithADotDoesNotEndTheAttribution() {
        assertEquals(List.of("Dupont"), speakers("fr", "« Oui », a dit M. Dupont."));
    }

    @Test
    void accordingToADocumentWithoutAuthorIsNoSpeaker() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("en",
                "The plant was \"unsafe for years\", according to an internal report seen by Jane Okafor."));
    }

    @Test
    void datelineIsNotTheSubject() {
        assertEquals(List.of("Ana Ruiz"), speakers("en",
                "MADRID (AFP) - Prices will fall, minister Ana Ruiz said on Monday, calling them \"far too high\"."));
    }

    @Test
    void pourWithADescriptionAndANameInAppositionGivesTheName() {
        assertEquals(List.of("Nora Vidal"), speakers("fr",
                "Henri Lasalle a parlé le premier.",
                "Pour la directrice de l'hôpital, Nora Vidal, \"la situation reste tendue\"."));
    }

    @Test
    void nameInThePossessiveIsNotTheSubject() {
        assertEquals(List.of("Lena Holt"), speakers("en",
                "Mark Holt won again. Holt's sister and coach, Lena Holt, said he was \"stronger than last year\"."));
    }

    @Test
    void institutionNamedByItsCueWordSpeaks() {
        assertEquals(List.of("Académie royale"), speakers("fr",
                "L'Académie royale a salué « un travail d'une rigueur exemplaire »."));
    }

    @Test
    void paragraphEndingWithAColonHandsTheQuoteToItsSubject() {
        assertEquals(List.of("Ruth Ogden"), speakers("en",
                "Senator Ruth Ogden issued the following statement:",
                "\"This bill will protect thousands of families.\""));
    }

    @Test
    void quoteParagraphAfterAReportedParagraphKeepsItsSpeaker() {
        assertEquals(List.of("Mia Sorensen", "Mia Sorensen"), speakers("en",
                "\"We start at dawn,\" Mia Sorensen says.",
                "Work stops at noon in summer, she adds.",
                "\"Nobody can weave in that heat.\""));
    }

    @Test
    void paragraphThatIsOnlyANameIntroducesTheQuoteBelow() {
        assertEquals(List.of("Hélène Brunet"), speakers("fr",
                "Les réactions des entraîneurs.", "Hélène Brunet", "« Nous avons manqué de rythme. »"));
    }

    @Test
    void documentedExampleHolds() {
        assertEquals(List.of("Emmanuel Macron"), speakers("fr",
                "Emmanuel Macron, le président, a reçu Sophie Roux.", "« Nous tiendrons », a ajouté le président."));
    }

    @Test
    void descriptionDoesNotPointToAPersonKnownByAnotherRole() {
        assertEquals(Arrays.asList("Paul Mercier", null), speakers("fr",
                "« Il faut agir », a estimé le ministre de la Santé Paul Mercier.",
                "Une enquête est ouverte. « Elle ne fait que commencer », a indiqué le procureur."));
    }

    @Test
    void termInsideReportedSpeechWithANounAfterItIsTheReportersWords() {
        assertEquals(List.of("Malcolm Ferris"), speakers("en",
                "Dr Malcolm Ferris checked the data. Ferris said Halim had sent him \"meticulous\" notes."));
    }

    @Test
    void nounThatIsAlsoAVerbAfterAQuotationIsAVerbOnlyAfterPunctuation() {
        assertEquals(List.of("Ann Lee"), speakers("en", "\"We will stay,\" notes Ann Lee."));
    }

    @Test
    void infinitiveAfterAQuotationIsNoAttributionOfIt() {
        assertEquals(List.of("Moussa Keita", "Moussa Keita"), speakers("fr",
                "Moussa Keita était finaliste. Beau joueur, le Malien a salué « un choix juste », avant d'ajouter : "
                        + "« Je reviendrai l'an prochain. »"));
    }

    @Test
    void verbOfPraiseIntroducesTheQuotationOfItsSubject() {
        assertEquals(List.of("jury"), speakers("en",
                "The jury, chaired by Ines Ward, praised the film's \"extraordinary restraint.\""));
    }

    @Test
    void personAfterHisClubsNameIsTheSpeakerNotTheClub() {
        assertEquals(List.of("Gareth Pryce"), speakers("en", "Ashcombe United drew with Harbridge Town.",
                "\"That save changed everything,\" Ashcombe manager Gareth Pryce said."));
    }

    @Test
    void secondPartialQuotationOfASentenceGoesOnWithTheFirstsSpeaker() {
        assertEquals(List.of("Jonathan Pike", "Jonathan Pike"), speakers("en",
                "Jonathan Pike, defending, said his client had been \"drowning in debt\" after a failed venture and was "
                        + "\"profoundly ashamed.\""));
    }

    @Test
    void partialQuotationJoinedByAndToAnAttributedOneSharesItsSpeaker() {
        assertEquals(List.of("Lena Park", "Lena Park"), speakers("en", "Lena Park won the prize for her film.",
                "The shoot was \"brutal\" and \"more humbling than any film school,\" she recalled."));
    }

    @Test
    void organisationNamedWithoutAGivenNameSpeaksInAStatement() {
        assertEquals(List.of("Sierra Valley Power"), speakers("en", "Sierra Valley Power, the local utility, said in a "
                + "statement that it had \"de-energized a line in the area as a precaution\" on Tuesday."));
    }

    @Test
    void agentOfAPassiveRightAfterTheQuotationIsTheSpeaker() {
        assertEquals(List.of("Jean-Luc Arrieta"), speakers("fr", "Une décision jugée « sévère » par Jean-Luc Arrieta."));
        assertEquals(List.of("Ann Lee"), speakers("en", "The ruling was described as \"harsh\" by Ann Lee."));
    }

    @Test
    void positionInTheTeamRefersBackToThePlayerGivenIt() {
        assertEquals(List.of("Mathieu Dartigues"), speakers("fr", "Le demi de mêlée Mathieu Dartigues a marqué un essai.",
                "« Je vois le trou, a raconté le demi de mêlée. Si j'avais réfléchi, j'aurais tapé en touche. »"));
    }

    @Test
    void institutionNounBeforeAPersonNounOnlyModifiesIt() {
        assertEquals(List.of("Margaret Osei", "Margaret Osei"), speakers("en",
                "Margaret Osei leads Northbay City Council. \"We waited,\" she said.",
                "\"It is a fair deal,\" the council leader told reporters later."));
    }

    @Test
    void verbThatDismissesIntroducesTheQuotationOfItsSubject() {
        assertEquals(List.of("Grace Mwangi"), speakers("en", "Opposition whip Grace Mwangi dismissed the deal as \"a fig leaf.\""));
    }

    @Test
    void organisationNamedAfterItsNounKeepsTheAdjectiveThatEndsItsName() {
        assertEquals(List.of("Arsine vivante"), speakers("fr",
                "Le collectif Arsine vivante a salué « une victoire de la démocratie locale »."));
    }

    @Test
    void answersAfterTheQuestionsOfAnInterviewAreTheIntervieweesEvenAfterAnotherSpeaker() {
        assertEquals(List.of("Odile Ferrand", "Paul Gréville", "Odile Ferrand"), speakers("fr",
                "Avec son cinquième roman, Odile Ferrand revient à la montagne. Nous l'avons rencontrée à Grenoble.",
                "Pourquoi la montagne, encore ?",
                "« Parce que je n'ai jamais su écrire ailleurs. »",
                "Son éditeur, Paul Gréville, parle d'un tournant. « Elle a trouvé sa voix », estime-t-il.",
                "Et maintenant ?",
                "« Je vais marcher, longtemps. »"));
    }

    @Test
    void aLoneRhetoricalQuestionIsNoInterview() {
        assertEquals(List.of("Paul Gréville", "Paul Gréville"), speakers("fr",
                "Odile Ferrand a publié son roman en mars.",
                "Son éditeur, Paul Gréville, parle d'un tournant. « Elle a trouvé sa voix », estime-t-il.",
                "Faut-il s'en étonner ?",
                "« Pas du tout. Elle y travaillait depuis dix ans. »"));
    }

    @Test
    void whoAskedInAParticiplePhraseIsNotWhoAnswers() {
        assertEquals(List.of("Tom Ashdown"), speakers("en",
                "Coroner Mary Lowe heard the evidence. Paramedic Tom Ashdown told the inquest about the delays."
                        + " Asked by the coroner whether that was unusual, he replied:",
                "\"No. It was every shift.\""));
    }

    @Test
    void aPronounAndVerbRunningOnInsideAQuotationAreNoIncise() {
        assertEquals(List.of("Sarah Lyle"), speakers("en",
                "Tom Lyle died in May. Speaking outside court, his daughter Sarah Lyle said: \"He called three"
                        + " times. The last time, he apologised to the call handler for being a nuisance.\""));
    }

    @Test
    void askerInAFrenchParticiplePhraseWithItsNameInAppositionIsNotWhoAnswers() {
        assertEquals(List.of("Roger Marec", "Roger Marec"), speakers("fr",
                "Le témoin, Roger Marec, a reconnu son retard. « On était en retard », a-t-il admis. Interrogé par la"
                        + " présidente du tribunal, Mme Sylvie Kerlan, sur les règles, il a répondu :",
                "« Tout le monde les connaît. »"));
    }

    @Test
    void pronounAfterADescriptionWithItsNameInAppositionIsThatPerson() {
        assertEquals(List.of("Roger Marec", "Anne Lefort"), speakers("fr",
                "Interrogé par la juge, Mme Sylvie Kerlan, le témoin Roger Marec a dit : « Je ne savais pas. »",
                "Au premier rang, la mère de la victime, Anne Lefort, a suivi les débats. « Il allait faire du vélo »,"
                        + " a-t-elle dit à la sortie."));
    }

    @Test
    void vicarWithAnUndottedTitleSpeaks() {
        assertEquals(List.of("Anthony Greaves", "Anthony Greaves"), speakers("en",
                "The Rev Anthony Greaves, whose parish paid for the work, calls her \"a miracle worker with a screwdriver\"."
                        + " \"When she finished, the choir came up to me in tears,\" the vicar says."));
    }

    @Test
    void organisationNamedWithACompassWordAndAPluralPossessiveKeepsItsWholeName() {
        assertEquals(List.of("North Vale Ambulance Service", "Transport Workers' Union"), speakers("en",
                "In a statement, North Vale Ambulance Service said it was \"truly sorry\" for the delay.",
                "The Transport Workers' Union said it would \"fight every single job cut\"."));
    }

    @Test
    void frenchInstitutionKeepsItsLowerCaseWordsAndComplements() {
        assertEquals(List.of("Syndicat autonome des gardiens de phare", "CGT du Centre hospitalier breton"), speakers("fr",
                "Le Syndicat autonome des gardiens de phare a dénoncé « une décision prise sans la moindre concertation ».",
                "La CGT du Centre hospitalier breton a rappelé « son opposition totale à la fermeture du site »."));
    }

    @Test
    void institutionThatSaysWhatItWillDoThroughQuElleSpeaksAndAGerundAfterTheQuoteNamesNobodyElse() {
        assertEquals(List.of("Nadia Belkacem", "Fédération départementale des pêcheurs de la Lère"), speakers("fr",
                "Son avocate, Me Nadia Belkacem, a réclamé une peine. « Il faut une peine exemplaire », a-t-elle dit.",
                "Contactée, la Fédération départementale des pêcheurs de la Lère a indiqué qu'elle « prendra acte de"
                        + " la décision du tribunal », tout en rappelant que le permis est obligatoire."));
    }

    @Test
    void invertedSubjectAfterAParticiplePhraseBetweenCommasIsTheSpeaker() {
        assertEquals(List.of("Yann Kerbrat"), speakers("fr",
                "« On nous prend nos terres, et on ne laissera pas faire », a lancé au mégaphone, juché sur la"
                        + " remorque d'un tracteur, Yann Kerbrat, président de la coordination paysanne."));
    }

    @Test
    void nameInAClauseOpenedByWhatAfterAPrepositionIsItsSubject() {
        assertEquals(List.of("Gemma Holt"), speakers("en", "Gemma Holt started the petition.",
                "Residents will gather on the bridge for what Ms Holt called \"a candlelit vigil for a bridge\"."));
    }

    @Test
    void pronounOpeningASentenceIsThePersonNamedInItsParagraphSinceTheLastSpeaker() {
        assertEquals(List.of("Marc Olivier", "Julien Faure"), speakers("fr",
                "Marc Olivier est intervenu en demandant une pause, afin de « retrouver le calme dans cet hémicycle ».",
                "À la reprise, les députés de l'UDI ont écouté Julien Faure. Il a souhaité rappeler le règlement."
                        + " « On ne peut pas accepter un tel mépris. »"));
    }

    @Test
    void pronounNextToAReportingVerbStillContinuesTheSpeaker() {
        assertEquals(List.of("Marc Olivier", "Marc Olivier"), speakers("fr",
                "Marc Olivier est intervenu en demandant une pause, afin de « retrouver le calme dans cet hémicycle ».",
                "À la reprise, l'UMP a écouté Julien Faure en silence. « Nous y reviendrons », poursuit-il."));
    }

    @Test
    void partyInBracketsAfterANameIsNotTheSpeaker() {
        assertEquals(List.of("Louise Carrel", "Hervé Mallet"), speakers("fr",
                "Sur Twitter, Louise Carrel (UDI) a dénoncé un « incident grave ».",
                "Hervé Mallet (PCF) a lui écrit : « Quelle séance ! »"));
    }

    @Test
    void institutionNameStopsBeforeItsVerbAndDropsTheAcronymOfItsKind() {
        assertEquals(List.of("Planet Rights Watch", "Planet Rights Watch"), speakers("fr",
                "L'ONG Planet Rights Watch vient de publier un rapport sur les prisons. Elle y dénonce « des"
                        + " conditions de détention indignes d'un pays démocratique ».",
                "L'ONG précise que « le nombre de détenus est probablement beaucoup plus élevé »."));
    }

    @Test
    void nameInAppositionAfterALongDescriptionAfterSaidIsTheSpeaker() {
        assertEquals(List.of("Brian Moss"), speakers("en", "A train left the rails near Kendal.",
                "\"We think there are numerous injuries on the train,\" said a spokesman for the county fire and"
                        + " rescue service, Brian Moss."));
    }

    @Test
    void standaloneQuoteAfterASentenceWithAnAttributedQuoteContinuesItsSpeaker() {
        assertEquals(List.of("Carla Thomas", "Carla Thomas"), speakers("en",
                "\"The carriage I am in is completely on its side,\" said a BBC executive, Carla Thomas. \"Where I"
                        + " am there are some injuries.\""));
    }

    @Test
    void institutionNameKeepsACapitalisedComplementAfterALowerCaseOne() {
        assertEquals(List.of("Association des imams modérés du Mali"), speakers("fr",
                "L'Association des imams modérés du Mali a condamné la destruction et estimé que « rien ne justifie"
                        + " de s'en prendre aux tombes ».")); 
    }

    @Test
    void organisationSpeaksWhenANounStandsBetweenADeterminerAndARoleNoun() {
        assertEquals(List.of("Union des commerçants de Gao"), speakers("fr", "Hamid Touré a quitté la ville lundi.",
                "L'Union des commerçants de Gao a pour sa part condamné les pillages et estimé que « la ville ne se"
                        + " relèvera pas sans aide »."));
    }

    @Test
    void institutionNounKeepsTheAdjectiveThatSaysWhichBodyItIs() {
        assertEquals(List.of("gouvernement sénégalais"), speakers("fr",
                "Le gouvernement sénégalais, impuissant, a dénoncé « une violence assimilable à des crimes de guerre »."));
    }

    @Test
    void reportingVerbIsFoundBeforeANameInApposition() {
        assertEquals(List.of("Roger Vidal"), speakers("fr", "Roger Vidal a accordé un entretien au journal local. Il"
                + " y décrit son fils, Paul Vidal, comme « un rêveur ». Puis il est parti."));
    }

    @Test
    void participleClauseAfterTheQuotationKeepsTheSentenceSubject() {
        assertEquals(List.of("Lucie Berthon"), speakers("fr", "Lucie Berthon a salué « un sauvetage exemplaire »,"
                + " soulignant que la navigatrice n'avait demandé aucune aide."));
    }

    @Test
    void faireSavoirReportsSpeech() {
        assertEquals(List.of("ministère de la Culture"), speakers("fr", "Le ministère de la Culture a fait savoir"
                + " qu'il resterait « très attentif » au chantier."));
    }

    @Test
    void institutionNounAfterAccordingToIsTheOrganisationNamedBefore() {
        assertEquals(List.of("University of Tarnside"), speakers("en", "The University of Tarnside published the"
                + " survey on Monday.", "According to the university, nets make up \"about one fifth\" of the waste."));
    }

    @Test
    void institutionNounFarFromAnyNameIsTheOrganisationTheArticleNamesMost() {
        assertEquals(List.of("Valmont Industries"), speakers("fr", "Valmont Industries ferme son site de Lille.",
                "Valmont Industries emploie 80 personnes.", "Le maire, Paul Ferrand, regrette la décision.",
                "Les salariés ont manifesté lundi.", "Les syndicats demandent un plan social.",
                "L'entreprise a évoqué « une décision douloureuse »."));
    }

    @Test
    void nameWithAnAppositionSayingItIsABusinessIsAnOrganisationThatSpeaks() {
        assertEquals(List.of("Harwick Dairies"), speakers("en", "Harwick Dairies, a family-owned business founded in"
                + " 1962, recalled its butter.", "In a statement, the company said it was \"deeply sorry\"."));
    }

    @Test
    void businessNamedByAManufacturingTradeIsAnOrganisationThatSpeaksAgainThroughItsNoun() {
        assertEquals(List.of("Orrin Plastics", "Orrin Plastics"), speakers("en", "Orrin Plastics will shut its plant.",
                "\"We have no choice,\" Orrin Plastics said.", "The firm said it would \"support every worker\"."));
    }

    @Test
    void surnameOfANamedPersonIsThePersonNotTheBusinessNamedAfterThem() {
        assertEquals(List.of("Donald Brack"), speakers("en", "Donald Brack owns Brack Hotels, a chain of resorts.",
                "Brack said the chain would \"grow again\"."));
    }

    @Test
    void nameInARelativeClauseBetweenCommasIsNotTheReportingVerbsSubject() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Don Ivers died on Friday.",
                "A rival, who admired Ivers, said: \"We salute you.\""));
    }

    @Test
    void namesAfterDontReadingIncludingAreTheSubjectsMembers() {
        assertEquals(List.of("Paul Roux"), speakers("fr", "D'autres chercheurs, dont Paul Roux et Marc Dutilleul, ont"
                + " quitté Norvalis pour « se lancer dans autre chose »."));
    }

    @Test
    void descriptionAfterAPossessiveAndAnAdjectiveIsSomeoneTiedToThePossessorNotThePossessor() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Don Ivers died on Friday.",
                "His longtime producer said: \"We salute you.\""));
    }

    @Test
    void theAccusedIsThePersonOnTrial() {
        assertEquals(List.of("Ann Cole"), speakers("en", "Ann Cole, 54, was arrested in May.",
                "\"I did nothing wrong,\" the accused said."));
    }

    @Test
    void indefiniteNounWithANameRightAfterItIsThatPerson() {
        assertEquals(List.of("Ben Jones"), speakers("en", "Workers were told on Monday.",
                "Another employee Ben Jones said: \"Nobody told us anything.\""));
    }

    @Test
    void descriptionOfWhatSomeoneIsBeforeAnyNameIsThePersonOpeningTheNextParagraph() {
        assertEquals(List.of("Jean Dupuis"), speakers("fr", "L'équipe a gagné dimanche.",
                "« C'était un grand match », a lancé l'ancien footballeur.",
                "Jean Dupuis, 45 ans, a joué dix saisons au club."));
    }

    @Test
    void descriptionOfWhatSomeoneIsIsNotAPersonNamedLaterInsideTheNextParagraph() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "L'équipe a gagné dimanche.",
                "« C'était un grand match », a lancé l'ancien footballeur.",
                "Le club, présidé par Jean Dupuis, fête ses cent ans."));
    }

    @Test
    void pronounOfTheNextParagraphsIncisePutsTheGenderOfTheLastPersonNamedBeforeTheirGivenNames() {
        assertEquals(List.of("Alix Perrin"), speakers("fr", "Alix Perrin a ouvert la séance.",
                "« Nous devons agir », a-t-elle déclaré."));
    }

    @Test
    void blamingSomeoneForAQuotedPhraseReportsTheBlamersWords() {
        assertEquals(List.of("Tom Reed"), speakers("en", "The storm hit on Monday.",
                "Mayor Tom Reed blamed the council for \"years of neglect\"."));
    }

    @Test
    void representativeOfAUnionIsItsDelegateNamedBefore() {
        assertEquals(List.of("Paul Girard"), speakers("fr", "Paul Girard, délégué syndical de FO, a dénoncé la fermeture.",
                "La direction a répondu mardi.", "« Nous irons jusqu'au bout », a prévenu le représentant de FO."));
    }

    @Test
    void companysManagementSpeaksForTheCompany() {
        assertEquals(List.of("Norvalis-Presse"), speakers("fr", "Le journal va fermer deux agences.",
                "La direction de Norvalis-Presse a indiqué que la décision était « douloureuse »."));
        assertEquals(List.of("Norvalis"), speakers("en", "The management of Norvalis said the decision was \"painful\"."));
    }

    @Test
    void courtBeforeWhichSomeoneSpeaksIsNotTheSpeaker() {
        assertEquals(List.of("Marie Leroy"), speakers("fr", "Marie Leroy, 45 ans, est jugée pour escroquerie.",
                "« Je n'ai rien volé », a affirmé la femme devant le tribunal correctionnel de Rennes."));
    }

    @Test
    void nextSentenceThatIntroducesItsOwnQuotationIsNotTheReportingClauseOfTheOneBefore() {
        assertEquals(List.of("Thomas Lemaire", "Claire Dubreuil"), speakers("fr",
                "Thomas Lemaire tient la librairie depuis 1987.", "Il ferme en janvier. Il a déclaré :",
                "« Trente-neuf ans dans cette rue, c'est toute une vie. » La maire, Claire Dubreuil, promet une suite :"
                        + " « Nous trouverons un repreneur. »"));
    }

    @Test
    void nameAnInstitutionNounIntroducesGoesOnPastALinkWord() {
        assertEquals(List.of("Lire en Armor"), speakers("fr", "L'association Lire en Armor organise un salon.",
                "« Notre salon perd son partenaire », a indiqué l'association dans un communiqué."));
    }

    @Test
    void roleNounIsThePersonTheParagraphIsAboutNotTheOtherSidesHolderOfThatPost() {
        assertEquals(List.of("Marc Olivier", "Paul Roux"), speakers("fr",
                "« Nous avons tenu », a déclaré l'entraîneur des Bleus, Marc Olivier.",
                "Côté visiteurs, Paul Roux ne cachait pas sa frustration. « On arrête de jouer trop tôt », a regretté"
                        + " le manager."));
    }

    @Test
    void formerPostWithANounBeforeItsHeadMayDescribeAPersonWithAnotherPost() {
        assertEquals(List.of("Nadia Brook"), speakers("en", "Producer Nadia Brook, who left Eastgate Pictures in 2020,"
                + " backed the film. \"They wanted a happy ending,\" the former studio executive said."));
    }

    @Test
    void formerPostIsThePersonIntroducedWithItNotTheLastManNamed() {
        assertEquals(List.of("Luc Perret", "Alain Roche"), speakers("fr", "L'ancien maire de Cervens, Alain Roche, a été"
                + " condamné jeudi.", "« Mon client fera appel », a déclaré son avocat, Me Luc Perret.",
                "L'ancien maire, lui, s'est contenté de quelques mots : « Je respecte la justice. »"));
    }

    @Test
    void organisationNameAfterItsNounKeepsAnAdjectiveOfAnyCommonEnding() {
        assertEquals(List.of("Vigilance citoyenne"), speakers("fr", "L'association Vigilance citoyenne a salué"
                + " « une décision exemplaire »."));
    }

    @Test
    void frenchInstitutionNounWithAnAdjectiveBeforeTheNameIsTheOrganisation() {
        assertEquals(List.of("Vigie civique"), speakers("fr", "Pour l'association anticorruption Vigie civique,"
                + " l'affaire « montre les failles du contrôle »."));
    }

    @Test
    void postBeforeAtIsNotTheEmployers() {
        assertEquals(List.of("Tom Reyes", "Tom Reyes"), speakers("en", "Tom Reyes was an engineer at Harlow Marine until"
                + " 2020. \"Nobody listened,\" he said.", "Harlow Marine's director, Ian Moss, \"knew it all,\" the former"
                + " engineer said."));
    }

    @Test
    void participleFurtherAfterTheQuotationKeepsTheSubject() {
        assertEquals(List.of("Lucie Berthon"), speakers("fr", "Lucie Berthon a salué « un sauvetage exemplaire »"
                + " lundi soir, soulignant que le skipper Paul Roux n'avait demandé aucune aide."));
    }

    @Test
    void pourAfterAConjunctionStillNamesWhoseViewItIs() {
        assertEquals(List.of("Anne Roy"), speakers("fr", "Anne Roy et Paul Mercier ont débattu lundi.",
                "Mais pour Anne Roy, « le problème est connu de tous »."));
    }

    @Test
    void quotationAfterASentenceOpenedByADescriptionIsThatPersons() {
        assertEquals(List.of("Gwen Le Roux"), speakers("fr", "Le chanteur Gwen Le Roux a signé avec un label.",
                "Le chanteur, lui, reste prudent. « Il faudra voir sur la durée. »"));
    }

    @Test
    void saidThenALongDescriptionThenTheNameIsThatPerson() {
        assertEquals(List.of("Tom Brindle"), speakers("en", "The team shrugged. \"It's just history repeating itself\","
                + " said former Leeds coach and former test player Tom Brindle."));
    }

    @Test
    void clauseAfterASemicolonAttributesNothing() {
        assertEquals(List.of("Paul Vernet"), speakers("fr", "Paul Vernet a réfuté l'idée d'un prêt affirmant : « nous"
                + " avons une sécurité financière importante » ; cette option sera analysée en conseil des ministres."));
    }

    @Test
    void selonADescriptionWhoseComplementIsAnInstitutionGivesTheNameInApposition() {
        assertEquals(List.of("Michel Sorel"), speakers("fr", "Selon le président du conseil du CERN, Michel Sorel, le"
                + " boson va permettre de poursuivre les recherches : « Nous avons de quoi nous occuper ! »"));
    }

    @Test
    void compoundRoleNounRefersToThePersonHoldingItsFirstPost() {
        assertEquals(List.of("Anne Morel", "Anne Morel"), speakers("fr", "La présidente Anne Morel s'adresse à la foule.",
                "« Nous tiendrons », dit-elle. « Ils veulent tout défaire », dénonce la présidente-candidate."));
    }

    @Test
    void officerRefersToTheManIntroducedByHisMilitaryRank() {
        assertEquals(List.of("Patrice Morvan"), speakers("fr", "Odile Chabert a été hélitreuillée.",
                "Le lieutenant-colonel Patrice Morvan a indiqué que 340 pompiers étaient mobilisés. « Certaines ont"
                        + " refusé de partir », a insisté l'officier."));
    }

    @Test
    void institutionsNameHoldingAGivenNameBeforeACommonWordSpeaksWhole() {
        assertEquals(List.of("Lorient Océan Course"), speakers("fr", "Le bateau a démâté lundi. Dans un communiqué,"
                + " l'association Lorient Océan Course, qui organise l'épreuve, a salué « une gestion exemplaire »."));
    }

    @Test
    void descriptionAfterTheVerbWithItsNameInAppositionAfterAComplementIsThatPerson() {
        assertEquals(List.of("Anne Roy"), speakers("fr", "Le dessinateur Paul Vidal est mort mardi. Luc Ferrand l'a"
                + " appris à la radio.", "« C'était la première chose que nos lecteurs regardaient », a réagi la"
                + " directrice de la rédaction de L'Écho du Sud-Ouest, Anne Roy."));
    }

    @Test
    void definiteDescriptionNobodyHoldsWithAVerbThatCarriesOnIsTheSpeakerGoingOn() {
        assertEquals(List.of("Fabrice Hoarau", "Fabrice Hoarau"), speakers("fr", "« On apprend la fermeture le jour"
                + " même », s'indigne Fabrice Hoarau, délégué de l'USM.", "Selon lui, l'usine avait reçu des aides."
                + " « On nous a demandé des efforts, et on les a faits », ajoute le syndicaliste."));
    }

    @Test
    void definiteDescriptionNobodyHoldsWithAnotherVerbIsNotTheLastSpeaker() {
        assertEquals(Arrays.asList("Jean Arrieta", null), speakers("fr", "« On a mis du temps », a reconnu l'entraîneur Jean"
                + " Arrieta.", "« On n'a rien lâché », a savouré le talonneur."));
    }

    @Test
    void placeInsideASentenceBelongsToTheNewspapersName() {
        assertEquals(List.of("Japan Times"), speakers("en", "When China objected, The Japan Times criticized the aid as"
                + " a \"complete waste\"."));
    }

    @Test
    void agentNounByItsEndingRefersBackToThePersonItDescribes() {
        assertEquals(List.of("Miguel Neiva"), speakers("fr", "Le Portugais Miguel Neiva a créé un code des couleurs.",
                "Pour le construire, le graphiste s'est basé sur le raisonnement suivant : « Dans les écoles, on"
                        + " donne aux enfants cinq tubes de gouache. »"));
    }

    @Test
    void agentNounKnownByItsEndingIsNoPostThatHidesThePersonFromAnotherNoun() {
        assertEquals(List.of("Amandine Roy"), speakers("fr", "La molécule a été isolée par l'équipe de la"
                + " microbiologiste Amandine Roy, à Besançon. « Au début, on n'y croyait pas », raconte la chercheuse,"
                + " qui dirige le laboratoire depuis 2017."));
    }

    @Test
    void surnameThatIsAlsoAPersonNounIsThePersonAfterATitle() {
        assertEquals(List.of("Charles Compagnon", "Charles Compagnon", "Ann Baker"), speakers("fr",
                "Charles Compagnon dirige la coopérative. Ann Baker la conseille.",
                "« Nous verrons dans un an », a réagi M. Compagnon. « Rien ne presse », a déclaré M. Compagnon.",
                "« C'est fait », a dit Baker."));
    }

    @Test
    void subjectOfAPassiveReportingVerbIsNotTheSpeaker() {
        assertEquals(Arrays.asList("Lena Brook", null), speakers("en",
                "\"We have lost,\" said Lena Brook.",
                "Omar Haddad, held in a prison near the capital, was said to be \"deeply shaken\" by the result."));
    }

    @Test
    void subjectOfAPassiveClauseIsNotTheSpeakerOfTheWordsItIsSentencedTo() {
        assertEquals(Arrays.asList("Paul Mercier", null), speakers("fr",
                "« Je ne laisserai pas passer cela », a déclaré Paul Mercier.",
                "Concrètement, il est donc condamné à « six mois de prison avec sursis et une amende »."));
    }

    @Test
    void ceDernierIsThePersonNamedLastBeforeItsSentence() {
        assertEquals(List.of("Karl Nagy"), speakers("fr",
                "La loi porte le nom du mécène Paul Varga. Le Premier ministre Karl Nagy en a fait un thème de campagne."
                        + " Ce dernier, accusant Varga d'avoir tout orchestré, a affirmé qu'il voulait protéger la « culture"
                        + " nationale » du pays."));
    }

    @Test
    void avantDAjouterCarriesOnTheSpeakerOfTheSentenceBefore() {
        assertEquals(List.of("Sándor Kiss", "Sándor Kiss"), speakers("fr",
                "Le ministre de l'intérieur, Sándor Kiss, a expliqué que « le pays attend des mesures fermes »."
                        + " Avant d'ajouter : « Ces lois servent cet objectif. Nous voulons les appliquer vite »."));
    }

    @Test
    void feminineInvertedPronounIsNeverAMan() {
        assertEquals(List.of("Léo Grant", "LDC"), speakers("fr",
                "Le patron Léo Grant a réagi : « Nous ferons appel », a-t-il écrit.",
                "La décision est accueillie avec soulagement par la Ligue des droits civiques (LDC) : « C'est une"
                        + " victoire pour les familles » a-t-elle déclaré."));
    }

    @Test
    void pronounAfterAnInstitutionSubjectIsTheInstitution() {
        assertEquals(List.of("Jan Horvat", "ministère des finances"), speakers("fr",
                "Le ministre, Jan Horvat, a expliqué que « le peuple attend des mesures »."
                        + " Mardi, le ministère des finances a proposé une taxe de 25 %. Dans un communiqué, il a indiqué"
                        + " que « la charge doit être partagée par tous »."));
    }

    @Test
    void publisherOfAStudyIsNotTheSpeakerOfTheQuotationAfterIt() {
        assertEquals(List.of("Marc Hubert"), speakers("fr",
                "Selon une étude publiée par la Revue européenne d'astronomie, Marc Hubert, astrophysicien, et son"
                        + " équipe sont parvenus à cette conclusion. « Il y a dix ans, cette découverte aurait été"
                        + " impossible. »"));
    }

    @Test
    void dApresAtTheEndOfASentenceNamesTheSpeakerOfItsQuotations() {
        assertEquals(List.of("Anne Vidal"), speakers("fr",
                "Le garçon faisait partie du groupe « quelques minutes avant l'accident » et attendait en bas de la"
                        + " piste avec le moniteur qui devait lui rapporter son bâton, d'après la maire du village, Anne"
                        + " Vidal."));
    }

    @Test
    void accordingToANounPhraseEndsAtItsCommaAndNamesNoSpeakerAfterIt() {
        assertEquals(Arrays.asList((String) null), speakers("en",
                "According to agency reports, Omar Haddad, held in a prison near the capital, was said to be"
                        + " \"deeply shaken\" by the vote."));
    }

    @Test
    void institutionDeepInTheSentenceBeforeIsNotThePronounsAntecedent() {
        assertEquals(List.of("Hugo Ferrand", "Hugo Ferrand"), speakers("fr",
                "Le Syndicat Unipropre gère douze dépôts. « Le dépôt fermera jeudi », a confié son porte-parole,"
                        + " Hugo Ferrand.",
                "Parmi les villes desservies par le syndicat, certaines brûlent déjà leurs déchets. « La grève"
                        + " s'étend, et vite », a-t-il constaté."));
    }

    @Test
    void organisationNamedOnceAfterItsNounIsTheOrganisationEverywhere() {
        assertEquals(List.of("Valtrex"), speakers("fr",
                "La firme suédoise Valtrex a fermé son usine de Lyon.",
                "Valtrex, pour sa part, conteste le rapport du Tribunal, qu'il qualifie de « partial et injuste »."));
    }

    @Test
    void newspaperThatPrintedALetterIsNotItsAuthor() {
        assertEquals(List.of("Clean Air Alliance"), speakers("en",
                "Two hundred doctors have launched a new organisation, the Clean Air Alliance.",
                "An open letter, published in Monday's edition of the Daily Telegraph and reprinted on the Irish"
                        + " Times' website, stated that the group has \"come together to speak for patients\"."));
    }

    @Test
    void institutionNounWithTheOrganisationsNameInAppositionIsThatOrganisation() {
        assertEquals(List.of("Harlow Foods"), speakers("en",
                "The company, Harlow Foods, said it \"regrets the delay\" and would refund customers."));
    }

    @Test
    void nameInARelativeClauseAfterTheSubjectIsNotTheSubject() {
        assertEquals(List.of("Fédération des pêcheurs"), speakers("fr", "La Fédération des pêcheurs, dont Paul Martin"
                + " est membre, a dénoncé « une décision absurde »."));
    }

    @Test
    void bracketedAsideDoesNotBreakTheAppositionOfANameToItsPost() {
        assertEquals(List.of("Ann Birch", "Tom Kerr"), speakers("en",
                "Ann Birch, general secretary of the drivers' union, said the plan was \"too late\".",
                "The general secretary of the ferry union (Federation of Ferry, Dock and Harbour Workers), Tom Kerr,"
                        + " said the measure was \"not enough\"."));
    }

    @Test
    void capitalisedWordBeforeAnInstitutionNounBelongsToItsName() {
        assertEquals(List.of("Automobile club de Lorient"), speakers("fr",
                "« Le pilote est hors de danger », a pour sa part commenté l'Automobile club de Lorient."));
    }

    @Test
    void adverbialAsideBetweenTheVerbAndQueLeavesTheVerbsSubject() {
        assertEquals(List.of("Paul Viret"), speakers("fr", "La ministre Anne Morel a écourté sa visite et Paul Viret"
                + " a confié, depuis Lyon où il se trouvait en déplacement, que « tout cela est grave »."));
    }

    @Test
    void institutionNounStandsForTheInstitutionOfItsKindNamedMostNotTheLastNamed() {
        assertEquals(List.of("Court of Session"), speakers("en",
                "On Wednesday, the Court of Session issued an opinion. The Court of Session is the highest civil court"
                        + " in Scotland; only the High Court of Appeal stands above it.",
                "The three-judge court found the advice \"was motivated by an improper purpose.\""));
    }

    @Test
    void pourXAfterAShortFrontedPhraseNamesTheSpeaker() {
        assertEquals(List.of("Claire Fontaine"), speakers("fr", "Le texte a été voté mardi. À l'inverse, pour la"
                + " juriste Claire Fontaine, « cette loi est un recul »."));
    }

    @Test
    void englishRoleNounThatIsAFrenchWordTellsNothingInAFrenchArticle() {
        assertEquals(List.of("Jean-Paul Mercier"), speakers("fr", "Le ministre de la justice Jean-Paul Mercier a"
                + " présenté le texte. « Nous voulons la clarté », a-t-il dit."));
    }

    @Test
    void setPhraseBetweenAnInnerInvertedVerbAndItsSubjectDoesNotHideTheSubject() {
        assertEquals(List.of("Paul Viret"), speakers("fr", "Le Nouveau Parti a été fondé en 2005 par Paul Viret.",
                "« Nous avions raison, confiait d'ailleurs Viret en 2010. Le temps l'a montré. »"));
    }

    @Test
    void pronounAfterAnUnnamedDescriptionOfItsGenderIsNotTheLastSpeakerOfTheOtherGender() {
        assertEquals(Arrays.asList("Anne Morel", null), speakers("fr", "La ministre Anne Morel a visité la bibliothèque."
                + " « Un lieu essentiel », a-t-elle déclaré. Le président a ensuite parlé. « Nous continuerons »,"
                + " a-t-il promis."));
    }

    @Test
    void pronounAfterAnUnnamedDescriptionThatSpokeIsThatDescriptionNotTheLastManNamed() {
        assertEquals(Arrays.asList("Louis Dumont", null, null), speakers("fr",
                "Le ministre Louis Dumont a défendu « une réforme juste ».",
                "Lors d'une interview sur France Inter, le secrétaire général du syndicat affirme qu'il n'y a eu « ni"
                        + " exigence, ni diktat ». Par ailleurs, il estime que « la liberté doit se faire dans les deux"
                        + " sens »."));
    }

    @Test
    void nameAfterADescriptionWithALongComplementIsThatDescriptionsPersonNotTheOneEarlierInTheRole() {
        assertEquals(List.of("Michel Sapin"), speakers("fr", "Emmanuel Macron s'est rendu à Las Vegas alors qu'il était"
                + " ministre de l'économie.", "Pour le ministre de l'Économie et des Finances Michel Sapin, cependant,"
                + " Emmanuel Macron et son cabinet « sont totalement hors de cause »."));
    }

    @Test
    void pronounAfterASentenceOpenedByPourXIsX() {
        assertEquals(List.of("Jean Morin", "Paul Roux"), speakers("fr",
                "Jean Morin, candidat de la gauche, a dénoncé « des élus hors-sol ».",
                "Pour Paul Roux, candidat du centre, l'absence de députés ouvriers est le problème principal. « Les"
                        + " parlementaires sont pour 82 % des cadres », déplore-t-il."));
    }

    @Test
    void formThatIsANounTooIsAVerbRightAfterAName() {
        assertEquals(List.of("Dana Whitfield"), speakers("en", "Governor Dana Whitfield claims the plan is \"sound\"."));
    }

    @Test
    void reportingVerbRightAfterItsSubjectsNameReachesAQuotationFarAfterIt() {
        assertEquals(List.of("International Monetary Fund"), speakers("en", "The International Monetary Fund said in"
                + " May the trade deal might be for African countries comparable to the European trade bloc as an"
                + " \"economic game changer\"."));
        assertEquals(List.of("Dana Whitfield"), speakers("en", "Governor Dana Whitfield said she would be okay if the"
                + " impasse over the budget in the state senate went on for \"years.\""));
    }

    @Test
    void pronounIsNotThePersonItsOwnClauseSpeaksTo() {
        assertEquals(List.of("Karim Dahl"), speakers("en", "The previous day, broadcaster NTV revealed that in"
                + " December, Minister Karim Dahl accepted responsibility for the failure. Speaking to Martin Smith of"
                + " NTV, he said, \"It happened under my watch.\""));
    }

    @Test
    void relativeClauseAfterTheComplementOfANounIsNotTheComplementsWords() {
        assertEquals(List.of("Jean Morin", "Jean Morin"), speakers("fr", "Jean Morin a dénoncé « des élus hors-sol ». Il"
                + " estime aussi que les propositions de Libération, qui « épargnent les maires », ne suffisent pas."));
    }

    @Test
    void participleBetweenTwoQuotationsOfASentenceContinuesTheFirstSpeaker() {
        assertEquals(List.of("Paul Kanyana", "Paul Kanyana"), speakers("fr",
                "Le vice-président Paul Kanyana a réagi vivement à l'annonce :",
                "« C'est un geste de déstabilisation » poursuivant par « On dit que c'est le gouvernement qui ne paie"
                        + " pas. C'est inadmissible ! »"));
    }

    @Test
    void reportingVerbWithAnAdjectivesEndingIsNoPartOfAnInstitutionsName() {
        assertEquals(List.of("ministère de l'Intérieur"), speakers("fr",
                "Le ministère de l'Intérieur indique « suivre avec attention » ces travaux."));
    }

    @Test
    void rankedPostIsNotThePlainPostsHolder() {
        assertEquals(Arrays.asList(null, null), speakers("en", "Health Secretary John Reed presented the plan on Monday.",
                "The Shadow Health Secretary has criticised the government's \"new nanny state approach\". He has also"
                        + " described it as \"gimmicks\"."));
    }

    @Test
    void rankedPostIsTheHolderOfThatRank() {
        assertEquals(List.of("Ann Cole"), speakers("en", "Deputy Mayor Ann Cole opened the session on Monday.",
                "Mayor Ian Park spoke later about the budget.", "\"We will act,\" the deputy mayor said."));
    }

    @Test
    void outletThatSawOrObtainedADocumentDidNotWriteIt() {
        assertEquals(Arrays.asList((String) null), speakers("en", "A leaked internal letter seen by the Daily Courier"
                + " says \"applicants who fail to reply may see their claims withdrawn\", but ministers denied it."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Un courrier interne consulté par l'AFP indique que"
                + " « les demandes seront closes » faute de réponse."));
    }

    @Test
    void capitalisedArticleInsideASentenceMakesATitleThatSpeaksEverywhereItIsNamed() {
        assertEquals(List.of("Le Hibou enchaîné", "Le Hibou enchaîné"), speakers("fr", "Le texte a été voté jeudi.",
                "La mesure a fait vivement réagir Le Hibou enchaîné qui y voit un « beau cadeau aux affaires ».",
                "Le Hibou enchaîné pointe aussi que « la loi ne prévoit pas un tel niveau »."));
    }

    @Test
    void institutionNounIsNotAnOrganisationOfTheStatesKind() {
        assertEquals(List.of("Harbour Light Hospice"), speakers("en",
                "A former treasurer stole money from Harbour Light Hospice, a court heard on Monday.",
                "The fraud was uncovered by Tarnvale Police in 2021.",
                "The charity said it was \"grateful to everyone who stood by us\"."));
    }

    @Test
    void bodyWhoseUnnamedSpokespersonSpeaksBeforeTheQuotationIsTheSpeaker() {
        assertEquals(List.of("Ministry of Transport"), speakers("en",
                "A spokesperson for the Ministry of Transport said the bridge was \"structurally sound\"."));
        assertEquals(Arrays.asList((String) null), speakers("fr", // a person's spokesperson is not that person
                "Un porte-parole de Claire Dubois a assuré que le plan était « irréaliste »."));
    }

    @Test
    void viewLocutionsNameTheSpeakerAsSelonDoes() {
        assertEquals(List.of("Claire Dubois", "Anne Roy"), speakers("fr",
                "Aux yeux de Claire Dubois, ce projet est « une erreur historique ».",
                "De l'avis d'Anne Roy, le chantier restera « un gouffre financier »."));
        assertEquals(List.of("Ellen Marsh"), speakers("en",
                "In the words of Ellen Marsh, the project is \"a historic mistake\"."));
    }

    @Test
    void policeSpeakAsABodyUnlessAForceWasNamed() {
        assertEquals(List.of("police", "police"), speakers("en",
                "Police said the man was \"known to officers\".", "\"He did not resist,\" police said."));
        assertEquals(List.of("police"), speakers("fr", "« Il était connu des services », a indiqué la police."));
        assertEquals(List.of("Severn Vale Police"), speakers("en",
                "Severn Vale Police arrested a man. Police said he was \"known to officers\"."));
        assertEquals(List.of("Ann Lee"), speakers("en", "Police Chief Ann Lee said the man was \"known to officers\"."));
    }

    @Test
    void knownOrganisationKeepsItsNameBehindASentenceOpeningArticle() {
        assertEquals(List.of("White House", "White House"), speakers("en", // "White" alone is a stop word
                "The White House said the talks were \"productive\".",
                "On Monday the White House called them \"a first step\"."));
    }

    @Test
    void referringToSomethingAsReportsTheWords() {
        assertEquals(List.of("Ann Lee"), speakers("en", "Ann Lee referred to the plan as \"a historic mistake\"."));
    }

    @Test
    void ownStatementPressReleaseAndThePmNameTheirAuthors() {
        assertEquals(List.of("Ann Lee", "Harwick Trust"), speakers("en",
                "Ann Lee's statement read: \"The delay was unavoidable.\"",
                "According to a press release from the Harwick Trust, the delay was \"unavoidable\"."));
        assertEquals(List.of("Ann Lee", "Ann Lee"), speakers("en",
                "Prime Minister Ann Lee said the delay was \"unavoidable\".", "\"It is regrettable,\" the PM added."));
    }

    @Test
    void personReportedBySelonAPersonSpeaks() {
        assertEquals(List.of("Paul Henry"), speakers("fr",
                "Selon Claire Dubois, Paul Henry aurait qualifié le plan d'« irréaliste »."));
        assertEquals(List.of("Tom Hart"), speakers("en",
                "Ann Lee said that, according to Tom Hart, the plan was \"a mistake\"."));
    }

    @Test
    void ageBetweenCommasAfterTheHearerKeepsTheClause() {
        assertEquals(List.of("Rosalind Achterberg"), speakers("en", "Judge Rosalind Achterberg told Keith Dunmore, 58,"
                + " that he had shown \"a breathtaking disregard\" for the people in his care."));
    }

    @Test
    void questionAfterAWordOfAskingIsTheAskersNotTheAnswerers() {
        assertEquals(List.of("Wikinews", "Fiona Hale"), speakers("en", "When Wikinews asked, \"Will the engineers be"
                + " offered jobs elsewhere?\", Fiona Hale replied: \"Some of them, yes.\""));
        assertEquals(Arrays.asList(null, "Marion Lefèvre"), speakers("fr", "Marion Lefèvre a été interrogée lundi. À"
                + " la question « Ces pertes sont-elles réversibles ? », elle répond sans détour : « Non. »"));
    }

    @Test
    void authorNamedAfterAnIndefiniteDocumentSpeaks() {
        assertEquals(List.of("Observatoire national de l'habitat"), speakers("fr", "Un rapport de l'Observatoire"
                + " national de l'habitat publié en avril estimait déjà que « près de 40 % des bailleurs » peinaient."));
    }

    @Test
    void theServiceIsTheServiceNamedBefore() {
        assertEquals(List.of("Severn Valley Fire and Rescue Service"), speakers("en",
                "Severn Valley Fire and Rescue Service rescued two drivers on Monday.",
                "\"Flood water is extremely dangerous,\" the service warned."));
    }

    @Test
    void socialLandlordNamedHabitatSpeaksThroughAParticiple() {
        assertEquals(List.of("Habitat Phocéen"), speakers("fr", "Le bailleur, Habitat Phocéen, a réfuté ces accusations"
                + " dans un communiqué, assurant que le système avait été « contrôlé et déclaré conforme »."));
    }

    @Test
    void descriptionNamedInTheNextParagraphWithARoleOfItsPost() {
        assertEquals(List.of("Hélène Castagnier"), speakers("fr", "Le maire Paul Henry a été condamné lundi. « Il a"
                + " trahi la confiance de ses administrés », avait lancé la procureure lors de ses réquisitions.",
                "La magistrate, Hélène Castagnier, avait requis quatre ans."));
    }

    @Test
    void relativeOfSomeoneUnnamedIsNotTheWomanNamedBefore() {
        assertEquals(Arrays.asList("Miriam Sallow", null), speakers("en",
                "Defence barrister Miriam Sallow said her client was \"deeply ashamed\".",
                "The daughter of one victim said the family had been \"left devastated\"."));
    }

    @Test
    void pronounAfterAnIndefinitePersonIsThatUnnamedPerson() {
        assertEquals(Arrays.asList(null, null), speakers("fr",
                "Frédéric Aubagne, porte-parole des pompiers, a détaillé l'intervention. Un autre résident, qui n'a pas"
                        + " souhaité donner son nom, affirme que l'alarme « ne fonctionnait plus ». « Personne n'est"
                        + " venu », accuse-t-il."));
        assertEquals(List.of("Ann Lee", "Ann Lee"), speakers("en", // a thing opening the sentence is no person
                "Ann Lee spoke first. A recurring theme of her letter was \"doing the right thing\". \"It is hard,\""
                        + " she wrote."));
    }

    @Test
    void bulletinIsADocumentOfItsIssuer() {
        assertEquals(List.of("Far North Health Service"), speakers("en", "According to the latest bulletin from the Far"
                + " North Health Service, the cases range in age from \"five months to 52 years\"."));
    }

    @Test
    void expressingAViewReportsIt() {
        assertEquals(List.of("Ann Lee"), speakers("en", "Ann Lee expressed concern that the plan was \"a mistake\"."));
    }

    @Test
    void courtThatRuledIsTheSpeaker() {
        assertEquals(List.of("Court of Session"), speakers("en",
                "The Court of Session ruled on Friday that the decision was \"unlawful\"."));
    }

    @Test
    void reaffirmingAndSeeingInReport() {
        assertEquals(List.of("Claire Dubois", "Claire Dubois"), speakers("fr",
                "Claire Dubois a réaffirmé sa volonté de mener « jusqu'au bout » la réforme.",
                "Claire Dubois voit dans l'accord « une avancée majeure »."));
    }

    @Test
    void frenchCliticBetweenSubjectAndVerbKeepsTheSubject() {
        assertEquals(List.of("Paul Mercier", "IGF"), speakers("fr",
                "Paul Mercier y voit « une erreur historique ».", "L'IGF y pointe « des dérives graves »."));
    }

    @Test
    void titleWithItsParticipleIsTheAntecedentOfQui() {
        assertEquals(List.of("Le Canard enchaîné"), speakers("fr",
                "La mesure a fait réagir Le Canard enchaîné qui y voit un « beau cadeau »."));
    }

    @Test
    void clauseOpenedByWhileHasItsOwnSubjectBeforeAnAside() {
        assertEquals(List.of("Paul Henry", "Ann Lee"), speakers("en", "Paul Henry called the demand \"unprecedented\","
                + " while Ann Lee, in a Facebook post on Tuesday, called it \"unexpected\"."));
    }

    @Test
    void invertedSubjectIsThePersonAPossessiveDescribesNotThePossessor() {
        assertEquals(Arrays.asList("Erick Rowan", null), speakers("en", "Jon Huber died on Saturday.",
                "\"Heartbroken,\" writes Huber's longtime partner Erick Rowan on Instagram.",
                "\"We are devastated,\" said Huber's widow."));
    }

    @Test
    void organisationNamedBeforeTheDocumentAfterReadsIsItsAuthor() {
        assertEquals(List.of("WWE"), speakers("en",
                "\"Huber was exceptionally respected,\" reads a WWE press release."));
    }

    @Test
    void knownOrganisationWithALowerCaseWordIsFoundAndCondemnationReports() {
        assertEquals(List.of("Union européenne", "Union européenne"), speakers("fr",
                "L'Union européenne au travers de sa délégation a condamné « l'attentat » et dénonce « une attaque"
                        + " inadmissible »."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", // a passive participle after a quotation is no incise
                "Paul Mercier a dit vouloir « la paix avec la justice », car les accords empêchent les rebelles d'être"
                        + " condamnés."));
    }

    @Test
    void countrySpeaksThroughAnAdverbButNotAtTheEndOfAChainOfComplements() {
        assertEquals(List.of("Rwanda"), speakers("fr",
                "Le Rwanda a rapidement répondu : « Nous n'avons aucun intérêt à cela »."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "La direction de la chaîne de l'audiovisuel"
                + " extérieur de la France a fermement condamné les agressions, « qui doivent cesser »."));
    }

    @Test
    void colonIntroductionIsTheMainClauseSubjectNotAPronounOfAFrontedParticiple() {
        assertEquals(List.of("Dewi Hartono"), speakers("en",
                "Dewi Hartono, a nurse, spotted the comet in May.",
                "Her sister, Ayu, helped log the observations.",
                "Asked what she would do next, Hartono paused before answering:",
                "\"Keep looking. There's a lot of sky left.\""));
    }

    @Test
    void selonADocumentOfAnInstitutionNounGivesTheInstitution() {
        assertEquals(List.of("gouvernement camerounais", "ministry"), speakers("fr",
                "L'opération a été qualifiée d'« inédite », selon l'annonce du gouvernement camerounais mercredi.",
                "According to a statement from the ministry, the fire is \"under control\"."));
        assertFalse(speakers("fr", // a name after the noun belongs to the author, who is not "ministère" alone
                "D'après le communiqué du ministère de l'Intérieur, « les agresseurs sont connus ».").contains("ministère"));
    }

    @Test
    void secondReportedClauseOfTheSameVerbKeepsItsSpeaker() {
        assertEquals(List.of("Nadia Brahimi", "Nadia Brahimi"), speakers("fr", "La ministre Nadia Brahimi a déclaré"
                + " que la décision n'était pas « confortable » pour le ministère, mais qu'il « ne devrait pas rester"
                + " passif »."));
        assertEquals(List.of("Paul Henry", "Ann Lee"), speakers("en", // a verb of its own gives the clause its speaker
                "Paul Henry said the plan was \"unworkable\", and that Ann Lee had called it \"a disgrace\"."));
    }

    @Test
    void subjectOfTheReportedClauseOrAnUnnamedGroupIsNoSpeaker() {
        assertEquals(Arrays.asList((String) null, null), speakers("fr",
                "Les démocrates ont demandé que Paul Mercier soit renvoyé au vu des accusations « ahurissantes ».",
                "Le ministère de la Justice estimait que Paul Mercier pourrait être sujet à du chantage et les"
                        + " démocrates avaient demandé lundi qu'il soit renvoyé au vu des accusations « graves »."));
        assertEquals(List.of("Ann Lee"), speakers("en", "Ann Lee said that the protesters had been \"peaceful\"."));
    }

    @Test
    void documentOfAGroupInThePossessiveHasNoNamedAuthor() {
        assertEquals(Arrays.asList((String) null), speakers("en",
                "Don Kessler founded the Kessler Ranch Foundation in 1998.",
                "The family's statement on the death read: \"Don loved his ranch.\""));
    }

    @Test
    void stateBodyNamedByADemonymSpeaksUnderThatName() {
        assertEquals(List.of("Israeli army"), speakers("en", "The Israeli army said the strike was \"a precise hit\"."));
        assertEquals(List.of("armée israélienne", "diplomatie française"), speakers("fr",
                "L'armée israélienne a affirmé que la frappe était « ciblée ».",
                "La diplomatie française a dénoncé « une escalade inacceptable »."));
    }

    @Test
    void placeSpeaksThroughAShortAdverbAndABodyThroughItsSpokespersonAfterTheQuotation() {
        assertEquals(List.of("Moscou"), speakers("fr", "Moscou a aussitôt dénoncé une décision « politique »."));
        assertEquals(List.of("SNCF"), speakers("fr", "« Le trafic sera rétabli », a indiqué un porte-parole de la SNCF."));
        assertEquals(Arrays.asList("Harbor Foods", null), speakers("en",
                "\"We are taking this seriously,\" a spokesperson for Harbor Foods said in a statement.",
                "\"We regret it,\" one member of the Darwin Society wrote."));
    }

    @Test
    void capitalStandingForItsGovernmentSpeaks() {
        assertEquals(List.of("Lisbon"), speakers("en", "\"We will not accept this,\" Lisbon said on Monday."));
        assertEquals(List.of("Bruxelles", "Moscou"), speakers("fr",
                "Bruxelles estime que la mesure est « disproportionnée ».",
                "« Nous n'accepterons pas cela », a réagi Moscou lundi."));
        assertEquals(Arrays.asList((String) null), speakers("en", // the place is no speaker when it is what is talked about
                "Reporters praised Moscow as \"a city reborn\"."));
    }

    @Test
    void feminineIncisePronounIsNeverTheManWhoSpokeLast() {
        assertEquals(Arrays.asList("Michel Dupas", "Business Vosges"), speakers("fr", // the body that spoke, not him
                "« C'est un dysfonctionnement », a déclaré le ministre Michel Dupas.",
                "Business Vosges a quant à elle reconnu une irrégularité. « Le choix a été fait dans l'urgence »,"
                        + " affirme-t-elle."));
    }

    @Test
    void personGivenAnUnlistedTradeIsNotTheOneARoleNounOfTheParagraphMeans() {
        assertEquals(List.of("Yves Le Bihan", "Yves Le Bihan"), speakers("fr",
                "« Nous ne lâcherons rien », prévient Yves Le Bihan, responsable syndical de l'usine.",
                "Marc Oulier, chaudronnier depuis vingt ans, a signé la motion le premier. La directrice « devra"
                        + " s'expliquer devant les salariés », ajoute le responsable syndical."));
    }

    @Test
    void secondVerbJoinedByEtAfterTheQuotationSharesTheSubjectBeforeIt() {
        assertEquals(List.of("ministère de la Culture"), speakers("fr", "Interrogé, le ministère de la Culture indique"
                + " « suivre avec attention » ces travaux et rappelle que le plan doit être révisé."));
    }

    @Test
    void contrastingClauseAfterAQuotationIsNoInciseOfIt() {
        assertEquals(List.of("Felix Tran", "Ruth Abernathy"), speakers("en", "Mr Felix Tran said he was \"confident"
                + " of winning,\" while Ms Ruth Abernathy predicted \"a close result.\""));
        assertEquals(List.of("Paul Morin", "Anne Roy"), speakers("fr", "Paul Morin s'est dit « confiant », tandis"
                + " qu'Anne Roy a estimé que ce serait « un résultat serré »."));
    }

    @Test
    void communiqueQuotedWhereNobodySpokeYetIsTheBodyThatOpensTheParagraph() {
        assertEquals(List.of("Yanis Berrada", "conseil d'administration"), speakers("fr",
                "« J'ai eu de la chance », a reconnu l'attaquant Yanis Berrada.",
                "Le conseil d'administration du club, réuni lundi, a renouvelé sa confiance à l'entraîneur. « Il ira au"
                        + " bout de son contrat », indique le communiqué."));
    }

    @Test
    void documentOfAParagraphIsNotAnOrganisationNamedInsideAFrontedPhrase() {
        assertEquals(List.of("Rohan Mehta", "Rohan Mehta"), speakers("fr", "« Le monde est en péril », a écrit Rohan"
                + " Mehta dans sa lettre de démission.", "Au cours de ses deux années chez Nuvola Technologies, Mehta a"
                + " travaillé sur la sécurité. Son dernier projet portait sur « la compréhension des assistants »,"
                + " selon la lettre."));
    }

    @Test
    void researcherIsTheScientistNamedByHerField() {
        assertEquals(List.of("Inès Carvalho", "Inès Carvalho"), speakers("fr",
                "« Le signal est net », a expliqué la glaciologue Inès Carvalho, qui dirige la mission.",
                "Les carottes ont été prélevées en mars. Selon la chercheuse, la glace « a perdu dix mètres »."));
        assertEquals(List.of("Tom Reyes", "Tom Reyes"), speakers("en",
                "\"The signal is clear,\" said volcanologist Tom Reyes, who leads the survey.",
                "Samples were taken in March. According to the scientist, the crater \"rose by ten metres\"."));
    }

    @Test
    void unionIsTheFederationNamedBeforeNotTheCompanyLastNamed() {
        assertEquals(List.of("Dock Workers' Federation"), speakers("en",
                "On Monday, the Dock Workers' Federation called a strike at Harbourline Group.",
                "Harbourline Group offered a 3 percent rise.",
                "The union said in a statement that the company's offer was \"an insult to every docker\"."));
    }

    @Test
    void participleWithAnUnnamedAgentLaterInTheSentenceIsNoInciseOfTheQuotation() {
        assertEquals(List.of("ARS", "ARS"), speakers("fr", "L'agence régionale de santé (ARS) assure que la décision"
                + " a été prise « pour garantir la sécurité » et que la situation « n'était plus tenable » depuis"
                + " l'été, avec des gardes assurées par des médecins intérimaires."));
    }

    @Test
    void oneGivenTheVeryRoleNounWinsOverOneGivenANounOfTheSamePost() {
        assertEquals(List.of("Hugo Barthe", "Rémi Soulé"), speakers("fr",
                "Le demi de mêlée Rémi Soulé a marqué l'essai. « On a tenu », a résumé le capitaine Hugo Barthe.",
                "« J'ai vu le trou », a raconté le demi de mêlée."));
    }

    @Test
    void captainIsOneOfThePlayers() {
        assertEquals(List.of("Hugo Barthe"), speakers("fr", "Le capitaine Hugo Barthe préférait retenir la défense.",
                "« On n'a rien lâché », a savouré le troisième-ligne."));
    }

    @Test
    void reportingLocutionWithFaireIntroducesTheQuotation() {
        assertEquals(List.of("Karim Bensaïd"), speakers("fr", "Karim Bensaïd, le Premier ministre, a fait part d'un"
                + " « profond malaise » après le vote."));
    }

    @Test
    void pronounAfterAnInvertedReporterWithoutQuotationMarksIsThatReporter() {
        assertEquals(List.of("Omar Traoré", "Paul Diallo"), speakers("fr",
                "« Nous rentrons à la maison », a déclaré Omar Traoré.",
                "Les textes de l'Union africaine impliquent le respect des frontières, fait remarquer Paul Diallo, le ministre des Affaires"
                        + " étrangères. « Nous veillerons à ce qu'il tienne parole », a-t-il déclaré."));
        assertEquals(List.of("Tom Hale", "Ann Lee"), speakers("en", "\"We are home,\" said Tom Hale.",
                "The African Union's deal is fragile, said Ann Lee, the foreign minister. \"We will watch them closely,\" she added."));
    }

    @Test
    void frenchInstitutionNounBeforeAParticipleIsStillTheInstitution() {
        assertEquals(List.of("Paul Roche", "Vigie Santé"), speakers("fr", "« C'est une honte », a dit Paul Roche.",
                "L'ONG Vigie Santé a publié un rapport. Pour l'organisation militant pour l'accès aux soins, il"
                        + " s'agit d'« une faute grave »."));
    }

    @Test
    void nameAfterAPhraseEndedByItsNounIsTheSubjectOfTheInvertedVerb() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« Nous ne lâcherons rien », explique au téléphone Paul"
                + " Mercier."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« Nous ne lâcherons rien », écrivait en 2019 Paul"
                + " Mercier dans son livre."));
    }

    @Test
    void infinitiveHangingOnAVerbKeepsTheSubjectAfterIt() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« Nous ne lâcherons rien », a tenu à préciser Paul"
                + " Mercier."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« Nous ne lâcherons rien », s'est contenté de répondre"
                + " Paul Mercier."));
    }

    @Test
    void documentsAuthorNamedAfterItIsTheSource() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "\"We will never give up on this,\" according to a"
                + " statement from Paul Mercier."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Selon un communiqué de Paul Mercier, la route restera"
                + " « fermée jusqu'à nouvel ordre »."));
    }

    @Test
    void frontedDocumentPhraseWithoutCommaLeavesTheNameAfterItTheSubject() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "In a statement Paul Mercier said the town would \"never"
                + " give up on this matter\"."));
    }

    @Test
    void invertedSubjectClosingTheClauseAfterPhrasesSetOffByCommas() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« Nous ne lâcherons rien », a lancé mardi à"
                + " l'Assemblée nationale, lors des questions au gouvernement, le Premier ministre Paul Mercier."));
    }

    @Test
    void cleftAfterTheQuotationNamesTheSpeaker() {
        assertEquals(List.of("Paul Mercier", "Anne Roy"), speakers("fr",
                "« Nous ne lâcherons rien » : c'est par ces mots que Paul Mercier a ouvert la séance.",
                "« Rien n'est joué ». C'est en ces termes qu'Anne Roy a répondu."));
    }

    @Test
    void demonstrativeAndStressedPronounsAreTheLastPersonNamed() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier est arrivé mardi. Celui-ci a dénoncé"
                + " « une trahison des engagements »."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier est arrivé mardi. Lui a dénoncé"
                + " « une trahison des engagements »."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier est arrivé mardi. Lui-même a parlé"
                + " d'« une trahison des engagements »."));
    }

    @Test
    void demonstrativeIsNoPersonsName() {
        assertEquals(List.of("Paul Mercier"), Said.people("fr", "Paul Mercier est arrivé mardi. Celui-ci a dénoncé"
                + " « une trahison des engagements »."));
    }

    @Test
    void possessiveViewIsThePossessorsButNotTheirCoachs() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier est arrivé mardi. À ses yeux, c'est"
                + " « une trahison des engagements »."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier est arrivé mardi. Sa réponse : « C'est"
                + " une trahison des engagements. »"));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Le capitaine Paul Mercier a joué un match"
                + " « énorme » selon son entraîneur."));
    }

    @Test
    void ownWordsOfANamedPersonAreTheirs() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "Paul Mercier arrived on Tuesday. Mercier's response"
                + " was blunt: \"This is a disaster for the town.\""));
        assertEquals(List.of("Paul Mercier"), speakers("en", "Paul Mercier arrived on Tuesday. In Mercier's words,"
                + " the plan is \"a disaster for the town\"."));
        assertEquals(List.of("Paul Mercier"), speakers("en", "Paul Mercier arrived on Tuesday. Mercier's reply was"
                + " short. \"This is a disaster for the town.\""));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Anne Roy est arrivée mardi. La réponse de Paul Mercier"
                + " est sèche : « C'est un désastre pour la ville. »"));
    }

    @Test
    void agentOfAPassiveReportingVerbIsTheSpeaker() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "Anne Roy was described by Paul Mercier as \"a true"
                + " friend of the town\"."));
    }

    @Test
    void reportingClauseBetweenCommasInsideTheSentenceNamesTheSpeaker() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "Anne Roy, Paul Mercier said, had been \"a true friend"
                + " of the town\"."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Anne Roy, estime Paul Mercier, a été « une vraie amie"
                + " de la ville »."));
    }

    @Test
    void nameInAppositionToTheSubjectWinsOverTheNameInItsComplement() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "L'avocat d'Anne Roy, Paul Mercier, a déclaré que"
                + " c'était « une trahison des engagements »."));
        assertEquals(List.of("Paul Mercier"), speakers("en", "Anne Roy's lawyer, Paul Mercier, has said it was"
                + " \"a betrayal of our commitments\"."));
    }

    @Test
    void participleOpeningASentenceIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("Anne Roy", "Paul Mercier"), Said.people("fr", "Citant Anne Roy, Paul Mercier a"
                + " affirmé que c'était « une trahison des engagements »."));
        assertEquals(List.of("Anne Roy", "Paul Mercier"), Said.people("en", "Quoting Anne Roy, Paul Mercier said"
                + " it was \"a betrayal of our commitments\"."));
    }

    @Test
    void documentSpeaksForTheAuthorNamedAfterIt() {
        assertEquals(List.of("mairie de Vallon", "préfecture de l'Isère"), speakers("fr",
                "La mairie de Vallon estime que la mesure « va dans le bon sens ».",
                "Le communiqué de la préfecture de l'Isère précise que « toutes les communes ont été alertées »."));
    }

    @Test
    void indefiniteSourceCloseToSomeoneIsNotThatPerson() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Selon un conseiller de Paul Mercier, c'est « une"
                + " trahison des engagements »."));
        assertEquals(Arrays.asList((String) null), speakers("en", "According to a friend of Paul Mercier, it was"
                + " \"a betrayal of our commitments\"."));
    }

    @Test
    void nameAfterAParticipleOfAnUnnamedSubjectIsItsObject() {
        assertEquals(Arrays.asList((String) null), speakers("en", "A lawyer representing Paul Mercier said it was"
                + " \"a betrayal of our commitments\"."));
    }

    @Test
    void sentenceAfterTheQuotationSayingWhoseWordsTheyWere() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "« C'est une trahison des engagements. » Ces mots sont"
                + " ceux de Paul Mercier, le maire de Vallon."));
        assertEquals(List.of("Paul Mercier"), speakers("en", "\"This is a betrayal of our commitments.\" Those were"
                + " the words of Paul Mercier, the mayor of Vallon."));
    }

    @Test
    void personWhoTookTheFloorSpeaksTheQuotationOfTheNextParagraph() {
        assertEquals(List.of("Paul Mercier", "Paul Mercier"), speakers("fr", "Paul Mercier a pris la parole mardi.",
                "« C'est une trahison des engagements. Nous ferons appel. »", "« Rien n'est joué », a-t-il ajouté."));
    }

    @Test
    void leadQuotationIsThePersonTheSentenceGoesOnAbout() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Anne Roy a parlé.", "« C'est une trahison des"
                + " engagements » : Paul Mercier ne décolère pas."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Anne Roy a parlé.", "« C'est une trahison des"
                + " engagements », Paul Mercier en est convaincu."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Anne Roy a parlé.", "« C'est une trahison des"
                + " engagements » : pour Paul Mercier, le constat est sans appel."));
    }

    @Test
    void indefiniteSpokespersonOfSomeoneIsNotThatPerson() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Un porte-parole de Paul Mercier a déclaré que"
                + " c'était « une trahison des engagements »."));
        assertEquals(Arrays.asList((String) null), speakers("en", "A spokesman for Paul Mercier said it was \"a"
                + " betrayal of our commitments\"."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Un porte-parole, Paul Mercier, a déclaré que c'était"
                + " « une trahison des engagements »."));
        assertEquals(List.of("Home Office"), speakers("en", "A spokesman for the Home Office said it was \"a"
                + " betrayal of our commitments\"."));
    }

    @Test
    void lonelyQuotationAfterAFrontedParticiplePhraseIsTheSubjectsNotTheNameInThePhrase() {
        assertEquals(List.of("Alan Reeves", "Alan Reeves"), speakers("en", "Graham Pike was sacked. The club's"
                + " chairman, Alan Reeves, was blunt. \"We had no choice.\"", "Asked whether Pike had lost the dressing"
                + " room, the chairman paused. \"I would not put it that way.\""));
    }

    @Test
    void organisationNamedWithAGivenNameFirstKeepsItsWholeName() {
        assertEquals(List.of("Royal College of Nursing"), speakers("en", "According to a statement from the Royal"
                + " College of Nursing, \"the closures will put patients at risk\"."));
    }

    @Test
    void outletThatInterviewsIsNoSpeaker() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "Wikinews spoke to Paul Mercier, the mayor of Vallon.",
                "\"We will never give up,\" he said."));
    }

    @Test
    void personQuotedByAnOutletIsTheSpeaker() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "Paul Mercier, 54, was quoted by the Vallon Times as"
                + " saying \"we will never give up\"."));
        assertEquals(List.of("Paul Mercier"), speakers("en", "Paul Mercier said, according to Reuters, that the town"
                + " would \"never give up\"."));
    }

    @Test
    void statementThatReadsIsItsAuthors() {
        assertEquals(List.of("Paul Mercier"), speakers("en", "\"We will never give up,\" read a statement from Mayor"
                + " Paul Mercier."));
    }

    @Test
    void outletAfterSelonPassesOnTheWordsOfThePersonWhoReportsThem() {
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Selon l'AFP, Paul Mercier a déclaré que c'était"
                + " « une trahison des engagements »."));
        assertEquals(List.of("Paul Mercier"), speakers("fr", "Paul Mercier aurait confié à ses proches, selon Le"
                + " Parisien, que c'était « une trahison des engagements »."));
        assertEquals(List.of("Agence Vallon Presse"), speakers("fr", "Selon l'Agence Vallon Presse, la réforme est"
                + " « une trahison des engagements »."));
    }

    @Test
    void nounOwnedByANameIsNotThatNameAcrossARelativeClause() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Mr Okafor's brother, who asked not to be named,"
                + " said he was \"shocked and saddened\"."));
        assertEquals(List.of("Okafor"), speakers("en", "Mr Okafor, who asked for calm, said he was \"shocked and"
                + " saddened\"."));
    }

    @Test
    void networkOfAChannelIsNotWhoPostedOnIt() {
        assertEquals(List.of("Zelmar Institute"), speakers("en",
                "The Twitter account of the Zelmar Institute posted: \"Stay home tonight.\""));
        assertEquals(List.of("mairie de Valmont"), speakers("fr",
                "Le compte Twitter de la mairie de Valmont a publié : « Restez chez vous. »"));
        assertEquals(Arrays.asList((String) null), speakers("en",
                "An official Twitter account said: \"Stay home tonight.\""));
        assertEquals(Arrays.asList((String) null), speakers("en", "Earlier this week, an official government Twitter"
                + " account made the following announcement: \"Latest update: 500 cases.\""));
        assertEquals(List.of("Twitter"), speakers("en", "Twitter said the account was \"suspended for abuse\"."));
    }

    @Test
    void outletAfterSelonPassesOnTheWordsOfSomeoneDescribed() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "D'après l'Agence Vallon Presse, le suspect aurait"
                + " crié « vous allez tous payer » avant de s'enfuir."));
        assertEquals(List.of("Jean Dorval"), speakers("fr", "Le ministre Jean Dorval était à Lyon. Selon l'Agence"
                + " Vallon Presse, le ministre a déclaré que la situation était « sous contrôle »."));
    }

    @Test
    void personRightAfterThePostsPrepositionIsItsComplementNotItsHolder() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "L'avocat de Claire Dubois juge sa cliente"
                + " « innocente »."));
        assertEquals(List.of("Sergueï Lavrov"), speakers("fr", "Le chef de la diplomatie Sergueï Lavrov a jugé"
                + " ces propos « inacceptables »."));
    }

    @Test
    void postWithAWordOfItsOwnAfterTheBodyIsNotPartOfTheName() {
        assertEquals(List.of("Ruth Amsel"), speakers("en", "Senate Majority Leader Ruth Amsel said it was \"a historic"
                + " day\"."));
        assertEquals(List.of("Tom Varga"), speakers("en", "Society Vice President Tom Varga said it was \"a historic"
                + " day\"."));
    }

    @Test
    void descriptionIsNotAPersonNamedAfterItsVerb() {
        assertEquals(Arrays.asList((String) null), speakers("en", "The senator said Tom Varga had \"failed the"
                + " country\"."));
        assertEquals(List.of("Ruth Amsel", "Ruth Amsel"), speakers("en", "The senator said Tom Varga had \"failed"
                + " the country\". Ruth Amsel also promised to \"restore trust\"."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Le sénateur a affirmé que Paul Varga avait"
                + " « trahi le pays »."));
    }

    @Test
    void sourceNamedAfterAPersonsOwnReportedViewOnlyPassesItOn() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Claire Dubois juge l'enquête « bâclée », rapporte"
                + " Le Figaro."));
        assertEquals(List.of("Claire Dubois"), speakers("fr", "L'enquête est « bâclée », estime Claire Dubois."));
    }

    @Test
    void stressedPronounBetweenCommasAfterTheVerbKeepsItsSubject() {
        assertEquals(List.of("François Fillon"), speakers("fr", "François Fillon est candidat. Fillon estime, lui,"
                + " être victime d'une enquête « exclusivement à charge »."));
    }

    @Test
    void absoluteParticipleAfterANameAndItsPlaceHasThatSubject() {
        assertEquals(List.of("Steve Scalise"), speakers("en", "Republicans attacked the inquiry, with Steve Scalise of"
                + " Louisiana calling it \"Soviet-style\"."));
    }

    @Test
    void coalitionSpeaksAsABody() {
        assertEquals(List.of("coalition"), speakers("fr", "La coalition a confirmé être à l'origine du bombardement,"
                + " « à la demande des forces irakiennes »."));
    }

    @Test
    void dotOfANameSuffixEndsNoSentence() {
        assertEquals(List.of("Martin Luther King Jr"), speakers("en", "Martin Luther King Jr. said it was \"bad\"."));
    }

    @Test
    void descriptionWithAPossessiveIsNeverItsPossessor() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Tom Hart was arrested on Monday. \"He is"
                + " innocent,\" his lawyer said."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Henry a été arrêté lundi. « Il est"
                + " innocent », a déclaré son avocat."));
    }

    @Test
    void descriptionWithAPossessiveIsNotItsPossessorReferredToByAPronoun() {
        assertEquals(Arrays.asList("Tom Hart", null), speakers("en", "Tom Hart told the court he had \"no memory of"
                + " that night\". His lawyer said the evidence was \"thin and circumstantial\"."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Henry a dit qu'il ne se souvenait de rien."
                + " Son avocat a estimé que le dossier était « vide de toute preuve »."));
    }

    @Test
    void documentThatReadsBeforeAColonIsItsAuthors() {
        assertEquals(List.of("Ann Lee"), speakers("en", "A tweet from Ann Lee read: \"This is a disgrace.\""));
        assertEquals(List.of("Ann Lee"), speakers("en", "Ann Lee's tweet read: \"This is a disgrace.\""));
    }

    @Test
    void reportingVerbFormAfterADeterminerIsANoun() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Claire Dubois a qualifié de « scandaleuse » la"
                + " décision du juge."));
    }

    @Test
    void abbreviationInsideANameEndsNoSentence() {
        assertEquals(List.of("Thandiwe Mokoena"), speakers("en", "Nurses at St. Agnes Hospital walked off the job.",
                "Union representative Thandiwe Mokoena, who has worked at St. Agnes for 22 years, said the dispute was"
                + " about staffing. \"That is not safe,\" she said."));
    }

    @Test
    void onePersonOfAShortVerblessHeadingBeforeAColonSpeaks() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Réaction immédiate de Claire Dubois : « C'est un"
                + " immense gâchis. »"));
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Même constat pour Claire Dubois : « C'est un immense"
                + " gâchis. »"));
    }

    @Test
    void participleQualifyingANounIsNotTheReportingVerb() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Claire Dubois a affirmé que les mesures annoncées"
                + " par le président lundi « vont coûter cher »."));
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Claire Dubois a estimé que le texte adopté hier"
                + " « ne changera rien »."));
        assertEquals(List.of("Harwick Trust"), speakers("en", "In a statement, the Harwick Trust said it was"
                + " \"devastated\"."));
    }

    @Test
    void bodyOfAPlaceInThePossessiveBelongsToTheOfPhrase() {
        assertEquals(List.of("Ann Lee"), speakers("en", "Lead author Ann Lee of Australia's Harwick University"
                + " explained to the press, \"The ibis was sacred.\""));
    }

    @Test
    void agentOfAPassiveReportAfterAnArticleSpeaks() {
        assertEquals(List.of("Harwick Trust"), speakers("en", "Ortega was described by the Harwick Trust as \"a"
                + " strong advocate for the poor.\""));
        assertEquals(List.of("ONU"), speakers("fr", "Ortega a été qualifiée par l'ONU de « militante exemplaire »."));
    }

    @Test
    void nameAfterAPresentParticipleOfSayingIsNoInvertedReporter() {
        assertEquals(List.of("Tobias Renner", "Tobias Renner"), speakers("en", "The authors chose Velociraptor zoui,"
                + " a dinosaur. Tobias Renner questioned the findings, saying Velociraptor might have hidden its arms."
                + " \"However,\" he told Science News, \"this study is good.\""));
    }

    @Test
    void countryOfSeveralWordsSpeaksForItsGovernment() {
        assertEquals(List.of("Corée du Sud"), speakers("fr", "La Corée du Sud a annoncé « prendre toutes les mesures"
                + " nécessaires »."));
        assertEquals(List.of("South Korea"), speakers("en", "South Korea said it would take \"all necessary"
                + " measures\"."));
    }

    @Test
    void bodyNamedByANounAndAPlaceIsAnInstitution() {
        assertEquals(List.of("Météo-France"), speakers("fr", "L'alerte est levée par Météo-France, qui déclare que"
                + " « le vent a faibli »."));
    }

    @Test
    void bodyGivingItsShortFormInBracketsSpeaks() {
        assertEquals(List.of("Bluewater Wonder Ring Stardom"), speakers("en", "Bluewater Wonder Ring Stardom (Stardom)"
                + " said it was \"sad\"."));
    }

    @Test
    void unknownWordInThePossessiveBeforeItsStatementSpeaks() {
        assertEquals(List.of("Stardom"), speakers("en", "Stardom's official statement yesterday read \"We are very"
                + " sorry.\""));
    }

    @Test
    void capitalLetterAfterACommonNounEndsItsSentence() {
        assertEquals(List.of("Corée du Sud"), speakers("fr", "La communauté a critiqué la bombe H. La Corée du Sud a"
                + " annoncé « prendre toutes les mesures »."));
        assertEquals(List.of("J. Dupont"), speakers("fr", "Selon J. Dupont, le plan est « mort »."));
    }

    @Test
    void itIsNotTheNetworkItPostedOn() {
        assertEquals(List.of("NASA"), speakers("en", "NASA interrupted its coverage. It credited the man, noting on"
                + " Twitter \"his venture began the history\"."));
        assertEquals(List.of("NASA"), speakers("en", "NASA interrupted its live coverage of an International Space"
                + " Station spacewalk. It credited the man, noting on Twitter \"his venture began the history\"."));
    }

    @Test
    void englishBodyNamedByItsNounEndsBeforeTheVerb() {
        assertEquals(List.of("Department"), speakers("en", "The Department issued a statement that an inmate had been"
                + " stabbed: \"There was an assault.\""));
    }

    @Test
    void relativeOfANamedPersonIsNotThatPerson() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "La mère de Maëlys Dupont a déclaré : « Tu vas"
                + " payer »."));
        assertEquals(Arrays.asList((String) null), speakers("en", "The mother of Ann Lee said: \"She is"
                + " innocent.\""));
        assertEquals(Arrays.asList((String) null), speakers("en", "Transport Minister Ruth Callaghan visited the docks."
                + " The mother of Kevin Ashby said: \"He went to work to earn a living.\""));
        assertEquals(List.of("Paul Roy"), speakers("fr", "Paul Roy, l'avocat de Claire Dubois, est arrivé lundi."
                + " L'avocat de Claire Dubois a déclaré : « Elle est innocente »."));
    }

    @Test
    void descriptionOfAnotherPostOfTheSameNounIsSomeoneUnnamed() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Civil Aviation Minister Hardeep Puri said 18 people"
                + " died. The local health minister said, \"The injured were rushed to hospital.\""));
        assertEquals(List.of("Ann Lee"), speakers("en", "Health Minister Ann Lee visited. The health minister said,"
                + " \"The injured were rushed to hospital.\""));
    }

    @Test
    void skipperAndNavigatorNameOnePost() {
        assertEquals(List.of("Anne Morel"), speakers("fr", "La skippeuse Anne Morel est arrivée lundi. Paul Rivet, qui"
                + " dirige le port, l'a accueillie. « Je suis épuisée », estime la navigatrice."));
    }

    @Test
    void organisationOfASpokespersonSourceSpeaks() {
        assertEquals(List.of("Harwick Police"), speakers("en", "According to a spokesperson for Harwick Police, \"the"
                + " road will stay closed\"."));
        assertEquals(List.of("Météo-France"), speakers("fr", "Selon un porte-parole de Météo-France, « la pluie va"
                + " durer »."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Selon un conseiller de Paul Dubois, « la pluie va"
                + " durer »."));
    }

    @Test
    void worldwideBodyKeepsItsWholeName() {
        assertEquals(List.of("Organisation mondiale de la santé"), speakers("fr", "L'Organisation mondiale de la santé a"
                + " déclaré : « La pandémie continue »."));
    }

    @Test
    void topicMarkerPutsThePronounsPersonFirst() {
        assertEquals(List.of("Thomas Rey"), speakers("fr", "Hélène Marchal a rencontré Thomas Rey mardi.",
                "Quant à Thomas Rey, il juge la promesse « creuse »."));
        assertEquals(List.of("Tom Reyes"), speakers("en", "Helen Marsh met Tom Reyes on Tuesday.",
                "As for Tom Reyes, he said the promise was \"empty\"."));
    }

    @Test
    void nameAfterAPrepositionIsNoDescriptionsApposition() {
        assertEquals(List.of("Hélène Marchal"), speakers("fr", "Hélène Marchal, directrice de la société, a rencontré"
                + " Thomas Rey mardi. « Nous allons réparer les canalisations », a promis la directrice à Thomas Rey."));
    }

    @Test
    void organisationsPostInThePossessiveIsItsKnownHolder() {
        String intro = "Helen Marsh, the chief executive of Norland Water, met farmers on Tuesday.";
        assertEquals(List.of("Helen Marsh"), speakers("en", intro,
                "Norland Water's chief executive said the firm was \"in good shape\"."));
        assertEquals(List.of("Helen Marsh"), speakers("en", intro,
                "\"The firm is in good shape,\" said Norland Water's chief executive."));
        assertEquals(List.of("Helen Marsh"), speakers("en", intro,
                "\"The firm is in good shape,\" Norland Water's chief executive said."));
    }

    @Test
    void organisationsPostInThePossessiveWithNoKnownHolderIsSomeoneUnnamed() {
        assertEquals(Arrays.asList((String) null), speakers("en", "Helen Marsh met farmers on Tuesday.",
                "Norland Water's chief executive said the firm was \"in good shape\"."));
    }

    @Test
    void phrasalReportingVerbHasItsSubjectAfterOrBefore() {
        assertEquals(List.of("Joe Park", "Joe Park", "Ann Roe"), speakers("en", "\"Me too,\" chimed in Joe Park.",
                "\"No way,\" Joe Park weighed in.", "\"Wrong,\" cut in Ann Roe."));
    }

    @Test
    void reportingLocutionAndInfinitiveAfterTenirA() {
        assertEquals(List.of("Anne Roy", "Paul Ode"), speakers("fr", "« Attention », met en garde Anne Roy.",
                "« Attention », a tenu à rappeler Paul Ode."));
    }

    @Test
    void cleftSentenceHasItsFocusAsTheRelativesSubject() {
        assertEquals(List.of("Paul Roy"), speakers("fr", "Le maire Paul Roy a réuni le conseil. C'est le maire, élu en"
                + " 2020 face à Anne Lac, qui a averti : « Nous tiendrons. »"));
    }

    @Test
    void commaInsideANumberIsNoClauseBoundary() {
        assertEquals(List.of("Colin Pratt"), speakers("en", "Mayor Colin Pratt said the council would spend £4,500 on"
                + " \"proper repairs\"."));
        assertEquals(List.of("Paul Roy"), speakers("fr", "Le maire Paul Roy a promis 4,5 millions pour « réparer les"
                + " routes »."));
    }

    @Test
    void intertitleQuotationHasTheSpeakerWhoSaysItsWordsLater() {
        assertEquals(List.of("Paul Vernier", "Hélène Marchal", "Hélène Marchal"), speakers("fr",
                "« Nous ne lâcherons rien », a martelé Paul Vernier, délégué syndical.", "Une réunion est prévue lundi.",
                "« Ce site est rentable »", "« Ce site est rentable et il le restera », assure Hélène Marchal."));
    }

    @Test
    void shortIntertitleKeepsItsOwnReading() {
        assertEquals(List.of("Paul Vernier", "Paul Vernier", "Hélène Marchal"), speakers("fr",
                "« Nous ne lâcherons rien », a martelé Paul Vernier, délégué syndical.", "« Rentable »",
                "« Rentable, ce site le restera », assure Hélène Marchal."));
    }

    @Test
    void clauseAfterAPartialQuotationAboutSomethingIsNoIncise() {
        assertEquals(List.of("Dean Morrow"), speakers("en", "Fire chief Dean Morrow urged residents to \"leave"
                + " immediately\" as delays would continue."));
        assertEquals(List.of("Anna Palmer"), speakers("en", "Premier Anna Palmer has warned residents to \"leave now\""
                + " as an intense fire continues to burn."));
    }

    @Test
    void spokespersonAgainIsTheBodyThatSpokeThroughThem() {
        assertEquals(List.of("Brightwell Foods", "Brightwell Foods"), speakers("en", "A Brightwell Foods spokesman said"
                + " the company was \"deeply sorry\".", "\"We will support every worker,\" the spokesman said."));
        assertEquals(List.of("SNCF", "SNCF"), speakers("fr", "Un porte-parole de la SNCF a jugé la grève « illégale ».",
                "« Nous ne céderons pas », a ajouté le porte-parole."));
    }

    @Test
    void quotationWovenIntoASentenceAboutItsSpeakerIsTheSubjects() {
        assertEquals(List.of("Jean Perrot"), speakers("fr", "Des tags ont été découverts.", "Pas de chômage, « un"
                + " village qui vit bien » et des commerces ouverts : Jean Perrot, le maire, ne comprend pas ces"
                + " dégradations."));
    }

    @Test
    void subjectOfASubordinateClauseIsNotTheWovenQuotationsSpeaker() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Les sommes perçues en 2002 sont « l'équivalent de"
                + " cinq mois de salaire », alors que Claire Martin était assistante de son mari."));
    }

    @Test
    void pronounOfKnownGenderPassesOverAnUnknownPersonAfterAPrepositionForOneOfItsGender() {
        assertEquals(List.of("Ilvo Darnesk"), speakers("fr", "La navigatrice Ilvo Darnesk est arrivée dimanche.",
                "Son équipe, dirigée par Ngari Talwenu, avait renforcé la barre.", "« La solitude », a-t-elle raconté."));
        assertEquals(List.of("Ngari Talwenu"), speakers("fr", "La navigatrice Ilvo Darnesk est arrivée dimanche.",
                "Ngari Talwenu avait renforcé la barre.", "« La solitude », a-t-elle raconté."),
                "an unknown subject may be the woman");
        assertEquals(List.of("Paul Durand", "Ngari Talwenu", "Ngari Talwenu"), speakers("fr",
                "Tous les candidats ont répondu aux questions du journal, sauf Kerem Darnesk.",
                "Pour Paul Durand, le candidat d'En avant, « la rémunération doit reposer sur des critères publics ».",
                "Pour Ngari Talwenu, « les abus ne laissent pas le choix ». Le candidat de la droite veut également,"
                        + " lui aussi, interdire les cumuls, estimant qu'un élu « doit rester libre ».",
                "Il s'agit du candidat du centre, Kerem Darnesk."),
                "« Pour X, » names the one who speaks, though a preposition stands before the name");
    }

    @Test
    void relativeOfAPersonNamedAfterAnElidedDeIsSomebodyElse() {
        assertEquals(Arrays.asList(null, null), speakers("fr", "Aurélie Darnesk a disparu en mars. « Elle était joyeuse »,"
                + " raconte la mère d'Aurélie. « Elle aimait la danse », dit-elle."));
        assertEquals(List.of("Nadia Roux", "Nadia Roux"), speakers("fr", "Aurélie Darnesk a disparu en mars. « Elle était"
                + " joyeuse », raconte la mère d'Aurélie, Nadia Roux. « Elle aimait la danse », dit-elle."));
    }

    @Test
    void pronounAfterAnUnnamedRelativeWhoSpokeLastIsThatRelative() {
        assertEquals(Arrays.asList(null, null), speakers("en", "Ilvo Darnesk vanished in March. “She was happy,” said"
                + " Ilvo's mother. “She loved dancing,” she said."));
        assertEquals(List.of("Nadia Roux", "Nadia Roux"), speakers("en", "Ilvo Darnesk vanished in March. “She was"
                + " happy,” said Ilvo's mother, Nadia Roux. “She loved dancing,” she said."));
    }

    @Test
    void kinshipNounWithABareComplementDescribesThePersonNamedBefore() {
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux ouvre la porte de chez lui.",
                "« Il n'y a pas eu de dégâts », indique le père de famille."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Roux ouvre la porte de chez lui.",
                "« Il n'y a pas eu de dégâts », indique le père de la victime."), "another man's father");
    }

    @Test
    void demonstrativeDescriptionRefersToThePersonOfThePreviousParagraph() {
        assertEquals(List.of("Sébastien"), speakers("fr", "Sébastien, lui, préfère prévoir.",
                "« Il faudrait peut-être anticiper », estime ce papa."));
        assertEquals(List.of("Claire"), speakers("fr", "Claire qui attend plus loin ne dit pas le contraire. « Fermons"
                + " les écoles », justifie cette Lavalloise."));
    }

    @Test
    void verblessIndefiniteFragmentDescribesThePersonJustNamed() {
        assertEquals(List.of("Pauline"), speakers("fr", "Pauline a mis le petit dernier dans la poussette. Une maman,"
                + " qui n'est pas inquiète. « Ce ne sera pas une fermeture nationale », avance-t-elle."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Pauline a mis le petit dernier dans la poussette."
                + " Une maman, qui attendait plus loin, nous a parlé. « Ce ne sera pas une fermeture nationale »,"
                + " avance-t-elle."), "a woman who says something herself is somebody else");
    }

    @Test
    void celuiQuiAfterAnInvertedReportingVerbIsThePersonInQuestion() {
        assertEquals(List.of("Olivier Marnel", "Olivier Marnel"), speakers("fr", "« Un moment merveilleux » a réagi"
                + " Olivier Marnel.", "« On a perdu par le passé » a analysé celui qui dirigeait déjà l'équipe en 2003."));
        assertEquals(Arrays.asList("Olivier Marnel", null), speakers("fr", "« Un moment merveilleux » a réagi"
                + " Olivier Marnel.", "« On a perdu », résume celle qui dirige le club depuis 2003."), "no woman named");
    }

    @Test
    void answersStandingAloneAfterIntertitlesAreThoseOfTheLeadsSubject() {
        assertEquals(List.of("Ilvo Darnesk", "Ilvo Darnesk"), speakers("fr", "Aux anges après sa victoire aux dépens de"
                + " Nadia Roux, Ilvo Darnesk, la numéro un, a partagé son bonheur en conférence de presse.", "Sur la finale…",
                "« C'était très dur. Nous avons tout donné. »", "Sur la nervosité…",
                "« J'étais très nerveuse avant la finale. »"));
        assertEquals(Arrays.asList(null, null), speakers("fr", "Le tournoi s'est achevé dimanche devant Ilvo Darnesk.",
                "Sur la finale…", "« C'était très dur. Nous avons tout donné. »", "Sur la nervosité…",
                "« J'étais très nerveuse avant la finale. »"), "the lead's subject is no person");
    }

    @Test
    void postQualifiedByAnOrganisationsNameIsItsHolderNotTheOrganisation() {
        assertEquals(List.of("Dana Whitlow"), speakers("en", "ORVEX chief Dana Whitlow spoke about the launch.",
                "“The fifth try was a flawless mission,” the ORVEX boss said."));
        assertEquals(List.of("Acme Foods"), speakers("en", "Acme Foods confirmed the closure.",
                "“We regret it,” an Acme Foods spokesman said."), "a spokesman speaks for the body");
    }

    @Test
    void firmNamedAfterItsSeatSpeaksAsAnOrganisation() {
        assertEquals(List.of("Corvane"), speakers("en", "North American-based Corvane announced it would close the plant.",
                "It said the decision followed an “extensive review”."));
    }

    @Test
    void personNamedByTheGivenNameAloneHoldsNoPostADescriptionNames() {
        assertEquals(Arrays.asList("Maxence", null), speakers("fr", "Maxence a été l'un des premiers à porter secours."
                + " « C'est terrible. »", "Il a eu un « comportement totalement fou », expliquait le procureur."));
        assertEquals(Arrays.asList("Maxence", null), speakers("fr", "« C'est terrible », dit Maxence. « C'est fou »,"
                + " poursuit le procureur."), "no continuing speaker either");
        assertEquals(List.of("Paul Roux", "Paul Roux"), speakers("fr", "« C'est terrible », dit Paul Roux. « C'est fou »,"
                + " poursuit le procureur."), "a full name may hold the post");
    }

    @Test
    void secondVerbJoinedByAndHasTheFirstVerbsSubjectNotItsObject() {
        assertEquals(List.of("Maeve Doherty"), speakers("en", "Councillor Maeve Doherty accused mayor John Keane of"
                + " neglect and said the town was “falling apart”."));
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a reçu Claire Dubois et a déclaré que la ville"
                + " « tombe en ruine »."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Roux a été réélu, un résultat contesté par"
                + " l'opposition qui crie à la fraude et annonce des manifestations « le moment venu »."),
                "the verbs of a relative clause are its antecedent's");
    }

    @Test
    void indefiniteInstitutionOfABodyIsNotTheBody() {
        assertEquals(Arrays.asList((String) null), speakers("en", "John Keane spoke first. A major NHS hospital told"
                + " staff that “beds are full”."));
        assertEquals(Arrays.asList((String) null), speakers("en", "The National Party won the election.", "But one"
                + " environmental group has called this administration the most “radical anti-environment” in decades."));
    }

    @Test
    void reflexiveIncisesInsideTheMarksNameTheSpeaker() {
        assertEquals(List.of("Paul Roux"), speakers("fr", "« Nous avons gagné, s'est félicité Paul Roux. C'est une"
                + " belle journée. »"));
    }

    @Test
    void titleAbbreviationBeforeANameEndsNoSentence() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "Mme Claire Dubois a demandé à M. Paul Roux de « revoir"
                + " sa copie »."));
    }

    @Test
    void quotationInAClauseOfCauseIsTheSpeakersReason() {
        assertEquals(List.of("Claire Dubois", "Claire Dubois"), speakers("fr", "Claire Dubois a demandé à Paul Roux de"
                + " « revoir sa copie » parce qu'il « n'a rien compris »."));
        assertEquals(List.of("Ann Lee", "Ann Lee"), speakers("en", "Ann Lee told Tom Hart to “start again” because he"
                + " had “understood nothing”."));
    }

    @Test
    void subordinateClauseBetweenCommasAfterTheReportingVerbIsAnAside() {
        assertEquals(List.of("Shaun Pell"), speakers("en", "Shaun Pell said, although the minister clearly cared, the"
                + " record was “woeful”."));
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a estimé, même si le ministre s'engage, que le"
                + " bilan est « désastreux »."));
    }

    @Test
    void reportingVerbFormAfterAnArticleThatFollowsAVerbIsANoun() {
        assertEquals(List.of("Charles Dumont", "Julien Morvan"), speakers("fr", "Selon Charles Dumont, « ce plan coûtera"
                + " trop cher ».", "Julien Morvan a salué l'annonce : « C'est une victoire pour les cyclistes. »"));
        assertEquals(List.of("Charles Dumont", "Julien Morvan"), speakers("fr", "Selon Charles Dumont, « ce plan coûtera"
                + " trop cher ».", "Julien Morvan le confirme : « C'est une victoire. »"), "« le » is its object");
    }

    @Test
    void nameInADescriptionsComplementIsNotItsSubject() {
        assertEquals(Arrays.asList((String) null), speakers("fr", "Le principal suspect dans l'enquête sur la mort du"
                + " jeune Alexandre Jolin a soutenu vendredi « être étranger aux faits »."));
        assertEquals(List.of("Sergueï Lavrov"), speakers("fr", "Le chef de la diplomatie Sergueï Lavrov a jugé la"
                + " proposition « inacceptable »."));
    }

    @Test
    void interviewKeepsItsSubjectWhenAFewQuotationsAreSomebodyElses() {
        assertEquals(List.of("Ilvo Darnesk", "Ilvo Darnesk", "Paul Roux"), speakers("fr", "Aux anges, Ilvo Darnesk,"
                + " la numéro un, a partagé son bonheur en conférence de presse.", "Sur la finale…",
                "« C'était très dur. Nous avons tout donné. »", "Sur la nervosité…",
                "« J'étais très nerveuse avant la finale. »", "Son entraîneur, Paul Roux, confirme : « Elle a tout"
                        + " donné. »"));
    }

    @Test
    void subordinateClauseRightAfterAQuotationHasItsOwnSubject() {
        assertEquals(List.of("Philippe Roux", "Claire Dubois"), speakers("fr", "Philippe Roux se réjouit : « Il n'y a pas"
                + " eu de dégâts » même si Claire Dubois, elle, trouve que « cela sent la fumée »."));
    }

    @Test
    void possessiveKinshipNounNamesTheRelativeNamedWithIt() {
        assertEquals(List.of("Philippe", "Pauline"), speakers("fr", "Parmi elles, Philippe et sa fille Pauline rentrent"
                + " chez eux.", "Philippe se réjouit : « Il n'y a pas eu de dégâts » même si sa fille, elle, trouve que"
                + " « cela sent la fumée »."));
        assertEquals(List.of("Anna"), speakers("en", "Tom Hart arrived with his wife Anna.", "“It was long,” his wife said."));
        assertEquals(Arrays.asList((String) null), speakers("en", "Tom Hart arrived alone.", "“It was long,” his wife"
                + " said."), "a wife the article does not name");
    }

    @Test
    void faireWithTheInfinitiveOfAReportingVerbIsOneReportingVerb() {
        assertEquals(List.of("Claire Dubois", "Paul Martin"), speakers("fr", "Claire Dubois a parlé la première. « Il"
                + " faut de la stabilité », a-t-elle dit.", "Paul Martin a donné son avis quelques minutes plus tard.",
                "« Il faut des gens compétents », a-t-il fait remarquer."));
        assertEquals(List.of("Paul Martin"), speakers("fr", "« Rien n'est joué », a fait valoir Paul Martin."));
    }

    @Test
    void setPhraseBetweenAnInvertedReportingVerbAndItsSubject() {
        assertEquals(List.of("Stéphane Roux", "Jean"), speakers("fr", "« Le train est annulé », s'exclame par exemple"
                + " Stéphane Roux.", "« Aucun train », raconte entre autres Jean."));
    }

    @Test
    void reportingVerbInAnInfinitiveAfterTheQuotationIsNoIncise() {
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a dit avoir « mieux à faire » que de répondre."),
                "« que de » makes a comparison: « que » is no participle governing the infinitive");
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a dit avoir « mieux à faire » sans répondre."));
    }

    @Test
    void reportingVerbOfARelativeClauseBeforeItsAntecedentsVerbIntroducesNothing() {
        assertEquals(List.of("Tom Hart"), speakers("en", "Tom Hart said people who asked for the session are “still"
                + " friends” and he will work with them."));
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a dit que ceux qui ont demandé la session sont"
                + " « toujours des amis »."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Roux a parlé à une femme qui a dit que son fils"
                + " est « très fier »."), "the relative's verb with its « que » clause: the woman's words");
    }

    @Test
    void descriptionWithANationalityIsNotTheHolderOfAnAkinPostWithoutIt() {
        assertEquals(List.of("Charles Michel", "Marc Zelensky", "Marc Zelensky"), speakers("fr", "« Notre avenir est"
                + " ensemble », martèle Charles Michel, président du Conseil européen.", "De son côté, Marc Zelensky"
                + " salue « sincèrement » la décision.", "« C'est un moment historique », dit le chef de l'État"
                + " ukrainien."));
        assertEquals(List.of("Marc Zelensky"), speakers("fr", "Le président ukrainien Marc Zelensky a parlé. Puis"
                + " Charles Michel a parlé.", "« C'est historique », dit le chef de l'État ukrainien."),
                "the nationality he was given");
    }

    @Test
    void governmentQualifiedByAPlacesNameIsNamedWholeAndTheGovernmentLaterIsIt() {
        assertEquals(List.of("Lagos State government", "Lagos State government"), speakers("en", "The Lagos State"
                + " government said it was “ready”.", "The government said: “We are calm.”"));
    }

    @Test
    void documentOfAnInstitutionNounInThePossessiveIsThatInstitutions() {
        assertEquals(List.of("Acme Corp"), speakers("en", "Acme Corp has closed its plant.", "The company's statement"
                + " said: “We are calm.”"));
        assertEquals(Arrays.asList((String) null), speakers("en", "Tom Hart died on Monday.", "The family's statement"
                + " read: “We are sad.”"), "a group the article does not name");
    }

    @Test
    void indefiniteDocumentFromAnInstitutionNounIsThatInstitutions() {
        assertEquals(List.of("Acme Corp"), speakers("en", "Acme Corp has closed its plant in Leeds.", "A statement from"
                + " the firm read: “We regret this.”"));
        assertEquals(Arrays.asList((String) null), speakers("en", "Acme Corp has closed its plant in Leeds.", "A"
                + " statement from a neighbour read: “We regret this.”"), "somebody the article does not name");
    }

    @Test
    void personWithAPostBeforeAColonSpeaksNotTheBodyOfThePost() {
        assertEquals(List.of("Paul Roux", "Eric Dubois", "Marie Lenoir"), speakers("fr", "Paul Roux, député LR"
                + " constructif : « C'est une marque de respect. »", "Eric Dubois, député LR des Alpes-Maritimes : « Un"
                + " discours creux. »", "Marie Lenoir, sénatrice-maire FN de Fréjus : « Un exercice de communication. »"));
    }

    @Test
    void descriptionAfterAPrepositionalPhraseThatEndsWithItsNounIsTheSubject() {
        assertEquals(List.of("Angela Merkel"), speakers("fr", "La chancelière allemande, Angela Merkel, a ouvert la"
                + " marche.", "« Nous pouvons avancer », a déclaré à la presse la chancelière allemande."));
        assertEquals(List.of("Fabrice Lenoir"), speakers("fr", "La grève est lancée à l'appel du Syndicat des pilotes"
                + " (SPL).", "« Nous n'avons pas choisi cette date », a déclaré à la presse le président du SPL, le"
                + " commandant Fabrice Lenoir, à l'aéroport."), "the description's holder named after his own rank");
    }

    @Test
    void personApposedToAnIndefiniteSourceAfterTheQuotationIsTheSpeaker() {
        assertEquals(List.of("Claire Dubois"), speakers("fr", "S'il n'y a « pas de perte humaine », d'après une"
                + " journaliste de Martinique 1ère, Claire Dubois, les dégâts sont importants."));
        assertEquals(Arrays.asList((String) null), speakers("fr", "Paul Roux a parlé.", "« Tout va bien », selon une"
                + " source proche de l'enquête, qui confirme."), "a source the article does not name");
    }

    @Test
    void headOfABodyIsThePersonWhosePostWasGivenWithThatBody() {
        assertEquals(List.of("Antonio Guterres"), speakers("fr", "Le secrétaire général de l'ONU, Antonio Guterres, s'est"
                + " dit déçu. La présidente de la COP25, Carolina Schmidt, a salué l'accord.", "A Madrid, « la"
                + " communauté internationale a raté une occasion », a déploré le chef de l'ONU."));
        assertEquals(List.of("Ann Lee"), speakers("en", "Ann Lee, secretary-general of the UN, was disappointed. Tom"
                + " Hart, the host, was happy.", "“We missed a chance,” said the head of the UN."));
    }

    @Test
    void employerAfterAPersonNounAndAtIsNoVenueAndTheFirmLaterIsIt() {
        assertEquals(Arrays.asList(null, "Acme Corp"), speakers("en", "Workers at Acme Corp in Leeds were told the"
                + " base will shut.", "A worker said: “It is a shock.”", "The Leeds factory is small.", "A statement from"
                + " the firm read: “The company regrets this.”"));
    }

    @Test
    void shortQuotationAfterAVerbOfBeingIsItsPersonSubjectsWordsAboutThemselves() {
        assertEquals(List.of("Tom Hart", "Ann Lee"), speakers("en", "National team coach Tom Hart was “very proud” of his"
                + " boys after the win.", "Ann Lee felt “betrayed” by the vote."));
        assertEquals(List.of("Claire Dubois"), speakers("fr", "La maire Claire Dubois est « ravie » du résultat."));
        assertEquals(Arrays.asList((String) null), speakers("en", "The record was “woeful” under the old board."),
                "no person is the subject");
    }

    @Test
    void nierReportsAsDenyDoes() {
        assertEquals(List.of("Paul Roux"), speakers("fr", "Paul Roux a nié avoir « frappé » la victime."));
    }

    @Test
    void nameAfterAParticipleInsideTheQuotationIsNoIncise() {
        assertEquals(List.of("Tom Hart", "Tom Hart"), speakers("en", "Acme Corp closed its plant. Tom Hart said: “We"
                + " regret this.", "“The board wishes to distance itself from the rumours, saying Acme Corp remains"
                + " committed to the town and its people.”"));
    }
}
