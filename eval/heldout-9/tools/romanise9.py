"""Display romanisations and reverse readings written for heldout-9 (the filter's shadows are in filters9/translit)."""
import re, unicodedata
from functools import lru_cache
from pypinyin import lazy_pinyin, Style
import translit
from components9 import (KO_SUR_DPRK, KO_SUR_ROK, KO_GIVEN_SYL, ZH_SUR, ZH_GIVEN, ZH_TRAD, SR_LAT, GR_LAT, KA_LAT,
                         HY_LAT, FA_GIVEN_M, FA_GIVEN_F, FA_FAMILY, AR_GIVEN_M, AR_GIVEN_F, AR_FAMILY)

# ---------------------------------------------------------------- Korean
L_D = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h']
V_D = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i']
T_D = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't',
       't', 'k', 't', 'p', 't']

def _dec(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172: return None
    return c // 588, (c % 588) // 28, c % 28

def dprk_syl(ch):
    d = _dec(ch)
    if d is None: return ch
    l, v, t = d
    return L_D[l] + V_D[v] + T_D[t]

def rr_syl(ch):
    return translit.hangul_syl(ch)[0]

def ko_given(hangul, scheme='dprk', style='space'):
    syl = [dprk_syl(c) if scheme == 'dprk' else rr_syl(c) for c in hangul]
    if style == 'space': return ' '.join(s.capitalize() for s in syl)
    if style == 'hyphen': return '-'.join([syl[0].capitalize()] + [s.lower() for s in syl[1:]])
    return ''.join(syl).capitalize()

KO_SUR_D = dict(KO_SUR_DPRK)
KO_SUR_R = dict(KO_SUR_ROK)

def ko_surname(h, scheme):
    if scheme == 'dprk': return KO_SUR_D.get(h) or dprk_syl(h).capitalize()
    return KO_SUR_R.get(h) or rr_syl(h).capitalize()

# reverse: a DPRK-style Latin syllable -> Hangul (common name syllables first)
_PRIORITY = ''.join(h for h, _ in KO_SUR_DPRK) + ''.join(KO_GIVEN_SYL) + '룡련봉흥송림청혁옥향금철학택락성산강원천'

@lru_cache(None)
def _rev_map():
    m = {}
    for ch in _PRIORITY:
        m.setdefault(dprk_syl(ch), ch)
    simple = {0, 1, 4, 7, 8, 16, 17, 19, 21}   # finals without clusters first
    for pas in (0, 1):
        for c in range(0xAC00, 0xD7A4):
            ch = chr(c)
            if pas == 0 and _dec(ch)[2] not in simple: continue
            m.setdefault(dprk_syl(ch), ch)
    return m

SUR_REV = {}
for h, l in KO_SUR_DPRK + KO_SUR_ROK:
    SUR_REV.setdefault(l.lower(), h)
SUR_REV.update({'cho': '조', 'chang': '장', 'chong': '정', 'chon': '전', 'choi': '최', 'yi': '리', 'lee': '리', 'li': '리',
                'rhee': '리', 'yang': '량', 'ryu': '류', 'yu': '류', 'kim': '김'})

def latin_to_hangul_given(giv):
    parts = [p for p in re.split(r"[\s\-]+", giv.lower().replace("'", '').replace('’', '')) if p]
    m = _rev_map()
    out = []
    for p in parts:
        if p not in m: return None
        out.append(m[p])
    return ''.join(out) if 1 <= len(out) <= 3 else None

def latin_to_hangul_person(sur, giv):
    s = SUR_REV.get(sur.lower().replace("'", ''))
    g = latin_to_hangul_given(giv)
    return (s + g) if s and g else None

# ---------------------------------------------------------------- Chinese
def pinyin_list(s):
    return [p for p in lazy_pinyin(s, style=Style.NORMAL, errors='ignore') if p.strip()]

def zh_person_latin(han, sur_len=1, style='given-sur'):
    py = pinyin_list(han)
    sur = ''.join(py[:sur_len]).capitalize()
    giv = ''.join(py[sur_len:]).capitalize()
    if style == 'ofac': return f'{sur.upper()}, {giv}'
    if style == 'sur-giv': return f'{sur} {giv}'
    if style == 'hyphen-wg': return f'{wade(py[:sur_len])} {"-".join(wade([p]).lower() for p in py[sur_len:]).capitalize()}'
    return f'{giv} {sur}'

_WG_INIT = [('zh', 'ch'), ('ch', "ch'"), ('sh', 'sh'), ('q', "ch'"), ('x', 'hs'), ('j', 'ch'), ('z', 'ts'), ('c', "ts'"),
            ('r', 'j'), ('b', 'p'), ('p', "p'"), ('d', 't'), ('t', "t'"), ('g', 'k'), ('k', "k'")]
def wade(sylls):
    out = []
    for s in sylls:
        for a, b in _WG_INIT:
            if s.startswith(a):
                s = b + s[len(a):]; break
        s = re.sub(r'ong$', 'ung', s); s = re.sub(r'ie$', 'ieh', s); s = re.sub(r'ian$', 'ien', s)
        s = re.sub(r'^you$', 'yu', s)
        out.append(s)
    return ''.join(out).capitalize()

@lru_cache(None)
def _pinyin_rev(given=True):
    m = {}
    chars = (list('明福山水文武德仁义礼信忠孝晓东南西北中小大金木火土家永长春秋红青兵国庆卫民') + ZH_GIVEN + ZH_SUR) if given \
        else ZH_SUR + ZH_GIVEN
    for ch in chars:
        py = pinyin_list(ch)
        if py: m.setdefault(py[0], ch)
    return m

@lru_cache(None)
def pinyin_syllables():
    s = set()
    for c in range(0x4E00, 0x9FA6):
        p = lazy_pinyin(chr(c), style=Style.NORMAL, errors='ignore')
        if p and p[0].isalpha(): s.add(p[0])
    return s

def split_pinyin(word):
    w = word.lower().replace("'", '').replace('-', '')
    syl = pinyin_syllables()
    best = {0: []}
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            if j in best and w[j:i] in syl:
                cand = best[j] + [w[j:i]]
                if i not in best or len(cand) < len(best[i]): best[i] = cand
    return best.get(len(w))

def latin_to_han(sur, giv):
    ms, mg = _pinyin_rev(False), _pinyin_rev(True)
    ps = split_pinyin(sur); pg = split_pinyin(giv)
    if not ps or not pg or len(ps) != 1 or len(pg) > 2: return None
    out = []
    for i, p in enumerate(ps + pg):
        m = ms if i == 0 else mg
        if p not in m: return None
        out.append(m[p])
    return ''.join(out)

def to_trad(s):
    return ''.join(ZH_TRAD.get(c, c) for c in s)

# ---------------------------------------------------------------- Cyrillic
BGN = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'yo', 'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y',
       'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f',
       'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya'}
UKR = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'h', 'ґ': 'g', 'д': 'd', 'е': 'e', 'є': 'ie', 'ж': 'zh', 'з': 'z', 'и': 'y',
       'і': 'i', 'ї': 'i', 'й': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
       'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', 'ю': 'iu', 'я': 'ia', "'": '',
       '’': ''}
UKR_INIT = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}

def ru_latin(s):
    out = []
    prev = ' '
    for ch in s:
        lo = ch.lower()
        if lo in BGN:
            t = BGN[lo]
            if lo == 'е' and (not prev.isalpha() or prev in 'аеёиоуыэюяьъ'): t = 'ye'
            if lo == 'й' and out and out[-1].endswith(('i', 'y')) and t == 'y': t = 'y'
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
        prev = lo
    r = ''.join(out)
    r = re.sub(r'iy\b', 'iy', r)
    return r

def uk_latin(s):
    out = []
    prev = ' '
    for ch in s:
        lo = ch.lower()
        if lo in UKR:
            t = UKR_INIT[lo] if (lo in UKR_INIT and not prev.isalpha()) else UKR[lo]
            if lo == 'г' and prev == 'з': t = 'gh'
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
        prev = lo
    return ''.join(out)

def sr_latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in SR_LAT:
            t = SR_LAT[lo]
            out.append(t[0].upper() + t[1:] if ch != lo else t)
        else:
            out.append(ch)
    return ''.join(out)

_REV_RU = [('shch', 'щ'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('ch', 'ч'), ('sh', 'ш'), ('yu', 'ю'), ('ya', 'я'),
           ('yo', 'ё'), ('ye', 'е')]
_REV1 = {'a': 'а', 'b': 'б', 'v': 'в', 'g': 'г', 'd': 'д', 'e': 'е', 'z': 'з', 'i': 'и', 'k': 'к', 'l': 'л', 'm': 'м',
         'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'f': 'ф', 'h': 'х', 'c': 'к', 'w': 'в',
         'x': 'кс', 'j': 'дж', 'q': 'к'}
def latin_to_ru(word):
    w = word.lower()
    out = []
    i = 0
    while i < len(w):
        if w.startswith('iy', i) and i + 2 == len(w): out.append('ий'); i += 2; continue
        if w.startswith('yy', i) and i + 2 == len(w): out.append('ый'); i += 2; continue
        if w.startswith('ye', i) and i > 0 and w[i - 1] not in 'aeiouy':
            out.append('ье'); i += 2; continue
        if i + 2 == len(w) and w[i:] in ('ei', 'ey', 'ai', 'ay', 'oi', 'oy', 'ui', 'uy'):
            out.append({'e': 'ей', 'a': 'ай', 'o': 'ой', 'u': 'уй'}[w[i]]); i += 2; continue
        if w.startswith('y', i) and i + 1 == len(w) and i > 0 and w[i - 1] not in 'aeiouy':
            out.append('ий'); i += 1; continue
        hit = False
        for a, b in _REV_RU:
            if w.startswith(a, i):
                out.append(b); i += len(a); hit = True; break
        if hit: continue
        c = w[i]
        if c == 'y':
            nxt = w[i + 1] if i + 1 < len(w) else ''
            prv = w[i - 1] if i else ''
            out.append('й' if (prv in 'aeiou' or not nxt or nxt in 'aeiou') else 'ы')
        elif c == 'e' and i == 0:
            out.append('э')
        elif c in _REV1:
            out.append(_REV1[c])
        elif c in "-'": out.append('-' if c == '-' else '')
        else:
            return None
        i += 1
    r = ''.join(out)
    return r[:1].upper() + r[1:]

# ---------------------------------------------------------------- Greek / Georgian / Armenian
def _strip(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))

def gr_latin(s):
    s2 = _strip(s)
    out = []
    low = s2.lower()
    i = 0
    while i < len(low):
        two = low[i:i + 2]
        if two == 'ου': t = 'ou'; i += 2
        elif two == 'αι': t = 'ai'; i += 2
        elif two == 'ει': t = 'ei'; i += 2
        elif two == 'οι': t = 'oi'; i += 2
        elif two == 'μπ' and (i == 0 or not low[i - 1].isalpha()): t = 'b'; i += 2
        elif two == 'ντ' and (i == 0 or not low[i - 1].isalpha()): t = 'd'; i += 2
        elif two == 'γκ' and (i == 0 or not low[i - 1].isalpha()): t = 'g'; i += 2
        elif two == 'γγ': t = 'ng'; i += 2
        else:
            t = GR_LAT.get(low[i], low[i]); i += 1
        out.append(t)
    r = ''.join(out)
    return ' '.join(w.capitalize() for w in r.split(' '))

def table_latin(s, table):
    s = s.replace('ու', '\x00').replace('Ու', '\x01')
    r = ''.join(table.get(c.lower(), c) for c in s).replace('\x00', 'u').replace('\x01', 'U')
    return ' '.join(w[:1].upper() + w[1:] for w in r.split(' '))

# ---------------------------------------------------------------- Persian / Arabic reverse lookups
def _rev_table(*tables):
    m = {}
    for t in tables:
        for native, lat in t:
            for l in lat:
                m.setdefault(l.lower(), native)
    return m
FA_REV = _rev_table(FA_GIVEN_M, FA_GIVEN_F, FA_FAMILY)
AR_REV = _rev_table(AR_GIVEN_M, AR_GIVEN_F, AR_FAMILY)

def latin_to_table(name, rev):
    ws = [w for w in re.split(r'\s+', name.strip()) if w]
    out = []
    for w in ws:
        k = w.lower()
        if k not in rev: return None
        out.append(rev[k])
    return ' '.join(out)

FA_READ = {}
for native, lat in FA_GIVEN_M + FA_GIVEN_F + FA_FAMILY:
    FA_READ.setdefault(native, lat)
AR_READ = {}
for native, lat in AR_GIVEN_M + AR_GIVEN_F + AR_FAMILY:
    AR_READ.setdefault(native, lat)
