import json, collections
rows = [json.loads(l) for l in open("/work/heldout5/negatives/negatives.jsonl", encoding="utf-8")]
s = json.load(open("stats.json"))
import gen
script_of = {k: sc for k, _, sc, *_ in gen.PLAN}
t = collections.Counter(); base = collections.Counter(); noise = collections.Counter()
for r in rows:
    k = r["kind"]; b = k.split("/", 1)[1] if k.startswith("noise-") else k
    t[(script_of[b], r["schema"])] += 1; base[b] += 1
    if k.startswith("noise-"): noise[k.split("/")[0]] += 1
out = ["| script | Person | Company | total | share |", "|---|---|---|---|---|"]
for sc in sorted({x for x, _ in t}, key=lambda x: -(t[(x, 'Person')] + t[(x, 'Company')])):
    p, c = t[(sc, "Person")], t[(sc, "Company")]
    out.append(f"| {sc} | {p} | {c} | {p+c} | {100*(p+c)/len(rows):.1f} % |")
out.append(f"| **all** | {sum(v for (a,b),v in t.items() if b=='Person')} | {sum(v for (a,b),v in t.items() if b=='Company')} | {len(rows)} | |")
out += ["", "| kind (base template) | schema | count (incl. noisy copies) |", "|---|---|---|"]
sch = {k: s_ for k, s_, *_ in gen.PLAN}
for k, _, *_ in gen.PLAN:
    out.append(f"| `{k}` | {sch[k]} | {base[k]} |")
out += ["", "| noise type (kind prefix) | count |", "|---|---|"] + [f"| `{k}` | {v} |" for k, v in sorted(noise.items())] + [f"| total | {sum(noise.values())} |"]
out += ["", "| rejection rule | candidates rejected |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(s["rejected"].items())]
out += ["", "| list file | names/aliases read |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(s["list_stats"].items())] + [f"| total | {s['list_records']} |"]
print("\n".join(out))
