"""Load every name and alias of the real public lists under /work/shared/data/raw/ (read-only),
and the folding / distinctive-word helpers shared by the negatives generator and the corpus checker.
Standard library only."""
import csv, json, os, re, unicodedata
import xml.etree.ElementTree as ET

RAW = os.environ.get("EPOC_RAW", "/work/shared/data/raw")

CIS_COUNTRIES = {"russia", "russian federation", "belarus", "ukraine", "kazakhstan", "armenia", "kyrgyzstan",
                 "uzbekistan", "tajikistan", "azerbaijan", "moldova", "turkmenistan", "crimea",
                 "러시아", "벨라루스", "우크라이나", "카자흐스탄", "아르메니아", "키르기스스탄", "우즈베키스탄",
                 "타지키스탄", "아제르바이잔", "몰도바"}

# ---------------------------------------------------------------- folding
def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def tokens(s):
    """casefolded, accent-free tokens; hyphens and apostrophes join, other punctuation splits."""
    s = strip_accents(s).casefold()
    s = re.sub(r"[\-\u2010-\u2015'\u2019\u02bc`´.]", "", s)   # hyphens, apostrophes, dots join
    s = re.sub(r"[^\w]+", " ", s)
    s = s.replace("_", " ")
    return [t for t in s.split() if t]

def fold(s):
    return "".join(tokens(s))

def fold_sorted(s):
    return "".join(sorted(tokens(s)))

GENERIC = set("""company companies co corp corporation inc incorporated ltd limited llc jsc ojsc cjsc pjsc ooo ao oao zao pao
tov pat llp plc gmbh ag kg sa sarl srl spa bv nv ab as oy pte pvt private public sdn bhd tbk pt cv fze fzco fzc fz dmcc
kk trading trade traders industrial industries industry ind group grp international intl int'l bank university institute
inst the of and for de la el al der die und ve ltda mmc tic san ooo llc joint stock closed open type""".split())
GENERIC |= {"ооо", "оао", "зао", "пао", "ао", "тов", "пат", "компания", "общество", "с", "ограниченной", "ответственностью",
            "акционерное", "публичное", "закрытое", "открытое", "банк", "университет", "институт", "группа",
            "международная", "торговая", "торговый", "дом", "корпорация"}
NATIVE_GENERIC = ["股份有限公司", "有限责任公司", "有限公司", "有限會社", "股份", "公司", "集团", "集團", "株式会社", "有限会社",
                  "주식회사", "유한회사", "(주)", "㈜", "회사", "银行", "銀行", "大学", "大學", "研究所", "研究院", "贸易", "貿易",
                  "国际", "國際", "工业", "工業", "은행", "대학교", "연구소", "무역", "국제", "공업", "회사",
                  "شرکت", "سهامی", "خاص", "عام", "شركة", "ذ.م.م", "بانک", "بنک", "بنك", "دانشگاه", "جامعة", "بازرگانی",
                  "تجارية", "مؤسسة", "گروه", "مجموعة"]

def distinctive(s):
    t = s
    for g in NATIVE_GENERIC:
        t = t.replace(g, " ")
    return frozenset(w for w in tokens(t) if w not in GENERIC and not (len(w) == 1 and w.isascii()))

def has_cyrillic(s):
    return any("\u0400" <= c <= "\u04ff" for c in s)

# ---------------------------------------------------------------- loading
def _ofac_rows(path):
    with open(path, encoding="latin-1", newline="") as f:
        data = f.read().replace("\x1a", "")
    for row in csv.reader(data.splitlines()):
        if row:
            yield [None if c.strip() == "-0-" else c for c in row]

WEAK_RE = re.compile(r"(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)'")

def load_all():
    """returns list of records: {src, key, schema, names[], weak[], orig[], country, programs, listed_on, cis}"""
    recs = []
    # UN
    root = ET.parse(os.path.join(RAW, "un_sc_consolidated/consolidated.xml")).getroot()
    for tag, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
        for e in root.iter(tag):
            g = lambda k: (e.findtext(k) or "").strip()
            parts = [g(k) for k in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            name = " ".join(p for p in parts if p)
            good, weak = [], []
            for a in e.iter(tag + "_ALIAS"):
                an = (a.findtext("ALIAS_NAME") or "").strip()
                if an:
                    (weak if (a.findtext("QUALITY") or "") in ("Low", "Very Low") else good).append(an)
            orig = [g("NAME_ORIGINAL_SCRIPT")] if g("NAME_ORIGINAL_SCRIPT") else []
            countries = [x.text.strip() for x in e.iter("COUNTRY") if x.text] + \
                        [x.text.strip() for x in e.findall("NATIONALITY/VALUE") if x.text]
            recs.append(dict(src="UN", key=g("REFERENCE_NUMBER"), schema=schema, names=[name] + good, weak=weak,
                             orig=orig, countries=countries, programs=g("UN_LIST_TYPE"), listed_on=g("LISTED_ON"),
                             dataid=g("DATAID")))
    # OFAC SDN + alt (2025 and 2026 copies) + non-SDN consolidated
    addr_country = {}
    for p in ("ofac_sdn/add.csv", "ofac_sdn_alt_add_2026/add.csv", "ofac_consolidated_nonsdn/cons_add.csv"):
        for r in _ofac_rows(os.path.join(RAW, p)):
            if len(r) > 4 and r[4]:
                addr_country.setdefault(r[0], set()).add(r[4].strip())
    alts = {}
    for p in ("ofac_sdn/alt.csv", "ofac_sdn_alt_add_2026/alt.csv", "ofac_consolidated_nonsdn/cons_alt.csv"):
        for r in _ofac_rows(os.path.join(RAW, p)):
            if len(r) > 3 and r[3]:
                alts.setdefault(r[0], []).append((r[2] or "").strip() + ":" + r[3].strip())
    seen = set()
    for p, src in (("ofac_sdn/sdn.csv", "OFAC-SDN"), ("ofac_consolidated_nonsdn/cons_prim.csv", "OFAC-CONS")):
        for r in _ofac_rows(os.path.join(RAW, p)):
            if len(r) < 4:
                continue
            ent = r[0]; seen.add(ent)
            typ = (r[2] or "").strip()
            schema = "Person" if typ == "individual" else ("Vessel" if typ in ("vessel", "aircraft") else "Organization")
            names, weak = [r[1].strip()], []
            for a in alts.get(ent, []):
                names.append(a.split(":", 1)[1])
            weak = WEAK_RE.findall(r[11] or "") if len(r) > 11 else []
            recs.append(dict(src=src, key=ent, schema=schema, names=names, weak=weak, orig=[],
                             countries=sorted(addr_country.get(ent, [])), programs=(r[3] or "").strip(), listed_on="",
                             remarks=(r[11] or "") if len(r) > 11 else ""))
    for ent, al in alts.items():   # aliases whose primary record is not in the 2024 sdn.csv
        if ent not in seen:
            recs.append(dict(src="OFAC-ALT", key=ent, schema="Unknown", names=[a.split(":", 1)[1] for a in al], weak=[],
                             orig=[], countries=sorted(addr_country.get(ent, [])), programs="", listed_on=""))
    # UK HMT 2018
    with open(os.path.join(RAW, "uk_hmt_conlist_2018/sanctionsconlist.csv"), encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f))[2:]
    groups = {}
    for r in rows:
        if len(r) < 29:
            continue
        nm = " ".join(x.strip() for x in r[1:6] + [r[0]] if x.strip())
        g = groups.setdefault(r[28], dict(src="UK", key=r[28], schema="Person" if r[23] == "Individual" else "Organization",
                                           names=[], weak=[], orig=[], countries=set(), programs=r[25], listed_on=r[26],
                                           surname=[]))
        if r[24].startswith("Primary name") and r[24] == "Primary name":
            g["names"].insert(0, nm)
        else:
            g["names"].append(nm)
        g["surname"].append(r[0].strip())
        for c in (r[21], r[10]):
            if c.strip():
                g["countries"].add(c.strip())
        if r[26] and (not g["listed_on"] or _ukdate(r[26]) < _ukdate(g["listed_on"])):
            g["listed_on"] = r[26]
    for g in groups.values():
        g["countries"] = sorted(g["countries"]); recs.append(g)
    # BIS DPL
    with open(os.path.join(RAW, "bis_dpl/dpl.txt"), encoding="utf-8") as f:
        for i, r in enumerate(csv.reader(f, delimiter="\t")):
            if i and r:
                recs.append(dict(src="BIS-DPL", key="dpl%d" % i, schema="Unknown", names=[r[0].strip()], weak=[], orig=[],
                                 countries=[r[4]], programs="DPL", listed_on=""))
    # KAIST compilation: BIS Entity List, METI EUL, MEU, 1260H, ...
    for r in json.load(open(os.path.join(RAW, "restricted_parties_kaist/restricted_parties.json"), encoding="utf-8")):
        nm = r["name"]
        names = [nm.get("english") or ""] + list(r.get("aliases") or [])
        orig = [nm["native"]] if nm.get("native") else []
        recs.append(dict(src=r["source"]["list_id"], key=r["id"], schema="Unknown", names=[n for n in names if n],
                         weak=[], orig=orig, korean=nm.get("korean") or "", countries=r.get("countries") or [],
                         programs=r.get("listing_rationale") or "", listed_on="", row=r["source"].get("source_row")))
    for r in recs:
        cs = " ".join(r["countries"]).casefold()
        r["cis"] = any(c in cs for c in CIS_COUNTRIES) or any(has_cyrillic(n) for n in r["names"] + r["orig"]) or \
            "RUSSIA" in (r["programs"] or "").upper() or "UKRAINE" in (r["programs"] or "").upper()
    return recs

def _ukdate(s):
    d, m, y = s.split("/")
    return y + m + d

def all_strings(r, with_korean=True):
    out = list(r["names"]) + list(r["weak"]) + list(r["orig"])
    if with_korean and r.get("korean"):
        out.append(r["korean"])
    res = []
    for s in out:
        if s and s.strip():
            res.append(s.strip())
            if ";" in s:
                res.extend(p.strip() for p in s.split(";") if p.strip())
    return res

class ListIndex:
    """The filter index used by the negatives generator and the corpus checker."""
    def __init__(self, recs=None):
        self.recs = recs if recs is not None else load_all()
        self.exact, self.sorted_, self.org_sets, self.cis_words, self.person_sorted = {}, {}, {}, [], {}
        for r in self.recs:
            label = "%s:%s" % (r["src"], r["key"])
            for s in all_strings(r):
                self.exact.setdefault(fold(s), label)
                self.sorted_.setdefault(fold_sorted(s), label)
                if r["schema"] != "Person":
                    d = distinctive(s)
                    if d:
                        self.org_sets.setdefault(d, label)
                        if r["cis"]:
                            self.cis_words.append((set(tokens(s)) | set(d), label))
        # index of cis listed names by word for containment tests
        self.cis_by_word = {}
        for i, (ws, lab) in enumerate(self.cis_words):
            for w in ws:
                self.cis_by_word.setdefault(w, []).append(i)
        self.n_strings = len(self.exact)

    def check(self, forms, schema, cis=False):
        """returns (rule, matched_list_label) or None"""
        for f in forms:
            k = fold(f)
            if k in self.exact:
                return ("exact-fold", self.exact[k])
        for f in forms:
            k = fold_sorted(f)
            if k in self.sorted_:
                return ("person-any-order" if schema == "Person" else "word-order", self.sorted_[k])
        if schema != "Person":
            for f in forms:
                d = distinctive(f)
                if d and d in self.org_sets:
                    return ("org-distinctive-set", self.org_sets[d])
            if cis:
                for f in forms:
                    d = distinctive(f)
                    if not d:
                        continue
                    cand = None
                    for w in d:
                        ids = set(self.cis_by_word.get(w, []))
                        cand = ids if cand is None else cand & ids
                        if not cand:
                            break
                    if cand:
                        return ("cis-org-contained", self.cis_words[min(cand)][1])
        return None
