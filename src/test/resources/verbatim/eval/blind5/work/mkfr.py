#!/usr/bin/env python3
"""Makes blind5-fr-NN.txt from WiNER-fr (github.com/YoannDupont/WiNER-fr, commit 0fe35f0): YEAR/MM/NAME.txt
(title line, sometimes a lead paragraph, dateline "D mois YYYY . –", paragraphs). The dateline becomes the `date`
header; a lead paragraph that stands before the dateline is kept as the first paragraph. Repairs the spacing that
the HTML extraction left around link texts (as blind4's mkfr.py). Usage: mkfr.py WINER_DIR OUT_DIR"""
import os, re, sys

MONTHS = {m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
DATELINE = re.compile(r"^(\d{1,2})(?:er)? (\w+) (\d{4})(?:,? [^–]+?)? \. –\s*")


def repair(s):
    s = re.sub(r"\s*\[\d+\]", "", s)                      # footnote marks
    s = re.sub(r"(\w)([’']) (?=\w)", r"\1\2", s)          # "l’ église" -> "l’église"
    s = re.sub(r"\b(\d+|[IVXLC]+) (e|er|re|ère|ème|es)\b(?=[ ,.;:)])", r"\1\2", s)  # "15 e arrondissement"
    s = re.sub(r"\( ", "(", s)
    s = re.sub(r" ([,.)\]])", r"\1", s)                   # space before , . ) ]
    s = re.sub(r"\s+", " ", s).strip()
    return s


def convert(path):
    lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    title = lines[0]
    rest = [l for l in lines[1:] if l]
    k = next((i for i, l in enumerate(rest) if DATELINE.match(l)), None)
    if k is None:
        raise SystemExit(f"no dateline in {path}")
    m = DATELINE.match(rest[k])
    d, mon, y = m.group(1), m.group(2), m.group(3)
    rest[k] = rest[k][m.end():]
    paras = [repair(p) for p in rest if repair(p)]
    return title, f"{int(y):04d}-{MONTHS[mon]:02d}-{int(d):02d}", paras, ("1er" if d == "1" else d) + f" {mon} {y}", k


PICK = ["2016_01_01-002", "2016_02_02-002", "2016_05_26-005", "2016_08_30-004", "2016_12_29-004", "2017_01_20-004",
        "2017_01_25-004", "2017_01_28-006", "2017_01_28-007", "2017_01_29-001", "2017_02_08-006", "2017_03_22-002",
        "2017_03_25-004", "2017_04_06-002", "2018_03_08-003", "2018_11_19-002"]

if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    for n, name in enumerate(PICK, 1):
        y, mo = name[:4], name[5:7]
        title, date, paras, dtxt, lead = convert(os.path.join(src, y, mo, name + ".txt"))
        with open(os.path.join(out, f"blind5-fr-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, « {title} », {dtxt}, CC BY 2.5\n")
        print(n, name, date, len(paras), "lead" if lead else "", title)
