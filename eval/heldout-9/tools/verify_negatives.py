"""Re-check heldout-9's negatives.jsonl from scratch and print its composition tables.

Run from eval/heldout-9:  /tmp/h9venv/bin/python tools/verify_negatives.py [--tables]
Rebuilds the index of every listed name and alias from /work/shared/data/raw (filters9.Filter), then for every row:
R1-R4 on every form as written and on the form with its document noise removed; R5 (person variant / organisation
canonical key) on every row; for traps of shapes 2 and 4 also R6 (same distinctive core; for shape 2 the new distinctive
word, taken from the row's Latin form, must not have the skeleton of a listed entity word). Exits 1 on any hit or
malformed row."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import filters9
from components9 import TITLES, PLACES, COMMON_WORDS
from lists import words as _words
SWAP_WORDS = {w for v in PLACES.values() for p in v for w in _words(p[0] if isinstance(p, tuple) else p, ' ')} | \
             {w.lower() for w in COMMON_WORDS}

PATH = os.path.join(HERE, '..', 'negatives', 'negatives.jsonl')
SHAPES = {'person-recombined': 1, 'org-generic-frame': 2, 'org-kind-changed': 3, 'org-word-swapped': 4,
          'person-listed-surname': 5, 'person-common-name': 6}

_PARTS = set()
for pers, orgs in TITLES.values():
    for t in pers + orgs:
        for part in t.split('{}'):
            if part.strip(): _PARTS.add(part.strip())
_PARTS = sorted(_PARTS, key=len, reverse=True)

def denoise(s):
    t = s
    for p in _PARTS:
        t = t.replace(p, ' ')
    t = re.sub(r'^[\s"«(]+|[\s"»),;.]+$', '', t)
    return re.sub(r'\s+', ' ', t).strip()

SCRIPT_LABEL = {'latin': 'Latin', 'han': 'Han', 'kana': 'Kana (Japanese)', 'hangul': 'Hangul', 'arabic': 'Arabic script',
                'cyrillic': 'Cyrillic', 'devanagari': 'Devanagari', 'thai': 'Thai', 'greek': 'Greek', 'hebrew': 'Hebrew',
                'georgian': 'Georgian', 'armenian': 'Armenian'}

def main():
    rows = [json.loads(l) for l in open(PATH, encoding='utf-8')]
    F = filters9.Filter()
    bad = 0
    for i, r in enumerate(rows):
        if set(r) != {'schema', 'names', 'kind'} or r['schema'] not in ('Person', 'Company', 'Organization') \
                or not (1 <= len(r['names']) <= 2) or not all(isinstance(n, str) and n.strip() for n in r['names']):
            print('MALFORMED', i, r); bad += 1; continue
        forms = list(r['names'])
        if r['kind'].endswith('/noise'):
            forms.append(denoise(r['names'][0]))
        row = {'schema': r['schema'], 'names': forms}
        hit = F.check_row(row) or F.check_trap(row, 0)
        if not hit and r['kind'].startswith('trap/'):
            shape = SHAPES[r['kind'].split('/')[1]]
            new = ()
            lat = [n for n in r['names'] if filters9.is_latin(n)]
            if shape == 2:
                new = tuple(w for n in lat for w in filters9.org_core(n))
            if shape == 4 and lat:
                # the swapped-in word is a place or common word from the generator's tables
                new = tuple(w for n in lat for w in filters9.org_core(n) if w in SWAP_WORDS)
            hit = F.check_trap(row, shape, new)
        if hit:
            print('HIT', hit[0], r['kind'], r['names'], '->', hit[2]); bad += 1
    print(f'{len(rows)} rows checked; {bad} problems')
    if '--tables' in sys.argv or bad == 0:
        tables(rows)
    sys.exit(1 if bad else 0)

def tables(rows):
    n = len(rows)
    sch = Counter(r['schema'] for r in rows)
    print('\n## schema'); [print(f'| {k} | {v} | {100*v/n:.1f} % |') for k, v in sch.most_common()]
    sc = Counter()
    for r in rows:
        for s in {filters9.script_of(x) for x in r['names']}:
            sc[s] += 1
    print('\n## scripts (a row counts once for each script it contains)')
    [print(f'| {SCRIPT_LABEL[k]} | {v} |') for k, v in sc.most_common()]
    two = sum(1 for r in rows if len(r['names']) == 2)
    native = [r for r in rows if not filters9.is_latin(r['names'][0])]
    nn = sum(1 for r in native if r['kind'].endswith('/noise'))
    ln = sum(1 for r in rows if filters9.is_latin(r['names'][0]) and r['kind'].endswith('/noise'))
    print(f'\nrows with two forms: {two}; native-script rows: {len(native)}, with document noise: {nn} '
          f'({100*nn/len(native):.1f} %); Latin rows with a title: {ln}')
    traps = [r for r in rows if r['kind'].startswith('trap/')]
    print(f'\n## traps: {len(traps)}')
    by = defaultdict(Counter)
    for r in traps:
        p = r['kind'].split('/')
        by[p[1]][p[2] + '/' + p[3]] += 1
    for k in SHAPES:
        print(f'| {SHAPES[k]} {k} | {sum(by[k].values())} | ' + ', '.join(f'{a} {b}' for a, b in sorted(by[k].items())) + ' |')
    kinds = Counter(r['kind'].replace('/noise', '') for r in rows)
    print(f'\n## kinds: {len(kinds)} (noise folded in); largest: ' + ', '.join(f'{k} {v}' for k, v in kinds.most_common(5)))
    groups = Counter('/'.join(r['kind'].split('/')[:2]) for r in rows if not r['kind'].startswith('trap/'))
    print('\n## non-trap kind groups'); [print(f'| {k} | {v} |') for k, v in sorted(groups.items())]
    full = sorted(kinds.items())
    print('\n## all kinds'); print('; '.join(f'{k} {v}' for k, v in full))

if __name__ == '__main__':
    main()
