"""Given and family names of listed persons, by country, as the lists write them (read-only from the raw lists).
Used only to build traps; nothing here is written out except recombinations that the filter lets through."""
import csv, io, re, xml.etree.ElementTree as ET
from collections import defaultdict
RAW = '/work/shared/data/raw'

COUNTRY_RX = [
    ('DPRK', re.compile(r'Korea, North|North Korea', re.I)),
    ('Iran', re.compile(r'\bIran\b', re.I)),
    ('Syria', re.compile(r'\bSyria\b', re.I)),
    ('Russia', re.compile(r'\bRussia\b', re.I)),
    ('Pakistan', re.compile(r'\bPakistan\b', re.I)),
    ('China', re.compile(r'\bChina\b', re.I)),
]

def _country(remarks, programs):
    m = re.search(r'nationality ([^;]+)', remarks) or re.search(r'citizen ([^;]+)', remarks) or re.search(r'POB ([^;]+)', remarks)
    if m:
        for c, rx in COUNTRY_RX:
            if rx.search(m.group(1)): return c
    if 'DPRK' in programs: return 'DPRK'
    return None

def ofac_people():
    """(country, surname, given, full written form) from sdn.csv individuals"""
    raw = open(f'{RAW}/ofac_sdn/sdn.csv', 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    out = []
    for row in csv.reader(io.StringIO(raw)):
        if len(row) < 12 or row[2].strip() != 'individual': continue
        nm = row[1].strip()
        c = _country(row[11], row[3])
        if not c or ',' not in nm: continue
        sur, giv = [x.strip() for x in nm.split(',', 1)]
        if not sur or not giv: continue
        out.append((c, sur, giv, nm))
    return out

def un_people():
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    out = []
    for ind in root.iter('INDIVIDUAL'):
        ref = ind.findtext('REFERENCE_NUMBER') or ''
        f1 = (ind.findtext('FIRST_NAME') or '').strip(); f2 = (ind.findtext('SECOND_NAME') or '').strip()
        f3 = (ind.findtext('THIRD_NAME') or '').strip()
        if ref.startswith('KP') and f1 and f2:
            out.append(('DPRK', f1, ' '.join(x for x in (f2, f3) if x), f'{f1} {f2} {f3}'.strip()))
        elif ref.startswith('IR') and f1 and f2:
            out.append(('Iran', f2 if not f3 else f3, f1 if not f3 else f'{f1} {f2}', f'{f1} {f2} {f3}'.strip()))
    return out

def pools():
    """country -> {'sur': [...], 'giv': [...], 'people': [(sur, giv, full)]} (as written, de-duplicated, order kept)"""
    res = defaultdict(lambda: {'sur': [], 'giv': [], 'people': []})
    seen = defaultdict(set)
    for c, sur, giv, full in ofac_people() + un_people():
        d = res[c]
        if sur.lower() not in seen[c, 'sur']:
            seen[c, 'sur'].add(sur.lower()); d['sur'].append(sur)
        if giv.lower() not in seen[c, 'giv']:
            seen[c, 'giv'].add(giv.lower()); d['giv'].append(giv)
        d['people'].append((sur, giv, full))
    return res

def ofac_entities(programs_rx=r'NPWMD|DPRK|IRAN|IFSR|IRGC|SYRIA|RUSSIA-EO14024'):
    raw = open(f'{RAW}/ofac_sdn/sdn.csv', 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    out = []
    for row in csv.reader(io.StringIO(raw)):
        if len(row) < 12 or row[2].strip() not in ('-0-', ''): continue
        if re.search(programs_rx, row[3]):
            out.append((row[3], row[1].strip()))
    return out

def un_entities():
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    out = []
    for ent in root.iter('ENTITY'):
        ref = ent.findtext('REFERENCE_NUMBER') or ''
        if ref[:2] in ('KP', 'IR'):
            out.append((ref[:2], (ent.findtext('FIRST_NAME') or '').strip()))
            for a in ent.iter('ENTITY_ALIAS'):
                x = (a.findtext('ALIAS_NAME') or '').strip()
                if x: out.append((ref[:2], x))
    return out

def meti_entities():
    import json
    out = []
    for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json')):
        if r['source']['list_id'] != 'jp-meti-end-user-list': continue
        out.append((r['countries'][0] if r['countries'] else '', r['name'].get('english') or '', r['name'].get('native') or ''))
    return out

if __name__ == '__main__':
    p = pools()
    for c, d in p.items():
        print(c, len(d['sur']), len(d['giv']), len(d['people']), d['sur'][:8], d['giv'][:8])
