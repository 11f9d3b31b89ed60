#!/usr/bin/env python3
"""Build heldout-13/corpus/list.csv from the raw public lists (standard library only).

Rows 1..N: the real parties the documents name, each merged across the lists where the records clearly
are the same party (record ids chosen by hand below, after reading the records). Then about 200 filler
parties: UN DPRK/Iran records (deterministic order), each merged with the SDN/UK records whose primary
name or alias equals its name after normalisation. Columns:
id,schema,name,aliases,weak_aliases,original_script,country,programs,sources,listed_on
"""
import csv, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rawlists

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# id, schema, country, native-script form (from the list where it is reliable, else a plain rendering), record ids
PARTIES = [
    ("h13-001", "Organization", "Iran", "گروه صنعتی شهید همت", ["sdn:9349", "un:IRe.067", "uk:8992", "kaist:rpl-0fd0fae67183475a900d", "kaist:rpl-9ee6652487f0dc891194"]),
    ("h13-002", "Organization", "Iran", "گروه صنعتی شهید باکری", ["sdn:9350", "kaist:rpl-dfbcb9273a20f8e95c0c"]),
    ("h13-003", "Organization", "Iran", "سازمان صنایع هوافضا", ["sdn:9348", "uk:9102", "kaist:rpl-6103632dc883bc095af1"]),
    ("h13-004", "Organization", "Iran", "", ["sdn:9763", "un:IRe.063", "uk:9044", "kaist:rpl-695d9941fb67e5958dbd"]),
    ("h13-005", "Organization", "Iran", "", ["sdn:10388"]),
    ("h13-006", "Organization", "Iran", "", ["sdn:10389", "un:IRe.043", "uk:10657", "kaist:rpl-8f55e2be62ba323e0688"]),
    ("h13-007", "Organization", "Iran", "شرکت کالای الکتریک", ["sdn:10122", "un:IRe.032", "uk:8986", "kaist:rpl-b0e2df5493f71440c7d0", "kaist:rpl-d828a3df309c466c74ad"]),
    ("h13-008", "Organization", "Iran", "صنایع شیمیایی پارچین", ["sdn:10887", "un:IRe.050", "uk:9038", "kaist:rpl-14c61e2f79f772b8a452"]),
    ("h13-009", "Organization", "North Korea", "조선광업개발무역회사", ["sdn:9345", "un:KPe.001", "uk:10892", "kaist:rpl-39b72bac40a8c816182f"]),
    ("h13-010", "Organization", "North Korea", "조선련봉총회사", ["sdn:9347", "un:KPe.002", "uk:10893", "kaist:rpl-62c1b5b60dc3e7df2fe0"]),
    ("h13-011", "Organization", "North Korea", "토성기술무역회사", ["sdn:9520", "un:KPe.015", "uk:12449", "kaist:rpl-62bdae165e5e93c7f24a"]),
    ("h13-012", "Organization", "North Korea", "조선혁신무역회사", ["sdn:10012", "un:KPe.006", "uk:10911", "kaist:rpl-68ae7b56241709c3c440"]),
    ("h13-013", "Organization", "North Korea", "제2자연과학원", ["sdn:12215", "un:KPe.018", "uk:12871", "kaist:rpl-5f48679e441b662eef5f"]),
    ("h13-014", "Organization", "North Korea", "군수공업부", ["sdn:12214", "un:KPe.028", "uk:12447", "kaist:rpl-bbe7f9d33fb19d33630e"]),
    ("h13-015", "Organization", "North Korea", "조선단군무역회사", ["sdn:11599", "un:KPe.008", "uk:10913", "kaist:rpl-985d62843ec452a4fde6"]),
    ("h13-016", "Organization", "North Korea", "청송련합회사", ["sdn:12212", "un:KPe.010", "uk:11282", "kaist:rpl-8aefb237e446aa87aaf8"]),
    ("h13-017", "Organization", "Syria", "مركز الدراسات والبحوث العلمية", ["sdn:9352", "uk:12426", "kaist:rpl-0879ebf4de6d70a0f504", "kaist:rpl-cfbedaf7693ed79c9f2a"]),
    ("h13-018", "Organization", "Syria", "المعهد العالي للعلوم التطبيقية والتكنولوجيا", ["sdn:10128", "kaist:rpl-0ba24da8f48097e3e60a", "kaist:rpl-db1dab1187d881c2b784"]),
    ("h13-019", "Organization", "Syria", "المخبر الوطني للمعايير والمعايرة", ["sdn:10130", "kaist:rpl-7dfe28c7903ce73e76d5", "kaist:rpl-ab5cb9a2881eef095176"]),
    ("h13-020", "Organization", "China", "中国精密机械进出口总公司", ["sdn:9753", "kaist:rpl-31a6d4e932c313f17889"]),
    ("h13-021", "Organization", "China", "", ["sdn:9749", "kaist:rpl-9dad5a01331b8f6327a9"]),
    ("h13-022", "Organization", "China", "北京爱立特微电子科技有限公司", ["sdn:9750", "kaist:rpl-014667bc59825709f1d3", "kaist:rpl-24c23bd3ccfd8606b586"]),
    ("h13-023", "Organization", "Russia", "АО «ВПК «НПО машиностроения»", ["sdn:16884", "kaist:rpl-78aa2d93b3b6431a9001"]),
    ("h13-024", "Organization", "Pakistan", "خان ریسرچ لیبارٹریز", ["kaist:rpl-3541d1827ac3f33e23de", "kaist:rpl-2d941a23afca5fda9e3f"]),
    ("h13-025", "Organization", "Pakistan", "نیشنل ڈیولپمنٹ کمپلیکس", ["kaist:rpl-af20b7fc70faf1199c39", "kaist:rpl-18502030fba19f845c2f"]),
    ("h13-026", "Person", "China", "李方伟", ["sdn:11447"]),
    ("h13-027", "Person", "Pakistan", "عبدالقدیر خان", ["sdn:11357"]),
    ("h13-028", "Person", "Iran", "احمد وحید دستجردی", ["sdn:10582", "un:IRi.012", "uk:9003"]),
    ("h13-029", "Person", "Iran", "رضاقلی اسماعیلی", ["sdn:10583", "un:IRi.015", "uk:9004"]),
    ("h13-030", "Person", "Iran", "بهمنیار مرتضی بهمنیار", ["sdn:10581", "un:IRi.009", "uk:9005"]),
    ("h13-031", "Person", "North Korea", "리제선", ["sdn:12216", "un:KPi.002"]),
    ("h13-032", "Person", "North Korea", "백창호", ["sdn:15667", "un:KPi.006"]),
    ("h13-033", "Person", "North Korea", "장명진", ["sdn:15668", "un:KPi.007"]),
    ("h13-034", "Person", "North Korea", "리병철", ["sdn:23215", "un:KPi.076", "uk:13546", "uk:13572"]),
    ("h13-035", "Person", "North Korea", "김정식", ["sdn:23214", "un:KPi.066", "uk:13561"]),
    ("h13-036", "Person", "Taiwan", "", ["sdn:23823", "un:KPi.080"]),
    ("h13-037", "Organization", "North Korea", "국가우주개발국", ["sdn:19530", "un:KPe.029", "uk:13343", "kaist:rpl-0f9b78fda3033ebefdf4"]),
]


def nkey(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def srcname(r):
    return r["src"].split(":")[-1] if r["src"].startswith("kaist:") else {"sdn": "ofac-sdn", "un": "un-sc", "uk": "uk-hmt-2018", "cons": "ofac-nonsdn"}.get(r["src"], r["src"])


def merge(pid, schema, country, native, recs):
    names, weak, natives, progs, srcs, dates = [], [], [], [], [], []
    seen = set()
    for r in recs:
        for nm in [r["name"]] + r["aliases"]:
            for part in re.split(r";\s*", nm):
                part = part.strip().strip('"')
                k = nkey(part)
                if part and k not in seen:
                    seen.add(k); names.append(part)
        for nm in r.get("weak", []):
            if nkey(nm) not in seen:
                seen.add(nkey(nm)); weak.append(nm)
        for nm in r["native"]:
            if nm and nm not in natives and r["src"] == "un":
                natives.append(nm)
        for p in re.split(r";", r["programs"] or ""):
            if p and p not in progs: progs.append(p)
        s = srcname(r)
        if s not in srcs: srcs.append(s)
        d = r.get("listed_on") or ""
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", d)
        if m: d = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", d): dates.append(d)
    if native and native not in natives:
        natives.insert(0, native)
    return dict(id=pid, schema=schema, name=names[0], aliases=";".join(names[1:]), weak_aliases=";".join(weak),
                original_script=";".join(natives), country=country or recs[0].get("country", ""), programs=";".join(progs),
                sources=";".join(srcs), listed_on=min(dates) if dates else "")


def main():
    recs = rawlists.all_records()
    byid = {}
    for r in recs:
        byid.setdefault(r["id"], r)
    rows, used = [], set()
    for pid, schema, country, native, ids in PARTIES:
        rs = [byid[i] for i in ids]
        used.update(ids)
        rows.append(merge(pid, schema, country, native, rs))
    # filler: UN DPRK / Iran records plus their same-name SDN / UK records
    index = {}
    for r in recs:
        if r["src"] in ("sdn", "uk"):
            for nm in [r["name"]] + r["aliases"]:
                index.setdefault(nkey(nm), []).append(r)
    un = [r for r in recs if r["src"] == "un" and re.match(r"un:(KP|IR)", r["id"]) and r["id"] not in used]
    n = len(rows)
    for r in un:
        if len(rows) >= n + 160:
            break
        group = [r]
        for m in index.get(nkey(r["name"]), []):
            if m["id"] not in used and m not in group and m["schema"] == r["schema"]:
                group.append(m)
        if any(g["id"] in used for g in group):
            continue
        used.update(g["id"] for g in group)
        rows.append(merge(f"h13-{len(rows)+1:03d}", r["schema"], r["country"], "", group))
    # and some SDN NPWMD entities not yet used (China, UAE, Iran fronts)
    sdn = [r for r in recs if r["src"] == "sdn" and "NPWMD" in r["programs"] and r["id"] not in used and r["schema"] == "Organization"]
    sdn.sort(key=lambda r: int(r["id"].split(":")[1]))
    for r in sdn[::7][:45]:
        used.add(r["id"])
        rows.append(merge(f"h13-{len(rows)+1:03d}", "Organization", "", "", [r]))
    out = os.path.join(HERE, "corpus", "list.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "schema", "name", "aliases", "weak_aliases", "original_script", "country", "programs", "sources", "listed_on"])
        w.writeheader()
        for row in rows:
            w.writerow(row)
    print(f"{len(rows)} rows ({len(PARTIES)} named in the documents) -> {out}")


if __name__ == "__main__":
    main()
