"""Re-check negatives/negatives.jsonl exactly as written (R1 exact, R2 subset) and print the README tables."""
import json, sys, os, re
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from lists import Index
rows = [json.loads(l) for l in open('negatives/negatives.jsonl', encoding='utf-8')]
ix = Index()
bad = [r for r in rows if ix.check(r['name'])]
print('lines', len(rows), 'violations', len(bad), [b['name'] for b in bad][:10])
assert set().union(*[set(r) for r in rows]) == {'name', 'schema', 'kind'}
base = lambda k: k.split('+')[0]
script = lambda k: k.split('/')[0].replace('latin-co', 'latin')
sc = Counter((script(r['kind']), r['schema']) for r in rows)
print('\n| script | Person | Company | total | share |\n|---|---|---|---|---|')
for s in sorted({script(r['kind']) for r in rows}, key=lambda s: -(sc[(s,'Person')] + sc[(s,'Company')])):
    t = sc[(s,'Person')] + sc[(s,'Company')]; print(f"| {s} | {sc[(s,'Person')]} | {sc[(s,'Company')]} | {t} | {100*t/len(rows):.1f} % |")
print(f"| **all** | {sum(v for (a,b),v in sc.items() if b=='Person')} | {sum(v for (a,b),v in sc.items() if b=='Company')} | {len(rows)} | |")
kc = Counter((base(r['kind']), r['schema']) for r in rows)
print('\n| kind (template group) | schema | count | share |\n|---|---|---|---|')
for (k, s), v in sorted(kc.items()): print(f'| `{k}` | {s} | {v} | {100*v/len(rows):.1f} % |')
print('max group share', max(kc.values()) / len(rows))
nc = Counter(r['kind'].split('+')[1] for r in rows if '+' in r['kind'])
native = sum(1 for r in rows if script(r['kind']) != 'latin')
print('\n| noise | count |\n|---|---|'); [print(f'| `{k}` | {v} |') for k, v in sorted(nc.items())]
print(f'| total | {sum(nc.values())} of {native} native-script names ({100*sum(nc.values())/native:.1f} %) |')
sys.exit(1 if bad else 0)
