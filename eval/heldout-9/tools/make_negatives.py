"""Build heldout-9's 4,000 hard negative names (negatives/negatives.jsonl) and log every dropped candidate.

Run from eval/heldout-9:  /tmp/h9venv/bin/python tools/make_negatives.py 2> negatives/build.log
Deterministic: seed 20261208; the script re-executes itself with PYTHONHASHSEED=0."""
import os, sys
if os.environ.get('PYTHONHASHSEED') != '0':
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable] + sys.argv)

import json, random, re
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from faker import Faker
from wordfreq import zipf_frequency
import filters9, pools, romanise9 as R, translit
from components9 import *
from lists import words

SEED = 20261208
OUT = os.path.join(HERE, '..', 'negatives', 'negatives.jsonl')
rng = random.Random(SEED)
_fk = {}
def fk(loc):
    if loc not in _fk:
        f = Faker(loc)
        f.seed_instance(SEED + sum(map(ord, loc)))
        _fk[loc] = f
    return _fk[loc]

def pick(seq):
    return seq[rng.randrange(len(seq))]

def chance(p):
    return rng.random() < p

# ====================================================================== noise
def noise(s, key, person):
    opts = TITLES[key][0 if person else 1]
    k = rng.randrange(6)
    if k <= 2: return pick(opts).format(s)
    if k == 3: return pick(['"{}"', '«{}»', '({})', '{},', '{};', '{}.', ' {} ']).format(s)
    if k == 4:
        parts = s.split(' ')
        if len(parts) > 1:
            i = rng.randrange(len(parts) - 1)
            return ' '.join(parts[:i + 1]) + '  ' + ' '.join(parts[i + 1:])
        return s + ' '
    return pick(opts).format(s) + pick([',', '', ' ', ';'])

# ====================================================================== person generators (non-trap)
LATIN_LOCALES = {'en_GB': 70, 'en_US': 70, 'de_DE': 50, 'fr_FR': 50, 'it_IT': 40, 'es_ES': 45, 'nl_NL': 25, 'pl_PL': 30,
                 'sv_SE': 20, 'pt_BR': 25, 'cs_CZ': 20, 'hu_HU': 20, 'ro_RO': 20, 'tr_TR': 55, 'en_IN': 30, 'id_ID': 20,
                 'vi_VN': 20, 'en_NG': 15}

def g_latin_locale(loc):
    def g():
        f = fk(loc)
        if loc == 'vi_VN':
            full = re.sub(r'^(Quý ông|Quý bà|Cô|Bà|Ông|Anh|Chị|Em|Bác|Chú|Thầy) ', '', f.name())
            parts = full.split()
            first, last = ' '.join(parts[1:]) or parts[0], parts[0]
        else:
            first, last = f.first_name(), f.last_name()
        k = rng.random()
        if loc == 'en_US' and k < 0.25:
            nm = f'{first} {f.first_name()[0]}. {last}'
        elif k < 0.15:
            nm = f'{last.upper()}, {first}'
        elif k < 0.22:
            nm = f'{first} {last}'.upper()
        else:
            nm = f'{first} {last}'
        return ('Person', [nm], f'person/latin/{loc}', 'latin')
    return g

def _fa_person():
    fem = chance(0.25)
    g = pick(FA_GIVEN_F if fem else FA_GIVEN_M)
    parts = [g]
    if not fem and chance(0.3):
        parts.append(pick(FA_GIVEN_M))
    fam = pick(FA_FAMILY)
    return parts, fam

def g_latin_persian():
    parts, fam = _fa_person()
    lat = ' '.join(pick(p[1]) for p in parts) + ' ' + pick(fam[1])
    if chance(0.12):
        lat2 = ' '.join(p[1][-1] for p in parts) + ' ' + fam[1][-1]
        if lat2 != lat:
            return ('Person', [lat, lat2], 'person/latin/persian-2rom', 'latin')
    if chance(0.15): lat = f'{pick(fam[1]).upper()}, ' + ' '.join(pick(p[1]) for p in parts)
    return ('Person', [lat], 'person/latin/persian', 'latin')

def _ar_person():
    fem = chance(0.25)
    g = pick(AR_GIVEN_F if fem else AR_GIVEN_M)
    parts = [g]
    if chance(0.3): parts.append(pick(AR_GIVEN_M))  # father's name
    return parts, pick(AR_FAMILY)

def g_latin_arabic():
    parts, fam = _ar_person()
    lat = ' '.join(pick(p[1]) for p in parts) + ' ' + pick(fam[1])
    if chance(0.15): lat = f'{pick(fam[1]).upper()}, ' + ' '.join(pick(p[1]) for p in parts)
    return ('Person', [lat], 'person/latin/arabic', 'latin')

def g_latin_pakistani():
    g = pick(PK_GIVEN)
    nm = (pick(['Muhammad ', 'Mohammad ', 'Syed ', '']) if g not in PK_GIVEN[-10:] else '') + g + ' ' + pick(PK_FAMILY)
    return ('Person', [nm], 'person/latin/pakistani', 'latin')

def _ko_dprk_hangul():
    sur = pick(KO_SUR_DPRK)
    n = 1 if chance(0.1) else 2
    giv = ''.join(pick(KO_GIVEN_SYL[:60]) for _ in range(n))
    return sur, giv

def _ko_dprk_latin(sur, giv):
    st = rng.random()
    sl = sur[1]
    if st < 0.45: return f'{sl.upper()} {R.ko_given(giv, "dprk", "space").upper()}' if chance(0.5) else f'{sl} {R.ko_given(giv, "dprk", "space")}'
    if st < 0.7: return f'{sl} {R.ko_given(giv, "dprk", "hyphen")}'
    if st < 0.85: return f'{sl.upper()}, {R.ko_given(giv, "dprk", "space")}'
    return f'{sl} {R.ko_given(giv, "dprk", "glued")}'

def g_latin_korean_dprk():
    sur, giv = _ko_dprk_hangul()
    return ('Person', [_ko_dprk_latin(sur, giv)], 'person/latin/korean-dprk', 'latin')

def _rok_person():
    f = fk('ko_KR')
    nm = f.name().replace(' ', '')
    if len(nm) != 3: nm = f.last_name() + f.first_name()
    return nm

def _rok_latin(h):
    sur, giv = h[0], h[1:]
    sl = R.ko_surname(sur, 'rok')
    st = rng.random()
    if st < 0.5: return f'{R.ko_given(giv, "rr", "hyphen")} {sl}'
    if st < 0.75: return f'{sl} {R.ko_given(giv, "rr", "hyphen")}'
    return f'{R.ko_given(giv, "rr", "glued")} {sl}'

def g_latin_korean_rr():
    return ('Person', [_rok_latin(_rok_person())], 'person/latin/korean-rr', 'latin')

def _zh_name(loc='zh_CN'):
    f = fk(loc)
    return f.last_name() + f.first_name()

def g_latin_pinyin():
    h = _zh_name()
    st = pick(['given-sur', 'sur-giv', 'ofac', 'sur-giv'])
    return ('Person', [R.zh_person_latin(h, 1, st)], 'person/latin/pinyin', 'latin')

def _ru_person(loc='ru_RU'):
    f = fk(loc)
    male = chance(0.7)
    if male: return f.first_name_male(), f.middle_name_male(), f.last_name_male()
    return f.first_name_female(), f.middle_name_female(), f.last_name_female()

def g_latin_russian():
    fi, mi, la = _ru_person()
    k = rng.random()
    if k < 0.4: nm = f'{R.ru_latin(fi)} {R.ru_latin(mi)} {R.ru_latin(la)}'
    elif k < 0.7: nm = f'{R.ru_latin(la).upper()}, {R.ru_latin(fi)} {R.ru_latin(mi)}'
    else: nm = f'{R.ru_latin(fi)} {R.ru_latin(la)}'
    return ('Person', [nm], 'person/latin/russian', 'latin')

def g_latin_ukrainian():
    fi, mi, la = _ru_person('uk_UA')
    return ('Person', [f'{R.uk_latin(fi)} {R.uk_latin(la)}'], 'person/latin/ukrainian', 'latin')

def g_han(loc):
    def g():
        h = _zh_name(loc)
        names = [h]
        if chance(0.4): names.append(R.zh_person_latin(h, 1, pick(['given-sur', 'sur-giv'])))
        return ('Person', names, f'person/han/{"zh-hans" if loc == "zh_CN" else "zh-hant"}', 'han')
    return g

def g_kanji():
    f = fk('ja_JP')
    fn, ln = f.first_name_pair(), f.last_name_pair()
    nm = f'{ln[0]} {fn[0]}' if chance(0.6) else f'{ln[0]}{fn[0]}'
    names = [nm]
    if chance(0.45): names.append(f'{fn[2]} {ln[2]}' if chance(0.6) else f'{ln[2].upper()} {fn[2]}')
    return ('Person', names, 'person/han/ja-kanji', 'ja')

def g_kana():
    f = fk('ja_JP')
    fn, ln = f.first_name_pair(), f.last_name_pair()
    names = [f'{ln[1]} {fn[1]}' if chance(0.7) else f'{ln[1]}・{fn[1]}']
    if chance(0.4): names.append(f'{fn[2]} {ln[2]}')
    return ('Person', names, 'person/kana/ja', 'kana')

def g_hangul_rok():
    h = _rok_person()
    names = [h if chance(0.8) else h[0] + ' ' + h[1:]]
    if chance(0.4): names.append(_rok_latin(h))
    return ('Person', names, 'person/hangul/rok', 'hangul')

def g_hangul_dprk():
    sur, giv = _ko_dprk_hangul()
    h = sur[0] + giv
    names = [h]
    if chance(0.5): names.append(_ko_dprk_latin(sur, giv))
    return ('Person', names, 'person/hangul/dprk', 'hangul')

def g_fa_script():
    parts, fam = _fa_person()
    nat = ' '.join(p[0] for p in parts) + ' ' + fam[0]
    names = [nat]
    sh = [' '.join(p[1][i % len(p[1])] for p in parts) + ' ' + fam[1][i % len(fam[1])] for i in range(3)]
    if chance(0.45): names.append(sh[0])
    return ('Person', names, 'person/arabic-script/fa', 'fa', {nat: sh})

def g_ar_script():
    parts, fam = _ar_person()
    nat = ' '.join(p[0] for p in parts) + ' ' + fam[0]
    names = [nat]
    sh = [' '.join(p[1][i % len(p[1])] for p in parts) + ' ' + fam[1][i % len(fam[1])] for i in range(3)]
    if chance(0.45): names.append(sh[0])
    return ('Person', names, 'person/arabic-script/ar', 'ar', {nat: sh})

def g_cyr_ru():
    fi, mi, la = _ru_person()
    k = rng.random()
    nat = f'{la} {fi} {mi}' if k < 0.4 else (f'{fi} {mi} {la}' if k < 0.6 else f'{fi} {la}')
    names = [nat]
    if chance(0.4): names.append(R.ru_latin(nat))
    return ('Person', names, 'person/cyrillic/ru', 'ru')

def g_cyr_uk():
    fi, mi, la = _ru_person('uk_UA')
    nat = f'{fi} {la}' if chance(0.6) else f'{la} {fi} {mi}'
    names = [nat]
    if chance(0.4): names.append(R.uk_latin(nat))
    return ('Person', names, 'person/cyrillic/uk', 'uk')

def g_cyr_sr():
    fem = chance(0.3)
    nat = f'{pick(SR_GIVEN_F if fem else SR_GIVEN_M)} {pick(SR_FAMILY)}'
    names = [nat]
    if chance(0.45): names.append(R.sr_latin(nat))
    return ('Person', names, 'person/cyrillic/sr', 'sr')

def g_cyr_be():
    fem = chance(0.35)
    g = pick(BE_GIVEN_F if fem else BE_GIVEN_M)
    fam = pick(BE_FAMILY)
    nat = f'{g[0]} {fam[1] if fem else fam[0]}'
    lat = f'{g[1]} {fam[3] if fem else fam[2]}'
    names = [nat]
    if chance(0.5): names.append(lat)
    return ('Person', names, 'person/cyrillic/be', 'be', {nat: [lat]})

def g_faker_native(loc, kind, key, latin=None):
    def g():
        f = fk(loc)
        nat = f'{f.first_name()} {f.last_name()}'
        names = [nat]
        if latin and chance(0.4): names.append(latin(nat))
        return ('Person', names, kind, key)
    return g

# ====================================================================== organisation generators (non-trap)
LEGAL_BY_CC = {
    'gb': ['Ltd', 'Limited', 'Ltd.', 'PLC', 'UK Ltd'], 'us': ['Inc.', 'LLC', 'Corp.', 'Corporation', 'Co.', 'Inc'],
    'de': ['GmbH', 'AG', 'GmbH & Co. KG', 'KG'], 'fr': ['SARL', 'SAS', 'S.A.'], 'it': ['S.r.l.', 'S.p.A.', 'Srl'],
    'nl': ['B.V.', 'BV', 'N.V.'], 'pl': ['Sp. z o.o.', 'S.A.'], 'cz': ['s.r.o.', 'a.s.'], 'se': ['AB', 'Aktiebolag'],
    'tr': ['Ltd. Şti.', 'A.Ş.', 'San. ve Tic. Ltd. Şti.', 'Sanayi ve Ticaret A.Ş.'],
    'ae': ['FZE', 'FZCO', 'L.L.C.', 'General Trading LLC', 'FZ-LLC', 'DMCC'], 'hk': ['Limited', 'Co., Limited', 'Co., Ltd.', 'Ltd'],
    'sg': ['Pte. Ltd.', 'Pte Ltd'], 'my': ['Sdn. Bhd.', 'Sdn Bhd'], 'in': ['Pvt. Ltd.', 'Private Limited'],
    'pk': ['(Pvt.) Ltd.', '(Private) Limited', 'Pvt Ltd', '& Co.'],
}
SECTOR_LOCAL = {
    'de': ['Präzisionstechnik', 'Maschinenbau', 'Messtechnik', 'Elektronik', 'Industriebedarf', 'Antriebstechnik', 'Verbundwerkstoffe'],
    'fr': ['Mécanique de Précision', 'Instruments', 'Électronique', 'Composites', 'Industrie'],
    'it': ['Meccanica di Precisione', 'Strumenti', 'Elettronica', 'Compositi', 'Forniture Industriali'],
    'nl': ['Precisietechniek', 'Meettechniek', 'Handel', 'Logistiek'], 'pl': ['Technika Pomiarowa', 'Elektronika', 'Handel'],
    'cz': ['Strojírenství', 'Měřicí technika', 'Elektronika'], 'se': ['Mätteknik', 'Precisionsmekanik', 'Elektronik'],
    'tr': ['Makina', 'Elektronik', 'Dış Ticaret', 'Savunma Teknolojileri', 'Kompozit', 'Hassas Mekanik'],
}
GB_US = [('Centre', 'Center'), ('Aluminium', 'Aluminum'), ('Defence', 'Defense'), ('Organisation', 'Organization'),
         ('Programme', 'Program'), ('Metre', 'Meter')]

def _brand_lat(cc):
    if cc in ('gb', 'us', 'nl', 'se', 'ae', 'sg', 'my', 'hk') or chance(0.5):
        return pick(LATIN_BRAND)
    f = fk({'de': 'de_DE', 'fr': 'fr_FR', 'it': 'it_IT', 'pl': 'pl_PL', 'cz': 'cs_CZ', 'tr': 'tr_TR', 'in': 'en_IN',
            'pk': 'en_PK'}.get(cc, 'en_GB'))
    return f.last_name()

def g_latin_firm(cc):
    def g():
        b = _brand_lat(cc)
        if cc in SECTOR_LOCAL and chance(0.6): sec = pick(SECTOR_LOCAL[cc])
        else: sec = pick(SECTOR_EN)
        if cc == 'us':
            for a, bb in GB_US: sec = sec.replace(a, bb)
        if cc == 'hk' and chance(0.5):
            b = pick(ZH_CITY)[1] + ' ' + R.pinyin_list(pick(ZH_BRAND))[0].capitalize() + R.pinyin_list(pick(ZH_BRAND))[1]
        nm = f'{b} {sec} {pick(LEGAL_BY_CC[cc])}'
        if chance(0.1): nm = nm.upper()
        return ('Company', [nm], f'org/latin/{cc}', 'latin')
    return g

def g_latin_firm_iran():
    b = pick(FA_BRAND)[1]; s = pick(FA_SECTOR)
    k = rng.random()
    if k < 0.35: nm = f'{b} {s[2]} Co.'
    elif k < 0.6: nm = f'Sherkat-e {s[1]} {b}'
    elif k < 0.8: nm = f'{b} {s[1]} Company (Private Joint Stock)'
    else: nm = f'{s[1]}-e {b} Co.'.upper()
    return ('Company', [nm], 'org/latin/iran', 'latin')

def g_latin_firm_korea():
    b = pick(KO_BRAND); s = pick(KO_SECTOR)
    bl = ''.join(R.rr_syl(c) for c in b).capitalize()
    nm = f'{bl} {s[1]} Co., Ltd.' if chance(0.7) else f'{bl.upper()} {s[1].upper()} CORP.'
    return ('Company', [nm], 'org/latin/korea-rr', 'latin')

def g_latin_firm_china():
    c = pick(ZH_CITY); b = pick(ZH_BRAND); s = pick(ZH_SECTOR)
    bl = ''.join(R.pinyin_list(b)).capitalize()
    k = rng.random()
    if k < 0.55: nm = f'{c[1]} {bl} {s[2]} Co., Ltd.'
    elif k < 0.8: nm = f'{c[1]} {bl} {s[1].title()} Youxian Gongsi'
    else: nm = f'{c[1].upper()} {bl.upper()} {s[2].upper()} CO LTD'
    return ('Company', [nm], 'org/latin/china', 'latin')

def g_latin_firm_russia():
    b = pick(RU_BRAND)
    k = rng.random()
    if k < 0.4: nm = f'OOO {b[1]}'
    elif k < 0.7: nm = f'{b[1]} LLC'
    else: nm = f'AO NPP {b[1]}' if chance(0.5) else f'Joint Stock Company {b[1]}'
    return ('Company', [nm], 'org/latin/russia', 'latin')

def g_han_firm(trad):
    def g():
        c = pick(ZH_CITY); b = pick(ZH_BRAND); s = pick(ZH_SECTOR); l = pick(ZH_LEGAL)
        nat = c[0] + b + s[0] + l[0]
        if trad: nat = R.to_trad(nat)
        names = [nat]
        if chance(0.45):
            bl = ''.join(R.pinyin_list(b)).capitalize()
            names.append(f'{c[1]} {bl} {s[2]} {l[2]}' if chance(0.6) else f'{c[1]} {bl} {s[1].title()} {l[1].title()}')
        return ('Company', names, f'org/han/{"zh-hant" if trad else "zh-hans"}', 'han')
    return g

def g_ja_firm():
    b = pick(JA_BRAND); s = pick(JA_SECTOR); l = pick(JA_LEGAL)
    nat = f'{l[0]}{b[0]}{s[0]}' if chance(0.5) else f'{b[0]}{s[0]}{l[0]}'
    names = [nat]
    if chance(0.45): names.append(f'{b[1]} {s[2]} {l[2]}' if chance(0.6) else f'{b[1]} {s[1]} {l[1]}')
    return ('Company', names, 'org/han/ja', 'ja')

def g_hangul_firm():
    b = pick(KO_BRAND); s = pick(KO_SECTOR); l = pick(KO_LEGAL)
    k = rng.random()
    nat = f'{l[0]} {b}{s[0]}' if k < 0.4 else (f'{b}{s[0]} {l[0]}' if k < 0.7 else f'{l[0]}{b}{s[0]}' if l[0] == '(주)' else f'{b}{s[0]}')
    names = [nat]
    if chance(0.4):
        bl = ''.join(R.rr_syl(c) for c in b).capitalize()
        names.append(f'{bl} {s[1]} {l[1]}')
    return ('Company', names, 'org/hangul/rok', 'hangul')

def g_fa_firm():
    b = pick(FA_BRAND); s = pick(FA_SECTOR); l = pick(FA_LEGAL)
    nat = f'{l[0]} {s[0]} {b[0]}' if chance(0.6) else f'{s[0]} {b[0]}'
    lat = f'{l[1]} {s[1]} {b[1]}'
    names = [nat]
    if chance(0.45): names.append(lat if chance(0.5) else f'{b[1]} {s[2]} {l[2]}')
    return ('Company', names, 'org/arabic-script/fa', 'fa', {nat: [lat, f'{s[1]} {b[1]}', f'{b[1]} {s[1]}']})

def g_ar_firm():
    b = pick(AR_BRAND); s = pick(AR_SECTOR); l = pick(AR_LEGAL)
    nat = f'{l[0]} {b[0]} {s[0]}'
    lat = f'{b[1]} {s[1]} {l[2]}'
    names = [nat]
    if chance(0.45): names.append(lat)
    return ('Company', names, 'org/arabic-script/ar', 'ar', {nat: [lat, f'{l[1]} {b[1]} {s[1]}']})

def g_ru_firm():
    b = pick(RU_BRAND); k = rng.random()
    if k < 0.45: nat, lat = f'ООО «{b[0]}»', f'OOO {b[1]}'
    elif k < 0.7: nat, lat = f'АО «НПП «{b[0]}»', f'AO NPP {b[1]}'
    else:
        s = pick(RU_SECTOR)
        nat, lat = f'АО «{b[0]} {s[0]}»', f'AO {b[1]} {s[1]}'
    names = [nat]
    if chance(0.4): names.append(lat)
    return ('Company', names, 'org/cyrillic/ru', 'ru', {nat: [lat]})

def g_uk_firm():
    b = pick(UK_BRAND)
    form = pick([('ТОВ', 'TOV'), ('ПрАТ', 'PrAT'), ('ТзОВ', 'TzOV')])
    nat, lat = f'{form[0]} «{b[0]}»', f'{form[1]} {b[1]}'
    names = [nat]
    if chance(0.4): names.append(lat)
    return ('Company', names, 'org/cyrillic/uk', 'uk', {nat: [lat]})

def g_sr_firm():
    b = pick(SR_BRAND)
    nat = f'{b} {pick(["Инжењеринг", "Трговина", "Електроник", "Метал", "Машинопродукт"])} {pick(["д.о.о.", "а.д."])}'
    names = [nat]
    if chance(0.4): names.append(R.sr_latin(nat))
    return ('Company', names, 'org/cyrillic/sr', 'sr')

def g_be_firm():
    b = pick(BE_BRAND)
    form = pick([('ТАА', 'TAA'), ('ААТ', 'AAT'), ('ЗАТ', 'ZAT')])
    nat, lat = f'{form[0]} «{b[0]}»', f'{form[1]} {b[1]}'
    names = [nat]
    if chance(0.4): names.append(lat)
    return ('Company', names, 'org/cyrillic/be', 'be', {nat: [lat]})

def g_faker_company(loc, kind, key, latin=None):
    def g():
        f = fk(loc)
        nat = f.company()
        names = [nat]
        if latin and chance(0.35): names.append(latin(nat))
        return ('Company', names, kind, key)
    return g

def g_he_firm():
    f = fk('he_IL')
    legal = pick(['בע"מ', 'בע״מ'])
    nat = f'{f.last_name()} {pick(["תעשיות", "הנדסה", "סחר", "אלקטרוניקה", "מערכות"])} {legal}'
    return ('Company', [nat], 'org/hebrew', 'hebrew')

def g_hi_firm():
    f = fk('hi_IN')
    nat = f'{f.last_name()} {pick(["इंजीनियरिंग", "इंडस्ट्रीज", "ट्रेडिंग", "इलेक्ट्रॉनिक्स"])} {pick(["प्राइवेट लिमिटेड", "लिमिटेड"])}'
    return ('Company', [nat], 'org/devanagari', 'devanagari')

def g_ka_firm():
    f = fk('ka_GE')
    nat = f'შპს „{f.last_name()} {pick(["ინჟინირინგი", "ტრეიდი", "ელექტრონიკა", "ტექნოლოგიები"])}“'
    return ('Company', [nat], 'org/georgian', 'georgian')

# ---- Organization (universities, institutes, hospitals, associations)
def g_org_latin():
    f = fk(pick(['en_GB', 'en_US', 'de_DE', 'fr_FR', 'it_IT', 'es_ES']))
    city = re.sub(r'^(San|Santa|Saint|St\.?|Bad|Le|La|Los|Las|El|Port|Fort|East|West|North|South|New) ', '', f.city()).split(' ')[0].rstrip(',')
    gb = chance(0.5)
    pat = pick(['University of {c}', '{c} Institute of Technology', '{c} Research {Centre}', '{c} General Hospital',
                '{c} Chamber of Commerce', 'National {Organisation} for Applied Metrology of {c}', '{c} {Defence} Studies Institute',
                '{c} Polytechnic', '{c} School of Aeronautics', '{c} Materials Testing Laboratory', 'Friends of {c} Hospital',
                '{c} Society of Precision Engineers'])
    nm = pat.format(c=city, Centre='Centre' if gb else 'Center', Organisation='Organisation' if gb else 'Organization',
                    Defence='Defence' if gb else 'Defense')
    return ('Organization', [nm], 'org/latin/organisation-' + ('gb' if gb else 'us'), 'latin')

def g_org_han():
    c = pick(ZH_CITY)
    k = pick([('大学', 'University'), ('理工学院', 'Institute of Technology'), ('人民医院', "People's Hospital"),
              ('计量测试研究所', 'Institute of Metrology and Testing'), ('材料研究中心', 'Materials Research Centre')])
    nat = c[0] + k[0]
    names = [nat]
    if chance(0.5): names.append(f'{c[1]} {k[1]}')
    return ('Organization', names, 'org/han/organisation', 'han')

def g_org_hangul():
    c = pick([('부산', 'Busan'), ('대전', 'Daejeon'), ('광주', 'Gwangju'), ('울산', 'Ulsan'), ('청주', 'Cheongju'),
              ('전주', 'Jeonju'), ('포항', 'Pohang'), ('창원', 'Changwon'), ('원주', 'Wonju'), ('춘천', 'Chuncheon')])
    k = pick([('대학교', 'University'), ('과학기술원', 'Institute of Science and Technology'), ('병원', 'Hospital'),
              ('상공회의소', 'Chamber of Commerce'), ('정밀측정연구소', 'Precision Measurement Institute')])
    nat = c[0] + k[0]
    names = [nat]
    if chance(0.5): names.append(f'{c[1]} {k[1]}')
    return ('Organization', names, 'org/hangul/organisation', 'hangul')

def g_org_fa():
    c = pick([('شیراز', 'Shiraz'), ('تبریز', 'Tabriz'), ('مشهد', 'Mashhad'), ('رشت', 'Rasht'), ('کرمان', 'Kerman'),
              ('همدان', 'Hamedan'), ('زنجان', 'Zanjan'), ('اهواز', 'Ahvaz')])
    k = pick([('دانشگاه {}', 'University of {}'), ('بیمارستان {}', '{} Hospital'), ('اتاق بازرگانی {}', '{} Chamber of Commerce'),
              ('دانشگاه علوم پزشکی {}', '{} University of Medical Sciences')])
    nat = k[0].format(c[0])
    names = [nat]
    if chance(0.5): names.append(k[1].format(c[1]))
    return ('Organization', names, 'org/arabic-script/fa-organisation', 'fa', {nat: [k[1].format(c[1])]})

def g_org_ar():
    c = pick([('حلب', 'Aleppo'), ('اللاذقية', 'Latakia'), ('طرطوس', 'Tartus'), ('عمّان', 'Amman'), ('صيدا', 'Sidon'),
              ('الشارقة', 'Sharjah'), ('الدوحة', 'Doha'), ('مسقط', 'Muscat')])
    k = pick([('جامعة {}', 'University of {}'), ('مستشفى {} الوطني', '{} National Hospital'), ('غرفة تجارة {}', '{} Chamber of Commerce')])
    nat = k[0].format(c[0])
    names = [nat]
    if chance(0.5): names.append(k[1].format(c[1]))
    return ('Organization', names, 'org/arabic-script/ar-organisation', 'ar', {nat: [k[1].format(c[1])]})

def g_org_ru():
    c = pick([('Томский', 'Tomskiy', 'Tomsk'), ('Казанский', 'Kazanskiy', 'Kazan'), ('Самарский', 'Samarskiy', 'Samara'),
              ('Пермский', 'Permskiy', 'Perm'), ('Уральский', 'Uralskiy', 'Ural'), ('Новгородский', 'Novgorodskiy', 'Novgorod')])
    k = pick([('{} государственный университет', '{} State University'), ('{} политехнический институт', '{} Polytechnic Institute'),
              ('{} областной госпиталь', '{} Regional Hospital')])
    nat = k[0].format(c[0])
    names = [nat]
    if chance(0.5): names.append(k[1].format(c[2]))
    return ('Organization', names, 'org/cyrillic/ru-organisation', 'ru')

def g_org_misc():
    k = rng.randrange(5)
    if k == 0:
        f = fk('el_GR'); return ('Organization', [f'Πανεπιστήμιο {pick(["Πατρών", "Κρήτης", "Ιωαννίνων", "Θεσσαλίας", "Αιγαίου"])}'], 'org/greek/organisation', 'greek')
    if k == 1:
        return ('Organization', [f'{pick(["בית החולים", "המכון הטכנולוגי", "האוניברסיטה"])} {pick(["חיפה", "באר שבע", "אשדוד", "נתניה", "רחובות"])}'], 'org/hebrew/organisation', 'hebrew')
    if k == 2:
        return ('Organization', [f'{pick(["पुणे", "नागपुर", "इंदौर", "भोपाल", "लखनऊ"])} {pick(["विश्वविद्यालय", "प्रौद्योगिकी संस्थान", "अस्पताल"])}'], 'org/devanagari/organisation', 'devanagari')
    if k == 3:
        return ('Organization', [f'{pick(["ქუთაისის", "ბათუმის", "თელავის", "გორის"])} {pick(["სახელმწიფო უნივერსიტეტი", "საავადმყოფო"])}'], 'org/georgian/organisation', 'georgian')
    return ('Organization', [f'{pick(["Գյումրու", "Վանաձորի", "Դիլիջանի", "Իջևանի"])} {pick(["պետական համալսարան", "բժշկական կենտրոն"])}'], 'org/armenian/organisation', 'armenian')

# ====================================================================== traps
POOLS = pools.pools()
_OK_GIV = re.compile(r"^[A-Za-z][A-Za-z'’\- ]*$")

def _clean_pool(c):
    d = POOLS[c]
    people = [(s, g, full) for s, g, full in d['people'] if _OK_GIV.match(g) and _OK_GIV.match(s) and len(g.split()) <= 3
              and len(s.split()) == 1 and len(s) > 1]
    return people
CLEAN = {c: _clean_pool(c) for c in ('DPRK', 'Iran', 'Russia', 'China', 'Syria', 'Pakistan')}

def tc(s):
    return ' '.join('-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-')) for w in s.split())

FA_RESPELL = [('mohammad', 'muhammad'), ('hossein', 'husain'), ('ou', 'u'), ('oo', 'u'), ('ee', 'i'), ('gh', 'q'),
              ('ei', 'ey'), ('ja', 'dja')]
RU_RESPELL = [('iy$', 'y'), ('ye', 'e'), ('kh', 'h'), ('yu', 'iu'), ('ya', 'ia'), ('v$', 'ff'), ('y$', 'i'), ('ks', 'x')]
AR_RESPELL = [('ou', 'u'), ('ee', 'i'), ('kh', 'ch'), ('q', 'k'), ('mohamed', 'mohammad'), ('sh', 'ch'), ('al-', 'el-')]
PK_RESPELL = [('muhammad', 'mohammed'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('ai', 'ay')]

def respell(name, rules):
    out = []
    for w in name.split():
        lw = w.lower()
        for a, b in rules:
            nw = re.sub(a, b, lw) if a.endswith('$') else lw.replace(a, b)
            if nw != lw and chance(0.6):
                lw = nw
        out.append(lw)
    return tc(' '.join(out))

def t_recombined(c):
    def g():
        pp = CLEAN[c]
        a = pick(pp); b = pick(pp)
        if a[0].lower() == b[0].lower() or a[1].lower() == b[1].lower(): return None
        sur, giv = a[0], b[1]
        form = rng.random()
        shadows = {}
        if c == 'DPRK':
            if form < 0.3:
                names, fm = [f'{sur.upper()}, {tc(giv)}'], 'ofac'
            elif form < 0.5:
                names, fm = [f'{sur.upper()} {giv.upper()}'], 'un'
            else:
                h = R.latin_to_hangul_person(sur, giv)
                if not h: return None
                if form < 0.75:
                    rr = f'{R.ko_surname(h[0], "rok")} {R.ko_given(h[1:], "rr", "hyphen")}'
                    names, fm = [rr, f'{tc(sur)} {tc(giv)}'], 'other-romanisation'
                else:
                    names, fm = [h, f'{tc(sur)} {tc(giv)}'], 'hangul'
        elif c == 'China':
            if form < 0.4: names, fm = [f'{sur.upper()}, {tc(giv)}'], 'ofac'
            elif form < 0.6:
                sy = R.split_pinyin(giv)
                if not sy: return None
                names, fm = [f'{R.wade(R.split_pinyin(sur) or [sur.lower()])} {"-".join(R.wade([x]).lower() for x in sy).capitalize()}',
                             f'{tc(sur)} {tc(giv)}'], 'wade-giles'
            else:
                h = R.latin_to_han(sur, giv)
                if not h: return None
                names, fm = [h, f'{tc(giv)} {tc(sur)}'], 'han'
        else:
            rules = {'Iran': FA_RESPELL, 'Russia': RU_RESPELL, 'Syria': AR_RESPELL, 'Pakistan': PK_RESPELL}[c]
            if form < 0.35:
                names, fm = [f'{sur.upper()}, {tc(giv)}'], 'ofac'
            elif form < 0.55:
                names, fm = [f'{giv.upper()} {sur.upper()}'], 'un'
            elif form < 0.8:
                base = f'{tc(giv)} {tc(sur)}'
                alt = respell(base, rules)
                names, fm = ([alt, base] if alt != base else [base]), 'other-romanisation'
            else:
                base = f'{tc(giv)} {tc(sur)}'
                if c == 'Iran': nat = R.latin_to_table(base, R.FA_REV)
                elif c == 'Syria': nat = R.latin_to_table(base, R.AR_REV)
                elif c == 'Russia':
                    ws = [R.latin_to_ru(w) for w in base.split()]
                    nat = None if None in ws else ' '.join(ws)
                else: nat = None
                if not nat: return None
                names, fm = [nat, base], 'native'
        return ('Person', names, f'trap/person-recombined/{c}/{fm}', 'trap', {}, 1)
    return g

FOREIGN_GIVEN = ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'it_IT', 'pl_PL', 'sv_SE', 'nl_NL', 'pt_BR', 'ja_JP', 'hu_HU']
def t_listed_surname():
    c = pick(['DPRK', 'Iran', 'Syria', 'China', 'Russia', 'Pakistan', 'DPRK', 'Iran'])
    sur = pick(CLEAN[c])[0]
    if c == 'DPRK' and chance(0.3):
        # Koryo-saram style: a Russian given name with a listed Korean surname, in Cyrillic and Latin
        cyr = {'kim': 'Ким', 'pak': 'Пак', 'ri': 'Ли', 'choe': 'Цой', 'han': 'Хан', 'kang': 'Кан', 'jo': 'Чо', 'yun': 'Юн',
               'ko': 'Ко', 'mun': 'Мун', 'jang': 'Тян', 'o': 'О', 'so': 'Со', 'song': 'Сон', 'nam': 'Нам'}.get(sur.lower())
        if cyr:
            fi, mi, la = _ru_person()
            nat = f'{fi} {cyr}' if chance(0.5) else f'{cyr} {fi} {mi}'
            return ('Person', [nat, R.ru_latin(nat)], f'trap/person-listed-surname/{c}/cyrillic', 'trap', {}, 5)
    loc = pick(FOREIGN_GIVEN)
    if c == 'Russia' and loc in ('pl_PL',): loc = 'en_US'
    f = fk(loc)
    fem = chance(0.4) or (c == 'Russia' and re.search(r'(a|aya)$', sur.lower()) is not None)
    if c == 'Russia' and not fem and re.search(r'(a|aya)$', sur.lower()): fem = True
    if loc == 'ja_JP':
        giv = (f.first_name_female_pair() if fem else f.first_name_male_pair())[2]
    else:
        gf = f.first_name_female if fem else f.first_name_male
        giv = gf()
        if chance(0.2): giv += ' ' + gf()
    k = rng.random()
    nm = f'{giv} {tc(sur)}' if k < 0.5 else (f'{sur.upper()}, {giv}' if k < 0.8 else f'{giv} {sur.upper()}')
    return ('Person', [nm], f'trap/person-listed-surname/{c}/latin', 'trap', {}, 5)

COMMON = {  # (given-name words, surnames) that are common on the lists and in life
    'Iran': (['Mohammad', 'Ali', 'Hassan', 'Hossein', 'Ahmad', 'Reza', 'Mahmoud', 'Mohsen', 'Mehdi', 'Hamid'],
             ['Ahmadi', 'Hosseini', 'Rezaei', 'Mohammadi', 'Karimi', 'Hassani', 'Alavi', 'Akbari', 'Rahimi', 'Jafari']),
    'Syria': (['Mohammad', 'Ali', 'Hassan', 'Ahmad', 'Khaled', 'Ibrahim', 'Mahmoud', 'Hussein', 'Omar', 'Youssef'],
              ['Ali', 'Hassan', 'Ibrahim', 'Hussein', 'Khalil', 'Mahmoud', 'Haddad', 'Othman']),
    'Pakistan': (['Muhammad', 'Ali', 'Ahmed', 'Tariq', 'Imran', 'Asif', 'Iqbal'], ['Khan', 'Hussain', 'Iqbal', 'Akhtar', 'Shah', 'Malik', 'Ahmed']),
    'DPRK': (['Chol', 'Il', 'Song', 'Yong', 'Nam', 'Hyok', 'Su', 'Ho', 'Kwang', 'Myong', 'Hak', 'Jin', 'Ryong', 'Chun', 'Man', 'Sok', 'Guk'],
             ['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Kang', 'Han', 'Jo']),
    'China': (['wei', 'jun', 'ming', 'hua', 'lei', 'jian', 'ping', 'hong', 'yong', 'bo', 'qiang', 'li'],
              ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao']),
    'Russia': (['Sergey', 'Aleksandr', 'Andrey', 'Dmitriy', 'Vladimir', 'Aleksey', 'Ivan', 'Mikhail', 'Nikolay', 'Igor'],
               ['Ivanov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Volkov', 'Morozov', 'Novikov', 'Fedorov']),
}
RU_PATR = ['Sergeyevich', 'Aleksandrovich', 'Vladimirovich', 'Ivanovich', 'Nikolayevich', 'Viktorovich', 'Mikhaylovich',
           'Anatolyevich', 'Yuryevich']

def t_common():
    c = pick(['Iran', 'Iran', 'DPRK', 'DPRK', 'China', 'Russia', 'Russia', 'Syria', 'Pakistan'])
    givs, surs = COMMON[c]
    lg = {x.lower() for x in givs} | {x.lower() for x in surs} | {x.lower() for x in RU_PATR}
    cands = [p for p in CLEAN[c] if any(w.lower() in lg for w in (p[0] + ' ' + p[1]).replace('-', ' ').split())]
    if c == 'China':
        cands = [p for p in CLEAN[c] if p[0].lower() in {x.lower() for x in surs} and R.split_pinyin(p[1])]
    if not cands: return None
    sur, giv, full = pick(cands)
    ws = giv.replace('-', ' ').split()
    if c == 'China':
        sy = R.split_pinyin(giv)
        if len(sy) > 2: return None
        if chance(0.35):
            sur2 = pick(surs)
            if sur2.lower() == sur.lower(): return None
            sur = sur2
        else:
            i = rng.randrange(len(sy)); n = pick(givs)
            if n == sy[i]: return None
            sy = sy[:i] + [n] + sy[i + 1:]
        ws = [''.join(sy).capitalize()]
    else:
        slot = rng.randrange(len(ws) + 1)
        if slot == len(ws):
            sur2 = pick(surs)
            if sur2.lower() == sur.lower(): return None
            sur = sur2
        else:
            old = ws[slot]
            pool = RU_PATR if (c == 'Russia' and re.search(r'(vich|vna)$', old.lower())) else givs
            w2 = pick(pool)
            if w2.lower() == old.lower(): return None
            ws = ws[:slot] + [w2] + ws[slot + 1:]
    giv2 = ' '.join(ws)
    if len({w.lower() for w in ws}) < len(ws): return None
    k = rng.random()
    if c == 'DPRK':
        if k < 0.6: names, fm = [f'{tc(sur)} {tc(giv2)}' if chance(0.5) else f'{sur.upper()} {giv2.upper()}'], 'latin'
        else:
            h = R.latin_to_hangul_person(sur, giv2)
            if not h: return None
            names, fm = [h, f'{tc(sur)} {tc(giv2)}'], 'hangul'
    elif c == 'China':
        if k < 0.6: names, fm = [f'{sur.upper()}, {giv2}'], 'latin'
        else:
            h = R.latin_to_han(sur, giv2)
            if not h: return None
            names, fm = [h, f'{tc(sur)} {giv2}'], 'han'
    elif c == 'Russia':
        if k < 0.6: names, fm = [f'{tc(giv2)} {tc(sur)}' if chance(0.5) else f'{sur.upper()}, {tc(giv2)}'], 'latin'
        else:
            ws2 = [R.latin_to_ru(w) for w in f'{tc(sur)} {tc(giv2)}'.split()]
            if None in ws2: return None
            names, fm = [' '.join(ws2), f'{tc(giv2)} {tc(sur)}'], 'cyrillic'
    elif c == 'Iran' and k > 0.6:
        nat = R.latin_to_table(f'{tc(giv2)} {tc(sur)}', R.FA_REV)
        if not nat: return None
        names, fm = [nat, f'{tc(giv2)} {tc(sur)}'], 'persian'
    else:
        names, fm = [f'{tc(giv2)} {tc(sur)}' if chance(0.6) else f'{sur.upper()}, {tc(giv2)}'], 'latin'
    return ('Person', names, f'trap/person-common-name/{c}/{fm}', 'trap', {}, 6)

# ---- organisation traps
def _listed_orgs():
    res = []
    for prog, nm in pools.ofac_entities():
        c = ('DPRK' if 'DPRK' in prog or re.search(r'\b(KOREA|KOREAN|CHOSON|CHOSUN|PYONGYANG)\b', nm, re.I)
             else 'Iran' if re.search('IRAN|IFSR|IRGC', prog) or re.search(r'\bIRAN', nm, re.I)
             else 'Syria' if 'SYRIA' in prog or re.search(r'\bSYRIA', nm, re.I)
             else 'China' if re.search(r'^(BEIJING|SHANGHAI|DALIAN|SHENZHEN|TIANJIN|XI.AN|GUANGZHOU|HANGZHOU|NINGBO|CHINA)\b', nm, re.I)
             else 'Russia' if 'RUSSIA' in prog else 'other')
        res.append((c, nm))
    for ref, nm in pools.un_entities():
        res.append(('DPRK' if ref == 'KP' else 'Iran', nm))
    for ctry, en, nat in pools.meti_entities():
        c = {'북한': 'DPRK', '이란': 'Iran', '시리아': 'Syria', '러시아': 'Russia', '중국': 'China', '파키스탄': 'Pakistan'}.get(ctry)
        if c:
            res.append((c, en))
            if nat and filters9.script_of(nat) != 'latin': res.append((c + '/native', nat))
    seen = set(); out = []
    for c, nm in res:
        if nm and nm.lower() not in seen:
            seen.add(nm.lower()); out.append((c, nm))
    return out
LISTED_ORGS = _listed_orgs()
LAT_ORGS = [(c, n) for c, n in LISTED_ORGS if '/' not in c and filters9.is_latin(n) and 2 <= len(n.split()) <= 7
            and not re.search(r'\d', n)]
NAT_ORGS = [(c.split('/')[0], n) for c, n in LISTED_ORGS if c.endswith('/native')]

def distinctive_positions(nm, namelike=False):
    """positions of the words that distinguish a listed name (not legal forms, kind words, country words); with
    namelike=True only words that are rare in English (wordfreq Zipf < 3.0), i.e. proper names, not descriptions"""
    toks = nm.split()
    out = []
    for i, t in enumerate(toks):
        w = words(t, '')
        if not w: continue
        w = filters9.SYN.get(w[0], w[0])
        if w in filters9.LEGAL or w in filters9.GENERIC or w in filters9.COUNTRY or w in ('shahid', 'al', 'el'): continue
        if not re.match(r"^[A-Za-z][A-Za-z'’\-]+$", t): continue
        if namelike and zipf_frequency(w, 'en') >= 3.0: continue
        out.append(i)
    return out

def case_like(src, word):
    if src.isupper(): return word.upper()
    return word

def new_word(c):
    if c == 'DPRK':
        h = pick(KO_GIVEN_SYL) + pick(KO_GIVEN_SYL)
        return ''.join(R.dprk_syl(x) for x in h).capitalize(), h
    if c == 'Iran': b = pick(FA_BRAND); return b[1].replace(' ', ''), b[0]
    if c == 'China':
        b = pick(ZH_BRAND); return ''.join(R.pinyin_list(b)).capitalize(), b
    if c == 'Russia': b = pick(RU_BRAND); return b[1], b[0]
    return pick(LATIN_BRAND).split()[0], None

def t_generic_frame():
    c, nm = pick(LAT_ORGS)
    pos = distinctive_positions(nm)
    toks = nm.split()
    if len(pos) != 1 or len(toks) < 3 or len(toks) > 6: return None
    if not distinctive_positions(nm, namelike=True): return None
    if c == 'other' and chance(0.7): return None
    w, nat = new_word(c if c in ('DPRK', 'Iran', 'China', 'Russia') else 'x')
    toks2 = toks[:]; toks2[pos[0]] = case_like(toks[pos[0]], w)
    out = ' '.join(toks2)
    out = re.sub(r'\s*\([A-Z0-9]{2,8}\)\s*$', '', out).strip()
    if chance(0.35): out = abbreviate(out)
    return ('Company', [out], f'trap/org-generic-frame/{c}/latin', 'trap', {}, 2, [w])

KO_FRAMES = re.compile(r'^(조선)(.{2,3}?)(무역회사|무역총회사|수출입회사|합영회사|총회사|은행|기술무역회사|련합회사|해운회사|무역센터)$')
KO_KIND_EN = {'무역회사': 'Trading Corporation', '무역총회사': 'General Trading Corporation', '수출입회사': 'Export and Import Corporation',
              '합영회사': 'Joint Venture Company', '총회사': 'General Corporation', '은행': 'Bank', '기술무역회사': 'Technology Trading Corporation',
              '련합회사': 'Associated Corporation', '해운회사': 'Shipping Company', '무역센터': 'Trade Center'}
def t_generic_frame_native():
    cands = [(c, n) for c, n in NAT_ORGS if KO_FRAMES.match(n)]
    c, nm = pick(cands)
    m = KO_FRAMES.match(nm)
    h = pick(KO_GIVEN_SYL) + pick(KO_GIVEN_SYL)
    nat = m.group(1) + h + m.group(3)
    lat = f'Korea {"".join(R.dprk_syl(x) for x in h).capitalize()} {KO_KIND_EN[m.group(3)]}'
    return ('Company', [nat, lat] if chance(0.6) else [nat], 'trap/org-generic-frame/DPRK/hangul', 'trap', {}, 2, [lat.split()[1]])

ZH_FRAME = re.compile(r'^(北京|上海|天津|深圳|大连|西安|沈阳|南京|成都|武汉|广州|杭州|青岛|长沙)(.{2,5}?)((?:国际)?(?:科技发展|科技|贸易|工业|技术|电子|进出口|经济贸易|机电)(?:有限责任公司|有限公司|公司))$')
ZH_SUFFIX_EN = [('科技发展', 'Technology Development'), ('科技', 'Technology'), ('国际贸易', 'International Trade'), ('贸易', 'Trading'),
                ('工业', 'Industry'), ('技术', 'Technology'), ('电子', 'Electronics'), ('进出口', 'Import and Export'),
                ('经济贸易', 'Economic and Trade'), ('机电', 'Electromechanical')]
ZH_CITY_D = dict(ZH_CITY)
def t_generic_frame_han():
    cands = [n for c, n in NAT_ORGS if ZH_FRAME.match(n)]
    if not cands: return None
    nm = pick(cands); m = ZH_FRAME.match(nm)
    b = pick(ZH_BRAND)
    nat = m.group(1) + b + m.group(3)
    en = next((e for z, e in ZH_SUFFIX_EN if m.group(3).startswith(z)), 'Technology')
    bl = ''.join(R.pinyin_list(b)).capitalize()
    lat = f'{ZH_CITY_D.get(m.group(1), "".join(R.pinyin_list(m.group(1))).capitalize())} {bl} {en} Co., Ltd.'
    return ('Company', [nat, lat] if chance(0.6) else [nat], 'trap/org-generic-frame/China/han', 'trap', {}, 2, [bl])

FA_FRAME = re.compile(r'^(گروه صنعتی|گروه صنایع|صنایع|شرکت صنایع|مجتمع صنعتی|شرکت) (\S+)$')
FA_FRAME_EN = {'گروه صنعتی': ('Industrial Group', 'Goruh-e Sanati'), 'گروه صنایع': ('Industries Group', 'Goruh-e Sanaye'),
               'صنایع': ('Industries', 'Sanaye'), 'شرکت صنایع': ('Industries Company', 'Sherkat-e Sanaye'),
               'مجتمع صنعتی': ('Industrial Complex', 'Mojtame-e Sanati'), 'شرکت': ('Company', 'Sherkat-e')}
def t_generic_frame_fa():
    cands = [n for c, n in NAT_ORGS if FA_FRAME.match(n)]
    nm = pick(cands); m = FA_FRAME.match(nm)
    b = pick(FA_BRAND)
    if ' ' in b[0]: return None
    nat = f'{m.group(1)} {b[0]}'
    en, rom = FA_FRAME_EN[m.group(1)]
    lat = f'{b[1]} {en}' if chance(0.6) else f'{rom} {b[1]}'
    return ('Company', [nat, lat] if chance(0.6) else [nat], 'trap/org-generic-frame/Iran/persian', 'trap', {},
            2, [b[1]], {nat: [f'{b[1]} {en}', f'{rom} {b[1]}']})

RU_FRAME = re.compile(r'^(АО|ООО|ПАО|ОАО|ЗАО) «([А-ЯЁ][а-яё\-]+)»$')
def t_generic_frame_ru():
    cands = [n for c, n in NAT_ORGS if RU_FRAME.match(n)]
    nm = pick(cands); m = RU_FRAME.match(nm)
    b = pick(RU_BRAND)
    nat = f'{m.group(1)} «{b[0]}»'
    lat = f'{R.ru_latin(m.group(1)).upper()} {b[1]}'
    return ('Company', [nat, lat] if chance(0.5) else [nat], 'trap/org-generic-frame/Russia/cyrillic', 'trap', {}, 2, [b[1]])

INSTITUTIONAL = re.compile(r'\b(university|institute|academy|ministry|bureau|office|committee|department|hospital|'
                           r'museum|club|orchestra|college|school|commission|administration|organi[sz]ation|'
                           r'centre|center|council|directorate|agency|headquarters|army|force|forces)\b', re.I)
FIRM_FORM = re.compile(r'\b(co|company|corp|corporation|ltd|limited|llc|inc|jsc|ooo|oao|ao|pjsc|gmbh|plc|fze|trading|'
                       r'shipping|bank|hotel|industries|industry|group|enterprise|firm)\b\.?', re.I)
def org_schema(nm):
    if FIRM_FORM.search(nm): return 'Company'
    if INSTITUTIONAL.search(nm): return 'Organization'
    return 'Company'

ABBR = [(r'\bCorporation\b', 'Corp.'), (r'\bCORPORATION\b', 'CORP'), (r'\bCompany\b', 'Co.'), (r'\bCOMPANY\b', 'CO'),
        (r'\bIndustries\b', 'Ind.'), (r'\bINDUSTRIES\b', 'IND.'), (r'\bGroup\b', 'Grp'), (r'\bManufacturing\b', 'Mfg.'),
        (r'\bLimited\b', 'Ltd.'), (r'\bInternational\b', 'Intl'), (r'\bTrading\b', 'Trdg.')]
def abbreviate(s):
    for a, b in ABBR:
        if re.search(a, s) and chance(0.7): s = re.sub(a, b, s)
    return s

KIND_SWAP = [(r'\bBank(ing Corporation)?\b', ['University', 'Hospital', 'Museum', 'Football Club']),
             (r'\bTrading (Corporation|Company|Co\.?)\b', ['Shipping Line', 'Hotel', 'University', 'Hospital']),
             (r'\bShipping (Company|Co\.?|Corp)\b', ['Trading Company', 'Hospital', 'Football Club']),
             (r'\bInstitute\b', ['Hospital', 'Football Club', 'Hotel']),
             (r'\bIndustrial Group\b', ['Football Club', 'Hospital', 'Orchestra']),
             (r'\bIndustries( Group)?\b', ['Hospital', 'Sports Club', 'University']),
             (r'\bUniversity\b', ['Bank', 'Trading Company', 'Football Club']),
             (r'\bAcademy\b', ['Hospital', 'Shipping Company']),
             (r'\bAirlines?\b', ['University', 'Hospital']),
             (r'\bResearch Cent(er|re)\b', ['Hospital', 'Hotel', 'Football Club']),
             (r'\bElectronics\b', ['Hospital', 'University']),
             (r'\bCommittee\b', ['Orchestra', 'Hospital'])]
FIRM_KINDS = {'Trading Company', 'Shipping Line', 'Hotel', 'Bank'}
KO_KIND_SWAP = [('은행', ['대학', '병원']), ('무역회사', ['해운회사', '병원', '대학']), ('연구소', ['병원']), ('대학', ['은행']),
                ('해운', ['대학']), ('총회사', ['병원'])]
FA_KIND_SWAP = [('گروه صنعتی', ['بیمارستان', 'دانشگاه']), ('گروه صنایع', ['بیمارستان', 'دانشگاه']), ('شرکت', ['بیمارستان'])]

def _kind_changed(k):
    if k < 0.25:
        c, nm = pick([x for x in NAT_ORGS if filters9.script_of(x[1]) == 'hangul' and not re.search(r'[A-Za-z0-9]', x[1])])
        for a, bs in KO_KIND_SWAP:
            if nm.endswith(a) or (a in nm and chance(0.3)):
                b = pick(bs)
                new = nm.replace(a, b, 1)
                return ('Organization' if b in ('대학', '병원') else 'Company', [new], f'trap/org-kind-changed/{c}/hangul', 'trap', {}, 3)
        return None
    if k < 0.35:
        c, nm = pick([x for x in NAT_ORGS if filters9.script_of(x[1]) == 'arabic' and re.match('^(گروه صنعتی|گروه صنایع|شرکت) ', x[1])])
        for a, bs in FA_KIND_SWAP:
            if nm.startswith(a + ' ') and 'محدود' not in nm and 'لیبیلیتی' not in nm:
                b = pick(bs)
                nm = re.sub(r'\s*\([^)]*\)\s*$', '', nm)
                return ('Organization', [nm.replace(a, b, 1)], f'trap/org-kind-changed/{c}/persian', 'trap', {}, 3)
        return None
    c, nm = pick(LAT_ORGS)
    for rx, repl in KIND_SWAP:
        m = re.search(rx, nm, re.I)
        if m:
            b = pick(repl)
            b2 = b.upper() if nm.isupper() else b
            new = nm[:m.start()] + b2 + nm[m.end():]
            new = re.sub(r'\s*\([A-Z0-9]{2,8}\)\s*$', '', new).strip()  # an acronym of the listed name would be its alias
            schema = 'Company' if b in FIRM_KINDS else 'Organization'
            return (schema, [new], f'trap/org-kind-changed/{c}/latin', 'trap', {}, 3)
    return None

def t_kind_changed_latin():
    return _kind_changed(1.0)
def t_kind_changed_hangul():
    return _kind_changed(0.0)
def t_kind_changed_fa():
    return _kind_changed(0.3)
    return None

def t_word_swapped_hangul():
    if True:
        cands = [(c, n) for c, n in NAT_ORGS if KO_FRAMES.match(n)]
        c, nm = pick(cands)
        m = KO_FRAMES.match(nm)
        pl = pick(PLACES['DPRK'])
        nat = m.group(1) + pl[1] + m.group(3)
        names = [nat, f'Korea {pl[0]} {KO_KIND_EN[m.group(3)]}'] if chance(0.5) else [nat]
        return ('Company', names, 'trap/org-word-swapped/DPRK/hangul-place', 'trap', {}, 4)

def t_word_swapped():
    c, nm = pick(LAT_ORGS)
    if len(distinctive_positions(nm)) < 2 or len(nm.split()) < 3: return None
    pos = distinctive_positions(nm, namelike=True)
    if not pos: return None
    i = pick(pos)
    toks = nm.split()
    if chance(0.6):
        pl = pick(PLACES.get(c, PLACES['x']))
        w = pl[0] if isinstance(pl, tuple) else pl
        how = 'place'
    else:
        w = pick(COMMON_WORDS); how = 'common-word'
    if w.lower() == toks[i].lower(): return None
    toks[i] = case_like(toks[i], w)
    new = re.sub(r'\s*\([A-Z0-9]{2,8}\)\s*$', '', ' '.join(toks)).strip()
    if chance(0.25): new = abbreviate(new)
    return (org_schema(new), [new], f'trap/org-word-swapped/{c}/{how}', 'trap', {}, 4, [w])

# ====================================================================== plan
def P(gen, n): return (gen, n)
PLAN = []
for loc, n in LATIN_LOCALES.items(): PLAN.append(P(g_latin_locale(loc), n))
PLAN += [P(g_latin_persian, 105), P(g_latin_arabic, 95), P(g_latin_pakistani, 50), P(g_latin_korean_dprk, 75),
         P(g_latin_korean_rr, 60), P(g_latin_pinyin, 75), P(g_latin_russian, 50), P(g_latin_ukrainian, 20),
         P(g_han('zh_CN'), 110), P(g_han('zh_TW'), 55), P(g_kanji, 65), P(g_kana, 35), P(g_hangul_rok, 100),
         P(g_hangul_dprk, 70), P(g_fa_script, 100), P(g_ar_script, 80), P(g_cyr_ru, 105), P(g_cyr_uk, 55), P(g_cyr_sr, 45),
         P(g_cyr_be, 45),
         P(g_faker_native('hi_IN', 'person/devanagari/hi', 'devanagari', lambda s: filters9.unidecode(s).title()), 55),
         P(g_faker_native('th_TH', 'person/thai', 'thai'), 50),
         P(g_faker_native('el_GR', 'person/greek', 'greek', R.gr_latin), 50),
         P(g_faker_native('he_IL', 'person/hebrew', 'hebrew'), 50),
         P(g_faker_native('ka_GE', 'person/georgian', 'georgian', lambda s: R.table_latin(s, R.KA_LAT)), 40),
         P(g_faker_native('hy_AM', 'person/armenian', 'armenian', lambda s: R.table_latin(s, R.HY_LAT)), 40)]
FIRM_CC = {'gb': 38, 'us': 38, 'de': 28, 'fr': 22, 'it': 22, 'nl': 18, 'pl': 14, 'cz': 12, 'se': 12, 'tr': 35, 'ae': 40,
           'hk': 30, 'sg': 20, 'my': 15, 'in': 20, 'pk': 25}
for cc, n in FIRM_CC.items(): PLAN.append(P(g_latin_firm(cc), n))
PLAN += [P(g_latin_firm_iran, 35), P(g_latin_firm_korea, 25), P(g_latin_firm_china, 35), P(g_latin_firm_russia, 25),
         P(g_han_firm(False), 70), P(g_han_firm(True), 30), P(g_ja_firm, 45), P(g_hangul_firm, 70), P(g_fa_firm, 60),
         P(g_ar_firm, 45), P(g_ru_firm, 60), P(g_uk_firm, 25), P(g_sr_firm, 20), P(g_be_firm, 20),
         P(g_faker_company('el_GR', 'org/greek', 'greek'), 15), P(g_he_firm, 15),
         P(g_faker_company('th_TH', 'org/thai', 'thai'), 15), P(g_hi_firm, 15), P(g_ka_firm, 10),
         P(g_faker_company('hy_AM', 'org/armenian', 'armenian', lambda s: R.table_latin(s, R.HY_LAT)), 10),
         P(g_org_latin, 66), P(g_org_han, 20), P(g_org_hangul, 15), P(g_org_fa, 15), P(g_org_ar, 10), P(g_org_ru, 15),
         P(g_org_misc, 20)]
TRAPS = [P(t_recombined('DPRK'), 40), P(t_recombined('Iran'), 35), P(t_recombined('Russia'), 20), P(t_recombined('China'), 20),
         P(t_recombined('Syria'), 20), P(t_recombined('Pakistan'), 15), P(t_listed_surname, 70), P(t_common, 75),
         P(t_generic_frame, 35), P(t_generic_frame_native, 18), P(t_generic_frame_han, 10), P(t_generic_frame_fa, 6),
         P(t_generic_frame_ru, 6), P(t_kind_changed_latin, 38), P(t_kind_changed_hangul, 20), P(t_kind_changed_fa, 7),
         P(t_word_swapped, 50), P(t_word_swapped_hangul, 15)]

NOISE_KEY = {'han': 'han', 'ja': 'ja', 'kana': 'kana', 'hangul': 'hangul', 'fa': 'fa', 'ar': 'ar', 'ru': 'ru', 'uk': 'uk',
             'sr': 'sr', 'be': 'be', 'devanagari': 'devanagari', 'thai': 'thai', 'greek': 'greek', 'hebrew': 'hebrew',
             'georgian': 'georgian', 'armenian': 'armenian'}

def main():
    F = filters9.Filter()
    rows, seen = [], set()
    drops = Counter(); drops_kind = defaultdict(Counter); dup = 0
    log = sys.stderr
    print(f'# heldout-9 negatives build log (seed {SEED}); one line per dropped candidate: rule<TAB>kind<TAB>names<TAB>form that hit<TAB>listed name', file=log)

    def consider(c, is_trap):
        nonlocal dup
        schema, names, kind, key = c[:4]
        shadows = dict(c[4]) if len(c) > 4 else {}
        if len(c) > 7: shadows.update(c[7])
        names = [n for n in dict.fromkeys(names) if n and n.strip()]
        row = {'schema': schema, 'names': names, 'kind': kind}
        dk = ' '.join(sorted(words(names[0])))
        if dk in seen:
            dup += 1; return False
        hit = F.check_row(row, shadows)
        if not hit and is_trap:
            hit = F.check_trap(row, c[5], c[6] if len(c) > 6 else ())
        if not hit and not is_trap and schema != 'Person':
            hit = F.check_trap(row, 0)
        if not hit and not is_trap and schema == 'Person':
            hit = F.check_trap(row, 0)
        if hit:
            drops[hit[0]] += 1; drops_kind[kind.split('/')[0] + '/' + kind.split('/')[1]][hit[0]] += 1
            print(f'{hit[0]}\t{kind}\t{" | ".join(names)}\t{hit[1]}\t{hit[2]}', file=log)
            return False
        # document noise on the native form (about 15 % of native-script rows, 6 % of Latin persons)
        if key in NOISE_KEY and not is_trap and chance(0.145):
            names[0] = noise(names[0], NOISE_KEY[key], schema == 'Person'); row['kind'] = kind + '/noise'
        elif key == 'latin' and schema == 'Person' and not is_trap and chance(0.06):
            names[0] = noise(names[0], 'latin', True); row['kind'] = kind + '/noise'
        if row['kind'].endswith('/noise'):
            hit = F.check_row(row, shadows)
            if hit:
                drops[hit[0]] += 1
                print(f'{hit[0]}\t{row["kind"]}\t{" | ".join(names)}\t{hit[1]}\t{hit[2]}', file=log)
                return False
        seen.add(dk)
        rows.append(row)
        return True

    for plan, is_trap in ((TRAPS, True), (PLAN, False)):
        for gen, n in plan:
            got = tries = 0
            last = '?'
            while got < n and tries < n * 60:
                tries += 1
                c = gen()
                if not c: continue
                last = c[2]
                if consider(c, is_trap): got += 1
            if got < n:
                print(f'# SHORT {last} {got}/{n}', file=log)
    print(f'# dropped by rule: {dict(sorted(drops.items()))}; duplicates skipped: {dup}', file=log)
    print(f'# dropped by kind group: ' + '; '.join(f'{k} {dict(v)}' for k, v in sorted(drops_kind.items())), file=log)
    rng2 = random.Random(SEED + 1)
    rng2.shuffle(rows)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'# wrote {len(rows)} rows', file=log)

if __name__ == '__main__':
    main()
