"""Write corpus/docs/NN-*.labels.json from the spec below and check them:
every label string occurs verbatim in its document; entity ids exist in list.csv; no candidate is on a real list
(folded exact or word-subset, also via Hangul/Han/Cyrillic romanisations); mention counts (leftmost-longest, case-sensitive)."""
import csv, json, os, re, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
# the list readers and romanisations are heldout-6's, used as they are
sys.path.append(os.path.join(os.path.dirname(__file__), '..', '..', 'heldout-6', 'tools'))
from lists import Index, words
from translit import is_hangul, hangul_text, hangul_person, pinyin_syl, cyr_shadows
from unidecode import unidecode

O, P = 'organisation', 'person'
from spec import SPEC

def count_mentions(text, strings):
    """leftmost-longest, non-overlapping, case-sensitive"""
    pat = re.compile('|'.join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))
    i, hits = 0, []
    while True:
        best = None
        for s in strings:
            j = text.find(s, i)
            if j >= 0 and (best is None or j < best[0] or (j == best[0] and len(s) > len(best[1]))): best = (j, s)
        if not best: return hits
        hits.append(best); i = best[0] + len(best[1])

def shadows(s):
    sh = []
    if is_hangul(s): sh += hangul_text(s) + (hangul_person(s) if len(s.replace(' ', '')) <= 4 else [])
    if re.search(r'[\u4e00-\u9fff]', s): sh += [' '.join(pinyin_syl(s)), ''.join(pinyin_syl(s))]
    if re.search(r'[\u0400-\u04ff]', s): sh += cyr_shadows(s)
    if re.search(r'[\u0600-\u06ff]', s): sh += [unidecode(s)]
    return sh

def main():
    ids = {r['id']: r for r in csv.DictReader(open('corpus/list.csv', encoding='utf-8'))}
    ix = Index()
    problems, total_m, total_s, used = 0, 0, 0, set()
    rows = []
    for fn, sp in SPEC.items():
        text = open(f'corpus/docs/{fn}', encoding='utf-8').read()
        for kind in ('entities', 'candidates', 'technology'):
            for t, _ in sp[kind]:
                if t not in text: print(f'MISSING in {fn}: {kind} {t!r}'); problems += 1
        if sp['marking'].replace(' ', '') not in text.replace(' ', ''): print(f'MARKING? {fn}'); problems += 1
        for t, lid in sp['entities']:
            if lid not in ids: print('BAD ID', lid); problems += 1
            used.add(lid)
        for t, lab in sp['candidates']:
            h = ix.check(t, tuple(shadows(t)))
            if h: print(f'CANDIDATE ON LIST {fn}: {t!r} {h}'); problems += 1
        hits = count_mentions(text, [t for t, _ in sp['entities']])
        lab = {t: l for t, l in sp['entities']}
        unused = [t for t, _ in sp['entities'] if t not in {h[1] for h in hits}]
        if unused: print(f'label never counted (shadowed) in {fn}: {unused}'); problems += 1
        total_m += len(hits); total_s += len(sp['entities'])
        ents = {lab[h[1]] for h in hits}
        words_n = len(re.sub(r'<[^>]+>', ' ', text).split())
        rows.append((fn, words_n, len(hits), len(ents), len(sp['candidates']), len(sp['technology'])))
        if '-v' in sys.argv:
            for j, s in hits:
                print(f'   {fn[:2]} {lab[s]} {text[max(0,j-25):j]!r} [[{s}]] {text[j+len(s):j+len(s)+15]!r}')
        out = {'marking': sp['marking'], 'entities': [{'text': t, 'entity': l} for t, l in sp['entities']],
               'candidates': [{'text': t, 'label': l} for t, l in sp['candidates']],
               'technology': [{'text': t, 'annex': a} for t, a in sp['technology']]}
        with open(f"corpus/docs/{fn.rsplit('.', 1)[0]}.labels.json", 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
    for r in rows: print('%-48s words %4d mentions %3d entities %2d candidates %2d tech %d' % r)
    print(f'entity label strings {total_s}, mentions {total_m}, list entries used {len(used)}/{len(ids)} missing {sorted(set(ids)-used)}')
    print(f'candidates {sum(len(s["candidates"]) for s in SPEC.values())}, technology {sum(len(s["technology"]) for s in SPEC.values())}')
    print('PROBLEMS', problems)
    sys.exit(1 if problems else 0)
if __name__ == '__main__':
    main()
