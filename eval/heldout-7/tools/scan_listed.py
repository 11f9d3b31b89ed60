"""Scan each document for any word window (1-12 words) whose folded form equals a name on a real list,
outside the labelled entity spans. Prints hits for manual review (place names and generic words are expected)."""
import sys, os, re, html
sys.path.insert(0, os.path.dirname(__file__))
# the list readers and romanisations are heldout-6's, used as they are
sys.path.append(os.path.join(os.path.dirname(__file__), '..', '..', 'heldout-6', 'tools'))
from lists import Index, words
from spec import SPEC
from make_labels import count_mentions
ix = Index()
for fn, sp in SPEC.items():
    raw = open(f'corpus/docs/{fn}', encoding='utf-8').read()
    hits = count_mentions(raw, [t for t, _ in sp['entities']])
    covered = set()
    for j, s in hits: covered.update(range(j, j + len(s)))
    toks = [(m.start(), m.end()) for m in re.finditer(r"[\w'’&.-]+", raw)]
    seen = set()
    for i in range(len(toks)):
        for n in range(1, 13):
            if i + n > len(toks): break
            a, b = toks[i][0], toks[i + n - 1][1]
            span = raw[a:b]
            if any(k in covered for k in range(a, b)): continue
            for j in (' ', ''):
                key = ' '.join(sorted(words(span, j)))
                if key and key in ix.exact and (fn, span) not in seen:
                    seen.add((fn, span)); print(f'{fn[:2]} {span!r} -> {ix.exact[key]!r}')
