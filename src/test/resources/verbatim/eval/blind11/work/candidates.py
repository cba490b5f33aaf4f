#!/usr/bin/env python3
"""Lists candidate articles for blind11: WiNER-fr files of 2016 and 2017 only (2018 is reserved for another use and is not
read) not named in the READMEs of blind4 … blind10 (used, read and left out, or not read), and rows of
vanatteveldt/wikinews data/wikinews_2020.csv only (wikinews_2019.csv is reserved for another use and is not read) not named
by blind5 … blind10. A candidate has N or more quoted spans of 25 characters or more, or three or more of MIN characters or
more. Each line gives the number of long spans (25+), of spans of MIN+ characters and of all spans.
Usage: candidates.py WINER_DIR VW_DATA_DIR EVAL_DIR [N [MIN]]"""
import csv, os, re, sys

SPAN = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")
# 2020 rows named in the READMEs of blind5 … blind9 (blind10's EN_EXCLUDED[2020]) ...
EN_EXCLUDED = {6, 8, 18, 27, 35, 39, 61, 109, 72, 88, 15, 45, 47, 51, 70, 73, 97, 99, 112, 117, 119, 121, 67, 92,
               105, 108, 83, 85, 87, 11, 91, 102, 5, 1, 2, 34, 89, 114, 123, 38, 49, 52}
# ... and the 2020 rows named in blind10's README: used, left out, read and not needed
EN_EXCLUDED |= {58, 63, 81, 96, 118, 28, 16, 53}
YEARS = ("2016", "2017")


def spans(text):
    return [next(g for g in m.groups() if g is not None) for m in SPAN.finditer(text)]


def main():
    winer, vw, ev = sys.argv[1], sys.argv[2], sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    mn = int(sys.argv[5]) if len(sys.argv) > 5 else 12
    named = set()
    for s in ("blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10"):
        named |= set(re.findall(r"\d{4}_\d\d_\d\d-\d{3}", open(os.path.join(ev, s, "README.md"), encoding="utf-8").read()))
    print(len(named), "WiNER files excluded (all years),", sum(1 for x in named if x[:4] in YEARS), "of 2016-2017")
    fr = []
    for y in YEARS:
        for root, _, files in os.walk(os.path.join(winer, y)):
            for f in files:
                if re.match(r"\d{4}_\d\d_\d\d-\d{3}\.txt$", f) and f[:4] in YEARS and f[:-4] not in named:
                    text = open(os.path.join(root, f), encoding="utf-8").read()
                    sp = spans(text)
                    k = sum(1 for x in sp if len(x) >= 25)
                    m = sum(1 for x in sp if len(x) >= mn)
                    if k >= n or m >= 3:
                        fr.append((f[:-4], k, m, len(sp), len(text), text.split("\n")[0]))
    for name, k, m, a, size, title in sorted(fr):
        print("fr", name, k, m, a, size, title[:90])
    print(len(fr), "French candidates")
    ne = 0
    rows = list(csv.DictReader(open(os.path.join(vw, "wikinews_2020.csv"), encoding="utf-8")))
    for i, r in enumerate(rows):
        if i in EN_EXCLUDED:
            continue
        sp = spans(r["text"])
        k = sum(1 for x in sp if len(x) >= 25)
        m = sum(1 for x in sp if len(x) >= mn)
        if k >= n or m >= 3:
            ne += 1
            print("en", 2020, i, k, m, len(sp), len(r["text"]), r["date"], r["title"][:90])
    print(len(rows), "rows in 2020,", len(EN_EXCLUDED), "excluded,", ne, "English candidates")


main()
