#!/usr/bin/python3
"""Write corpus/docs/NN-slug.labels.json from tools/labels_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from labels_spec import SPEC
D = os.path.join(HERE, "..", "corpus", "docs")
for slug, s in SPEC.items():
    lab = {"marking": s["marking"], "entities": [{"text": t, "entity": e} for t, e in s["entities"]],
           "candidates": [{"text": t, "label": l} for t, l in s["candidates"]],
           "technology": [{"text": t, "annex": a} for t, a in s["technology"]]}
    with open(os.path.join(D, slug + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=1, ensure_ascii=False)
print("wrote", len(SPEC))
