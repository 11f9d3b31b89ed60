"""Load every name on every real list in /work/shared/data/raw and fold them."""
import csv, json, re, unicodedata, io
import xml.etree.ElementTree as ET
RAW = '/work/shared/data/raw'

def fold(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s if c.isalnum())

def tokset(s):
    s = unicodedata.normalize('NFKD', unicodedata.normalize('NFKC', s).casefold())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    toks = [t for t in re.split(r'[^\w]+', s) if t]
    return ' '.join(sorted(toks))

def _ofac(path, namecol):
    out = []
    with open(path, encoding='latin-1', newline='') as f:
        for row in csv.reader(f):
            if len(row) > namecol:
                n = row[namecol].strip()
                if n and n != '-0-':
                    out.append(n)
                if namecol == 1 and len(row) > 11:
                    for m in re.findall(r"a\.k\.a\.,? '([^']+)'", row[11]):
                        out.append(m)
    return out

def load_names():
    names = []
    names += _ofac(f'{RAW}/ofac_sdn/sdn.csv', 1)
    names += _ofac(f'{RAW}/ofac_sdn/alt.csv', 3)
    names += _ofac(f'{RAW}/ofac_sdn_alt_add_2026/alt.csv', 3)
    names += _ofac(f'{RAW}/ofac_consolidated_nonsdn/cons_prim.csv', 1)
    names += _ofac(f'{RAW}/ofac_consolidated_nonsdn/cons_alt.csv', 3)
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    for ind in root.iter('INDIVIDUAL'):
        parts = [(ind.findtext(k) or '').strip() for k in ('FIRST_NAME','SECOND_NAME','THIRD_NAME','FOURTH_NAME')]
        names.append(' '.join(p for p in parts if p))
        for a in ind.iter('INDIVIDUAL_ALIAS'):
            if a.findtext('ALIAS_NAME'): names.append(a.findtext('ALIAS_NAME'))
        if ind.findtext('NAME_ORIGINAL_SCRIPT'): names.append(ind.findtext('NAME_ORIGINAL_SCRIPT'))
    for ent in root.iter('ENTITY'):
        if ent.findtext('FIRST_NAME'): names.append(ent.findtext('FIRST_NAME'))
        for a in ent.iter('ENTITY_ALIAS'):
            if a.findtext('ALIAS_NAME'): names.append(a.findtext('ALIAS_NAME'))
        if ent.findtext('NAME_ORIGINAL_SCRIPT'): names.append(ent.findtext('NAME_ORIGINAL_SCRIPT'))
    with open(f'{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv', encoding='cp1252') as f:
        f.readline()
        for r in csv.DictReader(f):
            n6 = (r.get('Name 6') or '').strip()
            given = ' '.join((r.get(f'Name {i}') or '').strip() for i in range(1, 6)).split()
            g = ' '.join(given)
            if n6:
                names.append(n6)
                if g:
                    names.append(g + ' ' + n6); names.append(n6 + ' ' + g)
    with open(f'{RAW}/bis_dpl/dpl.txt', encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            if r.get('Name'): names.append(r['Name'].strip())
    for rec in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json')):
        for k in ('english','native','korean'):
            v = (rec.get('name') or {}).get(k)
            if v: names.append(v)
        for a in rec.get('aliases') or []:
            if isinstance(a, str): names.append(a)
            elif isinstance(a, dict):
                for v in a.values():
                    if isinstance(v, str): names.append(v)
    return [n for n in names if n and n.strip()]

_cache = None
def index():
    global _cache
    if _cache is None:
        names = load_names()
        folded = {}
        toks = {}
        alltok = set()
        for n in names:
            f = fold(n)
            if f: folded.setdefault(f, n)
            ts = tokset(n)
            if ts: toks.setdefault(ts, n)
            for t in ts.split(): alltok.add(fold(t))
        _cache = (names, folded, toks, alltok)
    return _cache

if __name__ == '__main__':
    names, folded, toks, alltok = index()
    print(len(names), len(folded), len(toks), len(alltok))
