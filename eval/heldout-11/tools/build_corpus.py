# -*- coding: utf-8 -*-
"""Write corpus/docs/NN-slug.txt and .labels.json from docs_a.py / docs_b.py, then verify:
- every label text is a substring of its document, and each text appears once per label file;
- every entity id exists in corpus/list.csv, and every list.csv party is named in some document;
- the first or second line of each document is the REL MTCR marking given in the labels;
- no candidate (invented distractor) equals a listed name by the negatives' rules (lists.py Index).
Run build_list_csv.py first."""
import csv
import json
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lists  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
DOCDIR = os.path.join(BASE, "docs")


def main():
    os.makedirs(DOCDIR, exist_ok=True)
    ids = {r["id"]: r for r in csv.DictReader(open(os.path.join(BASE, "list.csv"), encoding="utf-8"))}
    ix = lists.Index(lists.load_all())
    problems = []
    used = defaultdict(set)
    stats = []
    for d in A + B:
        text = d["text"]
        lines = text.split("\n")
        if d["marking"] not in lines[:2]:
            problems.append(f"{d['slug']}: marking not in first two lines")
        lab = {"marking": d["marking"],
               "entities": [{"text": t, "entity": e} for t, e in d["entities"]],
               "candidates": [{"text": t, "label": l} for t, l in d["candidates"]],
               "technology": [{"text": t, "annex": a} for t, a in d["technology"]]}
        alltexts = [x["text"] for x in lab["entities"]] + [x["text"] for x in lab["candidates"]]
        for t, c in Counter(alltexts).items():
            if c > 1:
                problems.append(f"{d['slug']}: label text repeated: {t!r}")
        for t in alltexts + [x["text"] for x in lab["technology"]]:
            if t not in text:
                problems.append(f"{d['slug']}: NOT A SUBSTRING: {t!r}")
        for x in lab["entities"]:
            if x["entity"] not in ids:
                problems.append(f"{d['slug']}: unknown id {x['entity']}")
            used[x["entity"]].add(d["slug"])
        for x in lab["candidates"]:
            flat = " ".join(x["text"].split())
            h = ix.check(flat, x["label"] == "person", not lists.is_latin(flat))
            if h:
                problems.append(f"{d['slug']}: candidate {flat!r} matches a listed name {h}")
        # an entity's label text must not equal (folded) a candidate's
        with open(os.path.join(DOCDIR, d["slug"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(DOCDIR, d["slug"] + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, indent=1, ensure_ascii=False)
            f.write("\n")
        stats.append((d["slug"], len(lab["entities"]), len({x["entity"] for x in lab["entities"]}), len(lab["candidates"]), len(lab["technology"])))
    for pid in ids:
        if pid not in used:
            problems.append(f"list.csv party {pid} is named in no document")
    # re-read from disk and verify again (what a consumer sees)
    for d in A + B:
        text = open(os.path.join(DOCDIR, d["slug"] + ".txt"), encoding="utf-8").read()
        lab = json.load(open(os.path.join(DOCDIR, d["slug"] + ".labels.json"), encoding="utf-8"))
        for sec in ("entities", "candidates", "technology"):
            for x in lab[sec]:
                if x["text"] not in text:
                    problems.append(f"(disk) {d['slug']}: {x['text']!r} not in document")
    for s in stats:
        print(*s)
    print("parties used:", len(used), "of", len(ids))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("OK: all label texts are substrings; all parties used; no candidate is listed")
    return stats, used, ids


if __name__ == "__main__":
    main()
