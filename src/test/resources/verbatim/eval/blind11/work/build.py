#!/usr/bin/env python3
"""Holds the hand annotations of blind set 11 (adapted from blind10's build.py) and writes NAME.json beside each NAME.txt.
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

CS = ["Corée du Sud", "la Corée du Sud"]
A["blind11-fr-01"] = ("2016/01/2016_01_10-001.txt", "article réel de Wikinews (10 janvier 2016) ; un pays comme seul locuteur (« La Corée du Sud parle d'un « montage » et exige que les provocations de Pyongyang « cessent » » : deux citations d'un mot, requises ; « La Corée du Sud a annoncé « … » » avec une ellipse entre crochets et le point final dans les guillemets) ; « montage » repris plus loin sans guillemets ; « mercredi 6 janvier », « en décembre » (2015-12), « en 2014 », « mai 2015 », « en novembre » (2015-11)", [
    ("montage", CS),
    ("cessent", CS),
    ("prendre toutes les mesures nécessaires~", CS),
], ["Kim Jong-Un"],
   ["Conseil de sécurité des Nations unies"], [
    ("6 janvier", "2016-01-06"), ("en décembre", "2015-12"), ("en 2014", "2014"), ("mai 2015", "2015-05"),
    ("en novembre", "2015-11")])

JC = "Jérôme Cahuzac"
A["blind11-fr-02"] = ("2016/12/2016_12_08-001.txt", "article réel de Wikinews (8 décembre 2016) ; « La procureure X avait alors notamment parlé du « … » » (citation courte requise) ; « Son avocat X a déclaré à ce propos : « … » » (deux-points, point final hors des guillemets) ; « jeudi 8 décembre », « du 14 septembre 2016 », « en 2013 »", [
    ("procès de la trahison", "Éliane Houlette"),
    ("On manque de places en prison.~", "Jean Veil"),
], [JC, "François Reyl", "Éliane Houlette", "Jean Veil"],
   ["tribunal correctionnel de Paris", "Reyl", "parquet financier", "Mediapart"], [
    ("8 décembre", "2016-12-08"), ("14 septembre 2016", "2016-09-14"), ("en 2013", "2013")])

SNCF = ["SNCF", "la SNCF"]
A["blind11-fr-03"] = ("2017/02/2017_02_25-001.txt", "article réel de Wikinews (25 février 2017) ; deux organisations comme seuls locuteurs (« d'après la SNCF, qui précise à l'AFP qu' « [il] … » », l'AFP n'étant pas la locutrice ; « Météo-France, qui déclare que « … » », point final dans les guillemets puis « . ») ; « Doris » nom d'une tempête (facultatif) ; noms de tempêtes et « ferme pédagogique Marcel Dhénin » (un lieu) : aucune personne ; « jeudi 23 février », « la mi-janvier » (2017-01), « au début de ce mois de février » (2017-02)", [
    ("Doris", [None], OPT),
    ("[il] y a une interruption~", SNCF),
    ("le vent orienté d'ouest~", ["Météo-France"]),
], [],
   ["Météo-France", "SNCF", "AFP", "ERDF"], [
    ("23 février", "2017-02-23"), ("mi-janvier", "2017-01"), ("février", "2017-02", 2)])

DM = "Diego Armando Maradona"
A["blind11-fr-04"] = ("2016/06/2016_06_15-001.txt", "article réel de Wikinews (15 juin 2016) ; une citation en espagnol seule dans son paragraphe après « C'est Maradona qui a fait le premier pas vers la réconciliation : » (nom court, forme longue au paragraphe 1), suivie de sa traduction entre parenthèses et guillemets (requise : Maradona ou aucun) ; « Ezequiel \"Pocho\" Lavezzi » surnom entre guillemets droits (facultatif) ; Pelé nommé « Edson Arantes do Nascimento » puis « Pelé » ; quinze joueurs nommés ; « depuis 2008 », « en 2015 », « Copa America 2016 Centennial », « le 3 Juin » (majuscule de la source)", [
    ("no más peleas, te prometo", DM),
    ("plus de combats, je vous promet", [DM, None]),
    ("Pocho", [None], OPT),
], [DM, "Edson Arantes do Nascimento", "Hernán Crespo", "David Trezeguet", "Angelo Peruzzi", "Fabio Cannavaro",
    "Ciro Ferrara", "Clarence Seedorf", "Dida", "Bebeto", "Fernando Hierro", "Rio Ferdinand", "Lionel Messi",
    "Gerardo Martino", "Lucas Biglia", "Javier Pastore", "Ezequiel Lavezzi"],
   ["Hublot"], [
    ("2008", "2008"), ("en 2015", "2015"), ("2016", "2016", 8), ("3 Juin", "2016-06-03")])

BN = "Benyamin Netanyahou"
A["blind11-fr-05"] = ("2017/11/2017_11_13-002.txt", "article réel de Wikinews (13 novembre 2017) ; deux citations dans le même paragraphe, chacune suivie d'une incise au pronom (« « … », a-t-il déclaré lors d'une réunion … », « « … », a-t-il ajouté »), X nommé dans la phrase précédente (« Le Premier ministre israélien X a annoncé que … ») ; appel de note « [1] » retiré ; pas de date", [
    ("Nous contrôlons nos frontières~", BN),
    ("J'ai également informé nos amis~", BN),
], [BN],
   ["Likoud", "Hezbollah"], [])

AJ = "Alain Juppé"
A["blind11-fr-06"] = ("2017/03/2017_03_11-004.txt", "article réel de Wikinews (11 mars 2017) ; « X a annoncé … qu'il ne serait pas un « plan B » » (deux mots après un verbe de parole, requis) ; une longue citation en tête de paragraphe suivie de « , a-t-il ainsi affirmé » (point final dans les guillemets, pronom) ; « Il devrait … rencontrer Y pour trouver « … », une proposition dont Z est à l'origine » (les mots de la proposition de Nicolas Sarkozy : Sarkozy ou aucun) ; « lundi matin », « La semaine dernière » : pas de date", [
    ("plan B", AJ),
    ("La semaine dernière, j’ai reçu~", AJ),
    ("une voie de sortie digne~", ["Nicolas Sarkozy", None]),
], [AJ, "François Fillon", "Nicolas Sarkozy"],
   ["LR"], [])

HS = "Hope Solo"
A["blind11-fr-07"] = ("2016/08/2016_08_13-002.txt", "article réel de Wikinews (13 août 2016) ; trois citations partielles de la même joueuse : « La gardienne de l'équipe américaine a qualifié ses adversaires … de « … » estimant que les « … » » (rôle seulement, nom dans la phrase suivante) puis « X, poursuivant sa déclaration, en estime que les Suédoises ne « … » » (crochets dans la citation) ; « le 16 août » deux fois", [
    ("bande de lâches", HS),
    ("Suédoises n'ont rien essayé, n'ont pas pressé", HS),
    ("vont aller [pas] loin", HS),
], [HS],
   [], [
    ("le 16 août", "2016-08-16", 3), ("le 16 août", "2016-08-16", 5)])

EO = "Eugene Owusu"
A["blind11-fr-08"] = ("2017/03/2017_03_29-004.txt", "article réel de Wikinews (29 mars 2017) ; « X, membre de l'Ocha (…), faisant part de son indignation face à des meurtres « odieux », a ainsi déclaré qu' « … » » (un mot requis avant le verbe, puis une citation après « qu' ») ; « Ils en ont ensuite été sortis « et tués par balles » » (citation sans locuteur, requise) ; « Sakva Kiir » (coquille de la source) ; « le 26 mars », « en décembre 2013 », « le 14 mars »", [
    ("odieux", EO),
    ("au moment où les besoins humanitaires~", EO),
    ("et tués par balles", [None, "Nations unies", "les Nations unies", "ONU", "l'ONU"]),
], [EO, "Sakva Kiir", "Riek Machar"],
   ["Nations unies", "ONU", "Ocha"], [
    ("le 26 mars", "2017-03-26"), ("décembre 2013", "2013-12"), ("le 14 mars", "2017-03-14")])

A["blind11-fr-09"] = ("2016/10/2016_10_15-002.txt", "article réel de Wikinews (15 octobre 2016) ; « X, chef du service politique de la chaîne a déclaré que « … » » (une ellipse entre crochets dans la citation) ; « Ce n'est pas l'avis de Fottorino : « … » » (pas de verbe de parole, nom court, forme longue dans la phrase d'avant) ; titres de chansons entre parenthèses, sans guillemets ; « l'attentat du 14-Juillet »", [
    ("la politique sera absente~", "Christophe Jakubyszyn"),
    ("la présence du président~", "Éric Fottorino"),
], ["Mohamed Lahouaiej Bouhlel", "François Hollande", "Julien Clerc", "Julien Bugier", "Éric Fottorino",
    "Christophe Jakubyszyn"],
   ["France 2", "TF1", "Opéra de Nice"], [
    ("14-Juillet", "2016-07-14")])

M4 = "Mwambutsa IV"
A["blind11-fr-10"] = ("2016/11/2016_11_03-001.txt", "article réel de Wikinews (3 novembre 2016) ; deux citations seules dans leur paragraphe, annoncées par un deux-points à la fin du paragraphe précédent : le testament du roi (« L'ancien souverain avait exprimé dans son testament … : ») et les mots de sa nièce non nommée (« la nièce du monarque … elle déclarait : », la nièce ou aucun ; la citation nomme Mwambutsa IV, qui n'en est pas le locuteur) ; « depuis 2012 », « en 1977 »", [
    ("J'exprime la volonté~", M4),
    ("Mon oncle, Mwambutsa IV~", [None, "nièce", "la nièce du monarque"]),
], [M4],
   [], [
    ("2012", "2012"), ("en 1977", "1977")])

BB = "Bekir Bozdag"
A["blind11-fr-11"] = ("2017/02/2017_02_18-001.txt", "article réel de Wikinews (18 février 2017) ; « Le ministre …, X, a … affirmé … : « [aucune] … », écrit-il ainsi sur Twitter, ajoutant que « [notre] … » » (deux citations autour d'une incise au pronom, crochets au début de chacune) ; un gouverneur cité sans guillemets (« selon le gouverneur de la province, X ») ; « vendredi soir » : pas de date", [
    ("[aucune] attaque~", BB),
    ("[notre] combat actif~", BB),
], ["Güngör Azim Tuna", BB],
   ["Anatolie", "EI"], [])

TM = "Theresa May"
A["blind11-fr-12"] = ("2017/05/2017_05_23-002.txt", "article réel de Wikinews (23 mai 2017) ; « « … », a déclaré la première ministre britannique X, en ajoutant qu'il s'agissait d' « … » » (rôle et nom après la citation, puis une citation partielle) ; un chef de police cité sans guillemets ; pas de date", [
    ("Nous travaillons à établir tous les détails", TM),
    ("une attaque terroriste épouvantable", TM),
], ["Ariana Grande", "Ian Hopkins", TM, "Salman Abedi"],
   ["Manchester Arena"], [])

# ------------------------------------------------------------------ English

A["blind11-en-01"] = ((2020, 10), "real English Wikinews article (17 January 2020); \"One resident told X of WESH 2 news, \"…\"\" (an unnamed speaker: the journalist named is the listener, not the speaker); \"X of USGS told the press last week, \"…\"\" (an ellipsis and a bracketed insertion inside, a date inside the quotation); a power official and a governor in reported speech; \"since late December\" (2019-12), \"January 7\" four times, \"Dec. 28\" (2019-12-28, inside the quotation), \"2017's Hurricane Maria\", \"into early February\" (2020-02)", [
    ("We're used to it.", [None, "resident", "One resident"]),
    ("The past several weeks~", "John Geiger"),
], ["Paul Rivera", "John Geiger", "Wanda Vázquez Garced", "José Ortiz"],
   ["United States Geological Survey", "USGS", "WESH 2"], [
    ("late December", "2019-12"), ("January 7", "2020-01-07", 1), ("Dec. 28", "2019-12-28"),
    ("January 7", "2020-01-07", 5), ("January 7", "2020-01-07", 7), ("2017", "2017"), ("January 7", "2020-01-07", 9),
    ("early February", "2020-02")])

A["blind11-en-02"] = ((2020, 46), "real English Wikinews article (14 April 2020); \"X called Conway \"[a]n …\"\" (a bracketed first letter); \"US theoretical astrophysicist X tweeted that Conway \"was …\"\" (a partial quotation after \"that\" and the subject); the first speaker also in reported speech in paragraph 1; prize names holding people's names (George Pólya, Leroy P. Steele: not people); six years (\"in 1981\", \"in 1992\", \"in 1971\", \"in 1987\", \"in 1998\", \"in 2000\")", [
    ("[a]n incomparable mathematician~", "Sam Wang"),
    ("was a warm and gentle soul.", "David Spergel"),
], ["John Horton Conway", "Sam Wang", "David Spergel", "Brady Haran"],
   ["Princeton University", "Royal Society", "American Academy of Arts and Sciences", "Numberphile"], [
    ("in 1981", "1981"), ("in 1992", "1992"), ("in 1971", "1971"), ("in 1987", "1987"), ("in 1998", "1998"),
    ("in 2000", "2000")])

A["blind11-en-03"] = ((2020, 41), "real English Wikinews article (26 March 2020); \"Lead author X, a Ph.D. candidate at …, said, \"…\"\" (an ellipsis in brackets inside); \"One of the study's authors, herpetologist X, told Discover Magazine the frequency … suggested …: \"…\"\" (a colon after a long reported clause); the first speaker named by surname later (\"Paluh and his team\"); \"Since 1973\"", [
    ("Superficially, frogs may look similar~", "Daniel Paluh"),
    ("Somehow, these frogs~", "David Blackburn"),
], ["Daniel Paluh", "David Blackburn"],
   ["Florida Museum of Natural History", "University of Florida", "Proceedings of the National Academy of Sciences",
    "Discover Magazine", "National Science Foundation"], [
    ("Since 1973", "1973")])

NTSB = ["National Transportation Safety Board", "NTSB", "the National Transportation Safety Board"]
A["blind11-en-04"] = ((2020, 60), "real English Wikinews article (4 June 2020); an agency as speaker (\"… and the National Transportation Safety Board, with the latter yesterday confirming on Twitter they were \"…\"\": \"the latter\" refers back to the agency); \"In a letter to The Mercury News, …, X said the firm was working to install \"…\"\" (a partial quotation after reported speech, a bracketed insertion); companies and agencies in reported speech with no quotation (CalFire, PG&E); \"Interstate 80\", \"Chapter 11\": not dates; no date", [
    ("not traveling to the crash scene at this time.", NTSB),
    ("100 miles of stronger poles~", "Andy Vesey"),
], ["Andy Vesey"],
   ["Pacific Gas and Electric", "PG&E", "California Department of Forestry and Fire Protection", "CalFire",
    "Federal Aviation Administration", "National Transportation Safety Board", "The Mercury News"], [])

A["blind11-en-05"] = ((2020, 80), "real English Wikinews article (8 August 2020); \"The local health minister said, \"…\"\" (an unnamed speaker: a role only); \"Indian Prime Minister X wrote, \"…\"\" (an ellipsis in brackets inside); a minister in reported speech (\"X said 18 people died\", then \"Hardeep also stated\"); \"According to authorities\", \"according to the Directorate General of Civil Aviation\" with no quotation; no date", [
    ("The injured persons~", [None, "local health minister", "The local health minister"]),
    ("My thoughts are with~", "Narendra Modi"),
], ["Hardeep Singh Puri", "Narendra Modi"],
   ["Air India Express", "National Disaster Response Force", "Directorate General of Civil Aviation", "Boeing"], [])

A["blind11-en-06"] = ((2020, 37), "real English Wikinews article (15 March 2020); \"The Native American Rights Fund's X said, \"…\"\" (a possessive affiliation before the name); \"Montana Secretary of State X said BIPA \"is supported …\"\" (a partial quotation after the subject of the reported clause, an ellipsis in brackets); \"the term \"family.\"\" (a term, optional); a complaint in reported speech; \"its 2018 Ballot Interference Prevention Act\", \"the 2018 midterm elections\", \"As of 2020\", \"the total 2020 population\"", [
    ("BIPA ignores the everyday realities~", "Jacqueline De León"),
    ("is supported overwhelmingly~", "Corey Stapleton"),
    ("family.", [None], OPT),
], ["Jacqueline De León", "Corey Stapleton"],
   ["American Civil Liberties Union of Montana", "Native American Rights Fund", "United States Postal Service",
    "World Population Review", "Western Native Voice", "Montana Native Vote", "Blackfeet Nation", "Crow Tribe"], [
    ("2018", "2018", 1), ("2018", "2018", 2), ("As of 2020", "2020", 6), ("2020 population", "2020", 6)])

A["blind11-en-07"] = ((2020, 9), "real English Wikinews article (15 January 2020); \"\"….\" Pelosi said.\" (quotation first, full stop inside the marks, no comma, surname only: full name in paragraph 1); a Senate leader in reported speech; \"Tuesday, January 21\", \"in 1998\", \"On December 18\" (2019-12-18)", [
    ("The American people deserve the truth~", "Nancy Pelosi"),
], ["Nancy Pelosi", "Donald Trump", "Mitch McConnell", "Bill Clinton"],
   ["U.S. House of Representatives", "U.S. Senate"], [
    ("January 21", "2020-01-21"), ("in 1998", "1998"), ("December 18", "2019-12-18")])

ICL = ["Imperial College London", "MRC Centre for Global Infectious Disease Analysis", "study", "the study", "report",
       "the report", "researchers", None]
A["blind11-en-08"] = ((2020, 12), "real English Wikinews article (20 January 2020); a study as the only speaker: \"The study accounts for … to construe the estimate, a \"total of 1,723 cases\"\" (a partial quotation, required) and \"\"…\", reads the report.\" (quotation first, a document as speaker); the college, the study, the report or no speaker accepted; \"in December\" (2019-12), \"on January 12\"; no person named", [
    ("total of 1,723 cases", ICL),
    ("It is likely that the Wuhan outbreak~", ICL),
], [],
   ["Imperial College London", "MRC Centre for Global Infectious Disease Analysis"], [
    ("in December", "2019-12"), ("January 12", "2020-01-12")])

HK = "Hana Kimura"
A["blind11-en-09"] = ((2020, 55), "real English Wikinews article (24 May 2020); a one-word caption written by the deceased (\"with \"goodbye\" written as the caption\", optional); a wrestling promotion as speaker (\"X's official statement yesterday read \"…\"\", no comma); \"Wrestling sportswriter X tweeted …. He said \"…\"\" (pronoun, no comma, full stop outside the marks); \"in 2019\", \"in 2016\"", [
    ("goodbye", [HK, None], OPT),
    ("Stardom fans, We are very sorry~", ["World Wonder Ring Stardom", "Stardom"]),
    ("Hana Kimura just passed away.~", "Dave Meltzer"),
], [HK, "Kyoko Kimura", "Dave Meltzer"],
   ["World Wonder Ring Stardom", "Stardom", "Wrestle-1", "Senjo", "JWP", "Netflix", "Wrestling Inc", "Sky News",
    "Netflix Japan"], [
    ("in 2019", "2019"), ("in 2016", "2016")])

DT = "Donald Trump"
A["blind11-en-10"] = ((2020, 94), "real English Wikinews article (3 October 2020); \"X took to social media, posting at … on Twitter, \"…\"\" (surname only, full name in paragraph 1; a bracketed name inside the quotation); \"Reports said both were showing \"mild symptoms\"\" (two words after a speech verb, unnamed source, required); a physician's statement in reported speech; nine people, four named Trump; no date (\"on Thursday\", \"yesterday\")", [
    ("Tonight, [Melania] and I~", DT),
    ("mild symptoms", [None, "Reports"]),
], [DT, "Melania Trump", "Barron", "Jared Kushner", "Ivanka Trump", "Hope Hicks", "Sean Conley", "Mike Pence"],
   ["Walter Reed National Military Medical Center", "Regeneron Pharmaceuticals", "White House"], [])

A["blind11-en-11"] = ((2020, 29), "real English Wikinews article (6 March 2020); a banner's text in quotation marks (\"banners on it which mentioned \"…\"\", optional); \"Speaking to newspaper X, Y said, \"…\"\"; \"\"…\", Garg told Star of Mysore.\" (quotation first, an inner single-quoted name, surname only: full name in paragraph 3); \"on March 1\", \"till March 10\"", [
    ("International Women's Day Celebration", [None], OPT),
    ("It is a proud moment~", "B Shiva Parvathi"),
    ("The theme 'Equal for All'~", "Aparna Garg"),
], ["B Shiva Parvathi", "Rangoli Patil", "Aparna Garg"],
   ["Indian Railways", "Star of Mysore", "South West Railway", "The Hindu", "Wikinews"], [
    ("March 1", "2020-03-01"), ("March 10", "2020-03-10")])

A["blind11-en-12"] = ((2020, 59), "real English Wikinews article (3 June 2020); \"X, the Information Minister paid tribute to Luk. He said on … programme \"…\"\" (pronoun, no comma, full stop outside the marks); \"One of South Sudan's Vice Presidents, X, also commented … She said “…”\" (pronoun, curly marks); the deceased named \"John Luk\" inside the first quotation; \"in 2011\", \"the 2011 independence\"", [
    ("It is a great loss~", "Michael Makuei"),
    ("John Luk was very honest~", "Rebecca Nyandeng De Mabior"),
], ["John Luk Jok", "Michael Makuei", "Rebecca Nyandeng De Mabior"],
   ["Voice of America", "The EastAfrican"], [
    ("in 2011", "2011"), ("2011 independence", "2011")])

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
