"""Load every listed name from the raw public lists under /work/shared/data/raw.

Used by gen_negatives.py (filtering) and build_list_csv.py (corpus/list.csv).
Only the raw public files are read; nothing from the project's code or tests.
"""
import csv
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

RAW = "/work/shared/data/raw"


def _nn(x):
    if x is None:
        return ""
    x = x.strip()
    return "" if x in ("-0-", "-0- ") else x


class Rec:
    __slots__ = ("src", "rid", "schema", "name", "aliases", "weak", "original",
                 "programs", "listed_on", "country", "family_first", "parts")

    def __init__(self, src, rid, schema, name):
        self.src, self.rid, self.schema, self.name = src, rid, schema, name
        self.aliases, self.weak, self.original = [], [], []
        self.programs, self.listed_on, self.country = [], "", ""
        self.family_first = None  # for persons: list of (family, [given...]) readings
        self.parts = []

    def all_names(self):
        return [self.name] + self.aliases + self.weak + self.original


def load_un():
    out = []
    root = ET.parse(f"{RAW}/un_sc_consolidated/consolidated.xml").getroot()
    for tag, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
        for e in root.iter(tag):
            parts = [(e.findtext(x) or "").strip() for x in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            parts = [p for p in parts if p]
            r = Rec("UN", (e.findtext("REFERENCE_NUMBER") or "").strip(), schema, " ".join(parts))
            r.parts = parts
            for a in e.findall(tag + "_ALIAS"):
                nm = (a.findtext("ALIAS_NAME") or "").strip()
                if not nm:
                    continue
                q = (a.findtext("QUALITY") or "").strip()
                for piece in re.split(r";\s*|\s+b\)\s+", nm):
                    piece = piece.strip()
                    if piece:
                        (r.weak if q == "Low" else r.aliases).append(piece)
            o = (e.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if o:
                r.original.append(o)
            r.listed_on = (e.findtext("LISTED_ON") or "").strip()
            r.programs = [f"UN {r.rid}"]
            r.country = (e.findtext("UN_LIST_TYPE") or "").strip()
            out.append(r)
    return out


def _read_ofac(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        txt = f.read().replace("\x1a", "")
    return [row for row in csv.reader(io.StringIO(txt)) if row and row[0].strip().isdigit()]


WEAK_RE = re.compile(r"a\.k\.a\.\s+'(.+?)'(?=[;.,)]|\s*$)")


def load_ofac():
    out = {}
    comments = {}
    for row in _read_ofac(f"{RAW}/ofac_sdn/sdn_comments.csv"):
        comments[row[0]] = row[1]
    for row in _read_ofac(f"{RAW}/ofac_sdn/sdn.csv"):
        ent, name, typ, prog = row[0], _nn(row[1]), _nn(row[2]), _nn(row[3])
        schema = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft"}.get(typ, "Organization")
        r = Rec("OFAC", ent, schema, name)
        r.programs = [p.strip() for p in prog.split("] [") if p.strip()]
        rem = _nn(row[11]) + " " + comments.get(ent, "")
        r.weak = [m.group(1) for m in WEAK_RE.finditer(rem)]
        out[ent] = r
    seen = defaultdict(set)
    for path in (f"{RAW}/ofac_sdn/alt.csv", f"{RAW}/ofac_sdn_alt_add_2026/alt.csv"):
        for row in _read_ofac(path):
            ent, nm = row[0], _nn(row[3])
            if not nm:
                continue
            if ent not in out:
                out[ent] = Rec("OFAC", ent, "Unknown", nm)
                continue
            if nm not in seen[ent] and nm != out[ent].name:
                seen[ent].add(nm)
                out[ent].aliases.append(nm)
    cons = []
    for row in _read_ofac(f"{RAW}/ofac_consolidated_nonsdn/cons_prim.csv"):
        typ = _nn(row[2])
        r = Rec("OFAC-NONSDN", row[0], "Person" if typ == "individual" else "Organization", _nn(row[1]))
        r.programs = [p.strip() for p in _nn(row[3]).split("] [") if p.strip()]
        cons.append(r)
    cmap = {r.rid: r for r in cons}
    for row in _read_ofac(f"{RAW}/ofac_consolidated_nonsdn/cons_alt.csv"):
        if row[0] in cmap and _nn(row[3]):
            cmap[row[0]].aliases.append(_nn(row[3]))
    return list(out.values()) + cons


def load_uk():
    groups = {}
    with open(f"{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv", encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f))
    hdr = rows[1]
    ix = {h: i for i, h in enumerate(hdr)}
    for row in rows[2:]:
        if len(row) < len(hdr):
            continue
        gid = row[ix["Group ID"]].strip()
        surname = row[ix["Name 6"]].strip()
        given = [row[ix[f"Name {k}"]].strip() for k in range(1, 6)]
        given = [g for g in given if g]
        typ = row[ix["Group Type"]].strip()
        schema = "Person" if typ == "Individual" else ("Vessel" if typ == "Ship" else "Organization")
        full = " ".join(given + [surname]).strip()
        if gid not in groups:
            r = Rec("UK", gid, schema, "")
            r.programs = [row[ix["Regime"]].strip()]
            r.listed_on = row[ix["Listed On"]].strip()
            r.country = row[ix["Country"]].strip()
            r.family_first = []
            groups[gid] = r
        r = groups[gid]
        if row[ix["Alias Type"]].strip() == "Prime Alias" and not r.name:
            r.name = full
        else:
            r.aliases.append(full)
        if schema == "Person" and surname:
            r.family_first.append((surname, given))
        info = row[ix["Other Information"]]
        m = re.search(r"UN Ref\.?\s*([A-Za-z]{2,3}\.\d+)", info)
        if m and not any(p.startswith("UNREF") for p in r.programs):
            r.programs.append("UNREF " + m.group(1).upper().replace("KPI", "KPi").replace("KPE", "KPe").replace("IRI", "IRi").replace("IRE", "IRe"))
    for r in groups.values():
        if not r.name and r.aliases:
            r.name = r.aliases.pop(0)
    return list(groups.values())


def load_dpl():
    out = []
    with open(f"{RAW}/bis_dpl/dpl.txt", encoding="utf-8", errors="replace") as f:
        rd = csv.reader(f, delimiter="\t")
        next(rd)
        for i, row in enumerate(rd):
            if row and row[0].strip():
                out.append(Rec("BIS-DPL", str(i), "Unknown", row[0].strip()))
    return out


def load_kaist():
    out = []
    for i, d in enumerate(json.load(open(f"{RAW}/restricted_parties_kaist/restricted_parties.json", encoding="utf-8"))):
        lid = d["source"]["list_id"]
        r = Rec(lid, d["id"], "Unknown", (d["name"].get("english") or "").strip())
        r.aliases = [a.strip() for a in d.get("aliases") or [] if a and a.strip()]
        nat = (d["name"].get("native") or "").strip()
        if nat:
            r.original.append(nat)
        kor = (d["name"].get("korean") or "").strip()
        if kor:
            r.weak.append(kor)  # machine translation into Korean; only used for filtering
        r.programs = [lid + (" " + d["listing_rationale"] if d.get("listing_rationale") else "")]
        r.country = ",".join(d.get("countries") or [])
        out.append(r)
    return out


def load_all():
    return load_un() + load_ofac() + load_uk() + load_dpl() + load_kaist()


# ---------------------------------------------------------------- folding
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = s.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ß", "ss")
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


def is_latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def person_keys(tokens):
    """Keys for 'same family name and same given names in any order'.
    Family can be the first or the last token; given names may be written
    split or joined (Kwang-il / Kwang Il / Kwangil)."""
    keys = set()
    if len(tokens) < 2:
        return keys
    for fam, giv in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
        keys.add(fam + "|" + " ".join(sorted(giv)))
        keys.add(fam + "|" + "".join(giv))
        keys.add(fam + "|" + "".join(sorted(giv)))
    return keys


class Index:
    def __init__(self, recs):
        self.exact = {}      # folded -> example
        self.nospace = {}
        self.wordset = {}
        self.person = {}
        self.native = {}
        for r in recs:
            names = r.all_names()
            for n in names:
                f = fold(n)
                if not f:
                    continue
                tag = f"{r.src}:{r.rid}:{n}"
                self.exact.setdefault(f, tag)
                self.nospace.setdefault(f.replace(" ", ""), tag)
                toks = f.split()
                if len(toks) >= 2:
                    self.wordset.setdefault(frozenset(toks), tag)
                if not is_latin(n):
                    self.native.setdefault(f.replace(" ", ""), tag)
                if r.schema in ("Person", "Unknown") and 2 <= len(toks) <= 5:
                    for k in person_keys(toks):
                        self.person.setdefault(k, tag)
            if r.schema == "Person" and r.family_first:
                for fam, giv in r.family_first:
                    ft = fold(fam).split()
                    gt = fold(" ".join(giv)).split()
                    if ft and gt:
                        fam1 = "".join(ft)
                        for k in (fam1 + "|" + " ".join(sorted(gt)), fam1 + "|" + "".join(gt), fam1 + "|" + "".join(sorted(gt))):
                            self.person.setdefault(k, f"{r.src}:{r.rid}:{fam}, {' '.join(giv)}")
            if r.schema == "Person" and r.src == "OFAC":
                for n in [r.name] + r.aliases:
                    if "," in n:
                        fam, giv = n.split(",", 1)
                        ft, gt = fold(fam).split(), fold(giv).split()
                        if ft and gt:
                            fam1 = "".join(ft)
                            for k in (fam1 + "|" + " ".join(sorted(gt)), fam1 + "|" + "".join(gt), fam1 + "|" + "".join(sorted(gt))):
                                self.person.setdefault(k, f"{r.src}:{r.rid}:{n}")

    def check(self, form, is_person, is_native):
        """Return (rule, hit) or None."""
        f = fold(form)
        if not f:
            return None
        if f in self.exact:
            return ("R1-folded-equal", self.exact[f])
        if f.replace(" ", "") in self.nospace:
            return ("R2-folded-equal-ignoring-spaces", self.nospace[f.replace(" ", "")])
        toks = f.split()
        if len(toks) >= 2 and frozenset(toks) in self.wordset:
            return ("R3-same-word-set", self.wordset[frozenset(toks)])
        if is_person and 2 <= len(toks) <= 5:
            for k in person_keys(toks):
                if k in self.person:
                    return ("R4-same-family-and-given-names", self.person[k])
        if is_native and f.replace(" ", "") in self.native:
            return ("R5-native-script-equal", self.native[f.replace(" ", "")])
        return None
