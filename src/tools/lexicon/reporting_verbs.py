#!/usr/bin/env python3
"""Writes reporting-verbs.fr.txt and reporting-verbs.en.txt: every inflected form of the verbs that report speech.

Usage: reporting_verbs.py OUT_DIR
The verb lists below are facts compiled by the Verbatim team (MIT, like the project). Forms are generated
for regular verbs; irregular verbs list their forms. For a verb marked '!', the forms that are also nouns
("demande", "note", "comments") get a third column "noun": the analyser trusts them only right after a
quotation ("« … », demande le journaliste").
"""
import os, sys

FR_ER = """ajouter affirmer assurer expliquer confier préciser souligner indiquer insister raconter commenter
amuser déclarer annoncer dénoncer réaffirmer estimer juger marteler noter! observer regretter avouer confirmer
témoigner plaisanter exclamer souffler glisser interroger demander! répliquer rétorquer résumer
tweeter déplorer critiquer! accuser alerter proclamer réclamer exiger inquiéter féliciter ironiser lâcher
détailler développer nuancer constater relever signaler mentionner rapporter qualifier confesser
avancer argumenter trancher protester reprocher certifier jurer raisonner s'exprimer exprimer
murmurer crier! hurler enchaîner embrayer continuer analyser illustrer pointer! regretter saluer
gronder tacler fustiger tonner agacer emporter insurger indigner désoler justifier plaider abonder soupirer
étonner asséner questionner
conseiller informer
grogner bougonner maugréer râler pester ronchonner rugir chuchoter susurrer objecter rectifier clamer
scander tempérer relativiser tempêter fulminer vitupérer railler moquer taquiner positiver pronostiquer
enthousiasmer alarmer esclaffer époumoner haranguer interpeller apostropher écrier sangloter bredouiller
balbutier bafouiller prophétiser revendiquer expliciter implorer supplier blaguer persifler fanfaronner
exulter jubiler enflammer évoquer parler""".split()
FR_IR = "avertir réagir réfléchir réjouir renchérir".split()
FR_IRREGULAR = {
    "dire": "dire dit disent disait disaient dira diront dirait diraient disant dite dits dites",
    "écrire": "écrire écrit écrivent écrivait écrivaient écrivit écrira écrirait écrivant écrite",
    "décrire": "décrire décrit décrivent décrivait décrivaient décrira décrivant",
    "reconnaître": "reconnaître reconnaît reconnait reconnaissent reconnaissait reconnaissaient reconnut reconnu reconnue reconnaissant reconnaîtra",
    "admettre": "admettre admet admettent admettait admettaient admit admis admise admettant admettra",
    "promettre": "promettre promet promettent promettait promit promis promise promettant promettra",
    "poursuivre": "poursuivre poursuit poursuivent poursuivait poursuivaient poursuivit poursuivi poursuivie poursuivant poursuivra",
    "prévenir": "prévenir prévient préviennent prévenait prévenaient prévint prévenu prévenue prévenant préviendra",
    "soutenir": "soutenir soutient soutiennent soutenait soutenaient soutint soutenu soutenue soutenant soutiendra",
    "maintenir": "maintenir maintient maintiennent maintenait maintint maintenu maintenant_no",
    "répondre": "répondre répond répondent répondait répondaient répondit répondu répondant répondra",
    "conclure": "conclure conclut concluent concluait conclu conclue concluant conclura",
    "démentir": "démentir dément démentent démentait démentit démenti démentant",
    "se souvenir": "souvient souviennent souvenait souvenaient souvint souvenu souvenue",
    "convenir": "convient conviennent convenait convint convenu",
    "sourire": "sourit sourient souriait souri souriant",
    "rire": "rit riait",
    "se plaindre": "plaindre plaint plaignent plaignait plaignaient plaignit plaignant",
    "rappeler": "rappeler rappelle rappellent rappelait rappelaient rappela rappelé rappelée rappelant rappellera",
    "appeler": "appeler appelle appellent appelait appelaient appela appelé appelée appelant appellera",
    "répéter": "répéter répète répètent répétait répéta répété répétant",
    "considérer": "considérer considère considèrent considérait considéra considéré considérant",
    "suggérer": "suggérer suggère suggèrent suggérait suggéra suggéré suggérant",
    "révéler": "révéler révèle révèlent révélait révéla révélé révélant",
    "espérer": "espérer espère espèrent espérait espéra espéré espérant",
    "défendre": "défendre défend défendent défendait défendaient défendit défendu défendue défendant",
    "lancer": "lancer lance lancent lançait lançaient lança lancé lancée lançant lancera",
    "nier": "nier nie nient niait niaient nia nié niée niant niera",
    # only the forms of the active voice: « a condamné « … » », not « d'être condamnés » after a quotation
    "condamner": "condamne condamnent condamnait condamnaient condamna condamné condamnant condamnera",
}
EN_REGULAR = """add greet state explain note! claim! argue insist warn announce declare confirm acknowledge respond continue
conclude ask suggest recall remark observe comment! predict concede emphasise emphasize stress! call! describe contend
allege maintain complain joke recount reveal report! tweet post! urge caution! tell_no say_no write_no admit_no deny_no
reply_no cry_no vow pledge boast concede assert testify quip muse exclaim shout! whisper! plead argue reiterate point!
agree! recall hail accuse answer! laugh! sigh! explain
promise! grumble mutter yell scream mumble murmur retort counter! scoff stammer roar bark! chide lament! groan! moan!
gush enthuse wonder reflect scold sneer! grunt! hiss! gasp! growl! snarl! blurt interject protest! rebut chuckle giggle
remind assure affirm attest reason! apologise apologize estimate! demand! question! concur characterise characterize
summarise summarize confide hope! fear! rule! express share!""" .split()
# Verbs whose object is the quotation or the person praised ("praised the film's “restraint”", "thanked Ann
# Lee"): they introduce a quotation, but a name after them is their object, never an inverted subject.
EN_OBJECT = """praise criticise criticize condemn denounce applaud welcome brand thank mourn dismiss reject blame""".split()
EN_IRREGULAR = {
    "say": "said says saying",
    "tell": "told tells telling",
    "write": "wrote writes written writing",
    "admit": "admitted admits admitting",
    "deny": "denied denies denying",
    "reply": "replied replies replying",
    "cry": "cried",
    "speak": "spoke spoken speaking",
    "declare": "declared declares declaring",
    "snap": "snapped snaps snapping",
    "sob": "sobbed sobbing",
    "quip": "quipped quips quipping",
    "clarify": "clarified clarifies clarifying",
    "testify": "testified testifies testifying",
    "slam": "slammed slamming object",
    "dub": "dubbed dubbing object",
    "label": "labelled labeled labelling labeling object",
    "decry": "decried decries decrying object",
    "refer": "referred refers referring object",
    }

# English phrasal verbs that report speech: the verb's forms, then its particle. The analyser reads the two words as
# one ("“…,” Ann Lee chimed in"), so that the particle is never taken for a preposition before a name.
EN_PHRASAL = {
    "chime in": "chimed chimes chiming", "cut in": "cut cuts cutting", "break in": "broke breaks breaking",
    "butt in": "butted butts butting", "weigh in": "weighed weighs weighing", "chip in": "chipped chips chipping",
    "jump in": "jumped jumps jumping", "pipe up": "piped pipes piping", "speak up": "spoke speaks speaking",
    "shoot back": "shot shoots shooting", "fire back": "fired fires firing", "hit back": "hit hits hitting",
    "write back": "wrote writes writing", "go on": "went goes going", "carry on": "carried carries carrying",
    "press on": "pressed presses pressing", "point out": "pointed points pointing",
    "call out": "called calls calling", "cry out": "cried cries crying", "shout out": "shouted shouts shouting",
    "blurt out": "blurted blurts blurting", "lash out": "lashed lashes lashing", "sum up": "summed sums summing",
    "open up": "opened opens opening",
}

# French locutions of a verb and its complement that report speech, read as one word as EN_PHRASAL is:
# « « … », a mis en garde Paul X ».
FR_PHRASAL = {
    "mettre en garde": "mettre met mettent mettait mettaient mit mis mise mettant mettra",
    # « « … », a-t-il fait remarquer », « a fait valoir X », « fait savoir la mairie »
    "faire remarquer": "faire fait font faisait faisaient fit faisant fera",
    "faire valoir": "faire fait font faisait faisaient fit faisant fera",
    "faire savoir": "faire fait font faisait faisaient fit faisant fera",
}

def fr_er(lemma, nouns_too):
    stem = lemma[:-2]
    hard = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    present = [stem + "e", stem + "ent"]
    forms = [lemma, hard + "ait", hard + "aient", hard + "a", stem + "èrent", lemma + "a", lemma + "ont",
             lemma + "ait", lemma + "aient", stem + "é", stem + "ée", stem + "és", stem + "ées", hard + "ant"]
    return forms, present if nouns_too else [], [] if nouns_too else present

def fr_ir(lemma):
    stem = lemma[:-2]
    return [lemma, stem + "it", stem + "issent", stem + "issait", stem + "issaient", stem + "i", stem + "ie",
            stem + "ira", stem + "issant"]

def en_regular(lemma, nouns_too):
    ed = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"
    s = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    return [ed, ing], [s] if nouns_too else [], [] if nouns_too else [s]

def main(out):
    fr, en = {}, {}
    for w in FR_ER:
        if w.endswith("_no"):
            continue
        bang = w.endswith("!")
        lemma = w.rstrip("!").removeprefix("s'")
        forms, nouns, present = fr_er(lemma, bang)
        for f in forms + present:
            fr.setdefault(f, lemma)
        for f in nouns:
            fr.setdefault(f, lemma + "\tnoun")
    for lemma in FR_IR:
        for f in fr_ir(lemma):
            fr.setdefault(f, lemma)
    for lemma, forms in FR_IRREGULAR.items():
        for f in forms.split():
            if not f.endswith("_no"):
                fr[f] = lemma
    for w in EN_REGULAR:
        if w.endswith("_no"):
            continue
        bang = w.endswith("!")
        lemma = w.rstrip("!")
        forms, nouns, present = en_regular(lemma, bang)
        for f in forms + present:
            en.setdefault(f, lemma)
        for f in nouns:
            en.setdefault(f, lemma + "\tnoun")
    for lemma in EN_OBJECT:
        forms, nouns, present = en_regular(lemma, False)
        for f in forms + present:
            en.setdefault(f, lemma + "\tobject")
    for lemma, forms in EN_IRREGULAR.items():
        tail = "\tobject" if forms.endswith(" object") else ""
        for f in forms.removesuffix(" object").split():
            en[f] = lemma + tail
    for table, phrasal in ((en, EN_PHRASAL), (fr, FR_PHRASAL)):
        for lemma, forms in phrasal.items():
            particle = lemma.split(" ", 1)[1]
            for f in forms.split():
                table[f + " " + particle] = lemma
    head = ("# {lang} reporting verbs: every inflected form that can introduce or follow a quotation, one a line:"
            " FORM<TAB>LEMMA\n# (a third column \"noun\" marks a form that is also a noun; \"object\" a verb whose object is what or whom\n# it reports on, so that a name after it is never its subject;\n# a FORM of several words is a phrasal verb or a locution, read as one word: \"chimed in\", « mis en garde »).\n# Source: compiled by the Verbatim team. Licence: MIT (same as the project).\n"
            "# Generated by src/tools/lexicon/reporting_verbs.py; edit the lists there.\n")
    for lang, table in (("fr", fr), ("en", en)):
        with open(os.path.join(out, f"reporting-verbs.{lang}.txt"), "w", encoding="utf-8") as fh:
            fh.write(head.format(lang="French" if lang == "fr" else "English"))
            for form in sorted(table):
                fh.write(f"{form}\t{table[form]}\n")

if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr); sys.exit(2)
    main(sys.argv[1])
