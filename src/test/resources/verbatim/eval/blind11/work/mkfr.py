#!/usr/bin/env python3
"""Makes blind11-fr-NN.txt (adapted from blind10's) from WiNER-fr (github.com/YoannDupont/WiNER-fr, commit 0fe35f0): YEAR/MM/NAME.txt holds the
headline on line 1, sometimes a lead paragraph (chapeau) or a banner, then the dateline "D mois YYYY . –" (alone or
followed by the first paragraph), then one paragraph a line. The dateline becomes the `date` header, the headline goes to
the `Source:` credit line; a lead paragraph before the dateline is kept as paragraph 1 (as in blind5), a banner about
Wikimedia or an image caption (not article text) is dropped; the spacing left by the HTML extraction around link texts is repaired.
Usage: mkfr.py WINER_DIR OUT_DIR"""
import os, re, sys

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
DATELINE = re.compile(r"^(\d{1,2})(?:er)? (\w+) (\d{4}) \. –\s*")

# order of the set (shuffled by hand so that easy and hard articles fall on odd and even numbers alike)
PICK = ["2016_01_10-001", "2016_12_08-001", "2017_02_25-001", "2016_06_15-001", "2017_11_13-002", "2017_03_11-004",
        "2016_08_13-002", "2017_03_29-004", "2016_10_15-002", "2016_11_03-001", "2017_02_18-001", "2017_05_23-002"]
# lines before the dateline that are not article text
BANNERS = []


def tidy(s):
    s = s.replace("\u200b", "")                         # zero-width spaces
    s = re.sub(r" ?\[\d+\](?= )", "", s)                 # footnote calls " [1]" (links to notes not in the text)
    s = re.sub(r"(\w)([’']) (?=\w)", r"\1\2", s)          # "l' AFP" -> "l'AFP"
    s = re.sub(r"\b(\d+) (e|er|ème)\b(?=[ ,.;:)])", r"\1\2", s)  # "50 e" -> "50e", "1 er mai" -> "1er", "2 ème" -> "2ème"
    s = s.replace("( ", "(")
    s = re.sub(r" ([,.)\]])", r"\1", s)                   # no space before , . ) ]
    s = re.sub(r"\s+", " ", s).strip()
    return s


def convert(path):
    lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    title, body = lines[0], [l for l in lines[1:] if l]
    k = next((i for i, l in enumerate(body) if DATELINE.match(l)), None)
    if k is None:
        raise SystemExit(f"{path}: no dateline")
    m = DATELINE.match(body[k])
    d, mon, y = m.groups()
    body[k] = body[k][m.end():]
    lead = [l for l in body[:k] if not any(l.startswith(b) for b in BANNERS)]
    dropped = k - len(lead)
    paras = [tidy(p) for p in lead + body[k:] if tidy(p)]
    return title, f"{y}-{MONTHS[mon]:02d}-{int(d):02d}", ("1er" if d == "1" else d) + f" {mon} {y}", paras, len(lead), dropped


if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    for n, name in enumerate(PICK, 1):
        title, date, dtxt, paras, lead, dropped = convert(os.path.join(src, name[:4], name[5:7], name + ".txt"))
        with open(os.path.join(out, f"blind11-fr-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, « {title} », {dtxt}, CC BY 2.5\n")
        print(f"blind11-fr-{n:02d}", name, date, len(paras), f"lead {lead}" if lead else "", f"banner {dropped}" if dropped else "", title)
