#!/usr/bin/python3
"""Check the heldout-12 corpus: label texts are substrings, no repeats, entity ids in list.csv, every party named,
marking line among the first two lines, no invented candidate equals a listed name under the negatives' filter rules."""
import csv, glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import listnames as L
C = os.path.join(HERE, "..", "corpus")
errors = []
ids = {r["id"] for r in csv.DictReader(open(os.path.join(C, "list.csv"), encoding="utf-8"))}
named = set()
ix = L.ListIndex()
docs = sorted(glob.glob(os.path.join(C, "docs", "*.txt")))
for p in docs:
    lp = p[:-4] + ".labels.json"
    doc = open(p, encoding="utf-8").read(); lab = json.load(open(lp, encoding="utf-8"))
    name = os.path.basename(p)
    words = len(doc.split())
    if not 250 <= words <= 700:
        errors.append("%s: %d words" % (name, words))
    if lab["marking"] not in doc.splitlines()[:2]:
        errors.append("%s: marking not in first two lines" % name)
    texts = [x["text"] for x in lab["entities"] + lab["candidates"]]
    for t in texts + [x["text"] for x in lab["technology"]]:
        if t not in doc:
            errors.append("%s: not a substring: %r" % (name, t))
    for group in ("entities", "candidates", "technology"):
        ts = [x["text"] for x in lab[group]]
        if len(ts) != len(set(ts)):
            errors.append("%s: repeated text in %s" % (name, group))
    if len(texts) != len(set(texts)):
        errors.append("%s: a text is both entity and candidate" % name)
    for x in lab["entities"]:
        if x["entity"] not in ids:
            errors.append("%s: unknown id %s" % (name, x["entity"]))
        named.add(x["entity"])
    for x in lab["candidates"]:
        schema = "Person" if x["label"] == "person" else "Organization"
        hit = ix.check([" ".join(x["text"].split())], schema, cis=True)
        if hit:
            errors.append("%s: candidate %r matches listed %s (%s)" % (name, x["text"], hit[1], hit[0]))
missing = ids - named
if missing:
    errors.append("parties never named: %s" % sorted(missing))
n_ent = sum(len(json.load(open(p[:-4] + ".labels.json"))["entities"]) for p in docs)
n_cand = sum(len(json.load(open(p[:-4] + ".labels.json"))["candidates"]) for p in docs)
print("%d documents, %d parties, %d entity labels, %d candidate labels" % (len(docs), len(ids), n_ent, n_cand))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
