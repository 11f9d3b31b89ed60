import json, random, re, sys
from collections import Counter
sys.path.insert(0, "tools")
from lists import ofac_rows, load_names, fold, tokens
SEED = 20261205
rng = random.Random(SEED + 7)
pick = rng.choice

ind, ent = [], []
for r in ofac_rows("/work/shared/data/raw/ofac_sdn/sdn.csv"):
    if len(r) < 4 or not re.search(r"NPWMD|DPRK|IFSR|IRAN", r[3]): continue
    if r[2] == "individual" and "," in r[1]: ind.append((r[1], r[3]))
    elif r[2] in ("", "-0-"): ent.append((r[1], r[3]))
listed_fold = {fold(n) for n, _ in load_names()}
listed_tok = {" ".join(sorted(tokens(n))) for n, _ in load_names() if len(tokens(n)) >= 2}

KO_FAM = {"KIM","RI","PAK","CHOE","JON","JONG","HAN","KANG","PAE","JANG","CHANG","O","YUN","KWAK","SIN","CHO","HWANG","CHOI","LEE","PARK","JO","KO","RYU","SO","HONG","MUN","AN","KIL","SONG"}
KO_SYL = "Chol Song Myong Hyok Il Nam Yong Jin Kwang Chun Sok Ho Hun Gyong Su Hui Ok Ryong Su Jun Tae Hyon Un Won Bok Gil Dok Man Chan Sun Hak Yon Ung Guk Sam Chon Kun Mi Hwa".split()
KO_SYL_RR = "Seong Min Ji Hoon Hyun Woo Joon Seo Yeon Eun Jae Dong Kyung Sang Tae Young Hee Jung Sook Bin Ha Yoon Da Chan Gyu Sik Ho Rim".split()
IR_GIVEN = "Mohammad Ali Hossein Hassan Reza Mahmoud Ahmad Mehdi Hamid Abbas Javad Majid Mostafa Saeed Amir Morteza Gholam Hadi Ebrahim Mojtaba Akbar Naser Davoud".split()
IR_COMMON = {"MOHAMMAD","MOHAMMED","MUHAMMAD","ALI","HOSSEIN","HOSEIN","HASSAN","HASAN","REZA","AHMAD","MAHMOUD","SEYYED","SAYYED","SEYED","SAYED","AKBAR","ABBAS","MEHDI","HAMID","ABDUL","ABDOLLAH","JAVAD","MOJTABA","MOSTAFA","SAEED","SAID","AMIR","EBRAHIM","IBRAHIM","YUSUF","YOUSEF"}
IR_FAM = "Farzaneh Roshan Kalantari Nikpour Shojaei Motamedi Afshar Behrouzi Davoudi Fallahi Ghiasi Hamedani Jahanbani Kheirabadi Lotfi Moezzi Nasseri Pakzad Qaderi Rahbar Sepehri Tahmasbi Vakili Yaghoubi Zarrin Bakhtiari Chamani Dorri Eshghi Firouzi".split()
AR_FAM = "Al-Hassan Al-Yusuf Haddad Al-Rawi Khoury Al-Amiri Saleh Al-Tikriti Nassif Barakat Al-Hakim Mansour Qasim Al-Jabri Shaker".split()
CN_FAM = {"LI","WANG","ZHANG","LIU","CHEN","YANG","HUANG","ZHAO","WU","ZHOU","XU","SUN","MA","ZHU","HU","GUO","HE","LIN","GAO","LUO","ZHENG","LIANG","SU","TIAN","JIANG","HAN","SHEN","CHIANG"}
CN_GIV = "Wei Jun Hao Lei Ming Yan Jing Fang Qiang Tao Xin Yu Bo Hui Ping Dong Chao Lin Feng Gang".split()
RU_GIV = "Aleksandr Sergey Dmitriy Andrey Igor Oleg Nikolay Pavel Yuriy Viktor Mikhail Ivan Vladimir Anatoliy".split()

out, seen = [], set()
def add(trap, name, near, schema, script, locale):
    k = fold(name)
    if k in seen or k in listed_fold or k == fold(near): return False
    if schema == "Person" and " ".join(sorted(tokens(name))) in listed_tok: return False
    seen.add(k); out.append(dict(schema=schema, name=name, script=script, locale=locale, trap=trap, near=near)); return True

def split_ofac(n):
    fam, giv = [x.strip() for x in n.split(",", 1)]
    return fam, giv.split()
def title(s): return "-".join(p.capitalize() for p in s.split("-"))

# ---- common-parts: keep only common name parts (family and/or given), replace the rest, vary order
def common_parts():
    cands = [(n, p) for n, p in ind]
    rng.shuffle(cands); made = 0
    for n, p in cands:
        if made >= 120: break
        fam, giv = split_ofac(n)
        F, G = fam.upper(), [g.upper() for g in giv]
        if F in KO_FAM and len(giv) >= 1:
            # same common family, one shared common syllable at most, rest replaced
            new_g = [pick([s for s in KO_SYL if s.upper() not in G]) for _ in range(2)]
            if rng.random() < 0.5 and len(giv) >= 1: new_g[1] = giv[0].capitalize() if giv[0].upper() not in ("",) else new_g[1]
            nm = pick([f"{fam.capitalize()} {new_g[0]} {new_g[1]}", f"{fam.capitalize()} {new_g[0]}-{new_g[1].lower()}"])
            made += add("common-parts", nm, n, "Person", "Latin", "ko_Latn")
        elif F in CN_FAM and len(giv) == 1:
            nm = pick([f"{fam.capitalize()} {pick(CN_GIV)}{pick(CN_GIV).lower()}", f"{pick(CN_GIV)} {fam.capitalize()}"])
            made += add("common-parts", nm, n, "Person", "Latin", "zh_Latn")
        elif any(g in IR_COMMON for g in G) or F in IR_COMMON:
            common = [g.capitalize() for g in G if g in IR_COMMON]
            if F.replace("AL-","").replace("AL ","") in IR_COMMON: common.append(fam.title())
            if not common: continue
            # Arabic style: reorder, Al- prefix on a common part, new tribe/family name
            if rng.random() < 0.5:
                extra = pick(IR_FAM)
                nm = " ".join(common[:2]) + " " + extra
                made += add("common-parts", nm, n, "Person", "Latin", "fa_Latn")
            else:
                c = common[:]; rng.shuffle(c)
                nm = f"{c[0]} " + ("Al-" + c[1] if len(c) > 1 else pick(AR_FAM))
                made += add("common-parts", nm, n, "Person", "Latin", "ar_Latn")
common_parts()
# Korean Hangul common-parts (common family + one common syllable)
for n in ["KIM, Song Chol","KIM, Tong Chol","KIM, Kwang Chun","PAK, Bong Nam","JON, Myong Guk","RI, Jong Won","CHOE, Chun Sik","KIM, Chol Nam","RI, Song Hyok","PAK, Il Gyu"]:
    fam = {"KIM":"김","PAK":"박","JON":"전","RI":"리","CHOE":"최"}[n.split(",")[0]]
    for _ in range(2):
        nm = fam + pick(["철","성","명","영","광","남","일","혁"]) + pick(["수","호","희","진","우","민","훈","준"])
        MR = {"김":"Kim","박":"Pak","전":"Jon","리":"Ri","최":"Choe","철":"Chol","성":"Song","명":"Myong","영":"Yong","광":"Kwang","남":"Nam","일":"Il","혁":"Hyok","수":"Su","호":"Ho","희":"Hui","진":"Jin","우":"U","민":"Min","훈":"Hun","준":"Jun"}
        rom = " ".join(MR[c] for c in nm)
        if fold(rom) in listed_fold or " ".join(sorted(tokens(rom))) in listed_tok or rom.split()[1:] == [x.capitalize() for x in n.split(", ")[1].split()]: continue
        add("common-parts", nm, n, "Person", "Hangul", "ko_KR")
# Yusuf/Hassan style
for n in ["Mohammed Hassan Yusuf","Ali Hussein Muhammad","Hassan Ali Ahmad"]:
    pass

# ---- one-part: listed family name (distinctive or not) + different given names
def one_part():
    cands = ind[:]; rng.shuffle(cands); made = 0
    for n, p in cands:
        if made >= 90: break
        fam, giv = split_ofac(n)
        F = fam.upper()
        if F in KO_FAM:
            g = f"{pick(KO_SYL_RR)}-{pick(KO_SYL_RR).lower()}"
            made += add("one-part", pick([f"{fam.capitalize()} {g}", f"{g} {fam.capitalize()}"]), n, "Person", "Latin", "ko_Latn")
        elif F in CN_FAM:
            made += add("one-part", f"{fam.capitalize()} {pick(CN_GIV)}{pick(CN_GIV).lower()}", n, "Person", "Latin", "zh_Latn")
        elif re.search(r"(OV|EV|IN|KO|SKIY|SKY|YAN)$", F):
            made += add("one-part", f"{pick([g for g in RU_GIV if g.upper() not in giv])} {title(fam)}", n, "Person", "Latin", "ru_Latn")
        elif re.fullmatch(r"[A-Z' -]+", F) and len(F) > 3:
            g = pick([x for x in ["Parisa","Niloufar","Babak","Kourosh","Shahram","Ramin","Omid","Payam","Arash","Ladan","Farzad","Behzad","Nima","Sina"] if x.upper() not in [y.upper() for y in giv]])
            made += add("one-part", f"{g} {title(fam.title())}", n, "Person", "Latin", "fa_Latn")
one_part()

# ---- generic-prefix: share only generic prefix / generic words with a listed firm
KP_WORDS = "Hwanggumbada Unha Sinhung Pyolmuri Kumsusan Chollima-Haean Jangsu Moranbong-Silk Okryu Haedanghwa Rason-Sunrise Songdowon Ryugyong-Dental Pothong Kaeson".split()
KP_WORDS = [w for w in KP_WORDS]
KP_TAILS = ["Foodstuff Trading Company","Textile Export Corporation","Seafood Joint Venture Company","Children's Garment Factory","Tourism Company","Pharmaceutical Company","Publishing House","Cosmetics Factory","Trading Corporation"]
IR_WORDS = "Golrang Shirin-Asal Mahan-Carpet Zarrin-Roghan Kaveh-Glass Pars-Saffron Behnoush Minoo-Candy Sahar-Textile Aria-Tile Farsh-e-Mashhad Golestan-Tea".split()
# generic-prefix traps must share ONLY the generic prefix: drop distinctive words that occur in any listed name
_listed_tokens = {t for n, _ in load_names() for t in tokens(n)}
KP_WORDS = [w for w in KP_WORDS if not set(tokens(w)) & _listed_tokens]
IR_WORDS = [w for w in IR_WORDS if not set(tokens(w)) & (_listed_tokens - {"pars"})]
gp = [(n, p) for n, p in ent if re.match(r"(KOREA|KOREAN|CHOSUN|CHOSON|IRAN|IRANIAN|SHAHID|PARS|DPRK)\b", n)]
gp += [(n, p) for n, p in ent if re.search(r"(TRADING CO|GENERAL TRADING|INDUSTRIES|INDUSTRIAL GROUP|TECHNOLOGY CO)", n)]
rng.shuffle(gp); made = 0
for n, p in gp:
    if made >= 75: break
    N = n.upper()
    if N.startswith(("KOREA","KOREAN","CHOSUN","CHOSON","DPRK")):
        pre = n.split()[0].capitalize()
        nm = f"{pre} {pick(KP_WORDS)} {pick(KP_TAILS)}"
        loc = "ko_Latn"
    elif N.startswith(("IRAN","IRANIAN","PARS","SHAHID")):
        pre = n.split()[0].capitalize()
        nm = f"{pre} {pick(IR_WORDS).replace('-',' ')} {pick(['Industries','Trading Company','Industrial Group','Food Industries','Carpet Company','Commercial Co.'])}"
        loc = "fa_Latn"
    else:
        tail = re.search(r"(TRADING CO.*|GENERAL TRADING.*|INDUSTRIES.*|INDUSTRIAL GROUP.*|TECHNOLOGY CO.*)$", N).group(1).title().replace("Ltd", "Ltd")
        nm = f"{pick(['Greenleaf','Blue Lotus','Sunny Garden','Golden Harvest','Pearl River Toys','Oasis Dates','Cedar Furniture','Jade Tea','Silk Road Carpets'])} {tail}"
        loc = "en"
    made += add("generic-prefix", nm, n, "Organization", "Latin", loc)
# Hangul 조선... (generic prefix) near real 조선 names from the lists (kaist korean / UN)
HANGUL_NEAR = [("조선광업개발무역회사", "KOREA MINING DEVELOPMENT TRADING CORPORATION"), ("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION"), ("조선단군무역회사", "KOREA TANGUN TRADING CORPORATION"), ("조선무역은행", "FOREIGN TRADE BANK"), ("조선혁신무역회사", "KOREA HYOKSIN TRADING CORPORATION"), ("조선광선은행", "KOREA KWANGSON BANKING CORP")]
for real, near in HANGUL_NEAR:
    for _ in range(4):
        near = near  # English listed name only
        nm = f"조선{pick(['금강산','은하','옥류','해당화','대동강','모란봉','청봉','백두'])}{pick(['식료','피복','수산','관광','출판','화장품','제약','신발'])}{pick(['무역회사','합영회사','공장','회사'])}"
        add("generic-prefix", nm, near, "Organization", "Hangul", "ko_KP")

# ---- org-word: same place / descriptor words and structure, different organisation type
ORG_SWAP = [
    ("Bank", ["University", "Teachers' College", "Hospital", "Medical University"]),
    ("Banking", ["University", "Medical College"]),
    ("Industries", ["University", "Technical College", "Hospital"]),
    ("Industrial Group", ["University", "Hospital Group", "Cultural Foundation"]),
    ("Organization", ["University", "Cultural Foundation", "Teachers' Association"]),
    ("Institute", ["Bank", "Hospital", "Cultural Centre"]),
    ("Corporation", ["University", "Hospital", "Art Troupe"]),
    ("Center", ["Bank", "Hospital", "Library"]), ("Centre", ["Bank", "Hospital", "Library"]),
]
TYPES = {"BANK": ["University", "Medical University", "Teachers' College", "Hospital"], "BANKING CORP": ["University", "Hospital"],
         "INDUSTRIES": ["University", "Technical College", "Hospital"], "INDUSTRIES GROUP": ["University", "Hospital"], "INDUSTRIAL GROUP": ["University", "Cultural Foundation"],
         "ORGANIZATION": ["University", "Cultural Foundation"], "INSTITUTE": ["Bank", "Hospital"], "RESEARCH INSTITUTE": ["Bank", "Hospital"],
         "CENTER": ["Bank", "Hospital"], "CENTRE": ["Bank", "Hospital"], "ASSOCIATED CORPORATION": ["University"], "GENERAL CORPORATION": ["University", "Hospital"]}
LEGAL_TAIL = r"(,?\s*(CO\.?,?\s*LTD\.?|CO\.?|LTD\.?|PLC|ZAO|PJSC|OJSC|JSC|LLC|B\.S\.C\.?|CLOSED JOINT-STOCK COMPANY|COMPANY|LIMITED))+$"
ow = [(n, p) for n, p in ent]
rng.shuffle(ow); made = 0
def tc(x): return " ".join(w if w in ("of", "and") else w.capitalize() for w in x.lower().split())
for n, p in ow:
    if made >= 70: break
    core = re.sub(LEGAL_TAIL, "", n.upper()).strip(" ,")
    m = re.match(r"^BANK (\w+(?: \w+)?)$", core)
    if m:
        nm = f"{tc(m.group(1))} {pick(['University', 'Cultural Institute', 'Hospital'])}"
        made += add("org-word", nm, n, "Organization", "Latin", "en"); continue
    for word in sorted(TYPES, key=len, reverse=True):
        if core.endswith(" " + word) and 1 <= len(core.split()) - len(word.split()) <= 3:
            stem = core[: -len(word)].strip()
            if stem.split()[-1] in ("TRADING", "GENERAL", "KOREA"): break
            nm = f"{tc(stem)} {pick(TYPES[word])}"
            made += add("org-word", nm, n, "Organization", "Latin", "en"); break
# ---- native-other-language: CJK / Persian / Hindi names whose romanisation resembles a listed Korean / Arabic name
NOL = [
 # (native, locale, script, near-listed, note)
 ("季哲明", "zh_CN", "Han"), ("纪永浩", "zh_CN", "Han"), 
 
 ("木村 千秋", "ja_JP", "Han"), ("菊池 宗一", "ja_JP", "Han"), ("千葉 純一", "ja_JP", "Han"), ("神保 健", "ja_JP", "Han"), ("朴木 正男", "ja_JP", "Han"),
 ("パク・ナミ", "ja_JP", "Kana"), 
 
 ("حسن یوسفی", "fa_IR", "Arabic"), ("محمد حسن‌زاده", "fa_IR", "Arabic"), ("علی حسینی‌نژاد", "fa_IR", "Arabic"), ("رضا نقدی‌پور", "fa_IR", "Arabic"),
 ("مهدی فرحی‌نیا", "fa_IR", "Arabic"), ("بهمن ریحانی‌فر", "fa_IR", "Arabic"), ("منصور احمدوند", "fa_IR", "Arabic"), ("ناصر ملکی‌پور", "fa_IR", "Arabic"),
 ("करीम अली शेख", "hi_IN", "Devanagari"), ("महमूद खान", "hi_IN", "Devanagari"), ("हमीद रज़ा", "hi_IN", "Devanagari"),
 ("रमेश नक़वी", "hi_IN", "Devanagari"), ("सुनील जाफ़री", "hi_IN", "Devanagari"),
]
NOL_NEAR = {"季哲明":"KIM, Chol Myong","江春明":"KANG, Chun Myong","蒋松哲":"JANG, Song Chol","纪永浩":"KIM, Yong Ho","张成南":"JANG, Song Nam",
 "宋明国":"JON, Myong Guk","金晓峰":"KIM, Hyo Bong","李正元":"RI, Jong Won","朴春兰":"PAK, Chun Ran","陈日浩":"CHON, Il Ho",
 "木村 千秋":"KIM, Chol Chun","菊池 宗一":"KIM, Chol Il","千葉 純一":"CHOE, Chun Il","神保 健":"JANG, Bom Gon","朴木 正男":"PAK, Jong Nam",
 "キム・ソンチョル":"KIM, Song Chol","リ・ヨンホ":"RI, Yong Ho","パク・ナミ":"PAK, Nam Il","チョン・ミョング":"JON, Myong Guk",
 "김성철":"KIM, Song Chol","이정원":"RI, Jong Won","박봉남":"PAK, Bong Nam","최춘식":"CHOE, Chun Sik",
 "حسن یوسفی":"YUSUF, Hassan","محمد حسن‌زاده":"HASSAN, Mohammad","علی حسینی‌نژاد":"HOSSEINI, Ali","رضا نقدی‌پور":"NAQDI, Mohammad Reza",
 "مهدی فرحی‌نیا":"FARAHI, Mehdi","بهمن ریحانی‌فر":"REYHANI, Bahman","منصور احمدوند":"AHMADI, Mansour","ناصر ملکی‌پور":"MALEKI, Naser",
 "हसन यूसुफ़":"YUSUF, Hassan","करीम अली शेख":"ALI, Karim","महमूद खान":"KHAN, Mahmoud","हमीद रज़ा":"REZA, Hamid","किम चोल":"KIM, Chol","पार्क बोंग":"PAK, Bong Nam","रमेश नक़वी":"NAQVI","सुनील जाफ़री":"JAFARI, Mohammad Ali"}
# Only keep a 'near' that really is on the lists; otherwise point to the closest listed name with the same family
ind_names = [n for n, _ in ind]
for native, loc, scr in NOL:
    near = NOL_NEAR[native]
    if fold(near) not in listed_fold:
        fam = near.split(",")[0]
        same = [n for n in ind_names if n.split(",")[0] == fam]
        near = same[0] if same else near
    add("native-other-language", native, near, "Person", scr, loc)
# generated Chinese / Japanese names near listed Korean persons (consonant-alike surnames)
# surnames whose Sino-Korean reading differs from the listed family name (so the Han name is not the listed name in Hanja)
ZH_ALIKE = {"KIM": ["季", "纪"], "PAK": ["白", "柏"], "JON": ["钟", "曾"], "CHOE": ["蔡"], "RI": ["黎", "厉"], "JANG": ["姜"], "KANG": ["甘"], "HAN": ["何"], "SIN": ["沈"]}
ZH_GIV = ["成哲","春明","永浩","松南","明国","日新","光春","哲浩","正元","英华","国强","东明","海峰","建南","志勇"]
kor = [n for n in ind_names if n.split(",")[0] in ZH_ALIKE]
for n in rng.sample(kor, min(40, len(kor))):
    add("native-other-language", pick(ZH_ALIKE[n.split(",")[0]]) + pick(ZH_GIV), n, "Person", "Han", "zh_CN")
JA_ALIKE = {"KIM": ["木村", "菊池", "木下"], "PAK": ["朴木", "箱崎"], "CHOE": ["千葉"], "JANG": ["神保"], "RI": ["理崎", "力石"], "SIN": ["新藤"], "HAN": ["半田"]}
JA_GIV = ["千秋","聡一","純一","健","正男","昭","勇人","宗一","誠","浩二"]
for n in rng.sample([x for x in ind_names if x.split(",")[0] in JA_ALIKE], 25):
    add("native-other-language", pick(JA_ALIKE[n.split(",")[0]]) + " " + pick(JA_GIV), n, "Person", "Han", "ja_JP")

out = [r for r in out if fold(r["near"]) in listed_fold]
rng.shuffle(out)
with open("negatives/traps.jsonl", "w") as fh:
    for i, r in enumerate(out, 1):
        fh.write(json.dumps({"id": f"trap-{i:04d}", **r}, ensure_ascii=False) + "\n")
print(len(out), Counter(r["trap"] for r in out), Counter(r["script"] for r in out))
