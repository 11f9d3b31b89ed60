"""Listed persons and organisations by country, read at run time from /work/shared/data/raw (read only),
for heldout-10's trap shapes.  Nothing from the raw lists is written to the repository except the trap rows
that make_negatives.py derives from them (and that the filter has checked are not listed names).

Countries: kp (DPRK), ir (Iran), sy (Syria), ru (Russia), cn (China), hk (Hong Kong), pk (Pakistan), ar (other
Arab states), from OFAC SDN (programme tags and the address country), the UK HMT 2018 list (regime,
nationality) and the UN list (reference prefix); METI End User List records of the KAIST compilation give
organisations with native forms."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

RAW = '/work/shared/data/raw'
REL_PROGS = ('NPWMD', 'DPRK', 'IRAN', 'IFSR', 'IRGC', 'SYRIA', 'RUSSIA-EO14024', 'UKRAINE-EO13662', 'SDGT')
CC = {'Korea, North': 'kp', 'Iran': 'ir', 'Syria': 'sy', 'Russia': 'ru', 'China': 'cn', 'Hong Kong': 'hk',
      'Pakistan': 'pk', 'Lebanon': 'ar', 'Iraq': 'ar', 'United Arab Emirates': 'ar', 'Saudi Arabia': 'ar',
      'Jordan': 'ar', 'Egypt': 'ar', 'Kuwait': 'ar', 'Yemen': 'ar', 'Belarus': 'ru'}


def _ofac(path):
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('utf-8', 'replace')
    return [r for r in csv.reader(io.StringIO(raw)) if r]


def _country_of(ent, prog, rem, addr):
    m = re.search(r'nationality ([A-Z][a-z]+(?:, North)?)', rem or '')
    if m and m.group(1) in CC:
        return CC[m.group(1)]
    for c in addr.get(ent, ()):
        if c in CC:
            return CC[c]
    if 'DPRK' in prog:
        return 'kp'
    if 'IRAN' in prog or 'IRGC' in prog or 'IFSR' in prog:
        return 'ir'
    if 'SYRIA' in prog:
        return 'sy'
    if 'RUSSIA' in prog:
        return 'ru'
    return None


def load():
    addr = defaultdict(list)
    for r in _ofac(f'{RAW}/ofac_sdn/add.csv'):
        if len(r) > 4:
            addr[r[0].strip()].append(r[4].strip())
    persons, orgs = [], []
    for r in _ofac(f'{RAW}/ofac_sdn/sdn.csv'):
        if len(r) < 12:
            continue
        ent, nm, typ, prog, rem = r[0].strip(), r[1].strip(), r[2].strip(), r[3], r[11]
        if not any(p in prog for p in REL_PROGS):
            continue
        cc = _country_of(ent, prog, rem, addr)
        if not cc:
            continue
        if typ == 'individual' and ',' in nm:
            sur, giv = [x.strip() for x in nm.split(',', 1)]
            persons.append(dict(cc=cc, sur=sur, giv=giv, name=nm, src='OFAC SDN'))
        elif typ in ('-0-', ''):
            orgs.append(dict(cc=cc, name=nm, native=None, src='OFAC SDN'))
    # UK HMT 2018: individuals (Name 6 = surname) of the relevant regimes
    txt = open(f'{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv', encoding='cp1252').read().split('\n', 1)[1]
    reg = {'North Korea': 'kp', 'Iran': 'ir', 'Syria': 'sy', 'Ukraine': 'ru'}
    for r in csv.DictReader(io.StringIO(txt)):
        cc = next((v for k, v in reg.items() if (r.get('Regime') or '').startswith(k)), None)
        if not cc:
            continue
        sur = (r.get('Name 6') or '').strip()
        giv = ' '.join((r.get(f'Name {i}') or '').strip() for i in range(1, 6)).split()
        if r.get('Group Type') == 'Individual' and sur and giv:
            persons.append(dict(cc=cc, sur=sur, giv=' '.join(giv), name=f'{sur}, {" ".join(giv)}', src='UK HMT'))
        elif r.get('Group Type') == 'Entity' and sur:
            orgs.append(dict(cc=cc, name=sur, native=None, src='UK HMT'))
    # UN entities of the DPRK and Iran lists
    root = ET.parse(f'{RAW}/un_sc_consolidated/consolidated.xml').getroot()
    for ent in root.iter('ENTITY'):
        ref = (ent.findtext('REFERENCE_NUMBER') or '').strip()
        cc = {'KP': 'kp', 'IR': 'ir'}.get(ref[:2])
        if cc:
            orgs.append(dict(cc=cc, name=(ent.findtext('FIRST_NAME') or '').strip(),
                             native=(ent.findtext('NAME_ORIGINAL_SCRIPT') or '').strip() or None, src='UN'))
    # METI End User List (KAIST compilation): native forms
    kc = {'북한': 'kp', '이란': 'ir', '중국': 'cn', '파키스탄': 'pk', '시리아': 'sy', '러시아': 'ru', '홍콩': 'hk'}
    for r in json.load(open(f'{RAW}/restricted_parties_kaist/restricted_parties.json')):
        if r['source']['list_id'] != 'jp-meti-end-user-list':
            continue
        cs = [kc[c] for c in r.get('countries') or [] if c in kc]
        if cs:
            orgs.append(dict(cc=cs[0], name=r['name']['english'], native=r['name'].get('native'), src='METI'))
    return persons, orgs
