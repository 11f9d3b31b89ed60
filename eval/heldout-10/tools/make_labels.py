#!/usr/bin/env python3
"""Write heldout-10/corpus/docs/*.labels.json from tools/spec.py and check them:
  - every label string occurs verbatim in its document, once per file in the spec, and every id is in list.csv;
  - Latin label strings stand at word boundaries (Hangul and Han may carry particles);
  - no candidate (invented name) is a listed name: filters10 rules R1-R7 (persons) and R1-R6 (organisations),
    also through the readings of native-script candidates;
  - no listed name or alias of any list (two or more words, or one word of five letters or more) stands in a
    document outside the labelled spans, except the strings in ACCEPTED.
Prints per-document totals (mentions counted leftmost-longest over all label strings).  Exit 1 on any failure.

    /tmp/h10venv/bin/python tools/make_labels.py
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import filters10 as F
import common10 as C
from spec import DOCS

CORPUS = os.path.join(HERE, '..', 'corpus')
ACCEPTED = {
}


def boundary_ok(text, i, j):
    a = text[i - 1] if i > 0 else ' '
    b = text[j] if j < len(text) else ' '
    first, last = text[i], text[j - 1]
    ok = True
    if F.script_of(first) == 'latin' and (first.isalnum()) and (a.isalnum() and F.script_of(a) == 'latin'):
        ok = False
    if F.script_of(last) == 'latin' and last.isalnum() and (b.isalnum() and F.script_of(b) == 'latin'):
        ok = False
    if (first.isalnum() and a.isalnum() and F.script_of(first) in ('cyrillic', 'arabic') and F.script_of(a) == F.script_of(first)):
        ok = False
    return ok


def mentions(text, labels):
    """leftmost-longest, non-overlapping, at boundaries"""
    out = []
    i = 0
    labels = sorted(set(labels), key=len, reverse=True)
    while i < len(text):
        for lab in labels:
            if text.startswith(lab, i) and boundary_ok(text, i, i + len(lab)):
                out.append((i, i + len(lab), lab))
                i += len(lab)
                break
        else:
            i += 1
    return out


def main():
    ids = {r['id'] for r in csv.DictReader(open(os.path.join(CORPUS, 'list.csv'), encoding='utf-8'))}
    L = F.Listed(places=C.places())
    # listed names for the free-text scan
    listed = {}
    for nm, kind, src in L.names:
        ws = F.W(nm)
        if not ws:
            continue
        if len(ws) >= 2 or (len(ws) == 1 and len(ws[0]) >= 5):
            listed.setdefault(tuple(ws), nm)
    maxn = 8
    errors = 0
    tot = dict(words=0, ent=0, ment=0, cand=0, cment=0, tech=0)
    table = []
    parties = set()
    for fn, d in DOCS.items():
        path = os.path.join(CORPUS, 'docs', fn)
        text = open(path, encoding='utf-8').read()
        if d['marking'] not in text.split('\n')[:3]:
            print(f'{fn}: marking line not among the first lines'); errors += 1
        strings = [e[0] for e in d['entities']] + [c[0] for c in d['candidates']]
        if len(strings) != len(set(strings)):
            print(f'{fn}: a label string is repeated'); errors += 1
        for s, lid in d['entities']:
            if s not in text:
                print(f'{fn}: entity string not in text: {s!r}'); errors += 1
            if lid not in ids:
                print(f'{fn}: unknown id {lid}'); errors += 1
            parties.add(lid)
        for s, lab in d['candidates']:
            if s not in text:
                print(f'{fn}: candidate string not in text: {s!r}'); errors += 1
            clean = re.sub(r'\s+', ' ', s)
            hit = L.check([clean], readings=C.readings_of(clean), person=(lab == 'person'))
            if not hit and lab == 'organisation':
                hit = L.check([clean], readings=C.readings_of(clean), person=True)
            if hit:
                print(f'{fn}: candidate looks listed: {s!r} -> {hit}'); errors += 1
        for s, codes in d['technology']:
            if s not in text:
                print(f'{fn}: technology string not in text: {s!r}'); errors += 1
        m = mentions(text, strings)
        found = {lab for _, _, lab in m}
        for s in strings:
            if s not in found:
                print(f'{fn}: label never found at a word boundary: {s!r}'); errors += 1
        ent_set = {e[0] for e in d['entities']}
        n_ent = sum(1 for _, _, lab in m if lab in ent_set)
        n_cand = len(m) - n_ent
        # scan for unlabelled listed names
        spans = [(a, b) for a, b, _ in m]
        toks = [(mm.start(), mm.end(), mm.group()) for mm in re.finditer(r"[^\W_]+(?:['’-][^\W_]+)*", text)]
        for i in range(len(toks)):
            for n in range(1, maxn + 1):
                if i + n > len(toks):
                    break
                a, b = toks[i][0], toks[i + n - 1][1]
                ws = tuple(F.W(text[a:b]))
                covered = all(any(x <= ta and tb <= y for x, y in spans) for ta, tb, _ in toks[i:i + n])
                if ws in listed and not covered:
                    key = text[a:b]
                    if key in ACCEPTED.get(fn, set()):
                        continue
                    print(f'{fn}: unlabelled listed name {key!r} = {listed[ws]!r}'); errors += 1
        words = len(text.split())
        table.append((fn[:2], words, len(d['entities']), n_ent, len(d['candidates']), n_cand))
        tot['words'] += words; tot['ent'] += len(d['entities']); tot['ment'] += n_ent
        tot['cand'] += len(d['candidates']); tot['cment'] += n_cand; tot['tech'] += len(d['technology'])
        out = {'marking': d['marking'],
               'entities': [{'text': s, 'entity': lid} for s, lid in d['entities']],
               'candidates': [{'text': s, 'label': lab} for s, lab in d['candidates']],
               'technology': [{'text': s, 'annex': codes} for s, codes in d['technology']]}
        with open(path.rsplit('.', 1)[0] + '.labels.json', 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print('doc words entity-strings mentions candidates candidate-mentions')
    for r in table:
        print(*r)
    print(f"total: {len(DOCS)} documents, {tot['words']} words, {tot['ent']} entity strings = {tot['ment']} mentions, "
          f"{len(parties)} parties, {tot['cand']} candidate strings = {tot['cment']} mentions, {tot['tech']} technology")
    print('errors:', errors)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
