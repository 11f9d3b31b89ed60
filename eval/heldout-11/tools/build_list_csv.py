# -*- coding: utf-8 -*-
"""Build corpus/list.csv: the real listed parties named in heldout-11's documents, from the raw lists.

Each party is given by its record keys in the raw lists (UN reference, OFAC ent_num, UK Group ID, KAIST ids of the
METI End User List / BIS Entity List / DoD 1286 / NS-CMIC / OFAC non-SDN). Names, aliases, weak aliases, original
script names and dates are read from the raw files, not typed.
"""
import csv
import os
import re
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lists  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "list.csv")

# id, schema, country, primary source for `name`, [(src, rid), ...]
PARTIES = [
    ("L-001", "Organization", "KP", [("UN", "KPe.001"), ("OFAC", "9345"), ("UK", "10892"), ("jp-meti-end-user-list", "rpl-39b72bac40a8c816182f")]),
    ("L-002", "Organization", "KP", [("UN", "KPe.002"), ("OFAC", "9347"), ("UK", "10893"), ("jp-meti-end-user-list", "rpl-62c1b5b60dc3e7df2fe0")]),
    ("L-003", "Organization", "KP", [("UN", "KPe.003"), ("OFAC", "9346"), ("UK", "10894"), ("jp-meti-end-user-list", "rpl-7b413492688248866494")]),
    ("L-004", "Organization", "KP", [("UN", "KPe.004"), ("OFAC", "11532"), ("UK", "10909"), ("jp-meti-end-user-list", "rpl-2d5ebaa2ecbef3f6dd50")]),
    ("L-005", "Organization", "KP", [("UN", "KPe.006"), ("OFAC", "10012"), ("UK", "10911"), ("jp-meti-end-user-list", "rpl-68ae7b56241709c3c440")]),
    ("L-006", "Organization", "KP", [("UN", "KPe.008"), ("OFAC", "11599"), ("UK", "10913"), ("jp-meti-end-user-list", "rpl-985d62843ec452a4fde6")]),
    ("L-007", "Organization", "KP", [("UN", "KPe.010"), ("OFAC", "12212"), ("UK", "11282"), ("jp-meti-end-user-list", "rpl-8aefb237e446aa87aaf8")]),
    ("L-008", "Organization", "KP", [("UN", "KPe.016"), ("OFAC", "9527"), ("UK", "12446"), ("jp-meti-end-user-list", "rpl-e0bf8be7757a4253207b")]),
    ("L-009", "Organization", "KP", [("UN", "KPe.018"), ("OFAC", "12215"), ("UK", "12871"), ("jp-meti-end-user-list", "rpl-5f48679e441b662eef5f")]),
    ("L-010", "Organization", "KP", [("UN", "KPe.012"), ("OFAC", "15666"), ("UK", "12847"), ("jp-meti-end-user-list", "rpl-30c41d776122e128c95b")]),
    ("L-011", "Organization", "KP", [("UN", "KPe.028"), ("OFAC", "12214"), ("UK", "12447"), ("jp-meti-end-user-list", "rpl-bbe7f9d33fb19d33630e")]),
    ("L-012", "Person", "KP", [("UN", "KPi.006"), ("OFAC", "15667"), ("UK", "12843")]),
    ("L-013", "Person", "KP", [("UN", "KPi.007"), ("OFAC", "15668"), ("UK", "12844")]),
    ("L-014", "Person", "KP", [("UN", "KPi.002"), ("OFAC", "12216"), ("UK", "10915")]),
    ("L-015", "Organization", "IR", [("UN", "IRe.067"), ("OFAC", "9349"), ("UK", "8992"), ("jp-meti-end-user-list", "rpl-0fd0fae67183475a900d"), ("us-bis-entity-list", "rpl-9ee6652487f0dc891194")]),
    ("L-016", "Organization", "IR", [("UN", "IRe.066"), ("OFAC", "9350"), ("UK", "8993"), ("jp-meti-end-user-list", "rpl-811ebbf51637712ea923"), ("us-bis-entity-list", "rpl-dfbcb9273a20f8e95c0c")]),
    ("L-017", "Organization", "IR", [("OFAC", "9348"), ("UK", "9102"), ("jp-meti-end-user-list", "rpl-6103632dc883bc095af1")]),
    ("L-018", "Organization", "IR", [("UN", "IRe.011"), ("OFAC", "10153"), ("UK", "8989")]),
    ("L-019", "Organization", "IR", [("UN", "IRe.040"), ("OFAC", "13152"), ("UK", "10653"), ("jp-meti-end-user-list", "rpl-2cc4fa39410df5aa2c85"), ("us-dod-section-1286", "rpl-84f4131236401a2ee53c")]),
    ("L-020", "Organization", "IR", [("UN", "IRe.063"), ("OFAC", "9763"), ("UK", "9044"), ("jp-meti-end-user-list", "rpl-695d9941fb67e5958dbd")]),
    ("L-021", "Organization", "IR", [("UN", "IRe.017"), ("OFAC", "10388"), ("UK", "8994"), ("jp-meti-end-user-list", "rpl-e59a089034c111c464d5")]),
    ("L-022", "Organization", "IR", [("UN", "IRe.043"), ("UK", "10657"), ("jp-meti-end-user-list", "rpl-8f55e2be62ba323e0688")]),
    ("L-023", "Organization", "IR", [("UN", "IRe.076"), ("OFAC", "9764"), ("UK", "9045"), ("jp-meti-end-user-list", "rpl-e0dfe9efa515107318de")]),
    ("L-024", "Person", "IR", [("UN", "IRi.012"), ("OFAC", "10582"), ("UK", "9003")]),
    ("L-025", "Person", "IR", [("UN", "IRi.009"), ("OFAC", "10581"), ("UK", "9005")]),
    ("L-026", "Person", "IR", [("UN", "IRi.015"), ("OFAC", "10583"), ("UK", "9004")]),
    ("L-027", "Organization", "CN", [("OFAC", "9749"), ("jp-meti-end-user-list", "rpl-9dad5a01331b8f6327a9")]),
    ("L-028", "Person", "CN", [("OFAC", "11447")]),
    ("L-029", "Organization", "CN", [("OFAC", "9753"), ("jp-meti-end-user-list", "rpl-31a6d4e932c313f17889")]),
    ("L-030", "Organization", "CN", [("jp-meti-end-user-list", "rpl-f598325a75f453dd4eeb"), ("OFAC-NONSDN", "30927"), ("us-ofac-ns-cmic", "rpl-cc2bca122bd1c79774c7")]),
    ("L-031", "Organization", "SY", [("OFAC", "9352"), ("UK", "12426"), ("jp-meti-end-user-list", "rpl-0879ebf4de6d70a0f504"), ("us-bis-entity-list", "rpl-cfbedaf7693ed79c9f2a")]),
    ("L-032", "Organization", "SY", [("OFAC", "10128"), ("UK", "13032"), ("jp-meti-end-user-list", "rpl-0ba24da8f48097e3e60a"), ("us-bis-entity-list", "rpl-db1dab1187d881c2b784")]),
    ("L-033", "Organization", "PK", [("jp-meti-end-user-list", "rpl-8b5d92f2ae23af30df25"), ("us-bis-entity-list", "rpl-9f41c0ff0d8e4c804ec5")]),
    ("L-034", "Organization", "PK", [("jp-meti-end-user-list", "rpl-3541d1827ac3f33e23de"), ("us-bis-entity-list", "rpl-2d941a23afca5fda9e3f")]),
    ("L-035", "Organization", "PK", [("jp-meti-end-user-list", "rpl-41bd155f6ff4281a4fd8"), ("us-bis-entity-list", "rpl-59c7a43ef1935b518f03")]),
    ("L-036", "Organization", "RU", [("OFAC", "16884"), ("us-bis-entity-list", "rpl-78aa2d93b3b6431a9001")]),
]

SRC_LABEL = {"UN": "UN", "OFAC": "OFAC SDN", "OFAC-NONSDN": "OFAC non-SDN", "UK": "UK HMT", "jp-meti-end-user-list": "METI EUL",
             "us-bis-entity-list": "BIS Entity List", "us-dod-section-1286": "DoD 1286", "us-ofac-ns-cmic": "OFAC NS-CMIC"}


def person_name(rec):
    """given name then SURNAME."""
    if rec.src == "UK":
        return rec.name  # UK rows are "Given ... SURNAME" already (surname is Name 6)
    if rec.src == "OFAC" and "," in rec.name:
        fam, giv = [x.strip() for x in rec.name.split(",", 1)]
        return f"{giv} {fam.upper()}"
    return rec.name


def uk_person_display(rec):
    fam, giv = rec.family_first[0]
    return f"{' '.join(giv)} {fam.upper()}".strip()


def iso(d):
    d = d.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(d, fmt).date().isoformat()
        except ValueError:
            pass
    return ""


def main():
    recs = lists.load_all()
    by = {}
    for r in recs:
        by.setdefault((r.src, r.rid), r)
    rows = []
    for pid, schema, country, keys in PARTIES:
        got = [by[k] for k in keys]
        for k, r in zip(keys, got):
            assert r is not None, k
        # primary name: UN if present, else OFAC, else first
        prim = got[0]
        if schema == "Person":
            ofac = next((r for r in got if r.src == "OFAC"), None)
            uk = next((r for r in got if r.src == "UK"), None)
            if ofac:
                name = person_name(ofac)
            elif uk and uk.family_first:
                name = uk_person_display(uk)
            else:
                name = prim.name
        else:
            name = prim.name
        aliases, weak, orig = [], [], []
        seen = {name}
        for r in got:
            cands = [r.name] + r.aliases
            if schema == "Person" and r.src == "UK":
                cands = [f"{' '.join(g)} {f}".strip() for f, g in r.family_first] or cands
            for a in cands:
                a = a.strip()
                if a and a not in seen:
                    seen.add(a)
                    aliases.append(a)
            if r.src in ("UN", "OFAC", "OFAC-NONSDN"):
                for w in r.weak:
                    if w not in weak:
                        weak.append(w)
            if r.src in ("UN", "jp-meti-end-user-list"):
                for o in r.original:
                    if o not in orig and not lists.is_latin(o):
                        orig.append(o)
        programs, sources = [], []
        for r in got:
            lab = SRC_LABEL[r.src]
            if r.src == "UN":
                programs.append(f"UN {r.rid}")
            elif r.src in ("OFAC", "OFAC-NONSDN"):
                programs.append(f"{lab} {r.rid}" + (f" [{', '.join(r.programs)}]" if r.programs else ""))
            elif r.src == "UK":
                programs.append(f"UK HMT {r.rid} [{r.programs[0]}]")
            elif r.src == "jp-meti-end-user-list":
                rat = r.programs[0].split(" ", 1)[1] if " " in r.programs[0] else ""
                programs.append(f"METI EUL [{rat}]" if rat else "METI EUL")
            else:
                programs.append(lab)
            if lab not in sources:
                sources.append(lab)
        dates = [iso(r.listed_on) for r in got if r.src in ("UN", "UK") and r.listed_on]
        dates = [d for d in dates if d]
        rows.append({"id": pid, "schema": schema, "name": name, "aliases": "|".join(aliases), "weak_aliases": "|".join(weak),
                     "original_script": "|".join(orig), "country": country, "programs": " ; ".join(programs),
                     "sources": " ; ".join(sources), "listed_on": min(dates) if dates else ""})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "schema", "name", "aliases", "weak_aliases", "original_script", "country", "programs", "sources", "listed_on"])
        w.writeheader()
        w.writerows(rows)
    for r in rows:
        print(r["id"], r["name"], "|", r["aliases"][:150], "| W:", r["weak_aliases"], "| O:", r["original_script"], "|", r["listed_on"])


if __name__ == "__main__":
    main()
