"""Read the raw public lists under /work/shared/data/raw into plain records.

Standard library only. Each record: dict(src, id, schema ('Person'|'Organization'|'Other'),
name, aliases [..], native [..], country, programs, listed_on).
"""
import csv, json, os, re, xml.etree.ElementTree as ET

RAW = os.environ.get("RAW", "/work/shared/data/raw")


def _nul(v):
    v = (v or "").strip()
    return "" if v in ("-0-", "-0- ") else v


def _ofac(prim, alts, src, extra_alts=()):
    recs = {}
    with open(prim, encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 4:
                continue
            ent = row[0].strip()
            typ = _nul(row[2]).lower()
            if typ in ("vessel", "aircraft"):
                schema = "Other"
            elif typ == "individual":
                schema = "Person"
            else:
                schema = "Organization"
            remarks = _nul(row[11]) if len(row) > 11 else ""
            als = re.findall(r"a\.k\.a\.,? '([^']+)'", remarks)
            recs[ent] = dict(src=src, id=f"{src}:{ent}", schema=schema, name=_nul(row[1]), aliases=list(als),
                             weak=[], native=[], country="", programs=_nul(row[3]).replace("] [", ";"),
                             listed_on="", remarks=remarks)
    orphans = []
    for alt in (alts,) + tuple(extra_alts):
        if not os.path.exists(alt):
            continue
        with open(alt, encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.reader(f):
                if len(row) < 4:
                    continue
                ent, typ, nm = row[0].strip(), _nul(row[2]).lower(), _nul(row[3])
                if not nm:
                    continue
                if ent in recs:
                    r = recs[ent]
                    if nm not in r["aliases"] and nm != r["name"]:
                        (r["weak"] if typ == "weak aka" or "weak" in (_nul(row[4]) if len(row) > 4 else "").lower() else r["aliases"]).append(nm)
                else:
                    orphans.append(dict(src=src + "-orphan", id=f"{src}:{ent}", schema="Unknown", name=nm, aliases=[],
                                        weak=[], native=[], country="", programs="", listed_on=""))
    return list(recs.values()), orphans


def ofac():
    a, o = _ofac(f"{RAW}/ofac_sdn/sdn.csv", f"{RAW}/ofac_sdn/alt.csv", "sdn",
                 extra_alts=(f"{RAW}/ofac_sdn_alt_add_2026/alt.csv",))
    b, o2 = _ofac(f"{RAW}/ofac_consolidated_nonsdn/cons_prim.csv", f"{RAW}/ofac_consolidated_nonsdn/cons_alt.csv", "cons")
    return a + b + o + o2


def sdn_countries():
    """ent_num -> country from the add.csv files"""
    out = {}
    for p in (f"{RAW}/ofac_sdn/add.csv", f"{RAW}/ofac_sdn_alt_add_2026/add.csv"):
        with open(p, encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.reader(f):
                if len(row) > 4 and _nul(row[4]):
                    out.setdefault(row[0].strip(), _nul(row[4]))
    return out


def un():
    root = ET.parse(f"{RAW}/un_sc_consolidated/consolidated.xml").getroot()
    out = []
    for tag, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
        for e in root.iter(tag):
            g = lambda k: (e.findtext(k) or "").strip()
            parts = [g(k) for k in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            name = " ".join(p for p in parts if p)
            als, weak = [], []
            for a in e.iter(tag + "_ALIAS"):
                an = (a.findtext("ALIAS_NAME") or "").strip()
                if an:
                    (weak if (a.findtext("QUALITY") or "") == "Low" else als).append(an)
            nat = (e.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            ctry = ""
            for ad in e.iter(tag + "_ADDRESS"):
                ctry = ctry or (ad.findtext("COUNTRY") or "").strip()
            if not ctry:
                ctry = (e.findtext("NATIONALITY/VALUE") or "").strip()
            out.append(dict(src="un", id="un:" + g("REFERENCE_NUMBER"), schema=schema, name=name, aliases=als, weak=weak,
                            native=[nat] if nat else [], country=ctry, programs=g("UN_LIST_TYPE"),
                            listed_on=g("LISTED_ON"), remarks=g("COMMENTS1")))
    return out


def uk():
    groups = {}
    with open(f"{RAW}/uk_hmt_conlist_2018/sanctionsconlist.csv", encoding="cp1252", errors="replace", newline="") as f:
        rd = csv.reader(f)
        next(rd); hdr = next(rd)
        ix = {h: i for i, h in enumerate(hdr)}
        for row in rd:
            if len(row) < len(hdr):
                continue
            g = lambda k: row[ix[k]].strip()
            given = " ".join(x for x in (g("Name 1"), g("Name 2"), g("Name 3"), g("Name 4"), g("Name 5")) if x)
            fam = g("Name 6")
            schema = "Person" if g("Group Type") == "Individual" else ("Other" if g("Group Type") == "Ship" else "Organization")
            nm = (given + " " + fam).strip() if schema == "Person" else fam
            gid = g("Group ID")
            r = groups.get(gid)
            if r is None:
                r = groups[gid] = dict(src="uk", id="uk:" + gid, schema=schema, name="", aliases=[], weak=[], native=[],
                                       country=g("Country"), programs=g("Regime"), listed_on=g("Listed On"),
                                       fam=fam, given=given)
            if g("Alias Type") == "Primary name" and not r["name"]:
                r["name"] = nm
            elif nm and nm not in r["aliases"]:
                r["aliases"].append(nm)
    for r in groups.values():
        if not r["name"] and r["aliases"]:
            r["name"] = r["aliases"].pop(0)
    return list(groups.values())


def dpl():
    out = []
    with open(f"{RAW}/bis_dpl/dpl.txt", encoding="utf-8", errors="replace") as f:
        rd = csv.reader(f, delimiter="\t")
        next(rd)
        for i, row in enumerate(rd):
            if not row:
                continue
            out.append(dict(src="dpl", id=f"dpl:{i}", schema="Unknown", name=row[0].strip(), aliases=[], weak=[], native=[],
                            country=row[4].strip(), programs="DPL", listed_on=row[6].strip()))
    return out


KO_COUNTRY = {"이란": "Iran", "북한": "North Korea", "중국": "China", "러시아": "Russia", "파키스탄": "Pakistan",
              "시리아": "Syria", "홍콩": "Hong Kong", "아랍에미리트": "United Arab Emirates", "인도": "India",
              "이스라엘": "Israel", "튀르키예": "Turkey", "터키": "Turkey", "벨라루스": "Belarus", "이라크": "Iraq",
              "대만": "Taiwan", "레바논": "Lebanon", "말레이시아": "Malaysia", "싱가포르": "Singapore"}


def kaist():
    d = json.load(open(f"{RAW}/restricted_parties_kaist/restricted_parties.json", encoding="utf-8"))
    out = []
    for r in d:
        nm = (r["name"].get("english") or "").strip()
        nat = (r["name"].get("native") or "").strip()
        als = [a if isinstance(a, str) else (a.get("name") or a.get("english") or "") for a in (r.get("aliases") or [])]
        ctry = ";".join(KO_COUNTRY.get(c, c) for c in r.get("countries") or [])
        out.append(dict(src="kaist:" + r["source"]["list_id"], id="kaist:" + r["id"], schema="Unknown", name=nm,
                        aliases=[a for a in als if a], weak=[], native=[nat] if nat and nat != nm else [], country=ctry,
                        programs=r["source"]["list_id"] + (":" + r["listing_rationale"] if r.get("listing_rationale") else ""),
                        listed_on="", remarks=r.get("remarks") or ""))
    return out


def all_records():
    return ofac() + un() + uk() + dpl() + kaist()


if __name__ == "__main__":
    import collections
    rs = all_records()
    print(len(rs), collections.Counter(r["src"] for r in rs))
    print(sum(1 + len(r["aliases"]) + len(r["weak"]) + len(r["native"]) for r in rs), "names")
