#!/usr/bin/env python3
"""Lists candidate articles for blind10: WiNER-fr files not named in the READMEs of blind4 … blind9 (used, read and left
out, or not read) that have N or more quoted spans of 25 characters or more or three or more of 12 characters or more, and
vanatteveldt/wikinews rows not named by blind5 … blind9 that have N or more quoted spans of 25 characters or more. Each line
gives the number of long spans (25+), of spans of 12+ characters and of all spans.
Usage: candidates.py WINER_DIR VW_DATA_DIR EVAL_DIR [N]"""
import csv, os, re, sys

SPAN = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")
# rows named in the READMEs of blind5, blind6 and blind7 (blind8's EN_EXCLUDED) ...
EN_EXCLUDED = {2019: {0, 2, 3, 11, 17, 22, 26, 28, 38, 42, 44, 45, 49, 50, 55, 61, 68, 89, 92, 96, 97, 103, 104, 119, 137,
                      6, 57, 69, 81, 106, 120, 43, 94, 130, 88, 109, 112, 113, 117, 7, 8},
               2020: {6, 8, 18, 27, 35, 39, 61, 109, 72, 88, 15, 45, 47, 51, 70, 73, 97, 99, 112, 117, 119, 121, 67, 92,
                      105, 108, 83, 85, 87}}
# ... and the rows named in blind8's README: used, left out, read and not needed
EN_EXCLUDED[2019] |= {83, 99, 122, 131, 140, 143, 144, 150, 163, 164, 133, 114, 121}
EN_EXCLUDED[2020] |= {11, 91, 102, 5, 1, 2}
# ... and the rows named in blind9's README: used, left out, read and not needed
EN_EXCLUDED[2019] |= {14, 19, 29, 59, 63, 105, 160, 170, 56, 80, 15, 16, 30, 31, 37, 39, 95, 101, 111, 129, 141}
EN_EXCLUDED[2020] |= {34, 89, 114, 123, 38, 49, 52}


def spans(text):
    return [next(g for g in m.groups() if g is not None) for m in SPAN.finditer(text)]


def long_spans(text):
    return [next(g for g in m.groups() if g is not None) for m in SPAN.finditer(text)
            if len(next(g for g in m.groups() if g is not None)) >= 25]


def main():
    winer, vw, ev = sys.argv[1], sys.argv[2], sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    named = set()
    for s in ("blind4", "blind5", "blind6", "blind7", "blind8", "blind9"):
        named |= set(re.findall(r"\d{4}_\d\d_\d\d-\d{3}", open(os.path.join(ev, s, "README.md"), encoding="utf-8").read()))
    print(len(named), "WiNER files excluded")
    fr = []
    for root, _, files in os.walk(winer):
        for f in files:
            if re.match(r"\d{4}_\d\d_\d\d-\d{3}\.txt$", f) and f[:-4] not in named:
                text = open(os.path.join(root, f), encoding="utf-8").read()
                k, sp = len(long_spans(text)), spans(text)
                m = sum(1 for x in sp if len(x) >= 12)
                if k >= n or m >= 3:
                    fr.append((f[:-4], k, m, len(sp), len(text), text.split("\n")[0]))
    for name, k, m, a, size, title in sorted(fr):
        print("fr", name, k, m, a, size, title[:90])
    print(len(fr), "French candidates")
    ne = 0
    for y in (2019, 2020):
        rows = list(csv.DictReader(open(os.path.join(vw, f"wikinews_{y}.csv"), encoding="utf-8")))
        for i, r in enumerate(rows):
            if i in EN_EXCLUDED[y]:
                continue
            k, sp = len(long_spans(r["text"])), spans(r["text"])
            if k >= n:
                ne += 1
                print("en", y, i, k, sum(1 for x in sp if len(x) >= 12), len(sp), len(r["text"]), r["date"], r["title"][:90])
    print(ne, "English candidates")


main()
