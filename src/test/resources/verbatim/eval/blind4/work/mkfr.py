#!/usr/bin/env python3
"""Makes blind4-fr-NN.txt from WiNER-fr (github.com/YoannDupont/WiNER-fr, commit 0fe35f0): YEAR/MM/NAME.txt
(title line, dateline "D mois YYYY . –", paragraphs) and YEAR/YEAR-MM-urls.txt (name -> Wikinews address).
Repairs the spacing that the HTML extraction left around link texts. Usage: mkfr.py WINER_DIR OUT_DIR"""
import os, re, sys

MONTHS = {m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
DATELINE = re.compile(r"^(\d{1,2})(?:er)? (\w+) (\d{4})(?:,? [^–]+?)? \. –\s*")  # place after the date dropped too


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
    m = DATELINE.match(rest[0])
    if not m:
        raise SystemExit(f"no dateline in {path}: {rest[0][:80]}")
    d, mon, y = m.group(1), m.group(2), m.group(3)
    rest[0] = rest[0][m.end():]
    paras = [repair(p) for p in rest if repair(p)]
    return title, f"{int(y):04d}-{MONTHS[mon]:02d}-{int(d):02d}", paras, ("1er" if d == "1" else d) + f" {mon} {y}"


PICK = ["2016_06_12-011", "2016_07_26-006", "2016_08_30-003", "2016_10_25-002", "2017_01_20-005", "2017_01_27-001",
        "2017_02_10-002", "2017_02_10-003", "2017_02_15-002", "2017_03_25-001", "2017_04_19-004", "2017_08_05-001",
        "2018_02_19-001", "2018_04_05-001", "2018_06_23-002", "2018_07_04-001"]

if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    for n, name in enumerate(PICK, 1):
        y, mo = name[:4], name[5:7]
        title, date, paras, dtxt = convert(os.path.join(src, y, mo, name + ".txt"))
        with open(os.path.join(out, f"blind4-fr-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, « {title} », {dtxt}, CC BY 2.5\n")
        print(n, name, date, len(paras), title)
