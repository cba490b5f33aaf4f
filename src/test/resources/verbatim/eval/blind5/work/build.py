#!/usr/bin/env python3
"""Holds the hand annotations of blind set 5 and writes NAME.json beside each NAME.txt (same scheme as blind4's build.py).
A quotation is given by its text, or by the start of its text followed by "~" (the whole span inside the marks that
begins so is taken from the article); its paragraph is the first paragraph holding it unless a number is given.
Dates carry their paragraph. Usage: build.py [DIR] (default: the folder above this script)."""
import json, os, re, sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FR_REPO = "github.com/YoannDupont/WiNER-fr (commit 0fe35f0), {}"
EN_REPO = "github.com/vanatteveldt/wikinews (commit 3472541), data/wikinews_2019.csv, row {} (0-based, header excluded)"
OPT = "optional"
SPAN = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")

# name: (source id, note, quotes [(text, speaker, [OPT], [paragraph])], people, organizations, dates [(text, value, paragraph)])
A = {}

# ---------------------------------------------------------------- French (WiNER-fr)

A["blind5-fr-01"] = ("2016/01/2016_01_01-002.txt", "article réel de Wikinews (1er janvier 2016) ; « X a annoncé que « … » était terminée » (citation partielle dans la subordonnée) ; citation sans verbe de parole (« La maladie a … provoquant « … » ») suivie de « X affirme d'ailleurs que « … » » (X ou null) ; « le 29 décembre dernier », « novembre dernier » = 2015 ; « En 2014-2015 » (période) non annotée", [
    ("la transmission du virus Ebola", "Mohammed Belhocine"),
    ("l'incrédulité, la peur~", ["Mohammed Belhocine", None]),
    ("dans ce contexte~", "Mohammed Belhocine"),
], ["Mohammed Belhocine", "Jean-Pierre Taschereau"],
   ["OMS"], [
    ("le 29 décembre dernier", "2015-12-29", 1), ("novembre dernier", "2015-11", 1), ("en décembre 2013", "2013-12", 1),
    ("en 2014", "2014", 3)])

MRA = ["Mouvement républicain australien", None]
A["blind5-fr-02"] = ("2016/02/2016_02_02-002.txt", "article réel de Wikinews (2 février 2016) ; le chapeau (avant la ligne de date dans WiNER) est le paragraphe 1 ; texte d'une déclaration proposée par un mouvement (« a proposé … de signer une déclaration : « … » ») ; « Selon X, … les « … » » ; « en se félicitant du « … » » (deux mots, donnés comme les mots de X) ; « Selon X, … . « … » explique-t-il » (citation dans la phrase suivante)", [
    ("Nous pensons que l'Australie~", MRA),
    ("liens avec la monarchie continuent de refléter une nation du passé", "Andrew Barr"),
    ("consensus politique", "Bill Shorten"),
    ("C'est quelque chose qu'elle pourrait faire~", "Jay Weatherill"),
], ["Elizabeth II", "Andrew Barr", "Colin Barnett", "Malcolm Turnbull", "Bill Shorten", "prince Charles", "Jay Weatherill"],
   ["Mouvement républicain australien"], [
    ("en 1788", "1788", 2), ("de 1999", "1999", 5), ("en 2014", "2014", 6)])

CGT_SG = [None, "CGT du livre", "CGT", "secrétaire général de la CGT du livre"]
WORDS = [None]
A["blind5-fr-03"] = ("2016/05/2016_05_26-005.txt", "article réel de Wikinews (26 mai 2016) ; le chapeau (avant la ligne de date dans WiNER) est le paragraphe 1 : une liste de mots cités sans locuteur (« Tels sont les mots employés », facultatifs) ; des journaux comme locuteurs (« Pour L'Opinion, il s'agit d'une « … » que le journal estime comme « … » », « Libération estime … et ajoute que le journal « … » », « Le Figaro dénonce des « … » », « Pour le journal Le Monde, ce blocage est « … » ») ; « Qualifié de journal qui « … » par le directeur de Libération, X » (locuteur après la citation) ; « L'Humanité s'est défendu en précisant que le journal publiait « … » » ; un secrétaire général non nommé (« le secrétaire général de la CGT du livre affirme … « … » », « il estime que « … » »)", [
    ("Scandaleuse", WORDS, OPT),
    ("atteinte à la démocratie", WORDS, OPT),
    ("honteuse et stupide", WORDS, OPT),
    ("chantage honteux", WORDS, OPT),
    ("prise d'otage", WORDS, OPT),
    ("censure", WORDS, OPT),
    ("s'est couché", "Laurent Joffrin"),
    ("bien volontiers", ["L'Humanité", "Humanité"]),
    ("intrusion scandaleuse~", ["L'Opinion", "Opinion"]),
    ("une atteinte à la démocratie et à la liberté de la presse", ["L'Opinion", "Opinion"]),
    ("tract appelant~", ["L'Opinion", "Opinion"]),
    ("bien fait de refuser", ["Libération"]),
    ("n’a jamais publié~", ["Libération"]),
    ("blocages scandaleux", ["Le Figaro", "Figaro"]),
    ("témoignent de la surenchère~", ["Le Figaro", "Figaro"]),
    ("intolérable", ["Le Monde", "Monde", "Louis Dreyfus"]),
    ("en d'autres temps~", "Louis Dreyfus"),
    ("ni exigence, ni diktat", CGT_SG),
    ("proposé à tous les quotidiens~", CGT_SG),
    ("la liberté de la presse et la démocratie~", CGT_SG),
], ["Philippe Martinez", "Laurent Joffrin", "Louis Dreyfus"],
   ["CGT", "CGT du livre", "L'Humanité", "Libération", "L'Opinion", "Le Figaro", "Le Monde", "France Inter"], [
    ("le 31 mars", "2016-03-31", 2), ("le 28 avril", "2016-04-28", 2)])

SHEBAB = ["shebab", "islamistes shebab", "les islamistes shebab", "shebabs", None]
TEMOIN = [None, "témoin", "un témoin"]
A["blind5-fr-04"] = ("2016/08/2016_08_30-004.txt", "article réel de Wikinews (30 août 2016) ; un groupe armé comme locuteur (« revendiquée par les islamistes shebab … dans un communiqué … : « … », ont-ils écrit, ajoutant que l'acte a fait « … » ») ; un témoin non nommé (« Un témoin … a déclaré à l'AFP avoir vu « … », avant d'avoir aperçu « … » et entendu « … » ») ; propos d'un policier nommé sans guillemets ; « le 26 février » = 2016, « le 30 octobre prochain » = 2016", [
    ("Un courageux kamikaze~", SHEBAB),
    ("plusieurs victimes", SHEBAB),
    ("une voiture se diriger à toute allure vers la zone", TEMOIN),
    ("un énorme nuage de fumée~", TEMOIN),
    ("une énorme explosion", TEMOIN),
], ["Mohamed Abdulkadir", "Recep Tayyip Erdogan"],
   ["Al-Qaïda", "Telegram", "AFP", "Union africaine", "AMISOM"], [
    ("en janvier 2015", "2015-01", 2), ("le 26 février", "2016-02-26", 2), ("en août 2011", "2011-08", 3),
    ("le 30 octobre prochain", "2016-10-30", 3)])

A["blind5-fr-05"] = ("2016/12/2016_12_29-004.txt", "article réel de Wikinews (29 décembre 2016) ; une entreprise comme locuteur (« l'opérateur Sprint a affirmé dans un communiqué que … « … » », « Sprint a déclaré vouloir engager « immédiatement » » : un adverbe, facultatif) ; « « … », a déclaré X … « … », a-t-il ajouté » ; « le directeur général de Sprint, X, cité dans le communiqué …, a affirmé : « … » » ; « en janvier » = janvier 2016, « le 20 janvier prochain » = 2017", [
    ("créés ou rapatriés", ["Sprint"]),
    ("immédiatement", ["Sprint"], OPT),
    ("Les dirigeants de Sprint~", "Donald Trump"),
    ("Et aussi, OneWeb~", "Donald Trump"),
    ("Nous nous réjouissons~", "Marcelo Claure"),
], ["Donald Trump", "Masayoshi Son", "Marcelo Claure"],
   ["Sprint", "OneWeb", "SoftBank"], [
    ("en janvier", "2016-01", 2), ("mars 2018", "2018-03", 2), ("le 20 janvier prochain", "2017-01-20", 4)])

TEMOINS = [None, "témoins", "des témoins"]
POLICE = ["police", "la police", "police de l'État de Victoria", None]
A["blind5-fr-06"] = ("2017/01/2017_01_20-004.txt", "article réel de Wikinews (20 janvier 2017) ; « J'ai vu des « … », « … », ont affirmé des témoins » (groupe non nommé) ; « « … », a affirmé un membre de la police de l'État de Victoria » (non nommé) ; « selon la police, qui précise que « … » » (institution) ; aucune personne nommée ; « le 14 juillet », « le 19 décembre » = 2016, « le 8 janvier » = 2017", [
    ("corps voler dans les airs", TEMOINS),
    ("c'était un carnage sur le trottoir", TEMOINS),
    ("Je peux confirmer~", POLICE),
    ("l'individu était connu~", POLICE),
], [],
   ["police de l'État de Victoria", "Open d'Australie", "État islamique"], [
    ("20 janvier", "2017-01-20", 1), ("le 14 juillet", "2016-07-14", 6), ("le 19 décembre", "2016-12-19", 6),
    ("le 8 janvier", "2017-01-08", 6), ("le 19 décembre dernier", "2016-12-19", 7), ("En décembre 2014", "2014-12", 8)])

CC = ["Conseil constitutionnel", "le Conseil constitutionnel", "Conseil"]
A["blind5-fr-07"] = ("2017/01/2017_01_25-004.txt", "article réel de Wikinews (25 janvier 2017) ; une juridiction comme locuteur (« Le Conseil constitutionnel rappelle que … est un « … » », « le Conseil estime que les dispositions … « … » », longue citation de la décision) ; « Elle est accusée de « … » » (par des associations non nommées) ; « L'un des avocats … a ainsi décrié des contrôles décidés « systématiquement » » (un adverbe, facultatif) ; termes « au faciès », « réserves d’interprétation » (facultatifs)", [
    ("au faciès", [None], OPT),
    ("réserves d’interprétation", CC + [None], OPT),
    ("ne pas respecter l’égalité~", [None, "associations", "des associations"]),
    ("objectif de valeur constitutionnel", CC),
    ("ne sauraient, sans méconnaître~", CC),
    ("systématiquement", [None, "avocat", "L'un des avocats"], OPT),
], ["Laurent Fabius"],
   ["Conseil constitutionnel"], [
    ("24 janvier", "2017-01-24", 1), ("en 2012", "2012", 2)])

FF = "François Fillon"
A["blind5-fr-08"] = ("2017/01/2017_01_28-006.txt", "article réel de Wikinews (28 janvier 2017) ; un seul locuteur repris par « Il » sur cinq paragraphes (« qu'il juge « abjectes » et visant à « abattre » », « affirmant qu'il n'y avait « … » sur l’emploi « légal » et « … » », « Il a aussi ajouté que « … » et que … « … » », « Pour lui, « … » », « il explique qu' « … » », « Il a terminé en affirmant son intention de « … » ») ; mots isolés « abjectes », « abattre », « légal » (facultatifs) ; nom d'émission « 20 Heures » (facultatif) ; « X … a affirmé qu'il ne serait pas « … » … « … », a-t-il ajouté » ; « mai prochain » = mai 2017, « en novembre » = novembre 2016", [
    ("20 Heures", [None], OPT),
    ("abjectes", FF, OPT),
    ("abattre", FF, OPT),
    ("pas le moindre doute", FF),
    ("légal", FF, OPT),
    ("parfaitement transparent", FF),
    ("Ce travail est réel~", FF),
    ("depuis toujours", FF),
    ("on voit bien que~", FF),
    ("elle n’a jamais fait de politique~", FF),
    ("porter plainte~", FF),
    ("une solution de repêchage", "Alain Juppé"),
    ("Non, c’est clairement non~", "Alain Juppé"),
], ["François Fillon", "Penelope Fillon", "Alain Juppé"],
   ["TF1", "Assemblée nationale"], [
    ("mai prochain", "2017-05", 1), ("26 janvier", "2017-01-26", 1), ("2005", "2005", 5), ("2007", "2007", 5),
    ("en novembre", "2016-11", 6)])

ORDRE = ["Ordre de Malte", "Ordre", "l'Ordre", "Ordre souverain de Malte"]
VAT = ["Vatican", "le Vatican"]
A["blind5-fr-09"] = ("2017/01/2017_01_28-007.txt", "article réel de Wikinews (28 janvier 2017) ; « Selon X, vice-président de …, « … » » ; deux institutions comme locuteurs : l'Ordre (« l’Ordre avait, dans un communiqué, déclaré cette décision « inacceptable », estimant que … « … » », « Ordre a publié un nouveau communiqué « … », y affirmant « … » et son intention de ne « … » ») et le Vatican (« le Vatican riposte en réaffirmant sa « confiance » … « … » et dénonce « … » ») ; « Ce dernier aurait … expliqué avoir été limogé car jugé trop « libéral » » (un mot, facultatif) ; « Festing accusait … d’être liés à « … » » (nom court pour « Fra Matthew Festing ») ; « le 6 décembre dernier », « le 22 décembre » = 2016", [
    ("l’Ordre est une victime collatérale~", "Alain de Tonquédec"),
    ("libéral", "Albrecht von Boeselager", OPT),
    ("inacceptable", ORDRE),
    ("un acte de gouvernement interne~", ORDRE),
    ("en réponse aux activités~", ORDRE),
    ("l’insignifiance légale de ce groupe", ORDRE),
    ("pas coopérer avec lui", ORDRE),
    ("confiance", VAT, OPT),
    ("afin de l’informer", VAT),
    ("toute tentative de discrédit", VAT),
    ("un fonds [situé] à Genève", ["Matthew Festing", "Fra Matthew Festing"]),
], ["Matthew Festing", "pape François", "Alain de Tonquédec", "Raymond Burke", "Albrecht von Boeselager", "Silvano Tomasi"],
   ["Ordre de Malte", "Vatican", "La Croix", "The Tablet", "Banque du Vatican", "Saint-Siège", "Nations unies"], [
    ("25 janvier", "2017-01-25", 1), ("en 2014", "2014", 3), ("le 6 décembre dernier", "2016-12-06", 4),
    ("du 6 décembre", "2016-12-06", 4), ("le 22 décembre", "2016-12-22", 7), ("Le 10 janvier", "2017-01-10", 8),
    ("Le 17 janvier", "2017-01-17", 8)])

A["blind5-fr-10"] = ("2017/01/2017_01_29-001.txt", "article réel de Wikinews (29 janvier 2017) ; « Selon le président du comité …, X, « … » » ; « X, premier secrétaire …, a d'ailleurs reconnu le problème : « … » » puis « X a, quant à lui, pesté … : « … » » ; « X souhaite « bonne chance » à Hamon » (deux mots, donnés comme ses mots) puis « Ému, il déclare : « … » » ; « mai prochain » = mai 2017 ; « 29 janvier » (jour de l'article) annoté", [
    ("[...] nous serons à la clôture~", "Christophe Borgel"),
    ("On assiste à un contournement~", "Emmanuel Grégoire"),
    ("Cela s’appelle tricher !~", "Christophe Borgel"),
    ("bonne chance", "Manuel Valls"),
    ("Benoît Hamon l'a emporté nettement~", "Manuel Valls"),
], ["Benoît Hamon", "Manuel Valls", "Christophe Borgel", "Emmanuel Grégoire", "Arnaud Montebourg"],
   ["PS", "BuzzFeed", "BFMTV"], [
    ("mai prochain", "2017-05", 1), ("29 janvier", "2017-01-29", 1)])

CE = ["Conseil d’État", "le Conseil d’État"]
MT = "Marisol Touraine"
A["blind5-fr-11"] = ("2017/02/2017_02_08-006.txt", "article réel de Wikinews (8 février 2017) ; une juridiction comme locuteur (« le Conseil d’État a « … » » au début, puis « « … » et le ministre … doit « … », a précisé le Conseil d’État, qui « … » ») ; citation sans verbe de parole au paragraphe 1 (« … depuis 2008, …, « aucun vaccin … » », le Conseil d’État ou null) ; mots « suspendu », « complications allergiques » (facultatifs) ; quatre fragments de la ministre (« a annoncé avoir « … » », « ajoutant que « … » », « précisant … qu' « … » … et que « … » ») ; « X … estime même qu'elle est impossible : « … » » ; « selon X, président de …, « … » »", [
    ("enjoint au ministre~", CE),
    ("suspendu", CE + [None], OPT),
    ("complications allergiques", CE + [None], OPT),
    ("aucun vaccin ne correspondant~", CE + [None]),
    ("saisi immédiatement~", MT),
    ("ce travail s’inscrira~", MT),
    ("un kit disponible gratuitement~", MT),
    ("sur l’année 2016~", MT),
    ("La loi, qui n’impose~", CE),
    ("faire usage des pouvoirs~", CE),
    ("[...] annule donc~", CE),
    ("il est totalement impossible~", "Daniel Floret"),
    ("[la] tentation du gouvernement~", "Augustin de Livois"),
], ["Marisol Touraine", "Daniel Floret", "Augustin de Livois"],
   ["Conseil d’État", "Agence nationale de sécurité du médicament", "Comité technique des vaccinations", "IPSN"], [
    ("2008", "2008", 1), ("l’année 2016", "2016", 2)])

PM = "Pierre Moscovici"
A["blind5-fr-12"] = ("2017/03/2017_03_22-002.txt", "article réel de Wikinews (22 mars 2017) ; description d'une personne entre guillemets sans locuteur (« négociant en vins et « … » », le journal qui a révélé l'affaire ou null) ; un locuteur repris par « précise-t-il », « ajoute-t-il encore », « déclare-t-il encore » ; « « … » quand on exerce …, répond encore Moscovici » ; « « … », avait-il déjà déclaré …, tout en répondant que …, « … » » ; termes « affaire Fillon », « trafic d’influence » (facultatifs) ; « avant 2012 » ; « des années 1990 ou 2000 » (décennies) non annotées", [
    ("affaire Fillon", [None], OPT, 2),
    ("trafic d’influence", [None], OPT),
    ("fournisseur de l’Élysée~", [None, "Le Canard enchaîné"]),
    ("affaire Fillon", [None, PM], OPT, 4),
    ("C’est un vrai cadeau~", PM),
    ("Il n’y a entre nous aucun lien d’intérêt", PM),
    ("Je connaissais la maison Arnys~", PM),
    ("L’apparence compte", PM),
    ("Ce n’est pas tout à fait le lieu~", PM),
    ("cela va de soi", PM),
], ["Pierre Moscovici", "François Fillon", "Robert Bourgi", "Hollande", "Laurent Max"],
   ["Le Canard enchaîné", "Arnys", "Berluti", "Élysée", "Matignon", "Quai d’Orsay", "commission européenne"], [
    ("22 mars", "2017-03-22", 1), ("2012", "2012", 1)])

PARQUET = ["parquet fédéral de Belgique", "parquet fédéral", "parquet", "le parquet"]
SRC = [None, "source proche de l’enquête", "une source proche de l’enquête"]
SRCPOL = [None, "source policière française", "une source policière française"]
A["blind5-fr-13"] = ("2017/03/2017_03_25-004.txt", "article réel de Wikinews (25 mars 2017) ; un parquet comme locuteur (« inculpé pour « … », a annoncé … le parquet fédéral », « « … » de sa voiture, « … », selon le parquet ») ; sources anonymes (« « … », selon une source proche de l’enquête », « précise-t-elle », « Une source policière française précise que le suspect n’était « … », mais pour de nombreuses « … » ») ; nom entre guillemets « Mohamed R. » (facultatif) ; « tenue de camouflage » (facultatif) ; date de naissance « le 8 mai 1977 »", [
    ("tentative d’assassinat~", PARQUET + [None]),
    ("Mohamed R.", [None], OPT),
    ("Il n’est pas confirmé~", SRC),
    ("n’avaient aucun sens", SRC),
    ("Différentes armes~", PARQUET),
    ("des armes blanches~", PARQUET),
    ("tenue de camouflage", PARQUET + [None], OPT),
    ("connu pour aucun fait terroriste", SRCPOL),
    ("infractions de droit commun", SRCPOL),
], ["Mohamed R."],
   ["parquet fédéral de Belgique"], [
    ("le 8 mai 1977", "1977-05-08", 3)])

GOUD = ["Olivier Goudet", "collectif", "le collectif"]
A["blind5-fr-14"] = ("2017/04/2017_04_06-002.txt", "article réel de Wikinews (6 avril 2017) ; « le collectif, qui exige « … », comme l'a lancé un de ses porte-paroles, X » (porte-parole ou collectif) ; « selon la préfecture même » ; « le gouvernement, qui ne veut pas « … » » ; « Elle souhaitait … « … » engrangé « ensemble » » (un mot, facultatif) ; « pour M. Goudet, « … » » (nom court) ; « Le Medef de Guyane a, lui, décidé de « … », …, selon son porte-parole X » ; « Le 28 mars » = 2017", [
    ("2,5 milliards d’euros tout de suite", GOUD),
    ("la plus grosse manifestation de son histoire", ["préfecture", "la préfecture"]),
    ("céder à la facilité~", ["gouvernement", "le gouvernement", "gouvernement français"]),
    ("graver dans le marbre le travail", "Ericka Bareigts"),
    ("ensemble", "Ericka Bareigts", OPT),
    ("la ministre fait comme si~", "Olivier Goudet"),
    ("rester solidaire", ["Medef de Guyane", "Medef", "Stéphane Lambert"]),
], ["Olivier Goudet", "Ericka Bareigts", "Stéphane Lambert"],
   ["Medef de Guyane", "Conseil des ministres"], [
    ("Le 28 mars", "2017-03-28", 2)])

RTE = ["RTE", "Réseau de Transport d'Électricité"]
A["blind5-fr-15"] = ("2018/03/2018_03_08-003.txt", "article réel de Wikinews (8 mars 2018) ; « un porte-parole de l'entreprise RTE … a expliqué … que « … » » (porte-parole non nommé : RTE ou null) ; « Selon X, porte-parole de l'Entsoe, « … » » ; « l'association européenne précise que … « … » » (une association) ; « « … », analyse un expert » (non nommé) ; « « … » a confié X … « … », précise RTE » (deux locuteurs de suite) ; « la mi-janvier 2018 » = janvier 2018", [
    ("cela fait plusieurs semaines~", RTE + [None]),
    ("il a manqué 113 GWh~", "Susanne Nies"),
    ("réduit sa production~", ["Entsoe", "l'Entsoe"]),
    ("refuse de produire plus~", [None, "expert", "un expert"]),
    ("La bonne nouvelle~", "Susanne Nies"),
    ("Cette baisse de fréquence n'a toutefois~", RTE),
], ["Susanne Nies"],
   ["Entsoe", "RTE", "Sciences et Avenir", "Le Parisien"], [
    ("mi-janvier 2018", "2018-01", 1), ("en 2008", "2008", 4)])

NISSAN = ["Nissan", "groupe automobile Nissan"]
A["blind5-fr-16"] = ("2018/11/2018_11_19-002.txt", "article réel de Wikinews (19 novembre 2018) ; une entreprise comme locuteur dans trois constructions (« le groupe automobile Nissan a expliqué que X a « … » », « « … », a ajouté le groupe », « « … », poursuit le groupe dans un communiqué ») ; « janvier 2005 »", [
    ("pendant de nombreuses années~", NISSAN),
    ("En outre, de nombreuses~", NISSAN),
    ("Nissan a fourni des informations~", NISSAN),
], ["Carlos Ghosn"],
   ["Renault", "Nissan", "Asahi Shimbun", "NHK", "Le Monde"], [
    ("janvier 2005", "2005-01", 4)])

# ---------------------------------------------------------------- English (vanatteveldt/wikinews, 2019)

EN_NOTE = "real English Wikinews article ({}); the source keeps the paragraph breaks; "
A["blind5-en-01"] = (26, EN_NOTE.format("7 February 2019") + "\"X remarked, \"…,\" further remarking, \"…\"\" (second quotation holding a single-quoted one); \"X said, \"…\"\"; \"According to X, \"…\"\" then \"Dittmar went on to add, \"…\"\" (short name); \"X also commented on …: \"…\"\"; \"in 2012\"", [
    ("It's been a long, hard fight.~", "Patricia Ann Spearman"),
    ("Women in Nevada have said~", "Patricia Ann Spearman"),
    ("It's really exciting~", "Selena Torres"),
    ("Women hold fewer than 30 percent~", "Kelly Dittmar"),
    ("If we want to see parity~", "Kelly Dittmar"),
    ("Before I ran for office~", "Jill Tolles"),
], ["Patricia Ann Spearman", "Selena Torres", "Kelly Dittmar", "Jill Tolles"],
   ["Rutgers University", "Democratic party", "Republican Party"], [
    ("in 2012", "2012", 2)])

KH = "Pradeep Khosla"
ML = "Margaret Leinen"
A["blind5-en-02"] = (28, EN_NOTE.format("11 February 2019") + "\"\"…,\" said [institution]'s chancellor, X\" (name after a long role); \"X talked of Munk's \"…\" and \"…\"\"; \"X said \"…\"\" then \"She described him as \"…\" who was \"…\" and \"…\"\" (pronoun, three fragments); \"His wife Mary said \"…\"\" (first name only); \"in 1939\"", [
    ("Walter was the most brilliant~", KH),
    ("countless discoveries~", KH),
    ("his global leadership~", KH),
    ("Munk has been a world treasure~", ML),
    ("a guiding force~", ML),
    ("one of the most distinguished~", ML),
    ("always interested in sparking~", ML),
    ("We thought he would live forever.~", "Mary"),
], ["Walter Munk", "Pradeep Khosla", "Margaret Leinen", "Mary"],
   ["University of California, San Diego", "Scripps Institution of Oceanography", "US Army", "University of California, Los Angeles"], [
    ("in 1939", "1939", 2)])

VICT = [None, "victim", "one of the victims"]
A["blind5-en-03"] = (38, EN_NOTE.format("2 March 2019") + "\"Judge X QC said they \"…\"\", \"Prosecutor X QC said the victims were \"…\" and had been used \"…\"\" (partial quotations); unnamed victims (\"She said she did this to show victims \"…\"\", \"One of the victims said the men thought they were \"…\"\"); a council as speaker (\"Bradford Council stated, \"…\"\"); no date", [
    ("appear not to have shown~", ["Durham Hall", "Durham Hall QC"]),
    ("ripe and vulnerable to manipulation", ["Kama Melly", "Kama Melly QC"]),
    ("to satisfy [the accused's] sexual desires", ["Kama Melly", "Kama Melly QC"]),
    ("there is nothing to be ashamed of", VICT),
    ("nothing but a toy to play with", VICT),
    ("The Safeguarding Board~", ["Bradford Council"]),
], ["Durham Hall", "Kama Melly"],
   ["Bradford Council", "Safeguarding Board"], [])

ERD = ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan", "Erdoğan"]
A["blind5-en-04"] = (45, EN_NOTE.format("31 March 2019") + "\"X said, \"…\"\" with the full name (Erdoğan) only in paragraph 1 and \"Erdogan\" after; \"President Erdogan said — as reported by Hurriyet Daily News — \"…\"\" (outlet between verb and quotation); \"X emphasized …, saying \"…\", as quoted by Greek Reporter\"; a commission as speaker (\"They released a statement which said, \"…\"\"); \"On the live television he said, \"…\"\"; the name is spelt Erdoğan and Erdogan (both accepted); no date (weekdays only)", [
    ("After elections, we will change~", ERD),
    ("Ayasofya [Haghia Sophia]~", ERD),
    ("It [Haghia Sophia] is not only~", "George Katrougalos"),
    ("Hagia Sophia bears profound~", ["United States Commission on International Religious Freedom", "USCIRF"]),
    ("Those who remain silent~", ERD),
    ("Constantinople will never exist again~", ERD),
], ["Recep Tayyip Erdoğan", "George Katrougalos", "Donald Trump"],
   ["UNESCO", "United States Commission on International Religious Freedom", "Hurriyet Daily News", "Greek Reporter", "Sputnik News", "United Nations", "World Heritage Committee"], [])

BS = "Bernard Schwartz"
A["blind5-en-05"] = (49, EN_NOTE.format("20 April 2019") + "\"The judge presiding over the case, X, said, \"…\"\" then \"Schwartz went on to say … they had \"…\" … and \"…\"\" (partial quotations); \"The father said \"…\"\", \"The mother said \"…\"\" (people named as \"David and Louise Turpin\" in paragraph 1); unnamed children (\"One of the children said, \"…\"\", \"One of them even went as far to say, \"…\"\"); \"in January of last year\" = January 2018", [
    ("You have severed~", BS),
    ("accepted responsibility~", BS),
    ("spared your children~", BS),
    ("I love my children~", "David Turpin"),
    ("I really look forward~", "Louise Turpin"),
    ("Sometimes I still have nightmares~", [None, "one of the children"]),
    ("Although it may not have been~", [None, "one of the children"]),
], ["Bernard Schwartz", "David Turpin", "Louise Turpin"],
   ["Riverside County criminal court"], [
    ("January of last year", "2018-01", 9)])

PF = ["Pope Francis", "Francis"]
A["blind5-en-06"] = (55, EN_NOTE.format("12 May 2019") + "\"Pope Francis said the victims … had a right to \"…\"\" (partial); a decree as text (\"The decree signed by the Pope read \"…\"\": the pope or null); \"Cardinal X of the Holy See said, \"…\"\" then \"Vatican archbishop Y said, \"…\"\" (two speakers in one paragraph); \"X of … said, \"…\"\" then \"Iseley also said, \"…\"\"; \"In February\" = February 2019", [
    ("concrete and efficient measures", PF),
    ("The crimes of sexual abuse~", PF + [None]),
    ("We have said for years~", "Marc Ouellet"),
    ("People must know~", "Charles Scicluna"),
    ("The church should establish~", "Peter Iseley"),
    ("Bishops reporting to themselves~", "Peter Iseley"),
], ["Pope Francis", "George Pell", "Theodore McCarrick", "Marc Ouellet", "Charles Scicluna", "Peter Iseley"],
   ["Holy See", "Vatican", "The Associated Press", "Ending Clergy Abuse", "Jehovah's Witnesses", "Watch Tower Society", "The Atlantic"], [
    ("In February", "2019-02", 2)])

BJ = "Boris Johnson"
A["blind5-en-07"] = (89, EN_NOTE.format("29 August 2019") + "\"\"…\", Johnson said in an interview. \"…\"\" (short name, second quotation with no verb); \"X called the move a \"…\"\"; \"X commented on the matter — which the BBC noted … — \"…\"\" (an outlet named between speaker and quotation); \"Prime Minister Johnson told the public via Twitter, \"…\"\"; \"X added, \"…\"\", \"X commented, \"…\"\"; dates inside quotations (\"Oct. 31\", \"October 31st\") annotated", [
    ("We're not going to wait~", BJ),
    ("This is a new government~", BJ),
    ("smash and grab on our democracy", "Jeremy Corbyn"),
    ("However it is dressed up~", "John Bercow"),
    ("Jeremy Corbyn wants to cancel~", BJ),
    ("Boris Johnson is trying~", "Yvette Cooper"),
    ("It would be a constitutional outrage~", "Philip Hammond"),
], ["Queen Elizabeth II", "Boris Johnson", "Jeremy Corbyn", "John Bercow", "Yvette Cooper", "Philip Hammond"],
   ["Parliament", "European Union", "European Court of Justice", "Labour Party", "BBC", "Twitter", "House of Commons Library"], [
    ("September", "2019-09", 1), ("October", "2019-10", 1), ("October 31", "2019-10-31", 1),
    ("early September", "2019-09", 2), ("until October 14", "2019-10-14", 2), ("on October 14", "2019-10-14", 2),
    ("Oct. 31", "2019-10-31", 4), ("October 31st", "2019-10-31", 7)])

CL = "Carrie Lam"
A["blind5-en-08"] = (96, EN_NOTE.format("6 September 2019") + "\"\"…,\" Lam said in a televised announcement\" (full name in paragraph 1); \"\"…,\" Lam continued in the statement. \"…\"\"; \"\"…,\" wrote student protester X on Twitter. \"…\"\"; \"\"…,\" said a protester using the pseudonym Katya. \"…\"\"; \"\"…,\" [long role] X said in a statement\"; \"early this June\", \"in June\" = June 2019", [
    ("The government will fully withdraw~", CL),
    ("Our citizens, police and reporters~", CL),
    ("There have been chaotic scenes~", CL),
    ("Whenever there are signs~", "Joshua Wong"),
    ("They always come with~", "Joshua Wong"),
    ("She's just doing this~", "Katya"),
    ("The situation has escalated~", "Katya"),
    ("This announcement cannot change~", "Man-kei Tam"),
], ["Carrie Lam", "Joshua Wong", "Katya", "Man-kei Tam"],
   ["Amnesty International", "The Guardian", "Twitter"], [
    ("June", "2019-06", 1), ("in June", "2019-06", 8)])


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
        lic = "CC BY 2.5" if lang == "fr" else "CC BY 2.5 (English Wikinews from 25 Sept 2005)"
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
            "date_inferred": False,
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
