#!/usr/bin/env python3
"""No-overlap check of blind7: the first 40 characters of every paragraph of each blind7 article, and its title (with
spaces and with underscores), are searched for in every .txt and .json of the folders given (shared/corpus/dev and the
eval folders real, challenge, blind, blind3, blind4, blind5, blind6). Also greps a list of distinctive names of the new
articles. Usage: overlap.py BLIND7_DIR FOLDER..."""
import os, re, sys

NAMES = ["Business France", "Havas", "Christian Jacob", "Pisani", "Minniti", "Rialto", "Saccorhytus", "Vannier",
         "Bertrand Lefebvre", "Akhoundi", "Spunik", "Pablo Victor Dana", "Thébault", "Rebellion", "Sindimwo", "AMISOM",
         "Ikiriho", "Tompkins", "Bachelet", "Dupont-Aignan", "Poutou", "Arthaud", "Anticor", "Bongo", "Jean Ping",
         "Engandji", "Moubelet", "Turkey Blocks", "BTK", "Yildirim", "Spicer", "Peña Nieto", "Keystone", "Thibault",
         "Joulaud", "Marianne Dubois", "Gaudillère", "Pozzo di Borgo", "Jean-François Martins", "Bérégovoy", "Angot",
         "Chevrette", "Jugand", "Félix Tremblay", "Lessard", "RITQ", "Durbin", "Schiff", "Schumer", "Doris Day",
         "Amundson", "Mary Quant", "Muchanga", "Issoufou", "AfCFTA", "Oramah", "Boseman", "Coogler", "Wayne A. I. Frederick",
         "Cengiz", "Khashoggi", "Callamard", "Josh Bash", "Ebrard", "Crusius", "Dee Margo", "Aramco", "Sarea", "Saree",
         "Alghasi", "Brian Hook", "Soleimani"]


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
    for name in NAMES:
        found = [path for path, text in corpus if name.lower() in text.lower()]
        if found:
            print("name", repr(name), "in", ", ".join(os.path.relpath(f, os.path.dirname(mine)) for f in found))


main()
