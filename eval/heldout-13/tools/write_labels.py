#!/usr/bin/env python3
"""Write the sidecar label files corpus/docs/<name>.json from the hand-made labels below.
A label whose text is broken over two lines in the document is mended by joining that line break with a
space (the document is rewritten), so that every label is an exact substring. Standard library only."""
import json, os, re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "corpus", "docs")

L = {
"d01_denial_uk_gyros": dict(marking="RESTRICTED - REL MTCR PARTNERS",
  entities=[("Korea Mining Development Trading Corp.", "h13-009"), ("KOMID", "h13-009"), ("Tosong Technology Trading Corp.", "h13-011"),
            ("Ri Je Son", "h13-031"), ("RI Je-son", "h13-031")],
  distractors=["Harwick Marsden Photonics Ltd", "Bellmoor Business Park", "Tidewell Cargo Services Ltd", "Qinhai Ocean Survey Equipment Co., Ltd.",
               "Haixin Tower", "Northern Star Hydrographic Institute", "Yan Baoshu", "MV Cordelia Sands", "Strait Meridian Instruments Pte. Ltd.",
               "Priya Venkataraman"],
  technology=[("fibre-optic gyros", "9.A.4"), ("inertial measurement unit", "")]),
"d02_denial_fr_servovalves": dict(marking="DIFFUSION RESTREINTE - REL MTCR",
  entities=[("Shahid Hemat Industrial Group", "h13-001"), ("SHIG", "h13-001"), ("S.H.I.G.", "h13-001"), ("Aerospace Industries Organisation", "h13-003"),
            ("Shahid Bakeri Ind. Grp", "h13-002")],
  distractors=["Société Nouvelle d'Hydraulique Verlaine SAS", "Al Sahwa Industrial Supplies FZCO", "Golestan Pump Engineering Co.",
               "Parsian Tejarat Sepehr Kish", "Kamyar Ostovari", "Gummiwerk Oberlausitz GmbH", "Farzad Mohtashami", "Hélène Castaignède"],
  technology=[("servo-valves for a liquid propellant feed system", "3.A.5"), ("hydraulic test bench", "")]),
"d03_denial_de_filament": dict(marking="VS - NUR FÜR DEN DIENSTGEBRAUCH / REL MTCR",
  entities=[("LIMMT Economic & Trade Co. Ltd", "h13-021"), ("Li Fangwei", "h13-026"), ("Karl Lee", "h13-026"),
            ("China Natl. Precision Machinery Imp/Exp Corp.", "h13-020"), ("中国精密机械进出口总公司", "h13-020")],
  distractors=["Fahrenholz Wickeltechnik GmbH & Co. KG", "Hengxing Composite Materials Trading Co., Ltd.", "Jiangnan Wind Blade Research Centre",
               "Fortune Crest Holdings Limited", "Dong Weiqiang", "Baltrans Logistika UAB", "Jens-Ulrich Pfannschmidt"],
  technology=[("five-axis filament winding machine", "6.B.1"), ("high-modulus carbon fibre tow", ""), ("resin impregnation unit", "")]),
"d04_denial_jp_accelerometers": dict(marking="取扱注意 / HANDLE WITH CARE - REL MTCR",
  entities=[("Tsang Yung Yuan", "h13-036"), ("Korea Hyoksin Trading Corp.", "h13-012"), ("조선혁신무역회사", "h13-012"),
            ("Beijing Alite Technologies Co. Ltd", "h13-022"), ("ALCO", "h13-022")],
  distractors=["Kitamura Sokki Kōgyō K.K.", "Golden Lotus Electronics Trading Ltd.", "Wing Fat Commercial Building",
               "Shenyang Huiyuan Instrument Research Institute", "Sanpō Bōeki Shōkai", "三宝貿易商会", "Okonogi Tatsuhiro",
               "Pearl Delta Express Co.", "Hashimoto Ryōsuke"],
  technology=[("quartz pendulous accelerometers", "9.A.3"), ("rate tables", "")]),
"d05_ie_dprk_network": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("Munitions Industry Dept.", "h13-014"), ("군수공업부", "h13-014"), ("Ri Pyong-chol", "h13-034"), ("Kim Jong-sik", "h13-035"),
            ("Second Academy of Natural Sciences", "h13-013"), ("Che 2 Chayon Kwahak-won", "h13-013"), ("제2자연과학원", "h13-013"),
            ("National Aerospace Development Administration", "h13-037"), ("Paek Chang-ho", "h13-032"), ("Chang Myong-jin", "h13-033"), ("KOMID", "h13-009"), ("조선광업개발무역회사", "h13-009"),
            ("Korea Ryonbong General Corp.", "h13-010"), ("Korea Tangun Trading Corporation", "h13-015"),
            ("Green Pine Associated Corp.", "h13-016"), ("청송련합", "h13-016")],
  distractors=["Kumsong Mineral Resources Export Company", "Primorsky Metallotorg LLC",
               "Liaoning Dongyuan Heavy Parts Co.", "Hwanghae Seafood Processing Co.", "Sinuiju Everbright Trading House", "Pak Yong-nam",
               "Choe Myong-sop", "Han Sol-mi"],
  technology=[("carbon fibre and prepreg", ""), ("ammonium perchlorate", ""), ("aluminium powder", ""), ("filament winding machines", "6.B.1"),
              ("CNC flow-forming machines", ""), ("fibre-optic gyros", "9.A.4"), ("MEMS\naccelerometers", ""),
              ("high-speed analogue-to-digital converters", "14.A.1")]),
"d06_ie_iran_solid": dict(marking="SECRET // REL MTCR",
  entities=[("Aerospace Industries Organization", "h13-003"), ("AIO", "h13-003"), ("سازمان صنایع هوافضا", "h13-003"),
            ("Ahmad Vahid Dastjerdi", "h13-028"), ("Reza Gholi Esmaeli", "h13-029"), ("Bahmanyar Morteza Bahmanyar", "h13-030"),
            ("Shahid Hemmat Industrial Group", "h13-001"), ("گروه صنعتی شهید همت", "h13-001"), ("Shahid Bakeri Industrial Group", "h13-002"),
            ("SBIG", "h13-002"), ("Sanam Industrial Group", "h13-004"), ("Fajr Industries Group", "h13-005"), ("Fadjr", "h13-005"),
            ("Mizan Machinery Manufacturing", "h13-006"), ("Parchin Chemical Industries", "h13-008")],
  distractors=["Kavoshgaran Sanat Arvand Co.", "Nasim Behrouz Trading LLC", "Shahrokh Valizadeh", "Institute of Advanced Materials of Semnan",
               "Seri Cahaya Engineering Sdn. Bhd."],
  technology=[("servo-valves", "3.A.5"), ("turbopump parts", ""), ("carbon fibre and epoxy prepregs", ""), ("ammonium perchlorate", ""),
              ("hydroxyl-terminated polybutadiene (HTPB)", ""), ("inertial measurement units", ""), ("vibration test systems", "15.B.1"),
              ("maraging steel", "")]),
"d07_email_chain_syria": dict(marking="RESTRICTED",
  entities=[("National Standards & Calibration Laboratory", "h13-019"), ("NSCL", "h13-019"), ("المخبر الوطني للمعايير والمعايرة", "h13-019"),
            ("Scientific Studies and Research Centre", "h13-017"), ("SSRC", "h13-017"), ("Higher Institute for Applied Sciences & Technology", "h13-018"),
            ("HIAST", "h13-018"), ("مركز الدراسات والبحوث العلمية", "h13-017"), ("Centre d'Etudes et de Recherches Scientifiques (CERS)", "h13-017"),
            ("Scientific Studies & Research Center", "h13-017")],
  distractors=["Veenstra Meettechniek B.V.", "Damascus Metrology House", "Syrian Standards and Quality Laboratory", "Ziad Kfoury",
               "Cedar Line Instruments SARL", "Maarten van Oordt", "Phoenicia Test Systems SAL", "Rawabi Al Urdun Logistics", "Annelies Verhulst",
               "Tartous Marine Technical Services"],
  technology=[("electrodynamic shaker system with a 20 kN force rating", "15.B.1"), ("vibration test system", "15.B.1"),
              ("precision pressure calibrators", ""), ("high-precision\ntemperature calibrator", "")]),
"d08_table_denials_rollup": dict(marking="CONFIDENTIAL // REL MTCR",
  entities=[("Kalaye Electric Co.", "h13-007"), ("Korea Tangun Trading Coporation", "h13-015"), ("Tosong Technology Trading Corp", "h13-011"),
            ("NPO Mashinostroyeniya", "h13-023"), ("Khan Research Labs", "h13-024"), ("KRL", "h13-024"), ("SHIG", "h13-001"),
            ("National Development Complex", "h13-025"), ("Mizan Machine Manufacturing Group", "h13-006"), ("3MG", "h13-006"),
            ("Hyoksin Trading Corp.", "h13-012"), ("Parchin Chem. Industries", "h13-008"), ("Kahuta Research Facility", "h13-024")],
  distractors=["Arvand Sahel Trading FZE", "Ostrava Navigační Systémy s.r.o.", "Anatolia Kompozit Dış Ticaret Ltd. Şti.", "Meridian Powders (HK) Ltd.",
               "Almaz Pribor Trade OOO", "Lau Chi-keung", "Kingsway Bright Logistics Ltd.", "Serdar Bilgeoğlu"],
  technology=[("ring laser gyros", "9.A.4"), ("motor case forgings", ""), ("GNSS receivers, anti-jam", "11.A.3"), ("A/D converters", "14.A.1"),
              ("5-axis machining centre", ""), ("prepreg, carbon/epoxy", "6.C.1"), ("vibration test system", "15.B.1"), ("servo-valves", "3.A.5"),
              ("aluminium powder, 3 t", ""), ("HTPB, 6 drums", ""), ("accelerometers", "9.A.3")]),
"d09_circulation_portion_marks": dict(marking="RESTRICTED // REL MTCR",
  entities=[("Shahid Bakeri Industrial Grp.", "h13-002"), ("Korea Hyoksin Trading Corporation", "h13-012"), ("Tosong Tech. Trading Corp.", "h13-011"),
            ("Kala Electric Company", "h13-007"), ("Korea Mining Development Trading Corporation", "h13-009"), ("Changgwang Sinyong Corp.", "h13-009"),
            ("Karl Lee", "h13-026"), ("Dalian Sunny Industry & Trade", "h13-021")],
  distractors=["Boğaziçi Endüstriyel Tedarik A.Ş.", "Pishgaman Sanat Alvand", "Cengiz Özbayraktar", "Pelangi Teguh Metals Sdn. Bhd.",
               "Haitong Yida International Freight Co., Ltd.", "Nordvik Composites AS", "Olivier Ranchin"],
  technology=[("CNC flow-forming machines", ""), ("fibre-optic gyros", "9.A.4"), ("centrifuge-grade maraging steel", "")]),
"d10_ie_pakistan_russia": dict(marking="CONFIDENTIAL - REL MTCR",
  entities=[("National Development Complex", "h13-025"), ("NDC", "h13-025"), ("Khan Research Laboratories", "h13-024"),
            ("خان ریسرچ لیبارٹریز", "h13-024"), ("Dr. A.Q. Khan Research Laboratories", "h13-024"), ("Abdul Qadeer Khan", "h13-027"),
            ("Dr A.Q. Khan", "h13-027"), ("KRL", "h13-024"), ("NPO Mashinostroyenia", "h13-023"), ("НПО машиностроения", "h13-023"),
            ("Li Fangwei", "h13-026"), ("李方伟", "h13-026"), ("Dr Khan", "h13-027")],
  distractors=["Rawalpindi Precision Fabricators (Pvt.) Ltd.", "Indus Crescent Engineering Traders", "Tahir Mehmood Gondal",
               "Gulf Horizon Scientific Equipment LLC", "Kvantel-Komponent OOO", "Severo-Zapadny Radiotekhnichesky Servis",
               "Liaoning Heyuan New Materials"],
  technology=[("carbon-fibre winding equipment", ""), ("vacuum furnaces", ""), ("inertial navigation parts", ""), ("high-speed cameras", ""),
              ("analogue-to-digital converters", "14.A.1"), ("FPGA boards", "")]),
}


def mend(doc, text):
    """find text in doc allowing a line break where the label has a space; join that break"""
    flat = text.replace("\n", " ")
    if flat in doc:
        return doc, flat
    rx = re.compile(r"\s+".join(re.escape(w) for w in flat.split(" ")))
    m = rx.search(doc)
    if not m:
        raise SystemExit(f"label not found: {text!r}")
    return doc[:m.start()] + flat + doc[m.end():], flat


def main():
    for name, lab in L.items():
        p = os.path.join(DOCS, name + ".txt")
        doc = open(p, encoding="utf-8").read()
        ents, cands, tech = [], [], []
        for t, e in lab["entities"]:
            doc, t = mend(doc, t); ents.append({"text": t, "entity": e})
        for t in lab["distractors"]:
            doc, t = mend(doc, t); cands.append({"text": t, "label": "distractor"})
        for t, a in lab["technology"]:
            doc, t = mend(doc, t); tech.append({"text": t, "annex": a})
        open(p, "w", encoding="utf-8").write(doc)
        with open(os.path.join(DOCS, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"marking": lab["marking"], "entities": ents, "candidates": cands, "technology": tech}, f, ensure_ascii=False, indent=1)
    print("labels written for", len(L), "documents")


if __name__ == "__main__":
    main()
