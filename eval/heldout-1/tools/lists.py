"""Load every name/alias from the real lists in /work/shared/data/raw and fold them."""
import csv, json, re, unicodedata, io
import xml.etree.ElementTree as ET
RAW = "/work/shared/data/raw"

def fold(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s)

def tokens(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return [t for t in re.split(r"[\W_]+", s) if t]

def ofac_rows(path):
    data = open(path, encoding="latin-1").read().replace("\x1a", "")
    for row in csv.reader(io.StringIO(data)):
        yield [c.strip() for c in row]

def load_names():
    names = []  # (name, source)
    for d in ("ofac_sdn", "ofac_consolidated_nonsdn"):
        prim = "sdn.csv" if d == "ofac_sdn" else "cons_prim.csv"
        alt = "alt.csv" if d == "ofac_sdn" else "cons_alt.csv"
        for r in ofac_rows(f"{RAW}/{d}/{prim}"):
            if len(r) > 1: names.append((r[1], d))
            if len(r) > 11:
                for m in re.findall(r"a\.k\.a\.,? '([^']+)'", r[11]): names.append((m, d))
        for r in ofac_rows(f"{RAW}/{d}/{alt}"):
            if len(r) > 3: names.append((r[3], d))
    for r in ofac_rows(f"{RAW}/ofac_sdn_alt_add_2026/alt.csv"):
        if len(r) > 3: names.append((r[3], "ofac2026"))
    root = ET.parse(f"{RAW}/un_sc_consolidated/consolidated.xml").getroot()
    for ind in root.iter("INDIVIDUAL"):
        parts = [ind.findtext(t) or "" for t in ("FIRST_NAME","SECOND_NAME","THIRD_NAME","FOURTH_NAME")]
        names.append((" ".join(p for p in parts if p), "un"))
        for a in ind.iter("INDIVIDUAL_ALIAS"):
            if a.findtext("ALIAS_NAME"): names.append((a.findtext("ALIAS_NAME"), "un"))
        if ind.findtext("NAME_ORIGINAL_SCRIPT"): names.append((ind.findtext("NAME_ORIGINAL_SCRIPT"), "un"))
    for ent in root.iter("ENTITY"):
        names.append((ent.findtext("FIRST_NAME") or "", "un"))
        for a in ent.iter("ENTITY_ALIAS"):
            if a.findtext("ALIAS_NAME"): names.append((a.findtext("ALIAS_NAME"), "un"))
        if ent.findtext("NAME_ORIGINAL_SCRIPT"): names.append((ent.findtext("NAME_ORIGINAL_SCRIPT"), "un"))
    lines = open(f"{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv", encoding="cp1252").read().splitlines()[1:]
    for r in csv.DictReader(lines):
        n = " ".join((r.get(f"Name {i}") or "").strip() for i in (1,2,3,4,5,6))
        names.append((n, "uk"))
        # also surname-last/first orders
        n2 = " ".join([(r.get("Name 6") or "").strip()] + [(r.get(f"Name {i}") or "").strip() for i in (1,2,3,4,5)])
        names.append((n2, "uk"))
    for r in csv.DictReader(open(f"{RAW}/bis_dpl/dpl.txt", encoding="utf-8"), delimiter="\t"):
        names.append((r["Name"], "dpl"))
    for rec in json.load(open(f"{RAW}/restricted_parties_kaist/restricted_parties.json")):
        for k in ("english", "native", "korean"):
            if rec["name"].get(k): names.append((rec["name"][k], "kaist"))
        for a in rec.get("aliases") or []:
            names.append((a if isinstance(a, str) else json.dumps(a, ensure_ascii=False), "kaist"))
    return [(n.strip(), s) for n, s in names if n and n.strip()]

if __name__ == "__main__":
    ns = load_names()
    from collections import Counter
    print(len(ns), Counter(s for _, s in ns))
    print(len({fold(n) for n, _ in ns}))
