"""Check heldout-9's document labels (tools/spec.py) and write corpus/docs/*.labels.json.

Run from eval/heldout-9:  /tmp/h9venv/bin/python tools/make_labels.py
Checks, exiting non-zero on any problem:
  1. every label string occurs verbatim in its document, once per file in the spec, every id exists in list.csv;
  2. no invented candidate is a listed name: filters9 rules R1-R5 (exact, reordered, romanised, phonetic, variant /
     organisation canonical key) and a word-subset rule (all of a candidate's folded words, two or more, inside one
     listed name or alias), on the candidate and on its romanisations;
  3. no listed name or alias of any list (87,128 strings) stands in a document outside the labelled spans: a token scan
     of every listed name's folded words (Latin, and in native script a raw substring scan), reported with the string;
     the few accepted occurrences are listed in ACCEPTED with the reason.
Then it counts mentions (all label strings of a file, leftmost-longest) and prints the totals."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import filters9, lists
from lists import words
from spec import SPEC

BASE = os.path.join(HERE, '..', 'corpus')
DOCS = os.path.join(BASE, 'docs')

# listed strings that occur in a document outside the labels, accepted on purpose (folded key -> reason)
ACCEPTED = {'best': 'the closing "Best regards"; BEST is a one-word alias in the KAIST compilation'}

def fold_tokens(text):
    """tokens with char spans; folded like lists.words (NFKD, marks dropped, lower case)"""
    out = []
    for m in re.finditer(r"[^\W_]+", text, re.U):
        t = lists._strip(m.group(0))
        if t: out.append((t, m.start(), m.end()))
    return out

def leftmost_longest(text, strings):
    strs = sorted(set(strings), key=len, reverse=True)
    i, hits = 0, []
    while i < len(text):
        best = None
        for s in strs:
            if text.startswith(s, i):
                best = s; break
        if best:
            hits.append((i, i + len(best), best)); i += len(best)
        else:
            i += 1
    return hits

def main():
    ids = {r['id']: r for r in csv.DictReader(open(os.path.join(BASE, 'list.csv'), encoding='utf-8'))}
    F = filters9.Filter()
    IX = lists.Index()
    # listed names as token sequences for the document scan
    seqs = defaultdict(set)
    native = set()
    for nm, kind, src in IX.names:
        if kind == 'other': continue          # vessels and aircraft
        if filters9.script_of(nm) != 'latin':
            core = nm.strip()
            if len(core) >= 3: native.add(core)
            continue
        for j in (' ', ''):
            w = words(nm, j)
            if w and (len(w) > 1 or len(w[0]) >= 3):
                seqs[len(w)].add(tuple(w))
    maxlen = max(seqs)
    problems = 0
    tot = Counter()
    parties = set(); per_country = Counter(); per_src = Counter()
    for fn, sp in SPEC.items():
        path = os.path.join(DOCS, fn)
        text = open(path, encoding='utf-8').read()
        allstr = [e for e, _ in sp['E']] + [c for c, _ in sp['C']] + [t for t, _ in sp['T']]
        dup = [s for s, n in Counter(allstr).items() if n > 1]
        if dup:
            print(f'{fn}: duplicate label strings {dup}'); problems += 1
        for s in allstr:
            if s not in text:
                print(f'{fn}: NOT IN TEXT: {s!r}'); problems += 1
        for s, i in sp['E']:
            if i not in ids:
                print(f'{fn}: unknown id {i}'); problems += 1
            parties.add(i)
        # candidates are not listed
        for s, lab in sp['C']:
            flat = re.sub(r'\s+', ' ', s)
            row = {'schema': 'Person' if lab == 'person' else 'Company', 'names': [flat]}
            hit = F.check_row(row) or F.check_trap(row, 0)
            if not hit:
                forms = [flat] + ([] if filters9.is_latin(flat) else filters9.roman_shadows(flat, lab == 'person'))
                for f in forms:
                    r = IX.check(f)
                    if r and r[0] == 'subset':
                        hit = ('subset', r[1], r[2]); break
            if hit:
                print(f'{fn}: CANDIDATE IS LISTED {flat!r}: {hit}'); problems += 1
        # labelled spans
        spans = [(a, b) for a, b, _ in leftmost_longest(text, [e for e, _ in sp['E']] + [c for c, _ in sp['C']])]
        def covered(a, b):
            """every word character of text[a:b] lies inside a labelled span"""
            for m in re.finditer(r"[^\W_]+", text[a:b]):
                p, q = a + m.start(), a + m.end()
                if not any(x <= p and q <= y for x, y in spans): return False
            return True
        toks = fold_tokens(text)
        tw = [t for t, _, _ in toks]
        for i in range(len(toks)):
            for L in range(min(maxlen, len(toks) - i), 0, -1):
                if tuple(tw[i:i + L]) in seqs[L]:
                    a, b = toks[i][1], toks[i + L - 1][2]
                    if L == 1 and (len(tw[i]) < 4 or not text[a].isupper()): break
                    if not covered(a, b):
                        k = ' '.join(tw[i:i + L])
                        if k in ACCEPTED: break
                        print(f'{fn}: LISTED NAME OUTSIDE LABELS: {text[a:b]!r}'); problems += 1
                    break
        for nm in native:
            for m in re.finditer(re.escape(nm), text):
                if not covered(m.start(), m.end()) and nm not in ACCEPTED:
                    print(f'{fn}: LISTED NATIVE NAME OUTSIDE LABELS: {nm!r}'); problems += 1
        # short label strings must stand at word boundaries wherever they occur
        for s_, _ in sp['E'] + sp['C']:
            if len(s_) <= 8 and re.fullmatch(r'[^\W_]+', s_):
                for m in re.finditer(re.escape(s_), text):
                    a, b = m.start(), m.end()
                    if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum() and not
                                                              filters9.script_of(s_) in ('hangul', 'han')):
                        print(f'{fn}: {s_!r} occurs inside a longer word: {text[max(0, a - 10):b + 10]!r}'); problems += 1
        # mentions
        ents = dict(sp['E'])
        hits = leftmost_longest(text, list(ents) + [c for c, _ in sp['C']])
        men = sum(1 for _, _, s in hits if s in ents)
        cmen = sum(1 for _, _, s in hits if s not in ents)
        tot['docs'] += 1; tot['words'] += len(text.split()); tot['entity strings'] += len(sp['E'])
        tot['entity mentions'] += men; tot['candidate strings'] += len(sp['C']); tot['candidate mentions'] += cmen
        tot['technology'] += len(sp['T'])
        out = {'marking': sp['marking'],
               'entities': [{'text': s, 'entity': i} for s, i in sp['E']],
               'candidates': [{'text': s, 'label': l} for s, l in sp['C']],
               'technology': [{'text': s, 'annex': a} for s, a in sp['T']]}
        base = fn.rsplit('.', 1)[0]
        with open(os.path.join(DOCS, base + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(f'{fn}: {len(text.split())} words, {len(sp["E"])} entity strings = {men} mentions, '
              f'{len(sp["C"])} candidates, {len(sp["T"])} technology')
    missing = set(ids) - parties
    if missing:
        print('parties never labelled:', sorted(missing)); problems += 1
    for i in sorted(parties):
        r = ids[i]; per_country[r['country']] += 1
        for s in r['sources'].split(' ; '):
            per_src[s.split(' ')[0] + (' ' + s.split(' ')[1] if s.startswith('OFAC') else '')] += 1
    sch = Counter(ids[i]['schema'] for i in parties)
    print('TOTAL', dict(tot), 'parties', len(parties), dict(sch), dict(per_country), dict(per_src))
    print(f'{problems} problems')
    sys.exit(1 if problems else 0)

if __name__ == '__main__':
    main()
