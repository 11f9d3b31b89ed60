"""heldout-10 filter: is a candidate name (or one of its readings) a listed party?

Index of every name and alias that lists.py (heldout-9's loader, unchanged) loads from /work/shared/data/raw,
plus Latin readings of the listed native-script names (translit.py).  Rules, first hit counted:
  R1 exact       same folded words, same order (any script; Arabic-script letters normalised)
  R2 reordered   same multiset of folded words
  R3 romanised   a Latin reading of a native candidate form equals a listed name (R1/R2), or a Latin form
                 equals a reading of a listed native-script name
  R4 phonetic    same multiset of per-word Metaphone keys (two or more words) as a listed Latin name or a
                 reading of a listed Hangul/Han/Cyrillic name (persons and person readings)
  R5 variant     persons: same number of words (optionally two adjacent words glued, either side), every word a
                 transliteration variant of the listed word in some order: same coarse skeleton, skeletons one
                 edit apart (6+ letters, same first letter), folded words one edit apart (5+ letters), or an
                 initial against a word with that first letter
  R6 org core    organisations: the distinctive words left after legal forms and kind words are dropped equal a
                 listed organisation's (also with place and country words dropped); or a listed organisation's
                 distinctive words plus at most one more word; or the candidate contains a listed
                 organisation name of two or more words that are not all kind words
  R7 subset      persons: every word of the candidate (two or more words) is, by skeleton, in one listed
                 person-or-unknown name that has at most one word more
"""
import itertools
import re
import unicodedata
from collections import defaultdict, Counter

import jellyfish
from unidecode import unidecode

import lists
import translit

# ------------------------------------------------------------------ folding
_AR = str.maketrans({'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ـ': '', 'ٔ': '', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا',
                     'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ء': ''})

def W(s, joiner=' '):
    return lists.words(s.translate(_AR), joiner)

def script_of(s):
    for ch in s:
        if ch == '々':
            return 'han'
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if n.startswith('LATIN'):
                continue
            for key, lab in (('HANGUL', 'hangul'), ('CJK', 'han'), ('HIRAGANA', 'kana'), ('KATAKANA', 'kana'),
                             ('CYRILLIC', 'cyrillic'), ('ARABIC', 'arabic'), ('DEVANAGARI', 'devanagari'),
                             ('BENGALI', 'bengali'), ('THAI', 'thai'), ('GREEK', 'greek'), ('HEBREW', 'hebrew'),
                             ('GEORGIAN', 'georgian'), ('ARMENIAN', 'armenian')):
                if key in n:
                    return lab
            return 'other'
    return 'latin'

def scripts_in(s):
    out = set()
    for ch in s:
        if ch.isalpha():
            out.add(script_of(ch))
    return out

# ------------------------------------------------------------------ skeletons
_KSUR = {}
for grp, key in ((('ri', 'li', 'lee', 'yi', 'rhee', 'rhie', 'i', 'yee', 'rie'), 'LI'),
                 (('pak', 'park', 'bak', 'bark', 'paek', 'baek', 'paik'), 'PAK'),
                 (('choe', 'choi', 'chwe', 'choy'), 'CHOE'),
                 (('jong', 'chong', 'jung', 'chung', 'jeong', 'cheong', 'joung'), 'JONG'),
                 (('jon', 'jeon', 'chon', 'chun', 'jun', 'cheon'), 'JON'),
                 (('rim', 'lim', 'im', 'yim', 'leem'), 'LIM'),
                 (('ryu', 'yu', 'yoo', 'rhyu', 'lyu', 'ryoo', 'you'), 'YU'),
                 (('kim', 'gim'), 'KIM'), (('o', 'oh'), 'OH'), (('so', 'seo', 'suh'), 'SO'),
                 (('sin', 'shin'), 'SIN'), (('an', 'ahn'), 'AN'), (('ro', 'roh', 'no', 'noh'), 'RO'),
                 (('ryang', 'yang'), 'YANG'), (('ryom', 'yeom', 'yom'), 'YOM')):
    for w in grp:
        _KSUR[w] = key

def _fold_ascii(w):
    return re.sub(r'[^a-z]', '', unidecode(w).lower())

def skeleton(w):
    w = _fold_ascii(w)
    if not w:
        return ''
    if w in _KSUR:
        return _KSUR[w]
    s = w
    for a, b in (('sch', 's'), ('tch', 'c'), ('shch', 's'), ('sh', 's'), ('ch', 'c'), ('kh', 'h'), ('gh', 'g'), ('zh', 'j'),
                 ('ph', 'f'), ('th', 't'), ('dh', 'd'), ('ts', 'c'), ('tz', 'c'), ('dz', 'j'), ('ck', 'k'), ('qu', 'k'),
                 ('x', 'ks'), ('w', 'v'), ('ou', 'u'), ('ee', 'i'), ('oo', 'u'), ('ie', 'i'), ('ei', 'i'), ('ai', 'i'),
                 ('ay', 'i'), ('ey', 'i'), ('oe', 'o'), ('ae', 'a'), ('eu', 'u'), ('eo', 'o'), ('ui', 'i')):
        s = s.replace(a, b)
    first = s[0]
    m = {'g': 'k', 'q': 'k', 'c': 'k', 'b': 'p', 'd': 't', 'j': 'k', 'l': 'r', 'v': 'f', 'z': 's',
         'a': 'A', 'e': 'A', 'i': 'I', 'y': 'I', 'o': 'O', 'u': 'O'}
    out = []
    for i, ch in enumerate(s):
        if ch == 'h' and i > 0:
            continue
        t = m.get(ch, ch)
        if out and out[-1] == t:
            continue
        out.append(t)
    r = ''.join(out)
    if len(r) > 1 and r[-1] in 'AIO' and len(w) > 3:
        pass
    return r

def lev1(a, b):
    """edit distance <= 1"""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]

def word_variant(a, b):
    if a == b:
        return True
    fa, fb = _fold_ascii(a), _fold_ascii(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if min(len(fa), len(fb)) >= 6 and fa[0] == fb[0] and lev1(sa, sb):
        return True
    if min(len(fa), len(fb)) >= 5 and lev1(fa, fb):
        return True
    return False

def glued_forms(ws):
    out = [tuple(ws)]
    for i in range(len(ws) - 1):
        out.append(tuple(ws[:i]) + (ws[i] + ws[i + 1],) + tuple(ws[i + 2:]))
    return out

def names_variant(a, b):
    if len(a) != len(b) or not a:
        return False
    if len(a) > 5:
        return all(word_variant(x, y) for x, y in zip(sorted(a), sorted(b)))
    for perm in itertools.permutations(b):
        if all(word_variant(x, y) for x, y in zip(a, perm)):
            return True
    return False

# ------------------------------------------------------------------ organisation cores
GENERIC = set("""co company companies ltd limited inc incorporated llc corp corporation gmbh ag kg se mbh ohg sa sarl sas sasu
eurl snc srl srls spa snc sas bv nv vof cv sp z o oo ooo ao zao pao oao jsc cjsc pjsc ojsc llp lp plc pvt private pte sdn
bhd berhad tbk pt as ab hb oy aps asa kft zrt doo dd ad sro ltda eireli fze fzco fzc fzllc wll est establishment jv
j s c pty sal tov prat pratt too tsj ip fop sti san ve tic as dis ticaret sanayi ltd sirketi kk yk gk kabushiki kaisha yugen
group grp holding holdings international intl trading trade traders general industries industrial industry ind engineering
eng technology technologies technological tech technical techno electronics electronic electric electrical import imports
export exports and the of for de del la le di da e y et und en van von der den des du al el an ve ul
machinery machine machines manufacturing mfg manufacture manufacturer equipment services service logistics shipping
transport transportation chemical chemicals chemistry materials material new development dev science sciences scientific
research institute inst center centre university hospital bank banking commercial joint venture stock firm enterprise
enterprises factory plant works precision systems system solutions products product supply supplies metal metals steel
construction contracting contractors trade mark company organisation organization agency office department bureau
association foundation partners partnership consulting consultancy consultants project projects investment investments
development resources global worldwide world overseas foreign economic economy business commerce
korea korean dprk choson chosun joson iran iranian china chinese prc hong kong hongkong syria syrian pakistan pakistani
russia russian belarus uae emirates dubai singapore malaysia india indian taiwan japan japanese turkey germany
chamber chambers commerce state national first savings federal credit union college medical clinical city municipal regional
teaching royal infirmary trust nhs building society people peoples rural traditional medicine school polytechnic
hochschule universitat universitatsklinikum klinikum sparkasse volksbank eg handwerkskammer industrie handelskammer
universidad politecnica politecnico camara comercio universita studi degli ospedale ospedaliera azienda camera commercio
banca popolare cassa risparmio universiteit hogeschool ziekenhuis medisch centrum politechnika uniwersytet szpital
wojewodzki izba przemyslowo handlowa universitet universitetssjukhuset handelskammare universitesi teknik hastanesi
devlet egitim arastirma ticaret sanayi odasi universitas institut rumah sakit kamar dagang benh vien cong ty tnhh
co phan hospitals clinic clinics centre centres federation affiliated no nr
automation instruments instrument aluminium aluminum packaging plastics plastic controls optics hydraulics hydraulic
bearings bearing fasteners coatings foods food laboratories laboratory pharmaceuticals pharmaceutical pharma tooling tools
castings springs filtration welding freight haulage trucking textile textiles mills mill forgings polymers traders ventures
marine hardware lighting furniture garment garments valve valves pump pumps mould mold medical devices components
""".split())

def org_core(ws, places=frozenset()):
    core = [w for w in ws if w not in GENERIC and not w.isdigit() and len(w) > 1]
    return frozenset(core), frozenset(w for w in core if w not in places)

# ------------------------------------------------------------------ the index
def native_readings(name):
    """Latin readings of a native-script listed name (used for R3/R4/R5/R7)."""
    sc = script_of(name)
    out = set()
    if sc == 'hangul':
        s = name.strip()
        parts = s.split()
        if 2 <= len(s.replace(' ', '')) <= 4 and len(parts) <= 2:
            out.update(translit.hangul_person(s))
        out.update(translit.hangul_text(s.replace(' ', '')))
    elif sc == 'han':
        s = re.sub(r'\s+', '', name)
        if len(s) <= 4:
            out.update(translit.han_person(s))
            if len(s) == 4:
                out.update(translit.han_person(s, 2))
        py = translit.pinyin_syl(s)
        out.add(' '.join(py))
        out.add(''.join(py))
    elif sc == 'kana':
        out.add(unidecode(name))
    elif sc == 'cyrillic':
        out.update(translit.cyr_shadows(name))
    else:
        out.add(unidecode(name))
    return {o for o in out if o.strip()}


class Listed:
    def __init__(self, places=()):
        self.places = frozenset(places)
        self.names = lists.load()
        self.ordered, self.sorted_, self.reading = {}, {}, {}
        self.phon = {}
        self.pers = []            # (tuple words, name)
        self.unglued = set()
        self.skel_post = defaultdict(set)
        self.core_eq, self.core_np = {}, {}
        self.cores = []           # (core set, name)
        self.core_post = defaultdict(set)
        self.seq = {}             # tuple words (>=2, not all generic) -> name (entities)
        self.seq_first = defaultdict(list)
        for nm, kind, src in self.names:
            lat = script_of(nm) == 'latin'
            for j in (' ', ''):
                ws = W(nm, j)
                if not ws:
                    continue
                self.ordered.setdefault(' '.join(ws), nm)
                self.sorted_.setdefault(' '.join(sorted(ws)), nm)
                if lat:
                    self._add_latin(ws, nm, kind)
            if not lat:
                for rd in native_readings(nm):
                    ws = W(rd)
                    if not ws:
                        continue
                    self.reading.setdefault(' '.join(sorted(ws)), nm)
                    if script_of(nm) in ('hangul', 'han', 'cyrillic') and kind != 'entity':
                        self._add_person(ws, nm)
                        if len(ws) >= 2:
                            self.phon.setdefault(self._phkey(ws), nm)
            if kind in ('entity', 'unknown'):
                ws = W(nm)
                c, cnp = org_core(ws, self.places)
                if c:
                    self.core_eq.setdefault(c, nm)
                    i = len(self.cores)
                    self.cores.append((c, nm))
                    for w in c:
                        self.core_post[w].add(i)
                if cnp:
                    self.core_np.setdefault(cnp, nm)
                if len(ws) >= 2 and not all(w in GENERIC for w in ws):
                    t = tuple(ws)
                    if t not in self.seq:
                        self.seq[t] = nm
                        self.seq_first[t[0]].append(t)

    @staticmethod
    def _phkey(ws):
        return tuple(sorted(jellyfish.metaphone(_fold_ascii(w) or w) for w in ws))

    def _add_latin(self, ws, nm, kind):
        if len(ws) >= 2:
            self.phon.setdefault(self._phkey(ws), nm)
        if kind != 'entity' and len(ws) <= 6:
            self._add_person(ws, nm)

    def _add_person(self, ws, nm):
        forms = glued_forms(ws) if len(ws) <= 4 else [tuple(ws)]
        for k, f in enumerate(forms):
            i = len(self.pers)
            self.pers.append((f, nm))
            if k == 0:
                self.unglued.add(i)
            for w in set(f):
                self.skel_post[skeleton(w)].add(i)

    # -------------------------------------------------------------- checks
    def check_exact(self, s):
        for j in (' ', ''):
            ws = W(s, j)
            if not ws:
                continue
            k = ' '.join(ws)
            if k in self.ordered:
                return 'R1', self.ordered[k]
            k = ' '.join(sorted(ws))
            if k in self.sorted_:
                return 'R2', self.sorted_[k]
        return None

    def check_reading_latin(self, s):
        """a Latin reading (of a native candidate form) against listed names; or a Latin form against readings"""
        for j in (' ', ''):
            ws = W(s, j)
            if not ws:
                continue
            k = ' '.join(sorted(ws))
            if k in self.sorted_:
                return 'R3', self.sorted_[k]
            if k in self.reading:
                return 'R3', self.reading[k]
        return None

    def check_person(self, s):
        ws = W(s)
        if len(ws) >= 2:
            k = self._phkey(ws)
            if k in self.phon:
                return 'R4', self.phon[k]
        for f in glued_forms(ws) if len(ws) <= 4 else [tuple(ws)]:
            n = len(f)
            cnt = Counter()
            for w in set(f):
                for i in self.skel_post.get(skeleton(w), ()):
                    cnt[i] += 1
            need = max(1, len(set(f)) - 1)
            for i, c in cnt.items():
                if c < need:
                    continue
                lw, nm = self.pers[i]
                if len(lw) == n and names_variant(f, lw):
                    return 'R5', nm
        if len(ws) >= 2:
            sk = {skeleton(w) for w in ws}
            cnt = Counter()
            for x in sk:
                for i in self.skel_post.get(x, ()):
                    cnt[i] += 1
            for i, c in cnt.items():
                if c >= len(sk) and i in self.unglued:
                    lw, nm = self.pers[i]
                    if len(lw) <= len(ws) + 1:
                        return 'R7', nm
        return None

    def check_org(self, s):
        ws = W(s)
        c, cnp = org_core(ws, self.places)
        if c and c in self.core_eq:
            return 'R6', self.core_eq[c]
        if cnp and cnp in self.core_np:
            return 'R6', self.core_np[cnp]
        if c:
            cnt = Counter()
            for w in c:
                for i in self.core_post.get(w, ()):
                    cnt[i] += 1
            for i, k in cnt.items():
                lc, nm = self.cores[i]
                if k == len(lc) and len(c) - len(lc) <= 1 and all(len(w) >= 4 for w in lc) and \
                        (len(lc) >= 2 or len(self.core_post[next(iter(lc))]) <= 3):
                    return 'R6', nm
        for a in range(len(ws)):
            for t in self.seq_first.get(ws[a], ()):
                if tuple(ws[a:a + len(t)]) == t and len(t) < len(ws):
                    return 'R6', self.seq[t]
        return None

    def check(self, forms, readings=(), person=True):
        """forms: the row's names as written (noise removed); readings: Latin readings of native forms.
        Returns (rule, form, listed name) or None."""
        for f in forms:
            r = self.check_exact(f)
            if r:
                return r[0], f, r[1]
        for f in list(readings) + [f for f in forms if script_of(f) == 'latin']:
            r = self.check_reading_latin(f)
            if r:
                return r[0], f, r[1]
        lat = [f for f in forms if script_of(f) == 'latin'] + list(readings)
        for f in lat:
            r = self.check_person(f) if person else self.check_org(f)
            if r:
                return r[0], f, r[1]
        return None
