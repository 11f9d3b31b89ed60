"""Load every name and alias on every list under /work/shared/data/raw (read only) and fold them.
fold(): NFKD, drop combining marks, lower case, punctuation -> space, words sorted.
A hyphen/apostrophe is folded two ways (as a space and as nothing)."""
import csv, io, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import defaultdict, Counter
RAW = '/work/shared/data/raw'

def _strip(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()

_PUNCT = re.compile(r"[^\w\s]", re.U)
def words(s, joiner=' '):
    s = _strip(s)
    s = s.replace('\u200c', '').replace('\u200d', '')
    s = re.sub(r"[-'’ʼ`‘]", joiner, s)
    s = _PUNCT.sub(' ', s).replace('_', ' ')
    return s.split()

def fold(s):
    return ' '.join(sorted(words(s)))

def folds(s):
    """both hyphen readings"""
    return {' '.join(sorted(words(s, ' '))), ' '.join(sorted(words(s, '')))} - {''}

def _ofac(path, names_col, type_col=None, remarks_col=None):
    out = []
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    for row in csv.reader(io.StringIO(raw)):
        if len(row) <= names_col: continue
        nm = row[names_col].strip()
        if nm and nm != '-0-':
            out.append((nm, row))
    return out

def load():
    """returns list of (name, kind, source) ; kind in person/entity/unknown"""
    res = []
    # OFAC SDN + consolidated
    types = {}
    for sub, prim, alts in [('ofac_sdn', 'sdn.csv', ['alt.csv']), ('ofac_consolidated_nonsdn', 'cons_prim.csv', ['cons_alt.csv'])]:
        for nm, row in _ofac(f'{RAW}/{sub}/{prim}', 1):
            t = row[2].strip()
            kind = 'person' if t == 'individual' else ('entity' if t in ('-0-', '') else 'other')
            types[row[0].strip()] = kind
            res.append((nm, kind, f'{sub}/{prim}'))
            rem = row[11] if len(row) > 11 else ''
            for a in re.findall(r"a\.k\.a\.\s*'([^']+)'", rem):
                res.append((a, kind, f'{sub}/{prim}:remarks'))
        for a in alts:
            for nm, row in _ofac(f'{RAW}/{sub}/{a}', 3):
                res.append((nm, types.get(row[0].strip(), 'unknown'), f'{sub}/{a}'))
    for nm, row in _ofac(f'{RAW}/ofac_sdn_alt_add_2026/alt.csv', 3):
        res.append((nm, types.get(row[0].strip(), 'unknown'), 'ofac_sdn_alt_add_2026/alt.csv'))
    # BIS DPL
    with open(f'{RAW}/bis_dpl/dpl.txt', encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            if r['Name'].strip(): res.append((r['Name'].strip(), 'unknown', 'bis_dpl'))
    # UK HMT
    txt = open(f'{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv', encoding='cp1252').read().split('\n', 1)[1]
    for r in csv.DictReader(io.StringIO(txt)):
        parts = [r.get(f'Name {i}', '') or '' for i in (1, 2, 3, 4, 5)] + [r.get('Name 6', '') or '']
        nm = ' '.join(p.strip() for p in parts if p and p.strip())
        if nm:
            res.append((nm, 'person' if r.get('Group Type') == 'Individual' else 'entity', 'uk_hmt'))
    # UN
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    for ind in root.iter('INDIVIDUAL'):
        nm = ' '.join((ind.findtext(t) or '').strip() for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')).strip()
        if nm: res.append((nm, 'person', 'un'))
        for a in ind.iter('INDIVIDUAL_ALIAS'):
            x = (a.findtext('ALIAS_NAME') or '').strip()
            if x: res.append((x, 'person', 'un'))
        x = (ind.findtext('NAME_ORIGINAL_SCRIPT') or '').strip()
        if x: res.append((x, 'person', 'un'))
    for ent in root.iter('ENTITY'):
        nm = (ent.findtext('FIRST_NAME') or '').strip()
        if nm: res.append((nm, 'entity', 'un'))
        for a in ent.iter('ENTITY_ALIAS'):
            x = (a.findtext('ALIAS_NAME') or '').strip()
            if x: res.append((x, 'entity', 'un'))
        x = (ent.findtext('NAME_ORIGINAL_SCRIPT') or '').strip()
        if x: res.append((x, 'entity', 'un'))
    # KAIST compilation
    for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json')):
        for k in ('english', 'native', 'korean'):
            x = (r['name'].get(k) or '').strip()
            if x: res.append((x, 'unknown', 'kaist:' + k))
        for a in r.get('aliases') or []:
            if isinstance(a, dict): a = a.get('name') or a.get('english') or ''
            if a and a.strip(): res.append((a.strip(), 'unknown', 'kaist:alias'))
    return res

class Index:
    def __init__(self):
        self.names = load()
        self.exact = {}
        self.sets = []          # (frozenset(words), name)
        self.by_word = defaultdict(set)
        for nm, kind, src in self.names:
            for variant in (words(nm, ' '), words(nm, '')):
                if not variant: continue
                key = ' '.join(sorted(variant))
                self.exact.setdefault(key, nm)
                ws = frozenset(variant)
                i = len(self.sets)
                self.sets.append((ws, nm, kind))
                for w in ws: self.by_word[w].add(i)
        self.vocab = set(self.by_word)

    def check_words(self, ws):
        """ws: list of words (already folded). Returns reason or None."""
        if not ws: return None
        key = ' '.join(sorted(ws))
        if key in self.exact: return ('exact', self.exact[key])
        s = set(ws)
        if len(s) >= 2:
            cand = None
            for w in s:
                ids = self.by_word.get(w)
                if not ids: return None
                cand = set(ids) if cand is None else cand & ids
                if not cand: return None
            i = min(cand)
            return ('subset', self.sets[i][1])
        return None

    def check(self, name, shadows=()):
        for s in (name,) + tuple(shadows):
            for j in (' ', ''):
                r = self.check_words(words(s, j))
                if r: return (r[0], s, r[1])
        return None

if __name__ == '__main__':
    ix = Index()
    print(len(ix.names), Counter(s.split(':')[0] for _, _, s in ix.names))
