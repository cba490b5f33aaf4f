#!/usr/bin/env python3
"""Makes blind5-en-NN.txt from github.com/vanatteveldt/wikinews (commit 3472541), data/wikinews_2019.csv: English
Wikinews articles of 2019 scraped from the site (columns url, date, title, text; the text keeps the paragraph breaks
and begins with the dateline "Weekday, Month D, YYYY"). The dateline is dropped (the `date` header comes from the
date column, checked against it), white space is collapsed inside each paragraph. Usage: mken.py wikinews_2019.csv OUT_DIR"""
import csv, os, re, sys
from datetime import datetime

PICK = [26, 28, 38, 45, 49, 55, 89, 96]   # 0-based row numbers in the CSV (header excluded)


def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
    out = sys.argv[2]
    for n, i in enumerate(PICK, 1):
        r = rows[i]
        paras = [re.sub(r"\s+", " ", p).strip() for p in r["text"].split("\n")]
        paras = [p for p in paras if p]
        dl = datetime.strptime(paras.pop(0), "%A, %B %d, %Y").strftime("%Y-%m-%d")
        if dl != r["date"]:
            raise SystemExit(f"row {i}: dateline {dl} != date {r['date']}")
        credit = datetime.strptime(r["date"], "%Y-%m-%d").strftime("%B %-d, %Y")
        with open(os.path.join(out, f"blind5-en-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {r['date']} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, \"{r['title']}\", {credit}, CC BY 2.5\n")
        print(n, i, r["date"], len(paras), r["title"])


main()
