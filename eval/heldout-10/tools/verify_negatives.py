#!/usr/bin/env python3
"""Re-check heldout-10/negatives/negatives.jsonl from scratch against every listed name (filters10.py, rules R1-R7):
the noise templates are stripped (common10.strip_noise) and the readings of native forms recomputed with translit.py
only (common10.readings_of), without the generator's own pool readings; then print the composition tables.
Exit 1 if any row hits."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import filters10 as F
import common10 as C

PATH = os.path.join(HERE, '..', 'negatives', 'negatives.jsonl')
rows = [json.loads(l) for l in open(PATH, encoding='utf-8')]

def main():
    check = '--no-check' not in sys.argv
    bad = 0
    if check:
        L = F.Listed(places=C.places())
        for r in rows:
            noisy = r['kind'].endswith('/noise')
            forms = list(dict.fromkeys((C.strip_noise(n) if noisy and i == 0 else n) for i, n in enumerate(r['names'])))
            rd = [x for n in forms for x in C.readings_of(n)]
            person = r['schema'] == 'Person'
            hit = L.check(forms, readings=rd, person=person)
            if hit:
                bad += 1
                print('HIT', hit, r, file=sys.stderr)
        print(f're-check: {bad} of {len(rows)} rows hit a listed name')
    sch = Counter(r['schema'] for r in rows)
    print('\nschema:', dict(sch), ' two-form rows:', sum(len(r['names']) == 2 for r in rows))
    scr = Counter()
    native_rows = 0
    for r in rows:
        ss = set()
        for n in r['names']:
            ss |= F.scripts_in(n)
        ss = {'kana' if x == 'kana' else x for x in ss}
        for x in ss:
            scr[x] += 1
        if ss - {'latin'}:
            native_rows += 1
    print('scripts (rows containing each):', dict(scr.most_common()))
    print(f'rows with a native-script form: {native_rows} ({native_rows / len(rows):.1%})')
    noisy = sum(r['kind'].endswith('/noise') for r in rows)
    print('noise rows:', noisy)
    kinds = Counter('/'.join(r['kind'].split('/')[:2]) for r in rows)
    print('groups:', dict(sorted(kinds.items())))
    forms = Counter((r['kind'].split('/')[0], r['kind'].split('/')[2] if len(r['kind'].split('/')) > 2 else '') for r in rows
                    if not r['kind'].startswith('trap'))
    print('forms:', dict(sorted(forms.items())))
    traps = Counter(r['kind'].split('/')[1] for r in rows if r['kind'].startswith('trap'))
    print('traps:', dict(traps), sum(traps.values()))
    tr_cc = defaultdict(Counter)
    for r in rows:
        if r['kind'].startswith('trap'):
            p = r['kind'].split('/')
            tr_cc[p[1]][p[2]] += 1
    for k, v in tr_cc.items():
        print('  ', k, dict(v))
    print('distinct kinds:', len(set(r['kind'] for r in rows)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
