#!/usr/bin/env python3
"""Write heldout-10/corpus/list.csv: the 28 listed parties the documents name, with every name and alias the raw
records give (read-only from /work/shared/data/raw; no list file is copied).  Columns as heldout-9's header:
id,schema,name,aliases,weak_aliases,original_script,country,programs,sources,listed_on.

    /tmp/h10venv/bin/python tools/make_list.py
"""
import csv
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lists

RAW = '/work/shared/data/raw'
OUT = os.path.join(HERE, '..', 'corpus', 'list.csv')

# id, schema, display name, country, records: un=UN reference, ofac=SDN ent_num, uk=UK HMT group id,
# kaist=KAIST record ids; weak = aliases the lists give that are generic strings; drop_native = machine-made natives
SPEC = [
    ('L-001', 'Company', 'KOREAN TANGUN TRADING CORPORATION', 'North Korea',
     dict(un=['KPe.008'], ofac=['11599'], uk=['10913'], kaist=['rpl-985d62843ec452a4fde6'])),
    ('L-002', 'Person', 'Sung Nam JANG', 'North Korea', dict(un=['KPi.057'], ofac=['21736'])),
    ('L-003', 'Company', 'KOREA HYOKSIN TRADING CORPORATION', 'North Korea',
     dict(un=['KPe.006'], ofac=['10012'], uk=['10911'], kaist=['rpl-68ae7b56241709c3c440'])),
    ('L-004', 'Organization', 'SECOND ACADEMY OF NATURAL SCIENCES', 'North Korea',
     dict(un=['KPe.018'], ofac=['12215'], uk=['12871'], kaist=['rpl-5f48679e441b662eef5f'],
          weak=['ACADEMY OF NATURAL SCIENCES', 'NATIONAL DEFENSE ACADEMY'])),
    ('L-005', 'Person', 'Chang-ha CHANG', 'North Korea', dict(un=['KPi.037'], ofac=['20575'])),
    ('L-006', 'Organization', 'NATIONAL AEROSPACE TECHNOLOGY ADMINISTRATION', 'North Korea',
     dict(un=['KPe.029'], ofac=['19530'], uk=['13343'], kaist=['rpl-0f9b78fda3033ebefdf4'])),
    ('L-007', 'Person', 'Chol U YU', 'North Korea', dict(un=['KPi.028'], ofac=['19488'])),
    ('L-008', 'Company', 'KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION', 'North Korea',
     dict(un=['KPe.016'], ofac=['9527'], uk=['12446'], kaist=['rpl-e0bf8be7757a4253207b'], weak=['Unsan'])),
    ('L-009', 'Company', 'SHAHID BAGHERI INDUSTRIAL GROUP (SBIG)', 'Iran',
     dict(un=['IRe.066'], ofac=['9350'], uk=['8993'], kaist=['rpl-811ebbf51637712ea923', 'rpl-dfbcb9273a20f8e95c0c'],
          weak=['Department 140/14', 'MEHR Trading Company'])),
    ('L-010', 'Person', 'Mehrdada Akhlaghi KETABACHI', 'Iran', dict(un=['IRi.020'], ofac=['10857'], uk=['9054'])),
    ('L-011', 'Company', 'MIZAN MACHINERY MANUFACTURING', 'Iran',
     dict(un=['IRe.043'], ofac=['10389'], uk=['10657'], kaist=['rpl-8f55e2be62ba323e0688'], drop_native=True)),
    ('L-012', 'Company', 'ELECTRO SANAM COMPANY', 'Iran',
     dict(un=['IRe.014'], uk=['10443'], kaist=['rpl-9cbe0d6088670f55b574'], weak=['E. S. Co.', 'E. X. Co.'],
          drop_native=True)),
    ('L-013', 'Company', 'SAFETY EQUIPMENT PROCUREMENT (SEP)', 'Iran',
     dict(un=['IRe.060'], ofac=['10975'], uk=['10451'], kaist=['rpl-13c6f46ed8a7273e0153'], drop_native=True)),
    ('L-014', 'Company', 'YA MAHDI INDUSTRIES GROUP', 'Iran',
     dict(un=['IRe.076'], ofac=['9764'], uk=['9045'], kaist=['rpl-e0dfe9efa515107318de'])),
    ('L-015', 'Person', 'Ahmad Vahid DASTJERDI', 'Iran', dict(un=['IRi.012'], ofac=['10582'], uk=['9003'])),
    ('L-016', 'Organization', 'AEROSPACE INDUSTRIES ORGANIZATION', 'Iran',
     dict(ofac=['9348'], uk=['9102'], kaist=['rpl-6103632dc883bc095af1'])),
    ('L-017', 'Company', 'BEIJING LUO LUO TECHNOLOGY DEVELOPMENT CO LTD', 'China',
     dict(ofac=['45717'], kaist=['rpl-66fd2b460c53d1df8de4', 'rpl-8fb7fa0cda0cd70dc6df'])),
    ('L-018', 'Company', 'CHANGZHOU UTEK COMPOSITE COMPANY LTD', 'China',
     dict(ofac=['45718'], kaist=['rpl-b42fe74095f163d44b3b', 'rpl-79d932a069435d3dde1a'])),
    ('L-019', 'Company', "XI'AN LONGDE TECHNOLOGY DEVELOPMENT COMPANY LIMITED", 'China', dict(ofac=['48620'])),
    ('L-020', 'Company', 'GRANPECT CO. LTD.', 'China', dict(ofac=['48621'])),
    ('L-021', 'Company', 'TIANJIN CREATIVE SOURCE INTERNATIONAL TRADE CO LTD', 'China', dict(ofac=['48622'])),
    ('L-022', 'Company', 'GENERAL TECHNOLOGY LIMITED', 'Hong Kong', dict(ofac=['45716'])),
    ('L-023', 'Organization', 'National Development Complex (NDC)', 'Pakistan',
     dict(kaist=['rpl-af20b7fc70faf1199c39', 'rpl-18502030fba19f845c2f'], weak=['National Defense Complex'])),
    ('L-024', 'Organization', 'Air Weapons Complex (AWC)', 'Pakistan',
     dict(kaist=['rpl-41bd155f6ff4281a4fd8', 'rpl-59c7a43ef1935b518f03'])),
    ('L-025', 'Organization', 'SCIENTIFIC STUDIES AND RESEARCH CENTER', 'Syria',
     dict(ofac=['9352'], uk=['12426'], kaist=['rpl-0879ebf4de6d70a0f504', 'rpl-cfbedaf7693ed79c9f2a'])),
    ('L-026', 'Person', 'Muhammed Bin-Muhammed Faris QUWAYDIR', 'Syria', dict(ofac=['22253'])),
    ('L-027', 'Company', 'JOINT STOCK COMPANY VOTKINSKIY ZAVOD', 'Russia',
     dict(ofac=['41002'], kaist=['rpl-75bed5272a1c39ee1c11', 'rpl-67a4379bd426e769bc23', 'rpl-638dfea0f51f61c8337a'])),
    ('L-028', 'Company', 'JOINT STOCK COMPANY CORPORATION MOSCOW INSTITUTE OF HEAT TECHNOLOGY', 'Russia',
     dict(ofac=['37662'], kaist=['rpl-ced8cb16e1fc059903d4'])),
]


def _ofac(path):
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    return [r for r in csv.reader(io.StringIO(raw)) if r]


def load_raw():
    sdn = {r[0].strip(): r for r in _ofac(f'{RAW}/ofac_sdn/sdn.csv')}
    alts = defaultdict(list)
    for p in (f'{RAW}/ofac_sdn/alt.csv', f'{RAW}/ofac_sdn_alt_add_2026/alt.csv'):
        for r in _ofac(p):
            alts[r[0].strip()].append(r[3].strip())
    txt = open(f'{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv', encoding='cp1252').read().split('\n', 1)[1]
    uk = defaultdict(list)
    for r in csv.DictReader(io.StringIO(txt)):
        uk[r['Group ID']].append(r)
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    un = {}
    for tag in ('INDIVIDUAL', 'ENTITY'):
        for e in root.iter(tag):
            un[(e.findtext('REFERENCE_NUMBER') or '').strip()] = (tag, e)
    kaist = {r['id']: r for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json'))}
    return sdn, alts, uk, un, kaist


def clean(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def main():
    sdn, alts, uk, un, kaist = load_raw()
    rows = []
    for pid, schema, display, country, rec in SPEC:
        names, natives, programs, sources, dates = [], [], [], [], []
        for ref in rec.get('un', []):
            tag, e = un[ref]
            parts = [clean(e.findtext(t) or '') for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
            names.append(' '.join(p for p in parts if p))
            for a in e.iter(tag + '_ALIAS'):
                x = clean(a.findtext('ALIAS_NAME') or '')
                if x:
                    names.append(x)
            x = clean(e.findtext('NAME_ORIGINAL_SCRIPT') or '')
            if x:
                natives.append(x)
            lt = clean(e.findtext('UN_LIST_TYPE') or '')
            programs.append(f'UN {lt}')
            sources.append(f'UN {ref}')
            d = clean(e.findtext('LISTED_ON') or '')
            if d:
                dates.append(d[:10])
        for ent in rec.get('ofac', []):
            r = sdn[ent]
            names.append(clean(r[1]))
            for a in re.findall(r"a\.k\.a\.\s*'([^']+)'", r[11] if len(r) > 11 else ''):
                names.append(clean(a))
            names += [clean(a) for a in alts.get(ent, [])]
            for p in r[3].split('] ['):
                programs.append(f'OFAC {p.strip()}')
            sources.append(f'OFAC SDN {ent}')
        for gid in rec.get('uk', []):
            for r in uk[gid]:
                parts = [clean(r.get(f'Name {i}') or '') for i in (1, 2, 3, 4, 5)] + [clean(r.get('Name 6') or '')]
                names.append(' '.join(p for p in parts if p))
                programs.append(f'UK {clean(r["Regime"])}')
                lo = clean(r.get('Listed On') or '')
                if lo:
                    dd, mm, yy = lo.split('/')
                    dates.append(f'{yy}-{mm}-{dd}')
            sources.append(f'UK HMT {gid}')
        for kid in rec.get('kaist', []):
            r = kaist[kid]
            names.append(clean(r['name']['english']))
            for a in r.get('aliases') or []:
                if isinstance(a, dict):
                    a = a.get('name') or a.get('english') or ''
                if a and a.strip():
                    names.append(clean(a))
            lid = r['source']['list_id']
            if lid == 'jp-meti-end-user-list':
                nat = clean(r['name'].get('native') or '')
                if nat and not rec.get('drop_native') and nat != clean(r['name']['english']):
                    natives.append(nat)
                ko = clean(r['name'].get('korean') or '')
                if ko and country == 'North Korea' and ko not in natives:
                    natives.append(ko)
                programs.append(f'METI {r.get("listing_rationale")}')
                sources.append('METI EUL')
            elif lid == 'us-bis-entity-list':
                sources.append('BIS EL')
        # de-duplicate after folding, keep first spelling
        seen, uniq = set(), []
        for n in [display] + names:
            k = ' '.join(lists.words(n))
            if n and k not in seen:
                seen.add(k)
                uniq.append(n)
        weak = [w for w in rec.get('weak', []) if ' '.join(lists.words(w)) in seen]
        aliases = [n for n in uniq[1:] if n not in weak]
        nat_u = list(dict.fromkeys(natives))
        rows.append(dict(id=pid, schema=schema, name=display, aliases='|'.join(aliases), weak_aliases='|'.join(weak),
                         original_script='|'.join(nat_u), country=country,
                         programs=' ; '.join(dict.fromkeys(programs)), sources=' ; '.join(dict.fromkeys(sources)),
                         listed_on=min(dates) if dates else ''))
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['id', 'schema', 'name', 'aliases', 'weak_aliases', 'original_script', 'country',
                                          'programs', 'sources', 'listed_on'])
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print(f'wrote {len(rows)} parties to {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
