"""Build corpus/list.csv from the real lists (read only): names/aliases exactly as the lists give them."""
import csv, io, json, re, sys, xml.etree.ElementTree as ET
RAW = '/work/shared/data/raw'
# id, schema, UN ref, OFAC ent_num, KAIST english names (METI native script / BIS EL), weak aliases (acronyms), country
SPEC = [
 ('L-001','Organization','KPe.032','12213',['Second Economic Committee'],[],'North Korea'),
 ('L-002','Organization','KPe.028','12214',['Munitions Industry Department'],['MID'],'North Korea'),
 ('L-003','Organization',None,'26852',['MINISTRY OF ROCKET INDUSTRY'],[],'North Korea'),
 ('L-004','Organization','KPe.006','10012',['Korea Hyoksin Trading Corporation'],[],'North Korea'),
 ('L-005','Organization','KPe.008','11599',['Korean Tangun Trading Corporation'],[],'North Korea'),
 ('L-006','Organization','KPe.010','12212',['Green Pine Associated Corporation'],[],'North Korea'),
 ('L-007','Organization','KPe.025','11581',['Korea Kwangson Banking Corporation (KKBC)'],['KKBC'],'North Korea'),
 ('L-008','Person','KPi.048','15787',[],[],'North Korea'),
 ('L-009','Person','KPi.038','20577',[],[],'North Korea'),
 ('L-010','Person','KPi.076',None,[],[],'North Korea'),
 ('L-011','Organization','IRe.066','9350',['Shahid Bagheri Industrial Group (SBIG)','Shahid Bakeri Industrial Group'],['SBIG'],'Iran'),
 ('L-012','Organization','IRe.011','10153',[],['DIO'],'Iran'),
 ('L-013','Organization','IRe.063','9763',['Sanam Industrial Group'],[],'Iran'),
 ('L-014','Organization','IRe.001','10863',['7th of Tir'],[],'Iran'),
 ('L-015','Person','IRi.012','10582',[],[],'Iran'),
 ('L-016','Person',None,'22265',[],[],'Iran'),
 ('L-017','Organization',None,'9749',['LIMMT Economic and Trade Company'],['LIMMT'],'China'),
 ('L-018','Person',None,'11447',[],[],'China'),
 ('L-019','Organization',None,'9753',['China National Precision Machinery Import and Export Corporation (CPMIEC)'],['CPMIEC'],'China'),
 ('L-020','Organization',None,'45716',['General Technology Limited'],[],'China (Hong Kong)'),
 ('L-021','Organization',None,'45717',['Beijing Luo Luo Technology Development Co., Limited.'],[],'China'),
 ('L-022','Organization',None,'45718',['Changzhou Utek Composite Co., Limited. (CUC)','Changzhou Utek Composite Co., Limited'],['CUC'],'China'),
 ('L-023','Organization',None,'9352',['Scientific Studies and Research Center (SSRC)'],['SSRC','CERS'],'Syria'),
 ('L-024','Organization',None,'10128',['Higher Institute of Applied Science and Technology (HIAST)'],['HIAST','ISSAT','ISAT'],'Syria'),
 ('L-025','Organization',None,'20090',['Mahrous Group'],[],'Syria'),
 ('L-026','Person',None,'20069',[],[],'Syria'),
 ('L-027','Organization',None,None,['National Development Complex (NDC)','Pakistan Atomic Energy Commission (PAEC), and subordinate entity National Development Complex (NDC)'],['NDC'],'Pakistan'),
 ('L-028','Organization',None,'52052',['Affiliates International'],[],'Pakistan'),
 ('L-029','Organization',None,'52053',['Rockside Enterprise'],[],'Pakistan'),
 ('L-030','Organization',None,'34876',['Tactical Missiles Corporation JSC'],['KTRV'],'Russia'),
 ('L-031','Organization',None,'41002',['Joint Stock Company Votkinsky Zavod','Joint Stock Company Votkinsk Machine Building Plant'],[],'Russia'),
 ('L-032','Person',None,'35853',[],[],'Russia'),
 ('L-033','Organization',None,'9348',['Aerospace Industries Organization (AIO)'],['AIO'],'Iran'),
]
def ofac_rows(path):
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    return [r for r in csv.reader(io.StringIO(raw)) if len(r) > 3]
def main(spec=SPEC):
    """Write corpus/list.csv for ``spec`` (heldout-7 calls it with its own)."""
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
    for lid, schema, unref, ent, knames, weak, country in spec:
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
        aliases = [n for n in uniq[1:] if n.strip('"') not in weak_l]  # a weak alias may come in quotes
        out.append({'id': lid, 'schema': schema, 'name': primary, 'aliases': ' | '.join(aliases), 'weak_aliases': ' | '.join(weak_l),
                    'original_script': ' | '.join(dict.fromkeys(script)), 'country': country, 'programs': programs,
                    'sources': ' ; '.join(sources), 'listed_on': listed_on})
    with open('corpus/list.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=list(out[0])); w.writeheader(); w.writerows(out)
    for o in out: print(o['id'], o['name'], '||', o['aliases'][:150], '||', o['original_script'], '||', o['sources'])
if __name__ == '__main__':
    main()
