#!/usr/bin/env python3
"""Holds the hand annotations of blind set 3 and writes NAME.json beside each NAME.txt.
Each quotation's paragraph is found in the text (the first paragraph holding it, unless given); dates carry
their paragraph. Usage: build.py [DIR] (default: the folder above this script)."""
import json, os, re, sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FR_REPO = "github.com/boudinfl/wikinews-2013-pre src/WikinewsKeyphraseCorpus-master.zip, WikinewsKeyphraseCorpus-master/documents/{}.html (commit 8ab8850)"
EN_REPO = "github.com/airKlizz/WikinewsSum cleaned_endataset.json (commit 1d98503), line {}"
FR_LIC = "CC BY 2.5"
EN_LIC = "public domain (English Wikinews before 25 Sept 2005)"
OPT = "optional"

# name: (source id, note, quotes [(text, speaker, optional?)], people, organizations, dates [(text, value, paragraph)])
A = {}

A["blind3-fr-01"] = (44543, "article réel de Wikinews (4 juillet 2012) ; deux citations partielles de Copé entre parenthèses (« déplora un discours « … » et manquant « … » »), citation du premier ministre après « avait clairement affirmé qu'… : » avec une coupure […] ; « Hier mardi » n'est pas une date (jour de semaine)", [
    ("truffé d’incantations", "Jean-François Copé"),
    ("de courage politique", "Jean-François Copé"),
    ("[…] non, nous ne renoncerons pas !", "J-M Ayrault"),
], ["J-M Ayrault", "François Hollande", "Jean-François Copé", "Claude Bartolone"],
   ["Assemblée nationale"], [])

A["blind3-fr-02"] = (44533, "article réel de Wikinews (4 juillet 2012) ; « D'après le ministre du budget, X, « … » » puis « ; le ministre des finances, X, a pour sa part ajouté : « … » » dans la même phrase ; plusieurs années et « mardi 3 juillet »", [
    ("il y a bien une ardoise cachée que nous devons honorer pour respecter l'objectif d'un retour des déficits publics à 4,5 % du PIB", "Jérôme Cahuzac"),
    ("C'est d'une France affaiblie sur le plan économique dont nous héritons", "Pierre Moscovici"),
], ["Jérôme Cahuzac", "Pierre Moscovici", "Jean-Marc Ayrault"],
   ["Assemblée nationale"], [
    ("l'année 2012", "2012", 1), ("mardi 3 juillet", "2012-07-03", 1), ("pour 2012", "2012", 1),
    ("pour 2013", "2013", 1), ("en 2017", "2017", 1), ("en 2012", "2012", 2), ("en mai", "2012-05", 2)])

A["blind3-fr-03"] = (44545, "article réel de Wikinews (5 juillet 2012) ; deux témoins « X, description, se souvient : « … » » et « X, description, raconte : « … » » ; réponse de référendum « oui » et titre de spectacle (facultatifs) ; « Le jeudi 5 juillet » = 2012", [
    ("oui", None, OPT),
    ("C'est quelque chose qu'on ne vit qu'une fois. On a vu tous les villages, toute la population venir, les hommes, les femmes. Ils dansaient, ils chantaient. On se rencontrait, on criait. C'était l'euphorie", "Akli Gasmi"),
    ("Moi, j'étais dans une 2 CV. On s'est retrouvé à plat ventre sous la voiture. Ça pétait de partout. Tout le monde a cru que c'était l'OAS qui provoquait ces événements-là, donc il y a eu des représailles terribles contre la population européenne. [...] L'armée avait interdiction d'intervenir et même la gendarmerie n'a pas bougé d'un poil", "Michel Guay"),
    ("Les bâtisseurs de la gloire", None, OPT),
], ["De Gaulle", "Akli Gasmi", "Michel Guay", "Abdelaziz Bouteflika", "Jacques Chirac", "Nicolas Sarkozy", "Laurent Fabius"],
   ["FLN", "ALN", "OAS"], [
    ("le 5 juillet 1962", "1962-07-05", 1), ("1er juillet 1962", "1962-07-01", 1), ("le 18 mars 1962", "1962-03-18", 1),
    ("5 juillet 1962", "1962-07-05", 2), ("5 juillet 1962", "1962-07-05", 3), ("de 1830", "1830", 3),
    ("jeudi 5 juillet", "2012-07-05", 3), ("le 16 juillet prochain", "2012-07-16", 4)])

A["blind3-fr-04"] = (44772, "article réel de Wikinews (30 juillet 2012) ; « Selon lui, « … » » (lui = le ministre nommé dans la phrase précédente) ; « Pour le collectif …, il s'agit d'« … » » (groupe non nommé : collectif ou null) ; pas de date explicite", [
    ("on ne peut pas interdire à un être vivant de vivre sur le simple fait qu'il soit mal-formé", "Alberto Ruiz-Gallardón"),
    ("un pas vers le franquisme", ["collectif de défense des femmes", "collectif de défense des droits des femmes", None]),
], ["Mariano Rajoy", "Alberto Ruiz-Gallardón"],
   ["El Pais"], [])

A["blind3-fr-05"] = (44833, "article réel de Wikinews (1er août 2012) ; le fisc « parlant d'un « … » » (administration non nommée : fisc ou null) ; longue citation puis « a déclaré X, représentant de … »", [
    ("effort de transparence", ["fisc", "le fisc", None]),
    ("Ils auraient dû s’inquiéter de la façon dont on peut contracter de telles dettes, c’est-à-dire des dysfonctionnements de nos institutions. Nous devons nous battre contre cela et ce n’est pas cette mesure populiste qui va nous y aider", "Zlatko Zeljko"),
], ["Zlatko Zeljko"],
   ["association de protection légale"], [])

A["blind3-fr-06"] = (44998, "article réel de Wikinews (27 août 2012) ; « « … », y compris …, commente X, analyste à Y » ; représentant anonyme du groupe (Samsung ou null) ; jours de semaine seulement", [
    ("Le contexte de la perte [...] est bien pire qu'attendu", "Song Myung-Sup"),
    ("représente le pire des scénarios pour nous", ["Samsung", "Samsung Electronics", None]),
], ["Song Myung-Sup"],
   ["Samsung Electronics", "Apple", "Hi Investment and Securities"], [])

A["blind3-fr-07"] = (45644, "article réel de Wikinews (2 novembre 2012) ; citation en tête de paragraphe « … » a-t-il souligné » pour la personne nommée au paragraphe précédent ; « … » a expliqué X » ; discours indirect sans guillemets (Sayda, Goksel « dit-il ») ; pas de date explicite", [
    ("Saraqeb est un passage obligé entre Damas et Lattaquié sur la côte en allant vers Alep, et les rebelles vont bloquer les voies d’approvisionnement du plus grand centre commercial syrien. Le gouvernement doit maintenant utiliser de longs et dangereux détours pour réapprovisionner Alep", "Rami Abd al-Rahman"),
    ("Durant la guerre civile au Liban, nous avons vu tant de massacres similaires. Mais personne n’allait crier partout : regardez ce que nous avons fait. Ici, vous avez affaire à un groupe de gens très dangereux, à même de faire n’importe quoi", "Timor Goksel"),
], ["Rami Abd al-Rahman", "Timor Goksel", "Hillary Clinton", "Abdel Basset Sayda"],
   ["Observatoire syrien des droits de l'homme", "Conseil des droits de l’Homme de l’ONU", "Amnesty International", "Front Nusrat", "Al-Qaïda", "AFP", "Conseil national syrien", "Radio Sawa"], [])

A["blind3-fr-08"] = (45761, "article réel de Wikinews (10 novembre 2012) ; thèmes du sommet cités sans auteur (null ou le gouvernement du Parti québécois) ; « X a dit espérer que … car l'objectif gouvernemental est de définir « … » »", [
    ("la qualité de l'enseignement supérieur, la gouvernance et le financement des universités ainsi que la recherche universitaire", [None, "Parti québécois"]),
    ("la société du savoir dans laquelle nous vivrons", "Pauline Marois"),
], ["Pierre Duchesne", "Pauline Marois"],
   ["Parti québécois", "Assemblée nationale du Québec"], [
    ("en février 2013", "2013-02", 1), ("printemps 2012", "2012", 2)])

A["blind3-fr-09"] = (45764, "article réel de Wikinews (10 novembre 2012), article d'opinion avec listes à puces (chaque puce est un paragraphe) ; « X a insisté sur … : « … » » ; « certains wikipédiens estiment que … une « … » » (groupe non nommé) ; chiffre cité sans source (null) ; « montrer au public que « … » » (le reportage ou null)", [
    ("l’encyclopédie subit régulièrement des actes de vandalisme. Elle est aussi l’objet de manipulation de certaines entreprises", "Élisabeth Bonnet"),
    ("machine à décerveler", [None, "wikipédiens", "certains wikipédiens"]),
    ("0,1% des éditeurs a presque contribué à la moitié de la valeur mesurée en mots lus", None),
    ("Wikipédia est incontournable", [None, "Envoyé spécial", "Envoyé spécial, la suite"]),
], ["Élisabeth Bonnet"],
   ["Wikimedia Foundation", "Wikimedia France", "Wikimedia Deutschland", "IBM", "Google"], [
    ("depuis 2007", "2007", 7)])

A["blind3-fr-10"] = (44655, "article réel de Wikinews (13 juillet 2012) ; communiqué d'une agence (« Moody's explique dans un communiqué que « … » », avec coupures (...) et [...] et un guillemet fermant doublé « »» » dans la source) ; « elle considère que … le risque … que le pays « … » » (elle = l'agence) ; mot isolé « moment » (facultatif)", [
    ("moment", None, OPT),
    ("L'Italie a plus de risque de connaître une hausse brutale de ses coûts de financement ou de ne plus avoir accès aux marchés financiers (...) en raison de la confiance de plus en plus fragile des marchés et du risque de contagion émanant de la Grèce et de l'Espagne. [...] Le risque d'une sortie de la Grèce de l'euro a augmenté et le système bancaire espagnol va endurer davantage de pertes qu'attendu", "Moody's"),
    ("ne puisse plus se financer auprès des marchés financiers", "Moody's"),
], ["Mario Monti"],
   ["Moody's", "Commission européenne"], [])

A["blind3-fr-11"] = (44321, "article réel de Wikinews (22 juin 2012) ; le graphiste nommé Miguel Neiva, une fois mal orthographié « Miguel Nerva » (même personne) ; « Le but de ce langage est qu'il « … » » (citation partielle sans verbe de parole : Neiva ou null) ; « le graphiste s'est basé sur le raisonnement suivant : « … » » ; « vraies » (facultatif)", [
    ("vraies", None, OPT),
    ("doit être compréhensible par tous", ["Miguel Neiva", "Miguel Nerva", None]),
    ("Dans les écoles, on donne aux enfants cinq tubes de gouache : les trois couleurs primaires, le noir et le blanc, qui permettent d'obtenir toutes les nuances. Je suis parti de là, en associant à chacune de ces couleurs un symbole", ["Miguel Neiva", "Miguel Nerva"]),
], ["Miguel Neiva"],
   ["Poste portugaise"], [
    ("en 2016", "2016", 4)])

A["blind3-fr-12"] = (44636, "article réel de Wikinews (12 juillet 2012) ; deux citations du texte de loi (« est définit comme « … » », « avec en précision : « … » ») : personne ne parle (null, ou le Sénat qui l'adopte) ; aucune personne nommée", [
    ("le fait d'imposer à une personne, de façon répétée, des propos, ou agissements à connotation sexuelle qui, soit portent atteinte à sa dignité en raison de leur caractère dégradant ou humiliant, soit créent à son égard une situation intimidante, hostile ou offensante", [None, "Sénat"]),
    ("Est assimilé au harcèlement sexuel le fait, même non répété, d'user d'ordres, de menaces, de contraintes ou de toute autre forme de pression grave, dans le but réel ou apparent d'obtenir tout acte de nature sexuelle, que celui-ci soit recherché au profit de l'auteur des faits ou au profit d'un tiers", [None, "Sénat"]),
], [],
   ["Sénat", "Conseil constitutionnel"], [
    ("jeudi 12 juillet", "2012-07-12", 1)])

A["blind3-fr-13"] = (45527, "article réel de Wikinews (20 octobre 2012) ; la direction d'une chaîne (« la direction de la chaîne … a condamné les agressions …, « … » », « La chaîne met « … » ») : France 24 ou null ; l'encadré de citation sans guillemets (« J'ai été agrippée … —Sonia Dridi, journaliste ») retiré comme une légende ; discours indirect « a indiqué leur direction » sans guillemets", [
    ("qui doivent pouvoir exercer librement leur métier partout dans le monde", ["France 24", None]),
    ("tout en œuvre, avec le soutien de l’ambassade de France au Caire, pour assurer la sécurité et le rapatriement en France de sa correspondante", ["France 24", None]),
], ["Sonia Dridi", "Ashraf Khalil"],
   ["France 24"], [])

A["blind3-fr-14"] = (44568, "article réel de Wikinews (5 juillet 2012) ; longue citation en tête de paragraphe puis « a indiqué X, dont la fille … » ; chef d'accusation « homicide involontaire » (facultatif) ; appels de note [1] [2] retirés", [
    ("Le BEA nous a affirmé que ces Flight Directors étaient apparus et disparus à maintes reprises. Ils positionnaient l'avion à piquer et donc par compensation, le pilote avait tendance à tirer sur le manche pour faire cabrer, et donc à suivre les informations erronées de position du Flight Director", "Robert Soulas"),
    ("homicide involontaire", None, OPT),
], ["Robert Soulas"],
   ["BEA", "DGAC", "Air France", "Airbus"], [
    ("le 1er juin 2009", "2009-06-01", 1), ("juillet 2011", "2011-07", 1), ("Depuis 2011", "2011", 3)])

A["blind3-fr-15"] = (44589, "article réel de Wikinews (7 juillet 2012), sport ; « X déclare en recevant la coupe que « … » » (que + citation directe) ; quatre années en tête d'article", [
    ("Je peux à peine décrire ce que je ressens. Je ne rêvais même pas de pouvoir revenir ici", "Serena Williams"),
], ["Serena Williams", "Agnieszka Radwanska"],
   [], [
    ("2002", "2002", 1), ("2003", "2003", 1), ("2009", "2009", 1), ("2010", "2010", 1), ("l'édition 2010", "2010", 3)])

A["blind3-fr-16"] = (45037, "article réel de Wikinews (1er septembre 2012), science ; intertitres retirés ; citation en paragraphe propre « « … », conclut tout simplement X » ; « naturellement » (facultatif)", [
    ("naturellement", None, OPT),
    ("Nous en avons tiré la conclusion claire que les radiations dégagées par la centrale Fukushima Daiichi avaient endommagé les gènes des papillons", "Joji Otaki"),
], ["Joji Otaki"],
   ["University of the Ryukyus"], [
    ("Le 12 mars 2011", "2011-03-12", 1), ("en mai 2011", "2011-05", 4), ("en septembre 2011", "2011-09", 8)])

A["blind3-en-01"] = (21, "real English Wikinews article (November 2004, day unknown); newspapers as speakers (\"The Japan Times criticized the aid as a \"…\"\", \"Asia Times Online predicts \"…\"\"); scare quotes \"opened up\" (optional); a decade (the 1980s) is not a date", [
    ("opened up", None, OPT),
    ("complete waste", ["The Japan Times", "Japan Times"]),
    ("it is inevitable that funds flowing to China are set for further downsizing.", "Asia Times Online"),
], ["Nobutaka Machimura"],
   ["UN Security Council", "The Japan Times", "Asia Times Online"], [
    ("1997", "1997", 2), ("2003", "2003", 2)])

A["blind3-en-02"] = (26, "real English Wikinews article of November 18, 2004 ({{date|November 18, 2004}} in endataset.json); unnamed officials' words (\"considered the intrusion … \"showing off,\"\": Defence Agency or null); two one-word/two-word quotations after \"stating that … was due to a\" (Wu Daiwei); \"technical errors\" as a term (optional)", [
    ("showing off,", ["Defence Agency", None]),
    ("technical error", "Wu Daiwei"),
    ("regrettable.", "Wu Daiwei"),
    ("technical errors", None, OPT),
], ["Wu Daiwei", "Anami Koreshige", "Koizumi Junichiro", "Hu Jintao"],
   ["Self-Defence Forces", "Defence Agency", "Asia-Pacific Economic Cooperation", "Liberal Democratic Party"], [
    ("10 November", "2004-11-10", 2), ("1974", "1974", 4), ("17 November", "2004-11-17", 5)])

A["blind3-en-03"] = (32, "real English Wikinews article (November 2004, day unknown: the conviction of Thursday 18 Nov. 2004); \"defended his action, saying: \"…\"\"; \"he said,\" after a sentence about other journalists (he = Jim Taricani); month-day dates of 2004", [
    ("I made a promise to my source, which I intend to keep.", "Jim Taricani"),
    ("I'm proud to be a part of this effort with other reporters who are facing this same thing.", "Jim Taricani"),
], ["Jim Taricani", "Ernest Torres", "Vincent Cianci"],
   ["WJAR-TV News", "US District Court"], [
    ("March 16", "2004-03-16", 3), ("December 9th", "2004-12-09", 6)])

A["blind3-en-04"] = (49, "real English Wikinews article (Ridge resigned on 30 Nov. 2004; the text also reports Thompson's departure a few days later, so the month is given as December 2004); \"stating that, \"…\"\" and \"stating, \"…\"\" after long role titles; President Bush named by title and surname", [
    ("After more than 22 consecutive years of public service, it is time to give personal and family matters a higher priority.", "Tom Ridge"),
    ("I cannot understand why the terrorists have not attacked our food supply because it is so easy to do.", "Tommy Thompson"),
], ["Tom Ridge", "Bush", "Tommy Thompson"],
   [], [
    ("February 1, 2005", "2005-02-01", 1), ("September 11, 2001", "2001-09-11", 3)])

A["blind3-en-05"] = (60, "real English Wikinews article (between Tue 30 Nov. and Fri 3 Dec. 2004); quotation then \"Barroso said to the press\"; \"The E.C. President … admitted to have been \"surprised\"\" (one word, required); \"Tuesday, November 30\"", [
    ("A political crisis is surely not the best moment to discuss the European Constitution", "José Manuel Durão Barroso"),
    ("surprised", "José Manuel Durão Barroso"),
], ["José Manuel Durão Barroso", "Pedro Santana Lopes", "Jorge Sampaio"],
   ["European Commission", "PSD"], [
    ("November 30", "2004-11-30", 5), ("2005", "2005", 5)])

A["blind3-en-06"] = (76, "real English Wikinews article of December 25, 2004 (the bold date line became the date header); newspaper as speaker (\"…,\" the Indian Express reported); \"said Deshmukh\" after the quotation for the Chief Minister named in the sentence before; ‘well-off’ in single curly quotes is not a quotation mark of the guidelines", [
    ("As far as eye can see, there are mounds of wood, tin and tarpaulin, the remains of 6,200 illegal homes, flattened by a heavy excavator running on tank-like tracks and giant motorised claws,", ["Indian Express", "the Indian Express"]),
    ("Every chief minister likes to be remembered, and I’m no exception,", "Vilasrao Deshmukh"),
], ["Vilasrao Deshmukh"],
   ["Indian Express"], [
    ("early December", "2004-12", 1)])

A["blind3-en-07"] = (88, "real English Wikinews article (late December 2004, after the Dec. 23 letter); \"…,\" Wu said.\" then a second quotation with no verb (same speaker); years of elections (\"the 2000 election\") counted as dates, as \"primaires de 2008\" in real-fr-09", [
    ("The integrity of our democracy is at stake. We need to give the American people confidence that each and every vote will be properly counted and that the democratic electoral process is respected,", "David Wu"),
    ("I also understand concerns about the conflict of interest of having an official in charge of running elections in a key state also heading a presidential campaign. I agree that Ohio Secretary of State Blackwell's dual role calls into question any election decision he made that favored Republicans.", "David Wu"),
], ["David Wu", "Blackwell", "John Conyers", "Jerrold Nadler", "Robert Wexler"],
   ["Government Accountability Office", "House Committee on the Judiciary", "DOJ"], [
    ("2004", "2004", 1), ("Dec. 23", "2004-12-23", 1), ("In December", "2004-12", 5),
    ("September 14, 2004", "2004-09-14", 7), ("2000 presidential elections", "2000", 7), ("2000 election", "2000", 7),
    ("2004 presidential election", "2004", 7)])

A["blind3-en-08"] = (89, "real English Wikinews article (December 2004, day unknown: the result declared on 30 Dec. 2004); unnamed spokesman of a person (\"Gregoire's spokesman said\": Christine Gregoire or null) with a second quotation after \"said.\"; \"too close to call\" (set phrase, optional)", [
    ("too close to call", None, OPT),
    ("This ain't golf,", ["Christine Gregoire", None]),
    ("No mulligans allowed here, folks.", ["Christine Gregoire", None]),
], ["Sam Reed", "Christine Gregoire", "Dino Rossi"],
   ["Supreme Court", "Legislature"], [])


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    m = re.match(r"^date (\S+)\s+", lines[0])
    lines[0] = lines[0][m.end():]
    if re.match(r"^Source ?:", lines[-1]):
        lines.pop()
    return m.group(1), lines


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
            t, sp = q[0], q[1]
            p = next(i for i, para in enumerate(paras, 1) if t in para)
            e = {"text": t, "speaker": sp, "paragraph": p}
            if len(q) > 2:
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
            "license": FR_LIC if lang == "fr" else EN_LIC,
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
