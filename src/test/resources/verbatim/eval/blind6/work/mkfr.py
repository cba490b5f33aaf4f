#!/usr/bin/env python3
"""Makes blind6-fr-NN.txt from WiNER-fr (github.com/YoannDupont/WiNER-fr, commit 0fe35f0): files YEAR/MM/NAME.txt hold
the headline on line 1, then the dateline "D mois YYYY . –" (alone or followed by the first paragraph), then one
paragraph a line. The dateline becomes the `date` header, the headline goes to the `Source:` credit line; the spacing
left by the HTML extraction around link texts is repaired. Usage: mkfr.py WINER_DIR OUT_DIR"""
import os, re, sys

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
DATELINE = re.compile(r"^(\d{1,2})(?:er)? (\w+) (\d{4}) \. –\s*")

# order of the set (shuffled by hand so that easy and hard articles fall on odd and even numbers alike)
PICK = ["2017_03_17-003", "2017_03_24-001", "2018_06_23-001", "2017_03_22-001", "2016_03_08-002", "2017_01_21-005",
        "2018_04_17-003", "2016_06_12-006", "2017_02_17-001", "2017_04_06-004", "2017_01_21-011", "2017_03_26-003",
        "2017_03_21-002", "2016_07_29-002", "2018_04_02-001", "2017_03_12-005"]


def tidy(s):
    s = s.replace("\u200b", "")                       # zero-width spaces ("Tran Ba \u200b\u200bHuy")
    s = re.sub(r"(\w)([’']) (?=\w)", r"\1\2", s)        # "l' AFP" -> "l'AFP"
    s = re.sub(r"\b(\d+) (e|er)\b(?=[ ,.;:)])", r"\1\2", s)  # "13 e division" -> "13e division"
    s = s.replace("( ", "(")
    s = re.sub(r" ([,.)\]])", r"\1", s)                 # no space before , . ) ]
    s = re.sub(r"\s+", " ", s).strip()
    return s


def convert(path):
    lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    title, body = lines[0], [l for l in lines[1:] if l]
    m = DATELINE.match(body[0])
    if not m:
        raise SystemExit(f"{path}: first line after the headline is not a dateline: {body[0][:60]!r}")
    d, mon, y = m.groups()
    body[0] = body[0][m.end():]
    paras = [tidy(p) for p in body if tidy(p)]
    return title, f"{y}-{MONTHS[mon]:02d}-{int(d):02d}", ("1er" if d == "1" else d) + f" {mon} {y}", paras


if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    for n, name in enumerate(PICK, 1):
        title, date, dtxt, paras = convert(os.path.join(src, name[:4], name[5:7], name + ".txt"))
        with open(os.path.join(out, f"blind6-fr-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, « {title} », {dtxt}, CC BY 2.5\n")
        print(f"blind6-fr-{n:02d}", name, date, len(paras), title)
