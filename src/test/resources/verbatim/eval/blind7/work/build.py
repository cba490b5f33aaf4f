#!/usr/bin/env python3
"""Holds the hand annotations of blind set 7 and writes NAME.json beside each NAME.txt.
A quotation is (text, speaker[, OPT][, paragraph]): its text, or the start of its text followed by "~" (the whole span
inside the marks that begins so is taken from the article, as the checker's regex reads it); its paragraph is the first
paragraph holding it unless a number is given. A date is (text, value[, paragraph]); the paragraph is found the same way.
Usage: build.py [DIR] (default: the folder above this script)."""
import json, os, re, sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FR_REPO = "github.com/YoannDupont/WiNER-fr (commit 0fe35f0), {}"
EN_REPO = "github.com/vanatteveldt/wikinews (commit 3472541), data/wikinews_{}.csv, row {} (0-based, header excluded)"
OPT = "optional"
SPAN = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")
A = {}   # name: (source, note, quotes, people, organizations, dates)

# ------------------------------------------------------------------ French

IGF = ["IGF", "l'IGF", "Inspection générale des finances", "l'Inspection générale des finances"]
BF = ["Business France"]
SAP = "Michel Sapin"
A["blind7-fr-01"] = ("2017/03/2017_03_12-010.txt", "article réel de Wikinews (12 mars 2017) ; « Selon l'IGF, …, « … « favoritisme » » et … « … » » (une institution, guillemets imbriqués) ; « Pour le ministre … X, … « … ». « … », ajoute-t-il, précisant avoir « … » lorsqu'il a été « … ». « … », insiste-t-il » ; un organisme (« Business France a … reconnu … « … ». Elle précise … : « … », affirme-t-elle ainsi. « … », ajoute-t-elle ») ; « « … », « … », a ainsi confié le candidat d'En marche ! » (rôle qui renvoie à Emmanuel Macron) ; « le PNF a lui indiqué …, par l'intermédiaire d'un porte-parole, que « … » » ; un montant cité sans locuteur (le Canard enchaîné ou null)", [
    ("favoritisme", [None], OPT, 2),
    ("dans l'urgence", [None], OPT),
    ("381 759 euros~", [None, "Canard enchaîné", "Le Canard enchaîné"]),
    ("pourraient être incriminés pour « favoritisme »", IGF),
    ("pourraient être incriminés pour « favoritisme", IGF, OPT),
    ("favoritisme", [None] + IGF, OPT, 3),
    ("au titre de la complicité ou du recel", IGF),
    ("sont totalement hors de cause", SAP),
    ("C'est un dysfonctionnement~", SAP),
    ("naturellement missionné l'IGF", SAP),
    ("informé de ces dysfonctionnements", SAP),
    ("Si l'inspection concluait~", SAP),
    ("au vu de l'ampleur~", BF),
    ("il est apparu ultérieurement~", BF),
    ("Aussitôt qu'elle en a été informée~", BF),
    ("transaction", [None], OPT),
    ("Je n'ai pas pris connaissance~", "Emmanuel Macron"),
    ("mon ministère, lorsque~", "Emmanuel Macron"),
    ("que le PNF~", "Christian Jacob"),
    ("le parquet national financier a pris~", ["PNF", "le PNF", "parquet national financier", "le parquet national financier", "porte-parole", "un porte-parole"]),
], ["Emmanuel Macron", "Michel Sapin", "Christian Jacob"],
   ["Canard enchaîné", "Business France", "Havas", "IGF", "Havas France", "EY", "En marche !", "LR", "PNF", "AFP"], [
    ("7 mars", "2017-03-07"), ("janvier 2016", "2016-01")])

ELY = ["Élysée", "l'Élysée"]
A["blind7-fr-02"] = ("2016/06/2016_06_24-004.txt", "article réel de Wikinews (24 juin 2016) ; une institution comme locuteur (« L'Élysée a salué « … » », « « … », souligne encore l'Élysée ») ; « « … », a salué pour sa part le Premier ministre X sur Twitter » ; un surnom entre guillemets (« le Caillou », facultatif) ; quatre années", [
    ("le Caillou", [None], OPT),
    ("un esprit visionnaire~", ELY),
    ("Edgard Pisani croyait~", ELY),
    ("Edgard Pisani était un grand~", "Manuel Valls"),
], ["Edgard Pisani", "de Gaulle", "Mitterrand", "Manuel Valls"],
   ["parti socialiste", "PAC", "Institut du monde arabe", "Élysée"], [
    ("en 1974", "1974"), ("en 1944", "1944"), ("en 1979", "1979"), ("en 1984", "1984")])

MIN = [None, "le mineur", "mineur", "un mineur"]
CHEF = [None, "chef du groupe", "le chef du groupe", "celui qui est considéré comme le chef du groupe"]
A["blind7-fr-03"] = ("2017/04/2017_04_02-004.txt", "article réel de Wikinews (2 avril 2017) ; deux locuteurs anonymes dans une phrase (« « … », avait déclaré le mineur tandis que, pour sa part, celui qui est considéré comme le chef du groupe avait affirmé … que « … » à l’EI « … » de tuer les « mécréants » ») ; « radicalisation religieuse » (description, facultatif) ; « le 22 mars » deux fois", [
    ("radicalisation religieuse", [None], OPT),
    ("Avec Venise~", MIN),
    ("si je prête serment demain", CHEF),
    ("et qu’ils me donnent l’ordre, je suis obligé", CHEF),
    ("mécréants", CHEF, OPT),
], ["Marco Minniti"],
   ["État islamique", "EI"], [
    ("22 mars", "2017-03-22", 2), ("22 mars", "2017-03-22", 2)])

JV = "Jean Vannier"
BL = "Bertrand Lefebvre"
CHR = [None, "chercheurs", "les chercheurs", "Les chercheurs à l'origine de la découverte", "chercheurs chinois", "des chercheurs chinois"]
A["blind7-fr-04"] = ("2017/02/2017_02_02-002.txt", "article réel de Wikinews (2 février 2017) ; un groupe de chercheurs (« Il y qualifient … de « … » », « Pour les chercheurs, … « … » ») ; « X … décrit la créature comme … » puis une citation sans verbe dans la phrase suivante ; « « … », selon X », « « … », d'après X. « … », ajoute-t-il », « explique X », « confie X » ; un second scientifique en quatre fragments (« est « … » et « … », estimant que … « … » et se montrent « … » ») puis « remarque-t-il », « « … » et « … », tranche-t-il », « continue-t-il », « Il imagine … comme « … » » ; un nom d'espèce (facultatif)", [
    ("exceptionnellement bien conservés", [None], OPT),
    ("ressemblaient à des petits grains noirs", CHR),
    ("Saccorhytus coronarius", [None], OPT),
    ("plus vieil ancêtre préhistorique des humains", CHR),
    ("de tous petits vides~", JV),
    ("Son corps devait être~", JV),
    ("un niveau remarquable~", CHR),
    ("Tous les fossiles qu'on trouve~", JV),
    ("Dans le gisement chinois~", JV),
    ("Pour l'instant, on s'arrêtait~", JV),
    ("[en] Russie~", JV),
    ("très sceptique", BL, OPT),
    ("reste réservé sur ces interprétations", BL),
    ("poussent leurs hypothèses au maximum", BL),
    ("un peu légers dans leur argumentation", BL),
    ("Ces fossiles sont présentés~", BL),
    ("Ces fossiles sont assez différents des vétulicoliens", BL),
    ("les caractères qui en feraient~", BL),
    ("Saccorhytus est vraiment une boule~", BL),
    ("une forme un peu aberrante d'arthropodes", BL),
], ["Jean Vannier", "Bertrand Lefebvre"],
   ["université de Cambridge", "Nature", "CNRS"], [("30 janvier", "2017-01-30")])

AA = "Abbas Akhoundi"
A["blind7-fr-05"] = ("2016/01/2016_01_24-003.txt", "article réel de Wikinews (24 janvier 2016) ; une agence de presse (« L'agence Spunik a précisé que … « … » », faute de frappe pour Sputnik) ; « Le ministre iranien des Transports rappelle que … « … » » (rôle qui renvoie à Abbas Akhoundi, nommé au paragraphe 1) puis « Il précise également que … « … » » ; « du 25 au 27 janvier » (deux jours) ; « dès le mois de mars » (2016)", [
    ("divisées en trois ou quatre lots", ["Spunik", "agence Spunik", "l'agence Spunik", "Sputnik"]),
    ("400 avions long courrier~", AA),
    ("150 sont opérationnels~", AA),
], ["Abbas Akhoundi", "Hassan Rohani"],
   ["Airbus", "Spunik", "Bloomberg", "Boeing"], [
    ("24 janvier", "2016-01-24", 1), ("27 janvier", "2016-01-27", 1), ("mois de mars", "2016-03", 2),
    ("25 au 27 janvier", "2016-01-25", 3), ("27 janvier", "2016-01-27", 3)])

PVD = "Pablo Victor Dana"
FF = "François Fillon"
MAN = [None, "manifestants", "les manifestants", "Une trentaine de manifestants", "une trentaine de manifestants"]
A["blind7-fr-06"] = ("2017/03/2017_03_25-002.txt", "article réel de Wikinews (25 mars 2017) ; « X a déclaré … que cet acte était « … » » (deux mots après un verbe de parole, requis) puis « « … », précise-t-il, ajoutant que « … » », « a-t-il conclu » ; « Fillon s'est justifié en affirmant que « … » », « Il ajoute avoir … reçu un autre cadeau, « … » » ; un anonyme (« Un membre de l'entreprise affirme que … « très amical » ») ; « « … », martèle encore Fillon » ; « « … », et « … », déplore-t-il » ; slogans criés par des manifestants (requis) et texte d'une pancarte (facultatif) ; une citation sans verbe suivie de « « … », a-t-il ainsi confié » ; termes (« évaluation personnelle », « ami », « L'Émission politique », « eu tort », « la colère », facultatifs)", [
    ("absolument désintéressé", PVD),
    ("J’ai effectivement offert~", PVD),
    ("la politique française ne [l]’a jamais intéressé", PVD),
    ("Nous partageons la passion~", PVD),
    ("M. Dana a offert des montres~", FF),
    ("une montre d’Alain Thébault, inventeur de l’hydroptère", FF),
    ("évaluation personnelle", [FF, None], OPT),
    ("très amical", [None, "membre de l'entreprise", "un membre de l'entreprise", "Un membre de l'entreprise", "Rebellion"]),
    ("Il n’y avait aucun sous-entendu", FF),
    ("ami", [None], OPT),
    ("L'Émission politique", [None], OPT),
    ("eu tort", FF, OPT),
    ("J’ai fait une erreur de jugement", FF),
    ("je les ai rendus", FF),
    ("Fillon en prison", MAN),
    ("Fillon, démission", MAN),
    ("Penelope, l’enveloppe", MAN),
    ("Presorat etxerat", MAN, OPT),
    ("Prisonniers à la maison", MAN, OPT),
    ("Amnistia", MAN, OPT),
    ("Plus ils manifesteront~", FF),
    ("C’est un comportement totalement~", FF),
    ("la colère", FF, OPT),
    ("Surtout, ne me faites pas de cadeau~", FF),
], ["François Fillon", "Pablo Victor Dana", "Alain Thébault", "Robert Bourgi", "Vladimir Poutine", "Penelope"],
   ["Instruments et Mesures du Temps", "France Info", "Haute Autorité pour la transparence de la vie publique", "Rebellion",
    "Le Journal du dimanche", "Canard enchaîné", "2F"], [
    ("en 2014", "2014", 1), ("en 2009", "2009", 2), ("1er janvier 2017", "2017-01-01", 4), ("en 2013", "2013", 4),
    ("mi-mars", "2017-03", 5)])

GS = "Gaston Sindimwo"
A["blind7-fr-07"] = ("2016/10/2016_10_27-001.txt", "article réel de Wikinews (27 octobre 2016) ; « X, premier vice-président du Burundi a réagi … : » en fin de paragraphe, puis deux citations au paragraphe suivant (« « … » poursuivant par « … » ») ; un titre d'article dans une référence de source entre crochets (facultatif) ; « D'après le média Ikiriho » sans guillemets ; dates dans la référence", [
    ("UE : révision du mode~", [None], OPT),
    ("C’est un geste qui est~", GS),
    ("On dit que c’est le gouvernement~", GS),
], ["Pierre Nkurunziza", "Gaston Sindimwo"],
   ["Conseil des droits de l'homme des Nations unies", "Cour pénale internationale", "Union européenne", "AMISOM",
    "Union africaine", "Radio France internationale", "Ikiriho"], [
    ("mars 2016", "2016-03", 2), ("31 mars 2016", "2016-03-31", 3), ("22 octobre 2016", "2016-10-22", 4)])

VEU = [None, "la donatrice", "donatrice", "La veuve de Tompkins", "la veuve de Tompkins", "veuve de Tompkins"]
A["blind7-fr-08"] = ("2017/03/2017_03_23-004.txt", "article réel de Wikinews (23 mars 2017) ; « « … », a déclaré X, la présidente » ; une locutrice jamais nommée (« La veuve de Tompkins » puis « Pour la donatrice, il s'agit de « … » », « Elle espère « … » ») : null ou sa description, pas Douglas Tompkins ; « fin 2015 »", [
    ("Après des mois de travail~", "Michelle Bachelet"),
    ("l’effort le plus important de l’histoire", VEU),
    ("[...] que cela servira~", VEU),
], ["Douglas Tompkins", "Michelle Bachelet"],
   ["The North Face", "Esprit"], [("16 mars", "2017-03-16", 1), ("fin 2015", "2015", 2)])

NDA = "Nicolas Dupont-Aignan"
PP = "Philippe Poutou"
JLM = "Jean-Luc Mélenchon"
A["blind7-fr-09"] = ("2017/03/2017_03_15-001.txt", "article réel de Wikinews (15 mars 2017) ; sept candidats : « X veut « … » … même si « … » » ; « Pour X, …, « … ». S'il estime qu' « … » » ; « Pour X, « … ». Selon lui, « … ». Il propose … une « … », même s'il serait « … ». Le candidat de Debout la France … estimant qu'un élu « … ». « … », ajoute-t-il enfin » ; « La candidate du Front national voudrait … interdire « … » » (rôle avant le nom, Marine Le Pen n'est nommée que deux phrases plus loin) ; « évoque la possibilité de « … » », « Il estime … que les propositions de Libération, qui « … », … la « … » » ; « « … », déplore-t-il, estimant que … « … ». Il souhaite aussi la suppression du Sénat, « … » » (apposition sans verbe) ; « X souhaite … que … « … » … elle pense que « … » » ; un terme de Libération et « affaire Pénélope Fillon » (facultatifs)", [
    ("véritable déontologue", [None, "Libération"], OPT),
    ("lever toute suspicion~", "Benoît Hamon"),
    ("certains objecteront~", "Benoît Hamon"),
    ("l'activité réelle des collaborateurs~", "Emmanuel Macron"),
    ("une interdiction générale~", "Emmanuel Macron"),
    ("les abus ne laissent pas le choix", NDA),
    ("les comportements délictueux~", NDA),
    ("règle de prohibition des emplois familiaux", NDA),
    ("peut-être dommage~", NDA),
    ("doit se tenir à l’écart~", NDA),
    ("Je suis favorable à la suppression~", NDA),
    ("tout aller-retour~", "Marine Le Pen"),
    ("révoquer les élus", JLM),
    ("épargnent la présidence~", JLM),
    ("décomposition de la Ve République", JLM),
    ("Les parlementaires sont pour 3%~", PP),
    ("une seule rémunération~", PP),
    ("assemblée de notables~", PP),
    ("ne dépasse pas le salaire moyen ouvrier", "Nathalie Arthaud"),
    ("tout doit être public et connu de tous", "Nathalie Arthaud"),
    ("affaire Pénélope Fillon", [None], OPT),
], ["François Fillon", "Benoît Hamon", "Emmanuel Macron", "Penelope Fillon", "Nicolas Dupont-Aignan", "Marine Le Pen",
    "Jean-Luc Mélenchon", "Philippe Poutou", "Nathalie Arthaud"],
   ["Libération", "PS", "Independent Parliamentary Standards Authority", "En marche !", "Debout la France", "Front national",
    "Parlement européen", "La France insoumise", "Anticor", "Nouveau Parti anticapitaliste", "Assemblée nationale", "Sénat",
    "Lutte ouvrière", "Républicains"], [("9 mars", "2017-03-09", 2), ("en 2009", "2009", 3)])

A["blind7-fr-10"] = ("2016/09/2016_09_01-003.txt", "article réel de Wikinews (1er septembre 2016) ; « le ministre …, X, a déclaré « … » » (sans deux-points ni que) ; « Selon X, « … » » ; « D'après X, le porte-parole de Y, « … » » (Y, Ali Bongo, est aussi nommé dans la phrase) ; un discours indirect sans guillemets (« déclare que ») ; deux dates dans la même phrase", [
    ("sur Libreville~", "Pacôme Moubelet-Boubeya"),
    ("ils ont bombardé~", "Jean Ping"),
    ("la contestation et les mouvements~", "Arnauld Engandji"),
], ["Ali Bongo Ondimba", "Jean Ping", "Jean-Thierry Oye Zue", "Pacôme Moubelet-Boubeya", "Alain-Claude Bilie By Nzé",
    "Arnauld Engandji"],
   ["garde républicaine", "Assemblée nationale"], [("31 août", "2016-08-31"), ("1er septembre", "2016-09-01")])

A["blind7-fr-11"] = ("2017/04/2017_04_29-002.txt", "article réel de Wikinews (29 avril 2017) ; des organismes comme locuteurs (« selon un communiqué de Turkey Blocks … « … » peut-on lire dans le communiqué », « « … » a déclaré BTK », sigle défini dans la phrase d'avant) ; « Le premier ministre X avait déjà déclaré que « … » » ; aucune date", [
    ("Le manque de disponibilité~", ["Turkey Blocks", None]),
    ("Après une analyse technique~", ["BTK", "Autorité des technologies de Communication et d'Information",
                                      "l'Autorité des technologies de Communication et d'Information"]),
    ("de temps en temps~", "Binali Yildirim"),
], ["Binali Yildirim"],
   ["Wikipédia", "Turkey Blocks", "AFP", "BTK", "Facebook", "Twitter", "Youtube"], [])

DT = "Donald Trump"
SS = "Sean Spicer"
EPN = "Enrique Peña Nieto"
A["blind7-fr-12"] = ("2017/01/2017_01_27-002.txt", "article réel de Wikinews (27 janvier 2017) ; un décret (« Il ordonne … de « … » », Trump ou null) ; « Le porte-parole …, X, a expliqué que « … » » ; « Obama, qui estimait qu'il ne renforçait pas « … » » ; « selon lui « trop loin » » (deux mots après « selon lui », requis) ; un paragraphe qui nomme X puis « « … », a-t-il déclaré …, ajoutant que « … » » au paragraphe suivant ; « « … », a-t-il déclaré » après une phrase dont Trump est le sujet ; « « … », selon X » puis « selon Spicer, qui ajoute que « … » et que … d' « … » » ; termes (« Obamacare » deux fois, « villes sanctuaires », « succès », facultatifs)", [
    ("Obamacare", [None], OPT, 2),
    ("soulager le poids", [DT, None]),
    ("Obamacare", [None], OPT, 2),
    ("Le président a très clairement~", SS),
    ("la sécurité énergétique du pays", "Obama"),
    ("trop loin", DT),
    ("villes sanctuaires", [None], OPT),
    ("Je regrette et condamne~", EPN),
    ("Le Mexique ne croit pas aux murs~", EPN),
    ("Ce que nous venons de faire~", DT),
    ("succès", [None, DT], OPT),
    ("prend le contre-pied~", SS),
    ("empêche[r] notamment~", SS),
    ("cela ne s’applique pas au personnel militaire", SS),
    ("assurer que les contribuables~", SS),
], ["Donald Trump", "Sean Spicer", "Obama", "Enrique Peña Nieto"],
   ["Maison Blanche", "Cour suprême", "Energy Transfer Partners", "Twitter", "PTP", "Aléna", "TTIP"], [
    ("20 janvier", "2017-01-20", 2), ("en 1973", "1973", 3), ("31 janvier", "2017-01-31", 12), ("23 janvier", "2017-01-23", 13)])

CAN = ["Canard enchaîné", "Le Canard enchaîné"]
FF8 = ("Elles ont bien été prises en compte dans le calcul de son salaire moyen sur une période de quinze ans, soit 185 mois, "
       "qui s’élève bien à 3 677 euros net mensuels. Par ailleurs, la somme reçue par Mme Penelope Fillon en novembre 2013 "
       "n’est pas de 29 000 euros, comme le prétend le « Canard », mais de 7 754,02 euros, comprenant les congés payés. Il "
       "confond certainement avec une somme de 29 565,43 euros qui correspond au total du bulletin de paye du mois d’août 2007 "
       "au terme de cinq ans de collaboration avec Marc Joulaud. Quant à la somme de 16 000 euros dont Le Canard Enchaîné "
       "prétend qu’elle l’aurait reçue en août 2002, elle lui a en fait été payée en juin 2002, à l’issue de 51 mois de "
       "collaboration en tant que ma collaboratrice parlementaire et s’élève exactement à 16 616,93 euros.")
A["blind7-fr-13"] = ("2017/02/2017_02_08-007.txt", "article réel de Wikinews (8 février 2017) ; un journal comme locuteur (« L'hebdomadaire satirique y affirme » puis une citation sans verbe au paragraphe suivant ; « Le Canard enchaîné pointe … que « … » », « rapporte également que … « … » ») ; « X … a contesté les chiffres du « Canard » : « … », a-t-il répondu » ; un communiqué après un deux-points, avec des guillemets imbriqués (« … comme le prétend le « Canard », mais … ») : la citation entière est requise, le morceau jusqu'au premier » et « Canard » sont facultatifs ; « Pour lui, « … » » (X nommé dans la phrase d'avant avec une autre personne) ; des anonymes (« Selon ce que certains de ses anciens camarades … ont confié au Canard enchaîné, « … » ») ; beaucoup de dates, dont « le 21 août » et « le 13 juillet » de l'été 2002", [
    ("affaire François Fillon", [None], OPT),
    ("Les Républicains", [None], OPT),
    ("l'équivalent de cinq mois de salaire", [None] + CAN),
    ("primes", [None], OPT),
    ("la législation ne prévoit pas~", CAN),
    ("Canard", [None], OPT, 7),
    ("Faites votre métier~", "François Fillon"),
    (FF8, "François Fillon"),
    (FF8[:FF8.index(" »")], "François Fillon", OPT),
    ("Canard", [None, "François Fillon"], OPT, 8),
    ("si ça a été versé~", "Nicolas Thibault"),
    ("en parallèle un stage~", CAN),
    ("[on] ne voit pas~", [None, "anciens camarades", "camarades", "certains de ses anciens camarades de l'EFB",
                          "anciens camarades de l'EFB"]),
], ["François Fillon", "Penelope Fillon", "Marc Joulaud", "Nicolas Thibault", "Marianne Dubois"],
   ["Les Républicains", "LR", "Canard enchaîné", "Assemblée nationale", "Association des collaborateurs parlementaires", "EFB"], [
    ("8 février", "2017-02-08", 1), ("mai prochain", "2017-05", 1),
    ("août 2002", "2002-08", 2), ("en 2013", "2013", 2),
    ("en 2002", "2002", 3), ("1998", "1998", 3), ("2002", "2002", 3),
    ("été 2002", "2002", 4), ("21 août", "2002-08-21", 4), ("13 juillet", "2002-07-13", 4),
    ("novembre 2013", "2013-11", 5),
    ("1998", "1998", 6), ("2002", "2002", 6),
    ("novembre 2013", "2013-11", 8), ("août 2007", "2007-08", 8), ("août 2002", "2002-08", 8), ("juin 2002", "2002-06", 8),
    ("janvier 2006", "2006-01", 10), ("1er octobre 2005", "2005-10-01", 10)])

MUN = ["municipalité", "la municipalité", "La municipalité", "mairie", "la mairie", "mairie de Paris"]
A["blind7-fr-14"] = ("2017/02/2017_02_10-001.txt", "article réel de Wikinews (10 février 2017) ; « … qui « … », selon X, président de … » (attribution en fin de proposition, après un terme entre guillemets) ; des élus qui craignent une « forteresse » (un mot, facultatif) ; « « … », a cependant tenu à tempérer X, adjoint à la mairie » ; une institution (« La municipalité … justifie, dans un communiqué, que « [notre] … » ») ; surnoms et termes facultatifs ; saisons sans année non annotées", [
    ("clôture anti-balles", [None, "Bernard Gaudillère"], OPT),
    ("englobera l'essentiel~", "Bernard Gaudillère"),
    ("dame de fer", [None], OPT),
    ("forteresse", [None, "Pascal Julien", "Yves Pozzo di Borgo"], OPT),
    ("Tous les travaux de sécurisation~", "Jean-François Martins"),
    ("[notre] volonté~", MUN),
], ["Bernard Gaudillère", "Pascal Julien", "Yves Pozzo di Borgo", "Jean-François Martins"],
   ["Le Parisien", "Société d'Exploitation de la tour Eiffel", "EELV", "UDI", "Architectes des Bâtiments de France",
    "Commission des sites", "ministère de l'Environnement"], [])

CA = "Christine Angot"
A["blind7-fr-15"] = ("2017/03/2017_03_31-001.txt", "article réel de Wikinews (31 mars 2017) ; « la romancière X l'avait accusé de faire du « … » » et « la parole « malhonnête » » (facultatifs) puis « « … » a-t-elle déclaré » ; « Selon lui, « … » » après « Jean-Michel Bérégovoy » (même nom de famille que Pierre Bérégovoy, nommé dans la citation) ; « Le candidat de droite à la présidentielle a … renouvelé … « … » a-t-il déclaré » (rôle qui renvoie à François Fillon)", [
    ("chantage au suicide", [CA, None], OPT),
    ("malhonnête", [CA, None], OPT),
    ("Je n'ai pas dit~", CA),
    ("Pierre Bérégovoy est quelqu'un~", "Jean-Michel Bérégovoy"),
    ("Ne me jugez pas~", "François Fillon"),
], ["François Fillon", "Pierre Bérégovoy", "François Mitterrand", "Christine Angot", "Jean-Michel Bérégovoy"],
   ["France 2", "LR", "Libération"], [("23 mars", "2017-03-23", 1), ("en 1993", "1993", 1), ("27 mars", "2017-03-27", 4)])

A["blind7-fr-16"] = ("2016/10/2016_10_05-001.txt", "article réel de Wikinews (5 octobre 2016) ; le chapeau (avant la ligne de date) est le paragraphe 1 ; deux porte-parole ensemble (« Les porte-paroles du front commun, X et Y, font valoir que l'entente constitue une « … » ») ; « « … » a déclaré X porte-parole du RITQ » (sans virgule) ; « « … » a déclaré le nouveau ministre des transport, X » ; aucune date", [
    ("injustice réglementaire~", ["Guy Chevrette", "Benoît Jugand", "Guy Chevrette et Benoît Jugand", "porte-paroles du front commun",
                                  "Les porte-paroles du front commun", "front commun"]),
    ("À 200 000 $~", "Félix Tremblay"),
    ("Chacun, comme indépendant~", "Laurent Lessard"),
], ["Guy Chevrette", "Benoît Jugand", "Félix Tremblay", "Laurent Lessard"],
   ["Uber", "UberX", "front commun", "RITQ"], [])

# ------------------------------------------------------------------ English

DT = "Donald Trump"
A["blind7-en-01"] = ((2019, 6), "real English Wikinews article (7 January 2019); \"Trump said on Friday \"…\"\" (no comma) then \"He also said, \"…\"\"; \"The Vice President, X, said on Friday the United States is \"…\"\"; \"X, the Speaker of the House, said on Friday \"…\"\"; two quotations joined by \"and\" after one verb; \"Schiff called it \"a non-starter\"\" (two names in the sentence before, surname only); \"Durbin said \"…\"\"; \"Trump claims he would be okay if … \"years.\"\" (one word after a speech verb, required); \"on December 22, last year\" = 2018", [
    ("I can do it~", DT),
    ("I never threaten anybody.", DT),
    ("in the midst of a crisis~", "Mike Pence"),
    ("We are committed~", "Nancy Pelosi"),
    ("We made a plea~", "Chuck Schumer"),
    ("So we told the president~", "Chuck Schumer"),
    ("a non-starter", "Adam Schiff"),
    ("I can just tell you~", "Dick Durbin"),
    ("years.", DT),
], ["Donald Trump", "Mike Pence", "Nancy Pelosi", "Chuck Schumer", "Dick Durbin", "Adam Schiff"],
   ["Congress", "Senate", "House Intelligence Committee", "National Zoo", "Internal Revenue Service"], [
    ("December 22", "2018-12-22", 5)])

DD = "Doris Day"
A["blind7-en-02"] = ((2019, 57), "real English Wikinews article (16 May 2019); a foundation (\"Day's animal foundation said she had been in otherwise \"…\"\", then \"they said\" without marks); \"X described Day to the BBC in 2002: \"…\"\" (colon); a quotation split by \"Day said in her 1976 autobiography,\"; \"X said Day \"…\" which \"…\"\" (the subject of the quoted clause, Day, stands right after \"said\"); \"Day said of Hudson, \"…\"\" with inner single-quoted speech (not read as quotations); \"In a 2006 interview …, Day said, \"…\"\"; names in marks (optional); many years", [
    ("excellent physical health for her age", ["Doris Day Animal Foundation", "Day's animal foundation", "animal foundation"]),
    ("Doris Day was America.~", "Mary Quant"),
    ("Doris Day,", [None], OPT),
    ("Day after Day,", [None], OPT),
    ("I have the unfortunate reputation~", DD),
    ("so I'm afraid~", DD),
    ("founded one of the first~", "Sara Amundson"),
    ("led to dozens of bills~", "Sara Amundson"),
    ("Nothing was ever talked about~", DD),
    ("I've been through everything.~", DD),
], ["Doris Day", "Mary Quant", "Rock Hudson", "Ruth Etting", "James Cagney", "Alfred Hitchcock", "Sara Amundson",
    "Terry Melcher", "Al Jorden", "George Weidler", "Marty Melcher", "Barry Comden"],
   ["BBC", "Humane Society", "Doris Day Animal Foundation", "The Bark"], [
    ("in 2002", "2002", 3), ("in 1922", "1922", 4), ("1946", "1946", 5), ("1959", "1959", 6), ("1976", "1976", 7),
    ("in 1968", "1968", 8), ("until 1973", "1973", 8), ("In 1985", "1985", 10), ("in 1981", "1981", 12),
    ("2006", "2006", 13), ("in 2004", "2004", 14)])

A["blind7-en-03"] = ((2019, 69), "real English Wikinews article (10 July 2019); \"AU trade and industry commissioner X announced …. The commissioner said, \"…\"\" (a role referring back); \"Niger's president X said, \"…\"\"; \"AU chairperson President X of Egypt said, \"…\"\"; \"X said the use of third-party currencies \"…,\" further saying, \"…\"\"; an organisation (\"The International Monetary Fund said in May … as an \"economic game changer\"\", required); a date inside a quotation", [
    ("We haven't yet agreed~", "Albert Muchanga"),
    ("Nigeria is Africa's biggest economy~", "Mahamadou Issoufou"),
    ("The success of the AfCFTA~", "Abdel Fattah el-Sisi"),
    ("costs Africa between $5 and $7 billion,", "Okey Oramah"),
    ("Beyond that~", "Okey Oramah"),
    ("economic game changer", ["International Monetary Fund", "IMF"]),
], ["Muhammadu Buhari", "Patrice Talon", "Albert Muchanga", "Mahamadou Issoufou", "Abdel Fattah el-Sisi", "Okey Oramah"],
   ["African Union", "AU", "AfCFTA", "African Export–Import Bank", "International Monetary Fund", "European Union"], [
    ("July 1, 2020", "2020-07-01", 2), ("in May", "2019-05", 10)])

A["blind7-en-04"] = ((2020, 88), "real English Wikinews article (2 September 2020); \"X, the director of Black Panther, wrote of Boseman, \"…\", recalling …. \"…\"\" (a second quotation with no verb); \"Actor X, who paid for …, stated \"…\"\" (no comma); \"X, president of Howard University, wrote \"…\"\"; a list of eleven names then \"Downey said of Boseman, \"…\"\" (surname only; canonical \"Robert Downey Jr.\"); programme and award names in marks (optional)", [
    ("A Tribute For a King", [None], OPT, 1),
    ("I noticed then~", "Ryan Coogler"),
    ("He was calm.~", "Ryan Coogler"),
    ("He was a gentle soul~", "Denzel Washington"),
    ("It is with profound sadness~", "Wayne A. I. Frederick"),
    ("Best Hero", [None], OPT),
    ("A Tribute For a King", [None], OPT, 9),
    ("He was having this immense success~", ["Robert Downey Jr.", "Downey"]),
], ["Chadwick Boseman", "Jackie Robinson", "James Brown", "Thurgood Marshall", "Ryan Coogler", "Denzel Washington",
    "Wayne A. I. Frederick", "James Shaw Jr.", "Oprah Winfrey", "Whoopi Goldberg", "Kevin Feige", "Bob Iger",
    "Robert Downey Jr.", "Scarlett Johansson", "Don Cheadle", "Jeremy Renner", "Winston Duke", "Mark Ruffalo", "Paul Rudd"],
   ["American Broadcasting Company", "ABC", "Marvel", "Twitter", "British American Drama Academy", "Howard University",
    "MTV", "Walt Disney Company", "Marvel Studios"], [
    ("2018", "2018", 1), ("August 28", "2020-08-28", 2), ("in 2016", "2016", 2), ("in 2000", "2000", 3), ("2018", "2018", 8)])

HC = "Hatice Cengiz"
MBS = ["Mohammad bin Salman", "Crown Prince Mohammad bin Salman"]
A["blind7-en-05"] = ((2019, 120), "real English Wikinews article (29 September 2019); \"Speaking to X of PBS, he said, \"…\"\" (he = the crown prince named in the sentence before, not the interviewer); \"Cengiz called Mohammad's admission a \"political maneuver.\"\" (required) then \"She explained, \"…\"\", \"Speaking to NBC News, she said, \"…\"\"; a quotation split by \"Cengiz said,\"; \"\"…,\" she said, asking Cengiz to be \"patient and resilient.\"\" (the speaker is Callamard, named in the sentence before; Cengiz is named after the verb); \"last October\", \"in December\" = 2018", [
    ("It happened under my watch.~", MBS),
    ("political maneuver.", HC),
    ("By confessing this~", HC),
    ("His fellow journalists~", HC),
    ("What is so sad for me", HC),
    ("is not seeing the punishment~", HC),
    ("True justice takes time~", "Agnès Callamard"),
    ("patient and resilient.", "Agnès Callamard"),
], ["Hatice Cengiz", "Jamal Khashoggi", "Mohammad bin Salman", "Martin Smith", "Agnès Callamard"],
   ["United Nations", "UN", "PBS", "Reuters", "NBC", "NBC News", "Office of the UN High Commissioner for Human Rights", "CIA",
    "The Washington Post"], [
    ("last October", "2018-10", 1), ("December", "2018-12", 2), ("October 2 2018", "2018-10-02", 7)])

JB = "Josh Bash"
A["blind7-en-06"] = ((2019, 81), "real English Wikinews article (8 August 2019); \"Bash characterized the attack as \"…\"\" then \"\"…,\" said Bash\" (full name \"Josh Bash\" in the sentence before); \"The foreign minister said …. X said, \"…\", adding, \"…\"\"; a manifesto (\"In the document, the writer supposes a \"…\"\": null, the writer, or the suspect Patrick Crusius to whom the police attribute it); \"According to U.S. Attorney Bash, …: \"…\"\" (colon); no explicit date (weekdays only)", [
    ("designed to intimidate~", JB),
    ("We are treating it~", JB),
    ("As far as I know~", "Marcelo Ebrard"),
    ("For Mexico, this individual is a terrorist", "Marcelo Ebrard"),
    ("cultural and ethnic replacement~", [None, "writer", "the writer", "Patrick Crusius", "Crusius"]),
    ("The key factor here~", JB),
], ["Josh Bash", "Andrés Manuel López Obrador", "Marcelo Ebrard", "Patrick Crusius", "Dee Margo", "Greg Allen"],
   ["Walmart", "Cielo Vista Mall", "8chan", "Gun Violence Archive"], [])

YS = ["Yahya Sarea", "Saree"]
A["blind7-en-07"] = ((2019, 106), "real English Wikinews article (15 September 2019); \"Houthi military spokesperson X said …. According to him, … \"…\"\" (pronoun); \"\"…\", Saree said. \"…\"\" (the article spells the same man \"Sarea\" then \"Saree\"; both accepted as speaker, the people list has the full name); \"X posted a message on Twitter …, saying there was \"…\"\"; agencies and officials reported without marks; two years", [
    ("honourable people inside the kingdom", YS),
    ("These attacks are our right~", YS),
    ("We have the right to strike back~", YS),
    ("no evidence the attacks came from Yemen.", "Mike Pompeo"),
], ["Yahya Sarea", "Mike Pompeo", "Jonathan Marcus", "Abdrabbuh Mansur Hadi"],
   ["Saudi Aramco", "Houthi movement", "Saudi Press Agency", "Reuters", "al-Masirah TV", "BBC", "Royal Saudi Air Force",
    "United Nations", "Al-Qaeda"], [("In 2015", "2015", 7), ("In 2006", "2006", 8)])

IS = [None, "Interpol spokesperson", "an Interpol spokesperson", "spokesperson", "Interpol"]
A["blind7-en-08"] = ((2020, 72), "real English Wikinews article (2 July 2020); \"According to … ISNA, the prosecutor general of Tehran, X, said the 36 must face \"…\", adding …\" (required); an anonymous spokesperson quoting a constitution (\"Interpol's constitution prohibits \"…,\" an Interpol spokesperson stated. The spokesperson added …, they \"…\"\"); \"X said, \"…\". He added, \"…\"\"; \"in January\" = 2020", [
    ("murder and terrorism charges", "Ali Alghasi Mehr"),
    ("any intervention or activities~", IS),
    ("would not consider requests of this nature", IS),
    ("This is a political nature.~", "Brian Hook"),
    ("It is a propaganda stunt~", "Brian Hook"),
], ["Qasem Soleimani", "Donald Trump", "Ali Alghasi Mehr", "Brian Hook"],
   ["Fars", "Interpol", "ISNA"], [("in January", "2020-01", 1)])

# ---- end of annotations


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    m = re.match(r"^date (\S+)\s+", lines[0])
    lines[0] = lines[0][m.end():]
    if re.match(r"^Source ?:", lines[-1]):
        lines.pop()
    return m.group(1), lines


def find(t, paras, p=None):
    """The quotation's (or date's) full text and paragraph; t ending with "~" is the start of a quoted span."""
    for i, para in enumerate(paras, 1):          # first a quoted span equal to t
        if p and i != p:
            continue
        for m in SPAN.finditer(para):
            if next(g for g in m.groups() if g is not None) == t:
                return t, i
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
    raise SystemExit(f"not found: {t!r} (paragraph {p})")


def main():
    for name, (sid, note, quotes, people, orgs, dates) in A.items():
        text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
        date, paras = paragraphs(text)
        credit = text.strip().split("\n")[-1]
        lang = name.split("-")[1]
        title = re.search(r"« (.*) », " if lang == "fr" else r'"(.*)", ', credit).group(1)
        url = ("https://fr.wikinews.org/wiki/" if lang == "fr" else "https://en.wikinews.org/wiki/") + title.replace(" ", "_")
        qs = []
        for q in quotes:
            par = next((x for x in q[2:] if isinstance(x, int)), None)
            t, p = find(q[0], paras, par)
            e = {"text": t, "speaker": q[1], "paragraph": p}
            if OPT in q[2:]:
                e["optional"] = True
            qs.append(e)
        ds = []
        for d in dates:
            t, p = find(d[0], paras, d[2] if len(d) > 2 else None)
            ds.append({"text": t, "value": d[1], "paragraph": p})
        g = {
            "source_url": url,
            "source_repo": FR_REPO.format(sid) if lang == "fr" else EN_REPO.format(*sid),
            "title": title,
            "lang": lang,
            "date": date,
            "date_inferred": False,
            "date_note": note,
            "license": "CC BY 2.5" if lang == "fr" else "CC BY 2.5 (English Wikinews from 25 Sept 2005)",
            "paragraph_count": len(paras),
            "quotes": qs,
            "people": people,
            "organizations": orgs,
            "dates": ds,
        }
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(qs), sum(1 for q in qs if not q.get("optional")), len(people), len(ds))


main()
