"""corpus/list.csv: the real listed parties referred to in the documents, names as the real lists give them."""
import csv, re, sys, xml.etree.ElementTree as ET, json
sys.path.insert(0, 'tools'); from lists import fold
RAW = '/work/shared/data/raw'
# id, schema, UN ref, OFAC ent, weak aliases, original-script (METI End User List unless noted), countries, programmes
SPEC = [
 ('L-001','Organization','KPe.001',9345,'KOMID','조선광업개발무역회사','DPRK'),
 ('L-002','Organization','KPe.004',11532,'NCG','남천강무역회사','DPRK'),
 ('L-003','Organization','KPe.011',12220,'','조선흥진무역회사','DPRK'),
 ('L-004','Organization','KPe.012',15666,'KCST','조선우주공간기술위원회','DPRK'),
 ('L-005','Organization','KPe.016',9527,'','조선련하기계합영회사','DPRK'),
 ('L-006','Organization','KPe.020',17068,'OMM','원양해운관리유한책임회사','DPRK'),
 ('L-007','Organization','KPe.023',16085,'DCB','대동신용은행','DPRK'),
 ('L-008','Organization','KPe.038',9524,'','조선부강무역회사','DPRK'),
 ('L-009','Organization','KPe.021',19492,'','국방과학원','DPRK'),
 ('L-010','Organization','KPe.047',15603,'FTB','조선무역은행','DPRK'),
 ('L-011','Organization','KPe.013',12696,'','동방은행','DPRK'),
 ('L-012','Organization','KPe.055',23763,'','','DPRK'),
 ('L-013','Person','KPi.008',15656,'','','DPRK'),
 ('L-014','Person','KPi.019',19499,'','','DPRK'),
 ('L-015','Person','KPi.006',15667,'','','DPRK'),
 ('L-016','Organization','IRe.067',9349,'SHIG','گروه صنعتی شهید همت','Iran'),
 ('L-017','Organization','IRe.076',9764,'','گروه صنایع یا مهدی','Iran'),
 ('L-018','Organization','IRe.040',13152,'MUT','دانشگاه صنعتی مالک اشتر','Iran'),
 ('L-019','Organization','IRe.051',None,'','','Iran'),
 ('L-020','Organization','IRe.061',None,'SAPICO','','Iran'),
 ('L-021','Organization','IRe.017',None,'','گروه صنعتی فجر','Iran'),
 ('L-022','Organization','IRe.012',41481,'DTSRC','مرکز تحقیقات علوم و فناوری دفاعی','Iran'),
 ('L-023','Organization','IRe.044',None,'MITEC','','Iran'),
 ('L-024','Organization','IRe.021',25681,'','','Iran'),
 ('L-025','Organization','IRe.055',None,'','صنایع هوایی قدس','Iran'),
 ('L-026','Person','IRi.038',10584,'','','Iran'),
 ('L-027','Organization','IRe.037',11441,'','','Iran'),
 ('L-028','Organization',None,9750,'ALCO','北京爱立特微电子科技有限公司','China'),
 ('L-029','Organization',None,9348,'AIO','','Iran'),
 ('L-030','Organization','KPe.003',9346,'','단천상업은행','DPRK'),
]
COUNTRY = {'DPRK': "Democratic People's Republic of Korea", 'Iran': 'Iran', 'China': 'China'}
root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
un = {}
for e in list(root.iter('ENTITY')) + list(root.iter('INDIVIDUAL')):
    un[(e.findtext('REFERENCE_NUMBER') or '').strip()] = e
def rd(p):
    return list(csv.reader(open(p, encoding='latin-1')))
sdn = {int(r[0]): r for r in rd(f'{RAW}/ofac_sdn/sdn.csv') if r and r[0].strip().isdigit()}
alt = {}
for r in rd(f'{RAW}/ofac_sdn/alt.csv'):
    if len(r) > 3 and r[0].strip().isdigit(): alt.setdefault(int(r[0]), []).append(r[3].strip())
add = {}
for r in rd(f'{RAW}/ofac_sdn/add.csv'):
    if len(r) > 4 and r[0].strip().isdigit():
        a = ', '.join(x.strip() for x in r[2:5] if x.strip() and x.strip() != '-0-')
        if a: add.setdefault(int(r[0]), []).append(a)
rows = []
for lid, schema, ref, ent, weak, native, ctry in SPEC:
    name = None; aliases = []; addrs = []; bd = []; bp = []; listed = ''; progs = []; remarks = []; ids = []
    if ref:
        e = un[ref]
        name = ' '.join((e.findtext(k) or '').strip() for k in ('FIRST_NAME','SECOND_NAME','THIRD_NAME','FOURTH_NAME')).strip()
        for a in e.findall('.//ENTITY_ALIAS') + e.findall('.//INDIVIDUAL_ALIAS'):
            for piece in re.split(r';\s*', a.findtext('ALIAS_NAME') or ''):
                piece = piece.strip().strip('"')
                if piece: aliases.append(piece)
        for a in e.findall('.//ENTITY_ADDRESS') + e.findall('.//INDIVIDUAL_ADDRESS'):
            s = ', '.join((a.findtext(k) or '').strip() for k in ('STREET','CITY','STATE_PROVINCE','COUNTRY') if (a.findtext(k) or '').strip())
            if s: addrs.append(s)
        for d in e.findall('.//INDIVIDUAL_DATE_OF_BIRTH'):
            v = d.findtext('DATE') or d.findtext('YEAR')
            if v: bd.append(v.strip())
        for p in e.findall('.//INDIVIDUAL_PLACE_OF_BIRTH'):
            s = ', '.join((p.findtext(k) or '').strip() for k in ('CITY','STATE_PROVINCE','COUNTRY') if (p.findtext(k) or '').strip())
            if s: bp.append(s)
        listed = (e.findtext('LISTED_ON') or '')[:10]
        ids.append(f'UN {ref}')
        progs.append('DPRK 1718' if ref.startswith('KP') else 'Iran 2231')
        remarks.append(f'UN list {ref} (listed {listed})')
    if ent:
        r = sdn[ent]
        if not name: name = r[1].strip()
        elif fold(r[1]) != fold(name): aliases.append(r[1].strip())
        aliases += alt.get(ent, [])
        if not addrs: addrs += add.get(ent, [])
        ids.append(f'OFAC ent {ent}')
        progs += [p.strip() for p in r[3].split('] [') if p.strip() and p.strip() != '-0-']
        remarks.append(f'OFAC SDN ent_num {ent} [{r[3].strip()}]')
    if native: remarks.append('original script from Japan METI End User List via restricted_parties.json')
    if ref == 'KPe.055': native = '長安海連技術有限公司'; remarks.append('Han name is a UN alias')
    # drop acronyms and aliases equal to the name; acronyms go to weak_aliases
    seen = {fold(name)}; al = []
    for a in aliases:
        a = re.sub(r'\s+', ' ', a).strip()
        f = fold(a)
        if lid == 'L-016' and f == fold('SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY'): continue  # listed separately by the UN (IRe.061) = L-020
        if not f or f in seen or f in {fold(w) for w in weak.split('|') if w} or f == fold(native): continue
        seen.add(f); al.append(a)
    rows.append({'id': lid, 'schema': schema, 'name': name, 'aliases': '|'.join(al), 'weak_aliases': weak, 'previous_names': '',
                 'original_script_names': native, 'countries': COUNTRY[ctry], 'addresses': '|'.join(dict.fromkeys(addrs)),
                 'identifiers': '|'.join(ids), 'birth_dates': '|'.join(bd), 'birth_places': '|'.join(bp),
                 'programmes': '|'.join(dict.fromkeys(progs)), 'remarks': '; '.join(remarks), 'listed_on': listed})
with open('corpus/list.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
for r in rows: print(r['id'], r['name'], '||', r['aliases'][:150])
