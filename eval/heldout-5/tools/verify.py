"""Independent re-check of the final file against rules R1/R2 (on the names exactly as written)."""
import json, collections
from listindex import ListIndex
ix = ListIndex()
rows = [json.loads(l) for l in open("/work/heldout5/negatives/negatives.jsonl", encoding="utf-8")]
bad = collections.Counter()
for r in rows:
    assert r["name"].strip() and r["schema"] in ("Person", "Company") and r["kind"]
    if ix.rule_exact(r["name"]): bad["R1"] += 1; print("R1", r)
    if r["schema"] == "Person" and ix.rule_subset(r["name"]): bad["R2"] += 1; print("R2", r)
print(len(rows), "rows;", "violations:", dict(bad) or 0)
