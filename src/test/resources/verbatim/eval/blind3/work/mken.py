#!/usr/bin/env python3
"""Makes blind3-en-NN.txt from WikinewsSum (github.com/airKlizz/WikinewsSum, cleaned_endataset.json at commit 1d98503).
Usage: mken.py cleaned_endataset.json OUT_DIR"""
import json, re, sys, os

# line in cleaned_endataset.json -> (date header, credit date)
PICK = [
    (21, "2004-11", "November 2004"),
    (26, "2004-11-18", "November 18, 2004"),   # {{date|November 18, 2004}} in endataset.json
    (32, "2004-11", "November 2004"),
    (49, "2004-12", "December 2004"),
    (60, "2004-12", "December 2004"),
    (76, "2004-12-25", "December 25, 2004"),   # bold date line of the article
    (88, "2004-12", "December 2004"),
    (89, "2004-12", "December 2004"),
]


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    out = sys.argv[2]
    for n, (ln, date, credit) in enumerate(PICK, 1):
        d = json.loads(lines[ln - 1])
        paras = []
        for p in d["text"].split("\n"):
            p = re.sub(r"'''?", "", p)          # wiki bold/italic marks
            p = re.sub(r"\bw:", "", p)             # interwiki prefix left in one link (line 21)
            p = re.sub(r"\s+", " ", p).strip()
            if p:
                paras.append(p)
        if ln == 76 and paras[0] == "December 25, 2004":
            paras = paras[1:]
        with open(os.path.join(out, f"blind3-en-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, \"{d['title']}\", {credit}, public domain\n")
        print(n, ln, date, len(paras), d["title"])


main()
