#!/usr/bin/python3
"""Build corpus/list.csv from the raw public lists for the real parties the documents name."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import listnames as L

PARTIES = [  # id, schema, ISO2, record refs (src:key); other records whose primary name folds equal to a chosen org's name are added
 ("L-001", "Organization", "KP", ["UN:KPe.001", "OFAC-SDN:9345", "UK:10892", "jp-meti-end-user-list:rpl-39b72bac40a8c816182f"]),
 ("L-002", "Organization", "KP", ["UN:KPe.003", "OFAC-SDN:9346", "UK:10894", "jp-meti-end-user-list:rpl-7b413492688248866494"]),
 ("L-003", "Organization", "KP", ["UN:KPe.002", "OFAC-SDN:9347", "UK:10893", "jp-meti-end-user-list:rpl-62c1b5b60dc3e7df2fe0"]),
 ("L-004", "Organization", "KP", ["UN:KPe.008", "OFAC-SDN:11599", "UK:10913", "jp-meti-end-user-list:rpl-985d62843ec452a4fde6"]),
 ("L-005", "Organization", "KP", ["UN:KPe.018", "OFAC-SDN:12215", "UK:12871", "jp-meti-end-user-list:rpl-5f48679e441b662eef5f"]),
 ("L-006", "Organization", "KP", ["UN:KPe.028", "OFAC-SDN:12214", "UK:12447", "jp-meti-end-user-list:rpl-bbe7f9d33fb19d33630e"]),
 ("L-007", "Organization", "KP", ["UN:KPe.010", "OFAC-SDN:12212", "UK:11282", "jp-meti-end-user-list:rpl-8aefb237e446aa87aaf8"]),
 ("L-008", "Organization", "KP", ["UN:KPe.016", "OFAC-SDN:9527", "UK:12446", "jp-meti-end-user-list:rpl-e0bf8be7757a4253207b"]),
 ("L-009", "Person", "KP", ["UN:KPi.048", "UK:13478"]),
 ("L-010", "Person", "KP", ["UN:KPi.050", "UK:13480"]),
 ("L-011", "Person", "KP", ["UN:KPi.052", "UK:13482"]),
 ("L-012", "Organization", "IR", ["UN:IRe.067", "OFAC-SDN:9349", "UK:8992", "jp-meti-end-user-list:rpl-0fd0fae67183475a900d", "us-bis-entity-list:rpl-9ee6652487f0dc891194"]),
 ("L-013", "Organization", "IR", ["UN:IRe.063", "OFAC-SDN:9763", "UK:9044", "jp-meti-end-user-list:rpl-695d9941fb67e5958dbd"]),
 ("L-014", "Organization", "IR", ["UN:IRe.076", "OFAC-SDN:9764", "UK:9045", "jp-meti-end-user-list:rpl-e0dfe9efa515107318de"]),
 ("L-015", "Organization", "IR", ["UN:IRe.017", "UK:8994", "jp-meti-end-user-list:rpl-e59a089034c111c464d5"]),
 ("L-016", "Organization", "IR", ["UN:IRe.043", "UK:10657", "jp-meti-end-user-list:rpl-8f55e2be62ba323e0688"]),
 ("L-017", "Organization", "IR", ["OFAC-SDN:9350", "us-bis-entity-list:rpl-dfbcb9273a20f8e95c0c"]),
 ("L-018", "Organization", "IR", ["OFAC-SDN:9348", "jp-meti-end-user-list:rpl-6103632dc883bc095af1"]),
 ("L-019", "Person", "IR", ["UN:IRi.009", "OFAC-SDN:10581", "UK:9005"]),
 ("L-020", "Person", "IR", ["UN:IRi.015", "OFAC-SDN:10583", "UK:9004"]),
 ("L-021", "Organization", "CN", ["OFAC-SDN:9749", "jp-meti-end-user-list:rpl-9dad5a01331b8f6327a9"]),
 ("L-022", "Person", "CN", ["OFAC-SDN:11447"]),
 ("L-023", "Organization", "CN", ["OFAC-SDN:9753", "jp-meti-end-user-list:rpl-31a6d4e932c313f17889"]),
 ("L-024", "Organization", "CN", ["jp-meti-end-user-list:rpl-f598325a75f453dd4eeb"]),
 ("L-025", "Organization", "CN", ["OFAC-SDN:16853", "jp-meti-end-user-list:rpl-83ea77d80c0cc9178a43"]),
 ("L-026", "Organization", "CN", ["jp-meti-end-user-list:rpl-d61440513cd09a708a7b"]),
 ("L-027", "Organization", "PK", ["jp-meti-end-user-list:rpl-af20b7fc70faf1199c39"]),
 ("L-028", "Organization", "PK", ["jp-meti-end-user-list:rpl-41bd155f6ff4281a4fd8", "us-bis-entity-list:rpl-59c7a43ef1935b518f03"]),
 ("L-029", "Organization", "PK", ["jp-meti-end-user-list:rpl-8b5d92f2ae23af30df25"]),
 ("L-030", "Organization", "PK", ["jp-meti-end-user-list:rpl-29fcd7dfce58294f81db"]),
 ("L-031", "Organization", "SY", ["OFAC-SDN:9352", "UK:12426", "jp-meti-end-user-list:rpl-0879ebf4de6d70a0f504", "us-bis-entity-list:rpl-cfbedaf7693ed79c9f2a"]),
 ("L-032", "Organization", "RU", ["OFAC-SDN:16884", "jp-meti-end-user-list:rpl-0aae4cbb2d6beefa8d21", "us-bis-entity-list:rpl-78aa2d93b3b6431a9001"]),
 ("L-033", "Organization", "RU", ["OFAC-SDN:41002", "jp-meti-end-user-list:rpl-75bed5272a1c39ee1c11", "us-bis-entity-list:rpl-638dfea0f51f61c8337a"]),
 ("L-034", "Organization", "RU", ["jp-meti-end-user-list:rpl-7eabfaed70695780f741"]),
 ("L-035", "Organization", "RU", ["jp-meti-end-user-list:rpl-a313618040928dc7fa77"]),
]
SRC_NAME = {"UN": "UN", "OFAC-SDN": "OFAC SDN", "UK": "UK HMT", "jp-meti-end-user-list": "METI End User List", "us-bis-entity-list": "BIS Entity List"}

def person_order(n, src):
    if src == "OFAC-SDN" and "," in n:
        fam, giv = [x.strip() for x in n.split(",", 1)]
        return "%s %s" % (giv, fam)
    return n

def main():
    recs = L.load_all()
    by = {}
    for r in recs:
        by.setdefault("%s:%s" % (r["src"], r["key"]), r)
    out = []
    for pid, schema, cc, refs in PARTIES:
        rs = []
        for ref in refs:
            if ref not in by:
                raise SystemExit("missing record " + ref)
            if by[ref] not in rs:
                rs.append(by[ref])
        names, weak, orig, progs, srcs, dates = [], [], [], [], [], []
        for r in rs:
            for n in r["names"]:
                for part in [n] + ([p.strip() for p in n.split(";")] if ";" in n else []):
                    part = part.strip()
                    if part and schema == "Person":
                        part = person_order(part, r["src"])
                    if part and part not in names and ";" not in part:
                        names.append(part)
            for w in r["weak"]:
                if w not in weak:
                    weak.append(w)
            for o in r["orig"]:
                if o and not re.fullmatch(r"[\x00-\x7f]+", o) and o not in orig:
                    orig.append(o)
            s = SRC_NAME[r["src"]]
            if s not in srcs:
                srcs.append(s)
            progs.append(("%s %s" % (s, r["key"] if r["src"] == "UN" else (r["programs"] or "").strip() or r["key"])).replace("] [", ", "))
            if r["src"] == "UN" and r["listed_on"]:
                dates.append(r["listed_on"])
            if r["src"] == "UK" and r["listed_on"]:
                d, m, y = r["listed_on"].split("/"); dates.append("%s-%s-%s" % (y, m, d))
        name = names[0]
        aliases = [n for n in names[1:] if n != name]
        out.append(dict(id=pid, schema=schema, name=name, aliases="|".join(aliases), weak_aliases="|".join(weak),
                        original_script="|".join(orig), country=cc, programs=" ; ".join(progs), sources=" ; ".join(srcs),
                        listed_on=min(dates) if dates else ""))
    path = os.path.join(HERE, "..", "corpus", "list.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "schema", "name", "aliases", "weak_aliases", "original_script", "country", "programs", "sources", "listed_on"])
        w.writeheader(); w.writerows(out)
    print("wrote %d parties to %s" % (len(out), path))

if __name__ == "__main__":
    main()
