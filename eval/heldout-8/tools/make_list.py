"""Build corpus/list.csv (the 35 real listed parties) from the raw lists in /work/shared/data/raw (read only).
Columns as heldout-7's list.csv: id,schema,name,aliases,weak_aliases,original_script,country,programs,sources,listed_on.
aliases and weak_aliases are joined with '|', sources with ' ; '."""
import csv, io, json, os, re, sys
import xml.etree.ElementTree as ET
RAW = '/work/shared/data/raw'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'corpus', 'list.csv')

# id, schema, country, selectors (un:REF, ofac:UID, meti:english, bis:english), weak aliases (acronyms/short forms
# that the lists give but that are too short to screen on), original_script override (None = take the list's)
PARTIES = [
 ('L-001', 'Organization', 'North Korea', ['un:KPe.044', 'ofac:20603', 'meti:Korea Kumsan Trading Corporation'], [], None),
 ('L-002', 'Organization', 'North Korea', ['un:KPe.012', 'ofac:15666', 'meti:Korean Committee for Space Technology'], ['KCST'], None),
 ('L-003', 'Organization', 'North Korea', ['un:KPe.015', 'ofac:9520', 'meti:Tosong Technology Trading Corporation'], [], None),
 ('L-004', 'Organization', 'North Korea', ['un:KPe.046', 'ofac:18568'], [], None),
 ('L-005', 'Organization', 'North Korea', ['un:KPe.009', 'ofac:11647', 'meti:Amroggang Development Banking Corporation'], [], None),
 ('L-006', 'Organization', 'North Korea', ['un:KPe.029', 'ofac:19530', 'meti:National Aerospace Development Administration (NADA)'], ['NATA', 'NADA'], None),
 ('L-007', 'Person', 'North Korea', ['un:KPi.005'], [], None),
 ('L-008', 'Person', 'North Korea', ['un:KPi.006', 'ofac:15667'], [], None),
 ('L-009', 'Person', 'North Korea', ['un:KPi.007', 'ofac:15668'], [], None),
 ('L-010', 'Organization', 'Iran', ['un:IRe.076', 'ofac:9764', 'meti:Ya Mahdi Industries Group'], [], None),
 ('L-011', 'Organization', 'Iran', ['un:IRe.043', 'ofac:10389', 'meti:Mizan Machinery Manufacturing (3M)'], ['3MG', '3M'], ''),
 ('L-012', 'Organization', 'Iran', ['un:IRe.069', 'ofac:10858', 'meti:Shahid Sattari Industries'], [], ''),
 ('L-013', 'Organization', 'Iran', ['un:IRe.040', 'ofac:13152', 'meti:Malek Ashtar University'], ['MUT'], None),
 ('L-014', 'Organization', 'Iran', ['ofac:16444', 'meti:Navid Composite Material Company'], [], ''),
 ('L-015', 'Organization', 'Iran', ['ofac:22688', 'meti:Rayan Roshd Afzar Company'], [], ''),
 ('L-016', 'Person', 'Iran', ['un:IRi.015', 'ofac:10583'], [], None),
 ('L-017', 'Person', 'Iran', ['un:IRi.012', 'ofac:10582'], [], None),
 ('L-018', 'Person', 'Iran', ['ofac:19252'], [], None),
 ('L-019', 'Person', 'China', ['ofac:45699'], [], None),
 ('L-020', 'Organization', 'Pakistan', ['meti:Air Weapons Complex (AWC)', 'bis:Air Weapons Complex (AWC)'], ['AWC'], ''),
 ('L-021', 'Organization', 'Pakistan', ['meti:Maritime Technology Complex (MTC)', 'bis:Maritime Technology Complex (MTC)'], ['MTC'], ''),
 ('L-022', 'Organization', 'Pakistan', ['meti:Ahad International', 'bis:Ahad International'], [], ''),
 ('L-023', 'Organization', 'Pakistan', ['meti:New Auto Engineering (NAE)', 'bis:New Auto Engineering (NAE)'], ['NAE'], ''),
 ('L-024', 'Organization', 'China', ['ofac:45717', 'meti:Beijing Luo Luo Technology Development Co., Limited.', 'bis:Beijing Luo Luo Technology Development Co., Limited.'], [], None),
 ('L-025', 'Organization', 'China', ['ofac:30927', 'meti:China Academy of Launch Vehicle Technology (CALT)'], ['CALT'], None),
 ('L-026', 'Person', 'Hong Kong', ['ofac:45700'], [], None),
 ('L-027', 'Organization', 'Hong Kong', ['ofac:42326', 'meti:JOTRIN ELECTRONICS LIMITED', 'bis:Jotrin Electronics Ltd.'], [], None),
 ('L-028', 'Organization', 'China', ['ofac:16849', 'meti:Dalian Zhenghua Maoyi Youxian Gongsi'], [], None),
 ('L-029', 'Person', 'China', ['ofac:24751'], [], None),
 ('L-030', 'Organization', 'Russia', ['ofac:45026', 'meti:Joint Stock Company Experimental Design Bureau Novator', 'bis:Joint Stock Company Experimental Design Bureau Novator'], [], None),
 ('L-031', 'Organization', 'Russia', ['ofac:35349', 'meti:JOINT STOCK COMPANY RESEARCH AND PRODUCTION CORPORATION KONSTRUKTORSKOYE BYURO MASHYNOSTROYENIYA'], ['KBM'], None),
 ('L-032', 'Person', 'Russia', ['ofac:48767'], [], None),
 ('L-033', 'Organization', 'Syria', ['ofac:10128', 'meti:Higher Institute of Applied Science and Technology (HIAST)', 'bis:Higher Institute of Applied Science and Technology (HIAST)'], ['HIAST', 'ISSAT'], None),
 ('L-034', 'Person', 'Syria', ['ofac:24745'], [], None),
 ('L-035', 'Organization', 'Syria', ['ofac:13373', 'meti:Mechanical Construction Factory (MCF)'], ['MCF'], None),
]

def ofac_rows():
    sdn, alt, seen = {}, {}, set()
    raw = open(f'{RAW}/ofac_sdn/sdn.csv', 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    for r in csv.reader(io.StringIO(raw)):
        if len(r) > 11: sdn[r[0].strip()] = r
    for p in (f'{RAW}/ofac_sdn/alt.csv', f'{RAW}/ofac_sdn_alt_add_2026/alt.csv'):
        raw = open(p, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
        for r in csv.reader(io.StringIO(raw)):
            if len(r) > 3 and (r[0], r[1]) not in seen:
                seen.add((r[0], r[1])); alt.setdefault(r[0].strip(), []).append(r[3].strip())
    for p in (f'{RAW}/ofac_consolidated_nonsdn/cons_prim.csv',):
        raw = open(p, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
        for r in csv.reader(io.StringIO(raw)):
            if len(r) > 11: sdn.setdefault(r[0].strip(), r + ['CONS'])
    raw = open(f'{RAW}/ofac_consolidated_nonsdn/cons_alt.csv', 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    for r in csv.reader(io.StringIO(raw)):
        if len(r) > 3 and (r[0], r[1]) not in seen:
            seen.add((r[0], r[1])); alt.setdefault(r[0].strip(), []).append(r[3].strip())
    return sdn, alt

def un_rows():
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    out = {}
    for ind in root.iter('INDIVIDUAL'):
        ref = (ind.findtext('REFERENCE_NUMBER') or '').strip()
        nm = ' '.join((ind.findtext(t) or '').strip() for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')).split()
        al = [(a.findtext('ALIAS_NAME') or '').strip() for a in ind.iter('INDIVIDUAL_ALIAS')]
        out[ref] = (' '.join(nm), [a for a in al if a], (ind.findtext('NAME_ORIGINAL_SCRIPT') or '').strip(), (ind.findtext('LISTED_ON') or '').strip())
    for e in root.iter('ENTITY'):
        ref = (e.findtext('REFERENCE_NUMBER') or '').strip()
        al = [(a.findtext('ALIAS_NAME') or '').strip() for a in e.iter('ENTITY_ALIAS')]
        out[ref] = ((e.findtext('FIRST_NAME') or '').strip(), [a for a in al if a], (e.findtext('NAME_ORIGINAL_SCRIPT') or '').strip(), (e.findtext('LISTED_ON') or '').strip())
    return out

def kaist():
    out = {}
    for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json')):
        lid = r['source']['list_id']
        k = 'meti' if lid.startswith('jp-meti') else 'bis' if lid == 'us-bis-entity-list' else None
        if k: out[(k, r['name']['english'].strip())] = r
    return out

def ofac_name(n, person):
    if person and ',' in n:
        sur, giv = n.split(',', 1)
        return f'{giv.strip()} {sur.strip()}'
    return n

def main():
    sdn, alt = ofac_rows(); un = un_rows(); ks = kaist()
    rows = []
    for pid, schema, country, sels, weak, orig_override in PARTIES:
        person = schema == 'Person'
        names, sources, programs, listed_on, orig = [], [], '', '', ''
        for s in sels:
            kind, key = s.split(':', 1)
            if kind == 'un':
                nm, al, o, lo = un[key]
                names += [nm] + al; orig = orig or o; listed_on = lo
                sources.append(f'UN {key}')
            elif kind == 'ofac':
                r = sdn[key]
                names.append(ofac_name(r[1].strip(), person))
                if person and ',' in r[1]: names.append(r[1].strip())
                names += [ofac_name(a, person) for a in alt.get(key, [])]
                for a in re.findall(r"a\.k\.a\.\s*'([^']+)'", r[11]): names.append(ofac_name(a, person))
                programs = ';'.join(p.strip() for p in r[3].replace('[', ']').split(']') if p.strip())
                sources.append(f'OFAC NS-CMIC {key}' if r[-1] == 'CONS' else f'OFAC SDN {key}')
            else:
                r = ks[(kind, key)]
                names.append(r['name']['english'].strip())
                for a in r.get('aliases') or []:
                    if isinstance(a, str) and a.strip(): names.append(a.strip())
                nat = (r['name'].get('native') or '').strip()
                if kind == 'meti' and nat and nat != r['name']['english'].strip(): orig = orig or nat
                sources.append('METI EUL' if kind == 'meti' else 'BIS EL')
        if orig_override is not None: orig = orig_override
        seen, uniq = set(), []
        for n in names:
            n = re.sub(r'\s+', ' ', n).strip().strip('"')
            if n and n.lower() not in seen:
                seen.add(n.lower()); uniq.append(n)
        wl = {w.lower() for w in weak}
        uniq = [uniq[0]] + [u for u in uniq[1:] if u.lower() not in wl]
        rows.append({'id': pid, 'schema': schema, 'name': uniq[0], 'aliases': '|'.join(uniq[1:]),
                     'weak_aliases': '|'.join(weak), 'original_script': orig, 'country': country,
                     'programs': programs, 'sources': ' ; '.join(sources), 'listed_on': listed_on})
    with open(OUT, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader(); w.writerows(rows)
    for r in rows: print(r['id'], r['name'], '||', r['aliases'][:150], '||', r['original_script'], '||', r['sources'], r['programs'], r['listed_on'])

if __name__ == '__main__':
    main()
