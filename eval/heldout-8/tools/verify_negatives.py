"""Re-check negatives/negatives.jsonl against the four rules from scratch and print the README tables."""
import json, os, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import make_negatives as M
import translit
from unidecode import unidecode

def script(s):
    for c in s:
        if not c.isalpha(): continue
        n = unicodedata.name(c, '')
        for k, v in (('HANGUL', 'Hangul'), ('CJK', 'Han'), ('HIRAGANA', 'Kana'), ('KATAKANA', 'Kana'), ('CYRILLIC', 'Cyrillic'),
                     ('ARABIC', 'Arabic'), ('DEVANAGARI', 'Devanagari'), ('THAI', 'Thai'), ('GREEK', 'Greek'), ('HEBREW', 'Hebrew')):
            if n.startswith(k) or (k == 'CJK' and 'IDEOGRAPH' in n): return v
    return 'Latin'

def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, '..', 'negatives', 'negatives.jsonl'), encoding='utf-8')]
    flt = M.Filter(); bad = 0
    import components as C
    read = {}
    for tab in (C.FA_GIVEN, C.FA_FAMILY, C.AR_GIVEN, C.AR_FAMILY): 
        for nat, lat in tab: read.setdefault(nat, []).extend(lat)
    for r in rows:
        sh, rsx = [], []
        for n in r['names']:
            if translit.is_hangul(n): sh += translit.hangul_person(n) if r['schema'] == 'Person' else translit.hangul_text(n)
            elif any(0x400 <= ord(c) <= 0x4ff for c in n): sh += translit.cyr_shadows(n)
            elif any(0x4e00 <= ord(c) <= 0x9fff for c in n) and r['schema'] == 'Person':
                (sh if '/han/' in r['kind'] else rsx).extend(translit.han_person(n))
            elif all(w in read for w in n.split()) and len(n.split()) == 2:
                a, b = n.split(); sh += [f'{x} {y}' for x in read[a] for y in read[b]]
        rs = [unidecode(n) for n in r['names'] if not M.is_latin(n)]
        hit = flt.check(r['names'], sh, rs + rsx)
        if hit: bad += 1; print('HIT', r, hit)
    print(f'rows {len(rows)}; rule hits on re-check: {bad}')
    sc = Counter(); sch = Counter(r['schema'] for r in rows); kinds = Counter(r['kind'].split('/')[0] + '/' + r['kind'].split('/')[1] for r in rows)
    for r in rows:
        for s_ in sorted({script(n) for n in r['names']}): sc[s_] += 1
    multi = sum(1 for r in rows if len({script(n) for n in r['names']}) > 1)
    print('schema', dict(sch)); print('script (a row counts once per script it has)', dict(sc.most_common())); print('rows with two scripts', multi)
    print('kinds', dict(sorted(kinds.items())))
    print('full kinds', len({r['kind'] for r in rows}), 'largest', Counter(r['kind'] for r in rows).most_common(3))

if __name__ == '__main__':
    main()
