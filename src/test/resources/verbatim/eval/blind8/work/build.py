#!/usr/bin/env python3
"""Holds the hand annotations of blind set 8 and writes NAME.json beside each NAME.txt.
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

AV = "Jean-Christophe Averty"
A["blind8-fr-01"] = ("2017/03/2017_03_12-004.txt", "article réel de Wikinews (12 mars 2017) ; un adjectif entre guillemets sans locuteur (« qualifiées d' « audacieuses » », facultatif) ; « qu'il tenait comme « … » » (il = ce pionnier = Averty, requis) ; « Selon X, cette époque était celle d'une « … » » ; « « … », confiait ainsi Averty à X » (nom de famille seul, un second nom dans l'incise) ; « le 4 mars » ; « jusqu'en 2006 », « en 1952 », « En 2012 »", [
    ("audacieuses", [None], OPT),
    ("un élément du langage télévisuel", AV),
    ("télé [qui] était un art~", "Gilles Jacob"),
    ("Le public français n'aime pas~", AV),
], [AV, "Gilles Jacob", "Bourvil", "Jacques Siclier"],
   ["ORTF", "France Inter", "France Culture", "Le Monde", "INA"], [
    ("le 4 mars", "2017-03-04"), ("en 1952", "1952"), ("en 2006", "2006"), ("En 2012", "2012")])

MOS = ["Moscou", "la Russie", "Russie", "officiels russes", "les officiels russes"]
OLJ = ["L'Orient-Le Jour", "Orient-Le Jour", "le quotidien", "quotidien", "le quotidien libanais L'Orient-Le Jour"]
A["blind8-fr-02"] = ("2016/09/2016_09_19-001.txt", "article réel de Wikinews (19 septembre 2016) ; une capitale pour un gouvernement (« Moscou a ainsi accusé les États-Unis de vouloir « … » et que l'attaque était « … » », le second d'un seul mot, requis) ; un journal nommé au paragraphe précédent puis repris par « le quotidien note ensuite que la « … » » ; personne n'est nommé ; deux jours de septembre", [
    ("défendre l’État islamique", MOS),
    ("délibérée", MOS),
    ("reconquête de cette zone~", OLJ),
], [],
   ["coalition internationale", "État islamique", "Pentagone", "L'Orient-Le Jour", "Le Temps"], [
    ("Le 17 septembre", "2016-09-17"), ("le 12 septembre", "2016-09-12")])

RN = "Rafael Nadal"
A["blind8-fr-03"] = ("2016/05/2016_05_28-001.txt", "article réel de Wikinews (28 mai 2016) ; « Nadal a déclaré à propos de son poignet : « … » » (nom de famille seul) ; « Il a également qu'il s'agissait « … » » (verbe manquant dans la source) ; « Il a terminé … en disant : « … » » ; « en avril » (2016)", [
    ("Il est pas cassé~", RN),
    ("d'une des conférences de presse les plus difficiles de ma carrière", RN),
    ("Je me sens motivé~", RN),
], [RN, "Facundo Bagnis"],
   ["Open de France", "Roland Garros"], [("en avril", "2016-04")])

RS = "Rana Sanaullah"
A["blind8-fr-04"] = ("2017/02/2017_02_24-003.txt", "article réel de Wikinews (24 février 2017), un seul paragraphe ; « X, ministre …, a précisé … que « … », et ajouté que « … » » puis « « … », a-t-il conclu » ; « hier, 23 février »", [
    ("l’explosion d’hier est un accident~", RS),
    ("la présence de bonbonnes~", RS),
    ("Ce matin nous avons reçu~", RS),
], [RS],
   ["police"], [("23 février", "2017-02-23")])

A["blind8-fr-05"] = ("2016/01/2016_01_16-001.txt", "article réel de Wikinews (16 janvier 2016) ; « « … » a-t-il déclaré » (sans virgule) pour X nommé dans la phrase d'avant ; « le nouveau chef de l’état pro-indépendance a déclaré qu' « … » » (rôle qui renvoie à Tsaï Ing-wen, nommée au paragraphe 1) ; « Selon X, de l’Université … ; « … » » (point-virgule avant la citation, pas de verbe) ; « de 2016 »", [
    ("Nous avons perdu~", "Eric Chu"),
    ("il n’y aura pas d’événement~", "Tsaï Ing-wen"),
    ("les relations [entre la Chine~", "Jean-Pierre Cabestan"),
], ["Tsaï Ing-wen", "Eric Chu", "Jean-Pierre Cabestan"],
   ["Université baptiste de Hong Kong"], [("2016", "2016")])

LW = "Laurent Wauquiez"
A["blind8-fr-06"] = ("2016/06/2016_06_24-003.txt", "article réel de Wikinews (24 juin 2016) ; « « … » selon le président de la région, X (LR), qui se félicite de ne pas avoir « … » en donnant « … » » (trois citations, « selon » après la première) ; « Il se dit … opposé à l'utilisation de l'acronyme « AURA » » (un sigle, facultatif) ; « du 1er au 15 mars dernier » (deux jours) ; « le 1er octobre » (2016)", [
    ("Cet acte de naissance a une dimension symbolique", LW),
    ("jeté l'argent par la fenêtre", LW),
    ("deux millions d'euros~", LW),
    ("AURA", [None, LW], OPT),
], [LW],
   ["Conseil d’État", "LR"], [
    ("1er au 15 mars", "2016-03-01"), ("15 mars", "2016-03-15"), ("le 1er octobre", "2016-10-01")])

OFF = [None, "un officier de police", "officier de police", "l'officier de police", "officier"]
HA = "Haïder al-Abadi"
A["blind8-fr-07"] = ("2016/01/2016_01_04-002.txt", "article réel de Wikinews (4 janvier 2016) ; la légende d'image avant la date a été retirée ; un locuteur anonyme (« « … », déclare un officier de police. Il ajoute également que … », « Selon l'officier de police » sans guillemets) ; un surnom de lieu (« surnommée « triangle de la mort » », facultatif) ; « X, le Premier ministre irakien, a fait part d'un « énorme choc » » (deux mots, requis) ; « le Premier ministre a indiqué que ses auteurs seront « traqués » » (un mot, requis) puis « « … », a déclaré le chef du gouvernement sur … Twitter » (rôles qui renvoient à X) ; « en 2000 » ; « samedi dernier » n'est pas une date", [
    ("Après avoir entendu l'explosion~", OFF),
    ("triangle de la mort", [None], OPT),
    ("énorme choc", HA),
    ("traqués", HA),
    ("Nous avons ordonné aux forces irakiennes~", HA),
], ["Mohammed Abdallah al-Joubouri", "Nimr Baqer al-Nimr", HA],
   ["Daech", "Twitter"], [("en 2000", "2000")])

CE = ["Conseil d'Etat", "le Conseil d'Etat", "Conseil d'État", "le Conseil d'État", "avis", "l'avis"]
A["blind8-fr-08"] = ("2016/02/2016_02_11-004.txt", "article réel de Wikinews (11 février 2016) ; le chapeau avant la date est gardé comme paragraphe 1 ; une institution (« Le Conseil d'Etat a décidé qu' « … » dans un avis ») ; « le secrétaire d'état …, X, annonce qu'il « … » » ; « l'avis de la plus haute autorité administrative précise que … « … » » (l'avis du Conseil d'Etat, périphrase) ; « le 10 février »", [
    ("une sélection ne peut être mise en place~", CE),
    ("proposera dans les prochains jours~", "Thierry Mandon"),
    ("sur une liste limitative établie par décret", CE),
], ["Thierry Mandon"],
   ["Conseil d'Etat", "Le Monde"], [("le 10 février", "2016-02-10")])

FS = "Fraser Seitel"
A["blind8-fr-09"] = ("2017/03/2017_03_21-003.txt", "article réel de Wikinews (21 mars 2017) ; « est décédé …, « … », selon son porte-parole, X » ; « « … » et « … », selon Seitel » (deux citations, nom de famille seul) ; « selon le New York Times » sans guillemets ; « jusqu'en 1980 », « En 1994 », « en 2005 » ; « dans les années 1970 » (décennie) non annotée, comme dans blind7", [
    ("tranquillement pendant son sommeil", FS),
    ("Il est resté actif jusqu'au dernier moment", FS),
    ("vivait chaque jour au maximum", FS),
], ["David Rockefeller", "John Rockefeller", FS, "Richard Nixon", "Jimmy Carter"],
   ["Chase Manhattan Bank", "JPMorgan Chase", "Forbes", "New York Times", "Harvard", "Museum of Modern Art"], [
    ("en 1980", "1980"), ("En 1994", "1994"), ("en 2005", "2005")])

A["blind8-fr-10"] = ("2016/03/2016_03_20-001.txt", "article réel de Wikinews (20 mars 2016) ; « « … », a déclaré une représentante du comité russe d'investigation, X » (rôle avant le nom) puis « Elle précise également que » sans guillemets ; « X, le PDG …, a annoncé qu'il … : « … », a-t-il déclaré » ; la compagnie et la police sans guillemets ; pas de date (« samedi »)", [
    ("Pour l'heure, nous étudions~", "Oksana Kovrijnaïa"),
    ("Nous aurons des informations~", "Ghaith al Ghaith"),
], ["Oksana Kovrijnaïa", "Ghaith al Ghaith"],
   ["Flydubai", "Boeing", "comité russe d'investigation"], [])

OS = "Mohamed Salem Ould Salek"
A["blind8-fr-11"] = ("2017/01/2017_01_31-002.txt", "article réel de Wikinews (31 janvier 2017) ; « « … » a déclaré X, roi de … » (sans virgule) ; « fait remarquer X, le ministre … » sans guillemets puis « « … » a-t-il déclaré. « … » a-t-il poursuivi » ; « en 1984 »", [
    ("Il est l'heure de rentrer~", "Mohammed VI"),
    ("Concrètement, le Maroc~", OS),
    ("Maintenant nous allons veiller~", OS),
], ["Mohammed VI", OS],
   ["Union africaine", "UA", "RASD"], [("en 1984", "1984")])

NH = "Nicolas Hulot"
A["blind8-fr-12"] = ("2018/08/2018_08_28-001.txt", "article réel de Wikinews (28 août 2018), un seul paragraphe ; « X … a annoncé … qu'il quittait … « … », a-t-il expliqué » ; une citation sans verbe (« « … » qu'il a du prendre ») ; « S'il ne « … », il explique qu'il « … » » ; pas de date (« ce matin »)", [
    ("Je prends la décision de quitter le gouvernement", NH),
    ("C'est la décision la plus douloureuse", NH),
    ("regrette pas d'avoir accepté", NH),
    ("n'avai[t] peut-être pas les épaules pour être ministre", NH),
], [NH, "Édouard Philippe"],
   ["France Inter"], [])

# ------------------------------------------------------------------ English

DT = "Donald Trump"
A["blind8-en-01"] = ((2019, 122), "real English Wikinews article (30 September 2019); \"X said that … \"…,\" he told the press. \"…\"\" (pronoun, second quotation with no verb); \"President X told reporters, \"…\"\"; \"former federal prosecutor X said via Twitter: \"…\"\" (nested single marks, the span ends with a mark and a space); \"\"…,\" tweeted former thinktank executive X. \"…\"\"; \"X … telling the Nevada Independent: \"…\" He continued by noting that \"…\"\"; \"In July\", \"in late July\", \"late last July\" (2019), \"the upcoming 2020 race\"; weekdays and \"Last week\" are not dates", [
    ("I put no pressure on them whatsoever,", DT),
    ("I could have.~", DT),
    ("Nobody can put pressure on me~", "Volodymyr Zelensky"),
    ("If I got a transcript~", "Elie Honig"),
    ("The only conclusion I can reach~", "Ken Gude"),
    ("That's the only explanation~", "Ken Gude"),
    ("I'm a big fan of oversight~", "Mark Amodei"),
    ("Using government agencies~", "Mark Amodei"),
], ["Mike Pompeo", DT, "Kurt Volker", "Volodymyr Zelensky", "Rudy Giuliani", "Andriy Yermak", "Eliot Engel", "Adam Schiff",
    "Elijah Cummings", "Joe Biden", "Hunter Biden", "Barack Obama", "Elie Honig", "Ken Gude", "Mark Amodei"],
   ["House of Representatives", "State Department", "New York Times", "White House", "Burisma Holdings", "PolitiFact",
    "United Nations", "NBC News", "Democratic Party", "Nevada Independent"], [
    ("In July", "2019-07", 2), ("late July", "2019-07", 3), ("2020", "2020", 3), ("last July", "2019-07", 4)])

A["blind8-en-02"] = ((2019, 163), "real English Wikinews article (2 December 2019); two people called Khan (the attacker Usman Khan; \"tweeted Mayor of London Sadiq Khan (no relation)\" after the first quotation, the second with no verb); a programme name in marks (optional); \"Broadcaster X commented, \"…\"\" (nested single marks, a misspelt name inside); \"X, 24, who cited only his experience …: \"'…'. …\"\"; \"X of The Times told NPR, \"[Khan] …\"\"; \"\"… 'suicide by cop'\", … professor X told the press. \"[I]ncreasingly …\"\"; \"in 2018\"; weekdays are not dates", [
    ("Learning Together", [None], OPT),
    ("The guy with the whale tusk~", "Piers Morgan"),
    ("'one in, all in'~", "Thomas Gray"),
    ("I am in awe~", "Sadiq Khan"),
    ("The bravery of the emergency services~", "Sadiq Khan"),
    ("[Khan] had been released~", "Lucy Fischer"),
    ("In the US there is a phenomenon~", "David Wilson"),
    ("[I]ncreasingly what we are seeing~", "David Wilson"),
], ["Usman Khan", "Łukasz", "Amy Cook", "Piers Morgan", "James Ford", "Thomas Gray", "Sadiq Khan", "Lucy Fischer",
    "David Wilson"],
   ["Fishmongers' Hall", "The Times", "NPR", "University of Cambridge", "Birmingham City University"], [
    ("in 2018", "2018")])

DL = ["David Livermore"]
A["blind8-en-03"] = ((2019, 150), "real English Wikinews article (25 October 2019); \"\"…\" said lead author Professor X of …\" (no comma); \"\"[T]he …\", said Dr. X. \"[...] Rather …\"\" (title and surname, second quotation with no verb); \"Society President X told the public, \"…\"\"; \"in 2017\"; \"Tuesday\" is not a date", [
    ("We wanted to find out~", "David Livermore"),
    ("[T]he strains of resistant~", "David Livermore"),
    ("[...] Rather~", "David Livermore"),
    ("If we can reduce~", "Ash Soni"),
], ["David Livermore", "Ash Soni"],
   ["The Lancet Infectious Diseases", "University of East Anglia", "Royal Pharmaceutical Society"], [("in 2017", "2017")])

HP = [None, "Hampshire Police spokesman", "A Hampshire Police spokesman", "Hampshire Police", "spokesman"]
A["blind8-en-04"] = ((2020, 91), "real English Wikinews article (10 September 2020); an unnamed police spokesman (\"A Hampshire Police spokesman said \"…\"\", no comma; a date inside the quotation); children named by first name only (\"Fourteen-year-old Zoe … said the roof fell in and \"…\", and \"…\"\", a short quotation after the speech verb, required; \"Fifteen-year-old Robert … said \"…\"\"); a company spokesperson without marks; \"10 September\"", [
    ("We were called at 8.10am~", HP),
    ("everyone started screaming", "Zoe"),
    ("[i]t felt like~", "Zoe"),
    ("I thought we'd hit~", "Robert"),
], ["Zoe", "Robert"],
   ["Stagecoach South", "Hampshire Police", "Hampshire County Council"], [("10 September", "2020-09-10")])

JJM = "Jean-Jacques Muyembe"
A["blind8-en-05"] = ((2019, 83), "real English Wikinews article (15 August 2019); a translated phrase in marks (optional); \"Professor X, Director General of …, said, \"…[.]\"\"; \"X of the World Health Organization (WHO) told the press …: \"…\"\" (colon introduction); \"According to Muyembe, …. \"…,\" he told the press, \"…[.]\"\" (quotation split by a pronoun incise); \"last November\" (2018), \"in 1995\"", [
    ("together save lives,", [None], OPT),
    ("From now on~", JJM),
    ("What will stop Ebola~", "Mike Ryan"),
    ("Now that 90%~", JJM),
    ("they will start believing~", JJM),
], ["Anthony Fauci", JJM, "Mike Ryan"],
   ["National Institute of Allergy and Infectious Diseases", "NIAID", "Institut National de Recherche Biomédicale",
    "Ridgeback Biotherapeutics", "World Health Organization", "WHO"], [
    ("last November", "2018-11"), ("in 1995", "1995")])

GB = ["Ginger Baker", "Peter Edward Baker"]
A["blind8-en-06"] = ((2019, 131), "real English Wikinews article (7 October 2019); the deceased quoted (\"\"… 'Bloody hell, …' \", he recalled in a 2009 retelling …\", nested single marks, his birth name \"Peter Edward Baker\" also given: both accepted, the people list has \"Ginger Baker\"); \"X wrote on Twitter, \"…\"\"; \"\"…,\" wrote X in a statement. \"…\"\"; \"X of The Rolling Stones also reacted on Twitter, \"…\"\"; many years; \"In the 1970s\" (decade) not annotated", [
    ("I'd never sat behind a kit~", GB),
    ("Ginger Baker, great drummer~", "Paul McCartney"),
    ("A very sad loss~", "Steve Winwood"),
    ("Beneath his somewhat abrasive~", "Steve Winwood"),
    ("Sad news hearing~", "Mick Jagger"),
], ["Ginger Baker", "Nettie Baker", "Acker Bilk", "Terry Lightfoot", "Charlie Watts", "Jack Bruce", "Eric Clapton",
    "Steve Winwood", "Ric Grech", "Fela Kuti", "Paul McCartney", "John Lydon", "Mick Jagger", "Alexis Korner"],
   ["Associated Press", "Cream", "The Independent", "Blues Incorporated", "The Rolling Stones", "The Graham Bond Organisation",
    "Blind Faith", "Wings", "Public Image Ltd.", "Rock and Roll Hall of Fame"], [
    ("On September 25", "2019-09-25"), ("in 2016", "2016", 2), ("in 1939", "1939"), ("in 1943", "1943"), ("2009", "2009"),
    ("In 1962", "1962"), ("In 1966", "1966"), ("in 1968", "1968"), ("in 1993", "1993"), ("in 2005", "2005"),
    ("2012", "2012", 7), ("2014", "2014", 7), ("in 2016", "2016", 7)])

GOV = ["government of Samoa", "Samoan government", "the Samoan government", "government", "official government Twitter account",
       "an official government Twitter account"]
TU = "Tuilaepa Sailele Malielegaoi"
A["blind8-en-07"] = ((2019, 164), "real English Wikinews article (7 December 2019); \"In remarks to …, X of UNICEF observed, \"…[.]\"\"; \"According to Yett\" without marks; a government Twitter account (\"made the following announcement: \"…\"\", no person; a date inside); \"Prime Minister Tuilaepa called on \"…\" to …\" (surname-like short form, full name in paragraph 2, required); \"According to … editor X, the anti-vaccine movement was able to … and \"…\"\"; \"since October\", \"November 20\", \"20 Nov 2019\", \"November 15\", \"November 17\" (2019), \"in 2018\", \"since 2006\"; \"the 1960s\" (decade) not annotated", [
    ("I've seen mass mobilisation~", "Sheldon Yett"),
    ("Latest update~", GOV),
    ("village councils~", TU),
    ("really hammer home their message.", "Keni Lesa"),
], [TU, "Sheldon Yett", "Keni Lesa"],
   ["Agence France-Presse", "UNICEF", "World Health Organization", "WHO", "Al Jazeera", "Samoa Observer",
    "Centers for Disease Control and Prevention"], [
    ("since October", "2019-10"), ("November 20", "2019-11-20"), ("20 Nov 2019", "2019-11-20"), ("in 2018", "2018"),
    ("November 15", "2019-11-15"), ("November 17", "2019-11-17"), ("since 2006", "2006")])

RM = ["Robert Gabriel Mugabe", "Robert Mugabe"]
A["blind8-en-08"] = ((2019, 99), "real English Wikinews article (9 September 2019); an obituary; the deceased quoted (\"\"…,\" he declared\"; longest form \"Robert Gabriel Mugabe\", \"Robert Mugabe\" also accepted); a nickname \"according to CNN\" and a house name (optional); \"\"…\", wrote President X\" (surname only; \"Emmerson Mnangagwa\" in paragraph 1); \"X, president of Russia, said in a statement: \"…\"\"; \"\"…\", said X, director of …\"; many years, ranges \"1980–1987\" and \"1987–2017\" as two years each; \"November 21\" is the resignation of 2017 (the sentence gives \"November 15, 2017\"), annotated 2017-11-21; \"In the 1990s\" (decade) not annotated", [
    ("breadbasket", [None, "CNN"], OPT),
    ("Only God who appointed me~", RM),
    ("Blue House", [None], OPT),
    ("It is with the utmost sadness~", "Emmerson Mnangagwa"),
    ("Many important dates~", "Vladimir Putin"),
    ("For my generation~", "Ashton Bumhira"),
], ["Robert Gabriel Mugabe", "Emmerson Mnangagwa", "Ian Smith", "Morgan Tsvangirai", "Grace Mugabe", "Vladimir Putin",
    "Ashton Bumhira"],
   ["Ministry of Foreign Affairs", "Gleneagles Hospital", "Zimbabwe African National Union", "ZANU", "CNN",
    "Movement for Democratic Change", "MDC", "European Union", "House of Assembly", "Youth Forum Zimbabwe"], [
    ("in 1924", "1924"), ("in 1963", "1963"), ("1974", "1974"), ("1980", "1980", 4), ("1987", "1987", 4), ("1987", "1987", 4),
    ("2017", "2017", 4), ("in 1987", "1987", 5), ("In 2000", "2000"), ("in 2008", "2008"), ("in 2013", "2013"),
    ("2018", "2018", 8), ("November 15, 2017", "2017-11-15"), ("November 21", "2017-11-21")])

CL = "Carrie Lam"
A["blind8-en-09"] = ((2019, 144), "real English Wikinews article (16 October 2019); \"Lam said, \"…\" She further stated, \"…\"\" (surname, then pronoun); \"Lam also spoke on the economy. \"…\", she said\" (dates inside the quotation); \"Legislator X spoke to the press …: \"…\"\" and \"X from the pro-Beijing camp said in a press conference: \"…\"\" (colon introductions); \"In mid-August\" (2019), \"for 2019\", \"since 2009\"", [
    ("any acts that advocate~", CL),
    ("So long as Hong Kong~", CL),
    ("The Hong Kong economy~", CL),
    ("I really urge [Lam]~", "Tanya Chan"),
    ("The behavior of my colleagues~", "Regina Ip"),
], [CL, "Andrew Leung", "Tanya Chan", "Regina Ip"],
   ["Legislative Council"], [
    ("In mid-August", "2019-08"), ("2019", "2019", 4), ("since 2009", "2009")])

KA = "Karen Alley"
TS = "Ted Scambos"
A["blind8-en-10"] = ((2019, 140), "real English Wikinews article (12 October 2019); \"\"…,\" said study co-author X. The Wooster professor added, \"…\"\" (role referring back); a term \"what the scientists describe as an \"…\"\" (optional); \"\"…,\" said study co-author X of …. \"…\"\" (second quotation with no verb); no date (\"Wednesday\")", [
    ("Warm water circulation~", KA),
    ("These effects matter~", KA),
    ("upside-down river", [None, "scientists", "the scientists", "researchers"], OPT),
    ("Now we're seeing~", TS),
    ("Like scoring a plate~", TS),
], [KA, TS],
   ["Science Advances", "University of Colorado at Boulder", "CU Boulder", "College of Wooster",
    "Cooperative Institute for Research in Environmental Sciences", "CIRES"], [])

RTE = "Recep Tayyip Erdoğan"
SDF = ["Syrian Democratic Forces", "SDF", "the SDF", "Kurdish-led Syrian Democratic Forces", "the Kurdish-led Syrian Democratic Forces"]
A["blind8-en-11"] = ((2019, 143), "real English Wikinews article (15 October 2019); a term in marks from an earlier US announcement (\"the withdrawal from the \"immediate area\" first announced\", optional); an armed group as speaker (\"In a statement, the SDF said, \"…\"\", bracketed insertions); \"X said the invasion was \"…\"\" (surname only, full name with a diacritic in paragraph 4) then \"He named it \"Operation Peace Spring\"\" (a name, optional); \"X cited … and said, \"…\", while addressing the press\"; \"NATO Secretary-General X wrote, \"…\"\"; \"on October 6\" twice; weekdays and \"yesterday\" are not dates", [
    ("immediate area", [None, "United States"], OPT),
    ("An agreement has been reached~", SDF),
    ("to prevent the creation~", RTE),
    ("Operation Peace Spring", [None, RTE], OPT),
    ("They need to stand by us", RTE),
    ("I count on Turkey~", "Jens Stoltenberg"),
], ["Bashar al-Assad", "Donald Trump", RTE, "Jens Stoltenberg"],
   ["Syrian Democratic Forces", "SDF", "Syrian Army", "ISIS", "Kurdistan Workers' Party", "PKK", "People's Protection Units",
    "YPG", "European Union", "NATO"], [
    ("on October 6", "2019-10-06", 1), ("On October 6", "2019-10-06", 4)])

OH = "Oleksiy Honcharuk"
A["blind8-en-12"] = ((2020, 11), "real English Wikinews article (18 January 2020); a leaked recording \"in which someone, seemingly X, audibly says Zelensky \"…\"\" (the speaker is hedged: X or null); \"He said Zelensky is \"…\"; however, \"…\", he added\" (pronoun; the other name in the sentence is not the speaker); \"X said in a meeting with Y, \"…\"\"; no date (\"Yesterday\", \"Wednesday\")", [
    ("has a very primitive understanding~", [OH, None]),
    ("a model of honesty for me", OH),
    ("to remove any doubts~", OH),
    ("I decided to give you~", "Volodymyr Zelensky"),
], ["Volodymyr Zelensky", OH],
   ["YouTube"], [])

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
