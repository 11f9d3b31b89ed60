"""Parse every restricted-party list under /work/shared/data/raw and build
look-up structures used to REJECT candidate negative names.

Written from scratch for the held-out negative set; it shares no code with
the screening engine.  Only names are read; nothing is copied out.
"""
import csv, io, json, re, unicodedata, collections
import xml.etree.ElementTree as ET

RAW = "/work/shared/data/raw"

# ---------------------------------------------------------------- normalise
def strip_marks(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)

_PUNCT_CATS = ("P", "S")

def norm_tokens(s, hyphen=" "):
    """lower-case, remove diacritics and punctuation; hyphen -> `hyphen`."""
    s = strip_marks(s).lower()
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ø", "o").replace("æ", "ae")
    s = re.sub(r"[\-\u2010-\u2015\u30fb\u00b7]", hyphen, s)
    s = s.replace("'", "").replace("\u2019", "").replace("`", "").replace("\u02bc", "")
    s = "".join(" " if unicodedata.category(c)[0] in _PUNCT_CATS else c for c in s)
    return s.split()

def keys(s):
    """set of sorted-word keys (two hyphen treatments)."""
    out = set()
    for h in (" ", ""):
        t = norm_tokens(s, h)
        if t:
            out.add(" ".join(sorted(t)))
    return out

# loose phonetic key for Latin tokens (transliteration-insensitive)
_SUBS = [("eo", "o"), ("eu", "u"), ("ae", "e"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("sch", "s"), ("tch", "c"), ("dzh", "j"), ("zh", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"),
         ("dh", "d"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("q", "k"), ("x", "s"),
         ("w", "u"), ("y", "i"), ("j", "j")]
_CLS = str.maketrans({"b": "p", "v": "p", "f": "p", "d": "t", "g": "k", "c": "k", "z": "s", "l": "r", "j": "k",
                      "o": "u", "e": "i", "a": "a"})

def loose_tok(t):
    t = strip_marks(t.lower())
    for a, b in _SUBS:
        t = t.replace(a, b)
    t = t.translate(_CLS)
    t = re.sub(r"(.)\1+", r"\1", t)
    return t

def is_latin(s):
    return all(ord(c) < 0x250 for c in s)

def loose_tokens(s):
    out = []
    for t in norm_tokens(s, " "):
        if is_latin(t):
            out.append(loose_tok(t))
        else:
            out.append(t)
    return out

def merged_variants(toks):
    """token list plus versions with one adjacent pair merged (Yong Su ~ Yongsu)."""
    vs = [list(toks)]
    for i in range(len(toks) - 1):
        vs.append(toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2:])
    return vs

# ---------------------------------------------------------------- parsers
def _ofac_rows(path):
    with open(path, encoding="latin-1", newline="") as f:
        data = f.read().replace("\x1a", "")
    return list(csv.reader(io.StringIO(data)))

def _aka_from_remarks(rem):
    return re.findall(r"a\.k\.a\.,? '([^']+)'", rem or "")

def load_all():
    """returns (records, stats): records = list of (name, type, source) with type in {P,E,U}."""
    recs, stats = [], collections.Counter()
    # OFAC SDN
    sdn_type = {}
    for r in _ofac_rows(f"{RAW}/ofac_sdn/sdn.csv"):
        if len(r) < 3:
            continue
        t = "P" if r[2].strip() == "individual" else ("V" if r[2].strip() in ("vessel", "aircraft") else "E")
        sdn_type[r[0]] = t
        recs.append((r[1], t, "ofac_sdn/sdn.csv")); stats["ofac_sdn/sdn.csv"] += 1
        for a in _aka_from_remarks(r[11] if len(r) > 11 else ""):
            recs.append((a, t, "ofac_sdn/sdn.csv:remarks")); stats["ofac_sdn/sdn.csv:remarks a.k.a."] += 1
    for p in ("ofac_sdn/alt.csv", "ofac_sdn_alt_add_2026/alt.csv"):
        for r in _ofac_rows(f"{RAW}/{p}"):
            if len(r) < 4:
                continue
            recs.append((r[3], sdn_type.get(r[0], "U"), p)); stats[p] += 1
    cons_type = {}
    for r in _ofac_rows(f"{RAW}/ofac_consolidated_nonsdn/cons_prim.csv"):
        if len(r) < 3:
            continue
        t = "P" if r[2].strip() == "individual" else "E"
        cons_type[r[0]] = t
        recs.append((r[1], t, "cons_prim")); stats["ofac_consolidated_nonsdn/cons_prim.csv"] += 1
        for a in _aka_from_remarks(r[11] if len(r) > 11 else ""):
            recs.append((a, t, "cons_prim:remarks")); stats["ofac_consolidated_nonsdn/cons_prim.csv:remarks a.k.a."] += 1
    for r in _ofac_rows(f"{RAW}/ofac_consolidated_nonsdn/cons_alt.csv"):
        if len(r) < 4:
            continue
        recs.append((r[3], cons_type.get(r[0], "U"), "cons_alt")); stats["ofac_consolidated_nonsdn/cons_alt.csv"] += 1
    # BIS DPL
    with open(f"{RAW}/bis_dpl/dpl.txt", encoding="utf-8") as f:
        rd = csv.DictReader(f, delimiter="\t")
        for r in rd:
            recs.append((r["Name"].strip(), "U", "bis_dpl")); stats["bis_dpl/dpl.txt"] += 1
    # UK HMT
    with open(f"{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv", encoding="cp1252", newline="") as f:
        f.readline()
        rd = csv.DictReader(f)
        for r in rd:
            t = "P" if (r.get("Group Type") or "").strip() == "Individual" else "E"
            parts = [r.get(f"Name {i}", "") or "" for i in (1, 2, 3, 4, 5)]
            given = " ".join(p.strip() for p in parts if p.strip())
            fam = (r.get("Name 6") or "").strip()
            nm = (given + " " + fam).strip()
            if nm:
                recs.append((nm, t, "uk_hmt")); stats["uk_hmt_conlist_2018/sanctionsconlist.csv"] += 1
    # UN
    root = ET.parse(f"{RAW}/un_sc_consolidated/consolidated.xml").getroot()
    for ind in root.iter("INDIVIDUAL"):
        parts = [(ind.findtext(k) or "").strip() for k in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        recs.append((" ".join(p for p in parts if p), "P", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
        for a in ind.iter("INDIVIDUAL_ALIAS"):
            n = (a.findtext("ALIAS_NAME") or "").strip()
            if n:
                recs.append((n, "P", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
        o = (ind.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
        if o:
            recs.append((o, "P", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
    for ent in root.iter("ENTITY"):
        recs.append(((ent.findtext("FIRST_NAME") or "").strip(), "E", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
        for a in ent.iter("ENTITY_ALIAS"):
            n = (a.findtext("ALIAS_NAME") or "").strip()
            if n:
                recs.append((n, "E", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
        o = (ent.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
        if o:
            recs.append((o, "E", "un")); stats["un_sc_consolidated/consolidated.xml"] += 1
    # KAIST multi-list JSON
    for d in json.load(open(f"{RAW}/restricted_parties_kaist/restricted_parties.json", encoding="utf-8")):
        nm = d.get("name") or {}
        for k in ("english", "native", "korean"):
            if nm.get(k):
                recs.append((nm[k], "U", "kaist")); stats["restricted_parties_kaist/restricted_parties.json"] += 1
        for a in d.get("aliases") or []:
            if a:
                recs.append((a, "U", "kaist")); stats["restricted_parties_kaist/restricted_parties.json"] += 1
    recs = [(n, t, s) for n, t, s in recs if n and n.strip() and n.strip() != "-0-"]
    return recs, stats


# ---------------------------------------------------------------- index
GENERIC = set("""
co company corp corporation cor inc incorporated ltd limited llc llp lp plc pjsc pjs jsc ojsc cjsc pao ao oao zao ooo tov too gmbh ag kg sa sas sarl srl spa s p a bv nv ab as oy sp z o o zoo pte pvt private public
joint stock closed open stock holding holdings group grp intl international internationale trading trdg trade traders general gen
industrial industry industries ind engineering eng technology technologies tech technical science scientific research production
development dev import export imp exp impex and the of de du des la le el al for in et y und fur e i da do das dos di del
shipping shipping logistics maritime marine transport navigation services service supply supplies equipment machinery
electronics electronic electric electrical chemical chemicals metal metals materials material precision instruments
korea korean dprk chosun choson china chinese iran iranian pars persia persian russia russian rossii hong kong hk shenzhen beijing shanghai
aerospace aviation aircraft defence defense military armed forces university institute academy college centre center organisation organization
bank banking finance financial investment invest capital fund foundation construction building energy power oil gas petroleum
shahid martyr sanaye sanat sanate sherkat tejarat bazargani kala kish company's fze fzco fzc est establishment enterprise enterprises
network systems system solutions consulting consultancy agency office bureau branch factory plant complex works
""".split())

class ListIndex:
    def __init__(self):
        self.recs, self.stats = load_all()
        self.exact = {}          # key -> example listed name
        self.loose_exact = {}
        self.person_tok = collections.defaultdict(set)    # token -> ids of listed person/unknown names
        self.person_ltok = collections.defaultdict(set)
        self.person_sizes = {}
        self.person_lsets = {}
        self.person_sets = {}
        self.ent_distinct = collections.defaultdict(set)  # distinctive token -> ids
        self.ent_dsets = {}
        self.cjk_person_strings = []
        self.cjk_all_strings = []
        for i, (n, t, s) in enumerate(self.recs):
            for k in keys(n):
                self.exact.setdefault(k, n)
            lt = loose_tokens(n)
            if lt:
                self.loose_exact.setdefault(" ".join(sorted(lt)), n)
            toks = norm_tokens(n, " ")
            compact = re.sub(r"\s+", "", strip_marks(n))
            if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", n):
                self.cjk_all_strings.append(compact)
                if t in ("P", "U"):
                    self.cjk_person_strings.append(compact)
            if t in ("P", "U"):
                tokset = set()
                for v in merged_variants(toks) + [norm_tokens(n, "")]:
                    tokset |= set(v)
                ltokset = set()
                for v in merged_variants(lt):
                    ltokset |= set(v)
                self.person_sets[i] = tokset
                self.person_lsets[i] = ltokset
                for x in tokset:
                    self.person_tok[x].add(i)
                for x in ltokset:
                    self.person_ltok[x].add(i)
            if t in ("E", "U", "V"):
                ds = frozenset(x for x in toks if x not in GENERIC and not x.isdigit())
                if ds:
                    self.ent_dsets[i] = ds
                    for x in ds:
                        self.ent_distinct[x].add(i)

    # rule 1: exact sorted-word key
    def rule_exact(self, name):
        for k in keys(name):
            if k in self.exact:
                return self.exact[k]
        return None

    # rule 2: person words subset of one listed person's name
    def rule_subset(self, name):
        for h in (" ", ""):
            toks = set(norm_tokens(name, h))
            if not toks:
                continue
            ids = None
            for x in toks:
                s = self.person_tok.get(x, set())
                ids = set(s) if ids is None else ids & s
                if not ids:
                    break
            if ids:
                return self.recs[min(ids)][0]
        return None

    # rule 3 (extra): transliteration-insensitive (loose) equality or subset
    def rule_loose(self, latin_shadow, person=True):
        lt = loose_tokens(latin_shadow)
        if not lt:
            return None
        k = " ".join(sorted(lt))
        if k in self.loose_exact:
            return self.loose_exact[k]
        if person:
            for v in merged_variants(lt) + [[ "".join(lt[1:]), lt[0]] if len(lt) > 2 else lt]:
                if len(v) < 2:
                    continue
                ids = None
                for x in set(v):
                    s = self.person_ltok.get(x, set())
                    ids = set(s) if ids is None else ids & s
                    if not ids:
                        break
                if ids:
                    return self.recs[min(ids)][0]
        return None

    # rule 4 (extra): a whole listed person name (>=2 non-particle words) inside the candidate
    PARTICLES = {"al", "el", "bin", "ibn", "abu", "abd", "abdul", "bint", "ould", "ben", "de", "van", "von", "da", "di", "mohammad", "muhammad", "mohammed", "mohamed", "ali"}
    def rule_superset(self, name, latin_shadow=None):
        for src in filter(None, (name, latin_shadow)):
            toks = set(norm_tokens(src, " ")) | set(norm_tokens(src, ""))
            cand = collections.Counter()
            for x in toks:
                for i in self.person_tok.get(x, ()):
                    cand[i] += 1
            for i, c in cand.items():
                base = set(norm_tokens(self.recs[i][0], " "))
                core = base - self.PARTICLES
                if len(core) >= 2 and len(base) >= 2 and base <= toks:
                    return self.recs[i][0]
        return None

    # rule 5 (extra): company whose distinctive words are all in one listed entity's distinctive words
    def rule_company(self, name, latin_shadow=None):
        for src in filter(None, (name, latin_shadow)):
            ds = set(x for x in norm_tokens(src, " ") if x not in GENERIC and not x.isdigit())
            if not ds:
                continue
            ids = None
            for x in ds:
                s = self.ent_distinct.get(x, set())
                ids = set(s) if ids is None else ids & s
                if not ids:
                    break
            if ids:
                return self.recs[min(ids)][0]
        return None

    # rule 6 (extra): CJK name string contained in a listed CJK name (no word spaces in those scripts)
    def rule_cjk(self, core, person=True):
        c = re.sub(r"\s+", "", core)
        if len(c) < 2 or not re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", c):
            return None
        pool = self.cjk_person_strings if person else self.cjk_all_strings
        for s in pool:
            if c in s:
                return s
        return None


if __name__ == "__main__":
    ix = ListIndex()
    for k, v in sorted(ix.stats.items()):
        print(f"{v:7d}  {k}")
    print("records", len(ix.recs), "exact keys", len(ix.exact), "persons", len(ix.person_sets), "entities", len(ix.ent_dsets))
    for q in ["Kim Yong Su", "Ali Hassan", "Korea Mining Development Trading Corporation", "Ivan Petrov"]:
        print(q, ix.rule_exact(q), ix.rule_subset(q), ix.rule_loose(q), ix.rule_company(q))
