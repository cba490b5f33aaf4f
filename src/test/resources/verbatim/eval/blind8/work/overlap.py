#!/usr/bin/env python3
"""No-overlap check of blind8: the first 40 characters of every paragraph of each blind8 article, and its title (with
spaces and with underscores), are searched for in every .txt and .json of the folders given (shared/corpus/dev and the
eval folders real, challenge, blind, blind3, blind4, blind5, blind6, blind7). Also greps a list of distinctive names of the new
articles. Usage: overlap.py BLIND8_DIR FOLDER..."""
import os, re, sys

NAMES = ["Averty", "Gilles Jacob", "Siclier", "Bourvil", "Thourda", "Deir ez-Zor", "Orient-Le Jour", "Le Temps", "Nadal",
         "Bagnis", "Sanaullah", "Lahore", "Tsaï", "Eric Chu", "Cabestan", "Wauquiez", "Auvergne-Rhône-Alpes", "AURA",
         "al-Joubouri", "Iskandariya", "Hilla", "al-Nimr", "al-Abadi", "Mandon", "sélection en master", "Rockefeller",
         "Seitel", "Kovrijnaïa", "Ghaith", "Flydubai", "Rostov", "Mohammed VI", "Ould Salek", "RASD", "Hulot",
         "Édouard Philippe", "Volker", "Yermak", "Eliot Engel", "Cummings", "Honig", "Ken Gude", "Amodei", "Usman Khan",
         "Łukasz", "Piers Morgan", "Thomas Gray", "Sadiq Khan", "Lucy Fischer", "David Wilson", "Fishmongers",
         "Livermore", "Ash Soni", "ESBL", "Stagecoach", "Wellhouse", "Muyembe", "Fauci", "Mike Ryan", "REGN-EB3",
         "Ginger Baker", "Winwood", "Jagger", "Acker Bilk", "Clapton", "Sheldon Yett", "Keni Lesa", "Tuilaepa", "Samoa",
         "Mugabe", "Mnangagwa", "Tsvangirai", "Bumhira", "Carrie Lam", "Tanya Chan", "Regina Ip", "Andrew Leung",
         "Karen Alley", "Scambos", "Stoltenberg", "Tell Tamer", "Ain Issa", "Peace Spring", "Honcharuk"]


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip() and not l.startswith("# url:")]
    if lines and re.match(r"^date \d{4}-\d{2}(-\d{2})?\s", lines[0]):
        lines[0] = re.sub(r"^date \S+\s+", "", lines[0])
    title = None
    if lines and re.match(r"^Source ?:", lines[-1]):
        m = re.search(r"« (.+) », |\"(.+)\", ", lines.pop())
        title = next(g for g in m.groups() if g) if m else None
    return lines, title


def main():
    mine, others = sys.argv[1], sys.argv[2:]
    corpus = []
    for d in others:
        for n in sorted(os.listdir(d)):
            if n.endswith((".txt", ".json")):
                corpus.append((os.path.join(d, n), open(os.path.join(d, n), encoding="utf-8").read()))
    print(len(corpus), "files searched in", len(others), "folders")
    hits = 0
    for n in sorted(os.listdir(mine)):
        if not n.endswith(".txt"):
            continue
        paras, title = paragraphs(open(os.path.join(mine, n), encoding="utf-8").read())
        keys = [p[:40] for p in paras] + ([title, title.replace(" ", "_")] if title else [])
        for k in keys:
            for path, text in corpus:
                if k and k in text:
                    hits += 1
                    print("HIT", n, repr(k), path)
    print(hits, "hits (paragraph starts and titles)")
    # also: any run of 10 words of a new article found in another file (catches a rewritten lead or a shared sentence)
    shingles = {}
    for path, text in corpus:
        w = re.findall(r"\w+", text.lower())
        for i in range(len(w) - 9):
            shingles.setdefault(" ".join(w[i:i + 10]), path)
    shared = 0
    for n in sorted(os.listdir(mine)):
        if n.endswith(".txt"):
            w = re.findall(r"\w+", "\n".join(paragraphs(open(os.path.join(mine, n), encoding="utf-8").read())[0]).lower())
            for i in range(len(w) - 9):
                k = " ".join(w[i:i + 10])
                if k in shingles:
                    shared += 1
                    print("SHARED", n, repr(k), shingles[k])
    print(shared, "shared runs of 10 words")
    for name in NAMES:
        found = [path for path, text in corpus if name.lower() in text.lower()]
        if found:
            print("name", repr(name), "in", ", ".join(os.path.relpath(f, os.path.dirname(mine)) for f in found))


main()
