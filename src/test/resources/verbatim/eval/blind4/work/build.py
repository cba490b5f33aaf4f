#!/usr/bin/env python3
"""Holds the hand annotations of blind set 4 and writes NAME.json beside each NAME.txt.
A quotation is given by its text, or by the start of its text followed by "~" (the whole span inside the marks that
begins so is taken from the article); its paragraph is the first paragraph holding it unless a number is given.
Dates carry their paragraph. Usage: build.py [DIR] (default: the folder above this script)."""
import json, os, re, sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FR_REPO = "github.com/YoannDupont/WiNER-fr (commit 0fe35f0), {}"
EN_REPO = "github.com/dimitrakatseli/Wikinews data/english.json (commit 06264e6), item {} of the JSON array (0-based)"
FR_LIC = "CC BY 2.5"
OPT = "optional"
SPAN = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")

# name: (source id, note, quotes [(text, speaker, [OPT], [paragraph])], people, organizations, dates [(text, value, paragraph)])
A = {}

MAIRIE = ["Mairie", "la Mairie", "Mairie de Paris", "Ville de Paris"]
A["blind4-fr-01"] = ("2016/06/2016_06_12-011.txt", "article réel de Wikinews (12 juin 2016) ; « Ils s'affirment « … » » (les grévistes, groupe non nommé) ; « « … » mardi, … a déclaré le maire X » (citation coupée par un mot hors guillemets) ; la Mairie comme locuteur (« a indiqué la Mairie dans un communiqué », « Elle appelle « … » ») ; « « … », selon lui » puis « « … », a-t-il constaté » au paragraphe suivant (Patrice Furé) ; « jeudi 9 », « mardi 14 » (jour de semaine et quantième sans mois) résolus en juin 2016", [
    ("prêts", [None, "CGT", "personnels", "les personnels"], OPT),
    ("en cas de réouverture de négociations sur le projet de loi travail", [None, "CGT", "personnels", "les personnels"]),
    ("Les représentants CGT de la ville~", "Gaël Perdriau"),
    ("Outre des centres du Syctom~", MAIRIE),
    ("situation préoccupante", MAIRIE),
    ("contrainte de recourir à la force publique", MAIRIE),
    ("à la reprise du dialogue~", MAIRIE),
    ("La CGT-Energie a déposé~", "Patrice Furé"),
    ("Ça va devenir compliqué", "Patrice Furé"),
    ("Le mouvement a plutôt tendance~", "Patrice Furé"),
], ["Gaël Perdriau", "Patrice Furé"],
   ["CGT", "Ville de Paris", "Syctom", "Les Républicains", "CGT-Energie", "Reuters"], [
    ("jeudi 9", "2016-06-09", 1), ("mardi 14", "2016-06-14", 2), ("le 30 mai", "2016-05-30", 11)])

A["blind4-fr-02"] = ("2016/07/2016_07_26-006.txt", "article réel de Wikinews (26 juillet 2016) ; « … pas de « … », explique X, le porte-parole … » ; deux citations de Hollande à la suite (« évoque un « … », « … » ») ; le pape et le Vatican (« s'associe … », « crime barbare ») ; « Il ajoute que « … » » ; « L'archevêque de Rouen … appelle … « … » » (nommé au paragraphe 4) ; « pour le mois de juillet » = juillet 2016", [
    ("dispositif de piégeage", "Pierre-Henry Brandet"),
    ("ignoble attentat terroriste", "François Hollande"),
    ("nous devons mener la guerre~", "François Hollande"),
    ("s'associe à la douleur et à l'horreur", ["pape François", "François", "Vatican"]),
    ("crime barbare", ["Vatican", "le Vatican", "pape François"]),
    ("effaré par le décès de [son] ami.", "Mohammed Karabila"),
    ("c'est quelqu'un qui a donné~", "Mohammed Karabila"),
    ("même les non-croyants~", "Dominique Lebrun"),
], ["Jacques Hamel", "Pierre-Henry Brandet", "François Hollande", "Bernard Cazeneuve", "Dominique Lebrun", "Marine Le Pen",
    "Manuel Valls", "Alain Juppé", "pape François", "Mohammed Karabila", "Adel Kermiche"],
   ["ministère de l'Intérieur", "Élysée", "État islamique", "Daesh", "Vatican", "Twitter"], [
    ("juillet", "2016-07", 2), ("1958", "1958", 2), ("en 2008", "2008", 2),
    ("janvier 2015", "2015-01", 8), ("le 19 mars 2015", "2015-03-19", 8)])

A["blind4-fr-03"] = ("2016/08/2016_08_30-003.txt", "article réel de Wikinews (30 août 2016) ; policiers non nommés (« d'après un policier, « … » », « d'autres policiers déclarent que … « … » ») ; « D'après X, le secrétaire régional …, l'individu ferait « … » » ; « au motif que celui-ci « représente la France » » (rapporté par des agents non nommés) ; pas de date", [
    ("les motivations restent floues", [None, "policier", "un policier"]),
    ("semblait en vouloir à l’État ou au gouvernement", [None, "policiers", "d'autres policiers"]),
    ("une fixation sur la DGSI", "Luc Escoda"),
    ("représente la France", [None, "agents de police", "des agents de police"]),
], ["Luc Escoda", "Valentin"],
   ["Alliance police nationale", "DGSI"], [])

INSTR = [None, "Église", "l'Église", "Congrégation pour la doctrine de la foi", "Ad resurgendum cum Christo"]
A["blind4-fr-04"] = ("2016/10/2016_10_25-002.txt", "article réel de Wikinews (25 octobre 2016) ; citations d'un texte (l'instruction Ad resurgendum cum Christo, « selon l'Église ») et d'une instruction de 1963 (le Saint-Office « explique que … « … » ») : locuteur institutionnel ou null ; citation introduite par un deux-points avant la proposition principale (« Afin d'éviter … : « … », l'instruction interdit ») ; « le 28 mars précédent » = 2016", [
    ("en soi contraire à la religion chrétienne", [None, "Saint-Office", "Piam et constantem"]),
    ("d'abord et avant tout~", INSTR),
    ("l'ancienne tradition chrétienne", INSTR),
    ("des raisons contraires la doctrine chrétienne", INSTR),
    ("malentendu de type panthéiste, naturaliste ou nihiliste", INSTR),
], ["Gerhard Ludwig Müller", "pape François"],
   ["Saint-Siège", "Congrégation pour la doctrine de la foi", "Saint-Office", "Église"], [
    ("le 28 mars", "2016-03-28", 1), ("le 15 août", "2016-08-15", 1), ("en 1963", "1963", 2)])

A["blind4-fr-05"] = ("2017/01/2017_01_20-005.txt", "article réel de Wikinews (20 janvier 2017) ; « en criant « … » » (l'agresseur, nommé « Nolan L. » au paragraphe suivant) ; chef d'inculpation (facultatif) ; « X a décidé de porter plainte pour « … » » ; peine citée sans locuteur (null) ; « le 22 décembre dernier » = 2016", [
    ("ici c'est la Bretagne", "Nolan L."),
    ("violences sur une personne chargée d’une mission de service public", None, OPT),
    ("ne pas laisser passer cet acte de violence", "Manuel Valls"),
    ("trois mois d’emprisonnement~", None),
], ["Manuel Valls", "Jean-Yves Le Drian", "Nolan L."],
   ["gendarmerie", "Parlement"], [
    ("le 22 décembre", "2016-12-22", 1), ("mardi 17 janvier", "2017-01-17", 1)])

GROUPF = [None, "féministes", "défenseurs des droits de l'homme"]
A["blind4-fr-06"] = ("2017/01/2017_01_27-001.txt", "article réel de Wikinews (27 janvier 2017) ; « affirmant que c'était « … » », « selon lui, « … » » ; une commission comme locuteur (« Selon la commission …, … aurait même pu « … » ») ; « Il avait aussi ajouté qu'… « … » » (Poutine) ; texte de loi cité (null) ; « Pour eux, « … » », « Ils mettent en avant le fait que « … » » (féministes et défenseurs des droits, groupe) ; termes « proches », « valeurs occidentales » (facultatifs)", [
    ("un vote historique", "Andreï Issaïev"),
    ("dans certains pays~", "Andreï Issaïev"),
    ("proches", None, OPT),
    ("aboutir à ce que~", ["commission des affaires familiales du patriarcat", "patriarcat", None]),
    ("[existait] d’autres moyens~", "Vladimir Poutine"),
    ("c’est mauvais à la fin, ça détruit la famille", "Vladimir Poutine"),
    ("préservation des valeurs traditionnelles familiales", None),
    ("valeurs occidentales", None, OPT),
    ("le pouvoir veut faire~", GROUPF),
    ("40 % des crimes graves~", GROUPF),
    ("les traditions russes~", "Iouri Sineltchikov"),
], ["Vladimir Poutine", "Andreï Issaïev", "Iouri Sineltchikov"],
   ["Église orthodoxe", "commission des affaires familiales du patriarcat", "Parlement"], [
    ("mercredi 25 janvier", "2017-01-25", 1), ("en décembre 2016", "2016-12", 5)])

A["blind4-fr-07"] = ("2017/02/2017_02_10-002.txt", "article réel de Wikinews (10 février 2017) ; « « … », ont souligné les juges » (juges non nommés) ; « X a immédiatement réagi sur Twitter : « … », a-t-il écrit » (deux-points et incise) ; « qu'il considère comme « politisé » » (un mot, facultatif) ; une association comme locuteur (« accueillie … par l'Union américaine … (ACLU) : « … » a-t-elle déclaré ») ; « X dénonce le verdict : « … » » ; « Selon lui, … « malavisée » et « … » » ; pas de date", [
    ("Le gouvernement n'a pas fait la preuve~", [None, "juges", "les juges", "Cour fédérale d'appel de San Francisco"]),
    ("ON SE VOIT AU TRIBUNAL~", "Donald Trump"),
    ("politisé", "Donald Trump", OPT),
    ("Les tentatives erratiques~", ["Union américaine pour les libertés civiles", "ACLU"]),
    ("Aucun étranger n'a de droit~", "Tom Cotton"),
    ("malavisée", "Tom Cotton"),
    ("notoirement de gauche", "Tom Cotton"),
], ["Donald Trump", "Tom Cotton"],
   ["Cour fédérale d'appel de San Francisco", "Maison-Blanche", "Cour suprême", "Union américaine pour les libertés civiles", "Twitter"], [])

WIT = ["Jacques Witkowski", "préfecture", "la préfecture"]
BRAS = ["Stéphane Brasseur", "Jacques Lepetit"]
A["blind4-fr-08"] = ("2017/02/2017_02_10-003.txt", "article réel de Wikinews (10 février 2017) ; une entreprise comme locuteur (« EDF précise cependant qu'« … » et qu'il « … » « … », ajoutant qu'il n'y a « … » et « … » », cinq fragments) ; « Selon ce qu'a confié … X, préfet …, « … » », « Il ajoute qu'« … » », puis « … » sans verbe et « précise encore la préfecture » (préfet ou préfecture) ; propos du directeur rapportés par un maire ; Greenpeace (« selon Greenpeace, « … » », « fustige encore l'association ») ; « affirme-t-il » pour la personne de la phrase précédente ; « des années 1980 » (décennie) n'est pas une date", [
    ("[un] départ de feu~", "EDF"),
    ("[...] a été immédiatement maîtrisé~", "EDF"),
    ("en zone non nucléaire", "EDF"),
    ("aucune victime", "EDF"),
    ("[...] pas de conséquence~", "EDF"),
    ("[on] a eu un début d'incendie~", "Jacques Witkowski"),
    ("[un] ventilateur a connu~", "Jacques Witkowski"),
    ("[Le] ventilateur a explosé.~", WIT),
    ("a priori un court-circuit~", WIT),
    ("Ce n’est pas un incendie~", "Jacques Witkowski"),
    ("circonscrit", BRAS, OPT),
    ("[le] dégagement de fumée est maîtrisé~", BRAS),
    ("avec les deux récents incendies~", "Greenpeace"),
    ("[l]' ASN a elle-même déclaré~", "Greenpeace"),
    ("Tout cela s'inscrit~", "Greenpeace"),
    ("chaque nouvel incident~", "Yannick Jadot"),
    ("Tout incident de cette nature~", "Neil Hyatt"),
    ("devrait pas se traduire par une fuite radioactive", "Neil Hyatt"),
    ("explosions et les feux~", "Barry Marsden"),
], ["Jacques Witkowski", "Stéphane Brasseur", "Jacques Lepetit", "Yannick Jadot", "Jean-Luc Mélenchon", "Benoît Hamon",
    "Neil Hyatt", "Barry Marsden"],
   ["EDF", "Ouest-France", "France Bleu Normandie", "LCI", "France Info", "20 minutes", "Commission locale d'information de Flamanville",
    "Greenpeace", "ASN", "EELV", "BFMTV", "université de Sheffield", "université de Manchester"], [
    ("2025", "2025", 9), ("le 24 octobre 2012", "2012-10-24", 14), ("en août 2015", "2015-08", 14)])

METEO = ["Météo-France", None]
A["blind4-fr-09"] = ("2017/02/2017_02_15-002.txt", "article réel de Wikinews (15 février 2017) ; citations courtes en chaîne attribuées en fin de phrase (« d'après le maire de Tignes, X », « selon le sous-préfet d'Albertville, X ») ; cause de l'erreur sans locuteur (null ou le sous-préfet) ; « Les secours précisent qu'« … » » (groupe) ; bulletin de Météo-France ; mots isolés « expérimenté », « cheminai[t] », « marqué » (facultatifs) ; « 13 février » = 2017", [
    ("audition[né] par les CRS", ["Jean-Christophe Vitale", None]),
    ("quelques minutes avant le drame", "Jean-Christophe Vitale"),
    ("[...] a confirmé la certitude~", "Nicolas Martrenchard"),
    ("[le] bilan définitif est de quatre victimes", "Nicolas Martrenchard"),
    ("une double prise en compte~", [None, "Nicolas Martrenchard"]),
    ("expérimenté", None, OPT),
    ("cheminai[t]", None, OPT),
    ("ils avaient déjà emprunté~", [None, "secours", "les secours"]),
    ("marqué", "Météo-France", OPT),
    ("possibles parfois même~", METEO),
    ("à caractère piégeux~", METEO),
], ["Jean-Christophe Vitale", "Nicolas Martrenchard", "Pierre Nicalek", "Laurent Ruiz"],
   ["CRS", "Météo-France", "École de ski internationale de Montgenèvre", "PGHM"], [
    ("13 février", "2017-02-13", 1)])

DECL = [None, "membres", "les membres", "déclaration de Rome"]
A["blind4-fr-10"] = ("2017/03/2017_03_25-001.txt", "article réel de Wikinews (25 mars 2017) ; engagement du traité de 1957 (null) ; deux citations liées par « mais » puis « a affirmé M. X » ; « a ainsi lancé le président … X tandis que, pour le président … Y, « … » » (deux locuteurs dans une phrase) ; « Juncker ajoute qu'« … » » ; déclaration des membres (groupe ou null) ; Hollande : « « Nous ferons en sorte » qu'il « … », a-t-il prévenu », « Il a ensuite lancé … : « … » » ; titre « déclaration de Rome » (facultatif) ; « mercredi 29 » = 29 mars 2017", [
    ("établir les fondements~", [None, "traité de Rome"]),
    ("Nous nous sommes arrêtés~", "Paolo Gentiloni"),
    ("nous avons appris la leçon, l’Union choisit de repartir", "Paolo Gentiloni"),
    ("Prouvez aujourd’hui~", "Donald Tusk"),
    ("il y aura un 100e anniversaire de l’UE", "Jean-Claude Juncker"),
    ("il y a des signatures qui durent", "Jean-Claude Juncker"),
    ("déclaration de Rome", None, OPT),
    ("agir de concert~", DECL),
    ("Union est une et indivisible", DECL),
    ("l’Europe est notre avenir commun", DECL),
    ("payer nécessairement les conséquences", "François Hollande"),
    ("Nous ferons en sorte", "François Hollande"),
    ("ne soit pas au détriment de l’Europe", "François Hollande"),
    ("Il y en a qui veulent quitter~", "François Hollande"),
], ["Paolo Gentiloni", "Donald Tusk", "Jean-Claude Juncker", "François Hollande"],
   ["UE", "Conseil européen", "Commission européenne", "Black Blocks"], [
    ("mercredi 29", "2017-03-29", 1), ("le 25 mars 1957", "1957-03-25", 1), ("en 1957", "1957", 2)])

TRIB = [None, "Tribunal international Monsanto", "Tribunal"]
A["blind4-fr-11"] = ("2017/04/2017_04_19-004.txt", "article réel de Wikinews (19 avril 2017) ; avis d'un tribunal citoyen (le Tribunal ou null) ; une entreprise comme locuteur (« Monsanto … qu'il qualifie de « … » qui aurait « … » ») ; termes « avis consultatif », « agent orange » (facultatifs) ; aucune personne nommée ; « à la mi-octobre dernier » = octobre 2016", [
    ("avis consultatif", None, OPT),
    ("agent orange", None, OPT),
    ("liberté indispensable à la recherche scientifique", TRIB),
    ("commercialisation agressive", TRIB),
    ("juge et partie", "Monsanto"),
    ("nié l'existence~", "Monsanto"),
    ("redéfinir la hiérarchie des normes", TRIB),
], [],
   ["Monsanto", "Tribunal international Monsanto", "Cour pénale internationale"], [
    ("mi-octobre", "2016-10", 2)])

A["blind4-fr-12"] = ("2017/08/2017_08_05-001.txt", "article réel de Wikinews (5 août 2017) ; citations introduites par « X, description, a déclaré : « … » » (président de club, joueur, entraîneurs, dirigeant) ; communiqués d'une ligue et d'un club (« Les fonctionnaires de LaLiga ont publié un communiqué … : « … » », « La déclaration explique : « … » « … » ») ; messages Instagram (« X a posté sur Instagram : « … » ») ; « en 2014-15 » (saison) non annotée", [
    ("Aujourd'hui, avec l'arrivée~", "Nasser Al-Khelaifi"),
    ("Je suis extrêmement heureux~", ["Neymar Jr", "Neymar"]),
    ("Nous pouvons confirmer~", ["LaLiga", "La Liga"]),
    ("Le jeudi après-midi~", ["FC Barcelone", "Barcelone", "Barça"]),
    ("Le Club transmettra~", ["FC Barcelone", "Barcelone", "Barça"]),
    ("Chers sont ceux~", "José Mourinho"),
    ("Je pensais que Fair Play~", "Jürgen Klopp"),
    ("C'est un coup pour Barcelone.~", "Marc Ingla"),
    ("Une fois qu'un pays possède~", "Arsène Wenger"),
    ("C'était un grand plaisir~", "Lionel Messi"),
    ("Mon ami, je te souhaite~", "Luis Suárez"),
], ["Neymar Jr", "Paul Pogba", "Nasser Al-Khelaifi", "José Mourinho", "Romelu Lukaku", "Jürgen Klopp", "Marc Ingla",
    "Arsène Wenger", "Lionel Messi", "Luis Suárez"],
   ["Paris Saint-Germain", "FC Barcelone", "Juventus FC", "Manchester United", "Santos FC", "LaLiga", "UEFA", "Liverpool",
    "Lille", "Arsenal", "Everton FC", "NBA", "Instagram"], [
    ("juin 2022", "2022-06", 1), ("en janvier 2009", "2009-01", 2), ("en 2013", "2013", 2), ("en 2015", "2015", 2),
    ("en 2014", "2014", 6)])

A["blind4-fr-13"] = ("2018/02/2018_02_19-001.txt", "article réel de Wikinews (19 février 2018) ; citation sans verbe après la phrase qui nomme le chercheur ; « « … », affirme X, premier auteur » ; « « … », souligne-t-il » ; « « … », explique X. « … » » (deuxième citation sans verbe) ; épithète « jumelle de la Voie Lactée » (facultative)", [
    ("Il y a 5 ou 6 ans~", "François Hammer"),
    ("jumelle de la Voie Lactée", None, OPT),
    ("Notre galaxie n'a pas connu~", "François Hammer"),
    ("Ils ont scruté~", "François Hammer"),
    ("Paradoxalement lors de fusion~", "François Hammer"),
    ("Mais la fusion des deux trous noirs~", "François Hammer"),
], ["François Hammer"],
   ["Monthly Notices of the Royal Astronomical Society", "Observatoire de Paris"], [
    ("En 2010", "2010", 2)])

NASA = ["NASA", "Nasa"]
A["blind4-fr-14"] = ("2018/04/2018_04_05-001.txt", "article réel de Wikinews (5 avril 2018) ; une agence comme locuteur (« La NASA annonce vouloir « … » », « indique la NASA », « tempère cependant l'agence spatiale dans son communiqué ») ; « « … », a insisté X, directeur … » ; « « … », explique l'administrateur de la NASA, X » ; James Webb et Hubble sont des télescopes, pas des personnes", [
    ("tester l'observatoire~", NASA),
    ("Le JWST est une entreprise audacieuse~", "Günther Haringer"),
    ("C'est le plus grand projet~", "Robert Lightfoot"),
    ("sonder les structures mystérieuses et les origines de notre univers", NASA),
    ("Une fois la date précise~", NASA),
], ["Günther Haringer", "Robert Lightfoot"],
   ["NASA", "Agence spatiale canadienne", "ASE"], [
    ("en 2019", "2019", 1), ("en mai 2020", "2020-05", 1), ("en 1990", "1990", 2)])

A["blind4-fr-15"] = ("2018/06/2018_06_23-002.txt", "article réel de Wikinews (23 juin 2018) ; « a affirmé que ce blocus visait à préserver la « … » » ; une fondation comme locuteur (« l'OSF a déclaré … déplorant une situation « … » ») ; « X a déclaré dans un communiqué : « … » » ; « Avant d'ajouter : « … « Stop Soros » … » » (guillemets imbriqués : la citation entière est requise, le morceau que coupe le premier » est facultatif) ; un ministère (« il a indiqué que « … » ») ; « Stop Soros », « population étrangère » (facultatifs) ; « en avril », « En mai », « juillet » = 2018", [
    ("Stop Soros", None, OPT, 1),
    ("culture chrétienne", "Viktor Orbán"),
    ("de plus en plus répressive", ["Open Society Foundations", "OSF"]),
    ("c'est une amère ironie~", "Gauri van Gulik"),
    ("population étrangère", None, OPT),
    ("le peuple hongrois attend~", "Sándor Pintér"),
    ("Les projets de loi « Stop Soros » servent cet objectif, en faisant de l'organisation de l'immigration illégale une infraction pénale. Nous voulons utiliser ces lois pour éviter que la Hongrie ne devienne un pays d'immigrants", "Sándor Pintér"),
    ("Les projets de loi « Stop Soros", "Sándor Pintér", OPT),
    ("la défense contre l'immigration illégale~", ["ministère des finances", "le ministère des finances"]),
    ("la demande d'asile~", "Pascale Moreau"),
], ["George Soros", "Viktor Orbán", "Gauri van Gulik", "Sándor Pintér", "Pascale Moreau"],
   ["Union européenne", "Nations Unies", "Amnesty International", "Open Society Foundations", "ministère des finances",
    "Haut Commissariat des Nations Unies pour les réfugiés"], [
    ("en avril", "2018-04", 3), ("En mai", "2018-05", 3), ("juillet", "2018-07", 4)])

A["blind4-fr-16"] = ("2018/07/2018_07_04-001.txt", "article réel de Wikinews (4 juillet 2018) ; « « … », a tweeté le ministre … X » ; « X … s'est adressé au Dáil en disant : « … » » ; « X, chef du parti …, a déclaré : « … » » (long, plusieurs phrases) ; thème « Nous sommes une famille » (facultatif) ; « Le 19 juin » = 2018", [
    ("Nous sommes une famille", None, OPT),
    ("Joyeuse Pride tout le monde !~", "Simon Harris"),
    ("Aujourd'hui, les gens auxquels~", "Leo Varadkar"),
    ("Nous sommes solidaires~", "Mary Lou McDonald"),
], ["Mark Mellett", "Mary McAleese", "Katherine Zappone", "Simon Harris", "Leo Varadkar", "Mary Lou McDonald"],
   ["Forces de Défense irlandaises", "The Independent", "Dáil", "Sinn Féin"], [
    ("en 1993", "1993", 4), ("en novembre 2015", "2015-11", 4), ("Le 19 juin", "2018-06-19", 4)])

EN_NOTE = "real English Wikinews article ({}; the day is not in the source, the month is inferred from the events reported); the source joins the paragraphs, so the article is one paragraph; "
A["blind4-en-01"] = (26, EN_NOTE.format("April 2005, Talabani's election of 6 April 2005") + "\"\"…,\" said Parliament speaker X earlier\"; \"X, a 42-year-old Kurd in Kirkuk, told reporters: \"…\"\"; \"was said to be \"clearly upset\"\" (agency reports, null or the minister of the next sentence); \"Saddam \"…,\" X told Reuters\" (quotation inside the sentence, speaker after it); \"by August this year\" = August 2005", [
    ("This is the new Iraq~", "Hajem al-Hassani"),
    ("Today Jalal Talabani~", "Mohammed Saleh"),
    ("clearly upset", [None, "Bakhtiar Amin"]),
    ("realised that it was over~", "Bakhtiar Amin"),
], ["Jalal Talabani", "Adel Abdul Mahdi", "Ghazi Yawar", "Hajem al-Hassani", "Saddam Hussein", "Ibrahim al-Jaafari",
    "Mohammed Saleh", "Bakhtiar Amin"],
   ["Parliament", "Reuters"], [
    ("August", "2005-08", 1)])

A["blind4-en-02"] = (40, EN_NOTE.format("May 2006, USA Today report of Thursday 11 May 2006") + "\"\"…,\" said Senator X of Vermont\" after a sentence about \"the top-ranking Democrat\"; \"commented on … on January 23, 2006, stating: \"…\"\"; \"assured Americans that their privacy is being \"fiercely protected.\"\" (short, required) then \"\"…,\" commented Bush\"; single-quoted 'private' is not a quotation mark of the guidelines", [
    ("It is our government~", "Patrick Leahy"),
    ("The purpose of all this~", "Michael Hayden"),
    ("fiercely protected.", "George W. Bush"),
    ("We're not mining~", "George W. Bush"),
], ["Patrick Leahy", "Michael Hayden", "George W. Bush"],
   ["USA Today", "National Security Agency", "Senate Judiciary Committee", "AT&T", "Verizon Communications", "BellSouth",
    "New York Times", "CIA", "Supreme Court of the United States"], [
    ("in 2001", "2001", 1), ("September 11, 2001", "2001-09-11", 1), ("January 23, 2006", "2006-01-23", 1)])

IJV = ["Independent Jewish Voices", None]
A["blind4-en-03"] = (49, EN_NOTE.format("February 2007, the Independent Jewish Voices letter of Monday 5 February 2007") + "an open letter as speaker (\"stated that the group has \"…\" and that … has \"…,\"\"); \"argues … by asserting that … \"…,\"\" and \"according to Klug, \"…\"\"; titles of a letter and an essay (optional); \"since 1967\"", [
    ("A Time to Speak Out: Independent Jewish Voices", None, OPT),
    ("come together in the belief~", IJV),
    ("consistently put support~", IJV),
    ("suggests that British Jewry~", "Brian Klug"),
    ("Jews were deeply divided~", "Brian Klug"),
    ("Progressive Jewish Thought and the New Anti-Semitism", None, OPT),
], ["Stephen Fry", "Brian Klug", "Eric Hobsbawm", "Mike Leigh"],
   ["Independent Jewish Voices", "Board of Deputies", "Times of London", "Guardian", "American Jewish Congress"], [
    ("since 1967", "1967", 1)])

A["blind4-en-04"] = (37, EN_NOTE.format("March 2007, the day after Flaherty's budget of 19 March 2007") + "quotation split by \"bloc leader X said,\"; \"\"…,\" Liberal Leader and former … under Jean Chrétien, X, said today\" (long role before the name) then a quotation with no verb; \"\"…,\" said Layton\" for the NDP leader named two sentences before, then a second quotation with no verb; \"The federal election of 2005\"", [
    ("Having said that~", "Gilles Duceppe"),
    ("so we'll take that money.", "Gilles Duceppe"),
    ("He should have had a strategy,", "Stéphane Dion"),
    ("He should have explained~", "Stéphane Dion"),
    ("For every step forward~", "Jack Layton"),
    ("We could have supported~", "Jack Layton"),
], ["Jim Flaherty", "Gilles Duceppe", "Jack Layton", "Jean Chrétien", "Stéphane Dion"],
   ["Bloc Québécois", "Liberals", "NDP"], [
    ("of 2005", "2005", 1)])

A["blind4-en-05"] = (41, EN_NOTE.format("May 2007, the C. W. Jeffreys shooting of 23 May 2007") + "\"\"…,\" said X, Toronto Police Chief\" (name before the role); \"Mayor X interrupted the city council … \"…,\" he said\"; \"since 2000\", \"in 2007\"", [
    ("Students have a right~", "Bill Blair"),
    ("I never thought~", "David Miller"),
], ["Jordan Manners", "Bill Blair", "David Miller"],
   ["C. W. Jeffreys Collegiate Institute", "Sunnybrook Hospital", "Emergency Task Force", "TTC", "Cairine Wilson High School"], [
    ("since 2000", "2000", 1), ("in 2007", "2007", 1)])

A["blind4-en-06"] = (15, EN_NOTE.format("November 2007, after the federal election of Saturday 24 November 2007") + "one speaker throughout: \"\"…,\" he said\", a second quotation with no verb, \"\"…,\" said Mr Vaile\", \"he said\" after other people (Wilson Tuckey) are named; \"in July, 2005\"", [
    ("Over the last couple of days~", "Mark Vaile"),
    ("We are at a point~", "Mark Vaile"),
    ("It's been a long 10 or 11 years~", "Mark Vaile"),
    ("As the leader of my party~", "Mark Vaile"),
    ("As far as amalgamation~", "Mark Vaile"),
    ("My belief is that~", "Mark Vaile"),
], ["Mark Vaile", "John Anderson", "Wendy", "Wilson Tuckey"],
   ["National party", "Liberal party"], [
    ("July, 2005", "2005-07", 1)])

A["blind4-en-07"] = (6, EN_NOTE.format("December 2007, Google's knol announcement of Thursday 13 December 2007") + "a company as speaker (\"According to Google, knols would \"…\"\"); \"\"…,\" said X, Google VP …\", \"\"…,\" continued Manber\", quotations with no verb after \"said Manber\"; \"said Wales\" for \"Wikipedia founder Jimmy Wales\"; terms \"authoritative articles\", \"knol\", \"substantial\" (optional); no date", [
    ("authoritative articles", None, OPT),
    ("knol", None, OPT),
    ("cover all topics~", "Google"),
    ("substantial", "Google", OPT),
    ("Google will not serve~", "Udi Manber"),
    ("All editorial responsibilities~", "Udi Manber"),
    ("We hope that knols~", "Udi Manber"),
    ("We are quite experienced~", "Udi Manber"),
    ("We are very excited~", "Udi Manber"),
    ("People will be able~", "Udi Manber"),
    ("Anyone will be able~", "Udi Manber"),
    ("Google does a lot of cool stuff~", "Jimmy Wales"),
    ("You may see an awful lot~", "Jimmy Wales"),
], ["Udi Manber", "Jimmy Wales"],
   ["Google", "Wikipedia"], [])

A["blind4-en-08"] = (45, EN_NOTE.format("February 2008, the day before the apology of 13 February 2008") + "\"\"…,\" Mr Nelson said yesterday\" then a second quotation holding a single-quoted inner quotation and no closing single mark; \"The Government's manager of business, X, said … \"…,\" he said\"; \"\"…,\" Mr Abbott wrote\" (opinion piece) then a quotation with no verb; no date (times only)", [
    ("If Mr Rudd wants~", "Brendan Nelson"),
    ("We're two days away~", "Brendan Nelson"),
    ("Quite frankly~", "Anthony Albanese"),
    ("Its refusal to say~", "Tony Abbott"),
    ("The Liberal Party's decision~", "Tony Abbott"),
], ["Brendan Nelson", "Kevin Rudd", "Anthony Albanese", "Tony Abbott", "John Howard"],
   ["Stolen Generations", "The Sydney Morning Herald", "Liberal Party"], [])


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    m = re.match(r"^date (\S+)\s+", lines[0])
    lines[0] = lines[0][m.end():]
    if re.match(r"^Source ?:", lines[-1]):
        lines.pop()
    return m.group(1), lines


def find(t, paras, p=None):
    """The quotation's full text and paragraph; t ending with "~" is the start of the span."""
    for i, para in enumerate(paras, 1):
        if p and i != p:
            continue
        if not t.endswith("~"):
            if t in para:
                return t, i
            continue
        for m in SPAN.finditer(para):
            span = next(g for g in m.groups() if g is not None)
            if span.startswith(t[:-1]):
                return span, i
    raise SystemExit(f"not found: {t!r}")


def main():
    for name, (sid, note, quotes, people, orgs, dates) in A.items():
        text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
        date, paras = paragraphs(text)
        credit = text.strip().split("\n")[-1]
        lang = name.split("-")[1]
        title = re.search(r"« (.*) », " if lang == "fr" else r'"(.*)", ', credit).group(1)
        url = ("https://fr.wikinews.org/wiki/" if lang == "fr" else "https://en.wikinews.org/wiki/") + title.replace(" ", "_")
        lic = FR_LIC if lang == "fr" else ("public domain (English Wikinews before 25 Sept 2005)" if credit.endswith("public domain")
                                          else "CC BY 2.5 (English Wikinews from 25 Sept 2005)")
        qs = []
        for q in quotes:
            opt = OPT in q[2:]
            par = next((x for x in q[2:] if isinstance(x, int)), None)
            t, p = find(q[0], paras, par)
            e = {"text": t, "speaker": q[1], "paragraph": p}
            if opt:
                e["optional"] = True
            qs.append(e)
        g = {
            "source_url": url,
            "source_repo": (FR_REPO if lang == "fr" else EN_REPO).format(sid),
            "title": title,
            "lang": lang,
            "date": date,
            "date_inferred": len(date) < 10,
            "date_note": note,
            "license": lic,
            "paragraph_count": len(paras),
            "quotes": qs,
            "people": people,
            "organizations": orgs,
            "dates": [{"text": t, "value": v, "paragraph": p} for t, v, p in dates],
        }
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(qs), sum(1 for q in qs if not q.get("optional")), len(people), len(dates))


main()
