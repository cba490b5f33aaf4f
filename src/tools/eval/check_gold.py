#!/usr/bin/env python3
"""Checks the challenge gold files against their articles.

For every NAME.txt with NAME.json in a folder (the challenge set by default, or the folder given): paragraph_count is right (paragraphs are the lines after
the `date` prefix, 1-based, empty lines and a `Source:` credit line ignored), every gold quote text occurs
verbatim in its paragraph, every date text occurs in its paragraph, every person's name (or its last word)
occurs in the article. Also lists quoted spans of the article that the gold does not annotate.
"""
import json, os, re, sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "resources", "verbatim", "eval", "challenge")
QUOTE_RE = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"")


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n")]
    lines = [l for l in lines if l and not l.startswith("# url:")]
    if lines and re.match(r"^date \d{4}-\d{2}(-\d{2})?\s", lines[0]):
        lines[0] = re.sub(r"^date \d{4}-\d{2}(-\d{2})?\s+", "", lines[0])
    if lines and re.match(r"^Source ?:", lines[-1]):
        lines.pop()
    return lines


def main():
    errors = 0
    total_q = total_req = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".txt"):
            continue
        base = name[:-4]
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        gold = json.load(open(os.path.join(HERE, base + ".json"), encoding="utf-8"))
        paras = paragraphs(text)
        problems = []
        if gold["paragraph_count"] != len(paras):
            problems.append(f"paragraph_count {gold['paragraph_count']} != {len(paras)}")
        header = re.match(r"^date (\S+)", text)
        if not header or header.group(1) != gold["date"]:
            problems.append(f"date {gold['date']} != header {header.group(1) if header else None}")
        for q in gold["quotes"]:
            p = q["paragraph"]
            if not 1 <= p <= len(paras) or q["text"] not in paras[p - 1]:
                problems.append(f"quote not in paragraph {p}: {q['text'][:60]!r}")
        for d in gold["dates"]:
            p = d["paragraph"]
            if not 1 <= p <= len(paras) or d["text"] not in paras[p - 1]:
                problems.append(f"date not in paragraph {p}: {d['text']!r}")
        for person in gold["people"]:
            if person not in text and person.split()[-1] not in text:
                problems.append(f"person not in text: {person!r}")
        # quoted spans the gold does not list (informational)
        gold_spans = {(q["paragraph"], q["text"]) for q in gold["quotes"]}
        for i, para in enumerate(paras, 1):
            for m in QUOTE_RE.finditer(para):
                span = next(g for g in m.groups() if g is not None)
                if (i, span) not in gold_spans:
                    problems.append(f"unannotated quoted span in paragraph {i}: {span[:60]!r}")
        n_req = sum(1 for q in gold["quotes"] if not q.get("optional"))
        total_q += len(gold["quotes"])
        total_req += n_req
        print(f"{base}: {len(paras)} paragraphs, {len(gold['quotes'])} quotes ({n_req} required), "
              f"{len(gold['people'])} people, {len(gold['dates'])} dates" + ("" if problems else "  OK"))
        for prob in problems:
            print("   ", prob)
        errors += len(problems)
    print(f"total: {total_q} quotes ({total_req} required), {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
