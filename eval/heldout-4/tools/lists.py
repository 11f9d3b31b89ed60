"""Load every name and alias on the real lists in /work/shared/data/raw and fold them.

Held-out set 4. Written blind to the project's code. Read-only use of the raw lists.
"""
import csv
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from translit import latin_forms

RAW = Path("/work/shared/data/raw")


def fold(s: str) -> str:
    """NFKC, casefold, strip diacritics, keep letters and digits only."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isalnum())


_TOK = re.compile(r"[^\w]+", re.UNICODE)


def token_key(s: str) -> str:
    """Sorted folded tokens (catches order swaps like 'KIM, Jong Un' vs 'Jong Un Kim')."""
    toks = [fold(t) for t in _TOK.split(s.replace("_", " "))]
    toks = sorted(t for t in toks if t)
    return " ".join(toks)


def _clean(x):
    if x is None:
        return ""
    x = x.strip()
    return "" if x in ("-0-", "") else x


AKA = re.compile(r"""(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*['"‘’“”]([^'"‘’“”]+)['"‘’“”]""", re.I)


def _ofac_rows(path):
    data = path.read_bytes().replace(b"\x1a", b"").decode("utf-8", errors="replace")
    return csv.reader(io.StringIO(data))


def load_names():
    """Return a list of (name, source) for every listed name and alias."""
    out = []
    # OFAC SDN primary + remarks a.k.a.
    for row in _ofac_rows(RAW / "ofac_sdn/sdn.csv"):
        if len(row) < 2:
            continue
        out.append((_clean(row[1]), "OFAC-SDN"))
        if len(row) > 11:
            for m in AKA.finditer(row[11]):
                out.append((m.group(1), "OFAC-SDN-remarks"))
    for p, src in [(RAW / "ofac_sdn/alt.csv", "OFAC-alt-2025"),
                   (RAW / "ofac_sdn_alt_add_2026/alt.csv", "OFAC-alt-2026"),
                   (RAW / "ofac_consolidated_nonsdn/cons_alt.csv", "OFAC-cons-alt")]:
        for row in _ofac_rows(p):
            if len(row) >= 4:
                out.append((_clean(row[3]), src))
    for row in _ofac_rows(RAW / "ofac_consolidated_nonsdn/cons_prim.csv"):
        if len(row) >= 2:
            out.append((_clean(row[1]), "OFAC-cons-prim"))
            if len(row) > 11:
                for m in AKA.finditer(row[11]):
                    out.append((m.group(1), "OFAC-cons-remarks"))
    for row in _ofac_rows(RAW / "ofac_sdn/sdn_comments.csv"):
        for cell in row[1:]:
            for m in AKA.finditer(cell):
                out.append((m.group(1), "OFAC-comments"))
    # UN XML
    root = ET.parse(RAW / "un_sc_consolidated/consolidated.xml").getroot()
    for ind in root.iter("INDIVIDUAL"):
        parts = [_clean(ind.findtext(t)) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        parts = [p for p in parts if p]
        if parts:
            out.append((" ".join(parts), "UN"))
            if len(parts) > 1:
                out.append((parts[-1] + " " + " ".join(parts[:-1]), "UN-reordered"))
        for tag in ("NAME_ORIGINAL_SCRIPT",):
            v = _clean(ind.findtext(tag))
            if v:
                out.append((v, "UN-orig"))
        for al in ind.iter("INDIVIDUAL_ALIAS"):
            v = _clean(al.findtext("ALIAS_NAME"))
            if v:
                out.append((v, "UN-alias"))
    for ent in root.iter("ENTITY"):
        v = _clean(ent.findtext("FIRST_NAME"))
        if v:
            out.append((v, "UN"))
        v = _clean(ent.findtext("NAME_ORIGINAL_SCRIPT"))
        if v:
            out.append((v, "UN-orig"))
        for al in ent.iter("ENTITY_ALIAS"):
            v = _clean(al.findtext("ALIAS_NAME"))
            if v:
                out.append((v, "UN-alias"))
    # UK HMT 2018 (cp1252)
    with open(RAW / "uk_hmt_conlist_2018/sanctionsconlist.csv", encoding="cp1252", newline="") as f:
        rd = csv.reader(f)
        next(rd)
        hdr = next(rd)
        for row in rd:
            if len(row) < 6:
                continue
            n6 = row[0].strip()
            given = " ".join(x.strip() for x in row[1:6] if x.strip())
            if n6:
                out.append((n6, "UK-name6"))
            if given:
                out.append((given + " " + n6, "UK"))
                out.append((n6 + " " + given, "UK"))
    # BIS DPL
    with open(RAW / "bis_dpl/dpl.txt", encoding="utf-8", newline="") as f:
        rd = csv.reader(f, delimiter="\t")
        next(rd)
        for row in rd:
            if row and row[0].strip():
                out.append((row[0].strip(), "BIS-DPL"))
    # KAIST multi-list JSON (Entity List, METI End User List, ...)
    for r in json.load(open(RAW / "restricted_parties_kaist/restricted_parties.json", encoding="utf-8")):
        src = "KAIST:" + r.get("source", {}).get("list_id", "?")
        nm = r.get("name") or {}
        for k in ("english", "native", "korean"):
            v = nm.get(k)
            if v:
                out.append((v, src))
        for a in r.get("aliases") or []:
            if isinstance(a, str) and a.strip():
                out.append((a, src + ":alias"))
    return [(n, s) for n, s in out if n and n.strip()]


class ListIndex:
    def __init__(self):
        self.names = load_names()
        self.exact = {}   # folded -> listed name
        self.tokens = {}  # token key -> listed name
        for n, src in self.names:
            for form in {n} | set(latin_forms(n)):
                f = fold(form)
                if len(f) < 2:
                    continue
                self.exact.setdefault(f, f"{n} ({src})")
                tk = token_key(form)
                if " " in tk:
                    self.tokens.setdefault(tk, f"{n} ({src})")

    def hit(self, name):
        """Return (listed name, via form) if the candidate or any Latin form of it is listed."""
        for form in [name] + list(latin_forms(name)):
            f = fold(form)
            if f in self.exact:
                return self.exact[f], form
            tk = token_key(form)
            if " " in tk and tk in self.tokens:
                return self.tokens[tk], form
        return None


if __name__ == "__main__":
    idx = ListIndex()
    print(len(idx.names), "strings;", len(idx.exact), "folded forms;", len(idx.tokens), "token keys")
