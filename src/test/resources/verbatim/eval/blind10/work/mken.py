#!/usr/bin/env python3
"""Makes blind10-en-NN.txt from github.com/vanatteveldt/wikinews (commit 3472541), data/wikinews_2019.csv and
data/wikinews_2020.csv: English Wikinews articles scraped from the site (columns url, date, title, text; the text keeps
the paragraph breaks). A first line that is a dateline ("Weekday, Month D, YYYY", the 2019 file) is dropped after
checking it against the date column; the `date` header is the date column; white space is collapsed in each paragraph.
Usage: mken.py DATA_DIR OUT_DIR"""
import csv, os, re, sys
from datetime import datetime

# (year of the file, 0-based row, header excluded), in the order of the set
PICK = [(2019, 167), (2019, 73), (2020, 58), (2020, 81), (2019, 154), (2019, 12), (2020, 63), (2019, 146), (2020, 118),
        (2020, 96), (2019, 33), (2019, 147)]


def main():
    data, out = sys.argv[1], sys.argv[2]
    files = {y: list(csv.DictReader(open(os.path.join(data, f"wikinews_{y}.csv"), encoding="utf-8"))) for y in (2019, 2020)}
    for n, (y, i) in enumerate(PICK, 1):
        r = files[y][i]
        paras = [re.sub(r"\s+", " ", p).strip() for p in r["text"].split("\n")]
        paras = [p for p in paras if p]
        try:
            dl = datetime.strptime(paras[0], "%A, %B %d, %Y").strftime("%Y-%m-%d")
        except ValueError:
            dl = None
        if dl is not None:
            if dl != r["date"]:
                raise SystemExit(f"{y} row {i}: dateline {dl} != date {r['date']}")
            paras.pop(0)
        credit = datetime.strptime(r["date"], "%Y-%m-%d").strftime("%B %-d, %Y")
        with open(os.path.join(out, f"blind10-en-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {r['date']} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, \"{r['title']}\", {credit}, CC BY 2.5\n")
        print(f"blind10-en-{n:02d}", y, i, r["date"], len(paras), "dateline" if dl else "no dateline", r["title"])


main()
