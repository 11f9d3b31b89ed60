import json, os, re, csv
D = "corpus/docs"
O, P = "organisation", "person"
LABELS = {
"01-ie-dprk-procurement-network.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("Korea Mining Development Trading Corp.","L-001"),("KOMID","L-001"),("조선광업개발무역회사","L-001"),
            ("Green Pine Associated Corp.","L-006"),("Green Pine","L-006"),("Chongsong Yonhap","L-006"),
            ("Tanchon Commercial Bank","L-003"),("KIM Chol-sam","L-014"),("金铁三","L-014"),("Korea\nRyonbong General Corp.","L-002")],
  candidates=[("HAEBIT PRECISION TRADING CO., LTD.",O),("Haebit Precision Trading Co., Ltd.",O),("Haebit Precision Trading",O),("Sunwell Marine Tech (HK) Ltd",O),("Sunwell Marine Tech",O),("LAU Wing-sze",P),("PAK Song-il",P)],
  technology=[("fibre-optic gyroscopes",["9.A.4"]),("miniature accelerometers",["9.A.3"]),("maraging steel",["6.C.8"]),("turbojet engines",["3.A.1"]),("five-axis machine tools",[])]),
"02-denial-notification-gyros.txt": dict(marking="SECRET // REL MTCR",
  entities=[("FARAYAND TECHNIC","L-021"),("Farayand Tech.","L-021"),("Shahid Hemmat Ind. Group","L-016"),("SHIG","L-016")],
  candidates=[("NordOptik Sensorsysteme GmbH",O),("Arvand Sazeh Trading FZE",O),("Arvand Sazeh\n                                Trading FZE",O),("Golden Crane Logistics LLC",O),("Kish Oceanographic Survey Co.",O),("Hamed Rostamzadeh",P),("Ali Reza Tavassoli",P)],
  technology=[("Ring laser gyroscopes",["9.A.4"]),("quartz flexure accelerometers",["9.A.3"]),("gyros",["9.A.4"])]),
"03-email-licensing-query.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("Mizan Machinery Mfg. Co.","L-024"),("3MG","L-024"),("Shahid Hemat Industries Group","L-016"),("S.H.I.G.","L-016"),("SHIG","L-016")],
  candidates=[("Tehran Pars Kavosh Co.",O),("Tehran Pars Kavosh",O),("Kavosh Pipe & Tank Mfg.",O),("Saeed Nikbakht-Haghighi",P)],
  technology=[("filament winding machine",["6.B.1"]),("filament winder",["6.B.1"]),("carbon fibre prepreg",["6.C.1"]),("flow-forming rollers",["3.B.3"]),("composite motor\n    cases",["3.A.3"])]),
"04-meeting-summary-ie.md": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("Aerospace Industries Org.","L-025"),("AIO","L-025"),("سازمان صنایع هوافضا","L-025"),("Shahid Bakeri Industrial Grp","L-017"),("SBIG","L-017"),
            ("Sanam Industries Group","L-020"),("Sanam","L-020"),("A. V. Dastjerdi","L-022"),("Ahmad Vahid DASTJERDI","L-022"),("Dastjerdi","L-022"),("Bahmanyar M. Bahmanyar","L-023")],
  candidates=[("Ege Dinamik Test Sistemleri A.S.",O),("Ege Dinamik",O),("Murat Kaplanoglu",P),("Ningbo Jiahe Instrument Co., Ltd.",O),("宁波嘉禾仪器有限公司",O)],
  technology=[("ammonium perchlorate",["4.C.4"]),("HTPB",["4.C.5"]),("rocket motor cases",["3.A.3"]),("vibration test equipment",["15.B.1"]),("accelerometers",["9.A.3"]),("MEMS gyros",["9.A.4"])]),
"05-press-release-limmt.txt": dict(marking="UNCLASSIFIED",
  entities=[("LI Fangwei","L-026"),("Li Fangwei","L-026"),("Karl Lee","L-026"),("李方伟","L-026"),("LIMMT Economic & Trade Co., Ltd.","L-027"),("LIMMT Economic and Trade Company","L-027"),("LIMMT","L-027"),
            ("Dalian Sunny Industry and Trade Co.","L-027"),("Sino Metallurgy & Minmetals\nIndustry Co. Ltd","L-027")],
  candidates=[("Dalian Haoxiang Carbon Materials Co., Ltd.",O),("Liaoning Beifang Huacheng Trading Co., Ltd.",O)],
  technology=[("maraging steel",["6.C.8"]),("graphite cylinders of fine grain",["6.C.3"]),("fine-grain graphite",["6.C.3"]),("gyroscopes",["9.A.4"]),("gyros",["9.A.4"]),("accelerometers",["9.A.3"]),("tungsten-copper alloy parts",["6.C.7"])]),
"06-ie-dprk-sans-liquid-engines.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("SECOND ACADEMY OF NATURAL SCIENCES","L-007"),("2nd Academy of Natural Sciences","L-007"),("제2자연과학원","L-007"),("SANS","L-007"),
            ("CH'OE Ch'un-sik","L-012"),("JANG Chang-ha","L-013"),("Munitions Industry Dept.","L-008"),("군수공업부","L-008"),("MID","L-008"),("RI Pyong-chol","L-015"),
            ("Korea Tangun Trading Corp","L-005"),("Tangun","L-005"),("Ryungseng Trading Corporation","L-005"),("Kuryonggang Trading Corp.","L-005"),("조선단군무역회사","L-005")],
  candidates=[("Sinuiju Kwangmyong Machinery Co.",O),("Dandong Jinhuan Industrial Trade Co., Ltd.",O),("丹东金环工贸有限公司",O),("JO Kwang-hyok",P)],
  technology=[("liquid-propellant engines",["2.A.1.c"]),("complete\nrocket propulsion subsystems",["2.A.1.c"]),("UDMH",["4.C.2"]),("nitrogen tetroxide",["4.C.4"]),("servo valves",["3.A.5"]),("Guidance sets",["2.A.1.d"]),("gyroscopes",["9.A.4"]),("accelerometers",["9.A.3"]),("cryogenic valves",[])]),
"07-denial-uav-turbojet.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("DEFENSE INDUSTRIES ORG.","L-018"),("DIO","L-018"),("Sazemane Sanaye Defa","L-018"),("Defence Industries Organisation","L-018")],
  candidates=[("Aeromotori Lombardi S.r.l.",O),("Anka Havacilik ve Savunma Tic. Ltd. Sti.",O),("Anka Havacilik",O),("Pishro Sanat Parvaz Co.",O),("Pishro Sanat Parvaz",O),("Serkan\nYildirim",P)],
  technology=[("Small turbojet engines",["3.A.1"]),("turbojet engines",["3.A.1"]),("Complete UAV airframes",["1.A.2"])]),
"08-email-banking-channels.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("BANK SEPAH","L-019"),("Bank Sepah","L-019"),("Sepah Bank Intl","L-019"),("Sepah","L-019"),("Aerospace\nIndustries Organisation","L-025"),
            ("Korea Kwangson Banking Corp","L-010"),("KKBC","L-010"),("Tanchon Commercial Bk","L-003"),("Korea Hyoksin Trading Corporation","L-004")],
  candidates=[("Novin Gulf Exchange LLC",O),("Novin Gulf Exchange",O),("Shenyang Yuanda Huafeng Commerce Co., Ltd.",O)],
  technology=[("CNC machine tools",[]),("gyroscopes",["9.A.4"])]),
"09-ie-syria-ssrc.txt": dict(marking="SECRET // REL MTCR",
  entities=[("Scientific Studies & Research Centre","L-029"),("Scientific Studies and Research Centre","L-029"),("Scientific Studies and Research Center","L-029"),
            ("Centre\nd'Etudes et de Recherches Scientifiques","L-029"),("CERS","L-029"),("مركز الدراسات والبحوث العلمية","L-029"),("SSRC","L-029")],
  candidates=[("Cedar Crest Industrial Supplies S.A.L.",O),("Cedar Crest Industrial Supplies",O),("Cedar\nCrest",O),("Fadi Nakhleh",P),("Al Waha Marine\nEquipment Trading L.L.C.",O),("Al Waha Marine Equipment Trading",O),("Bassam Haddad-Khoury",P)],
  technology=[("gyroscopes",["9.A.4"]),("inertial measurement units",["9.A.6"]),("carbon-carbon materials",["6.C.2"]),("complete guidance sets",["2.A.1.d"])]),
"10-chair-report-outreach.html": dict(marking="RESTRICTED // REL MTCR",
  entities=[("China Precision Machinery Import-Export Corp.","L-028"),("CPMIEC","L-028"),("中国精密机械进出口总公司","L-028"),
            ("National Aerospace Development Administration","L-009"),("NADA","L-009"),("National Aerospace Technology Administration","L-009")],
  candidates=[("Zhongshan Lianyi Electronic Technology Co., Ltd.",O),("Mecca Horizon Logistics Sdn. Bhd.",O)],
  technology=[("complete rocket systems",["1.A.1"]),("space launch\nvehicles",["1.A.1"]),("satellite navigation receivers",["11.A.3"]),("analogue-to-digital converters",["14.A.1"]),("gyroscopes",["9.A.4"]),("filament winding machines",["6.B.1"])]),
"11-ie-hyoksin-russia.txt": dict(marking="CONFIDENTIAL // REL MTCR // NOT FOR OUTREACH",
  entities=[("Korea Ryonbong Gen. Corp","L-002"),("KRGC","L-002"),("Ryonbong","L-002"),("Korea Hyoksin Trading Corp.","L-004"),("Hyoksin Export & Import Corp.","L-004"),("Korea Hyoksin","L-004"),("조선혁신무역회사","L-004"),("RI Je Son","L-011")],
  candidates=[("ООО «Техснаб-Восток»",O),("Tekhsnab-Vostok LLC",O),("Tekhsnab-Vostok",O),("Игорь Валерьевич Седов",P),("Igor Valeryevich SEDOV",P),("Sedov",P),("Анна Кузнецова",P),("Anna Kuznetsova",P)],
  technology=[("rate tables",["9.B.2"]),("gyroscope test station",["9.B.1"]),("maraging steel rods",["6.C.8"]),("vacuum induction furnaces",[])]),
"12-denial-review-flowforming.txt": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("MIZAN MACHINERY MANUFACTURING","L-024"),("3MG","L-024"),("Mizan Machinery Mfg","L-024"),("3 M Group","L-024"),("SHAHID HEMMAT IND. GRP","L-016"),("SHIG","L-016")],
  candidates=[("Pars Tavan Sazan Engineering Co.",O),("Pars Tavan Sazan",O),("Arya Forge Technology Co.",O),("Hossein Jafarzadeh-Sarabi",P),("Borneo Precision Metals Sdn Bhd",O)],
  technology=[("CNC flow-forming machine",["3.B.3"]),("flow-forming machine",["3.B.3"]),("maraging steel",["6.C.8"]),("rocket motor cases",["3.A.3"])]),
"13-news-digest-romanization.txt": dict(marking="UNCLASSIFIED // FOR OFFICIAL USE",
  entities=[("Joseon Gwangeop\nGaebal Muyeok Hoesa","L-001"),("Korea Mining Development Trading Corporation","L-001"),("KOMID","L-001"),("Dancheon Commercial Bank","L-003"),("단천상업은행","L-003"),
            ("Green Pine","L-006"),("청송련합회사","L-006"),("Cheongsong Yeonhap","L-006"),("Korea Kwangseon Banking Corporation","L-010")],
  candidates=[("Rason Haesong Marine Products\nCo.",O),("Rason Haesong",O),("Kim Yong-jun",P)],
  technology=[("carbon-fibre composite motor cases",["3.A.3","6.A.1"]),("inertial measurement units",["9.A.6"]),("GNSS receivers",["11.A.3"]),("satellite launch vehicle",["1.A.1"])]),
}

def nonoverlap_count(text, labels):
    """leftmost-longest, non-overlapping occurrences of the label strings"""
    spans = []
    for lab in labels:
        for m in re.finditer(re.escape(lab), text): spans.append((m.start(), -len(lab), lab))
    spans.sort(); out = []; end = -1
    for s, nl, lab in spans:
        if s >= end: out.append(lab); end = s - nl
    return out

ids = {r["id"] for r in csv.DictReader(open("corpus/list.csv"))}
tot_m = tot_c = tot_t = 0; used = set()
for fn, lab in LABELS.items():
    text = open(os.path.join(D, fn), encoding="utf-8").read()
    for kind in ("entities", "candidates", "technology"):
        for t, *_ in lab[kind]:
            assert t in text, (fn, kind, t)
    for t, e in lab["entities"]: assert e in ids, e; used.add(e)
    ments = nonoverlap_count(text, [t for t, _ in lab["entities"]])
    tot_m += len(ments); tot_c += len(lab["candidates"]); tot_t += len(lab["technology"])
    out = {"marking": lab["marking"],
           "entities": [{"text": t, "entity": e} for t, e in lab["entities"]],
           "candidates": [{"text": t, "label": l} for t, l in lab["candidates"]],
           "technology": [{"text": t, "annex": a} for t, a in lab["technology"]]}
    base = fn.rsplit(".", 1)[0]
    json.dump(out, open(os.path.join(D, base + ".labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{fn}: {len(lab['entities'])} entity strings, {len(ments)} mentions, {len(set(e for _, e in lab['entities']))} entities, {len(lab['candidates'])} candidates, {len(lab['technology'])} tech")
print("total mentions", tot_m, "candidates", tot_c, "tech", tot_t, "entities used", len(used), sorted(ids - used))
