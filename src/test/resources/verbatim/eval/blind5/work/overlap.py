#!/usr/bin/env python3
"""No-overlap check of blind5: the first 40 characters of every paragraph of each blind5 article, and its title, are
searched for in every .txt and .json of the given folders (dev, real, challenge, blind, blind3, blind4).
Usage: overlap.py BLIND5_DIR FOLDER..."""
import json, os, re, sys


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip() and not l.startswith("# url:")]
    if lines and re.match(r"^date \d{4}-\d{2}(-\d{2})?\s", lines[0]):
        lines[0] = re.sub(r"^date \S+\s+", "", lines[0])
    title = None
    if lines and re.match(r"^Source ?:", lines[-1]):
        m = re.search(r"[«\"]\s*(.+?)\s*[»\"]", lines.pop())
        title = m.group(1) if m else None
    return lines, title


def main():
    mine, others = sys.argv[1], sys.argv[2:]
    corpus = []
    for d in others:
        for n in sorted(os.listdir(d)):
            if n.endswith((".txt", ".json")):
                corpus.append((os.path.join(d, n), open(os.path.join(d, n), encoding="utf-8").read()))
    print(len(corpus), "files searched")
    hits = 0
    for n in sorted(os.listdir(mine)):
        if not n.endswith(".txt"):
            continue
        paras, title = paragraphs(open(os.path.join(mine, n), encoding="utf-8").read())
        keys = [p[:40] for p in paras] + ([title, title.replace(" ", "_")] if title else [])
        for k in keys:
            for path, text in corpus:
                if k and k in text:
                    hits += 1
                    print("HIT", n, repr(k), path)
    print(hits, "hits")


main()
