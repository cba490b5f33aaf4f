#!/usr/bin/env python3
"""Holds the hand annotations of blind set 10 and writes NAME.json beside each NAME.txt.
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

CO = ["coalition internationale anti-EI", "coalition", "la coalition"]
A["blind10-fr-01"] = ("2017/03/2017_03_30-001.txt", "article réel de Wikinews (30 mars 2017) ; une coalition militaire comme seule source des citations (« La coalition a confirmé … « … » », « La coalition a annoncé … à la suite des « … » …, tout en disant « [prendre] … » », crochets dans la citation) ; un mot attribué par un passif (« Ce « désastre » est déploré par les Nations unies », requis) ; « selon l'organisation Airwars » sans guillemets ; aucune personne nommée ; « le 25 mars », « le 13 mars », « les17 et 23 mars » (coquille de la source, deux dates), « l'été 2014 », « en mars »", [
    ("à la demande des forces de sécurité irakiennes", CO),
    ("désastre", ["Nations unies", "les Nations unies", "ONU"]),
    ("multiples allégations", CO),
    ("[prendre] toutes les précautions~", CO),
], [],
   ["coalition internationale anti-EI", "Nations unies", "Airwars", "armée irakienne"], [
    ("le 25 mars", "2017-03-25"), ("le 13 mars", "2017-03-13"), ("17 et 23 mars", "2017-03-17"), ("23 mars", "2017-03-23"),
    ("l'été 2014", "2014"), ("en mars", "2017-03", 6)])

MT = "Michel Temer"
A["blind10-fr-02"] = ("2017/01/2017_01_12-003.txt", "article réel de Wikinews (12 janvier 2017) ; « mais « … » (moins d'une heure), d'après les autorités » (autorités non nommées, requis) ; « considérées par les premiers éléments de l'enquête comme une « vengeance » » (facultatif) ; « Le président X a annoncé … Il a annoncé également que … Le gouvernement construira … pour y transférer les « … » » (le gouvernement ou X) ; « dimanche 8 janvier », « Dans la nuit du 1er au 2 janvier » (deux dates), « fin 2014 »", [
    ("d'une action rapide d'un groupe de détenus", ["autorités", "les autorités", None]),
    ("vengeance", [None], OPT),
    ("leaders hautement dangereux", [MT, "gouvernement", "le gouvernement", None]),
], [MT],
   ["FDN", "Familia do Norte", "PCC", "Premier commando de la capitale"], [
    ("8 janvier", "2017-01-08"), ("1er au 2 janvier", "2017-01-01"), ("2 janvier", "2017-01-02"), ("fin 2014", "2014")])

DT = "Donald Trump"
A["blind10-fr-03"] = ("2017/05/2017_05_04-002.txt", "article réel de Wikinews (4 mai 2017) ; « « … » a déclaré X, le président de la Chambre » (sans virgule après le guillemet) ; « « … » s'est félicité Trump à la Maison-Blanche » (nom court, forme longue plus haut) ; « Obamacare » nom de loi (facultatif) ; « le vendredi 24 mars 2017 », « en 2010 »", [
    ("Obamacare", [None], OPT),
    ("Cette loi est la concrétisation~", "Paul Ryan"),
    ("Ce sera une victoire incroyable~", DT),
], ["Barack Obama", "Paul Ryan", DT],
   ["Chambre des représentants", "Sénat", "Congrès", "Maison-Blanche"], [
    ("24 mars 2017", "2017-03-24"), ("en 2010", "2010")])

A["blind10-fr-04"] = ("2016/03/2016_03_24-003.txt", "article réel de Wikinews (24 mars 2016) ; « qualifié de « … » par ses détracteurs » (locuteurs non nommés, requis) ; « Les autorités avaient déclaré avoir ordonné … pour des raisons de « … » afin d'empêcher l'opposition de commettre une « … » » (deux citations courtes d'autorités non nommées) ; « le scrutin du 20 mars »", [
    ("coup d'État constitutionnel", [None, "détracteurs", "ses détracteurs"]),
    ("sûreté nationale", ["autorités", "les autorités", None]),
    ("illégalité", ["autorités", "les autorités", None]),
], ["Denis Sassou-Nguesso", "Guy-Brice Parfait Kolélas", "Jean-Marie Michel Mokoko"],
   [], [
    ("20 mars", "2016-03-20")])

A["blind10-fr-05"] = ("2017/04/2017_04_22-003.txt", "article réel de Wikinews (22 avril 2017) ; « « … », a-t-il affirmé » (pronom, X nommé avant) ; « X a annoncé que cette réforme comprendra des baisses d'impôts « … » » (un mot requis) ; « « … », a-t-il poursuivi » ; « d'après le Président et le secrétaire du Trésor X » sans guillemets ; appel de note « [1] » retiré ; « mercredi 26 avril »", [
    ("Nous ferons une annonce importante~", DT),
    ("massives", DT),
    ("Il s'agira, je pense~", DT),
], [DT, "Barack Obama", "Steven Mnuchin", "Reagan"],
   ["département du Trésor", "Associated Press", "Dow Jones", "Chambre des représentants", "Congrès"], [
    ("26 avril", "2017-04-26")])

CC = "Charles-Antoine Casanova"
A["blind10-fr-06"] = ("2016/08/2016_08_30-002.txt", "article réel de Wikinews (30 août 2016) ; chapeau avant la ligne de date gardé comme paragraphe 1 ; « « … » selon une source judiciaire » (source non nommée) ; « Selon ses proches, l'arme était « … » » ; « il avait exhorté son homologue … à « … » » (X nommé deux phrases plus haut) ; « Ce lundi 29 août », « En 2012 », « en août dernier » (2016-08 : la rixe de Sisco date du même mois)", [
    ("sans intervention d'un tiers", [None, "source judiciaire", "une source judiciaire"]),
    ("un moyen de se protéger", [None, "ses proches", "proches"]),
    ("exclure définitivement~", CC),
], [CC],
   [], [
    ("29 août", "2016-08-29"), ("En 2012", "2012"), ("août dernier", "2016-08")])

SP = [None, "source policière", "une source policière"]
A["blind10-fr-07"] = ("2017/04/2017_04_01-001.txt", "article réel de Wikinews (1er avril 2017) ; « Une information de l'AFP, le tenant de source policière, fait état de « … » » (l'AFP ou la source policière) ; « « … », détaille une source policière » (source non nommée, point final dans les guillemets) ; « Monsieur Carnaval » nom d'un personnage (facultatif) ; un témoin cité sans guillemets ; aucune personne nommée ; pas de date", [
    ("blessures légères", ["AFP", "l'AFP"] + SP),
    ("Monsieur Carnaval", [None], OPT),
    ("Le dispositif était en contreplaqué~", SP),
], [],
   ["AFP", "Le Parisien"], [])

A["blind10-fr-08"] = ("2016/08/2016_08_23-002.txt", "article réel de Wikinews (23 août 2016) ; titre d'une œuvre en anglais et sa traduction entre guillemets (facultatifs) ; un porte-parole en discours indirect sans guillemets ; « Une porte-parole du Department of Parks and Recreation a déclaré que « … » » (porte-parole non nommée : le service ou aucun) ; l'artiste écrit « Ginger » puis « Gringer » (coquille) ; pas de date", [
    ("The Emperor Has No Balls", [None], OPT),
    ("L'empereur n'a pas de couilles", [None], OPT),
    ("l'érection d'une structure~", ["Department of Parks and Recreation", None]),
], [DT, "Hans Christian Andersen", "Ginger"],
   ["Indecline", "Washington Post", "Department of Parks and Recreation"], [])

HS = "Howard Schultz"
A["blind10-fr-09"] = ("2017/02/2017_02_01-004.txt", "article réel de Wikinews (1er février 2017) ; « la décision du président X … en justifiant vouloir empêcher les « … » » (deux mots requis, attribués à X) ; « X, président …, a déclaré dimanche dans une lettre … que … où seront favorisés les immigrants « … » » ; « « … » a déclaré M. Schultz » (sans virgule, titre « M. ») ; appel de note « [1] » retiré ; pas de date", [
    ("islamistes radicaux", DT),
    ("qui ont servi pour les troupes~", HS),
    ("Nous devons nous assurer~", HS),
], [DT, HS, "Hillary Clinton", "Barack Obama"],
   ["Starbucks", "ALENA", "Airbnb", "Apple", "Netflix", "Google", "Microsoft", "Twitter"], [])

JM = "Juliette Méadel"
A["blind10-fr-10"] = ("2016/08/2016_08_19-001.txt", "article réel de Wikinews (19 août 2016) ; « X a fait part de sa « … » » (deux mots requis) ; « « … », a fait savoir X dans un communiqué » ; « Un rapport de l'IGPN … assurait au contraire que « … » » (un rapport, l'IGPN) ; « du 14 juillet 2016 », « depuis le 14 juillet », « le 4 août », « le soir du 14 juillet », « le 27 juillet »", [
    ("vive émotion", JM),
    ("Ce décès porte à 86~", JM),
    ("le service d'ordre n'était pas sous-dimensionné", ["IGPN", "l'IGPN", "rapport de l'IGPN", None]),
], [JM, "Pierre Hattermann", "Mohamed Lahouaiej Bouhlel"],
   ["État islamique", "IGPN", "hôpital Pasteur"], [
    ("14 juillet 2016", "2016-07-14"), ("14 juillet", "2016-07-14", 1), ("4 août", "2016-08-04"), ("14 juillet", "2016-07-14", 5),
    ("27 juillet", "2016-07-27")])

FF = "François Fillon"
A["blind10-fr-11"] = ("2017/03/2017_03_15-003.txt", "article réel de Wikinews (15 mars 2017) ; « Selon les propos de son avocat, Me X à l'AFP, « … » » (deux phrases, un mot entre crochets) ; « Fillon estime, lui, être victime d'une enquête « … » et privé du traitement dû à « … » » (deux citations partielles, nom court) ; « le 1er mars dernier », « le 15 mars »", [
    ("la mise en examen est intervenue~", "Antonin Levy"),
    ("exclusivement à charge", FF),
    ("un justiciable comme les autres", FF),
], [FF, "Antonin Levy"],
   ["Républicains", "Haute Autorité pour la transparence de la vie publique", "AFP"], [
    ("1er mars", "2017-03-01"), ("15 mars", "2017-03-15")])

ZA = ["zoo d'Amnéville", "parc animalier du zoo d'Amnéville", "communiqué", None]
A["blind10-fr-12"] = ("2018/02/2018_02_20-001.txt", "article réel de Wikinews (20 février 2018) ; un zoo qui parle par un communiqué : « touchées par un « … », rappelle le communiqué : « … » » (incise puis deux-points), puis « Pour les tigres, il en reste « … » » sans verbe ; des animaux nommés (pas des personnes) ; aucune personne nommée ; « au début du mois de février »", [
    ("braconnage meurtrier", ZA),
    ("Chaque jour quatre rhinocéros~", ZA),
    ("moins de 4.000~", ZA),
], [],
   ["zoo d'Amnéville"], [
    ("février", "2018-02")])

# ------------------------------------------------------------------ English

GAS = ["government of American Samoa", "The government of American Samoa", "American Samoa"]
A["blind10-en-01"] = ((2019, 167), "real English Wikinews article (16 December 2019); a territory's government as speaker (\"The government of X issued a statement agreeing …: \"…\"\", then \"Their statement also read \"…\"\" with no comma; a gloss in brackets inside the quotation); \"X, told the press: \"…[.]\"\" after a long role (\"The American Samoan delegate to …\"); \"U.S. nationals\" a term (optional); \"A 2015 federal court decision\", \"In 2016\"", [
    ("U.S. nationals", [None], OPT),
    ("imposition of citizenship by judicial fiat~", GAS),
    ("imposition of citizenship over~", GAS),
    ("Because the residents of American Samoa~", "Aumua Amata"),
], ["Clark Waddoups", "Pale Tuli", "Rosavita Tuli", "John Fitisemanu", "Aumua Amata"],
   ["Equally American", "U.S. Supreme Court", "Congress", "U.S. House of Representatives"], [
    ("2015", "2015"), ("In 2016", "2016")])

WR = "Wilbur Ross"
A["blind10-en-02"] = ((2019, 73), "real English Wikinews article (20 July 2019); a court as speaker (\"the … Supreme Court ruled against …, saying the justification … was \"contrived.\"\", one word required); \"the House's decision, which Ross has referred to as \"…\" and a \"…\"\" (two one-word quotations after a relative clause, the speaker named by surname); the census question itself in quotation marks (optional); a spokeswoman with no quotation; \"the 2020 census\" (twice), \"In April\", \"On June 12\", \"the 1965 Voting Rights Act\", \"In late June\", \"on July 2\", \"on July 11\", \"in 2012\", \"in 1950\"", [
    ("Is this person a citizen of the United States?", [None], OPT),
    ("contrived.", ["United States Supreme Court", "Supreme Court"]),
    ("gamesmanship", WR),
    ("stunt", WR),
], [WR, "William Barr", "Donald Trump", "Eric Holder", "Kerri Kupec"],
   ["House of Representatives", "Department of Justice", "House Oversight and Reform Committee", "Supreme Court",
    "Census Bureau"], [
    ("2020", "2020", 1), ("In April", "2019-04"), ("June 12", "2019-06-12"), ("2020", "2020", 3), ("1965", "1965"),
    ("late June", "2019-06"), ("July 2", "2019-07-02"), ("July 11", "2019-07-11"), ("in 2012", "2012"), ("in 1950", "1950")])

DH = "Doug Hurley"
A["blind10-en-03"] = ((2020, 58), "real English Wikinews article (31 May 2020); \"X, on radio following …, said, \"…\"\" (surname only, full name in paragraph 1); \"X remarked of the remainder of the test flight, \"…\"\" (surname only, role and full name in the paragraph before); \"X, for his part, paraphrased …, Y, commenting before launch …: \"…\"\" (colon after a long clause that names a second person, Alan Shepard, who is not the speaker); \"in July 2011\", \"NASA's 2014 selection\", \"in 2011\", \"by late August\"", [
    ("It was incredible", DH),
    ("I'm breathing a sigh of relief~", "Jim Bridenstine"),
    ("SpaceX we're go for launch~", DH),
], ["Bob Behnken", DH, "Elon Musk", "Jim Bridenstine", "Alan Shepard"],
   ["SpaceX", "NASA", "Kennedy Space Center", "International Space Station", "ISS", "Boeing"], [
    ("July 2011", "2011-07"), ("2014", "2014"), ("in 2011", "2011"), ("late August", "2020-08")])

JB = "Joe Biden"
A["blind10-en-04"] = ((2020, 81), "real English Wikinews article (12 August 2020); \"X wrote that \"…\"\" (a full sentence after \"that\"); \"X announced his plan …, saying \"…\"\"; \"A tweet sent from X's Twitter account …, saying \"…\"\" (the account's owner as speaker); a date inside a quotation (\"January 2021\"); \"the 2020 United States presidential election\", \"In March\", \"In 2008\", \"In 1984\", \"the 1972 Democratic National Convention\", \"from 2009 to 2017\" (two dates)", [
    ("I've decided that Kamala Harris~", JB),
    ("I commit that I will~", JB),
    ("My running mate will be a woman. #DemDebate", JB),
], [JB, "Kamala Harris", "Trump", "Mike Pence", "Sarah Palin", "John McCain", "Geraldine Ferraro", "Walter Mondale",
    "Gloria Steinem", "Barack Obama"],
   ["Democratic Party", "Republican Party", "Twitter"], [
    ("2020", "2020"), ("January 2021", "2021-01"), ("In March", "2020-03"), ("In 2008", "2008"), ("In 1984", "1984"),
    ("1972", "1972"), ("2009", "2009"), ("2017", "2017")])

DT = "Donald Trump"
A["blind10-en-05"] = ((2019, 154), "real English Wikinews article (1 November 2019); four short quotations in one paragraph: \"with X of Louisiana calling the investigation … \"…\" and Y of Florida calling the process \"…\"\" (two speakers in one sentence), \"Trump repeatedly called … a \"…\", and on Twitter referred to the vote as \"…\"\" (surname only, full name in paragraph 1); \"CBS noted\" with no quotation; no date (\"Yesterday\", \"earlier this week\")", [
    ("Soviet-style", "Steve Scalise"),
    ("a blatant and obvious coup~", "Ross Spano"),
    ("witch hunt", DT),
    ("The Impeachment Hoax", DT),
], [DT, "Nancy Pelosi", "Adam Schiff", "Steve Scalise", "Ross Spano", "Mitch McConnell", "Bill Clinton", "Andrew Johnson"],
   ["House of Representatives", "CBS", "House Intelligence Committee", "Senate"], [])

AR = ["army", "the army", "Iranian military"]
AH = ["The Aviation Herald", "Aviation Herald"]
A["blind10-en-06"] = ((2019, 12), "real English Wikinews article (15 January 2019); institutions only, no person named: \"The army said the plane was bringing meat from … \"…\"\" (a partial quotation after reported speech); \"at \"…\" according to The Aviation Herald\" (no comma); a company \"telling Wikinews the company \"…\"\" and \"Boeing referred to the 707 involved as a \"…\"\" (two words required); many reports without quotation marks (Fars News, Press TV, the Centre for Aviation); \"In 2018\"", [
    ("to help the country's economy.", AR),
    ("very low height", AH),
    ("extends its profound condolences~", "Boeing"),
    ("cargo plane", "Boeing"),
], [],
   ["Revolutionary Guards", "Fars News", "Press TV", "The Aviation Herald", "Air Force", "Saha Airlines",
    "Centre for Aviation", "Airfleets", "Boeing"], [
    ("In 2018", "2018")])

DC = "David Clay"
TY = "Tong Yung-soo"
A["blind10-en-07"] = ((2020, 63), "real English Wikinews article (6 June 2020); a news site as speaker of one word (\"what WalesOnline called \"fury\"\", required); \"The then-manager of …, X, called it \"…\" and said \"…\"\" (two quotations, a bracketed capital letter); \"Mr Tong had said they intended to \"…\"\" (title and family name, the full name \"Tong Yung-soo\" in the sentence before); a fire service statement without quotation marks; \"dates to 1873\", \"his 1949 movie debut\", \"in 2004\", \"in 2001\"", [
    ("fury", "WalesOnline"),
    ("a retrograde step", DC),
    ("[a]n area like this~", DC),
    ("restore the hall to its former glory.", TY),
], ["Neville Chamberlain", "Richard Burton", TY, DC],
   ["North Wales Fire and Rescue Service", "North Wales Police", "WalesOnline", "Barmouth Publicity",
    "Mid Wales Tourism Partnership"], [
    ("1873", "1873"), ("1949", "1949"), ("in 2004", "2004"), ("in 2001", "2001")])

EC = "Elijah Eugene Cummings"
A["blind10-en-08"] = ((2019, 146), "real English Wikinews article (18 October 2019); \"In a statement, X, his wife and …, said Cummings \"…\"\" (a partial quotation after the subject of reported speech); \"X, the Senate minority leader, told MSNBC Cummings \"…,\"\" (comma inside the marks); \"while … President Trump noted his \"…\" on Twitter\" (surname only, a noun phrase quoted); \"his office said\" with no quotation; many years and dates: \"in 1996\", \"in 1951\", \"in 1976\", \"In 1982\", \"in 1983\", \"in 1995\", \"in 2002\", \"in 2003 and 2004\" (two dates), \"the 2018 midterm elections\", \"on September 11\", \"until October 28\"", [
    ("worked until his last breath", "Maya Rockeymoore Cummings"),
    ("was a great man,", "Chuck Schumer"),
    ("strength, passion and wisdom", "Trump"),
], [EC, "Robert Cummings Sr.", "Ruth Elma Cummings", "Kweisi Mfume", "Maya Rockeymoore Cummings", "Nancy Pelosi",
    "Chuck Schumer", "Trump", "Carolyn Maloney", "Larry Hogan"],
   ["House Oversight and Reform Committee", "Howard University", "University of Maryland", "Maryland General Assembly",
    "Congressional Black Caucus", "Baltimore Sun", "MSNBC", "Maryland Democratic Party", "Gilchrist Hospice Care",
    "White House"], [
    ("in 1996", "1996"), ("in 1951", "1951"), ("in 1976", "1976"), ("In 1982", "1982"), ("in 1983", "1983"),
    ("in 1995", "1995"), ("in 2002", "2002"), ("2003", "2003"), ("2004", "2004"), ("2018", "2018"),
    ("September 11", "2019-09-11"), ("October 28", "2019-10-28")])

MF = "Michael Flynn"
A["blind10-en-09"] = ((2020, 118), "real English Wikinews article (15 December 2020); \"X tweeted he wasn't aware …: \"…\"\" (colon after reported speech, a hashtag in the quotation); \"He said \"…\"\" (pronoun, no comma, X named two sentences before as \"Former Trump adviser and retired general X\"); \"X, a retired nurse, said, \"…\"\" after \"Richard and Lisa Parry\"; reported speech without quotation marks (Flynn, Gorka, the organizers); \"the 2020 U.S. presidential election\"", [
    ("Wow! Thousands of people~", DT),
    ("That's pretty cool.~", MF),
    ("I went to bed at 1 o'clock~", "Lisa Parry"),
], [DT, MF, "Sebastian Gorka", JB, "Richard Parry", "Lisa Parry"],
   ["Women for America First", "Supreme Court of the United States", "Electoral College"], [
    ("2020", "2020")])

CPD = ["Commission on Presidential Debates", "United States Commission on Presidential Debates", "CPD", "commission", "the commission"]
A["blind10-en-10"] = ((2020, 96), "real English Wikinews article (12 October 2020); a commission as speaker (\"In an official statement, the commission said, \"…\"\", with dates inside the quotation); \"The president called the notion a \"…\"\" (role noun, Trump named in paragraph 1); \"The Biden campaign criticized …, accusing the president of \"not want[ing] …\"\" (a campaign: Biden or none also accepted); \"October 15\" (paragraph 1 and three times in the quotation), \"On October 8\", \"October 22\"", [
    ("On October 8, CPD announced~", CPD),
    ("waste of time", DT),
    ("not want[ing] to face questions~", ["Biden campaign", "The Biden campaign", JB, None]),
], [DT, JB, "Kristen Welker"],
   ["Commission on Presidential Debates", "CPD", "Belmont University", "NBC News"], [
    ("October 15", "2020-10-15", 1), ("October 8", "2020-10-08"), ("October 15", "2020-10-15", 2),
    ("October 15", "2020-10-15", 2), ("October 15", "2020-10-15", 2), ("October 22", "2020-10-22")])

A["blind10-en-11"] = ((2019, 33), "real English Wikinews article (17 February 2019); \"X, spokesperson for …, said D'Souza had been an \"…\" leader\" (one word required); \"Chief Minister X tweeted he was \"[e]xtremely pained …\"\" (a bracketed letter, the quotation continues for four sentences); \"State Congress President X called D'Souza \"…\"\"; a party as speaker (\"The Aam Aadmi Party in Goa, in its statement, said he was a \"…\"\"); no date (\"On Thursday\")", [
    ("iconic", "Damodar Naik"),
    ("[e]xtremely pained~", "Manohar Parrikar"),
    ("humble and soft-spoken", "Girish Chodankar"),
    ("gentleman politician", ["Aam Aadmi Party", "The Aam Aadmi Party"]),
], ["Francis D'Souza", "Damodar Naik", "Manohar Parrikar", "Girish Chodankar"],
   ["Bharatiya Janata Party", "Aam Aadmi Party"], [])

DO = "Devin Oldman"
A["blind10-en-12"] = ((2019, 147), "real English Wikinews article (19 October 2019); \"\"…[,]\" X of the … office told those gathered …\" (quotation first, no comma outside the marks, a long affiliation); \"\"…[,]\" said X, who helped … \"…\"\" (a second quotation with no verb after the relative clause, a bracketed insertion inside the first); \"Elder Nelson White\" (title); no date (\"In the 1800s\" is a century)", [
    ("With everything that's happened~", "Crystal C'Bearing"),
    ("I think [working with~", DO),
    ("I would think that~", DO),
], ["Nelson White", "Crystal C'Bearing", DO, "Ulysses S. Grant"],
   ["Northern Arapaho Tribe", "Eastern Shoshone Tribe", "National Bison Range"], [])

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
