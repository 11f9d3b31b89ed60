#!/usr/bin/env python3
"""Check heldout-13/corpus: every labelled text occurs in its document, every entity id exists in list.csv,
every document is 250-600 words, every list.csv party named by an entity label is a real row, and no
distractor equals a name or alias in list.csv (case/punctuation-insensitive). Exit 1 on any failure.
Standard library only.  Usage: python3 tools/check_corpus.py [CORPUS_DIR]"""
import csv, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return "".join(re.sub(r"[^\w]+", "", s))


def main():
    rows = list(csv.DictReader(open(os.path.join(CORPUS, "list.csv"), encoding="utf-8")))
    ids = {r["id"] for r in rows}
    listed = set()
    for r in rows:
        for nm in [r["name"]] + r["aliases"].split(";") + r["weak_aliases"].split(";") + r["original_script"].split(";"):
            if nm.strip():
                listed.add(key(nm))
    bad, n_ent, n_cand, n_tech, used = 0, 0, 0, 0, set()
    docs = sorted(glob.glob(os.path.join(CORPUS, "docs", "*.txt")))
    for p in docs:
        doc = open(p, encoding="utf-8").read()
        words = len(doc.split())
        jp = p[:-4] + ".labels.json"
        if not os.path.exists(jp):
            print(f"FAIL {p}: no sidecar"); bad += 1; continue
        lab = json.load(open(jp, encoding="utf-8"))
        if not (250 <= words <= 600):
            print(f"FAIL {os.path.basename(p)}: {words} words (250-600)"); bad += 1
        if not lab.get("marking") or lab["marking"].split(" / ")[0].split(" // ")[0] not in doc:
            print(f"FAIL {os.path.basename(p)}: marking {lab.get('marking')!r} not in document"); bad += 1
        for e in lab["entities"]:
            n_ent += 1; used.add(e["entity"])
            if e["text"] not in doc:
                print(f"FAIL {os.path.basename(p)}: entity text not in document: {e['text']!r}"); bad += 1
            if e["entity"] not in ids:
                print(f"FAIL {os.path.basename(p)}: entity id not in list.csv: {e['entity']}"); bad += 1
        for c in lab["candidates"]:
            n_cand += 1
            if c["text"] not in doc:
                print(f"FAIL {os.path.basename(p)}: candidate text not in document: {c['text']!r}"); bad += 1
            if key(c["text"]) in listed:
                print(f"FAIL {os.path.basename(p)}: distractor is a list.csv name: {c['text']!r}"); bad += 1
        for t in lab.get("technology", []):
            n_tech += 1
            if t["text"] not in doc:
                print(f"FAIL {os.path.basename(p)}: technology text not in document: {t['text']!r}"); bad += 1
    print(f"{len(docs)} documents, {n_ent} entity labels naming {len(used)} parties, {n_cand} distractors, "
          f"{n_tech} technology mentions; list.csv {len(rows)} rows; failures: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
