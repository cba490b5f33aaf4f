#!/usr/bin/env python3
"""Holds the hand annotations of blind set 9 and writes NAME.json beside each NAME.txt.
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

TB = "Issa Tchiroma Bakary"
A["blind9-fr-01"] = ("2017/03/2017_03_17-002.txt", "article réel de Wikinews (17 mars 2017) ; un mot entre guillemets attribué à une institution par « selon l'annonce du gouvernement camerounais » (requis) ; « selon X, ministre … » sans guillemets puis « Il ajoute que … « … » » ; « « … », précise encore le ministre » (rôle qui renvoie à X) ; « objets de propagande » dans une phrase sans verbe de parole (facultatif) ; « du 26 février au 7 mars » (deux dates), « en 2009 », « en 2014 »", [
    ("inédite", ["gouvernement camerounais", "le gouvernement camerounais", "gouvernement"]),
    ("plus de 60 terroristes", TB),
    ("Les otages libérés~", TB),
    ("objets de propagande", [None, TB], OPT),
], [TB],
   ["Boko Haram", "gouvernement camerounais"], [
    ("en 2009", "2009"), ("26 février au 7 mars", "2017-02-26"), ("7 mars", "2017-03-07"), ("en 2014", "2014")])

MU = "Oscar Munoz"
AB = "Audra D. Bridges"
A["blind9-fr-02"] = ("2017/04/2017_04_11-001.txt", "article réel de Wikinews (11 avril 2017) ; une passagère nommée puis « Elle décrit les autres voyageurs comme « … » et « … » » (deux adjectifs, requis) ; « X, le PDG de la compagnie, s'est excusé « … » dans un communiqué en expliquant … que le passager était devenu « … » » ; un mot des commentaires d'internautes (« on y dénonce une présumée « discrimination » », facultatif) ; pas de date", [
    ("tremblants", AB),
    ("dégoûtés", AB),
    ("pour avoir dû replacer ces clients ailleurs", MU),
    ("turbulent et agressif", MU),
    ("discrimination", [None], OPT),
], [AB, MU],
   ["United Airlines", "United Express", "police de Chicago", "Weibo", "AFP"], [])

NB = "Nouria Benghabrit"
A["blind9-fr-03"] = ("2018/06/2018_06_24-003.txt", "article réel de Wikinews (24 juin 2018) ; « X a déclaré que la décision … n'était pas « … » pour le ministère, mais qu'il « … » » (un mot requis après un verbe de parole) ; « Selon le fournisseur …, l'opération « … » » (une entreprise) ; « mercredi 20 juin », « En juin 2016 », « à partir du 22 juillet »", [
    ("confortable", NB),
    ("ne devrait pas rester passif face à une telle fuite possible", NB),
    ("visait à assurer~", ["Algérie Télécom"]),
], [NB],
   ["Oracle", "Agence France Presse", "Facebook", "Twitter", "ministère de l'éducation", "Algérie Télécom"], [
    ("20 juin", "2018-06-20"), ("juin 2016", "2016-06"), ("22 juillet", "2018-07-22")])

BE = "Alan Bean"
A["blind9-fr-04"] = ("2018/06/2018_06_01-001.txt", "article réel de Wikinews (1er juin 2018) ; nécrologie : le défunt cité (« « … », a-t-il expliqué en 1994 au New York Times, avant d'ajouter : « … » ») ; un nom de groupe (« moonwalkers », facultatif) ; onze personnes ; « ce samedi 26 mai », « En novembre 1969 », « Du 28 juillet au 25 septembre 1973 » (deux dates), « en 1981 », « en 1994 », « le 7 janvier 2018 »", [
    ("Tout artiste a la Terre~", BE),
    ("J'ai la Terre et mon imagination~", BE),
    ("moonwalkers", [None], OPT),
], [BE, "Pete Conrad", "Neil Armstrong", "Jack Lousma", "Owen Garriot", "Dick Gordon", "John Watts Young", "Buzz Aldrin",
    "Davin Scott", "Charles Moss Duke", "Harrison Hagan Schmitt"],
   ["NASA", "New York Times"], [
    ("26 mai", "2018-05-26"), ("novembre 1969", "1969-11"), ("28 juillet au 25 septembre 1973", "1973-07-28"),
    ("25 septembre 1973", "1973-09-25"), ("en 1981", "1981"), ("en 1994", "1994"), ("le 7 janvier 2018", "2018-01-07")])

RN = "René Ngendahimana"
UE = ["Union européenne", "L'Union européenne", "UE", "délégation de l'Union européenne"]
A["blind9-fr-05"] = ("2016/12/2016_12_02-002.txt", "article réel de Wikinews (2 décembre 2016) ; un mot entre guillemets droits sans locuteur (\"tensions\", facultatif) ; un pays qui répond « par la voix du lieutenant-colonel X, porte-parole de l'armée rwandaise : « … » » (X, ou le Rwanda) ; une institution (« L'Union européenne au travers de sa délégation a condamné « … » et dénonce « … » ») ; « lundi 28 novembre »", [
    ("tensions", [None], OPT),
    ("Le Rwanda n’a aucun intérêt~", [RN, "Rwanda", "le Rwanda"]),
    ("l'attentat commis contre Willy Nyamitwe", UE),
    ("une attaque inadmissible", UE),
], ["Pierre Nkurunziza", "Willy Nyamitwe", RN],
   ["ONUB", "UE", "FIDH", "Imbonerakure", "armée rwandaise", "Union européenne"], [
    ("28 novembre", "2016-11-28")])

CA = ["cour d’appel de Paris", "la cour d’appel de Paris", "la cour", "cour"]
A["blind9-fr-06"] = ("2017/01/2017_01_24-006.txt", "article réel de Wikinews (24 janvier 2017) ; une cour d'appel comme locuteur (« La cour justifie cette décision par l' « … » », « Elle considère que X, « … », a « … » », avec un crochet de la rédaction dans la citation) ; sept personnes ; « ce lundi 23 janvier », « en novembre 2015 », « entre 2002 et 2004 », « en 2009 »", [
    ("extrême gravité", CA),
    ("haut fonctionnaire~", CA),
    ("délibérément rétabli~", CA),
], ["Claude Guéant", "Nicolas Sarkozy", "Lionel Jospin", "Michel Gaudin", "Michel Camux", "Daniel Canepa", "Gérard Moisselin"],
   ["cour d’appel de Paris", "Parquet", "tribunal correctionnel", "police nationale"], [
    ("23 janvier", "2017-01-23"), ("novembre 2015", "2015-11"), ("2002", "2002"), ("2004", "2004"), ("en 2009", "2009")])

TM = "Thomas de Maizière"
AU = ["autorités allemandes", "les autorités allemandes", "autorités", "les autorités", None]
A["blind9-fr-07"] = ("2018/03/2018_03_01-001.txt", "article réel de Wikinews (1er mars 2018) ; des autorités non nommées (« Les autorités allemandes ont révélé … faire l'objet d'une attaque … « … » », « Les autorités ont affirmé que la cyberattaque était « … » et « … » », deux mots requis) ; « Il s'agit d'une « … », indique le ministre de l'intérieur X » ; « Cet « … » du pays, a-t-il ajouté » (citation coupée par des mots hors des guillemets) ; pas de date", [
    ("toujours en cours", AU),
    ("attaque techniquement ambitieuse et préparée depuis longtemps", TM),
    ("événement grave confirme~", TM),
    ("sous contrôle", AU),
    ("isolée", AU),
], [TM],
   [], [])

BY = "Binali Yildirim"
AT = ["armée turque", "l'armée turque", "armée", "l'armée", "état-major"]
A["blind9-fr-08"] = ("2016/07/2016_07_15-001.txt", "article réel de Wikinews (15 juillet 2016) ; une armée comme locuteur (« L'armée turque annonce, via un communiqué …, avoir pris le pouvoir … avec pour objectif de « … » ») ; un nom d'organe (« Selon l'armée, … un « conseil de paix » », facultatif) ; « Le Premier ministre, X, dénonce … et averti que ceux impliqués dans cette action « … » paieront « … » » (un mot requis) ; « Il déclare également que le « … » » ; pas de date", [
    ("rétablir la démocratie", AT),
    ("conseil de paix", AT + [None], OPT),
    ("illégale", BY),
    ("le prix le plus élevé", BY),
    ("gouvernement élu par le peuple~", BY),
], [BY, "Recep Tayyp Erdogan"],
   ["armée turque", "Anatolie", "TRT", "Twitter", "Facebook", "YouTube"], [])

MF = "Michael Flynn"
A["blind9-fr-09"] = ("2017/02/2017_02_15-003.txt", "article réel de Wikinews (15 février 2017) ; un terme (« waterboarding », facultatif) ; un groupe (« les démocrates avaient demandé … au vu des accusations « ahurissantes » », requis) ; « X a donc démissionné lundi en reconnaissant, dans sa lettre, avoir « … » » ; « il conserverait cependant « toute la confiance » du président » (sans source, facultatif) ; « en décembre » (2016), « de 1799 », « En décembre 2015 »", [
    ("waterboarding", [None], OPT),
    ("ahurissantes", ["démocrates", "les démocrates", None]),
    ("par inadvertance~", MF),
    ("toute la confiance", [None], OPT),
], [MF, "Donald Trump", "Barack Obama", "Sergey Kislyak", "Vladimir Poutine", "Mike Pence", "Joseph Kellogg", "David Petraeus"],
   ["New York Times", "Washington Post", "Logan Act", "Le Monde", "Russia Today", "Kremlin", "ministère de la Justice", "Reuters", "CIA"], [
    ("en décembre", "2016-12"), ("1799", "1799"), ("En décembre 2015", "2015-12")])

A["blind9-fr-10"] = ("2018/03/2018_03_23-001.txt", "article réel de Wikinews (23 mars 2018) ; un assaillant jamais nommé (« Il aurait crié « … » », null ou l'assaillant) ; guillemets droits ; « X a émis … un tweet … : \"…\" » (deux-points) ; « X, a exprimé ses condoléances …, il parle d'un \"…\" » ; pas de date", [
    ("Allahu akbar, je vous tuerai tous", [None, "l'assaillant", "assaillant", "l'agresseur"]),
    ("J'assure les habitants de Trèbes~", "Emmanuel Macron"),
    ("acte lâche et sanglant", "Jean-Claude Juncker"),
], ["Salah Abdeslam", "Emmanuel Macron", "Jean-Claude Juncker"],
   ["Super U", "GIGN", "Daesh", "CRS", "Commission européenne"], [])

RE = ["Recep Tayyip Erdoğan", "Erdogan"]
A["blind9-fr-11"] = ("2017/04/2017_04_19-007.txt", "article réel de Wikinews (19 avril 2017) ; les mots « oui » et « non » entre guillemets (facultatifs) ; « dans environ « 11 ou 12 jours » …, d'après les informations du YSK » (une institution, attribution en fin de phrase) ; « l'opposition, qui considère qu'il y a eu des « manipulations » » (un mot requis) ; « Pour Erdogan, au contraire, il s'agit d' « … » et d' « … » » (sans verbe ; nom écrit « Erdoğan » au paragraphe 1) ; « jusqu'en 2029 », « en août 2014 »", [
    ("oui", [None], OPT, 1),
    ("oui", [None], OPT, 1),
    ("non", [None], OPT, 1),
    ("11 ou 12 jours", ["YSK", "Haut-Conseil électoral"]),
    ("manipulations", ["opposition", "l'opposition", None]),
    ("un moment historique", RE),
    ("un changement très sérieux pour l’avenir de la Turquie", RE),
    ("non", [None], OPT, 5),
], ["Recep Tayyip Erdoğan"],
   ["YSK", "Haut-Conseil électoral", "Parti de la justice et du développement", "AKP"], [
    ("2029", "2029"), ("en août 2014", "2014-08")])

A["blind9-fr-12"] = ("2018/04/2018_04_18-001.txt", "article réel de Wikinews (18 avril 2018) ; « elle est saluée par X : « … », a-t-il écrit » (deux-points et incise) ; un porte-parole jamais nommé (« « … », avait récemment annoncé le porte-parole de la famille, en évoquant une santé « déclinante » », un mot requis) ; deux paragraphes ; pas de date", [
    ("en tant qu'épouse~", "Donald Trump"),
    ("Après une récente série~", [None, "porte-parole de la famille", "le porte-parole de la famille"]),
    ("déclinante", [None, "porte-parole de la famille", "le porte-parole de la famille"]),
], ["Barbara Bush", "Donald Trump"],
   [], [])

# ------------------------------------------------------------------ English

FAM = [None, "family", "the family", "his family", "Imus family", "Imus' family"]
A["blind9-en-01"] = ((2019, 170), "real English Wikinews article (30 December 2019); obituary: the deceased's own phrase (\"he referred to … as \"…\"\", required); the family's statement after a colon (no name: the family or null); \"Longtime … writer and performer X tweeted: \"…\"\"; a show's Twitter account as speaker (\"The account for The Bernie and Sid Show, …, hosted by X and Y, …, tweeted: \"…\"\": the show or either host); two spellings Dierdre/Deirdre; children named by first name; \"from 1968\", \"in 2018\", \"from 1996\", \"in 2007\" (twice), \"up to 2015\"", [
    ("nappy headed hos.", "Don Imus"),
    ("Don loved and adored Deirdre~", FAM),
    ("He was a rebel~", "Rob Bartlett"),
    ("I-Man. We salute you~", ["The Bernie and Sid Show", "Bernie and Sid Show", "Bernard McGuirk", "Sid Rosenberg"]),
], ["Don Imus", "Dierdre Coleman", "Wyatt", "Zachary", "Nadine", "Ashley", "Elizabeth", "Toni", "Rob Bartlett",
    "Bernard McGuirk", "Sid Rosenberg", "Howard Stern"],
   ["Baylor Scott and White Medical Center", "Associated Press", "MSNBC", "Fox Business Network", "Time",
    "National Radio Hall of Fame", "CBS Radio", "Rutgers University", "Imus Ranch", "Rolling Stone", "Imus Ranch Foundation"], [
    ("1968", "1968"), ("in 2018", "2018"), ("1996", "1996"), ("in 2007", "2007", 2), ("2015", "2015"), ("in 2007", "2007", 3)])

TW = "Tak-Sing Wong"
A["blind9-en-02"] = ((2019, 160), "real English Wikinews article (21 November 2019); a quotation split by the attribution with no commas (\"\"Our team\" study co-author X said in a press release \"has developed …[.]\"\", both pieces required); \"Co-developer X recounted, \"…\"\"; \"He remarked, \"…\"\" (he = Wong, named at the start of the sentence before); a third scientist with no quotation; no date", [
    ("Our team", TW),
    ("has developed a robust~", TW),
    ("When we put that coating~", "Jing Wang"),
    ("As a researcher in an academic setting~", TW),
], [TW, "Jing Wang", "Carl Hensman"],
   ["Nature Sustainability", "Pennsylvania State University", "Penn State", "Bill and Melinda Gates Foundation", "spotLESS Materials",
    "Rice Business Plan Competition", "Ben Franklin Technology Partners", "Y-Combinator", "National Science Foundation",
    "Department of Energy", "Office of Naval Research"], [])

RZ = "Russell Zimmerman"
A["blind9-en-03"] = ((2020, 34), "real English Wikinews article (13 March 2020); companies as speakers (\"Coles, in its March 8 media release, reported that …, \"…\", and called the demand \"…\"\", \"ALDI, in a Facebook post …, called it \"…\"\", one-word quotations required); \"according to a Woolworths spokesperson\" after the quotation (Woolworths or null); a retail expert with reported speech only; \"\"…\" said X per ABC News\" (no comma; X named in full in the paragraph before); \"March 4 and 5\" (two dates), \"March 8\", \"March 3\"", [
    ("many stores are still selling out within an hour of delivery", "Coles"),
    ("unprecedented", "Coles"),
    ("unexpected", "ALDI"),
    ("sharp increase", ["Woolworths", "Woolworths spokesperson", "a Woolworths spokesperson", None]),
    ("Coles and Woolworths have a view~", RZ),
], [RZ, "Gary Mortimer"],
   ["Woolworths", "Coles", "ALDI", "Facebook", "Costco", "Australian Retailers Association", "News.com.au",
    "Queensland University of Technology", "ABC News", "Who Gives a Crap", "Kimberly-Clark", "Solaris Paper", "Domain.com",
    "NT News", "ABC Australia", "Ocado"], [
    ("March 4", "2020-03-04"), ("March 4 and 5", "2020-03-05"), ("March 8", "2020-03-08"), ("March 3", "2020-03-03")])

TM_ = "Tony Mendez"
A["blind9-en-04"] = ((2019, 14), "real English Wikinews article (22 January 2019); obituary: \"X praised Mendez on Twitter: \"…\"\" (colon); the deceased's phrase (\"Mendez once told The Washington Post he considered himself \"an artist first.\"\", required); a term and a nickname (\"exfiltration.\", \"the Canadian Caper\", optional); \"Mendez's wife X, also CIA, said, \"…\"\" (same surname); \"Affleck tweeted\" (surname only, full name two paragraphs before); \"in 1980\", \"in 1965\", \"In 1979\", \"in 2012\", \"until 1997\", \"in May\" (2019)", [
    ("Tony was one of the best~", "Michael Morell"),
    ("an artist first.", TM_),
    ("exfiltration.", [None], OPT),
    ("He could be Pakistani~", "Jonna Mendez"),
    ("the Canadian Caper", [None], OPT),
    ("Tony Mendez was a true American hero~", "Ben Affleck"),
], [TM_, "Michael Morell", "Jonna Mendez", "Ben Affleck", "Jimmy Carter"],
   ["Central Intelligence Agency", "CIA", "The Washington Post", "Intelligence Star"], [
    ("in 1980", "1980"), ("in 1965", "1965"), ("In 1979", "1979"), ("in 2012", "2012"), ("until 1997", "1997"), ("in May", "2019-05")])

RC = "Ryan Cloutier"
AT_ = "Angelos Tsiaras"
A["blind9-en-05"] = ((2019, 105), "real English Wikinews article (14 September 2019); \"\"…,\" said UCL astronomer X. \"…\"\" (second quotation with no verb); \"\"…\", said X of …, who was not …. \"Overall,\" he continued, \"…\"\" (a quotation split by a pronoun incise, the one-word piece required); a team leader named with no quotation; \"in 2015\", \"in 2021\", \"2028\"", [
    ("This is the first potentially habitable planet~", AT_),
    ("It's the best candidate for habitability right now.", AT_),
    ("It's a good sign", RC),
    ("Overall,", RC),
    ("the presence of water~", RC),
], ["Björn Benneke", AT_, RC],
   ["Cornell University", "arXiv", "University of Montreal", "Nature Astronomy", "University College London", "UCL", "NASA",
    "Hubble", "Harvard–Smithsonian Center for Astrophysics", "Kepler", "The Guardian", "European Space Agency"], [
    ("in 2015", "2015"), ("in 2021", "2021"), ("2028", "2028")])

MV = ["Maha Vajiralongkorn", "King Maha Vajiralongkorn", "palace", "the palace"]
UM = "Ubolratana Mahidol"
A["blind9-en-06"] = ((2019, 29), "real English Wikinews article (11 February 2019); \"The palace issued the following statement from the king: \"…\"\" (the king, named in paragraph 1, or the palace); a party as speaker (\"\"…,\" the party informed the press\"); \"In support of her candidacy, Princess X pointed out she had \"…[.]\"\"; \"March 24\", \"in 2006\", \"in 2014\", \"in 1972\", \"in 1932\"", [
    ("Even though she relinquished~", MV),
    ("Thai Raksa Chart party complies with the royal command,", ["Thai Raksa Chart Party", "Thai Raksa Chart party", "the party"]),
    ("relinquished my royal titles and lived as a commoner[.]", UM),
], [UM, "Maha Vajiralongkorn", "Thaksin Shinawatra", "Yingluck Shinawatra", "Prayuth Chan-o-cha"],
   ["Thai Raksa Chart Party", "Massachusetts Institute of Technology", "Instagram"], [
    ("March 24", "2019-03-24"), ("in 2006", "2006"), ("in 2014", "2014"), ("in 1972", "1972"), ("in 1932", "1932")])

CC = ["Constitutional Court", "Taiwan's Constitutional Court"]
A["blind9-en-07"] = ((2019, 59), "real English Wikinews article (19 May 2019); words of bills in marks (\"marriage,\", \"same-sex family relationship\", \"same-sex union.\", optional); \"X of Y said, \"[I]t's …\"\"; \"X of Y commented on …: \"…\"\" (colon); a court as speaker (\"Taiwan's Constitutional Court … said not allowing … constituted \"different treatment\"\", required); \"in 2017\", \"in November 2018\", \"In 2017\"", [
    ("marriage,", [None], OPT),
    ("same-sex family relationship", [None], OPT),
    ("same-sex union.", [None], OPT),
    ("[I]t's still not full marriage rights~", "Jennifer Lu"),
    ("The Chinese government has pointed~", "Xiaogang Wei"),
    ("different treatment", CC),
], ["Jennifer Lu", "Xiaogang Wei"],
   ["Legislative Yuan", "Constitutional Court", "Marriage Equality Coalition Taiwan", "Beijing Gender Health Education Institute"], [
    ("in 2017", "2017", 1), ("November 2018", "2018-11"), ("In 2017", "2017", 7)])

A["blind9-en-08"] = ((2019, 63), "real English Wikinews article (20 June 2019); obituary; \"X, of CNN, one of Vanderbilt's four sons, stated, \"…\"\"; \"Syracuse University pop culture professor X remarked, \"…\"\"; a newspaper as speaker (\"which the New York Times called \"…\"\", required); a nickname in marks (\"Pat\", optional); twenty people, three of them named Vanderbilt and three Cooper; \"in 1924\", \"in 1955\", \"In 1990\", \"the 2009 novel\"", [
    ("Gloria Vanderbilt was an extraordinary woman~", "Anderson Cooper"),
    ("The thing that really made~", "Robert Thompson"),
    ("Pat", [None], OPT),
    ("the steamiest book ever written by an octogenarian.", ["New York Times", "the New York Times"]),
], ["Gloria Vanderbilt", "Anderson Cooper", "Cornelius Vanderbilt", "Reginald Claypoole Vanderbilt", "Gloria Morgan Vanderbilt",
    "Gertrude Vanderbilt Whitney", "Coco Chanel", "Robert Thompson", "Pasquale Di Cicco", "Leopold Stokowski", "Sidney Lumet",
    "Wyatt Cooper", "Errol Flynn", "Frank Sinatra", "Marlon Brando", "Stanislaus", "Christopher", "Carter Cooper"],
   ["CNN", "Syracuse University", "Smithsonian", "New York Times"], [
    ("in 1924", "1924"), ("in 1955", "1955"), ("In 1990", "1990"), ("2009", "2009")])

DT = "Donald Trump"
A["blind9-en-09"] = ((2020, 114), "real English Wikinews article (26 November 2020); \"X claimed …, insisting she was \"…\"\" (surname only, full name in paragraph 1); \"President Trump … responded … on Twitter, calling for … \"…\"\" then \"The president … vowed to keep fighting \"the good fight\"\" (role noun, required); \"X, who denounced … as a \"…\"\"; \"X said the president should … and \"move on\"\" (two words, required); a senator with reported speech only; \"the 2020 US Presidential Election\", \"November 3\", \"in 2017\", \"November 7\", \"January 20\" (2021)", [
    ("never directly or indirectly pressured by any Executive Branch official", "Emily W. Murphy"),
    ("in the best interests of the country", DT),
    ("the good fight", DT),
    ("national embarrassment", "Chris Christie"),
    ("move on", "Stephen Schwarzman"),
], ["Emily W. Murphy", "Joe Biden", DT, "Chuck Schumer", "Chris Christie", "Stephen Schwarzman"],
   ["General Services Administration", "White House", "Democratic Party", "Senate"], [
    ("2020", "2020"), ("November 3", "2020-11-03"), ("in 2017", "2017"), ("November 7", "2020-11-07"), ("January 20", "2021-01-20")])

DL = "Delfin Lorenzana"
A["blind9-en-10"] = ((2019, 19), "real English Wikinews article (28 January 2019); \"\"…,\" said X, the Defence Secretary; he described the attacks as a \"…\" and urged … to … \"…\"\" (two short required quotations after a pronoun); an order of a commander reported by the Coast Guard (\"The Coast Guard has announced an order by … Admiral X directing … to \"…\"\": X, the Coast Guard or null); nine people; \"from 2022\"", [
    ("We will use the full force~", DL),
    ("dastardly act", DL),
    ("deny terrorism any victory", DL),
    ("join personnel from the~", ["Elson Hermogino", "Coast Guard", "the Coast Guard", None]),
], ["Graciano Mijares", DL, "Arnel dela Vega", "Mujiv Hataman", "Jaypee Galicha", "Elson Hermogino", "Yousef Al-Othaimeen",
    "Pope Francis", "Rodrigo Duterte"],
   ["Armed Forces", "Coast Guard", "National Police", "Moro Islamic Liberation Front", "Western Mindanao Command",
    "Abu Sayyaf Group", "Islamic State of Iraq and the Levant", "Organisation of Islamic Cooperation", "OIC"], [
    ("2022", "2022")])

ER = "Erick Rowan"
AEW = ["AEW", "All Elite Wrestling"]
A["blind9-en-11"] = ((2020, 123), "real English Wikinews article (28 December 2020); \"\"…,\" writes X's longtime tag team partner Y on Instagram. \"…\"\" (present tense, second quotation with no verb); an organisation's press release split by the attribution (\"\"…\", reads an AEW press release, \"…\"\"); ring names of the deceased (Luke Harper, Brodie Lee) not listed as people; \"since October\", \"from 2012 to 2019\", \"In March\", \"This past August\" (2020)", [
    ("Heartbroken and numb,", ER),
    ("I have lost not only a friend but a brother!", ER),
    ("Huber was exceptionally respected~", AEW),
    ("a fierce and captivating talent~", AEW),
], ["Jon Huber", "Amanda", ER, "Brodie", "Nolan"],
   ["WWE", "World Wrestling Entertainment", "AEW", "All Elite Wrestling", "Mayo Clinic", "The Wyatt Family", "The Dark Order"], [
    ("since October", "2020-10"), ("2012", "2012"), ("2019", "2019"), ("In March", "2020-03"), ("August", "2020-08")])

A["blind9-en-12"] = ((2020, 89), "real English Wikinews article (3 September 2020); obituary; \"Current Prime Minister of India X wrote, \"…\"\"; \"X, a member of the Rajya Sabha, said, \"…\"\"; \"His daughter, and member of the INC, X wrote, \"…\"\" (role before the name); dates inside a quotation (\"Last year August 8\" = 2019-08-08, \"on August 10\" = 2020-08-10); \"December 11, 1935\", \"in 1982\", \"in 2012\", \"on August 10\"", [
    ("India grieves the passing away~", "Narendra Modi"),
    ("He was an excellent politician~", "Vijay Goel"),
    ("Last year August 8~", "Sharmistha Mukherjee"),
], ["Pranab Mukherjee", "Abhijit Mukherjee", "Indira Gandhi", "Narendra Modi", "Vijay Goel", "Sharmistha Mukherjee"],
   ["Army’s Research and Referral Hospital", "Indian National Congress", "INC", "Rajya Sabha", "Lok Sabha"], [
    ("December 11, 1935", "1935-12-11"), ("in 1982", "1982"), ("in 2012", "2012"), ("August 10", "2020-08-10", 3),
    ("August 8", "2019-08-08"), ("August 10", "2020-08-10", 6)])

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
