#!/usr/bin/env python3
"""Name-swap robustness check: rewrites scored articles with every person's name replaced by names in no list.

Usage: name_swap.py SRC_DIR OUT_DIR [SEED] [--odd]

For every SRC_DIR/NAME.txt with its gold SRC_DIR/NAME.json (the plain-text format of the evaluation sets), writes
OUT_DIR/NAME.txt and OUT_DIR/NAME.json in which each capitalised word (longer than two letters, no dot) of each
gold person's name is replaced, everywhere in the text and the gold, by an invented-looking name: the first word of a
name of two words or more by a given name, the others by a surname. The given names are ones that neither
`given-names.fr.txt` nor `given-names.en.txt` lists, so the analyser cannot lean on its lists (nor on the gender they
give): what it finds must come from the article. The `Source:` credit line is kept. With `--odd`, only the articles
whose number is odd (the tuning halves of the sets) are written.

Score both folders with `shared/eval/score.py` and compare: on the tuning halves of every set at commit 6f110e7 the
speakers went from 959 of 996 right to 832 (seed 0) — nearly every loss a person the analyser no longer found.
The replacement names are invented for this check (given names of several countries that the lists lack, common
surnames of several countries); no article's name is special-cased by the analyser.
"""
import json
import os
import random
import re
import sys

GIVEN = ["Aigerim", "Ilkka", "Bolat", "Yerlan", "Anahera", "Aroha", "Lwazi", "Rangi", "Nurzhan", "Tolkyn", "Wiremu",
         "Tamati", "Ndumiso", "Sipho", "Thabiso", "Ulugbek", "Dilnoza", "Saltanat", "Zhanar", "Askar", "Ravshan",
         "Feruza", "Ekow", "Adwoa", "Ebere", "Tunde", "Bongani", "Zodwa", "Mpho", "Lerato", "Naledi", "Tshepo", "Kagiso"]
SURNAMES = ["Adeyemi", "Nakamura", "Oyelaran", "Kowalczyk", "Tuilagi", "Bekov", "Haugland", "Rautenbach", "Mwangi",
            "Sithole", "Abernethy", "Quispe", "Ochieng", "Papadakis", "Nurlanov", "Okonkwo", "Lindqvist", "Varga",
            "Tshabalala", "Marangoni", "Halvorsen", "Dlamini", "Szabo", "Ferreira"]


def swap(text, table):
    for old, new in sorted(table.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])", new, text)
    return text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    src, out = args[0], args[1]
    seed = int(args[2]) if len(args) > 2 else 0
    odd = "--odd" in sys.argv
    os.makedirs(out, exist_ok=True)
    written = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".json") or not os.path.exists(os.path.join(src, name[:-5] + ".txt")):
            continue
        base = name[:-5]
        number = re.search(r"-(\d+)$", base)
        if odd and (not number or int(number.group(1)) % 2 == 0):
            continue
        rnd = random.Random(f"{seed}:{base}")
        given, surnames = rnd.sample(GIVEN, len(GIVEN)), rnd.sample(SURNAMES, len(SURNAMES))
        gold = json.load(open(os.path.join(src, name), encoding="utf-8"))
        table = {}
        for person in sorted(set(gold.get("people", [])), key=len, reverse=True):
            words = [w for w in person.split() if w[:1].isupper() and len(w) > 2 and "." not in w]
            for k, w in enumerate(words):
                pool = given if k == 0 and len(words) > 1 else surnames
                if w not in table and pool:
                    table[w] = pool.pop()
        lines = open(os.path.join(src, base + ".txt"), encoding="utf-8").read().split("\n")
        text = "\n".join(line if line.startswith("Source") else swap(line, table) for line in lines)
        for q in gold.get("quotes", []):
            q["text"] = swap(q["text"], table)
            s = q.get("speaker")
            q["speaker"] = [swap(x, table) if x else x for x in s] if isinstance(s, list) else swap(s, table) if s else s
        gold["people"] = [swap(p, table) for p in gold.get("people", [])]
        for d in gold.get("dates", []):
            d["text"] = swap(d["text"], table)
        with open(os.path.join(out, base + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        written += 1
    print(f"{written} articles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
