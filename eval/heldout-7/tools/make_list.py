"""Build corpus/list.csv from the real lists (read only): names/aliases exactly as the lists give them."""
import csv, io, json, re, sys, xml.etree.ElementTree as ET
RAW = '/work/shared/data/raw'
# id, schema, UN ref, OFAC ent_num, KAIST english names (METI native script / BIS EL), weak aliases (acronyms), country
SPEC = [
 ('L-001','Organization','KPe.001','9345',['Korea Mining Development Trading Corporation (KOMID)'],['KOMID'],'North Korea'),
 ('L-002','Organization','KPe.002','9347',['Korea Ryonbong General Corporation (KRGC)'],['KRGC'],'North Korea'),
 ('L-003','Organization','KPe.003','9346',['Tanchon Commercial Bank'],[],'North Korea'),
 ('L-004','Organization','KPe.021','19492',['Academy of National Defense Science'],[],'North Korea'),
 ('L-005','Organization','KPe.016','9527',['Korea Ryonha Machinery Joint Venture Corporation'],[],'North Korea'),
 ('L-006','Organization','KPe.029','19530',['National Aerospace Development Administration (NADA)'],['NATA','NADA'],'North Korea'),
 ('L-007','Organization','KPe.011','12220',['Korea Heungjin Trading Company'],[],'North Korea'),
 ('L-008','Person','KPi.066','23214',[],[],'North Korea'),
 ('L-009','Person','KPi.037','20575',[],[],'North Korea'),
 ('L-010','Organization','IRe.067','9349',['Shahid Hemmat Industrial Group (SHIG)','Shahid Hemmat Industrial Group'],['SHIG'],'Iran'),
 ('L-011','Organization','IRe.017','10388',['Fajr Industrial Group'],[],'Iran'),
 ('L-012','Organization','IRe.043','10389',['Mizan Machinery Manufacturing (3M)'],['3MG'],'Iran'),
 ('L-013','Organization','IRe.076','9764',['Ya Mahdi Industries Group'],[],'Iran'),
 ('L-014','Organization','IRe.060','10975',['Safety Equipment Procurement (SEP)'],['SEP'],'Iran'),
 ('L-015','Person','IRi.009','10581',[],[],'Iran'),
 ('L-016','Person','IRi.015','10583',[],[],'Iran'),
 ('L-017','Organization',None,'15486',['Army Supply Bureau'],[],'Syria'),
 ('L-018','Organization',None,'13373',['Mechanical Construction Factory (MCF)'],['MCF'],'Syria'),
 ('L-019','Organization',None,'10130',['National Standards and Calibration Laboratory (NSCL)'],['NSCL'],'Syria'),
 ('L-020','Person',None,'15488',[],[],'Syria'),
 ('L-021','Organization',None,None,['National Engineering and Scientific Commission (NESCOM)'],['NESCOM'],'Pakistan'),
 ('L-022','Organization',None,None,['Air Weapons Complex (AWC)'],['AWC'],'Pakistan'),
 ('L-023','Organization',None,'52051',['Akhtar and Sons Private Limited'],[],'Pakistan'),
 ('L-024','Organization',None,None,['Innovative Equipment (Private) Limited'],[],'Pakistan'),
 ('L-025','Organization',None,'48620',[],[],'China'),
 ('L-026','Organization',None,'48621',[],[],'China'),
 ('L-027','Organization',None,'48622',[],[],'China'),
 ('L-028','Organization',None,'42896',['ZHEJIANG QINGJI IND. CO., LTD'],[],'China'),
 ('L-029','Person',None,'42898',[],[],'China'),
 ('L-030','Person',None,'42897',[],[],'China'),
 ('L-031','Organization',None,'37662',['Moscow Institute of Thermal Technology'],['MITT'],'Russia'),
 ('L-032','Organization',None,'16884',['Military Industrial Corporation NPO Mashinostroenia JSC','Joint Stock Company Military-Industrial Corporation NPO Mashinostroyenia'],[],'Russia'),
 ('L-033','Organization',None,'35344',['Joint Stock Company State Missile Center Named After Akademika V.P. Makeyeva'],[],'Russia'),
 ('L-034','Person',None,'40188',[],[],'Russia'),
 ('L-035','Organization',None,'9348',['Aerospace Industries Organization (AIO)'],['AIO'],'Iran'),
]
def ofac_rows(path):
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    return [r for r in csv.reader(io.StringIO(raw)) if len(r) > 3]
def main():
    un = {}
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    for tag in ('INDIVIDUAL', 'ENTITY'):
        for e in root.iter(tag):
            ref = (e.findtext('REFERENCE_NUMBER') or '').strip()
            nm = ' '.join((e.findtext(t) or '').strip() for t in ('FIRST_NAME','SECOND_NAME','THIRD_NAME','FOURTH_NAME')).split()
            al = [a.findtext('ALIAS_NAME').strip() for a in e.iter(tag + '_ALIAS') if (a.findtext('ALIAS_NAME') or '').strip()]
            un[ref] = dict(name=' '.join(nm), aliases=al, listed_on=(e.findtext('LISTED_ON') or '').strip(), script=(e.findtext('NAME_ORIGINAL_SCRIPT') or '').strip())
    sdn = {r[0].strip(): r for r in ofac_rows(f'{RAW}/ofac_sdn/sdn.csv')}
    alts = {}
    for f in ('ofac_sdn/alt.csv', 'ofac_sdn_alt_add_2026/alt.csv'):
        for r in ofac_rows(f'{RAW}/{f}'):
            alts.setdefault(r[0].strip(), [])
            if r[3].strip() not in alts[r[0].strip()]: alts[r[0].strip()].append(r[3].strip())
    kaist = json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json'))
    out = []
    for lid, schema, unref, ent, knames, weak, country in SPEC:
        names, sources, script, listed_on, programs = [], [], [], '', ''
        if unref:
            u = un[unref]; names += [u['name']] + u['aliases']; sources.append(f'UN {unref}'); listed_on = u['listed_on']
            if u['script']: script.append(u['script'])
        if ent:
            if ent in sdn:
                r = sdn[ent]; names.append(r[1].strip()); programs = r[3].strip().replace('] [', ';')
                names += re.findall(r"a\.k\.a\.\s*'([^']+)'", r[11])
                sources.append(f'OFAC SDN {ent}')
            else:
                sources.append(f'OFAC alt.csv {ent} (no sdn.csv row)')
            names += alts.get(ent, [])
        for kn in knames:
            for r in kaist:
                if r['name']['english'] == kn:
                    src = r['source']['list_id']; names.append(kn); names += [a for a in (r.get('aliases') or []) if isinstance(a, str)]
                    if r['name'].get('native') and r['name']['native'] != kn and src == 'jp-meti-end-user-list': script.append(r['name']['native'])
                    tag = {'jp-meti-end-user-list': 'METI EUL', 'us-bis-entity-list': 'BIS EL'}.get(src, src)
                    if tag not in ' '.join(sources): sources.append(tag)
        if ent and ent not in sdn and knames:
            names = [n for n in names if n in knames] + [n for n in names if n not in knames]
        seen, uniq = set(), []
        for n in names:
            k = n.lower()
            if k not in seen: seen.add(k); uniq.append(n)
        assert uniq, lid
        primary = uniq[0]
        weak_l = [w for w in weak]
        aliases = [n for n in uniq[1:] if n.strip('"') not in weak_l]
        out.append({'id': lid, 'schema': schema, 'name': primary, 'aliases': ' | '.join(aliases), 'weak_aliases': ' | '.join(weak_l),
                    'original_script': ' | '.join(dict.fromkeys(script)), 'country': country, 'programs': programs,
                    'sources': ' ; '.join(sources), 'listed_on': listed_on})
    with open('corpus/list.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=list(out[0])); w.writeheader(); w.writerows(out)
    for o in out: print(o['id'], o['name'], '||', o['aliases'][:150], '||', o['original_script'], '||', o['sources'])
main()
