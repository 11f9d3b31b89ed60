"""Generate held-out set 4 hard negatives (names NOT on the real lists).

Run from /work/main/eval/heldout-4:
    /work/heldout4-venv/bin/python tools/make_negatives.py 2> negatives/build.log
Deterministic for a given Faker / pypinyin / Unidecode version (seed below).
"""
import collections
import json
import random
import sys
from pathlib import Path

from faker import Faker
from unidecode import unidecode

sys.path.insert(0, str(Path(__file__).parent))
import pools as P  # noqa: E402
from lists import ListIndex, fold  # noqa: E402
from translit import KO_FAMILY, _T, _syll  # noqa: E402

SEED = 20261219
OUT = Path(__file__).resolve().parent.parent / "negatives"
R = random.Random(SEED)
_FK = {}


def fk(loc):
    if loc not in _FK:
        f = Faker(loc)
        f.seed_instance(SEED + 97 * (len(_FK) + 1))
        _FK[loc] = f
    return _FK[loc]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ------------------------------------------------------------------ shapes for Latin person names
def shape(given, family, native_family_first=False, allow_initial=True):
    """Return one of several written shapes of a person name."""
    r = R.random()
    if r < 0.38:
        s = f"{family} {given}" if native_family_first else f"{given} {family}"
    elif r < 0.58:
        s = f"{family.upper()}, {given}"
    elif r < 0.72:
        s = f"{given} {family.upper()}"
    elif r < 0.80:
        s = f"{family.upper()} {given}"
    elif r < 0.86 and allow_initial and " " not in given:
        s = f"{given[0]}. {family}"
    elif r < 0.92:
        s = f"{family}, {given}"
    else:
        s = f"{given} {family}".upper()
    return s


# ------------------------------------------------------------------ Latin persons by origin
def lat_arabic():
    male = chance(0.75)
    g, gl = pick(P.AR_GIVEN_M if male else P.AR_GIVEN_F)
    if male and chance(0.2):  # Mohammed / Abd al-... names are the commonest
        g, gl = pick(P.AR_GIVEN_M[:1] + P.AR_GIVEN_M[6:10])
    f, fl = pick(P.AR_FAMILY)
    given = pick(gl)
    fam = pick(fl)
    if fam.startswith("al-") and chance(0.5):
        fam = pick(["Al-", "Al ", "El-", "al ", "Al"]) + fam[3:]
    r = R.random()
    if r < 0.2:  # three-part with father's name
        fg, fgl = pick(P.AR_GIVEN_M)
        mid = pick(fgl)
        if chance(0.35):
            mid = ("bin " if male else "bint ") + mid
        given = f"{given} {mid}"
    elif r < 0.28:
        given = f"{given} {pick(['Abu', 'Abou'])} {pick(pick(P.AR_GIVEN_M)[1])}"
    if given.startswith("Abd al-") and chance(0.3):
        given = given.replace("Abd al-", "Abd-al-")
    if chance(0.3):  # abbreviations as found in passports, invoices and bank records
        for a, b in (("Mohammed", "Mohd."), ("Muhammad", "Muhd."), ("Mohamed", "Mohd"), ("Abdul", "Abd al-"),
                     ("Abdel", "Abd el-"), ("Abdallah", "Abd Allah")):
            if given.startswith(a):
                given = b + given[len(a):] if not b.endswith("-") else b + given[len(a):].lower()
                break
    return shape(given, fam), "ar_Latn"


def lat_persian():
    male = chance(0.72)
    g, gl = pick(P.FA_GIVEN_M if male else P.FA_GIVEN_F)
    given = pick(gl)
    if male and chance(0.18):
        given = pick(["Mohammad", "Ali", "Seyed", "Seyyed", "Sayed", "Mir"]) + " " + given
    elif male and chance(0.08):
        given = pick(["Mohammad Ali", "Ali Akbar", "Mohammad Hossein", "Amir Hossein", "Gholam Hossein"])
    f, fl = pick(P.FA_FAMILY)
    return shape(given, pick(fl)), "fa_Latn"


def _zh_given(n):
    return [pick(P.ZH_GIVEN) for _ in range(n)]


def lat_pinyin():
    fam = pick(P.ZH_FAMILY)
    gv = _zh_given(pick([1, 2, 2, 2]))
    py = [x[1] for x in gv]
    st = R.random()
    if st < 0.5:
        given = "".join(py).capitalize()
    elif st < 0.75:
        given = " ".join(p.capitalize() for p in py)
    else:
        given = "-".join(py).capitalize()
    if chance(0.3):
        given = given + " (" + pick(["David", "Jason", "Kevin", "Grace", "Vivian", "Eric", "Tony"]) + ")"
        return f"{fam[1].upper()} {given}", "zh_Latn"
    return shape(given, fam[1], native_family_first=True, allow_initial=False), "zh_Latn"


def lat_wade_giles():
    fam = pick(P.ZH_FAMILY)
    gv = _zh_given(2)
    wg = [x[2] for x in gv]
    if chance(0.5):
        wg = [w.replace("ü", "u") for w in wg]
    if chance(0.3):
        wg = [w.replace("'", "’") for w in wg]
        famw = fam[2].replace("'", "’")
    else:
        famw = fam[2]
    given = "-".join(wg).capitalize() if chance(0.7) else " ".join(w.capitalize() for w in wg)
    if chance(0.5):
        return f"{famw} {given}", "zh_Latn_WG"
    return shape(given, famw, native_family_first=True, allow_initial=False), "zh_Latn_WG"


def lat_cantonese():
    fam = pick(P.CANTONESE_FAMILY)
    g = [pick(P.CANTONESE_GIVEN) for _ in range(2)]
    r = R.random()
    if r < 0.4:
        return f"{fam.upper()} {g[0]} {g[1].lower()}", "zh_Latn_HK"
    if r < 0.7:
        return f"{fam} {g[0]}-{g[1].lower()}", "zh_Latn_HK"
    eng = pick(["Peter", "Winnie", "Raymond", "Cecilia", "Alan", "Joyce", "Ivan", "Queenie"])
    return f"{eng} {fam} {g[0]} {g[1]}", "zh_Latn_HK"


def _ko_name():
    f = fk("ko_KR")
    male = chance(0.6)
    fam = f.last_name()
    given = f.first_name_male() if male else f.first_name_female()
    return fam, given


def _mr_breve(s):
    return s.replace("eo", "ŏ").replace("eu", "ŭ")


def lat_korean():
    fam, given = _ko_name()
    famopts = KO_FAMILY.get(fam) or [_syll(fam[0], "rr").capitalize()]
    famr = pick(famopts)
    scheme = pick(["rr", "rr", "mr", "mr_breve", "pop"])
    if scheme == "rr":
        sy = [_syll(c, "rr") for c in given]
    elif scheme == "pop":
        sy = [P.KO_GIVEN_POP.get(c, _syll(c, "rr")).lower() for c in given]
    else:
        # McCune-Reischauer-like (voicing of the second syllable, aspirates with apostrophes)
        sy = []
        for i, c in enumerate(given):
            code = ord(c) - 0xAC00
            if not 0 <= code < 11172:
                sy.append(c)
                continue
            l = code // 588
            v = (code % 588) // 28
            t = code % 28
            ini = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'",
                   "h"][l]
            if i > 0 and ini in ("k", "t", "p", "ch"):
                ini = {"k": "g", "t": "d", "p": "b", "ch": "j"}[ini]
            vow = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
                   "yu", "eu", "ui", "i"][v]
            vow = _mr_breve(vow) if scheme == "mr_breve" else vow.replace("eo", "o").replace("eu", "u")
            fin = _T[t]
            sy.append(ini + vow + fin)
    r = R.random()
    if r < 0.35:
        gv = "-".join(sy).capitalize()
    elif r < 0.6:
        gv = " ".join(s.capitalize() for s in sy)
    else:
        gv = "".join(sy).capitalize()
    return shape(gv, famr, native_family_first=chance(0.6), allow_initial=False), "ko_Latn"


def _ru_person(loc):
    f = fk(loc)
    male = chance(0.55)
    if male:
        return f.first_name_male(), f.middle_name_male(), f.last_name_male()
    return f.first_name_female(), f.middle_name_female(), f.last_name_female()


_ISO = {"ж": "ž", "ш": "š", "ч": "č", "щ": "šč", "ц": "c", "х": "h", "ю": "ju", "я": "ja", "й": "j", "ё": "ë",
        "э": "è", "ы": "y", "е": "e"}
_DE = {"ж": "sch", "ш": "sch", "ч": "tsch", "щ": "schtsch", "ц": "z", "х": "ch", "ю": "ju", "я": "ja", "й": "j",
       "в": "w", "з": "s", "е": "e", "ы": "y"}
_FR = {"ж": "j", "ш": "ch", "ч": "tch", "щ": "chtch", "ц": "ts", "х": "kh", "ю": "iou", "я": "ia", "й": "ï",
       "у": "ou", "е": "e", "ы": "y"}


def _translit(s, table):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in table:
            t = table[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(unidecode(ch))
    return "".join(out)


def lat_slavic():
    loc = pick(["ru_RU", "ru_RU", "uk_UA"])
    g, m, fam = _ru_person(loc)
    sch = pick(["uni", "uni", "iso", "de", "fr", "bgn"])
    if sch == "uni":
        tr = unidecode
    elif sch == "bgn":
        from translit import cyr_bgn
        tr = lambda s: cyr_bgn(s, uk_h=loc == "uk_UA")  # noqa: E731
    else:
        tab = {"iso": _ISO, "de": _DE, "fr": _FR}[sch]
        tr = lambda s: _translit(s, tab)  # noqa: E731
    G, M, F = tr(g), tr(m), tr(fam)
    r = R.random()
    if r < 0.3:
        s = f"{G} {M} {F}"
    elif r < 0.5:
        s = f"{F.upper()}, {G} {M}"
    elif r < 0.65:
        s = f"{F} {G[0]}.{M[0]}."
    else:
        s = shape(G, F)
    return s, ("uk_Latn" if loc == "uk_UA" else "ru_Latn") + ("" if sch in ("uni", "bgn") else "_" + sch)


def lat_faker(loc, family_first=False, two_surnames=False):
    f = fk(loc)
    male = chance(0.55)
    g = f.first_name_male() if male else f.first_name_female()
    fam = f.last_name()
    if two_surnames:
        fam = fam + " " + f.last_name() if chance(0.7) else fam + " y " + f.last_name() if chance(0.2) else fam
        if chance(0.25):
            g = g + " " + (f.first_name_male() if male else f.first_name_female())
    return shape(g, fam, native_family_first=family_first), loc


IN_GIVEN_M = ["Rajesh", "Sanjay", "Vikram", "Anil", "Suresh", "Arvind", "Pradeep", "Ramesh", "Harish", "Naveen",
              "Gurpreet", "Manpreet", "Sandeep", "Venkatesh", "Srinivas", "Mohd.", "Syed", "Abdul", "Kiran", "Ajay"]
IN_GIVEN_F = ["Priya", "Anjali", "Sunita", "Kavita", "Lakshmi", "Meena", "Pooja", "Deepika", "Harpreet", "Shalini"]
IN_FAMILY = ["Sharma", "Verma", "Gupta", "Reddy", "Nair", "Iyer", "Menon", "Patel", "Shah", "Desai", "Joshi",
             "Kulkarni", "Chatterjee", "Banerjee", "Mukherjee", "Das", "Singh", "Sandhu", "Gill", "Rao", "Naidu",
             "Pillai", "Krishnan", "Subramanian", "Agarwal", "Bhatia", "Malhotra", "Kapoor", "Siddiqui", "Qureshi",
             "Ansari", "Khan", "Chaudhary", "Yadav", "Mishra", "Tiwari", "Pandey", "Saxena", "Goswami", "Bose"]
IN_MID_M = ["Kumar", "Prasad", "Lal", "Chand", "Nath", "Pal"]
IN_MID_F = ["Devi", "Kumari", "Kaur", "Rani", "Bai"]


def lat_indian():
    if chance(0.35):
        return lat_faker("en_IN")
    male = chance(0.65)
    g = pick(IN_GIVEN_M if male else IN_GIVEN_F)
    fam = pick(IN_FAMILY)
    if chance(0.4):
        g = g + " " + pick(IN_MID_M if male else IN_MID_F)
    if chance(0.1):
        g = pick(["K.", "S.", "R.", "V.", "M.", "T."]) + " " + g
    return shape(g, fam), "hi_Latn"


AFRICAN_LOCS = ["yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "zu_ZA", "en_KE", "sw"]


def lat_african():
    loc = pick(AFRICAN_LOCS)
    s, _ = lat_faker(loc)
    return s, loc


EURO_LOCS = ["en_GB", "en_US", "en_IE", "de_DE", "de_AT", "fr_FR", "fr_BE", "it_IT", "nl_NL", "nl_BE", "pl_PL",
             "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "bs_BA", "sq_AL", "sv_SE", "da_DK", "fi_FI", "is_IS",
             "pt_PT", "es_ES", "mt_MT", "ga_IE", "lt_LT", "lv_LV", "et_EE", "en_AU", "en_CA", "az_AZ", "uz_UZ"]
LATAM_LOCS = ["es_MX", "es_AR", "es_CO", "es_VE", "es_CL", "pt_BR"]


def lat_euro():
    loc = pick(EURO_LOCS)
    return lat_faker(loc, family_first=loc == "hu_HU")


def lat_latam():
    loc = pick(LATAM_LOCS)
    return lat_faker(loc, two_surnames=loc != "pt_BR")


def lat_turkish():
    s, loc = lat_faker("tr_TR")
    if chance(0.15):
        s = unidecode(s)  # Turkish without diacritics, as in many foreign records
    return s, loc


def lat_japanese():
    f = fk("ja_JP")
    ln = f.last_name_pair()
    fn = f.first_name_male_pair() if chance(0.55) else f.first_name_female_pair()
    g, fam = fn[2], ln[2]
    if chance(0.2):  # long vowels written with macron or 'o'
        fam = fam.replace("ou", pick(["ō", "o", "oh"]))
    return shape(g, fam, native_family_first=chance(0.5)), "ja_Latn"


def lat_sea():
    loc = pick(["vi_VN", "vi_VN", "id_ID", "id_ID", "fil_PH"])
    if loc == "th_TH_Latn":
        f = fk("th_TH")
        g = unidecode(f.first_name()).replace(" ", "").capitalize()
        fam = unidecode(f.last_name()).replace(" ", "").capitalize()
        return shape(g, fam), loc
    if loc == "vi_VN":
        f = fk("vi_VN")
        fam = f.last_name()
        mid = f.middle_name() if hasattr(f, "middle_name") else ""
        g = f.first_name()
        s = " ".join(x for x in (fam, mid, g) if x)
        if chance(0.4):
            s = unidecode(s)
        if chance(0.2):
            s = s.upper()
        return s, loc
    return lat_faker(loc)


# ------------------------------------------------------------------ Latin organisations
EN_WORDS = ["Silverline", "Northgate", "Bluewater", "Keystone", "Redwood", "Harbourview", "Crestmont", "Brightfield",
            "Stonebridge", "Oakridge", "Clearwater", "Summit Peak", "Lakeshore", "Fairhaven", "Ironbark", "Goldleaf",
            "Westbrook", "Meridian Arc", "Pinecrest", "Amberley", "Wrenfield", "Coppergate", "Thistledown",
            "Kestrel", "Larkspur", "Falconridge", "Driftwood", "Evergreen Bay", "Moorland", "Granite Hill"]
COINED_A = ["Nova", "Zen", "Vel", "Quan", "Tri", "Aero", "Hexa", "Lumi", "Opti", "Syn", "Vita", "Omni", "Axi", "Cor",
            "Inter", "Terra", "Sola", "Aqua", "Flexi", "Maxi", "Ultra", "Neo", "Poly", "Bio", "Geo", "Dyna"]
COINED_B = ["tex", "gen", "tron", "vista", "link", "core", "flow", "path", "sys", "lux", "mark", "wave", "sphere",
            "forge", "nex", "pulse", "ora", "ium", "era", "cast", "quest", "bridge"]
PY_WORDS = ["Huaxin", "Jinlong", "Hengyuan", "Xinda", "Ruifeng", "Tianyi", "Hongda", "Shengtai", "Yongxing",
            "Zhongcheng", "Baoli", "Mingyang", "Haitong", "Jiahe", "Dingsheng", "Guangming", "Longteng", "Fuxing",
            "Kaiyuan", "Lianfa", "Xiangyu", "Wanjia", "Shunda", "Dongfang Yuan"]
ZH_CITIES = ["Shenzhen", "Ningbo", "Suzhou", "Xiamen", "Qingdao", "Wuxi", "Dongguan", "Foshan", "Hangzhou",
             "Changzhou", "Zhuhai", "Kunshan", "Wenzhou", "Jinan", "Hefei", "Nanchang", "Yiwu", "Taizhou"]
KO_WORDS = ["Hanbit", "Daesung", "Saerom", "Mirae", "Haneul", "Dongyang", "Seoyoung", "Jinsung", "Hyundo", "Samjin",
            "Woojin", "Kumho-Tech", "Saehan", "Yuil", "Daewon", "Hwasung", "Bitnara", "Taeyang"]
FA_WORDS = ["Arya", "Kavir Sanat", "Mehr Afarin", "Sepid Rood", "Nour Gostar", "Pars Niroo", "Toos Tarabar",
            "Sahand Kala", "Aseman Abi", "Dena Sazeh", "Golrang Pakhsh", "Zagros Pooya", "Rayan Tadbir",
            "Setareh Shargh", "Arian Kimia", "Bahar Andish"]
AR_WORDS = ["Al Noor", "Al Waha", "Al Fajr", "Al Reem", "Al Yasmeen", "Al Manara", "Al Sahraa", "Al Bustan",
            "Al Masa", "Al Rawabi", "Al Najma", "Al Khaleej Al Azraq", "Dar Al Salam", "Al Bayan", "Al Jazeera Al Khadra",
            "Al Marwa", "Al Zuhour"]
TR_WORDS = ["Yıldız", "Akdeniz", "Karadağ", "Ege", "Boğaziçi", "Anadolu Yıldızı", "Güneş", "Toros", "Kartal", "Doğan Kardeşler"]
RU_LAT = ["Severny Veter", "Tekhnostil", "Volgasnab", "Ural Prom Komplekt", "Baltiyskaya Gavan", "Svetoch",
          "Sibirsky Kedr", "Ladoga-Servis", "Vektor Plus", "Medovy Lug", "Polyarnaya Zvezda", "Elektrosvet"]
JA_LAT = ["Sakura", "Hoshino", "Midori", "Kawasemi", "Fujimi", "Asahi Kogen", "Shiosai", "Tsubame", "Kazeno",
          "Yamabuki", "Hinode", "Kohaku"]
PLACES = ["Atlantic", "Pacific Rim", "Caspian", "Gulf Coast", "Nordic", "Alpine", "Andean", "Sahel", "Baltic",
          "Aegean", "Levant", "Indus Valley", "Mekong", "Danube", "Adriatic", "Highland", "Coastal"]

ACT = {
    "trade": ["Trading", "General Trading", "Import & Export", "Imp. & Exp.", "Intl. Trading", "Commodities",
              "Trade Links", "Merchants", "Supplies", "Distribution"],
    "eng": ["Engineering", "Machinery", "Precision Tools", "Electronics", "Industrial", "Ind. Grp", "Mfg.",
            "Technologies", "Automation", "Hydraulics", "Components", "Instruments", "Metalworks", "Composites"],
    "ship": ["Shipping", "Marine Services", "Logistics", "Freight Forwarding", "Navigation", "Maritime",
             "Cargo Services", "Ship Management", "Air Cargo"],
    "fin": ["Capital", "Finance", "Investment", "Holdings", "Exchange", "Credit", "Leasing", "Insurance Brokers"],
    "other": ["Textiles", "Foods", "Agro", "Pharma", "Medical Supplies", "Consulting", "Software", "Construction",
              "Paper Products", "Furniture", "Travel", "Printing", "Seafood", "Dairy", "Ceramics", "Packaging",
              "Bakery", "Cosmetics", "Garments", "Solar", "Plastics"],
}
FORMS = {
    "en_US": ["Inc.", "LLC", "Corp.", "Corporation", "Co.", "L.P.", "Group, Inc.", "Company"],
    "en_GB": ["Ltd", "Limited", "PLC", "LLP", "Ltd.", "& Co. Ltd", "Group Limited"],
    "zh": ["Co., Ltd.", "Co., Ltd", "Company Limited", "Co. Ltd.", "Group Co., Ltd.", "Industrial Co., Ltd.",
           "(HK) Limited", "Technology Co., Ltd."],
    "ko": ["Co., Ltd.", "Corporation", "Co.,Ltd", "Inc.", "Industrial Co., Ltd."],
    "ja": ["Co., Ltd.", "K.K.", "Kabushiki Kaisha", "Corporation", "Godo Kaisha", "Shoji Co., Ltd."],
    "gulf": ["LLC", "FZE", "FZCO", "FZ-LLC", "W.L.L.", "Co. W.L.L.", "L.L.C.", "DMCC", "Est."],
    "ir": ["Co.", "Company (PJS)", "Co. (Private Joint Stock)", "Group", "Ltd.", "Engineering Co."],
    "tr": ["Ltd. Şti.", "A.Ş.", "San. ve Tic. Ltd. Şti.", "Dış Tic. A.Ş.", "Tic. Ltd. Şti."],
    "ru": ["LLC", "OOO", "JSC", "AO", "ZAO", "PJSC", "TOO", "SIA", "UAB"],
    "in": ["Pvt. Ltd.", "Private Limited", "Pvt Ltd", "Ltd.", "LLP", "& Sons"],
    "sea": ["Pte. Ltd.", "Sdn. Bhd.", "Pte Ltd", "Sdn Bhd", "PT", "Corp.", "Co., Ltd."],
    "eu": ["GmbH", "GmbH & Co. KG", "AG", "S.A.", "SARL", "S.A.S.", "S.r.l.", "S.p.A.", "B.V.", "N.V.", "Sp. z o.o.",
           "s.r.o.", "Kft.", "d.o.o.", "AB", "Oy", "A/S", "ApS", "S.L.", "Lda.", "OÜ"],
    "latam": ["S.A. de C.V.", "S.A.", "Ltda.", "S.R.L.", "S.A.S.", "SpA", "EIRL"],
}
SPELL = [("Organisation", "Organization"), ("Centre", "Center"), ("Defence", "Defense"), ("Aluminium", "Aluminum"),
         ("Harbour", "Harbor"), ("Catalogue", "Catalog"), ("Tyre", "Tire"), ("Colour", "Color"),
         ("Fibre", "Fiber"), ("Programme", "Program"), ("Jewellery", "Jewelry"), ("Metre", "Meter")]


def _coined():
    return pick(COINED_A) + pick(COINED_B)


def lat_org():
    region = pick(["en_US", "en_GB", "zh", "zh", "ko", "ja", "gulf", "gulf", "ir", "tr", "ru", "in", "sea", "eu",
                   "eu", "latam", "inst", "inst", "spell", "spell"])
    act = pick(ACT[pick(list(ACT))])
    if region == "inst":
        kind = R.random()
        subj = pick(["Applied Optics", "Materials Science", "Marine Biology", "Agricultural Economics",
                     "Renewable Energy", "Public Health", "Linguistics", "Water Resources", "Seismology",
                     "Food Technology", "Urban Planning", "Veterinary Science", "Textile Engineering"])
        place = pick(PLACES + ZH_CITIES + ["Tabriz", "Kerman", "Busan", "Daejeon", "Osaka", "Izmir", "Kazan",
                                          "Pune", "Sfax", "Mombasa", "Cordoba", "Porto", "Gdansk"])
        if kind < 0.25:
            s = f"{place} {pick(['University', 'Polytechnic University', 'Institute of Technology', 'College of Arts and Sciences'])}"
        elif kind < 0.5:
            s = f"{pick(['Centre', 'Center'])} for {subj} {pick(['Research', 'Studies'])}, {place}"
        elif kind < 0.7:
            s = f"{pick(['Institute', 'Laboratory', 'Academy'])} of {subj}, {place} {pick(['University', 'Branch'])}"
        elif kind < 0.85:
            s = f"{place} {pick(['General Hospital', 'Chamber of Commerce', 'Port Authority', 'Football Club', 'Museum of Modern Art', 'Water Board'])}"
        else:
            s = f"{pick(['Friends of', 'Foundation for'])} {subj}"
        return s, "en_inst"
    if region == "spell":
        uk, us = pick(SPELL)
        word = uk if chance(0.5) else us
        head = pick([pick(EN_WORDS), pick(PLACES), _coined()])
        s = pick([f"{head} {word} {pick(['Ltd', 'Inc.', 'Services', 'Group'])}",
                  f"{head} {word} {pick(['Company', 'Works', 'Specialists'])}",
                  f"International {word} {pick(['Consultants', 'Traders', 'Society'])} of {pick(PLACES)}"])
        return s, "en_spell"
    if region in ("en_US", "en_GB"):
        f = fk(region)
        head = pick([pick(EN_WORDS), f.last_name(), f.last_name() + " & " + f.last_name(), _coined(), pick(PLACES)])
    elif region == "zh":
        head = pick([pick(ZH_CITIES) + " " + pick(PY_WORDS), pick(PY_WORDS), pick(PY_WORDS) + " " + _coined()])
    elif region == "ko":
        head = pick([pick(KO_WORDS), pick(KO_WORDS) + " " + _coined(), pick(["Busan", "Incheon", "Ulsan", "Changwon"]) + " " + pick(KO_WORDS)])
    elif region == "ja":
        head = pick([pick(JA_LAT), fk("ja_JP").last_romanized_name(), pick(JA_LAT) + " " + _coined()])
    elif region == "gulf":
        head = pick([pick(AR_WORDS), pick(pick(P.AR_FAMILY)[1]) + " " + pick(["Brothers", "& Sons", "Group"]),
                     pick(AR_WORDS) + " " + _coined()])
    elif region == "ir":
        head = pick([pick(FA_WORDS), pick(FA_WORDS) + " " + pick(["Sanat", "Tejarat", "Andish", "Gostar"]),
                     pick(pick(P.FA_FAMILY)[1]) + " " + pick(["Brothers", "Trading"])])
    elif region == "tr":
        head = pick([pick(TR_WORDS), fk("tr_TR").last_name(), pick(TR_WORDS) + " " + _coined()])
    elif region == "ru":
        head = pick([pick(RU_LAT), _coined(), pick(RU_LAT) + "-" + pick(["M", "T", "Plus", "Invest"])])
        if chance(0.5):
            return f"{pick(FORMS['ru'])} \"{head}\"" if chance(0.5) else f"{pick(FORMS['ru'])} {head.upper()}", "ru_Latn_org"
    elif region == "in":
        head = pick([pick(IN_FAMILY), pick(IN_FAMILY) + " " + pick(["Brothers", "Enterprises", "Industries"]),
                     pick(["Shree", "Sri", "Om", "Jai"]) + " " + pick(["Ganesh", "Balaji", "Lakshmi", "Sai", "Krishna", "Durga"])])
    elif region == "sea":
        head = pick([_coined(), pick(["Mega", "Sinar", "Cahaya", "Maju", "Harapan", "Mekar"]) + " " + pick(["Jaya", "Abadi", "Sentosa", "Makmur"]), pick(PY_WORDS)])
    elif region == "eu":
        loc = pick(["de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "es_ES", "sv_SE", "cs_CZ"])
        head = pick([fk(loc).last_name(), _coined(), pick(PLACES)])
    else:
        loc = pick(LATAM_LOCS)
        head = pick([fk(loc).last_name(), _coined(), fk(loc).last_name() + " Hermanos"])
    form = pick(FORMS[region])
    if region == "eu" and chance(0.4):
        act = pick(["Technik", "Handel", "Maschinenbau", "Industrie", "Logistique", "Ingeniería", "Elettronica",
                    "Trading", "Invest", "Medical"])
    if region == "tr" and chance(0.5):
        act = pick(["Makina", "Tekstil", "Gıda", "İnşaat", "Lojistik", "Otomotiv", "Kimya"])
    if region == "ir" and chance(0.3):
        s = f"{pick(['Sherkat-e', 'Sherkate'])} {head} {act}"
    elif region == "gulf" and chance(0.25):
        s = f"{head} {act} {form}".replace("Est.", "") + (" (Branch)" if chance(0.2) else "")
    elif region == "ja" and form in ("Kabushiki Kaisha",) and chance(0.5):
        s = f"{form} {head} {act}"
    else:
        s = f"{head} {act} {form}"
    if chance(0.1):
        s = s.upper()
    return " ".join(s.split()), region + "_org"


# ------------------------------------------------------------------ Arabic script
def _join_ar(*parts):
    return " ".join(p for p in parts if p)


def ar_person():
    """Arabic-language person name, with Latin forms for the filter."""
    if chance(0.25):
        f = fk(pick(["ar_SA", "ar_PS", "ar_AA"]))
        male = chance(0.7)
        g = f.first_name_male() if male else f.first_name_female()
        fam = f.last_name()
        if male and chance(0.3):
            return _join_ar(g, pick(["بن", ""]), f.first_name_male(), fam), "ar_Faker", []
        return _join_ar(g, fam), "ar_Faker", []
    male = chance(0.72)
    g = pick(P.AR_GIVEN_M if male else P.AR_GIVEN_F)
    fam = pick(P.AR_FAMILY)
    parts = [g]
    r = R.random()
    if r < 0.3:
        parts.append(pick(P.AR_GIVEN_M))
    elif r < 0.4:
        parts.append(("بن", ["bin"]) if male else ("بنت", ["bint"]))
        parts.append(pick(P.AR_GIVEN_M))
    parts.append(fam)
    if chance(0.12):  # surname written without the article
        nat, lat = parts[-1]
        if nat.startswith("ال"):
            parts[-1] = (nat[2:], [x.replace("al-", "").replace("Al", "").replace("El ", "").capitalize() for x in lat])
    name = " ".join(p[0] for p in parts)
    lat_forms = [" ".join(p[1][0] for p in parts), " ".join(p[1][-1] for p in parts)]
    return name, "ar", lat_forms


def _fa_letters(s):
    return s.replace("ي", "ی").replace("ك", "ک")


def fa_person():
    if chance(0.25):
        f = fk("fa_IR")
        male = chance(0.7)
        g = f.first_name_male() if male else f.first_name_female()
        return _fa_letters(_join_ar(g, f.last_name())), "fa_Faker", []
    male = chance(0.7)
    g = pick(P.FA_GIVEN_M if male else P.FA_GIVEN_F)
    parts = []
    if male and chance(0.15):
        parts.append(pick([("سید", ["Seyed"]), ("میر", ["Mir"]), ("حاج", ["Haj"])]))
    parts.append(g)
    if male and chance(0.12):
        parts.append(pick(P.FA_GIVEN_M))
    parts.append(pick(P.FA_FAMILY))
    name = " ".join(p[0] for p in parts)
    if chance(0.12):  # Arabic-keyboard letters, as found in much real data
        name = name.replace("ی", "ي").replace("ک", "ك")
        loc = "fa_IR_arabic_kb"
    else:
        loc = "fa_IR"
    if chance(0.1):  # zero-width non-joiner in compound family names (e.g. پور‌محمدی)
        name = name.replace("پورمحمدی", "پور\u200cمحمدی").replace("شریف زاده", "شریف\u200cزاده")
    lat_forms = [" ".join(p[1][0] for p in parts), " ".join(p[1][-1] for p in parts)]
    return name, loc, lat_forms


AR_ORG_WORDS = ["النور", "الواحة", "الفجر", "الريم", "المنارة", "الصحراء الذهبية", "البستان", "الروابي", "النجمة",
                "الخليج الأزرق", "دار السلام", "البيان", "الزهور", "الأفق الجديد", "السنبلة", "اللؤلؤة", "الرمال البيضاء"]
AR_ORG_ACT = ["للتجارة العامة", "للمقاولات", "للاستيراد والتصدير", "للصناعات الغذائية", "للنقل والخدمات اللوجستية",
              "للأدوية والمستلزمات الطبية", "للتطوير العقاري", "للسياحة والسفر", "للإلكترونيات", "للاستشارات الهندسية",
              "للملابس الجاهزة", "للطباعة والنشر"]
AR_FORMS = ["ذ.م.م", "ش.م.م", "المحدودة", "ش.م.ع", "(ش.ذ.م.م)", "م.م.ح", ""]
FA_ORG_WORDS = ["آریا", "کویر صنعت", "مهر آفرین", "سپیدرود", "نور گستر", "طوس ترابر", "سهند کالا", "آسمان آبی",
                "دنا سازه", "گلرنگ پخش", "زاگرس پویا", "رایان تدبیر", "ستاره شرق", "آرین کیمیا", "بهار اندیش",
                "پارسیان نوین", "البرز بافت", "کاسپین مهر", "نگین شمال", "آفتاب زرین"]
FA_ORG_ACT = ["بازرگانی", "مهندسی", "تولیدی", "صنایع غذایی", "حمل و نقل بین‌المللی", "پخش دارو", "نساجی",
              "ساختمانی", "خدمات کامپیوتری", "کشت و صنعت", "چاپ و نشر"]
FA_FORMS = ["(سهامی خاص)", "(سهامی عام)", "(مسئولیت محدود)", "", "سهامی خاص"]


def ar_org():
    if chance(0.5):
        s = pick([f"شركة {pick(AR_ORG_WORDS)} {pick(AR_ORG_ACT)} {pick(AR_FORMS)}",
                  f"مؤسسة {pick(AR_ORG_WORDS)} {pick(AR_ORG_ACT)}",
                  f"مجموعة {pick(P.AR_FAMILY)[0]} {pick(['التجارية', 'القابضة', 'الصناعية'])}",
                  f"{pick(['مستشفى', 'مدرسة', 'جمعية', 'نادي', 'مكتبة'])} {pick(AR_ORG_WORDS)} {pick(['الخاصة', 'الأهلية', 'الثقافية', 'الرياضي', ''])}",
                  f"{pick(['جامعة', 'كلية', 'معهد'])} {pick(['الرافدين', 'النيلين', 'الأندلس', 'البحر الأحمر', 'الشمال', 'الواحات'])} {pick(['الأهلية', 'للعلوم والتكنولوجيا', 'التقنية', 'الخاصة'])}",
                  f"أبناء {pick(P.AR_FAMILY)[0]} {pick(AR_ORG_ACT)}"])
        return " ".join(s.split()), "ar_org"
    s = pick([f"شرکت {pick(FA_ORG_ACT)} {pick(FA_ORG_WORDS)} {pick(FA_FORMS)}",
              f"شرکت {pick(FA_ORG_WORDS)} {pick(FA_ORG_ACT)} {pick(FA_FORMS)}",
              f"{pick(['فروشگاه', 'کارگاه', 'کارخانه', 'مجتمع'])} {pick(FA_ORG_WORDS)}",
              f"{pick(['موسسه فرهنگی', 'آموزشگاه', 'کلینیک', 'دبیرستان غیردولتی', 'باشگاه ورزشی'])} {pick(FA_ORG_WORDS)}",
              f"گروه {pick(['صنعتی', 'بازرگانی', 'تولیدی'])} {pick(P.FA_FAMILY)[0]}",
              f"{pick(FA_ORG_WORDS)} {pick(['پخش', 'تجارت', 'الکترونیک', 'ماشین'])}"])
    return " ".join(s.split()), "fa_org"


# ------------------------------------------------------------------ Cyrillic
def cyr_person():
    r = R.random()
    if r < 0.42:
        loc = "ru_RU"
    elif r < 0.64:
        loc = "uk_UA"
    elif r < 0.74:
        loc = "be_BY"
    elif r < 0.86:
        loc = "bg_BG"
    elif r < 0.96:
        loc = "sr_RS"
    else:
        loc = "mk_MK"
    male = chance(0.58)
    if loc in ("ru_RU", "uk_UA"):
        f = fk(loc)
        g = f.first_name_male() if male else f.first_name_female()
        m = f.middle_name_male() if male else f.middle_name_female()
        fam = f.last_name_male() if male else f.last_name_female()
    elif loc == "be_BY":
        g = pick(P.BE_GIVEN_M if male else P.BE_GIVEN_F)
        m = pick(P.BE_PATR_M if male else P.BE_PATR_F)
        fam = pick(P.BE_FAMILY)
        if not male and fam.endswith("скі"):
            fam = fam[:-3] + "ская"
    elif loc == "sr_RS":
        g = pick(P.SR_GIVEN_M if male else P.SR_GIVEN_F)
        m = ""
        fam = pick(P.SR_FAMILY)
    else:
        f = fk(loc)
        g = f.first_name_male() if male else f.first_name_female()
        fam = f.last_name_male() if (male and hasattr(f, "last_name_male")) else (
            f.last_name_female() if hasattr(f, "last_name_female") else f.last_name())
        m = ""
        if loc == "bg_BG" and chance(0.5):  # Bulgarian middle name is the father's name + -ов/-ев
            father = fk(loc).first_name_male()
            m = father + ("ов" if male else "ова") if not father.endswith(("й", "а", "я")) else ""
    s = R.random()
    if m and s < 0.45:
        name = f"{fam} {g} {m}"
    elif m and s < 0.6:
        name = f"{g} {m} {fam}"
    elif m and s < 0.72:
        name = f"{fam} {g[0]}. {m[0]}." if chance(0.5) else f"{fam} {g[0]}.{m[0]}."
    elif s < 0.82:
        name = f"{fam.upper()} {g}" if loc != "ru_RU" else f"{fam}, {g}"
    else:
        name = f"{g} {fam}"
    return name, loc


def cyr_org():
    r = R.random()
    if r < 0.45:
        w = pick(P.RU_ORG_WORDS)
        s = pick([f"ООО «{w}»", f"АО «{w}»", f"ПАО «{w}»", f"ЗАО «{w}»", f"ООО \"{w}\"", f"НПО «{w}»",
                  f"Общество с ограниченной ответственностью «{w}»", f"ИП {fk('ru_RU').last_name_male()} {fk('ru_RU').first_name_male()[0]}. {fk('ru_RU').middle_name_male()[0]}.",
                  f"Торговый дом «{w}»", f"ГК «{w}»", f"{pick(['Колледж', 'Лицей', 'Фонд', 'Клиника', 'Театр'])} «{w}»",
                  f"Кафе «{w}»"])
        loc = "ru_RU"
    elif r < 0.7:
        w = pick(P.UK_ORG_WORDS)
        s = pick([f"ТОВ «{w}»", f"ПрАТ «{w}»", f"ФОП {fk('uk_UA').last_name_male()} {fk('uk_UA').first_name_male()}",
                  f"ПП «{w}»", f"Товариство з обмеженою відповідальністю «{w}»", f"Благодійний фонд «{w}»"])
        loc = "uk_UA"
    elif r < 0.8:
        w = pick(P.BE_ORG_WORDS)
        s = pick([f"ТАА «{w}»", f"ААТ «{w}»", f"ПУП «{w}»", f"ЗАТ «{w}»"])
        loc = "be_BY"
    elif r < 0.91:
        w = pick(P.BG_ORG_WORDS)
        s = pick([f"{w} ЕООД", f"{w} ООД", f"{w} АД", f"„{w}“ ЕООД", f"ЕТ „{w}“"])
        loc = "bg_BG"
    else:
        w = pick(P.SR_ORG_WORDS)
        s = pick([f"{w} д.о.о.", f"Привредно друштво „{w}“ д.о.о.", f"{w} а.д.", f"Задруга „{w}“"])
        loc = "sr_RS"
    return s, loc + "_org"


# ------------------------------------------------------------------ Han
def han_person():
    r = R.random()
    if r < 0.45:
        f = fk("zh_CN")
        fam = f.last_name() if chance(0.75) else pick(P.ZH_FAMILY)[0]
        given = f.first_name() if chance(0.7) else "".join(x[0] for x in _zh_given(pick([1, 2, 2])))
        return fam + given, "zh_CN", []
    if r < 0.7:
        f = fk("zh_TW")
        name = f.last_name() + f.first_name()
        if chance(0.08):
            name = name[0] + "·" + name[1:]
        return name, "zh_TW", []
    f = fk("ja_JP")
    ln = f.last_name_pair()
    fn = f.first_name_male_pair() if chance(0.55) else f.first_name_female_pair()
    sep = pick(["", " ", "\u3000", " "])
    return ln[0] + sep + fn[0], "ja_JP", [ln[2] + " " + fn[2], fn[2] + " " + ln[2]]


ZH_ORG_HEAD = ["深圳", "宁波", "苏州", "厦门", "青岛", "无锡", "东莞", "佛山", "杭州", "常州", "珠海", "温州", "合肥", "义乌"]
ZH_ORG_WORD = ["华信", "金龙", "恒源", "鑫达", "瑞丰", "天翼", "宏达", "盛泰", "永兴", "中诚", "明扬", "海通", "嘉禾", "鼎盛",
               "光明", "腾飞", "开元", "联发", "翔宇", "万家", "顺达", "博雅", "锦程", "润泽"]
ZH_ORG_ACT = ["贸易", "电子科技", "机械制造", "纺织品", "食品", "物流", "包装材料", "家具", "文化传媒", "环保科技", "医疗器械",
              "建筑工程", "服装", "陶瓷", "软件开发", "进出口"]
ZH_ORG_FORM = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "商行", "工作室", "厂"]
TW_ORG_WORD = ["宏碁", "鴻運", "聯發", "永豐", "台達", "華榮", "新光", "長興", "建興", "國泰", "正隆", "大同"]
TW_ORG_ACT = ["企業", "實業", "貿易", "電子", "精密工業", "國際物流", "生技", "文創", "餐飲"]
TW_ORG_FORM = ["股份有限公司", "有限公司", "企業社", "商行"]
JA_ORG_WORD = ["日之出", "大和", "富士見", "青葉", "若葉", "旭", "北斗", "松風", "朝日", "白鷺", "桜井", "三輪", "東雲", "光陽"]
JA_ORG_ACT = ["商事", "工業", "製作所", "精機", "運輸", "建設", "食品", "電機", "産業", "印刷", "物産", "海運"]


def han_org():
    r = R.random()
    if r < 0.5:
        s = pick([f"{pick(ZH_ORG_HEAD)}{pick(ZH_ORG_WORD)}{pick(ZH_ORG_ACT)}{pick(ZH_ORG_FORM)}",
                  f"{pick(ZH_ORG_HEAD)}市{pick(ZH_ORG_WORD)}{pick(ZH_ORG_ACT)}{pick(ZH_ORG_FORM)}",
                  f"{pick(ZH_ORG_WORD)}{pick(ZH_ORG_ACT)}({pick(ZH_ORG_HEAD)}){pick(ZH_ORG_FORM)}",
                  f"{pick(ZH_ORG_HEAD)}{pick(['职业技术学院', '第三中学', '人民医院', '图书馆', '外国语学校'])}"])
        return s, "zh_CN_org"
    if r < 0.72:
        s = f"{pick(TW_ORG_WORD)}{pick(TW_ORG_ACT)}{pick(TW_ORG_FORM)}"
        if chance(0.2):
            s = pick(["臺北", "高雄", "台中", "新竹"]) + s
        return s, "zh_TW_org"
    w, a = pick(JA_ORG_WORD), pick(JA_ORG_ACT)
    s = pick([f"株式会社{w}{a}", f"{w}{a}株式会社", f"{w}{a}(株)", f"有限会社{w}{a}", f"{w}{a}合同会社",
              f"{pick(['学校法人', '医療法人', '社会福祉法人'])}{w}{pick(['学園', '会', '福祉会'])}", f"{w}信用金庫"])
    return s, "ja_JP_org"


# ------------------------------------------------------------------ Hangul
def hangul_person():
    fam, given = _ko_name()
    r = R.random()
    if r < 0.7:
        return fam + given, "ko_KR"
    if r < 0.85:
        return fam + " " + given, "ko_KR"
    if r < 0.93:  # two-syllable family name
        return pick(["남궁", "황보", "선우", "제갈", "독고"]) + given, "ko_KR"
    return fam + given[0], "ko_KR"  # one-syllable given name


KO_ORG_WORD = ["한빛", "대성", "새롬", "미래", "하늘", "동양", "서영", "진성", "현도", "삼진", "우진", "새한", "유일", "대원",
               "화성", "빛나라", "태양", "푸른숲", "한결", "다온", "누리", "온새미로", "가람", "바른"]
KO_ORG_ACT = ["산업", "전자", "무역", "해운", "건설", "정밀", "화학", "기계", "식품", "물산", "테크", "소프트", "바이오",
              "로지스틱스", "인쇄", "섬유"]


def hangul_org():
    w, a = pick(KO_ORG_WORD), pick(KO_ORG_ACT)
    s = pick([f"주식회사 {w}{a}", f"(주){w}{a}", f"㈜{w}{a}", f"{w}{a} 주식회사", f"{w}{a}(주)", f"유한회사 {w}{a}",
              f"{w}{a}", f"{pick(['부산', '인천', '대전', '광주', '울산', '창원'])}{w}{a}",
              f"재단법인 {w}{pick(['문화재단', '장학회', '복지재단'])}", f"{w}{pick(['협동조합', '영농조합법인'])}",
              f"{w}{pick(['대학교', '고등학교', '병원', '치과의원', '교회'])}", f"{w} {pick(['연구소', '기술연구원'])}"])
    return s, "ko_KR_org"


# ------------------------------------------------------------------ Kana
def kana_person():
    f = fk("ja_JP")
    ln = f.last_name_pair()
    fn = f.first_name_male_pair() if chance(0.55) else f.first_name_female_pair()
    r = R.random()
    if r < 0.4:
        s = ln[1] + pick(["・", " ", "\u3000", ""]) + fn[1]
    elif r < 0.65:
        s = _hira(ln[1]) + pick([" ", "\u3000"]) + _hira(fn[1])
    elif r < 0.85:
        s = ln[0] + " " + fn[1]  # kanji family + katakana given
    else:
        s = fn[1] + "・" + ln[1]  # Western order in katakana
    return s, "ja_JP_kana", [ln[2] + " " + fn[2]]


def _hira(s):
    return "".join(chr(ord(c) - 0x60) if 0x30A1 <= ord(c) <= 0x30F6 else c for c in s)


KANA_WORDS = ["サクラ", "ミライ", "ヒカリ", "アオゾラ", "ハーモニー", "スマイル", "グリーンリーフ", "ブルーオーシャン", "ルミナス",
              "フロンティア", "サンライズ", "ソレイユ", "クローバー", "ステラ", "エコライフ", "あおば", "ひまわり", "すずらん"]


def kana_org():
    w = pick(KANA_WORDS)
    s = pick([f"株式会社{w}", f"{w}株式会社", f"{w}トレーディング株式会社", f"合同会社{w}", f"{w}商会",
              f"{w}ホールディングス", f"{w}テクノロジーズ", f"{w}クリニック", f"特定非営利活動法人{w}", f"{w}・ジャパン"])
    return s, "ja_JP_kana_org"


# ------------------------------------------------------------------ other scripts
def faker_person(loc, order="gf"):
    f = fk(loc)
    male = chance(0.55)
    g = f.first_name_male() if male else f.first_name_female()
    fam = f.last_name_male() if (male and hasattr(f, "last_name_male")) else (
        f.last_name_female() if (not male and hasattr(f, "last_name_female")) else f.last_name())
    if order == "gf":
        return f"{g} {fam}"
    return f"{fam} {g}"


DEVA_ORG = [("शर्मा", "गुप्ता", "अग्रवाल", "पटेल", "श्री गणेश", "जय अम्बे", "लक्ष्मी", "सरस्वती", "हिमालय", "गंगा", "नर्मदा", "सूर्या"),
            ("ट्रेडर्स", "इंडस्ट्रीज", "एंटरप्राइजेज", "टेक्सटाइल्स", "फार्मा", "कंस्ट्रक्शन", "फूड्स", "इलेक्ट्रॉनिक्स"),
            ("प्राइवेट लिमिटेड", "प्रा. लि.", "लिमिटेड", "एंड संस", "")]
THAI_ORG = [("รุ่งเรือง", "สยามพัฒนา", "ทองคำ", "เจริญสุข", "ศรีสวัสดิ์", "แสงทอง", "มั่นคง", "ไทยรุ่งโรจน์", "บ้านสวน"),
            ("การค้า", "อุตสาหกรรม", "ก่อสร้าง", "อาหาร", "เทรดดิ้ง", "อิเล็กทรอนิกส์", "ขนส่ง")]
GREEK_ORG = [("Αιγαίο", "Ολυμπία", "Ερμής", "Ποσειδών", "Ακρόπολις", "Δελφοί", "Νέα Εποχή", "Κρήτη", "Μακεδονία"),
             ("Εμπορική", "Τεχνική", "Ναυτιλιακή", "Τροφίμων", "Κατασκευαστική", "Πληροφορική"),
             ("Α.Ε.", "Ε.Π.Ε.", "Ο.Ε.", "Ι.Κ.Ε.", "Μονοπρόσωπη Ι.Κ.Ε.")]
HEB_ORG = [("אור", "גלים", "הדר", "שחר", "תמר", "ארז", "אלון", "כרמל", "נגב", "גליל", "ירדן"),
           ("טכנולוגיות", "סחר", "הנדסה", "מזון", "שיווק", "תעשיות", "השקעות", "לוגיסטיקה"),
           ('בע"מ', "בעמ", "ושות'", "")]
KA_ORG = [("ოქროს საწმისი", "კავკასია", "თბილისი", "რიონი", "მთიები", "ალაზანი", "ბათუმი", "ნიკორა"),
          ("ტრეიდი", "ინჟინერინგი", "ლოჯისტიკა", "აგრო", "ფარმა", "დეველოპმენტი"),
          ("შპს", "სს", "ი/მ")]
HY_ORG = [("Արարատ", "Սևան", "Արագած", "Գառնի", "Վանաձոր", "Նաիրի", "Մասիս", "Զանգեզուր", "Դիլիջան"),
          ("Թրեյդ", "Շին", "Ագրո", "Ֆարմ", "Տեքստիլ", "Լոջիստիկ", "Սոֆթ"),
          ("ՍՊԸ", "ՓԲԸ", "ԲԲԸ", "ԱՁ")]


def other(script, schema):
    if script == "Devanagari":
        if schema == "Person":
            loc = pick(["hi_IN", "hi_IN", "ne_NP", "mr_IN"])
            s = faker_person(loc)
            if chance(0.15):
                s = s.split()[0] + " " + pick(["कुमार", "प्रसाद", "देवी", "लाल"]) + " " + s.split()[-1]
            return s, loc
        a, b, c = DEVA_ORG
        return " ".join(f"{pick(a)} {pick(b)} {pick(c)}".split()), "hi_IN_org"
    if script == "Thai":
        if schema == "Person":
            return faker_person("th_TH"), "th_TH"
        a, b = THAI_ORG
        return pick([f"บริษัท {pick(a)}{pick(b)} จำกัด", f"บริษัท {pick(a)} {pick(b)} จำกัด (มหาชน)",
                     f"ห้างหุ้นส่วนจำกัด {pick(a)}{pick(b)}", f"หจก. {pick(a)}", f"ร้าน{pick(a)}",
                     f"โรงเรียน{pick(a)}วิทยา"]), "th_TH_org"
    if script == "Greek":
        if schema == "Person":
            loc = "el_GR"
            s = faker_person(loc, order=pick(["gf", "gf", "fg"]))
            return (s.upper() if chance(0.1) else s), loc
        a, b, c = GREEK_ORG
        return pick([f"{pick(a)} {pick(b)} {pick(c)}", f"{pick(b)} {pick(a)} {pick(c)}",
                     f"{pick(['Φροντιστήριο', 'Ξενοδοχείο', 'Ταβέρνα', 'Φαρμακείο'])} «{pick(a)}»"]), "el_GR_org"
    if script == "Hebrew":
        if schema == "Person":
            return faker_person("he_IL"), "he_IL"
        a, b, c = HEB_ORG
        return " ".join(pick([f"{pick(a)} {pick(b)} {pick(c)}", f"{pick(a)} {pick(a)} {pick(b)} {pick(c)}",
                              f"{pick(['מכללת', 'עמותת', 'מרפאת', 'קפה'])} {pick(a)}"]).split()), "he_IL_org"
    if script == "Georgian":
        if schema == "Person":
            return faker_person("ka_GE", order=pick(["gf", "gf", "fg"])), "ka_GE"
        a, b, c = KA_ORG
        return pick([f"{pick(c)} „{pick(a)} {pick(b)}“", f"{pick(c)} {pick(a)}", f"{pick(a)} {pick(b)}"]), "ka_GE_org"
    if script == "Armenian":
        if schema == "Person":
            s = faker_person("hy_AM", order=pick(["gf", "gf", "fg"]))
            if chance(0.2):  # with patronymic (father's name in genitive), Soviet-style
                fam, g = s.split()[-1], s.split()[0]
                s = f"{fam} {g} {fk('hy_AM').first_name_male()}ի"
            return s, "hy_AM"
        a, b, c = HY_ORG
        return pick([f"«{pick(a)} {pick(b)}» {pick(c)}", f"{pick(a)} {pick(b)} {pick(c)}",
                     f"«{pick(a)}» {pick(['հյուրանոց', 'բժշկական կենտրոն', 'դպրոց', 'սրճարան'])}"]), "hy_AM_org"
    raise ValueError(script)


# ------------------------------------------------------------------ quotas
LATIN_PERSON = [(lat_arabic, 160), (lat_persian, 130), (lat_pinyin, 100), (lat_wade_giles, 50), (lat_cantonese, 20),
                (lat_korean, 110), (lat_slavic, 100), (lat_turkish, 60), (lat_indian, 80), (lat_african, 80),
                (lat_euro, 120), (lat_latam, 80), (lat_sea, 80), (lat_japanese, 30)]
assert sum(n for _, n in LATIN_PERSON) == 1200

PLAN = [  # script, person, org
    ("Latin", 1200, 400), ("Arabic", 360, 120), ("Cyrillic", 300, 100), ("Han", 300, 100), ("Hangul", 300, 100),
    ("Kana", 105, 35), ("Devanagari", 105, 35), ("Thai", 75, 25), ("Greek", 75, 25), ("Hebrew", 75, 25),
    ("Georgian", 53, 17), ("Armenian", 53, 17),
]
assert sum(p + o for _, p, o in PLAN) == 4000


def makers(script, schema):
    """Return a list of (callable, count-or-None) producing (name, locale, extra_latin_forms)."""
    def w(fn):
        def g():
            r = fn()
            return (r[0], r[1], r[2] if len(r) > 2 else [])
        return g
    if script == "Latin" and schema == "Person":
        return [(w(fn), n) for fn, n in LATIN_PERSON]
    table = {
        ("Latin", "Organization"): lat_org, ("Arabic", "Organization"): ar_org,
        ("Cyrillic", "Person"): cyr_person, ("Cyrillic", "Organization"): cyr_org,
        ("Han", "Person"): han_person, ("Han", "Organization"): han_org,
        ("Hangul", "Person"): hangul_person, ("Hangul", "Organization"): hangul_org,
        ("Kana", "Person"): kana_person, ("Kana", "Organization"): kana_org,
    }
    if (script, schema) == ("Arabic", "Person"):
        return [(w(ar_person), 180), (w(fa_person), 180)]
    if (script, schema) in table:
        return [(w(table[(script, schema)]), None)]
    return [(w(lambda: other(script, schema)), None)]


SCRIPT_PREFIX = {"Latin": "LATIN", "Arabic": "ARABIC", "Cyrillic": "CYRILLIC", "Han": "CJK", "Hangul": "HANGUL",
                 "Kana": ("HIRAGANA", "KATAKANA", "CJK"), "Devanagari": "DEVANAGARI", "Thai": "THAI", "Greek": "GREEK",
                 "Hebrew": "HEBREW", "Georgian": "GEORGIAN", "Armenian": "ARMENIAN"}


def script_ok(name, script):
    """Every letter is of the claimed script (Kana names may carry a kanji family name)."""
    import unicodedata
    want = SCRIPT_PREFIX[script]
    want = want if isinstance(want, tuple) else (want,)
    letters = [c for c in name if c.isalpha() and c != "\u02bc"]
    if script != "Latin" and not any(unicodedata.name(c, "").startswith(want[:2] if script == "Kana" else want)
                                     for c in letters):
        return False
    if script == "Han":  # Japanese 々 is not CJK UNIFIED but is fine; Latin letters are not
        return all(not unicodedata.name(c, "").startswith(("LATIN", "HIRAGANA", "KATAKANA LETTER")) for c in letters)
    if script in ("Hangul", "Kana"):
        return all(unicodedata.name(c, "").startswith(want + ("CJK", "IDEOGRAPHIC", "KATAKANA", "HANGUL"))
                   for c in letters)
    return all(unicodedata.name(c, "").startswith(want) for c in letters)


def main():
    idx = ListIndex()
    log = sys.stderr
    print(f"seed {SEED}; list strings {len(idx.names)}; folded forms {len(idx.exact)}; token keys {len(idx.tokens)}",
          file=log)
    seen = set()
    rows = []
    drops = collections.Counter()
    dups = collections.Counter()
    badscript = collections.Counter()
    for script, np_, no in PLAN:
        for schema, total in (("Person", np_), ("Organization", no)):
            for fn, n in makers(script, schema):
                want = total if n is None else n
                got = tries = 0
                while got < want:
                    tries += 1
                    if tries > want * 60:
                        raise SystemExit(f"cannot fill {script}/{schema}")
                    name, loc, extra = fn()
                    name = " ".join(name.split())
                    if not script_ok(name, script):
                        badscript[script] += 1
                        print(f"SKIP wrong-script {script} {name!r}", file=log)
                        continue
                    key = fold(name)
                    if not key or key in seen:
                        dups[script] += 1
                        continue
                    hit = idx.hit(name)
                    if not hit:
                        for e in extra:
                            hit = idx.hit(e)
                            if hit:
                                break
                    if hit:
                        drops[script] += 1
                        print(f"DROP listed {script} {schema} {name!r} [{hit[0]} via {hit[1]!r}]", file=log)
                        seen.add(key)
                        continue
                    seen.add(key)
                    rows.append({"schema": schema, "name": name, "script": script, "locale": loc})
                    got += 1
    R.shuffle(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "negatives.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"neg4-{i:05d}", **r}, ensure_ascii=False) + "\n")
    print(f"written {len(rows)} rows; dropped as listed {sum(drops.values())}; duplicate draws {sum(dups.values())}",
          file=log)
    print("dropped as listed per script: " + ", ".join(f"{k} {v}" for k, v in drops.most_common()), file=log)
    print("skipped for wrong script: " + (", ".join(f"{k} {v}" for k, v in badscript.most_common()) or "none"),
          file=log)
    print("duplicate draws per script: " + ", ".join(f"{k} {v}" for k, v in dups.most_common()), file=log)
    c = collections.Counter((r["script"], r["schema"]) for r in rows)
    print("counts per script (Person / Organization / total):", file=log)
    for script, _, _ in PLAN:
        p, o = c[(script, "Person")], c[(script, "Organization")]
        print(f"  {script:11s} {p:5d} {o:5d} {p + o:5d}", file=log)
    sc = collections.Counter(r["schema"] for r in rows)
    print(f"  {'total':11s} {sc['Person']:5d} {sc['Organization']:5d} {len(rows):5d}", file=log)
    lc = collections.Counter(r["locale"] for r in rows)
    print("locales: " + ", ".join(f"{k} {v}" for k, v in lc.most_common()), file=log)


if __name__ == "__main__":
    main()
