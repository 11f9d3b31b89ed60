#!/usr/bin/python3
"""Render negatives/README.md from build_stats.json and negatives.jsonl."""
import collections, json, os
H = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "negatives")
s = json.load(open(os.path.join(H, "build_stats.json")))
rows = [json.loads(l) for l in open(os.path.join(H, "negatives.jsonl"), encoding="utf-8")]
def tab(d, hdr):
    return "\n".join(["| %s | rows |" % hdr, "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in d.items()])
kinds = collections.Counter()
for r in rows:
    p = r["kind"].replace("/noise", "").split("/")
    kinds[p[0] + "/" + p[1] if p[0] == "trap" else p[0] + "/" + p[2]] += 1
ts = s["traps_by_shape"]
T = open(os.path.join(H, "README.template.md"), encoding="utf-8").read()
out = T.format(s=s, dropped=json.dumps(s["dropped"]), tried=json.dumps(s["candidates_tried"]),
               persons_pct="%.0f" % (s["persons_share"] * 100), native_pct="%.1f" % (s["native_script_share"] * 100),
               by_script=tab(s["by_script"], "script"), by_kind=tab(dict(sorted(kinds.items())), "kind (schema/script; traps by shape)"),
               by_country=tab(s["by_country"], "country"), ts=ts,
               by_schema_p=s["by_schema"].get("Person"), by_schema_o=s["by_schema"].get("Organization"))
open(os.path.join(H, "README.md"), "w", encoding="utf-8").write(out)
print("README written")
