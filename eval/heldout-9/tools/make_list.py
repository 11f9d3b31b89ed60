"""Build heldout-9's corpus/list.csv: the 35 real listed parties named in the documents, with their names, aliases and
native forms exactly as the raw lists write them (read only from /work/shared/data/raw).

Run from eval/heldout-9:  /tmp/h9venv/bin/python tools/make_list.py"""
import csv, io, json, os, re, sys, xml.etree.ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lists import words
RAW = '/work/shared/data/raw'
OUT = os.path.join(HERE, '..', 'corpus', 'list.csv')

# id, schema, country, UN refs, OFAC ent_nums, UK HMT group ids, KAIST record ids,
# native forms to keep (None = every non-Latin native the records give; [] = none: machine back-transliterations only),
# weak aliases (generic strings a list gives as aliases)
P = [
    ('L-001', 'Company', 'North Korea', ['KPe.002'], [9347], [10893], ['rpl-62c1b5b60dc3e7df2fe0'], None, []),
    ('L-002', 'Company', 'North Korea', ['KPe.011'], [12220], [11283], ['rpl-b3faca9ab697905c9269'], None, []),
    ('L-003', 'Company', 'North Korea', ['KPe.019'], [9521], [12443], ['rpl-dfeb920b116bd7ddf1a1'], None, []),
    ('L-004', 'Company', 'North Korea', ['KPe.039'], [9526], [12444], ['rpl-6eb81868601a32435458'], None, []),
    ('L-005', 'Company', 'North Korea', ['KPe.037'], [19630], [13428], ['rpl-fc0911987dfe1a60e41f'], None, []),
    ('L-006', 'Company', 'North Korea', ['KPe.043'], [20580], [], ['rpl-31e95fa98963e4c69400'], None, []),
    ('L-007', 'Company', 'North Korea', ['KPe.004'], [11532], [10909], ['rpl-2d5ebaa2ecbef3f6dd50'], None, ['NAMHUNG']),
    ('L-008', 'Person', 'North Korea', ['KPi.001'], [12218], [10914], [], None, []),
    ('L-009', 'Person', 'North Korea', ['KPi.062'], [21734], [], [], None, []),
    ('L-010', 'Company', 'Iran', ['IRe.017'], [10388], [8994], ['rpl-e59a089034c111c464d5'], None, ['IFP']),
    ('L-011', 'Company', 'Iran', ['IRe.043'], [10389], [10657], ['rpl-8f55e2be62ba323e0688'], [], []),
    ('L-012', 'Company', 'Iran', ['IRe.031'], [10927], [], ['rpl-69beb99d7137ff421111'], [], []),
    ('L-013', 'Company', 'Iran', ['IRe.060'], [10975], [10451], ['rpl-13c6f46ed8a7273e0153'], [], []),
    ('L-014', 'Company', 'Iran', ['IRe.045'], [11446], [10449], ['rpl-007d4589285b89cf791c'], None, []),
    ('L-015', 'Company', 'Iran', ['IRe.076'], [9764], [9045], ['rpl-e0dfe9efa515107318de'], None, []),
    ('L-016', 'Person', 'Iran', ['IRi.018'], [10856], [9053], [], None, []),
    ('L-017', 'Person', 'Iran', ['IRi.009'], [10581], [9005], [], None, []),
    ('L-018', 'Person', 'Iran', ['IRi.015'], [10583], [9004], [], None, []),
    ('L-019', 'Organization', 'Pakistan', [], [], [], ['rpl-41bd155f6ff4281a4fd8', 'rpl-59c7a43ef1935b518f03'], [], []),
    ('L-020', 'Organization', 'Pakistan', [], [], [], ['rpl-270877194af6db0e371f', 'rpl-5ec8e5861e7bb8c0e40f'], [], ['Integrated Solutions']),
    ('L-021', 'Organization', 'Pakistan', [], [], [], ['rpl-d8151345020a01d194e6', 'rpl-a4882a64b9a7ccbaad4d'], [], []),
    ('L-022', 'Organization', 'Syria', [], [10128], [], ['rpl-0ba24da8f48097e3e60a', 'rpl-db1dab1187d881c2b784'], None, []),
    ('L-023', 'Company', 'Lebanon', [], [21245], [], ['rpl-5112be2b28704aba33f5'], [], []),
    ('L-024', 'Person', 'Lebanon', [], [21246], [], [], None, []),
    ('L-025', 'Person', 'Syria', [], [24745], [], [], None, []),
    ('L-026', 'Company', 'China', [], [9749], [], ['rpl-9dad5a01331b8f6327a9'], None, []),
    ('L-027', 'Company', 'China', [], [9750], [], ['rpl-014667bc59825709f1d3', 'rpl-24c23bd3ccfd8606b586'], None, []),
    ('L-028', 'Company', 'China', [], [48620], [], [], None, []),
    ('L-029', 'Company', 'China', [], [48621], [], [], None, []),
    ('L-030', 'Person', 'China', [], [19250], [], [], None, []),
    ('L-031', 'Company', 'Russia', [], [34876], [], ['rpl-7eabfaed70695780f741', 'rpl-e1b93da9854bccbb65b4'], None, []),
    ('L-032', 'Company', 'Russia', [], [35876], [], ['rpl-498ad58bf96c00e6dd82', 'rpl-150d3353e80a0b7617d9', 'rpl-3dfc2ab3f25fc2b65197'], None, []),
    ('L-033', 'Person', 'Russia', [], [35853], [], [], None, []),
    ('L-034', 'Company', 'Belarus', [], [34769], [], ['rpl-f0d024719113b82a2c33'], None, []),
    ('L-035', 'Company', 'Hong Kong', ['KPe.017'], [15616], [12848], [], None, []),
]

def latin(s):
    return not re.search(r'[^\x00-\u024f\u2018-\u201f]', s)

def ofac_rows():
    prim, alts, rem, prog = {}, {}, {}, {}
    for path in (f'{RAW}/ofac_sdn/sdn.csv',):
        raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
        for r in csv.reader(io.StringIO(raw)):
            if len(r) > 11:
                prim[int(r[0])] = r[1].strip(); rem[int(r[0])] = r[11]; prog[int(r[0])] = r[3]
    for path in (f'{RAW}/ofac_sdn/alt.csv', f'{RAW}/ofac_sdn_alt_add_2026/alt.csv'):
        raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
        for r in csv.reader(io.StringIO(raw)):
            if len(r) > 3 and r[0].strip().isdigit():
                alts.setdefault(int(r[0]), []).append(r[3].strip())
    return prim, alts, rem, prog

def un_rows():
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    out = {}
    for tag, atag in (('INDIVIDUAL', 'INDIVIDUAL_ALIAS'), ('ENTITY', 'ENTITY_ALIAS')):
        for e in root.iter(tag):
            ref = (e.findtext('REFERENCE_NUMBER') or '').strip()
            nm = ' '.join((e.findtext(t) or '').strip() for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')).strip()
            good, low = [], []
            for a in e.iter(atag):
                x = (a.findtext('ALIAS_NAME') or '').strip()
                if x: (low if (a.findtext('QUALITY') or '') == 'Low' else good).append(x)
            out[ref] = dict(name=re.sub(r'\s+', ' ', nm), good=good, low=low, listed=(e.findtext('LISTED_ON') or '').strip(),
                            native=(e.findtext('NAME_ORIGINAL_SCRIPT') or '').strip(), list=(e.findtext('UN_LIST_TYPE') or ''))
    return out

def hmt_rows():
    txt = open(f'{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv', encoding='cp1252').read().split('\n', 1)[1]
    out = {}
    for r in csv.DictReader(io.StringIO(txt)):
        gid = int(r['Group ID'])
        given = ' '.join((r.get(f'Name {i}') or '').strip() for i in range(1, 6)).strip()
        sur = (r.get('Name 6') or '').strip()
        nm = re.sub(r'\s+', ' ', f'{given} {sur}'.strip())
        out.setdefault(gid, {'names': [], 'listed': r['Listed On'], 'type': r['Group Type']})
        if nm not in out[gid]['names']: out[gid]['names'].append(nm)
    return out

def kaist_rows():
    return {r['id']: r for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json'))}

def key(s):
    return ' '.join(words(s, ' '))

def person_display(ofac_name):
    sur, giv = [x.strip() for x in ofac_name.split(',', 1)]
    return f'{giv} {sur.upper()}'

def main():
    prim, alts, rem, prog = ofac_rows(); un = un_rows(); hmt = hmt_rows(); ka = kaist_rows()
    out = []
    for pid, schema, country, uns, ofs, hms, kas, natives, weak in P:
        names, sources, programs, dates, nat = [], [], [], [], []
        weak = list(weak)
        for o in ofs:
            names.append(prim[o])
            names += re.findall(r"a\.k\.a\. '([^']+)'", rem[o])
            names += alts.get(o, [])
            sources.append(f'OFAC SDN {o}')
            programs += [x.strip() for x in prog[o].split('] [')]
        for u in uns:
            r = un[u]
            names.append(r['name']); names += r['good']; weak += r['low']
            sources.append(f'UN {u}'); dates.append(r['listed'])
            programs.append({'DPRK': 'UN 1718', 'Iran': 'UN 1737'}.get(r['list'], 'UN ' + r['list']))
            if r['native']: nat.append(r['native'])
        for g in hms:
            names += hmt[g]['names']; sources.append(f'UK HMT {g}')
            d, m, y = hmt[g]['listed'].split('/'); dates.append(f'{y}-{m}-{d}')
        for k in kas:
            r = ka[k]
            lid = r['source']['list_id']
            names.append(r['name']['english'])
            names += [a for a in (r.get('aliases') or []) if isinstance(a, str)]
            nv = (r['name'].get('native') or '').strip()
            if nv and not latin(nv): nat.append(nv)
            elif nv: names.append(nv)
            if lid == 'jp-meti-end-user-list':
                sources.append('METI EUL'); programs.append('METI ' + (r.get('listing_rationale') or ''))
            elif lid == 'us-bis-entity-list':
                sources.append('BIS EL')
        # de-duplicate (folded), keep the first spelling
        seen, uniq = set(), []
        for n in names:
            n = re.sub(r'\s+', ' ', n).strip().strip(',')
            if n and key(n) not in seen:
                seen.add(key(n)); uniq.append(n)
        weakset = {key(w) for w in weak}
        if schema == 'Person':
            ofn = prim[ofs[0]]
            display = person_display(ofn)
        else:
            display = uniq[0]
        aliases = [n for n in uniq if key(n) != key(display) and key(n) not in weakset]
        if schema == 'Person' and key(display) in {key(x) for x in uniq}:
            pass
        natives_out = nat if natives is None else natives
        natives_out = list(dict.fromkeys(natives_out))
        weak_out = list(dict.fromkeys(w for w in weak if w))
        srcs = list(dict.fromkeys(s for s in sources if not (s == 'BIS EL' and sources.count('BIS EL') > 1) or True))
        srcs = list(dict.fromkeys(srcs))
        progs = list(dict.fromkeys(p for p in programs if p and p.strip() and p.strip() != 'METI'))
        listed = min(dates) if dates else ''
        out.append([pid, schema, display, '|'.join(aliases), '|'.join(weak_out), '|'.join(natives_out), country,
                    ' ; '.join(progs), ' ; '.join(srcs), listed])
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['id', 'schema', 'name', 'aliases', 'weak_aliases', 'original_script', 'country', 'programs', 'sources', 'listed_on'])
        w.writerows(out)
    print(f'wrote {len(out)} parties to {OUT}')

if __name__ == '__main__':
    main()
