#!/usr/bin/env python3
"""Build heldout-10/negatives/negatives.jsonl: 4,000 hard negative names, none of them a listed party.

No Faker, no wordfreq: every name part comes from the hand-written pools in pools_latin.py, pools_native.py and
orgs10.py, sampled by the writer's estimate of real frequency (explicit shares or a Zipf-like weight by rank).
Trap rows are derived from the raw lists by listed10.py.  Every candidate goes through filters10.py; drops are
written to stderr (redirect to negatives/build.log).  Deterministic: seed 20261210, PYTHONHASHSEED=0.

    /tmp/h10venv/bin/python tools/make_negatives.py 2> negatives/build.log
"""
import os
import sys

if os.environ.get('PYTHONHASHSEED') != '0':
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable] + sys.argv)

import json
import random
import re
import unicodedata
from collections import Counter, defaultdict

from pypinyin import lazy_pinyin, Style

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools_latin as PL
import pools_native as PN
import orgs10 as O
import romanise10 as R
import filters10 as F
import listed10
import translit

SEED = 20261210
rng = random.Random(SEED)
OUT = os.path.join(HERE, '..', 'negatives', 'negatives.jsonl')
LOG = sys.stderr

TOTAL = 4000

# ====================================================================== pools
def _split(s):
    return [e.strip() for e in s.replace('\n', '').split('|') if e.strip()]


class Pool:
    """entries: dict(lat=[variants], nat=str|None, reading=str|None); weights by share or Zipf rank."""

    def __init__(self, s, native_first=None, expo=0.9):
        self.items, ws = [], []
        for e in _split(s):
            m = re.search(r'\*([\d.]+)$', e)
            w = float(m.group(1)) if m else None
            if m:
                e = e[:m.start()]
            if '=' in e:
                a, b = e.split('=', 1)
            else:
                a, b = e, None
            if b is None:
                lat, nat = (a, None) if F.script_of(a.split('/')[0]) == 'latin' else (None, a)
            elif native_first is True:
                nat, lat = a, b
            elif native_first is False:
                lat, nat = a, b
            else:
                lat, nat = (a, b) if F.script_of(a) == 'latin' else (b, a)
            reading = None
            variants = []
            if lat:
                for v in lat.split('/'):
                    m2 = re.search(r'\[([^\]]+)\]', v)
                    if m2:
                        reading = reading or m2.group(1)
                        v = v[:m2.start()] + v[m2.end():]
                    variants.append(v.strip())
            self.items.append(dict(lat=variants, nat=nat.strip() if nat else None, reading=reading))
            ws.append(w)
        if all(w is None for w in ws):
            self.w = [1.0 / (i + 2) ** expo for i in range(len(ws))]
        else:
            lo = min(w for w in ws if w is not None)
            self.w = [w if w is not None else lo for w in ws]

    def pick(self, exclude=()):
        for _ in range(50):
            it = rng.choices(self.items, self.w)[0]
            if it not in exclude:
                return it
        return it

    def __len__(self):
        return len(self.items)


def m_(v):
    return v.split(':')[0]


def f_(v):
    return v.split(':')[1] if ':' in v else v


P = {}
for name in dir(PL):
    if name.isupper() and isinstance(getattr(PL, name), str):
        P[name] = Pool(getattr(PL, name))
NATIVE_FIRST = {'CN_SUR', 'HK_SUR', 'HK_GIV', 'TW_SUR', 'TW_GIV', 'JP_SUR', 'JP_GIV_M', 'JP_GIV_F'}
for name in dir(PN):
    if name.isupper() and isinstance(getattr(PN, name), str):
        P[name] = Pool(getattr(PN, name), native_first=True if name in NATIVE_FIRST else None)

def lat0(it):
    return it['lat'][0]


def chance(p):
    return rng.random() < p


def cap_words(s):
    return ' '.join(w[:1].upper() + w[1:] for w in s.split(' '))


def strip_marks(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('ı', 'i').replace('İ', 'I').replace('ł', 'l').replace('Ł', 'L')
    s = s.replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def de_translit(s):
    return (s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe')
            .replace('Ü', 'Ue').replace('ß', 'ss'))


# ====================================================================== persons: Latin cultures
WEST = {  # cc: (surname pool, male, female)
    'us': ('US_SUR', 'US_GIV_M', 'US_GIV_F'), 'uk': ('UK_SUR', 'UK_GIV_M', 'UK_GIV_F'),
    'ie': ('IE_SUR', 'IE_GIV_M', 'IE_GIV_F'), 'de': ('DE_SUR', 'DE_GIV_M', 'DE_GIV_F'),
    'fr': ('FR_SUR', 'FR_GIV_M', 'FR_GIV_F'), 'es': ('ES_SUR', 'ES_GIV_M', 'ES_GIV_F'),
    'mx': ('MX_SUR', 'MX_GIV_M', 'MX_GIV_F'), 'it': ('IT_SUR', 'IT_GIV_M', 'IT_GIV_F'),
    'nl': ('NL_SUR', 'NL_GIV_M', 'NL_GIV_F'), 'pl': ('PL_SUR', 'PL_GIV_M', 'PL_GIV_F'),
    'se': ('SE_SUR', 'SE_GIV_M', 'SE_GIV_F'), 'tr': ('TR_SUR', 'TR_GIV_M', 'TR_GIV_F'),
    'ng': ('NG_SUR', 'NG_GIV_M', 'NG_GIV_F'), 'id': ('ID_SUR', 'ID_GIV_M', 'ID_GIV_F')}

def west_person(cc):
    sp, mp, fp = WEST[cc]
    g = 'm' if chance(0.62) else 'f'
    giv_it = P[mp if g == 'm' else fp].pick()
    sur_it = P[sp].pick()
    giv_v = giv_it['lat']
    sur_v = sur_it['lat']
    giv = giv_v[0]
    sur = m_(sur_v[0]) if g == 'm' else f_(sur_v[0])
    alt = None
    parts_mid = ''
    form = 'latin'
    if cc in ('es', 'mx') and chance(0.8 if cc == 'es' else 0.65):
        s2 = P[sp].pick(exclude=(sur_it,))['lat'][0]
        sur = f'{sur} {s2}'
    if cc == 'us' and chance(0.22):
        parts_mid = rng.choice('ABCDEFGHJKLMNPRSTW') + '.'
    if cc in ('uk', 'ie', 'se', 'de', 'ng') and chance(0.15):
        mid = P[mp if g == 'm' else fp].pick(exclude=(giv_it,))['lat'][0]
        parts_mid = mid
    if cc == 'pl' and g == 'f':
        sur = f_(sur_v[0])
    full = ' '.join(x for x in (giv, parts_mid, sur) if x)
    r = rng.random()
    if cc == 'nl' and r < 0.3:
        ini = ''.join(x[0] + '.' for x in (giv + ' ' + (parts_mid or rng.choice(['J', 'W', 'H', 'P', 'A', 'C']))).split()[:2])
        full = f'{ini} {sur}'
        form = 'latin-initials'
    elif cc in ('us', 'uk') and r < 0.06:
        full = f'{giv[0]}. {rng.choice("ABCDEHJLMPRSTW")}. {sur}'
        form = 'latin-initials'
    elif r < 0.12:
        full = f'{sur.upper()}, {" ".join(x for x in (giv, parts_mid) if x)}'
        form = 'latin-form'
    elif cc == 'tr' and r < 0.25:
        g2 = P[mp if g == 'm' else fp].pick(exclude=(giv_it,))['lat'][0]
        full = f'{giv} {g2} {sur}'
    # second spelling: diacritics / umlaut transliteration / fada dropped
    plain = strip_marks(full) if cc != 'de' else de_translit(full)
    if plain != full and chance(0.35):
        alt = plain
        form = 'latin2'
    elif plain != full and chance(0.3):
        full = plain
    names = [full] + ([alt] if alt else [])
    return names, [], g, form


def vn_person():
    g = 'm' if chance(0.6) else 'f'
    s = P['VN_SUR'].pick()
    mid = P['VN_MID_M' if g == 'm' else 'VN_MID_F'].pick()
    gv = P['VN_GIV_M' if g == 'm' else 'VN_GIV_F'].pick()
    dia = [x['lat'][0] for x in (s, mid, gv)]       # 'Nguyễn/Nguyen': the first variant carries the diacritics
    pla = [x['lat'][-1] for x in (s, mid, gv)]
    r = rng.random()
    if r < 0.3:
        return [' '.join(dia), ' '.join(pla)], [], g, 'latin2'
    if r < 0.55:
        return [' '.join(dia)], [], g, 'latin'
    if r < 0.7:
        return [f'{pla[2]} {pla[1]} {pla[0]}'], [], g, 'latin-western'
    if r < 0.8:
        return [f'{pla[0].upper()} {pla[1]} {pla[2]}'], [], g, 'latin-form'
    if r < 0.85:
        return [f'{pla[0]} {pla[2]}'], [], g, 'latin'
    return [' '.join(pla)], [], g, 'latin'


def in_south_person():
    g = 'm' if chance(0.65) else 'f'
    giv = lat0(P['IN_SOUTH_GIV_M' if g == 'm' else 'IN_SOUTH_GIV_F'].pick())
    sur = lat0(P['IN_SOUTH_SUR'].pick())
    r = rng.random()
    if r < 0.35:
        return [f'{rng.choice("KSRVPMGNT")}. {giv}'], [], g, 'latin-initials'
    if r < 0.5:
        return [f'{giv} {rng.choice("KSRVPMGNT")}.'], [], g, 'latin-initials'
    if r < 0.6:
        return [f'{rng.choice("KSRVPMGNT")}. {rng.choice("KSRVPMGNT")}. {sur}'], [], g, 'latin-initials'
    return [f'{giv} {sur}'], [], g, 'latin'


def sg_person():
    g = 'm' if chance(0.6) else 'f'
    sur = lat0(P['SG_SUR'].pick())
    giv = lat0(P['SG_GIV'].pick())
    r = rng.random()
    if r < 0.3:
        eng = lat0(P['SG_ENG'].pick())
        return [f'{eng} {sur} {giv}'], [], g, 'latin'
    if r < 0.45:
        return [f'{sur.upper()}, {giv}'], [], g, 'latin-form'
    if r < 0.55:
        return [f'{sur.upper()} {giv.upper()}'], [], g, 'latin-form'
    if r < 0.65:
        eng = lat0(P['SG_ENG'].pick())
        return [f'{eng} {sur}'], [], g, 'latin'
    return [f'{sur} {giv}'], [], g, 'latin'


# ====================================================================== persons: native-script cultures
def pinyin_of(han):
    return ''.join(lazy_pinyin(han, style=Style.NORMAL))


def cn_person():
    g = 'm' if chance(0.6) else 'f'
    s = P['CN_SUR'].pick()
    giv_it = P['CN_GIV_M' if g == 'm' else 'CN_GIV_F'].pick()
    gh = giv_it['nat']
    gp = pinyin_of(gh).capitalize()
    sp = lat0(s)
    nat = s['nat'] + gh
    syl = lazy_pinyin(gh, style=Style.NORMAL)
    lats = {
        'a': f'{sp} {gp}', 'b': f'{sp.upper()} {gp}', 'c': f'{gp} {sp}', 'd': f'{sp.upper()}, {gp}',
        'e': f'{sp} {" ".join(x.capitalize() for x in syl)}', 'f': f'{lat0(P["CN_ENG"].pick())} {sp}',
        'g': f'{sp.upper()} {gp.upper()}'}
    key = rng.choices('abcdefg', [45, 10, 18, 6, 8, 8, 5])[0]
    lat = lats[key]
    readings = [f'{sp} {gp}', f'{gp} {sp}', f'{sp} {" ".join(syl)}'] + [f'{v} {gp}' for v in s['lat'][1:]]
    return nat, lat, readings, g, key == 'f'


def hk_person():
    g = 'm' if chance(0.55) else 'f'
    s = P['HK_SUR'].pick()
    gv = P['HK_GIV'].pick()
    sl, gl = lat0(s), lat0(gv)
    gl_h = gl.split()[0] + '-' + gl.split()[1].lower() if ' ' in gl else gl
    eng = lat0(P['CN_ENG'].pick())
    opts = [f'{sl} {gl}', f'{sl.upper()} {gl}', f'{sl} {gl_h}', f'{sl.upper()}, {gl}', f'{eng} {sl} {gl_h}', f'{eng} {sl}',
            f'{gl_h} {sl}', f'{sl.upper()} {gl.upper()}']
    lat = rng.choices(opts, [25, 12, 15, 10, 12, 8, 8, 10])[0]
    return s['nat'] + gv['nat'], lat, [f'{sl} {gl}', f'{gl} {sl}'], g, lat.startswith(eng) and eng not in (sl, gl)


def tw_person():
    g = 'm' if chance(0.55) else 'f'
    s = P['TW_SUR'].pick()
    gv = P['TW_GIV'].pick()
    sl, gl = lat0(s), lat0(gv)
    opts = [f'{sl} {gl}', f'{gl} {sl}', f'{sl.upper()}, {gl.upper()}', f'{sl.upper()} {gl}', f'{sl} {gl.replace("-", "").capitalize()}']
    lat = rng.choices(opts, [30, 30, 15, 15, 10])[0]
    return s['nat'] + gv['nat'], lat, [f'{sl} {gl}', f'{gl} {sl}'], g, False


def jp_person():
    g = 'm' if chance(0.6) else 'f'
    s = P['JP_SUR'].pick()
    gv = P['JP_GIV_M' if g == 'm' else 'JP_GIV_F'].pick()
    sr = s['reading'] or lat0(s).lower()
    gr = gv['reading'] or lat0(gv).lower()
    sh, gh = R.hepburn_long(sr, 'plain').capitalize(), R.hepburn_long(gr, 'plain').capitalize()
    sh2 = R.hepburn_long(sr, 'h').capitalize()
    kanji = s['nat'] + (' ' if chance(0.4) else '') + gv['nat']
    kata = R.kana(sr.replace("'", ''), True) + ' ' + R.kana(gr.replace("'", ''), True)
    hira = R.kana(sr.replace("'", ''), False) + ' ' + R.kana(gr.replace("'", ''), False)
    opts = [f'{gh} {sh}', f'{sh.upper()} {gh}', f'{sh} {gh}', f'{sh}, {gh}', f'{gh} {sh2}', f'{sh2.upper()} {gh}']
    lat = rng.choices(opts, [35, 25, 15, 10, 8, 7])[0]
    native = rng.choices([kanji, kata, hira], [80, 15, 5])[0]
    return native, lat, [f'{sh} {gh}', f'{sh2} {gh}', f'{sr} {gr}'], g, False


def kr_person(dprk=False):
    g = 'm' if chance(0.6) else 'f'
    if dprk:
        s = P['KP_SUR'].pick()['nat']
        gv = P['KP_GIV_M' if g == 'm' else 'KP_GIV_F'].pick()['nat']
    else:
        s = P['KR_SUR'].pick()['nat']
        gv = P['KR_GIV_M' if g == 'm' else 'KR_GIV_F'].pick()['nat']
    nat = s + gv if chance(0.75) else f'{s} {gv}'
    if dprk:
        sl = R.ko_surname(s, dprk=True)
        gk = rng.choices([R.ko_given(gv, 'kp', ' '), R.ko_given(gv, 'kp', '-'), R.ko_given(gv, 'ap', '-')], [60, 30, 10])[0]
        opts = [f'{sl} {gk}', f'{sl.upper()} {gk}', f'{sl.upper()} {gk.upper()}', f'{sl}, {gk}']
        lat = rng.choices(opts, [50, 20, 20, 10])[0]
    else:
        k = 0 if chance(0.8) else 1
        sl = R.ko_surname(s, k=k)
        rr = rng.choice([R.ko_given(gv, 'rr', '-'), R.ko_given(gv, 'rr', ''), R.ko_given(gv, 'passport', ' '),
                         R.ko_given(gv, 'passport', '')])
        opts = [f'{sl} {rr}', f'{rr} {sl}', f'{sl.upper()} {rr.upper()}', f'{sl.upper()}, {rr}', f'{sl.upper()} {rr}']
        lat = rng.choices(opts, [35, 25, 15, 10, 15])[0]
    readings = translit.hangul_person(s + gv)
    return nat, lat, readings + [lat], g, False


def slav_person(cc):
    g = 'm' if chance(0.62) else 'f'
    if cc == 'ru':
        sur = P['RU_SUR'].pick()['nat']
        gv = P['RU_GIV_M' if g == 'm' else 'RU_GIV_F'].pick()['nat']
        fa = P['RU_GIV_M'].pick()['nat']
        pat = fa.split(':')[1]
        if g == 'f':
            sur = R.ru_fem(sur)
            pat = R.ru_patronymic_f(pat)
        lat = lambda s, st='bgn': R.ru_lat(s, st)
        styles = ['bgn', 'icao', 'pop']
    elif cc == 'ua':
        sur = P['UA_SUR'].pick()['nat']
        gv = P['UA_GIV_M' if g == 'm' else 'UA_GIV_F'].pick()['nat']
        fa = P['UA_GIV_M'].pick()['nat']
        pat = fa.split(':')[1]
        if g == 'f':
            sur = R.ru_fem(sur) if sur.endswith(('ов', 'ев', 'ин')) else sur
            pat = R.ua_patronymic_f(pat)
        lat = lambda s, st='bgn': R.ua_lat(s) if st != 'bgn2' else R.ua_lat_alt(s)
        styles = ['bgn', 'bgn', 'bgn2']
    else:
        sur = P['KZ_SUR'].pick()['nat']
        gv = P['KZ_GIV_M' if g == 'm' else 'KZ_GIV_F'].pick()['nat']
        fa = P['KZ_GIV_M'].pick()['nat']
        if g == 'f':
            sur = R.ru_fem(sur)
        if chance(0.5):
            pat = fa + ('ұлы' if g == 'm' else 'қызы')
        else:
            base = fa
            for a_, b_ in (('ұ', 'у'), ('ә', 'а'), ('ғ', 'г'), ('қ', 'к'), ('ү', 'у'), ('і', 'и'), ('ө', 'о'), ('ң', 'н'),
                           ('Ұ', 'У'), ('Ә', 'А'), ('Ғ', 'Г'), ('Қ', 'К'), ('Ү', 'У'), ('І', 'И'), ('Ө', 'О')):
                base = base.replace(a_, b_)
            pat = base + ('ович' if g == 'm' else 'овна')
        lat = lambda s, st='bgn': R.kz_lat(s)
        styles = ['bgn', 'bgn', 'bgn']
    gv = gv.split(':')[0]
    r = rng.random()
    if r < 0.3:
        nat = f'{sur} {gv} {pat}'
    elif r < 0.5:
        nat = f'{gv} {pat} {sur}'
    elif r < 0.75:
        nat = f'{gv} {sur}'
    elif r < 0.88:
        nat = f'{sur} {gv[0]}. {pat[0]}.'
    else:
        nat = f'{gv[0]}. {pat[0]}. {sur}'
    st = rng.choice(styles)
    lt = lat(nat, st)
    if chance(0.12):
        w = lt.split()
        if len(w) >= 2:
            lt = ' '.join([w[-1].upper()] + w[:-1]) if r >= 0.3 else ' '.join([w[0].upper()] + w[1:])
    readings = [lat(nat, s) for s in set(styles)] + translit.cyr_shadows(nat)
    alt = lat(nat, [s for s in styles if s != st][0]) if len(set(styles)) > 1 else None
    return nat, lt, readings, g, alt


def pair_person(sp, mp, fp, cc):
    """Persian, Arabic, Urdu, Hindi, Bengali, Thai, Hebrew, Greek: pools with Latin=Native pairs"""
    g = 'm' if chance(0.65) else 'f'
    giv = P[mp if g == 'm' else fp].pick()
    sur = P[sp].pick()
    gl, gn = giv['lat'], giv['nat']
    if cc == 'gr':
        sl = [m_(v) if g == 'm' else f_(v) for v in sur['lat']]
        sn = m_(sur['nat']) if g == 'm' else f_(sur['nat'])
    else:
        sl, sn = sur['lat'], sur['nat']
    nat = f'{gn} {sn}'
    lat = f'{gl[0]} {sl[0]}'
    readings = [f'{a} {b}' for a in gl for b in sl][:12]
    alt = None
    if len(gl) > 1 or len(sl) > 1:
        alt = f'{rng.choice(gl[1:] or gl)} {rng.choice(sl[1:] or sl)}'
    if cc == 'ir' and chance(0.08):
        nat, lat = f'سید {nat}', f'Seyed {lat}'
        alt = alt and f'Sayyid {alt}'
        readings = [f'Seyed {x}' for x in readings] + [f'Sayed {x}' for x in readings]
    if cc == 'pk' and chance(0.1):
        nat, lat = f'سید {nat}', f'Syed {lat}'
        readings = [f'Syed {x}' for x in readings]
        alt = alt and f'Syed {alt}'
    if cc == 'in' and chance(0.2):
        mid = P['IN_GIV_M'].pick()
        if g == 'm' and mid['lat'][0] != gl[0]:
            nat, lat = f'{gn} {mid["nat"]} {sn}', f'{gl[0]} {mid["lat"][0]} {sl[0]}'
            readings = [lat]
    if cc == 'th' and chance(0.5):
        lat = f'{gl[0]} {sl[0]}'.upper() if chance(0.3) else lat
    if chance(0.1) and cc in ('ir', 'pk', 'bd', 'in'):
        lat = f'{sl[0].upper()}, {gl[0]}'
    return nat, lat, readings, g, alt


def ar_person():
    g = 'm' if chance(0.72) else 'f'
    giv = P['AR_GIV_M' if g == 'm' else 'AR_GIV_F'].pick()
    fa = P['AR_GIV_M'].pick(exclude=(giv,))
    gf = P['AR_GIV_M'].pick(exclude=(giv, fa))
    fam = P['AR_FAM'].pick()
    r = rng.random()
    vi = rng.randrange(len(giv['lat']))
    L = lambda it: it['lat'][min(vi, len(it['lat']) - 1)]
    if r < 0.25:     # Gulf: given father family
        nat = f'{giv["nat"]} {fa["nat"]} {fam["nat"]}'
        lat = f'{L(giv)} {L(fa)} {L(fam)}'
        shape = 'triple'
    elif r < 0.45:   # nasab chain with bin / bint / ibn
        b = 'bin' if g == 'm' else 'bint'
        bn = 'بن' if g == 'm' else 'بنت'
        if chance(0.2) and g == 'm':
            b = 'ibn'
        nat = f'{giv["nat"]} {bn} {fa["nat"]} بن {gf["nat"]} {fam["nat"]}'
        lat = f'{L(giv)} {b} {L(fa)} bin {L(gf)} {L(fam)}'
        if chance(0.4):
            nat = f'{giv["nat"]} {bn} {fa["nat"]} {fam["nat"]}'
            lat = f'{L(giv)} {b} {L(fa)} {L(fam)}'
        shape = 'nasab'
    elif r < 0.65:   # Egyptian chain without bin
        nat = f'{giv["nat"]} {fa["nat"]} {gf["nat"]}'
        lat = f'{L(giv)} {L(fa)} {L(gf)}'
        shape = 'chain'
    else:
        nat = f'{giv["nat"]} {fam["nat"]}'
        lat = f'{L(giv)} {L(fam)}'
        shape = 'pair'
    alts = [f'{a} {b}' for a in giv['lat'] for b in fam['lat']]
    alt = None
    if len(giv['lat']) > 1:
        alt = lat.replace(L(giv), [v for v in giv['lat'] if v != L(giv)][0], 1)
    return nat, lat, [lat] + alts[:6], g, alt


def ge_am_person(cc):
    g = 'm' if chance(0.6) else 'f'
    if cc == 'ge':
        s = P['GE_SUR'].pick()['nat']
        gv = P['GE_GIV_M' if g == 'm' else 'GE_GIV_F'].pick()['nat']
        nat = f'{gv} {s}'
        return nat, R.ge_lat(nat), [R.ge_lat(nat)], g, None
    s = P['AM_SUR'].pick()['nat']
    gv = P['AM_GIV_M' if g == 'm' else 'AM_GIV_F'].pick()['nat']
    nat = f'{gv} {s}'
    lt = R.am_lat(nat)
    alt = lt[:-3] + 'ian' if lt.endswith('yan') else None
    return nat, lt, [lt] + ([alt] if alt else []), g, alt


import common10
from common10 import NOISE_NAT, NOISE_ORG_NAT, NOISE_ORG_LAT, NOISE_KEY, NOISE_LAT, TITLES_LAT, TITLES_CC, readings_of


def add_noise_native(s, cc, org=False, g=None):
    if org:
        tab = NOISE_ORG_NAT[NOISE_KEY[cc]]
    else:
        d = NOISE_NAT[NOISE_KEY[cc]]
        tab = d['n'] + d.get(g or 'm', []) * 2
    t = rng.choice(tab)
    out = t.format(s)
    if chance(0.15):
        out = out + rng.choice([',', ';', ' ', '.'])
    return out


def add_noise_latin(s, g=None, cc=None, org=False):
    if org:
        return rng.choice(NOISE_ORG_LAT).format(s)
    r = rng.random()
    if r < 0.55:
        tt = TITLES_CC.get(cc, {'m': TITLES_LAT['m'], 'f': TITLES_LAT['f']})[g or 'm']
        return f'{rng.choice(tt)} {s}'
    return rng.choice(NOISE_LAT).format(s)


# ====================================================================== person quotas
# cc: (count, {form: share}) ; forms: native+latin, native, latin, latin2
PERSON_Q = {
    'us': 180, 'uk': 95, 'ie': 38, 'de': 105, 'fr': 78, 'es': 58, 'mx': 58, 'it': 68, 'nl': 58, 'pl': 53, 'se': 38,
    'tr': 68, 'ng': 48, 'id': 53, 'vn': 66, 'in_s': 40, 'sg': 32,
    'in': 70, 'bd': 48, 'pk': 68, 'ir': 108, 'ar': 108, 'cn': 155, 'hk': 50, 'tw': 34, 'jp': 106, 'kr': 122, 'kp': 46,
    'ru': 116, 'ua': 54, 'kz': 40, 'th': 34, 'gr': 34, 'il': 34, 'ge': 29, 'am': 29}
NATIVE_MIX = {  # shares of native+latin, native only, latin only
    'in': (0.45, 0.25, 0.30), 'bd': (0.45, 0.25, 0.30), 'pk': (0.40, 0.18, 0.42), 'ir': (0.40, 0.28, 0.32),
    'ar': (0.40, 0.28, 0.32), 'cn': (0.40, 0.34, 0.26), 'hk': (0.5, 0.15, 0.35), 'tw': (0.55, 0.15, 0.30),
    'jp': (0.40, 0.45, 0.15), 'kr': (0.42, 0.34, 0.24), 'kp': (0.45, 0.2, 0.35), 'ru': (0.40, 0.34, 0.26),
    'ua': (0.45, 0.3, 0.25), 'kz': (0.4, 0.3, 0.3), 'th': (0.45, 0.45, 0.10), 'gr': (0.45, 0.45, 0.10),
    'il': (0.45, 0.45, 0.10), 'ge': (0.4, 0.45, 0.15), 'am': (0.4, 0.45, 0.15)}
NOISE_P_NAT, NOISE_P_LAT = 0.16, 0.045


def gen_person(cc):
    """returns (names, readings, kind)"""
    if cc in WEST:
        names, rd, g, form = west_person(cc)
        kind = f'person/{cc}/{form}'
        if chance(NOISE_P_LAT):
            return [add_noise_latin(names[0], g, cc)] + names[1:], [names[0]] + rd, kind + '/noise', names
        return names, rd, kind, names
    if cc in ('vn', 'in_s', 'sg'):
        names, rd, g, form = {'vn': vn_person, 'in_s': in_south_person, 'sg': sg_person}[cc]()
        kind = f'person/{cc}/{form}'
        if chance(NOISE_P_LAT):
            return [add_noise_latin(names[0], g)] + names[1:], names + rd, kind + '/noise', names
        return names, rd, kind, names
    if cc == 'cn':
        nat, lat, rd, g, latonly = cn_person()
    elif cc == 'hk':
        nat, lat, rd, g, latonly = hk_person()
    elif cc == 'tw':
        nat, lat, rd, g, latonly = tw_person()
    elif cc == 'jp':
        nat, lat, rd, g, latonly = jp_person()
    elif cc in ('kr', 'kp'):
        nat, lat, rd, g, latonly = kr_person(cc == 'kp')
    elif cc in ('ru', 'ua', 'kz'):
        nat, lat, rd, g, latonly = slav_person(cc)
    elif cc == 'ar':
        nat, lat, rd, g, latonly = ar_person()
    elif cc in ('ge', 'am'):
        nat, lat, rd, g, latonly = ge_am_person(cc)
    else:
        sp, mp, fp = {'ir': ('IR_SUR', 'IR_GIV_M', 'IR_GIV_F'), 'pk': ('PK_SUR', 'PK_GIV_M', 'PK_GIV_F'),
                      'in': ('IN_SUR', 'IN_GIV_M', 'IN_GIV_F'), 'bd': ('BD_SUR', 'BD_GIV_M', 'BD_GIV_F'),
                      'th': ('TH_SUR', 'TH_GIV_M', 'TH_GIV_F'), 'gr': ('GR_SUR', 'GR_GIV_M', 'GR_GIV_F'),
                      'il': ('IL_SUR', 'IL_GIV_M', 'IL_GIV_F')}[cc]
        nat, lat, rd, g, latonly = pair_person(sp, mp, fp, cc)
    alt = latonly if isinstance(latonly, str) else None
    if latonly is True:
        mode = 'latin'
    else:
        mode = rng.choices(['native+latin', 'native', 'latin'], NATIVE_MIX[cc])[0]
    if mode == 'latin' and alt and chance(0.45):
        names, form = [lat, alt], 'latin2'
    elif mode == 'latin':
        names, form = [lat], 'latin'
    elif mode == 'native':
        names, form = [nat], 'native'
    else:
        names, form = [nat, lat], 'native+latin'
    clean = list(names)
    kind = f'person/{cc}/{form}'
    if form != 'latin' and form != 'latin2' and chance(NOISE_P_NAT):
        names = [add_noise_native(names[0], cc, g=g)] + names[1:]
        kind += '/noise'
    elif form in ('latin', 'latin2') and chance(NOISE_P_LAT):
        names = [add_noise_latin(names[0], g)] + names[1:]
        kind += '/noise'
    return names, list(rd) + [lat] + ([alt] if alt else []), kind, clean


# ====================================================================== organisations
ORGP = {}
for cc, d in O.ORG.items():
    ORGP[cc] = {}
    for k, v in d.items():
        if k == 'T':
            ts = []
            for t in _split(v):
                w, schema, nt, lt = t.split(';', 3)
                ts.append((float(w), schema, nt, lt))
            ORGP[cc]['T'] = ts
        else:
            nf = True if cc in ('cn', 'hk', 'tw', 'jp', 'kr', 'vn') or k in ('UNI',) else None
            if cc == 'vn' and k == 'X':
                nf = True
            ORGP[cc][k] = Pool(v, native_first=nf, expo=0.5)
SUR_OF = {'us': 'US_SUR', 'uk': 'UK_SUR', 'ie': 'IE_SUR', 'de': 'DE_SUR', 'fr': 'FR_SUR', 'es': 'ES_SUR', 'mx': 'MX_SUR',
          'it': 'IT_SUR', 'nl': 'NL_SUR', 'pl': 'PL_SUR', 'se': 'SE_SUR', 'tr': 'TR_SUR', 'ng': 'NG_SUR', 'id': 'ID_SUR',
          'sg': 'SG_SUR', 'in': 'IN_SUR', 'pk': 'PK_SUR', 'il': 'IL_SUR'}
SAINTS = _split(O.SAINTS_EN)


def lat_of(cc, s):
    if cc == 'ru':
        return R.ru_lat(s, 'bgn')
    if cc == 'ua':
        return R.ua_lat(s)
    if cc == 'kz':
        return R.kz_lat(s)
    return s


def fill(cc, tpl_nat, tpl_lat):
    d = ORGP[cc]
    vals_n, vals_l = {}, {}
    used = defaultdict(list)

    def slot(key, pool_key):
        if pool_key in ('S', 'S2'):
            pk = SUR_OF.get(cc, 'US_SUR')
            it = P[pk].pick(exclude=used['S'])
            used['S'].append(it)
            return it.get('nat') or lat0(it), m_(lat0(it)) if it['lat'] else lat_of(cc, it['nat'])
        if pool_key == 'F':
            it = P['AR_FAM'].pick()
            return it['nat'], lat0(it)
        if pool_key == 'N':
            n = str(rng.choice(range(1, 80)))
            return n, n
        if pool_key == 'SAINT':
            s = rng.choice(SAINTS)
            return s, s
        if pool_key == 'PS':
            sp = {'ru': 'RU_SUR', 'ua': 'UA_SUR'}[cc]
            s = P[sp].pick()['nat']
            ini = rng.choice('АБВГДЕИКЛМНОПРСТ') + '.' + rng.choice('АБВГДЕИКЛМНОПРСТЮ') + '.'
            n = f'{s} {ini}'
            return n, lat_of(cc, n)
        base = re.sub(r'\d$', '', pool_key)
        if base not in d:
            base = {'ST': 'C', 'UC': 'C', 'PADJ2': 'PADJ'}.get(base, base)
        it = d[base].pick(exclude=used[base])
        used[base].append(it)
        nat = it['nat'] if it['nat'] else lat0(it)
        lat = lat0(it) if it['lat'] else lat_of(cc, it['nat'])
        return nat, lat

    keys = set(re.findall(r'\{(\w+)\}', tpl_nat + tpl_lat))
    for k in sorted(keys):
        n, l = slot(k, k)
        vals_n[k], vals_l[k] = n, l
    nat = tpl_nat.format(**vals_n) if tpl_nat else None
    lat = tpl_lat.format(**vals_l)
    lat = re.sub(r'\s+', ' ', lat).strip()
    return nat, lat


ORG_Q = {'us': 60, 'uk': 50, 'ie': 10, 'de': 40, 'fr': 25, 'es': 18, 'mx': 18, 'it': 22, 'nl': 16, 'pl': 14, 'se': 10,
         'tr': 25, 'ng': 12, 'id': 18, 'vn': 20, 'sg': 22,
         'cn': 130, 'hk': 45, 'tw': 25, 'jp': 80, 'kr': 72, 'ru': 75, 'ua': 22, 'kz': 15, 'ir': 70, 'ar': 65, 'pk': 20,
         'in': 30, 'bd': 12, 'th': 15, 'gr': 12, 'il': 12, 'ge': 8, 'am': 8}
ORG_MIX = (0.50, 0.38, 0.12)
ABBR = [('Company', 'Co.'), ('Limited', 'Ltd.'), ('Corporation', 'Corp.'), ('Incorporated', 'Inc.'), ('International', "Int'l"),
        ('Industries', 'Ind.'), ('Industrial', 'Ind.'), ('Technology', 'Tech.'), ('Engineering', 'Eng.'), ('Manufacturing', 'Mfg.'),
        ('Trading', 'Trdg.'), ('Group', 'Grp'), ('Private', 'Pvt.'), ('Brothers', 'Bros.'), ('Sanayi ve Ticaret', 'San. ve Tic.'),
        ('and', '&'), ('Electronics', 'Elec.'), ('Equipment', 'Equip.'), ('Products', 'Prods.')]


def abbreviate(s):
    cands = [(a, b) for a, b in ABBR if re.search(r'\b' + re.escape(a) + r'\b', s)]
    if not cands:
        return None
    out = s
    for a, b in rng.sample(cands, min(len(cands), rng.choice([1, 2]))):
        out = re.sub(r'\b' + re.escape(a) + r'\b', b, out, count=1)
    return out if out != s else None


def gen_org(cc):
    d = ORGP[cc]
    ts = d['T']
    w, schema, tn, tl = rng.choices(ts, [t[0] for t in ts])[0]
    nat, lat = fill(cc, tn, tl)
    readings = [lat]
    if nat and F.script_of(nat) == 'latin' and cc != 'vn':
        nat = None
    if nat is None or cc == 'vn' and chance(0.3):
        if cc == 'vn' and nat:
            names, form = [nat, lat] if chance(0.5) else [nat], 'latin2'
            names = names if isinstance(names, list) else [names]
        else:
            ab = abbreviate(lat)
            if ab and chance(0.3):
                names, form = [lat, ab], 'latin2'
                readings.append(ab)
            elif ab and chance(0.35):
                names, form = [ab], 'latin-abbrev'
            else:
                names, form = [lat], 'latin'
    elif cc == 'vn':
        names, form = ([nat, lat], 'latin2') if chance(0.5) else ([nat], 'latin')
    else:
        mode = rng.choices(['native+latin', 'native', 'latin'], ORG_MIX)[0]
        if mode == 'latin':
            ab = abbreviate(lat)
            names, form = ([ab], 'latin-abbrev') if ab and chance(0.3) else ([lat], 'latin')
            readings.append(names[0])
        elif mode == 'native':
            names, form = [nat], 'native'
        else:
            names, form = [nat, lat], 'native+latin'
    clean = list(names)
    kind = f'org/{cc}/{form}'
    if form in ('native', 'native+latin') and chance(0.12):
        names = [add_noise_native(names[0], cc, org=True)] + names[1:]
        kind += '/noise'
    elif form.startswith('latin') and chance(0.05):
        names = [add_noise_latin(names[0], org=True)] + names[1:]
        kind += '/noise'
    return schema, names, readings, kind, clean


# ====================================================================== traps
LP, LO = listed10.load()
COMMON_SUR = set()
for pk in ('IR_GIV_M', 'AR_GIV_M', 'PK_GIV_M', 'IR_SUR', 'PK_SUR', 'AR_FAM', 'IN_SUR', 'BD_SUR', 'CN_SUR', 'HK_SUR', 'TW_SUR', 'SG_SUR', 'US_SUR', 'UK_SUR'):
    for it in P[pk].items:
        for v in it['lat']:
            for x in F.W(v):
                COMMON_SUR.add(x)
for s in list(R.KR_SUR_LAT.values()) + [[v] for v in R.KP_SUR_LAT.values()]:
    for v in s:
        COMMON_SUR.add(v.lower())
for it in P['RU_SUR'].items:
    for st in ('bgn', 'icao', 'pop'):
        COMMON_SUR.add(F._fold_ascii(R.ru_lat(it['nat'], st)))

OTHER_GIV = {'m': ['US_GIV_M', 'UK_GIV_M', 'DE_GIV_M', 'FR_GIV_M', 'ES_GIV_M', 'IT_GIV_M', 'RU_GIV_M'],
             'f': ['US_GIV_F', 'UK_GIV_F', 'DE_GIV_F', 'FR_GIV_F', 'ES_GIV_F', 'IT_GIV_F', 'RU_GIV_F']}
SAME_GIV = {'ir': ('IR_GIV_M', 'IR_GIV_F'), 'sy': ('AR_GIV_M', 'AR_GIV_F'), 'ar': ('AR_GIV_M', 'AR_GIV_F'),
            'pk': ('PK_GIV_M', 'PK_GIV_F'), 'kp': ('KP_GIV_M', 'KP_GIV_F'), 'cn': ('CN_GIV_M', 'CN_GIV_F'),
            'ru': ('RU_GIV_M', 'RU_GIV_F')}


def giv_latin(pool_name):
    it = P[pool_name].pick()
    if it['lat']:
        return lat0(it)
    nat = it['nat'].split(':')[0]
    if pool_name.startswith('KP'):
        return R.ko_given(nat, 'kp', rng.choice([' ', '-']))
    if pool_name.startswith('CN'):
        return pinyin_of(nat).capitalize()
    return R.ru_lat(nat, 'bgn')


def title(s):
    return '-'.join(x[:1].upper() + x[1:].lower() for x in s.split('-')) if s.isupper() else s


def ttl(s):
    return ' '.join(title(w) for w in s.split())


def listed_style(sur, giv, style):
    if style == 'ofac':
        return f'{sur.upper()}, {giv}'
    if style == 'un':
        return f'{giv.upper()} {sur.upper()}' if rng.random() < 0.5 else f'{giv} {sur.upper()}'
    return f'{giv} {sur}'


LP_BY = defaultdict(list)
for x in LP:
    LP_BY[x['cc']].append(x)
LO_BY = defaultdict(list)
for x in LO:
    LO_BY[x['cc']].append(x)


def pick_listed(by, weights):
    cc = rng.choices(list(weights), list(weights.values()))[0]
    return rng.choice(by[cc]) if by[cc] else None


def trap_surname_listed():
    p = pick_listed(LP_BY, {'ir': 30, 'sy': 15, 'ru': 20, 'pk': 15, 'ar': 10, 'cn': 5, 'kp': 5})
    sur = ttl(p['sur'])
    fw = F.W(sur)
    if not fw or any(w in COMMON_SUR for w in fw) or len(''.join(fw)) < 5 or len(fw) > 2:
        return None
    if chance(0.5) and p['cc'] in SAME_GIV:
        g = 'f'
        giv = giv_latin(SAME_GIV[p['cc']][1])
        if p['cc'] == 'ru' and sur.endswith(('ov', 'ev', 'in')):
            sur = sur + 'a'
        how = 'same-culture-female'
    else:
        g = 'm' if chance(0.5) else 'f'
        giv = giv_latin(rng.choice(OTHER_GIV[g]))
        how = 'other-culture'
    style = rng.choices(['plain', 'ofac', 'un'], [60, 25, 15])[0]
    return 'Person', [listed_style(sur, giv, style)], [f'{giv} {sur}'], f'trap/surname-listed/{p["cc"]}/{how}', p['name']


REPL = {'ir': ('IR_GIV_M', 'IR_SUR'), 'sy': ('AR_GIV_M', 'AR_FAM'), 'ar': ('AR_GIV_M', 'AR_FAM'), 'pk': ('PK_GIV_M', 'PK_SUR'),
        'kp': ('KP_GIV_M', 'KP_SUR'), 'cn': ('CN_GIV_M', 'CN_SUR'), 'ru': ('RU_GIV_M', 'RU_SUR')}


def sur_latin(pool_name):
    it = P[pool_name].pick()
    if it['lat']:
        return lat0(it)
    if pool_name == 'KP_SUR':
        return R.ko_surname(it['nat'], dprk=True)
    return R.ru_lat(it['nat'], 'bgn')


def trap_one_part():
    p = pick_listed(LP_BY, {'ir': 25, 'kp': 20, 'ru': 20, 'sy': 15, 'cn': 10, 'pk': 5, 'ar': 5})
    gp = p['giv'].split()
    if not gp or len(gp) > 3:
        return None
    sur, giv = ttl(p['sur']), ' '.join(title(x) for x in gp)
    gpool, spool = REPL[p['cc']]
    if chance(0.5):
        new = sur_latin(spool)
        if F.skeleton(new) == F.skeleton(sur) or new.lower() == sur.lower():
            return None
        sur, part = new, 'surname'
    else:
        i = rng.randrange(len(gp))
        new = giv_latin(gpool)
        if p['cc'] == 'ru' and i == len(gp) - 1 and len(gp) >= 2 and gp[-1].lower().endswith(('vich', 'vna', 'ich')):
            fa = P['RU_GIV_M'].pick()['nat'].split(':')[1]
            new = R.ru_lat(fa, 'bgn')
        if F.skeleton(new) == F.skeleton(gp[i]):
            return None
        gp2 = [title(x) for x in gp]
        gp2[i] = new
        giv, part = ' '.join(gp2), 'given'
    style = rng.choices(['plain', 'ofac', 'un'], [55, 30, 15])[0]
    return 'Person', [listed_style(sur, giv, style)], [f'{giv} {sur}'], f'trap/one-part/{p["cc"]}/{part}', p['name']


PAIRS = [('amin', 'amir'), ('hadi', 'hani'), ('hadi', 'fadi'), ('rami', 'sami'), ('jamal', 'kamal'), ('nabil', 'nabih'),
         ('karim', 'karam'), ('samir', 'samar'), ('nasir', 'nasim'), ('imad', 'iyad'),
         ('wei', 'wen'), ('ming', 'min'), ('jun', 'jin'), ('hong', 'dong'), ('lin', 'lan'), ('hua', 'hui'), ('li', 'lu'),
         ('il', 'in'), ('ho', 'jo'), ('hyok', 'hyon'), ('kwang', 'kang'), ('myong', 'yong'), ('chol', 'chon'),
         ('song', 'sung'), ('ali', 'ari'), ('reza', 'rezi'), ('navid', 'nahid'), ('majid', 'mahid')]
PAIRS = [(a, b) for a, b in PAIRS if b not in ('rezi', 'mahid', 'ari')]
PMAP = defaultdict(list)
for a, b in PAIRS:
    PMAP[a].append(b)
    PMAP[b].append(a)


def trap_one_letter():
    cands = [x for x in LP if any(w.lower() in PMAP for w in re.split(r'[\s-]+', x['giv'] + ' ' + x['sur']))]
    p = rng.choice(cands)
    toks = re.split(r'(\s+|-)', p['giv'])
    idx = [i for i, t in enumerate(toks) if t.lower() in PMAP]
    if not idx:
        stoks = re.split(r'(\s+|-)', p['sur'])
        sidx = [i for i, t in enumerate(stoks) if t.lower() in PMAP]
        if not sidx:
            return None
        i = rng.choice(sidx)
        new = rng.choice(PMAP[stoks[i].lower()])
        stoks[i] = new.upper() if stoks[i].isupper() else new.capitalize()
        sur, giv = ''.join(stoks), p['giv']
    else:
        i = rng.choice(idx)
        new = rng.choice(PMAP[toks[i].lower()])
        toks[i] = new.upper() if toks[i].isupper() else new.capitalize()
        sur, giv = p['sur'], ''.join(toks)
    style = rng.choices(['plain', 'ofac'], [55, 45])[0]
    sur_d = sur if style == 'ofac' else ttl(sur)
    return 'Person', [listed_style(sur_d, giv, style)], [f'{giv} {ttl(sur)}'], f'trap/one-letter/{p["cc"]}/{new}', p['name']


# ---- D: a listed organisation's frame with a new ordinary distinctive word
KP_NEW = _split("""신흥=Sinhung|금강=Kumgang|해방=Haebang|삼일=Samil|청년=Chongnyon|황금=Hwanggum|미림=Mirim|새날=Saenal|칠성=Chilsong|
봉화=Ponghwa|룡남=Ryongnam|함흥=Hamhung|원산=Wonsan|청진=Chongjin|해주=Haeju|사리원=Sariwon|남포=Nampho|강계=Kanggye|
혜산=Hyesan|덕천=Tokchon|순천=Sunchon|보통강=Pothonggang|묘향=Myohyang|만경=Mangyong|칠보=Chilbo|대흥=Taehung|
새별=Saebyol|은빛=Unbit|푸른숲=Purunsup|해맞이=Haemaji|진달래=Jindallae|단풍=Tanphung|소나무=Sonamu|매봉=Maebong|
락원=Rakwon|장수=Jangsu|평화=Phyonghwa|송림=Songrim|온천=Onchon|구성=Kusong|정주=Jongju|신포=Sinpho|단천=Tanchon""")
KP_NEW = [tuple(x.split('=')) for x in KP_NEW]
D_NEW = {
    'ir': [lat0(i) for i in ORGP['ir']['X'].items] + [lat0(i) for i in P['IR_SUR'].items[:40]],
    'cn': [lat0(i) for i in ORGP['cn']['X'].items], 'hk': [lat0(i) for i in ORGP['hk']['X'].items],
    'ru': [R.ru_lat(i['nat'], 'bgn') for i in ORGP['ru']['X'].items],
    'sy': [lat0(i).replace('Al ', '') for i in ORGP['ar']['X'].items], 'ar': [lat0(i).replace('Al ', '') for i in ORGP['ar']['X'].items],
    'pk': [lat0(i) for i in ORGP['pk']['X'].items]}
PLACES = common10.places()


FRAME_WORDS = set('shahid martyr pty cc sal oü ou ooo zao oao pao ao llc'.split())
KIND_WORDS = set('''trading corporation company group industries industrial bank shipping technology technologies engineering
electronics machinery institute center centre academy equipment import export development trade manufacturing chemical
chemicals factory works plant services logistics materials metallurgy aerospace aviation instrument instruments
precision systems bureau'''.split())


def distinct_idx(toks):
    out = []
    for i, t in enumerate(toks):
        f = F.W(t)
        if f and all(w not in F.GENERIC and w not in PLACES and w not in FRAME_WORDS and not w.isdigit() for w in f) \
                and len(''.join(f)) > 2:
            out.append(i)
    return out


KP_FRAME_RX = re.compile(r'^조선(.+?)(무역총회사|무역회사|은행)$')
KP_LAT_FRAME = {'무역회사': r'^Korean? \S+ Trading (Corporation|Company)$', '무역총회사': r'^Korea \S+ General Trading Corporation$',
                '은행': r'^(Korea )?\S+ Bank$'}
KP_NATIVE_ORGS = [o for o in LO if o['cc'] == 'kp' and o['native'] and KP_FRAME_RX.match(o['native'])]
def trap_frame():
    o = pick_listed(LO_BY, {'kp': 25, 'ir': 25, 'cn': 20, 'ru': 15, 'sy': 8, 'pk': 5, 'hk': 2})
    if o['cc'] == 'kp' and chance(0.45):
        o = rng.choice(KP_NATIVE_ORGS)
    nm = o['name']
    m = KP_FRAME_RX.match(o['native'] or '') if o['cc'] == 'kp' else None
    if m and len(m.group(1)) <= 3 and KP_LAT_FRAME.get(m.group(2)) and re.match(KP_LAT_FRAME[m.group(2)], nm, re.I):
        toks = nm.split()
        di = distinct_idx(toks)
        if len(di) != 1:
            return None
        h, l = rng.choice(KP_NEW)
        toks[di[0]] = l.upper() if toks[di[0]].isupper() else l
        nat = f'조선{h}{m.group(2)}'
        lat = ' '.join(toks)
        names = [nat, lat] if chance(0.6) else [nat]
        return 'Company', names, [lat], f'trap/frame/kp/{"hangul+latin" if len(names) == 2 else "hangul"}', nm
    toks = nm.split()
    if not 2 <= len(toks) <= 8 or re.search(r'[()"“”]', nm):
        return None
    di = distinct_idx(toks)
    if not 1 <= len(di) <= 2 or len(di) == len(toks) or (len(di) == 2 and di[1] != di[0] + 1):
        return None
    if not any(w in KIND_WORDS for t in toks for w in F.W(t)):
        return None
    pool = D_NEW.get(o['cc'])
    if o['cc'] == 'kp':
        pool = [l for h, l in KP_NEW]
    new = rng.choice(pool)
    if any(F.skeleton(new) == F.skeleton(toks[i]) for i in di):
        return None
    if toks[di[0]].isupper():
        new = new.upper()
    toks[di[0]] = new
    for j in di[1:]:
        toks[j] = None
    lat = ' '.join(t for t in toks if t)
    if F.W(lat) == F.W(nm):
        return None
    return 'Company', [lat], [lat], f'trap/frame/{o["cc"]}/latin', nm


# ---- E: a listed person's family name as an ordinary family firm
E_TPL = {'ir': ['{S} Trading Co.', '{S} Carpet Gallery', '{S} & Sons Trading LLC', '{S} Brothers Co.', '{S} Dried Fruits Export Co.'],
         'sy': ['{S} Trading Est.', '{S} & Partners Textiles', '{S} Brothers Sweets', 'Al-{S} Contracting Co.'],
         'ar': ['{S} Trading Est.', '{S} General Trading LLC', '{S} Brothers Co. W.L.L.', '{S} Group Holding'],
         'ru': ['{S} & Partners LLC', 'IP {S}', '{S} Consulting GmbH', '{S} Logistics OÜ'],
         'kp': ['{S} Family Restaurant', '{S} Auto Repair', '{S} Korean Grocery Inc.'],
         'cn': ['{S} Trading Co., Ltd.', '{S} Brothers Restaurant', '{S} Import Export Co.'],
         'pk': ['{S} Textile Mills (Pvt.) Ltd.', '{S} Sports Works', '{S} Traders', '{S} Surgical Co.']}
E_WEST = ['{S} Bakery Ltd', '{S} Dental Practice', '{S} Law Firm LLP', '{S} Engineering GmbH', '{S} Consulting Inc.', '{S} Travel Agency']


def trap_surname_firm():
    p = pick_listed(LP_BY, {'ir': 30, 'ru': 25, 'sy': 20, 'pk': 10, 'ar': 10, 'cn': 5})
    sur = ttl(p['sur'])
    fw = F.W(sur)
    if not fw or any(w in COMMON_SUR for w in fw) or len(''.join(fw)) < 5 or len(fw) > 2:
        return None
    tpl = rng.choice(E_TPL[p['cc']] + E_WEST) if chance(0.8) else rng.choice(E_WEST)
    s = tpl.format(S=sur)
    if chance(0.15):
        s = s.upper()
    return 'Company', [s], [s], f'trap/surname-firm/{p["cc"]}/latin', p['name']


# ---- F: a listed person in native script with one part changed
KP_SYL = {}
for pn in ('KP_GIV_M', 'KP_GIV_F', 'KP_SUR'):
    for it in P[pn].items:
        for ch in it['nat']:
            for st in ('kp',):
                KP_SYL.setdefault(R.ko_syl(ch, st), ch)
for h, l in R.KP_SUR_LAT.items():
    KP_SYL[l.lower()] = h
KP_SYL.update({'chang': '장', 'ri': '리', 'pak': '박', 'choe': '최', 'jong': '정', 'o': '오'})
IR_MAP = {}
for pn in ('IR_GIV_M', 'IR_GIV_F', 'IR_SUR', 'AR_GIV_M', 'AR_FAM', 'AR_GIV_F'):
    for it in P[pn].items:
        for v in it['lat']:
            IR_MAP.setdefault(' '.join(F.W(v)), (it['nat'], pn))


def lat2cyr(s):
    s2 = s.lower()
    rep = [('shch', 'щ'), ('yevich', 'евич'), ('yevna', 'евна'), ('yev', 'ев'), ('iyevich', 'иевич'), ('kh', 'х'), ('zh', 'ж'),
           ('ts', 'ц'), ('ch', 'ч'), ('sh', 'ш'), ('yu', 'ю'), ('ya', 'я'), ('yo', 'ё'), ('iy', 'ий'), ('yy', 'ый'), ('ye', 'е'),
           ('a', 'а'), ('b', 'б'), ('v', 'в'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'), ('i', 'и'), ('y', 'й'), ('k', 'к'),
           ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'), ('f', 'ф'),
           ("'", 'ь'), ('x', 'кс'), ('h', 'х'), ('w', 'в'), ('j', 'дж'), ('c', 'к'), ('q', 'к')]
    out, i = [], 0
    while i < len(s2):
        for a, b in rep:
            if s2.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(s2[i])
            i += 1
    r = ''.join(out)
    r = re.sub(r'й(?=[бвгджзклмнпрстфхцчшщ])', 'ы', r)
    return ' '.join(w[:1].upper() + w[1:] for w in r.split(' '))


RU_MAP = {}
for it in P['RU_GIV_M'].items + P['RU_GIV_F'].items + P['RU_SUR'].items:
    for part in it['nat'].split(':'):
        forms = [part]
        if part.endswith(('вич', 'ич')):
            forms.append(R.ru_patronymic_f(part))
        for fm in forms:
            for st in ('bgn', 'icao', 'pop'):
                RU_MAP.setdefault(F._fold_ascii(R.ru_lat(fm, st)), fm)
            RU_MAP.setdefault(F._fold_ascii(R.ru_lat(fm, 'bgn').replace('iy', 'i')), fm)
            RU_MAP.setdefault(F._fold_ascii(R.ru_lat(fm, 'bgn').replace('yevich', 'evich').replace('yevna', 'evna')), fm)
UA_HINT = set()


def trap_native_near():
    p = pick_listed(LP_BY, {'kp': 35, 'ir': 25, 'ru': 25, 'sy': 15})
    cc = p['cc']
    if cc == 'kp':
        syl = [s.lower() for s in re.split(r'[\s\-]+', p['giv']) if s]
        sur = p['sur'].lower()
        if sur not in KP_SYL or not 1 <= len(syl) <= 2 or any(s not in KP_SYL for s in syl):
            return None
        hs = KP_SYL[sur]
        hg = [KP_SYL[s] for s in syl]
        i = rng.randrange(len(hg))
        pool_syl = [c for it in P['KP_GIV_M'].items for c in it['nat']]
        new = rng.choice(pool_syl)
        if new == hg[i]:
            return None
        hg[i] = new
        nat = hs + ''.join(hg)
        lat = f'{R.ko_surname(hs, dprk=True)} {R.ko_given("".join(hg), "kp", " ")}'
        names = [nat, lat] if chance(0.5) else [nat]
        return 'Person', names, [lat] + translit.hangul_person(nat), f'trap/native-near/kp/{"hangul+latin" if len(names) == 2 else "hangul"}', p['name']
    if cc in ('ir', 'sy'):
        parts = p['giv'].split() + [p['sur']]
        keys = [' '.join(F.W(x)) for x in parts]
        if any(k not in IR_MAP for k in keys) or len(parts) > 4:
            return None
        nats = [IR_MAP[k][0] for k in keys]
        i = rng.randrange(len(parts))
        pn = IR_MAP[keys[i]][1]
        it = P[pn].pick()
        if it['nat'] in nats:
            return None
        nats[i] = it['nat']
        lats = [ttl(x) for x in parts]
        lats[i] = lat0(it)
        nat, lat = ' '.join(nats), ' '.join(lats)
        names = [nat, lat] if chance(0.5) else [nat]
        return 'Person', names, [lat], f'trap/native-near/{cc}/{"arabic+latin" if len(names) == 2 else "arabic"}', p['name']
    gp = p['giv'].split()
    if not 1 <= len(gp) <= 2 or not re.match(r"^[A-Za-z' -]+$", p['giv'] + p['sur']):
        return None
    if any(F._fold_ascii(x) not in RU_MAP for x in gp) or F._fold_ascii(p['sur']) in UA_HINT:
        return None
    sur_c = RU_MAP.get(F._fold_ascii(p['sur'])) or lat2cyr(ttl(p['sur']))
    gcy = [RU_MAP[F._fold_ascii(x)] for x in gp]
    fem = any(x.endswith(('овна', 'евна', 'ична')) for x in gcy) or sur_c.endswith(('ова', 'ева', 'ина', 'ая'))
    i = rng.randrange(len(gcy) + 1)
    if i == len(gcy):
        sur_c = P['RU_SUR'].pick()['nat']
        sur_c = R.ru_fem(sur_c) if fem else sur_c
        if F.skeleton(R.ru_lat(sur_c)) == F.skeleton(p['sur']):
            return None
    elif i == 1 and len(gcy) == 2:
        pt = P['RU_GIV_M'].pick()['nat'].split(':')[1]
        gcy[1] = R.ru_patronymic_f(pt) if fem else pt
    else:
        gcy[0] = P['RU_GIV_F' if fem else 'RU_GIV_M'].pick()['nat'].split(':')[0]
    if len(set(gcy)) < len(gcy):
        return None
    nat = f'{sur_c} {" ".join(gcy)}' if chance(0.5) else f'{" ".join(gcy)} {sur_c}'
    lat = R.ru_lat(nat, 'bgn')
    names = [nat, lat] if chance(0.4) else [nat]
    return 'Person', names, [lat, R.ru_lat(nat, 'icao')] + translit.cyr_shadows(nat), \
        f'trap/native-near/ru/{"cyrillic+latin" if len(names) == 2 else "cyrillic"}', p['name']


# ---- G: an unrelated firm whose initials spell a listed acronym
ACR_HEAD = dict(x.split(':') for x in """A:Atlantic,Anglia,Advanced,Allied|B:Bristol,Bavarian,Baltic,British|C:Cambridge,Coventry,Central,Coastal|
D:Dorset,Delta,Danube|E:Essex,Eastern,Elbe|F:Fife,First|G:Glasgow,General|H:Hampshire,Highland,Humber|I:Irish,Inland|
J:Jura|K:Kent,Kiel|L:Leeds,Lancashire,Lakeland|M:Midland,Manchester,Mersey|N:Northern,Norfolk,Nordic|O:Oxford,Orchard|
P:Pennine,Pacific,Premier|Q:Quality|R:Rhine,Regional,Royal|S:Surrey,Solent,Southern,Scottish|T:Thames,Tyne|U:Ulster,United|
V:Valley,Vale|W:Wessex,Western,Welsh|Y:Yorkshire|Z:Zenith""".replace('\n', '').split('|'))
ACR_NOUN = dict(x.split(':') for x in """A:Aerospace,Automation,Alloys,Abrasives|B:Bearings,Brass,Boilers|C:Castings,Components,Controls,Coatings,Chemicals|
D:Dynamics,Devices,Diagnostics,Drives|E:Engineering,Electronics,Enterprises,Extrusions|F:Fasteners,Fabrications,Foods,Filters|
G:Gears,Glass,Group,Gauges|H:Hydraulics,Holdings,Hardware,Heating|I:Industries,Instruments,Imaging,Insulation|J:Joinery|
K:Kinetics,Knitwear|L:Logistics,Laboratories,Lighting,Lasers|M:Machining,Metals,Manufacturing,Medical,Motors|N:Networks,Nutrition|
O:Optics,Offshore|P:Precision,Plastics,Packaging,Pumps,Polymers|Q:Quarries|R:Robotics,Research,Rubber|
S:Systems,Steel,Springs,Supplies,Services,Sensors|T:Technologies,Tooling,Textiles,Timber,Transport|U:Utilities|V:Valves,Vision|
W:Works,Wire,Welding|Y:Yarns|Z:Zinc""".replace('\n', '').split('|'))
ACR_HEAD = {k: v.split(',') for k, v in ACR_HEAD.items()}
ACR_NOUN = {k: v.split(',') for k, v in ACR_NOUN.items()}
ACRS = sorted({m for x in LO for m in re.findall(r'\(([A-Z]{3,4})\)', x['name'])} |
              {m for nm, k, s in F.lists.load() for m in re.findall(r'\(([A-Z]{3,4})\)', nm)})


def trap_acronym():
    a = rng.choice(ACRS)
    if a[0] not in ACR_HEAD or any(c not in ACR_NOUN for c in a[1:]) or len(set(a)) < 2:
        return None
    ws = [rng.choice(ACR_HEAD[a[0]])] + [rng.choice(ACR_NOUN[c]) for c in a[1:]]
    if len(set(ws)) < len(ws):
        return None
    lf = rng.choice(['Ltd', 'Limited', 'GmbH', 'Inc.', 'plc', 'B.V.', 'LLC'])
    full = f'{" ".join(ws)} {lf}'
    s = f'{full} ({a})' if chance(0.8) else f'{a} — {full}'
    return 'Company', [s], [full], f'trap/acronym/{len(a)}', a


TRAPS = [('surname-listed', trap_surname_listed, 85), ('one-part', trap_one_part, 100), ('one-letter', trap_one_letter, 45),
         ('frame', trap_frame, 100), ('surname-firm', trap_surname_firm, 60), ('native-near', trap_native_near, 65),
         ('acronym', trap_acronym, 25)]

# ====================================================================== build
def main():
    L = F.Listed(places=PLACES)
    rows, seen = [], set()
    drops = Counter()
    drops_by = defaultdict(Counter)
    dup = Counter()

    def keyset(names):
        return {' '.join(F.W(n)) for n in names}

    def accept(schema, names, readings, kind, clean, person, origin=None):
        ks = keyset(clean)
        if ks & seen:
            dup[kind.split('/')[0]] += 1
            return False
        forms = [c for c in clean]
        rd = [r for r in readings if r] + [x for c in clean for x in readings_of(c)]
        hit = L.check(forms, readings=rd, person=person)
        if hit:
            rule, form, listed = hit
            grp = '/'.join(kind.split('/')[:2]) if not kind.startswith('trap') else '/'.join(kind.split('/')[:2])
            drops[rule] += 1
            drops_by[grp][rule] += 1
            print(f'DROP\t{rule}\t{kind}\t{" | ".join(clean)}\thit-form={form}\tlisted={listed}'
                  + (f'\ttrap-origin={origin}' if origin else ''), file=LOG)
            return False
        seen.update(ks)
        rows.append({'schema': schema, 'names': names, 'kind': kind})
        return True

    for cc, n in PERSON_Q.items():
        k = 0
        tries = 0
        while k < n and tries < n * 30:
            tries += 1
            names, rd, kind, clean = gen_person(cc)
            if accept('Person', names, rd, kind, clean, True):
                k += 1
        if k < n:
            print(f'SHORT\tperson/{cc}\t{k}/{n}', file=LOG)
    for cc, n in ORG_Q.items():
        k = 0
        tries = 0
        while k < n and tries < n * 40:
            tries += 1
            schema, names, rd, kind, clean = gen_org(cc)
            if accept(schema, names, rd, kind, clean, False):
                k += 1
        if k < n:
            print(f'SHORT\torg/{cc}\t{k}/{n}', file=LOG)
    for shape, fn, n in TRAPS:
        k = 0
        tries = 0
        while k < n and tries < n * 200:
            tries += 1
            r = fn()
            if not r:
                continue
            schema, names, rd, kind, origin = r
            if accept(schema, names, rd, kind, names if not kind.startswith('trap/acronym') else names, schema == 'Person', origin):
                k += 1
        if k < n:
            print(f'SHORT\ttrap/{shape}\t{k}/{n}', file=LOG)
    # top up to TOTAL with ordinary persons of the largest cultures if anything fell short
    order = ['us', 'uk', 'de', 'cn', 'ru', 'ir', 'ar', 'jp', 'kr']
    i = 0
    while len(rows) < TOTAL:
        cc = order[i % len(order)]
        i += 1
        names, rd, kind, clean = gen_person(cc)
        accept('Person', names, rd, kind, clean, True)
    rows = rows[:TOTAL]
    rng.shuffle(rows)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'SUMMARY\trows={len(rows)}\tdropped={sum(drops.values())}\t' + '\t'.join(f'{k}={v}' for k, v in sorted(drops.items()))
          + f'\tduplicates={sum(dup.values())}', file=LOG)
    for g in sorted(drops_by):
        print(f'SUMMARY-GROUP\t{g}\t' + '\t'.join(f'{k}={v}' for k, v in sorted(drops_by[g].items())), file=LOG)
    print(f'wrote {len(rows)} rows; dropped {sum(drops.values())} {dict(sorted(drops.items()))}; duplicates {sum(dup.values())}')


if __name__ == '__main__':
    main()
