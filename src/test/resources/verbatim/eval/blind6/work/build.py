#!/usr/bin/env python3
"""Holds the hand annotations of blind set 6 and writes NAME.json beside each NAME.txt.
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
PROC = [None, "procureure de Grasse", "la procureure de Grasse"]
TEM = [None, "témoins", "des témoins"]
NVB = "Najat Vallaud-Belkacem"
A["blind6-fr-01"] = ("2017/03/2017_03_17-003.txt", "article réel de Wikinews (17 mars 2017) ; « « … », selon la procureure de Grasse » (non nommée) puis une citation sans verbe ; une citation de témoins avec des guillemets imbriqués (« … Un adulte a dit : « … » ») avant « « … », ont confié des témoins » ; « témoigne pour sa part un lycéen » ; une ministre en quatre fragments (« Elle a ainsi affirmé que « … » », « selon elle », « a-t-elle encore ajouté ») ; termes et chefs d'accusation facultatifs ; aucune date", [
    ("aucune résistance", [None], OPT),
    ("tentatives d’assassinats", [None], OPT),
    ("Aucun élément, aucun lien~", PROC),
    ("[...] mauvaises relations~", PROC),
    ("conséquences vitales", [None], OPT),
    ("J'ai vu et entendu une horde d'élèves courir dans la rue. J'ai vu des élèves sauter au-dessus des grilles qui entourent le lycée. Un adulte a dit : « il y a eu un coup de feu »", TEM),
    ("J'ai vu et entendu une horde d'élèves courir dans la rue. J'ai vu des élèves sauter au-dessus des grilles qui entourent le lycée. Un adulte a dit : « il y a eu un coup de feu", TEM, OPT),
    ("il y a eu un coup de feu", [None, "un adulte"], OPT),
    ("C'était la panique totale", TEM),
    ("J'ai entendu quatre coups de feu~", [None, "un lycéen", "lycéen"]),
    ("tout cela me conduit à justifier l'état d'urgence", "François Hollande"),
    ("le proviseur s'est précipité", NVB),
    ("pour tenter de le raisonner", NVB),
    ("héroïque", NVB, OPT),
    ("visiblement de l'acte fou~", NVB),
    ("Les investigations qui sont en cours~", NVB),
], ["Bernard Cazeneuve", "François Hollande", "Najat Vallaud-Belkacem", "Christian Estrosi", "Éric Ciotti"],
   ["Raid", "FMI"], [])

A["blind6-fr-02"] = ("2017/03/2017_03_24-001.txt", "article réel de Wikinews (24 mars 2017) ; « « … », a déclaré X, le représentant du PAM » puis « « … », a-t-il ajouté » (paragraphe suivant) ; « « … », a déclaré X, directeur … » puis un paragraphe fait d'une seule citation sans verbe (X ou null) ; « « … », a déclaré X … « … » » ; « en octobre 2016 »", [
    ("Lorsque les communautés savent~", "Ronald Tran Ba Huy"),
    ("Le PAM diffusera son numéro~", "Ronald Tran Ba Huy"),
    ("La capacité d'Internews~", "Anahi Ayala Iacucci"),
    ("Avec ce projet~", ["Anahi Ayala Iacucci", None]),
    ("La station de radio Dame Marie~", "Ben Noble"),
    ("Après réhabilitation~", "Ben Noble"),
    ("Bien que chaque catastrophe~", "Enrica Porcari"),
], ["Ronald Tran Ba Huy", "Anahi Ayala Iacucci", "Ben Noble", "Enrica Porcari"],
   ["PAM", "Internews", "ETC", "FITTEST"], [("octobre 2016", "2016-10")])

A["blind6-fr-03"] = ("2018/06/2018_06_23-001.txt", "article réel de Wikinews (23 juin 2018) ; deux tweets introduits par un deux-points (« Duque a tweeté : « … » », « Petro, 58 ans, a tweeté : « … » ») ; « Duque a dit vouloir « … » » ; noms longs donnés une fois (« Iván Duque », « Gustavo Petro ») puis le nom seul", [
    ("Je vais tout donner~", "Iván Duque"),
    ("la paix avec la justice", "Iván Duque"),
    ("Quelle défaite ?~", "Gustavo Petro"),
], ["Iván Duque", "Gustavo Petro", "Álvaro Uribe", "Marta Lucía Ramírez", "Juan Manuel Santos"],
   ["FARC", "Banque inter-américaine de développement"], [
    ("17 juin", "2018-06-17"), ("1872", "1872"), ("de 2016", "2016"), ("En 2014", "2014"), ("le 7 août", "2018-08-07")])

CAB = ["cabinet du ministre", "le cabinet du ministre", "cabinet de M. Le Roux", None]
BLR = "Bruno Le Roux"
QUO = ["Quotidien"]
A["blind6-fr-04"] = ("2017/03/2017_03_22-001.txt", "article réel de Wikinews (22 mars 2017) ; deux citations de suite puis « a répondu le ministre » (rôle qui renvoie à Bruno Le Roux, nommé au paragraphe 1) ; une émission de télévision comme locuteur (« a précisé l'émission », « Selon « Quotidien », « … » » ; le nom de l'émission entre guillemets est facultatif) ; le cabinet du ministre (« a précisé le cabinet du ministre », « se défend le cabinet de M. Le Roux …, tandis qu'il justifie que « … » ») ; « complète pour sa part le ministre » ; « entre 2009 et 2016 » : deux années", [
    ("Quotidien", [None], OPT, 1),
    ("Quotidien", [None], OPT, 2),
    ("Bien entendu, j’ai mes filles~", BLR),
    ("Moi, je me souviens~", BLR),
    ("Tous les contrats des deux filles~", QUO),
    ("Tous les contrats ont bien évidemment~", CAB),
    ("Pour faire un boulot d’été~", BLR),
    ("Quotidien", [None], OPT, 9),
    ("à plusieurs reprises~", QUO),
    ("Ces missions ont pu être~", CAB),
    ("ces contrats ponctuels~", CAB),
    ("La mission a pu être~", BLR),
], ["Bruno Le Roux", "Bernard Cazeneuve", "Matthias Fekl"],
   ["TMC", "Quotidien", "Assemblée nationale"], [
    ("2009", "2009", 2), ("2016", "2016", 2), ("2009", "2009", 6), ("2016", "2016", 6)])

ROY = ["Thierry et Véronique Roy", "Thierry Roy", "Véronique Roy", "parents de Quentin Roy"]
A["blind6-fr-05"] = ("2016/03/2016_03_08-002.txt", "article réel de Wikinews (8 mars 2016) ; un couple comme locuteur (« écrivent les parents de Quentin Roy », « Thierry et Véronique Roy rapportent que « … » », « Eux d'ajouter … que « … » ») ; la lettre (« Elle s'adresse, « … » ») ; « immobilisme » (un mot, deux fois) et les chefs d'accusation sont facultatifs ; aucune date", [
    ("immobilisme", ROY, OPT, 1),
    ("Nous, les parents~", ROY),
    ("au nom de tous les parents", ROY + [None]),
    ("immobilisme", ROY, OPT, 3),
    ("association de malfaiteurs en relation avec une entreprise terroriste", [None], OPT),
    ("financement du terrorisme", [None], OPT),
    ("d'autres recruteurs-rabatteurs-endoctrineurs sévissent", ROY),
    ("votre statut [...]~", ROY),
    ("non-assistance à personne en danger", ROY + [None], OPT),
], ["Thierry Roy", "Véronique Roy", "Quentin Roy", "Stéphane Gatignon"],
   ["Agence France Presse", "UDE"], [])

A["blind6-fr-06"] = ("2017/01/2017_01_21-005.txt", "article réel de Wikinews (21 janvier 2017) ; « « … », a déclaré X. « … » » (deuxième citation sans verbe) ; « « … », a-t-il dit … « … » » (X nommé dans la phrase d'avant) ; « X a déclaré que … « … » » ; « « … », selon le président russe X » ; « L'administration de Poutine a décrit … comme « une menace » » (facultatif) ; « « … », selon X, ambassadeur … X … a déclaré que … « … » » ; « Trump a indiqué qu'il souhaite … « … » … « … », a-t-il demandé » ; « X a déclaré hier que Trump « … » »", [
    ("Chaque famille polonaise~", "Beata Szydło"),
    ("C'est le devoir de l’État~", "Beata Szydło"),
    ("Nous avons attendu pour vous~", "Antoni Macierewicz"),
    ("Nous avons attendu des décennies~", "Antoni Macierewicz"),
    ("facteur de déstabilisation de la sécurité européenne", "Alexeï Mechkov"),
    ("menace nos intérêts et notre sécurité", "Vladimir Poutine"),
    ("une menace", ["administration de Poutine", "Vladimir Poutine", None], OPT),
    ("C'est la force de combat~", "Paul James"),
    ("l'engagement fermé~", "Paul James"),
    ("au moins pour une période de temps", "Donald Trump"),
    ("Si vous vous entendez~", "Donald Trump"),
    ("ne comprend pas la Russie", "John Brennan"),
], ["Beata Szydło", "Barack Obama", "Antoni Macierewicz", "Alexeï Mechkov", "Vladimir Poutine", "Donald Trump",
    "Paul James", "John Brennan"],
   ["OTAN", "CIA", "Wall Street Journal"], [("en 2014", "2014"), ("de 2016", "2016")])

GOV = ["gouvernement canadien", "le gouvernement canadien", "autorités canadiennes", "diplomatie canadienne",
       "gouvernement de Justin Trudeau", "Justin Trudeau", None]
A["blind6-fr-07"] = ("2018/04/2018_04_17-003.txt", "article réel de Wikinews (17 avril 2018) ; un gouvernement comme locuteur sous trois noms (« les autorités canadiennes indiquent que « … » », « Selon le gouvernement canadien, « … » courent un « risque » », « La diplomatie canadienne tempère … en louant une « … » ») ; « risque » (un mot) facultatif ; « Fin septembre 2017 », « l'automne 2017 »", [
    ("la cause reste inconnue~", GOV),
    ("rien n’indique que les voyageurs canadiens à Cuba", GOV),
    ("risque", GOV, OPT),
    ("relation positive et constructive avec Cuba", GOV),
], ["Justin Trudeau"], [], [("septembre 2017", "2017-09"), ("l'automne 2017", "2017")])

A["blind6-fr-08"] = ("2016/06/2016_06_12-006.txt", "article réel de Wikinews (12 juin 2016) ; « Sur Twitter, X … s'est dit « … » » ; un suspect non nommé (« a affirmé avoir agi … en réaction « … » ») ; « « … », a indiqué au Monde le premier substitut du procureur » (non nommé) ; « X, le chef de l'exécutif, a salué « … » » ; dates de l'année (« samedi 4 juin », « fin avril dernier », « février dernier », « début mai ») et années", [
    ("attristé et choqué~", "Manuel Valls"),
    ("aux avances sexuelles", [None, "suspect", "un Kanak âgé de 20 ans"]),
    ("Le jeune a dit~", [None, "premier substitut du procureur", "le premier substitut du procureur", "parquet de Nouméa", "parquet"]),
    ("un homme qui cherchait~", "Philippe Germain"),
], ["Jean-Pierre Deteix", "Jean-Marie Tjibaou", "Manuel Valls", "François Mitterrand", "Philippe Germain", "Frédéric D'Achery"],
   ["Parti socialiste", "PS", "Union calédonienne", "FLNKS", "Le Monde"], [
    ("4 juin", "2016-06-04"), ("avril dernier", "2016-04"), ("en 2018", "2018"), ("en 1969", "1969"), ("en 1984", "1984"),
    ("en 1988", "1988"), ("1989", "1989"), ("2002", "2002"), ("février dernier", "2016-02"), ("début mai", "2016-05")])

A["blind6-fr-09"] = ("2017/02/2017_02_17-001.txt", "article réel de Wikinews (17 février 2017) ; des journaux comme locuteurs (« Le Canard enchaîné qui y voit un « … » », « Mediapart y voit pour sa part une « … » ») ; « X … récuse … toute volonté de « … » mais veut « … » » ; « pour la journaliste X, « … » » ; « Ce jeudi 16 février », « antérieurs à 2005 »", [
    ("beau cadeau au monde des affaires", ["Le Canard enchaîné", "Canard enchaîné"]),
    ("vraie prime à la fraude financière", ["Mediapart"]),
    ("défendre la délinquance en col blanc", "Jean-Jacques Urvoas"),
    ("assurer la lisibilité juridique", "Jean-Jacques Urvoas"),
    ("ce nouvel épisode législatif~", "Martine Orange"),
], ["Pénélope Fillon", "Jean-Jacques Urvoas", "Martine Orange"],
   ["Parlement", "Le Canard enchaîné", "Mediapart"], [("16 février", "2017-02-16"), ("2005", "2005")])

PARQ = ["parquet", "le parquet", None]
MERE = [None, "la mère", "mère"]
A["blind6-fr-10"] = ("2017/04/2017_04_06-004.txt", "article réel de Wikinews (6 avril 2017) ; « … « … » …, selon le parquet » (deux fragments) ; un ministère (« au ministère de la Justice, selon lequel … Il était donc … inutile de « … » ») ; « Selon la mère, … « … », tout en menaçant … en leur disant « … » » (la mère, non nommée ; les mots du ravisseur) ; « Elle ajoute que le petit était « terrorisé » » ; qualifications et chefs d'accusation facultatifs ; « ce mercredi 29 mars », « octobre 2016 », « En 2009 »", [
    ("le grand quart sud-ouest", PARQ),
    ("a de grandes attaches familiales", PARQ),
    ("répéter en boucle le même message", ["ministère de la Justice", None]),
    ("homme violent", [None, "enquêteurs"], OPT),
    ("à toute vitesse", MERE, OPT),
    ("par le bras et [...] l'a mis dans la voiture", MERE),
    ("Bougez pas, bougez pas. Appelez pas les gendarmes.", "Jason Lopez"),
    ("terrorisé", MERE),
    ("conflit parental très violent", [None], OPT),
    ("garde des enfants", [None], OPT),
    ("tentative d'assassinat", [None], OPT),
], ["Vicente Lopez", "Jason Lopez", "Eric Maillaud"],
   ["ministère de la Justice"], [("29 mars", "2017-03-29"), ("octobre 2016", "2016-10"), ("En 2009", "2009")])

A["blind6-fr-11"] = ("2017/01/2017_01_21-011.txt", "article réel de Wikinews (21 janvier 2017) ; « Selon une source proche de l'enquête, …, « … » » ; une citation sans verbe après la phrase qui nomme X (« X … avait … tenté … de le prévenir. « … » ») ; « « … », a confié X, le pilote » ; une association comme locuteur (« a pour sa part commenté l'Automobile club de Monaco ») ; « Jeudi 19 janvier »", [
    ("vraisemblablement à proximité~", [None, "source proche de l'enquête", "une source proche de l'enquête"]),
    ("Ce n’était pas un bon endroit~", "Romain Degeer"),
    ("Nous avons été pris~", "Hayden Paddon"),
    ("Le spectateur a été héliporté~", ["Automobile club de Monaco"]),
], ["Hayden Paddon", "Romain Degeer", "John Kennard"],
   ["Hyundai", "Automobile club de Monaco"], [("19 janvier", "2017-01-19")])

A["blind6-fr-12"] = ("2017/03/2017_03_26-003.txt", "article réel de Wikinews (26 mars 2017) ; « il avait avoué que la santé était « … » » puis « « … », avait-il encore ajouté » ; « selon X, la difficulté de passer d' « … » » puis « « … », a conclu Ryan » (nom court) ; « Il a expliqué qu'il avait décidé de « … » …, selon lui, « … » » ; « Obamacare » (nom d'une loi) et « déçu » (un mot) facultatifs ; aucune date explicite", [
    ("Obamacare", [None], OPT, 1),
    ("Obamacare", [None], OPT, 3),
    ("un sujet incroyablement complexe", "Donald Trump"),
    ("Personne ne savait~", "Donald Trump"),
    ("un parti d'opposition à un parti de gouvernement", "Paul Ryan"),
    ("ObamaCare est la loi~", "Paul Ryan"),
    ("Obamacare", [None], OPT, 4),
    ("laisser l'ObamaCare exploser", "Donald Trump"),
    ("cela va être moche", "Donald Trump"),
    ("déçu", "Donald Trump", OPT),
], ["Donald Trump", "Barack Obama", "Paul Ryan"],
   ["Parti républicain", "Chambre des représentants", "Sénat", "Congrès", "Freedom Caucus"], [])

HAM = "Benoît Hamon"
HE = "Henri Emmanuelli"
A["blind6-fr-13"] = ("2017/03/2017_03_21-002.txt", "article réel de Wikinews (21 mars 2017) ; « « … », a déclaré X, vice-président … » ; « il n'était « … », selon lui « … » » (il = Emmanuelli) ; une citation coupée par son incise à l'intérieur des guillemets (« « J'entretiens …, confiait d'ailleurs Hamon en 2010. J’écoute … » ») ; « Hamon avait confirmé : « … » » ; « confiant qu'il était « … » : « … » » ; « stupeur », « émotion » et les termes « mitterrandiste », « sociales-libérales », « non » facultatifs ; beaucoup d'années, « de juin » (2017), « En janvier dernier » (2017)", [
    ("Henri Emmanuelli incarnait~", "Xavier Fortinon"),
    ("mitterrandiste", [None], OPT),
    ("sociales-libérales", [None], OPT),
    ("non", [None], OPT),
    ("pas du tout d’accord avec son projet de revenu universel", HE),
    ("déresponsabilisant", HE),
    ("J'entretiens avec lui~", HAM),
    ("C’est une personne qui a beaucoup compté~", HAM),
    ("très dur pour [lui] d’en parler", HAM),
    ("Il était très malade~", HAM),
    ("stupeur", "Jean-Christophe Cambadélis", OPT),
    ("émotion", "Jean-Christophe Cambadélis", OPT),
], ["Henri Emmanuelli", "Xavier Fortinon", "François Mitterrand", "Lionel Jospin", "Benoît Hamon", "Vincent Peillon",
    "Arnaud Montebourg", "Jean-Claude Juncker", "Jean-Christophe Cambadélis", "Hollande", "Mélenchon", "Estrosi",
    "Bayrou", "Juppé"],
   ["AFP", "PS", "Assemblée nationale", "Nouveau Parti socialiste", "Commission européenne"], [
    ("de juin", "2017-06", 2), ("en 1978", "1978", 4), ("1981", "1981", 4), ("1986", "1986", 4), ("en 1987", "1987", 5),
    ("1992", "1992", 5), ("1993", "1993", 5), ("1994", "1994", 5), ("à 1995", "1995", 5), ("de 1995", "1995", 5),
    ("En 1997", "1997", 6), ("En 2000", "2000", 6), ("En 2005", "2005", 7), ("en 2005", "2005", 9),
    ("en 2010", "2010", 9), ("En janvier dernier", "2017-01", 9)])

JOU = "Abou Mohammed al-Joulani"
A["blind6-fr-14"] = ("2016/07/2016_07_29-002.txt", "article réel de Wikinews (29 juillet 2016) ; « Al-Joulani indique notamment que … pour « … » et « … » » (nom court de X nommé avant) puis « Il remercie aussi « … » » ; « X, qui déclare à ce propos que « … » » ; « par la voix du porte-parole …, X, qui indique qu'il ne voit « … » » ; un nom (« Front Fatah al-Cham ») et « cosmétique » facultatifs ; « le 28 juillet 2016 » (deux fois), « janvier 2012 », « mai 2015 »", [
    ("Front Fatah al-Cham", [None], OPT),
    ("protéger la révolution", JOU),
    ("faire taire les prétextes~", JOU),
    ("les commandants d'Al-Qaïda~", JOU),
    ("vous pouvez sacrifier~", "Ayman al-Zawahiri"),
    ("cosmétique", [None, JOU], OPT),
    ("aucune raison de penser~", "John Kirby"),
], ["Bachar el-Assad", "Abou Mohammed al-Joulani", "Ayman al-Zawahiri", "John Kirby", "Igor Morozov"],
   ["Front al-Nosra", "Al-Qaida", "État islamique", "Armée de la conquête", "Front du Sud", "Armée syrienne libre",
    "département d'État"], [
    ("le 28 juillet 2016", "2016-07-28", 1), ("Le 28 juillet 2016", "2016-07-28", 2), ("janvier 2012", "2012-01", 3),
    ("mai 2015", "2015-05", 3)])

A["blind6-fr-15"] = ("2018/04/2018_04_02-001.txt", "article réel de Wikinews (2 avril 2018) ; une citation qui commence au milieu d'une phrase (« Le bus … et « se rendait … » ») suivie de « précise un porte-parole de Linden Cars » (non nommé) ; « « … », a précisé la porte-parole du parquet, X. « … » » (deuxième citation sans verbe) ; aucune date", [
    ("se rendait en Autriche~", [None, "Linden Cars", "porte-parole de Linden Cars", "un porte-parole de Linden Cars"]),
    ("L'enquête sur les circonstances~", "Julie Plevoets"),
    ("Mais nous avons bien ouvert~", "Julie Plevoets"),
], ["Julie Plevoets"], ["Linden Cars", "SPF Affaires étrangères", "parquet de Louvain"], [])

A["blind6-fr-16"] = ("2017/03/2017_03_12-005.txt", "article réel de Wikinews (12 mars 2017) ; « pour X, membre …: « … » » ; « Hamon avait dénoncé … en tweetant : « … » » ; « Miguet … s'insurge … « … », fustige-il » (coquille de la source) ; une avocate non nommée (« L'avocate de X précise … « … », explique-t-elle ») ; « injure publique » (chef d'accusation, trois fois) et « injures » facultatifs ; « En décembre dernier » = 2016, « début mars » = 2017", [
    ("injure publique", [None], OPT, 1),
    ("Pas de flash info~", "Jérôme Rivière"),
    ("injures", [None], OPT),
    ("L'escroc Miguet~", HAM),
    ("injure publique", [None], OPT, 2),
    ("injure publique", [None], OPT, 2),
    ("Même si je n'ai pas~", "Nicolas Miguet"),
    ("Pour attaquer Hamon~", [None, "avocate de Benoît Hamon", "l'avocate de Benoît Hamon"]),
], ["Benoît Hamon", "Jérôme Rivière", "Marine Le Pen", "François Fillon", "Nicolas Miguet", "Valérie Pécresse"],
   ["PS", "Front national", "Rassemblement du contribuable français", "Libération", "Autorité des marchés financiers"], [
    ("En décembre dernier", "2016-12"), ("début mars", "2017-03"), ("en novembre 2015", "2015-11"),
    ("le 7 décembre 2016", "2016-12-07"), ("en 2014", "2014")])

# ------------------------------------------------------------------ English
WHO = ["World Health Organization", "WHO", None]
A["blind6-en-01"] = ((2020, 18), "real English Wikinews article (14 February 2020); names in quotation marks (\"COVID-19\", \"2019-nCoV.\", \"COVI\", \"D\", \"swine flu.\"…: optional, no speaker or the body that named it); \"X said naming the virus … would place \"…\"\" then \"She went on to say, \"…\"\" (pronoun); \"X told the press in a separate interview, \"…\"\"; years \"in 2015\", \"the 2009 H1N1 outbreak\", \"from 2013\", \", 2019.\"", [
    ("COVID-19", WHO, OPT, 1),
    ("2019-nCoV.", WHO, OPT),
    ("COVID-19", [None], OPT, 2),
    ("severe acute respiratory syndrome coronavirus 2", [None, "International Committee on Taxonomy of Viruses"], OPT),
    ("COVI", [None], OPT),
    ("D", [None], OPT),
    ("disease,", [None], OPT),
    ("19", [None], OPT),
    ("swine flu.", [None], OPT),
    ("tremendous stigmatization~", "Wendy Parmet"),
    ("People tend to think~", "Wendy Parmet"),
    ("People with a different national~", "Monica Schoch-Spana"),
], ["Tedros Adhanom Ghebreyesus", "Wendy Parmet", "Monica Schoch-Spana"],
   ["World Health Organization", "International Committee on Taxonomy of Viruses", "Food and Agriculture Organization",
    "Time", "Northwestern University", "Johns Hopkins Center for Health Security"], [
    ("2019", "2019", 3), ("in 2015", "2015", 4), ("2009", "2009", 5), ("from 2013", "2013", 5)])

BJ = "Boris Johnson"
SD = ["State Department", "United States Department of State"]
A["blind6-en-02"] = ((2019, 137), "real English Wikinews article (10 October 2019); \"Prime Minister Johnson … He said, \"…\"\" then \"Johnson continued, \"…\"\" (next paragraph); a suspect's words to the police (\"She informed police …, but \"…\"\"); a department (\"The State Department gave its \"…\" and said … \"…\"\"); \"Dunn's mother, X, said on TV, \"…\" X told the Daily Mail, \"…\"\"; \"August 27\" twice, \"a 1994 agreement\"", [
    ("I think everybody's sympathies~", BJ),
    ("And I hope that Anne Sacoolas~", BJ),
    ("that she had no plans~", "Anne Sacoolas"),
    ("deepest sympathies", SD),
    ("intense attention at senior levels~", SD),
    ("She didn't purposely drive~", "Charlotte Charles"),
    ("All we need to do~", "Charlotte Charles"),
], ["Boris Johnson", "Anne Sacoolas", "Harry Dunn", "Jonathan Socoolas", "Nick Adderley", "Stephen Mold", "Dominic Raab",
    "Mike Pompeo", "Charlotte Charles"],
   ["Northamptonshire police", "US Embassy", "State Department", "Royal Air Force", "US Air Force", "Daily Mail"], [
    ("on August 27", "2019-08-27", 1), ("on August 27", "2019-08-27", 4), ("1994", "1994", 5)])

FORD = ["Ford", "Ford Motor Company"]
A["blind6-en-03"] = ((2019, 50), "real English Wikinews article (28 April 2019); a company as the only speaker (\"Ford said in their filing the matter \"…\", and \"…\"\"; \"\"…\", Ford told The Verge\"; \"Ford also made this point, writing \"…\"\"); a term (\"road load\", optional); no person named; \"February 21\" (twice), \"In February\", \"February 18\" = 2019", [
    ("currently focuses on issues~", FORD),
    ("does not involve the use of defeat devices", FORD),
    ("Ford is fully cooperating~", FORD),
    ("In addition, we have notified~", FORD),
    ("road load", [None], OPT),
], [], ["Ford Motor Company", "United States Department of Justice", "U.S. Securities and Exchange Commission",
        "The Verge", "Sidley Austin", "U.S. Environmental Protection Agency", "California Air Resources Board"], [
    ("on February 21", "2019-02-21", 1), ("In February", "2019-02", 4), ("on February 18", "2019-02-18", 6),
    ("on February 21", "2019-02-21", 6)])

MIN = [None, "Sameh Shoukry", "Nikos Dendias", "Nikos Christodoulides", "Jean-Yves Le Drian"]
KM = "Kyriakos Mitsotakis"
A["blind6-en-04"] = ((2020, 6), "real English Wikinews article (11 January 2020); a group of ministers named in the paragraph before (\"They concluded that … is \"…\" and \"…\"\": null or one of the four); a ministry (\"the Turkish Ministry of Foreign Affairs denounced …, calling the agreements \"…\"\"); \"Turkish president Erdoğan\" (surname only) with \"\"…\", he said\" and \"He underlined … by saying \"…\"\"; \"X … called the border agreement \"…\" and \"…\". \"…\", he added.\" then \"The border issue is the \"main difference\" …, he added\"; \"November\", \"November 27\" (twice) = 2019", [
    ("null and void", MIN, 3),
    ("infringes upon the sovereign rights~", MIN),
    ("legitimate and fully compatible with international law", ["Turkish Ministry of Foreign Affairs", None]),
    ("No project excluding our country~", "Erdoğan"),
    ("we are ready to take more~", "Erdoğan"),
    ("null and void", KM, 7),
    ("geographically ridiculous", KM),
    ("The agreement assumes~", KM),
    ("main difference", KM),
], ["Sameh Shoukry", "Nikos Dendias", "Nikos Christodoulides", "Jean-Yves Le Drian", "Luigi Di Maio", "Erdoğan",
    "Kyriakos Mitsotakis"],
   ["United Nations Security Council", "Turkish Ministry of Foreign Affairs", "Atlantic Council",
    "Libyan House of Representatives", "International Court of Justice"], [
    ("November", "2019-11", 1), ("November 27", "2019-11-27", 3), ("November 27", "2019-11-27", 8)])

COURT = ["Court of Session", "the Court of Session"]
A["blind6-en-05"] = ((2019, 104), "real English Wikinews article (13 September 2019); a court as speaker (\"The three-judge court found … \"…\"\"; \"The court's summary concluded with the statement: \"…\"\"); a judge named with his title (\"Colin Sutherland, Lord Carloway, … decided, according to the summary, \"…\"\"); \"X said via Twitter, \"…\"\"; \"Cherry, who led the petition, said\" (short name); an unnamed spokesman (\"According to the BBC, a spokeman for 10 Downing Street expressed …; \"…\"\"); no explicit date", [
    ("was motivated by the improper purpose~", COURT),
    ("that although advice to HM~", ["Colin Sutherland", "Lord Carloway", "Colin Sutherland, Lord Carloway"]),
    ("The Court will accordingly~", COURT + [None]),
    ("Today's Court of Session judgment~", "Nicola Sturgeon"),
    ("Now, for every moment~", "Joanna Cherry"),
    ("The UK government needs~", [None, "10 Downing Street", "spokeman for 10 Downing Street"]),
], ["Joanna Cherry", "Queen Elizabeth II", "Boris Johnson", "Colin Sutherland", "Nicola Sturgeon"],
   ["Court of Session", "Supreme Court of the United Kingdom", "Scottish National Party", "BBC", "10 Downing Street"], [])

TAG = "Tedros Adhanom Ghebreyesus"
A["blind6-en-06"] = ((2020, 35), "real English Wikinews article (14 March 2020); \"the WHO noted …: \"…,\" said X, the Director-General of the WHO. \"…\"\"; \"According to Dr. X, …, the pandemic is \"unprecedented.\" He said, …, \"…\"\"; \"Ghebreyesus expressed a similar view, saying \"…\" He continued, \"…\"\" (last part of a three-part name); \"Dr. Anthony Fauci, said of the outbreak, \"…\"\"; \"pandemic\" (a word) optional; \"in February\", \"in January\" = 2020", [
    ("pandemic", [None], OPT),
    ("All countries can still~", TAG),
    ("We are deeply concerned~", TAG),
    ("unprecedented.", ["Tom Frieden", "Dr. Tom Frieden"]),
    ("[o]ther than influenza~", ["Tom Frieden", "Dr. Tom Frieden"]),
    ("[w]e have never before seen a pandemic sparked~", TAG),
    ("[a]nd we have never~", TAG),
    ("[b]ottom line~", ["Anthony Fauci", "Dr. Anthony Fauci"]),
], ["Tedros Adhanom Ghebreyesus", "Tom Frieden", "Anthony Fauci"],
   ["World Health Organization", "Centers for Disease Control and Prevention", "CNN",
    "National Institute of Allergy and Infectious Disease", "Associated Press"], [
    ("in February", "2020-02", 3), ("in January", "2020-01", 5)])

GS = "Grant Shapps"
A["blind6-en-07"] = ((2020, 61), "real English Wikinews article (5 June 2020); \"Shapps announced … He said it would be \"…\" and \"…\" so … \"…\"\" (three fragments, pronoun); curly quotation marks (\"X commented, “…”\"); \"X, said the measure was \"…\"\"; a government (\"Northern Ireland has suggested people \"think about\" it\", optional); \"X said … could be \"inevitable\"\" (one word after \"said\", required); \"from June 15\", \"The June 15 planned date\"", [
    ("a condition of travel", GS),
    ("surgical masks[...]~", GS),
    ("the kind of face covering~", GS),
    ("We have been working closely~", "Mick Whelan"),
    ("nowhere near enough.", "Mick Cash"),
    ("think about", ["Northern Ireland", None], OPT),
    ("inevitable", "Nicola Sturgeon"),
], ["Grant Shapps", "Mick Whelan", "Mick Cash", "Nicola Sturgeon"],
   ["UK Government", "Aslef", "RMT", "National Union of Rail, Maritime and Transport Workers"], [
    ("June 15", "2020-06-15", 1), ("June 15", "2020-06-15", 7)])

A["blind6-en-08"] = ((2019, 68), "real English Wikinews article (8 July 2019); an anonymous official (\"\"…\", a government official said\"); \"Speaking to …, the president of …, X, said, \"…\"\"; \"A member of the Tunisian Parliament, X said\"; \"X, a member of Parliament, said\"; \"on June 27\", years (\"in 2016\" twice in paragraph 4, once inside a quotation)", [
    ("Chahed signed a government decree~", [None, "government official", "a government official"]),
    ("We are for the freedom to dress~", "Jamel Msallem"),
    ("Tunisia is facing terrorist attacks~", "Samir Dilou"),
    ("We proposed a bill in 2016~", "Souhail Alouini"),
], ["Youssef Chahed", "Jamel Msallem", "Samir Dilou", "Souhail Alouini", "Zine El Abidine Ben Ali"],
   ["Islamic State of Iraq and the Levant", "Agence France-Presse", "Tunisian League for the Defence of Human Rights",
    "Tunisian Parliament"], [
    ("on June 27", "2019-06-27", 2), ("in 2015", "2015", 4), ("in 2016", "2016", 4), ("in 2016", "2016", 4),
    ("in 2011", "2011", 5)])


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
