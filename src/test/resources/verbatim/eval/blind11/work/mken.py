#!/usr/bin/env python3
"""Makes blind11-en-NN.txt (adapted from blind10's) from github.com/vanatteveldt/wikinews (commit 3472541),
data/wikinews_2020.csv only (wikinews_2019.csv is reserved for another use and is not read): English Wikinews articles scraped from the site (columns url, date, title, text; the text keeps
the paragraph breaks). A first line that is a dateline ("Weekday, Month D, YYYY", the 2019 file) is dropped after
checking it against the date column; the `date` header is the date column; white space is collapsed in each paragraph.
Usage: mken.py DATA_DIR OUT_DIR"""
import csv, os, re, sys
from datetime import datetime

# (year of the file, 0-based row, header excluded), in the order of the set
PICK = [(2020, 10), (2020, 46), (2020, 41), (2020, 60), (2020, 80), (2020, 37), (2020, 9), (2020, 12), (2020, 55),
        (2020, 94), (2020, 29), (2020, 59)]


def main():
    data, out = sys.argv[1], sys.argv[2]
    files = {y: list(csv.DictReader(open(os.path.join(data, f"wikinews_{y}.csv"), encoding="utf-8"))) for y in (2020,)}
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
        with open(os.path.join(out, f"blind11-en-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {r['date']} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, \"{r['title']}\", {credit}, CC BY 2.5\n")
        print(f"blind11-en-{n:02d}", y, i, r["date"], len(paras), "dateline" if dl else "no dateline", r["title"])


main()
