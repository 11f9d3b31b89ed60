"""Filter rules of heldout-9: is a candidate name (in any of its forms) a listed name?

R1 exact      same folded words in the same order as a listed name or alias (any script)
R2 reordered  same multiset of folded words, other order
R3 romanised  a romanisation of a native-script form equals a listed name (R1/R2 keys), or a Latin form equals a
              romanisation of a listed native-script name
R4 phonetic   same multiset of per-word Metaphone keys (any order; >= 2 words) as a listed Latin name or a listed
              native name's romanisation (Arabic-script Unidecode readings excluded), for Latin forms and for
              romanisations of native person names
R5 variant    traps only. Persons: same number of words (after optional gluing of two adjacent words, both sides)
              as a listed person and, in some order, every word a transliteration variant of the listed word
              (same skeleton, see skeleton(); or skeletons one edit apart with the same first letter when 6+ long; or
              folded words one edit apart when 5+ letters; or an initial). Organisations:
              same canonical key (kind-word synonyms and abbreviations merged, legal forms dropped), or the same key
              with country words dropped, as a listed entity name.
R6 core       organisation traps only. Shapes 2, 3, 4: the name contains a listed entity name (two or more words, not
              all generic, or three or more words) as a proper part. Shapes 2 and 4: the distinctive words (what is left
              after legal forms, kind words, country words and generic business words are removed) are the same set as
              a listed entity's. Shape 4: the distinctive words kept from the listed name are, alone, a listed entity's
              distinctive words. Shape 2: the new distinctive word has the skeleton of a word that occurs in any
              listed entity name.

folding: NFKD, combining marks dropped, lower case, punctuation to space, hyphens and apostrophes read both as a space
and as nothing (lists.words)."""
import re, sys, os, itertools, unicodedata
from collections import defaultdict, Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lists, translit
from lists import words
from unidecode import unidecode
import jellyfish

# ------------------------------------------------------------------ scripts
def script_of(s):
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F: return 'hangul'
        if 0x3040 <= o <= 0x30FF: return 'kana'
    for ch in s:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF: return 'han'
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF: return 'arabic'
        if 0x0400 <= o <= 0x04FF: return 'cyrillic'
        if 0x0900 <= o <= 0x097F: return 'devanagari'
        if 0x0E00 <= o <= 0x0E7F: return 'thai'
        if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF: return 'greek'
        if 0x0590 <= o <= 0x05FF: return 'hebrew'
        if 0x10A0 <= o <= 0x10FF: return 'georgian'
        if 0x0530 <= o <= 0x058F: return 'armenian'
    return 'latin'

def is_latin(s):
    return script_of(s) == 'latin'

# ------------------------------------------------------------------ romanisations (shadows)
_KANA = None
def kana_roman(s):
    return [unidecode(s)]

def roman_shadows(s, person=False):
    """Latin readings of a native-script string, used only for filtering."""
    sc = script_of(s)
    out = set()
    if sc == 'hangul':
        core = re.sub(r'[^\uac00-\ud7a3 ]', ' ', s).strip()
        pure = not re.search(r'[A-Za-z0-9]', s)
        if pure:
            if person and 2 <= len(core.replace(' ', '')) <= 4:
                out.update(translit.hangul_person(core))
            out.update(translit.hangul_text(core.replace(' ', '')))
            out.add(' '.join(' '.join(translit.hangul_syl(w)) for w in core.split()))
            out.add(' '.join(' '.join(translit.hangul_syl(w, True)) for w in core.split()))
        # mixed strings: romanise Hangul runs in place, keep Latin words
        out.add(' '.join(' '.join(translit.hangul_syl(w)) if translit.is_hangul(w) else w for w in s.split()))
        out.add(' '.join(''.join(translit.hangul_syl(w, True)) if translit.is_hangul(w) else w for w in s.split()))
    elif sc in ('han', 'kana'):
        py = translit.pinyin_syl(s)
        out.add(' '.join(py)); out.add(''.join(py))
        if person:
            out.update(translit.han_person(s))
            if len(py) >= 3: out.update(translit.han_person(s, 2))
        out.add(unidecode(s))
    elif sc == 'cyrillic':
        out.update(translit.cyr_shadows(s))
        sr = ''.join(_sr_lat(c) for c in s)
        out.add(sr)
    else:
        out.add(unidecode(s))
    return sorted(x for x in out if x and x.strip())

def _sr_lat(c):
    from components9 import SR_LAT
    lo = c.lower()
    if lo in SR_LAT:
        t = SR_LAT[lo]
        return t.capitalize() if c != lo else t
    return c

# ------------------------------------------------------------------ keys
def keys_sorted(s):
    out = set()
    for j in (' ', ''):
        w = words(s, j)
        if w: out.add(' '.join(sorted(w)))
    return out

def keys_ordered(s):
    out = set()
    for j in (' ', ''):
        w = words(s, j)
        if w: out.add(' '.join(w))
    return out

def meta_keys(s):
    out = set()
    for j in (' ', ''):
        w = [x for x in words(unidecode(s), j) if x]
        if len(w) >= 2:
            ks = [jellyfish.metaphone(x) or x for x in w]
            out.add(' '.join(sorted(ks)))
    return out

_SUR_CLASS = {}
for _h, _ls in translit.SURNAMES.items():
    for _l in _ls:
        _SUR_CLASS.setdefault(_l, '#' + _ls[0])
_SUR_CLASS.update({'ri': '#lee', 'li': '#lee', 'rhee': '#lee', 'yi': '#lee', 'lee': '#lee', 'pak': '#park', 'park': '#park',
                   'bak': '#park', 'choe': '#choi', 'choi': '#choi', 'che': '#choi', 'chong': '#jung', 'jong': '#jung',
                   'jung': '#jung', 'chung': '#jung', 'jeong': '#jung'})
_VCLS = str.maketrans({'a': 'a', 'e': 'i', 'i': 'i', 'y': 'i', 'o': 'u', 'u': 'u'})
def skeleton(w):
    """coarse transliteration key of one word: consonant digraphs merged, voicing merged (g/k, b/p, d/t, j/ch, r/l),
    vowel digraphs reduced, vowels in three classes (a / e i y / o u), doubled letters collapsed"""
    s = unidecode(w).lower()
    s = re.sub(r"[^a-z]", '', s)
    if not s: return ''
    if s in _SUR_CLASS: return _SUR_CLASS[s]
    for a, b in (('tch', 'c'), ('shch', 's'), ('sch', 's'), ('ch', 'c'), ('sh', 's'), ('zh', 'c'), ('kh', 'h'), ('gh', 'g'),
                 ('ph', 'f'), ('th', 't'), ('dh', 'd'), ('dzh', 'c'), ('dj', 'c'), ('ts', 'c'), ('tz', 'c'), ('ck', 'k'),
                 ('q', 'k'), ('x', 'ks'), ('w', 'v')):
        s = s.replace(a, b)
    for a, b in (('eo', 'o'), ('eu', 'u'), ('ae', 'e'), ('oe', 'e'), ('ou', 'u'), ('oo', 'u'), ('ee', 'i'), ('ei', 'i'),
                 ('ey', 'i'), ('ai', 'e'), ('ay', 'e'), ('ie', 'i'), ('ya', 'ia')):
        s = s.replace(a, b)
    s = s.translate(str.maketrans({'g': 'k', 'b': 'p', 'd': 't', 'j': 'c', 'r': 'l', 'z': 's'}))
    s = s.translate(_VCLS)
    if len(s) > 2 and s.endswith('ah'): s = s[:-1]
    s = re.sub(r'(.)\1+', r'\1', s)
    if len(s) > 1 and s[-1] == 'h': s = s[:-1]
    return s

def lev(a, b):
    return jellyfish.levenshtein_distance(a, b)

def word_variant(a, b):
    """a, b folded Latin words: is one a transliteration variant of the other?"""
    if a == b: return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb: return True
    if sa.startswith('#') or sb.startswith('#'): return False
    if min(len(sa), len(sb)) >= 6 and lev(sa, sb) <= 1 and sa[0] == sb[0]: return True
    if min(len(a), len(b)) >= 5 and lev(a, b) <= 1: return True
    return False

def glue_variants(ws):
    out = [tuple(ws)]
    if len(ws) >= 3:
        for i in range(len(ws) - 1):
            out.append(tuple(ws[:i]) + (ws[i] + ws[i + 1],) + tuple(ws[i + 2:]))
    return out

def person_variant(cw, lw):
    """cw, lw: word lists. True if some gluing of each has equal length and a pairing of variant words."""
    for a in glue_variants(cw):
        for b in glue_variants(lw):
            if len(a) != len(b) or len(a) > 6: continue
            if _match_perm(list(a), list(b)): return True
    return False

def _match_perm(a, b):
    if not a: return True
    x = a[0]
    for i, y in enumerate(b):
        if word_variant(x, y) and _match_perm(a[1:], b[:i] + b[i + 1:]):
            return True
    return False

# ------------------------------------------------------------------ organisation keys
LEGAL = set('''co company companies corp corporation corporations ltd limited inc incorporated llc jsc ojsc pjsc cjsc ao oao zao
pao ooo plc pte pvt private gmbh sa sarl sas bv nv fze fzco fzc fzllc llp lp sdn bhd kk kabushiki kaisha yugen ag spa srl
ab oy as aps kft sro sp zoo the of and for a an at in on de del la le les et und sti tic san ve as sirketi limited
pty ptd est establishment jv wll w l l sal s a l ou srl s r l liability joint stock obshchestvo ogranichennoi
ogranichennoy otvetstvennostyu aktsionernoe aktsionernoye zakrytoe zakrytoye otkrytoe otkrytoye publichnoe publichnoye
nauchno proizvodstvennoe proizvodstvennoye predpriyatie predpriyatiye sherkat sahami khass tic sanayi ticaret'''.split())
SYN = {'banking': 'bank', 'trade': 'trading', 'traders': 'trading', 'industrial': 'industry', 'industries': 'industry',
       'ind': 'industry', 'grp': 'group', 'organization': 'organisation', 'org': 'organisation', 'center': 'centre',
       'ctr': 'centre', 'institution': 'institute', 'inst': 'institute', 'univ': 'university', 'shpg': 'shipping',
       'lines': 'line', 'machine': 'machinery', 'machines': 'machinery', 'mach': 'machinery', 'mfg': 'manufacturing',
       'manufacture': 'manufacturing', 'manufacturer': 'manufacturing', 'eng': 'engineering', 'engg': 'engineering',
       'technologies': 'technology', 'tech': 'technology', 'technical': 'technology', 'technique': 'technology',
       'intl': 'international', 'gen': 'general', 'dev': 'development', 'defence': 'defense', 'aluminium': 'aluminum',
       'electronic': 'electronics', 'chemicals': 'chemical', 'factory': 'plant', 'works': 'plant', 'zavod': 'plant',
       'sanaye': 'industry', 'sanayi': 'industry', 'tejarat': 'trading', 'bazargani': 'trading', 'ticaret': 'trading',
       'korean': 'korea', 'dprk': 'korea', 'choson': 'korea', 'chosun': 'korea', 'joseon': 'korea', 'iranian': 'iran',
       'chinese': 'china', 'russian': 'russia', 'syrian': 'syria', 'metallurgical': 'metallurgy', 'research': 'research',
       'labs': 'laboratory', 'lab': 'laboratory', 'laboratories': 'laboratory', 'services': 'service', 'systems': 'system',
       'products': 'product', 'materials': 'material', 'instruments': 'instrument', 'equipments': 'equipment',
       'enterprises': 'enterprise', 'ent': 'enterprise', 'assoc': 'association', 'dept': 'department', 'hq': 'headquarters',
       'sciences': 'science', 'scientific': 'science', 'studies': 'study', 'imp': 'import', 'exp': 'export',
       'mashinostroyeniya': 'machinery', 'mashinostroeniya': 'machinery'}
COUNTRY = set('korea iran china russia syria pakistan belarus hong kong dalian beijing shanghai tianjin tehran pyongyang '
              'democratic people s republic of islamic federation dprk international shenzhen guangzhou suzhou wuxi ningbo '
              'hangzhou nanjing chengdu xian xi an wuhan changsha qingdao xiamen dongguan foshan hefei zhengzhou jinan '
              'shenyang changzhou kunshan wenzhou yantai luoyang mianyang zhuhai'.split())
GENERIC = set('''trading industry group general plant centre institute university bank shipping line machinery manufacturing
engineering technology development import export joint venture operation trade commercial credit investment
holding holdings enterprise service system product material instrument equipment electronics chemical research science
study laboratory organisation association department bureau office committee ministry administration academy
complex compound factory metallurgy mining aviation aerospace maritime marine logistics freight transport
supply supplies solutions solution firm concern kontsern shahid consulting consultant consultants engineers management partners commerce
power energy precision design construction hospital college school agency authority commission federal state
national central united new first global world asia pacific far east eastern western northern southern economic
economics union associated cooperation co operation society foundation goruh e sanati mojtame defense
national academy'''.split())

def org_words(s):
    ws = [SYN.get(w, w) for w in words(s, ' ')]
    return [w for w in ws if w not in LEGAL and not w.isdigit()]

def org_canon(s):
    ws = org_words(s)
    return ' '.join(sorted(ws)), ' '.join(sorted(w for w in ws if w not in COUNTRY))

def org_core(s):
    return frozenset(w for w in org_words(s) if w not in COUNTRY and w not in GENERIC)

# ------------------------------------------------------------------ index
class Filter:
    def __init__(self):
        self.names = lists.load()
        self.ordered = {}
        self.sorted = {}
        self.roman = {}
        self.meta = {}
        self.person_by_skel = defaultdict(set)
        self.persons = []
        self.canon = {}
        self.core = defaultdict(list)
        self.entity_skels = set()
        for nm, kind, src in self.names:
            for k in keys_ordered(nm): self.ordered.setdefault(k, nm)
            for k in keys_sorted(nm): self.sorted.setdefault(k, nm)
            sc = script_of(nm)
            if sc == 'latin':
                for k in meta_keys(nm): self.meta.setdefault(k, nm)
            else:
                for r in roman_shadows(nm, person=(kind != 'entity')):
                    for k in keys_sorted(r): self.roman.setdefault(k, nm)
                    if sc != 'arabic':
                        for k in meta_keys(r): self.meta.setdefault(k, nm)
            if sc == 'latin' and kind in ('person', 'unknown'):
                ws = words(nm, ' ')
                if 2 <= len(ws) <= 6:
                    i = len(self.persons)
                    self.persons.append((ws, nm))
                    for w in ws:
                        self.person_by_skel[skeleton(w)].add(i)
            if sc == 'latin' and kind in ('entity', 'unknown'):
                c1, c2 = org_canon(nm)
                if c1: self.canon.setdefault(c1, nm)
                if c2: self.canon.setdefault('~' + c2, nm)
                core = org_core(nm)
                if core: self.core[core].append(nm)
                for w in words(nm, ' '):
                    if len(w) >= 3: self.entity_skels.add(skeleton(w))
        self.entity_tuples = set()
        for nm, kind, src in self.names:
            if kind in ('entity', 'unknown') and script_of(nm) == 'latin':
                w = tuple(words(nm, ' '))
                if len(w) >= 3 or (len(w) == 2 and any(x not in GENERIC and x not in COUNTRY and x not in LEGAL
                                                          and SYN.get(x, x) not in GENERIC for x in w)):
                    if len(w) <= 8: self.entity_tuples.add(w)
        self.entity_vocab = set()
        for nm, kind, src in self.names:
            if kind in ('entity', 'unknown'):
                self.entity_vocab.update(words(nm, ' '))

    # ---- R1..R4 on one form
    def check_form(self, form, person, shadows=None):
        """returns (rule, shadow, listed) or None"""
        for k in keys_ordered(form):
            if k in self.ordered: return ('R1', form, self.ordered[k])
        for k in keys_sorted(form):
            if k in self.sorted: return ('R2', form, self.sorted[k])
        latin = is_latin(form)
        if latin:
            for k in keys_sorted(form):
                if k in self.roman: return ('R3', form, self.roman[k])
            sh = []
        else:
            sh = list(shadows) if shadows is not None else []
            sh += roman_shadows(form, person)
            for r in sh:
                for k in keys_sorted(r):
                    if k in self.sorted: return ('R3', r, self.sorted[k])
                    if k in self.roman: return ('R3', r, self.roman[k])
        if latin:
            for k in meta_keys(form):
                if k in self.meta: return ('R4', form, self.meta[k])
        elif person:
            for r in sh:
                if script_of(r) != 'latin': continue
                for k in meta_keys(r):
                    if k in self.meta: return ('R4', r, self.meta[k])
        return None

    def check_row(self, row, shadows=None):
        person = row['schema'] == 'Person'
        shadows = shadows or {}
        for f in row['names']:
            r = self.check_form(f, person, shadows.get(f))
            if r: return r
        return None

    # ---- R5/R6 traps
    def check_trap(self, row, shape, new_words=()):
        person = row['schema'] == 'Person'
        for f in row['names']:
            forms = [f] if is_latin(f) else [x for x in roman_shadows(f, person) if is_latin(x)][:6]
            for g in forms:
                if person:
                    ws = words(g, ' ')
                    if len(ws) < 2 or len(ws) > 6: continue
                    cnt = Counter()
                    for sk in set(skeleton(w) for w in ws):
                        for i in self.person_by_skel.get(sk, ()):
                            cnt[i] += 1
                    for i in sorted(cnt):
                        lw, nm = self.persons[i]
                        if abs(len(lw) - len(ws)) > 1: continue
                        if cnt[i] < max(1, min(len(lw), len(ws)) - 1): continue
                        if person_variant(ws, lw):
                            return ('R5', g, nm)
                else:
                    c1, c2 = org_canon(g)
                    if c1 in self.canon: return ('R5', g, self.canon[c1])
                    if c2 and '~' + c2 in self.canon: return ('R5', g, self.canon['~' + c2])
                    if shape in (2, 3, 4):
                        ws = tuple(words(g, ' '))
                        for L in range(2, min(8, len(ws) - 1) + 1):
                            for i in range(len(ws) - L + 1):
                                if ws[i:i + L] in self.entity_tuples:
                                    return ('R6', g, 'contains the listed name ' + ' '.join(ws[i:i + L]))
                    if shape in (2, 4):
                        core = org_core(g)
                        if core and core in self.core: return ('R6', g, self.core[core][0])
                    if shape == 4 and new_words:
                        nw = {w for x in new_words for w in words(x, ' ')}
                        rest = frozenset(x for x in org_core(g) if x not in nw)
                        if rest and rest in self.core: return ('R6', g, 'kept words name a listed party: ' + self.core[rest][0])
        if shape == 2:
            for w in new_words:
                for x in words(w, ' '):
                    if len(x) >= 3 and skeleton(x) in self.entity_skels:
                        return ('R6', w, '(a listed entity word with skeleton %s)' % skeleton(x))
        return None
