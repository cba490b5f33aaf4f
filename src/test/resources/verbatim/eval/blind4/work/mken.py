#!/usr/bin/env python3
"""Makes blind4-en-NN.txt from github.com/dimitrakatseli/Wikinews, data/english.json at commit 06264e6 (50 English
Wikinews articles fetched through the Wikinews API, each article's text joined into one line: the paragraph breaks
are lost, so each article is one paragraph here). Usage: mken.py english.json OUT_DIR"""
import json, os, re, sys

# index in english.json -> (date header, credit date, licence)
BY = "CC BY 2.5"
PD = "public domain"
PICK = [
    (26, "2005-04", "April 2005", PD),      # Talabani elected president by parliament (6 April 2005)
    (40, "2006-05", "May 2006", BY),        # USA Today report of Thursday 11 May 2006
    (49, "2007-02", "February 2007", BY),   # Independent Jewish Voices letter in Monday's Times (5 February 2007)
    (37, "2007-03", "March 2007", BY),      # Flaherty's second budget (19 March 2007)
    (41, "2007-05", "May 2007", BY),        # C. W. Jeffreys shooting (23 May 2007)
    (15, "2007-11", "November 2007", BY),   # Vaile steps down after the election of Saturday 24 November 2007
    (6, "2007-12", "December 2007", BY),    # Google's knol announcement (Thursday 13 December 2007)
    (45, "2008-02", "February 2008", BY),   # apology of 13 February 2008 announced for "tomorrow"
]


def clean(t):
    t = re.sub(r"\s*(==[^=].*|<br>.*)$", "", t, flags=re.S)   # "==Sources==", "== Related news ==", end box, categories
    t = re.sub(r"^(\d+px|<noinclude>)\s+", "", t)            # image size / wiki tag left at the start
    t = re.sub(r"(\w)'''s\b", r"\1's", t)                     # ''Guardian'''s -> Guardian's
    t = re.sub(r"'''?", "", t)                                # wiki bold/italic marks
    return re.sub(r"\s+", " ", t).strip()


def main():
    d = json.load(open(sys.argv[1], encoding="utf-8"))
    out = sys.argv[2]
    for n, (i, date, credit, lic) in enumerate(PICK, 1):
        a = d[i]
        with open(os.path.join(out, f"blind4-en-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + clean(a["content"]) + "\n\n")
            f.write(f"Source: Wikinews, \"{a['bestTitle']}\", {credit}, {lic}\n")
        print(n, i, date, a["bestTitle"])


main()
