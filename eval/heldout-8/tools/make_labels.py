"""Write corpus/docs/*.labels.json from tools/spec.py (format of heldout-7: marking, entities[text, entity],
candidates[text, label], technology[text, annex]) and check them:
 - every label text occurs in its document (words may be separated by any whitespace; each verbatim form found
   is written as its own label string);
 - every entity id is in corpus/list.csv;
 - no candidate is a listed name (heldout-6's lists.Index: folded exact and word-subset, also through
   romanisations of native-script candidates);
 - no listed name (any list, any alias, folded, in word order) stands in a document outside the entity labels.
Prints mention counts (leftmost-longest). Exits 1 on any problem."""
import csv, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'heldout-6', 'tools'))
sys.path.insert(0, HERE)
import lists, translit
from spec import SPEC
DOCS = os.path.join(HERE, '..', 'corpus', 'docs')
problems = []

def is_cjk(s):
    return any(0x3000 <= ord(c) <= 0x9fff or 0xac00 <= ord(c) <= 0xd7a3 for c in s)

def pattern(text):
    toks = text.split(' ')
    p = r'\s+'.join(re.escape(t) for t in toks)
    if not is_cjk(text):
        p = r'(?<![\w])' + p + r'(?![\w])'
    return re.compile(p)

def forms(doc, text):
    return sorted({m.group(0) for m in pattern(text).finditer(doc)})

def spans(doc, strings):
    """leftmost-longest occurrences of any of strings (with word boundaries for non-CJK)"""
    cands = []
    for s in set(strings):
        pat = re.compile((r'(?<![\w])' if not is_cjk(s) else '') + re.escape(s) + (r'(?![\w])' if not is_cjk(s) else ''))
        for m in pat.finditer(doc): cands.append((m.start(), -(m.end() - m.start()), m.end(), s))
    cands.sort(); out = []; pos = -1
    for st, neg, en, s in cands:
        if st >= pos: out.append((st, en, s)); pos = en
    return out

def shadows(name):
    if translit.is_hangul(name): return translit.hangul_text(name.replace(' ', '')) + translit.hangul_person(name)
    if any(0x4e00 <= ord(c) <= 0x9fff for c in name): return [' '.join(translit.pinyin_syl(name))]
    if any(0x400 <= ord(c) <= 0x4ff for c in name): return translit.cyr_shadows(name)
    return translit.generic(name)

def main():
    ids = {r['id']: r for r in csv.DictReader(open(os.path.join(HERE, '..', 'corpus', 'list.csv'), encoding='utf-8'))}
    ix = lists.Index()
    # ordered folded listed names for the document scan
    listed = {}
    for nm, kind, src in ix.names:
        w = lists.words(nm)
        if w and (len(w) >= 2 or len(w[0]) >= 5): listed.setdefault(' '.join(w), (nm, src))
    maxn = 12
    tot = dict(docs=0, words=0, ent_strings=0, mentions=0, cand=0, tech=0); used = set()
    for fn, sp in SPEC.items():
        doc = open(os.path.join(DOCS, fn), encoding='utf-8').read()
        out = {'marking': sp['marking'], 'entities': [], 'candidates': [], 'technology': []}
        if sp['marking'] not in doc: problems.append(f'{fn}: marking not in document')
        for text, eid in sp['E']:
            if eid not in ids: problems.append(f'{fn}: unknown id {eid}')
            fs = forms(doc, text)
            if not fs: problems.append(f'{fn}: entity text not found: {text!r}')
            for f in fs: out['entities'].append({'text': f, 'entity': eid}); used.add(eid)
        for text, lab in sp['C']:
            fs = forms(doc, text)
            if not fs: problems.append(f'{fn}: candidate not found: {text!r}')
            for f in fs: out['candidates'].append({'text': f, 'label': lab})
            r = ix.check(text, tuple(shadows(text)))
            if r: problems.append(f'{fn}: candidate {text!r} is listed ({r})')
        for text, annex in sp['T']:
            fs = forms(doc, text)
            if not fs: problems.append(f'{fn}: technology not found: {text!r}')
            for f in fs: out['technology'].append({'text': f, 'annex': annex})
        # scan for listed names outside entity labels
        ent = spans(doc, [e['text'] for e in out['entities']])
        covered = [(a, b) for a, b, _ in ent]
        toks = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’ʼ-]+", doc)]
        ftoks = [' '.join(lists.words(t[2])) for t in toks]
        cspans = [(a, b) for a, b, _ in spans(doc, [c['text'] for c in out['candidates']])]
        def inside(a, b, sp):
            return all(any(ca <= k < cb for ca, cb in sp) for k in range(a, b) if doc[k].isalnum())
        for i in range(len(toks)):
            if not ftoks[i]: continue
            acc = []
            for j in range(i, min(len(toks), i + maxn)):
                acc.append(ftoks[j]); key = ' '.join(x for x in acc if x)
                if key in listed and ftoks[j]:
                    nm, src = listed[key]
                    if ' ' not in key and src.endswith(':remarks'): continue   # OFAC remark fragments ('PEOPLE', 'STAFF')
                    a, b = toks[i][0], toks[j][1]
                    if inside(a, b, covered): continue
                    if inside(a, b, cspans):
                        print(f'  note {fn}: listed string {doc[a:b]!r} inside invented candidate ({nm}, {src})'); continue
                    problems.append(f'{fn}: unlabelled listed name {doc[a:b]!r} = {listed[key]}')
        # native-script listed names as substrings
        for nm, kind, src in ix.names:
            if is_cjk(nm) or any(0x600 <= ord(c) <= 0x6ff or 0x400 <= ord(c) <= 0x4ff for c in nm):
                if len(nm) >= 3 and nm in doc:
                    for m in re.finditer(re.escape(nm), doc):
                        if not any(ca <= m.start() and m.end() <= cb for ca, cb in covered):
                            problems.append(f'{fn}: unlabelled native listed name {nm!r} ({src})')
        json.dump(out, open(os.path.join(DOCS, fn.rsplit('.', 1)[0] + '.labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        n = len(ent)
        print(f'{fn}: {len(out["entities"])} entity strings, {n} mentions, {len({e["entity"] for e in out["entities"]})} entities, '
              f'{len(out["candidates"])} candidates, {len(out["technology"])} technology, {len(doc.split())} words')
        tot['docs'] += 1; tot['words'] += len(doc.split()); tot['ent_strings'] += len(out['entities']); tot['mentions'] += n
        tot['cand'] += len(out['candidates']); tot['tech'] += len(out['technology'])
    missing = set(ids) - used
    if missing: problems.append(f'ids never mentioned: {sorted(missing)}')
    print('TOTAL', tot, 'distinct entities', len(used))
    for p in problems: print('PROBLEM', p)
    sys.exit(1 if problems else 0)

if __name__ == '__main__':
    main()
