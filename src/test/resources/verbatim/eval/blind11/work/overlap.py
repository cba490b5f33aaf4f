#!/usr/bin/env python3
"""No-overlap check of blind11 (adapted from blind10's): the first 40 characters of every paragraph of each blind11 article,
and its title (with spaces and with underscores), are searched for in every .txt, .json and .md under the folders given
(searched recursively: shared/corpus/dev, the project's content/ and the eval folders real, challenge, blind, blind3 …
blind10); every run of 10 words of the new articles is looked for in those files; every quotation of the blind11 gold
files is looked for (normalised as the scorer does: lower case, only letters and digits) in every .txt and .md of those
folders; a list of distinctive names of the new articles is grepped.
Usage: overlap.py BLIND11_DIR FOLDER..."""
import json, os, re, sys

NAMES = ["Pyongyang", "Kilju", "Wonsan", "Cahuzac", "Houlette", "Jean Veil", "Reyl", "Hazebrouck", "Ostricourt",
         "Wolverhampton", "Maradona", "Pelé", "Trezeguet", "Hublot", "Lavezzi", "Netanyahou", "Likoud", "Juppé",
         "plan B", "Hope Solo", "Suédoises", "Owusu", "Pibor", "Ocha", "Jakubyszyn", "Fottorino", "Bugier", "Mwambutsa",
         "Meyrin", "Bozdag", "Viranşehir", "Güngör", "Manchester Arena", "Salman Abedi", "Ian Hopkins", "Guenica",
         "John Geiger", "Costa Sur", "Horton Conway", "Sam Wang", "Spergel", "Paluh", "Blackburn", "Fairfield", "Vesey",
         "PG&E", "Calicut", "Kozhikode", "Hardeep", "De León", "Stapleton", "BIPA", "Pelosi", "McConnell",
         "Imperial College", "1,723", "Hana Kimura", "Stardom", "Meltzer", "Melania", "Sean Conley", "Walter Reed",
         "Tippu Express", "Shiva Parvathi", "Aparna Garg", "Luk Jok", "Makuei", "Nyandeng"]


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
        for root, dirs, files in os.walk(d):
            dirs.sort()
            for n in sorted(files):
                if n.endswith((".txt", ".json", ".md")):
                    corpus.append((os.path.join(root, n), open(os.path.join(root, n), encoding="utf-8").read()))
    print(len(corpus), "files searched in", len(others), "folders:", sum(1 for p, _ in corpus if p.endswith(".txt")), ".txt,",
          sum(1 for p, _ in corpus if p.endswith(".json")), ".json,", sum(1 for p, _ in corpus if p.endswith(".md")), ".md")
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
    def norm(t):
        return re.sub(r"[^\w]|_", "", t.lower())
    ncorpus = [(path, norm(text)) for path, text in corpus if path.endswith((".txt", ".md"))]
    nq = found_q = 0
    for n in sorted(os.listdir(mine)):
        if n.endswith(".json"):
            for q in json.load(open(os.path.join(mine, n), encoding="utf-8"))["quotes"]:
                k = norm(q["text"])
                nq += 1
                if len(k) < 12:
                    continue
                for path, text in ncorpus:
                    if k in text:
                        found_q += 1
                        print("QUOTE", n, repr(q["text"]), path)
    print(nq, "quotations checked,", found_q, "found elsewhere (12 normalised characters or more)")
    for name in NAMES:
        found = [path for path, text in corpus if name.lower() in text.lower()]
        if found:
            print("name", repr(name), "in", ", ".join(os.path.relpath(f, os.path.dirname(mine)) for f in found))


main()
