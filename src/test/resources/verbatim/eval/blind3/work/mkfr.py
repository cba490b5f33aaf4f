#!/usr/bin/env python3
"""Makes blind3-fr-NN.txt from Wikinews-fr-100 documents (github.com/boudinfl/wikinews-2013-pre, commit 8ab8850,
src/WikinewsKeyphraseCorpus-master.zip, WikinewsKeyphraseCorpus-master/documents/NNNNN.html).
Usage: mkfr.py DOCUMENTS_DIR OUT_DIR"""
import html, re, sys, os

PICK = [44543, 44533, 44545, 44772, 44833, 44998, 45644, 45761, 45764, 44655, 44321, 44636, 45527, 44568, 44589, 45037]
MONTHS = {m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
FR_DATE = re.compile(r"^(\d{1,2})(?:er)? (\w+) (\d{4})\. - ")


def convert(path):
    t = open(path, encoding="utf-8").read()
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", t, re.S).group(1).strip())
    body = t.split("</h1>", 1)[1]
    paras = []
    for m in re.finditer(r"<(p|li)>(.*?)</\1>", body, re.S):
        s = re.sub(r"<[^>]+>", "", m.group(2))
        s = html.unescape(s)
        s = re.sub(r"\s+", " ", s).strip()
        if s:
            paras.append(s)
    m = FR_DATE.match(paras[0])
    d, mon, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
    paras[0] = paras[0][m.end():]
    return title, f"{y:04d}-{mon:02d}-{d:02d}", paras, (m.group(1), m.group(2), m.group(3))


def fix(pid, paras):
    if pid == 44568:  # footnote marks
        paras = [re.sub(r"\[\d\]", "", p) for p in paras]
    if pid == 45527:  # pull-quote box (no quotation marks, "—Sonia Dridi, journaliste"), like a caption
        paras = [p for p in paras if not p.startswith("J'ai été agrippée")]
    return paras


def main():
    src, out = sys.argv[1], sys.argv[2]
    for n, pid in enumerate(PICK, 1):
        title, date, paras, (d, mon, y) = convert(os.path.join(src, f"{pid}.html"))
        paras = fix(pid, paras)
        dtxt = ("1er" if d == "1" else d) + f" {mon} {y}"
        with open(os.path.join(out, f"blind3-fr-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date} " + "\n\n".join(paras) + "\n\n")
            f.write(f"Source: Wikinews, « {title} », {dtxt}, CC BY 2.5\n")
        print(n, pid, date, len(paras), title)


main()
