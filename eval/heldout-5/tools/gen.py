"""Generate /work/heldout5/negatives/negatives.jsonl (hard negative names).
Usage: ../.venv/bin/python gen.py
"""
import json, random, re, collections, unicodedata
from faker import Faker
from pypinyin import lazy_pinyin
from unidecode import unidecode
import components as C
from listindex import ListIndex, norm_tokens, keys

SEED = 20240605
R = random.Random(SEED)
OUT = "/work/heldout5/negatives/negatives.jsonl"
F = {}
def fk(loc):
    if loc not in F:
        F[loc] = Faker(loc); F[loc].seed_instance(SEED + len(F))
    return F[loc]
ch = R.choice

# ------------------------------------------------------------ transliteration helpers
CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
       "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
       "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w", "ђ": "dj", "ј": "j",
       "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "'": ""}
def cyr2lat(s, style="bgn", ukr=False):
    out = []
    for i, c in enumerate(s):
        lo = c.lower()
        if lo in CYR:
            t = CYR[lo]
            if ukr and lo == "г": t = "h"
            if ukr and lo == "и": t = "y"
            if style == "icao":
                t = {"й": "i", "ю": "iu", "я": "ia", "ы": "y", "ъ": "ie"}.get(lo, t)
            if style == "bgn" and lo == "е" and (i == 0 or s[i - 1].lower() in "аеёиоуыэюяъь "):
                t = "ye"
            if lo == "и" and style == "bgn" and s[i+1:i+2].lower() == "й" and i + 2 == len(s):
                t = "i"
            if c.isupper():
                t = t[:1].upper() + t[1:]
            out.append(t)
        else:
            out.append(c)
    r = "".join(out)
    r = re.sub(r"iy\b", "iy" if style != "de" else "ij", r)
    return r

# Hangul romaniser (three styles)
_I = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_I_MR = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]
_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_V_MR = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"]
_F = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
def hangul_syl(c, style):
    o = ord(c) - 0xAC00
    if not 0 <= o < 11172:
        return c
    i, v, f = o // 588, (o % 588) // 28, o % 28
    ini = (_I_MR if style == "mr" else _I)[i]
    vow = (_V_MR if style == "mr" else _V)[v]
    fin = _F[f]
    if style == "inf":
        ini = {"g": "k", "d": "d", "b": "b", "j": "j"}.get(ini, ini)
        if vow == "eo": vow = "u" if fin else "eo"
        if vow == "yeo": vow = "you" if (fin == "ng" and ini == "") else ("yu" if fin else "yeo")
        if vow == "u" and not fin: vow = "oo"
        if vow == "i" and not fin and ini == "h": vow = "ee"
        if vow == "eu": vow = "eu" if not fin else "u"
    if style == "mr" and fin == "l" and i >= 0:
        pass
    return ini + vow + fin
def rom_ko(word, style):
    return "".join(hangul_syl(c, style) for c in word)
def rom_given(given, style, fmt):
    syls = [rom_ko(c, style) for c in given]
    if style == "mr" and len(syls) == 2 and syls[1].startswith("r"):
        pass
    if fmt == "hyph": return syls[0].capitalize() + "-" + "".join(syls[1:])
    if fmt == "hyphC": return "-".join(s.capitalize() for s in syls)
    if fmt == "space": return " ".join(s.capitalize() for s in syls)
    return "".join(syls).capitalize()

# pinyin -> rough Wade-Giles (Taiwan passport style, no apostrophes)
def wg(py):
    s = py
    for a, b in [("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("d", "t"), ("g", "k"), ("q", "ch"), ("x", "hs"), ("z", "ts"), ("c", "ts"), ("r", "j")]:
        if s.startswith(a):
            s = b + s[len(a):]; break
    if s.startswith("j") and not py.startswith("r"): s = "ch" + s[1:]
    s = s.replace("ong", "ung").replace("ian", "ien").replace("you", "yu")
    if s.endswith("e") and not s.endswith("ie") and not s.endswith("ue"): s = s[:-1] + "o" if s in ("ke", "he", "ge") else s
    if s == "chi" and py == "ji": s = "chi"
    if py in ("shi", "zhi", "chi", "ri"): s = {"shi": "shih", "zhi": "chih", "chi": "chih", "ri": "jih"}[py]
    return s
def py(s):
    return [x.replace("v", "u") for x in lazy_pinyin(s) if x.strip()]

def cap(s): return s[:1].upper() + s[1:]
def strip_dia(s): return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")

# ------------------------------------------------------------ generators
# each returns (name, [latin shadows]) ; companies optionally a 3rd item: native distinctive part (CJK)
def ar_pick(lst): n, l = ch(lst); return n, ch(l)

def g_ar_lat_nasab():
    a, b, c, d = ar_pick(C.AR_MALE), ar_pick(C.AR_MALE), ar_pick(C.AR_MALE), ar_pick(C.AR_FAMILY)
    nm = f"{a[1]} {b[1]} {c[1]} {d[1]}" if R.random() < .5 else f"{a[1]} {b[1]} {d[1]}"
    return nm, [nm]
def g_ar_lat_bin():
    a, b, d = ar_pick(C.AR_MALE), ar_pick(C.AR_MALE), ar_pick(C.AR_FAMILY)
    part = ch(["bin", "bin", "ibn", "Bin"])
    nm = f"{a[1]} {part} {b[1]} {d[1]}"
    return nm, [nm]
def g_ar_lat_kunya():
    k, a, d = ar_pick(C.AR_KUNYA), ar_pick(C.AR_MALE), ar_pick(C.AR_FAMILY)
    nm = ch([f"{a[1]} {d[1]} (Abu {k[1]})", f"Abu {k[1]} {a[1]} {d[1]}", f"{a[1]} Abu {k[1]} {d[1]}"])
    return nm, [nm]
def g_ar_lat_female():
    a, b, d = ar_pick(C.AR_FEMALE), ar_pick(C.AR_MALE), ar_pick(C.AR_FAMILY)
    nm = f"{a[1]} {b[1]} {d[1]}"
    return nm, [nm]
def g_fa_lat():
    first = ar_pick(C.FA_MALE if R.random() < .8 else C.FA_FEMALE)[1]
    fam = ar_pick(C.FA_FAMILY)[1]
    if R.random() < .3:
        fam = fam + " " + ar_pick(C.FA_FAMILY)[1] if R.random() < .4 else fam
    pre = ch(["", "", "", "Seyed ", "Sayyed "]) if R.random() < .25 else ""
    nm = ch([f"{pre}{first} {fam}", f"{fam.upper()}, {first}", f"{first} {ar_pick(C.FA_MALE)[1]} {fam}"])
    return nm, [nm]
def g_pk_lat():
    g = ch(C.PK_GIVEN); f = ch(C.PK_FAMILY)
    pre = ch(["Muhammad ", "Mohammad ", "Syed ", "Malik ", "", "", "", ""])
    nm = ch([f"{pre}{g} {f}", f"{g} {f}", f"{g} s/o {ch(C.PK_GIVEN)} {f}", f"{g} {ch(C.PK_GIVEN).split()[0]} {f}"])
    return nm, [nm]

def ko_person():
    sur = ch(list(C.KO_SURNAME))
    given = fk("ko_KR").first_name()
    if len(given) != 2 or R.random() < .35:
        given = ch(C.KO_GIVEN_SYL) + ch(C.KO_GIVEN_SYL)
    return sur, given
def ko_shadows(sur, given):
    s = C.KO_SURNAME[sur]
    return [f"{s[0]} {rom_given(given,'mr','space')}", f"{s[2]} {rom_given(given,'rr','space')}", f"{s[2]} {rom_given(given,'inf','space')}"]
def g_ko_lat_dprk():
    sur, given = ko_person(); s = C.KO_SURNAME[sur][0]
    fmt = ch(["hyph", "space", "join", "hyphC"])
    g = rom_given(given, "mr", fmt)
    nm = ch([f"{s} {g}", f"{s.upper()} {g}", f"{g} {s.upper()}", f"{s.upper()}, {g}"])
    return nm, [nm] + ko_shadows(sur, given)
def g_ko_lat_rok():
    sur, given = ko_person(); s = C.KO_SURNAME[sur][ch([1, 2, 2])]
    style = ch(["rr", "inf", "inf"]); fmt = ch(["hyph", "join", "space", "hyphC"])
    g = rom_given(given, style, fmt)
    nm = ch([f"{s} {g}", f"{g} {s}", f"{s.upper()} {g}", f"{g} {s.upper()}"])
    return nm, [nm] + ko_shadows(sur, given)
def g_ko_hangul():
    sur, given = ko_person()
    return sur + given, ko_shadows(sur, given)
def g_ko_hangul_sp():
    sur, given = ko_person()
    return sur + " " + given, ko_shadows(sur, given)

def zh_person(trad=False):
    f = fk("zh_TW" if trad else "zh_CN")
    sur = f.last_name(); given = f.first_name()
    if R.random() < .3: given = given[:1]
    return sur, given
def zh_shadow(sur, given):
    p = py(sur + given); return [" ".join(p), p[0] + " " + "".join(p[1:])]
def g_zh_lat_pinyin():
    sur, given = zh_person()
    p = py(sur); g = py(given)
    if len(p) != len(sur): return None
    gs = "".join(g)
    nm = ch([f"{cap(p[0])} {cap(gs)}", f"{p[0].upper()} {' '.join(cap(x) for x in g)}", f"{cap(gs)} {cap(p[0])}", f"{p[0].upper()} {cap(gs)}"])
    return nm, [nm] + zh_shadow(sur, given)
def g_zh_lat_wg():
    sur, given = zh_person(trad=True)
    p = py(sur); g = py(given)
    if len(p) != 1: return None
    gs = "-".join(wg(x) for x in g)
    nm = ch([f"{cap(wg(p[0]))} {cap(gs)}", f"{wg(p[0]).upper()}, {cap(gs)}", f"{cap(gs)} {cap(wg(p[0]))}"])
    return nm, [nm] + zh_shadow(sur, given)
def g_zh_lat_hk():
    s = ch(list(C.CANTO_SURNAME)); g = "".join(R.sample(list(C.CANTO_GIVEN), 2))
    cs, cg = C.CANTO_SURNAME[s], [C.CANTO_GIVEN[x] for x in g]
    eng = ch(["Peter", "Michael", "Vincent", "Kenneth", "Raymond", "Alan", "Eric", "Winnie", "Karen", "Joyce", "Anthony", "Stanley", "Gary", "Ivy", "Eddie", "Jason"])
    nm = ch([f"{cs} {cg[0]} {cg[1]}", f"{cs.upper()} {cg[0]} {cg[1].lower()}", f"{cs} {cg[0]}-{cg[1].lower()}", f"{eng} {cs} {cg[0]}-{cg[1].lower()}", f"{eng} {cs.upper()}"])
    if nm.startswith(eng) and nm.endswith(cs.upper()):
        return None if R.random() < .7 else (nm, [nm])
    return nm, [nm, f"{cs} {cg[0]} {cg[1]}"] + zh_shadow(s, g)
def g_zh_han_s():
    sur, given = zh_person(); return sur + given, zh_shadow(sur, given)
def g_zh_han_t():
    if R.random() < .35:
        s = ch(list(C.CANTO_SURNAME)); g = "".join(R.sample(list(C.CANTO_GIVEN), 2))
        return s + g, [f"{C.CANTO_SURNAME[s]} {C.CANTO_GIVEN[g[0]]} {C.CANTO_GIVEN[g[1]]}"] + zh_shadow(s, g)
    sur, given = zh_person(True); return sur + given, zh_shadow(sur, given)

def jp_person():
    f = fk("ja_JP"); l = f.last_name_pair(); g = f.first_name_pair(); return l, g
def g_jp_lat():
    l, g = jp_person()
    nm = ch([f"{g[2]} {l[2]}", f"{l[2].upper()} {g[2]}", f"{l[2]} {g[2]}", f"{g[2]} {l[2].upper()}"])
    return nm, [nm]
def g_jp_kanji():
    l, g = jp_person(); nm = ch([l[0] + g[0], l[0] + " " + g[0], l[0] + "　" + g[0]]); return nm, [f"{l[2]} {g[2]}"]
def g_jp_kana():
    l, g = jp_person()
    if R.random() < .5:
        nm = ch([l[1] + " " + g[1], l[1] + "・" + g[1], l[1] + g[1]])
    else:
        kh = lambda s: "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)
        nm = ch([kh(l[1]) + " " + kh(g[1]), kh(l[1]) + kh(g[1])])
    return nm, [f"{l[2]} {g[2]}"]

def ru_person(loc="ru_RU"):
    f = fk(loc)
    male = R.random() < .75
    if male:
        return f.last_name_male(), f.first_name_male(), f.middle_name_male()
    return f.last_name_female(), f.first_name_female(), f.middle_name_female()
def g_ru_cyr():
    l, g, p = ru_person()
    nm = ch([f"{l} {g} {p}", f"{g} {p} {l}", f"{g} {l}", f"{l.upper()} {g} {p}"])
    return nm, [cyr2lat(nm)]
def g_ru_lat():
    l, g, p = ru_person()
    st = ch(["bgn", "icao", "bgn"])
    L, G, P = cyr2lat(l, st), cyr2lat(g, st), cyr2lat(p, st)
    nm = ch([f"{L.upper()}, {G} {P}", f"{G} {P} {L}", f"{L} {G} {P}", f"{G} {L}"])
    return nm, [nm, cyr2lat(f"{g} {p} {l}", "bgn"), cyr2lat(f"{g} {p} {l}", "icao")]
def g_ua_cyr():
    f = fk("uk_UA"); male = R.random() < .7
    l = f.last_name_male() if male else f.last_name_female()
    g = f.first_name_male() if male else f.first_name_female()
    p = f.middle_name_male() if male else f.middle_name_female()
    nm = ch([f"{l} {g} {p}", f"{g} {l}", f"{g} {p} {l}"])
    return nm, [cyr2lat(nm, ukr=True), cyr2lat(nm)]
def g_ua_lat():
    nm, sh = g_ua_cyr(); lat = cyr2lat(nm, ukr=True); return lat, [lat, cyr2lat(nm)]
def g_bg_cyr():
    f = fk("bg_BG"); male = R.random() < .65
    l = f.last_name_male() if male else f.last_name_female()
    g = f.first_name_male() if male else f.first_name_female()
    g2 = f.first_name_male()
    mid = g2 + ("ов" if not g2.endswith(("а", "о", "и")) else "ев") + ("" if male else "а")
    nm = ch([f"{g} {mid} {l}", f"{g} {l}"])
    return nm, [cyr2lat(nm)]
def g_sr_cyr():
    male = R.random() < .7
    g = ch(C.SR_MALE if male else C.SR_FEMALE); l = ch(C.SR_FAMILY)
    nm = ch([f"{g} {l}", f"{l} {g}", f"{g} {ch(C.SR_MALE)[0]}. {l}"])
    return nm, [cyr2lat(nm)]
def g_by_cyr():
    male = R.random() < .7
    g = ch(C.BY_MALE if male else C.BY_FEMALE); l = ch(C.BY_FAMILY)
    p = ch(C.BY_PATR); p = p if male else p[:-3] + "аўна"
    nm = ch([f"{l} {g} {p}", f"{g} {l}", f"{g} {p} {l}"])
    return nm, [cyr2lat(nm)]
def g_kz_cyr():
    male = R.random() < .7
    g = ch(C.KZ_MALE if male else C.KZ_FEMALE); l = ch(C.KZ_FAMILY); l = l if male else l + "а"
    fa = ch(C.KZ_FATHER)
    nm = ch([f"{l} {g} {fa}{'ұлы' if male else 'қызы'}", f"{g} {l}", f"{l} {g}"])
    return nm, [cyr2lat(nm)]

def g_ar_script():
    a, b, d = ar_pick(C.AR_MALE), ar_pick(C.AR_MALE), ar_pick(C.AR_FAMILY)
    t = R.random()
    if t < .3:
        nm = f"{a[0]} بن {b[0]} {d[0]}"; sh = f"{a[1]} bin {b[1]} {d[1]}"
    elif t < .45:
        k = ar_pick(C.AR_KUNYA); nm = f"أبو {k[0]} {a[0]} {d[0]}"; sh = f"Abu {k[1]} {a[1]} {d[1]}"
    elif t < .6:
        f = ar_pick(C.AR_FEMALE); nm = f"{f[0]} {b[0]} {d[0]}"; sh = f"{f[1]} {b[1]} {d[1]}"
    else:
        c = ar_pick(C.AR_MALE); nm = f"{a[0]} {b[0]} {c[0]} {d[0]}"; sh = f"{a[1]} {b[1]} {c[1]} {d[1]}"
    return nm, [sh]
def g_fa_script():
    first = ch(C.FA_MALE if R.random() < .75 else C.FA_FEMALE); fam = ch(C.FA_FAMILY)
    t = R.random()
    if t < .2:
        s2 = ch(C.FA_MALE); nm = f"سید {first[0]} {fam[0]}" if R.random() < .5 else f"{first[0]} {s2[0]} {fam[0]}"
        sh = f"Seyed {first[1][0]} {fam[1][0]}" if "سید" in nm else f"{first[1][0]} {s2[1][0]} {fam[1][0]}"
    elif t < .35:
        f2 = ch(C.FA_FAMILY); nm = f"{first[0]} {fam[0]} {f2[0]}"; sh = f"{first[1][0]} {fam[1][0]} {f2[1][0]}"
    else:
        nm = f"{first[0]} {fam[0]}"; sh = f"{first[1][0]} {fam[1][0]}"
    return nm, [sh]

def simple_faker(loc, order="fl", shadow=True):
    def g():
        f = fk(loc); nm = f"{f.first_name()} {f.last_name()}" if order == "fl" else f"{f.last_name()} {f.first_name()}"
        nm = re.sub(r"\s+", " ", nm).strip()
        return nm, [unidecode(nm)]
    return g
def g_vi(dia=True):
    def g():
        fam = ch("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Lương Tạ Châu".split())
        mid = ch("Văn Thị Đức Minh Quang Thanh Hữu Ngọc Xuân Công Quốc Thu Hoài Bảo Gia".split())
        giv = ch("Anh Bình Cường Dũng Hải Hùng Khoa Long Nam Phong Quân Sơn Thắng Tuấn Việt Hương Lan Linh Mai Phương Thảo Trang Vy Hiếu Hòa Khánh Lộc Nhân Phúc Tâm Thành Trung Tú Hạnh Duy Đạt Kiên".split())
        nm = f"{fam} {mid} {giv}" if R.random() < .8 else f"{giv} {fam}"
        if not dia:
            nm = strip_dia(nm)
            if R.random() < .3: nm = nm.upper()
        return nm, [strip_dia(nm)]
    return g
def g_ph():
    giv = ch(["Jose", "Maria", "Juan", "Mark Anthony", "Jerome", "Rodel", "Ma. Cristina", "John Paul", "Rommel", "Jericho", "Analyn", "Marites", "Reynaldo",
              "Rowena", "Arnel", "Jovelyn", "Dennis", "Ramil", "Gerardo", "Lorna", "Ernesto", "Edwin", "Rosalie", "Ferdinand", "Mylene", "Noel"])
    fams = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Dela Cruz", "Del Rosario", "Aquino", "Manalo", "Tolentino",
            "Pangilinan", "Dimaculangan", "Panganiban", "Soriano", "Castillo", "Magbanua", "Lacson", "Sison", "Dizon", "Mercado", "Navarro", "Salazar", "Gatchalian", "Macaraeg"]
    m, l = R.sample(fams, 2)
    nm = ch([f"{giv} {m[0]}. {l}", f"{giv} {m} {l}", f"{l.upper()}, {giv} {m[0]}."])
    return nm, [nm]
def g_ng():
    loc = ch(["yo_NG", "ig_NG", "ha_NG", "en_NG"]); f = fk(loc)
    nm = ch([f"{f.first_name()} {f.first_name()} {f.last_name()}", f"{f.first_name()} {f.last_name()}", f"{f.last_name().upper()} {f.first_name()}"])
    nm = nm.replace("’", "'")
    return nm, [nm]
def g_indic(loc):
    def g():
        f = fk(loc); nm = f"{f.first_name()} {f.last_name()}"
        if loc == "ta_IN" and R.random() < .4:
            nm = f"{f.first_name()} {f.first_name()}"
        return nm, [unidecode(nm)]
    return g

# ------------------------------------------------------------ companies
LAT_ABBR = lambda: ch(["Co., Ltd.", "Co. Ltd", "Company Limited", "Corp.", "Corporation", "Ltd.", "Limited", "Co.", "Intl Ltd", "Group Co., Ltd.", "LLC"])
def ko_brand():
    if R.random() < .5: b = ch(C.KO_DPRK_BRAND)
    else: b = ch(C.KO_BRAND_SYL) + ch(C.KO_BRAND_SYL)
    return b
def g_ko_co_lat():
    b = ko_brand(); m = rom_ko(b, "mr").capitalize(); r = rom_ko(b, "rr").capitalize()
    nm = ch([f"Korea {m} Trading Corporation", f"Korea {m} General Trading Co.", f"{m} Trading Company", f"Korea {m} Shipping Co.",
             f"Chosun {m} Trading Corp.", f"{m} Technology Trading Co.", f"Korea {m} Industrial Group", f"{r} Co., Ltd.", f"{r} Industrial Co., Ltd.",
             f"{r} Precision Co. Ltd", f"Korea {m} Trdg Corp", f"{m} Machinery Import Corporation", f"{r} Shipping Co.,Ltd"])
    return nm, [nm, m, r], b
def g_ko_co_hangul():
    b = ko_brand()
    nm = ch([f"{b}무역회사", f"조선{b}무역회사", f"{b}무역", f"(주){b}", f"주식회사 {b}", f"{b}산업(주)", f"{b}정밀 주식회사", f"{b}해운",
             f"{b}기술무역회사", f"{b}전자 주식회사", f"{b}상사", f"조선{b}총회사", f"{b}기계수출입회사"])
    return nm, [rom_ko(b, "mr"), rom_ko(b, "rr")], b
def cn_brand():
    return "".join(R.sample(C.CN_BRAND_CHARS, 2))
def g_cn_co_han():
    city, cl = ch(C.CN_CITY); b = cn_brand(); ind, il = ch(C.CN_IND)
    nm = ch([f"{city}{b}{ind}有限公司", f"{b}{ind}有限公司", f"{city}{b}{ind}股份有限公司", f"{city}{b}{ind}有限责任公司"])
    return nm, [" ".join(py(b))], b
def g_cn_co_lat():
    city, cl = ch(C.CN_CITY); b = cn_brand(); ind, il = ch(C.CN_IND); bp = cap("".join(py(b)))
    nm = ch([f"{cl} {bp} {il} Co., Ltd.", f"{bp} {il} Co. Ltd", f"{bp} (HK) Trading Limited", f"{bp} International (Hong Kong) Ltd",
             f"{cl} {bp} {il} Company Limited", f"{cl.upper()} {bp.upper()} {il.upper()} CO LTD", f"{bp} Tech Co.,Ltd", f"{bp} Intl Trdg Co., Ltd."])
    return nm, [nm, bp], b
def g_tw_co_han():
    b = "".join(R.sample("恆達華信鑫源宏泰永盛金鵬天潤瑞豐博遠凱聯創錦程嘉匯通海納順祥明輝寶利興隆康安誠德正和美億星晟藍佳科峰", 2))
    ind, il = ch(C.TW_IND)
    nm = ch([f"{b}{ind}股份有限公司", f"{b}{ind}有限公司", f"香港{b}{ind}有限公司", f"{b}{ind}企業社"])
    return nm, [" ".join(py(b))], b
def g_jp_co_kanji():
    l = fk("ja_JP").last_name_pair()
    ind = ch([("精機", "Seiki"), ("工業", "Kogyo"), ("商事", "Shoji"), ("電子", "Denshi"), ("製作所", "Seisakusho"), ("化成", "Kasei"), ("産業", "Sangyo"), ("技研", "Giken")])
    nm = ch([f"株式会社{l[0]}{ind[0]}", f"{l[0]}{ind[0]}株式会社", f"有限会社{l[0]}{ind[0]}", f"{l[0]}{ind[0]}(株)"])
    return nm, [f"{l[2]} {ind[1]}"], l[0] + ind[0]
def g_jp_co_lat():
    l = fk("ja_JP").last_name_pair()
    ind = ch(["Seiki Co., Ltd.", "Kogyo Co., Ltd.", "Shoji Kaisha, Ltd.", "Denshi K.K.", "Seisakusho Co., Ltd.", "Precision Industries Co., Ltd.", "Trading Co., Ltd.", "Giken Kogyo K.K."])
    nm = f"{l[2]} {ind}"
    return nm, [nm]
def g_kana_co():
    l = fk("ja_JP").last_name_pair()
    suf = ch(["エンジニアリング", "トレーディング", "テクノロジー", "マシナリー", "テック", "システムズ", "エレクトロニクス"])
    nm = ch([f"株式会社{l[1]}{suf}", f"{l[1]}{suf}株式会社", f"{l[1]}・{suf}", f"{l[1]}{suf}"])
    return nm, [l[2]], l[1]
def g_fa_co_script():
    b = ch(C.FA_BRAND); ind = ch(C.FA_IND); bl = ch(b[1])
    t = R.random()
    if t < .3: nm, sh = f"شرکت {ind[0]} {b[0]}", f"{bl} {ind[2]} Co"
    elif t < .45: nm, sh = f"{ind[0]} {b[0]} پارس", f"Pars {bl} {ind[2]}"
    elif t < .6: nm, sh = f"گروه صنعتی {b[0]}", f"{bl} Industrial Group"
    elif t < .7:
        s = ch(C.FA_FAMILY); nm, sh = f"مجتمع صنعتی شهید {s[0]}", f"Shahid {s[1][0]} Industrial Complex"
    elif t < .85: nm, sh = f"شرکت {b[0]} {ind[0]} کیش", f"{bl} {ind[2]} Kish"
    else: nm, sh = f"شرکت {ind[0]} {b[0]} (سهامی خاص)", f"{bl} {ind[2]} PJS"
    return nm, [sh]
def g_fa_co_lat():
    b = ch(C.FA_BRAND); ind = ch(C.FA_IND); bl = ch(b[1])
    nm = ch([f"{bl} {ind[1]} Co.", f"{bl} {ind[2]} Company", f"Pars {bl} {ind[2]} Co.", f"{ind[1]} {bl} Company (PJS)", f"{bl} Sanat Kish Co.",
             f"{bl} {ind[2]} Group", f"{bl} Tejarat Co. Ltd", f"Shahid {ch(C.FA_FAMILY)[1][0]} Industries Group", f"{bl} Tose'e {ind[2]} Co."])
    return nm, [nm]
def g_ar_co_script():
    b = ch(C.AR_BRAND); ind = ch(C.AR_IND); bl = ch(b[1])
    nm = ch([f"شركة {b[0]} {ind[0]}", f"مؤسسة {b[0]} التجارية", f"مجموعة {b[0]} القابضة", f"شركة {b[0]} {ind[0]} ذ.م.م"])
    return nm, [f"{bl} {ind[1]}"]
def g_ar_co_lat():
    b = ch(C.AR_BRAND); ind = ch(C.AR_IND); bl = ch(b[1])
    nm = ch([f"{bl} {ind[1]} Co. LLC", f"{bl} {ind[1]} L.L.C.", f"{bl} Trading Est.", f"{bl} {ind[1]} FZE", f"{bl} Holding Group",
             f"{bl} {ind[1]} FZCO", f"{ar_pick(C.AR_FAMILY)[1]} {ind[1]} Co. W.L.L."])
    return nm, [nm]
def cy_brand():
    t = R.random()
    if t < .55: return ch(C.CY_PREFIX) + ch(C.CY_SUFFIX)
    if t < .8: return ch(C.CY_WORD)
    return ch(C.CY_WORD) + "-" + ch(["Трейд", "Сервис", "Плюс", "М", "Групп", "Инвест"])
def g_cy_co():
    b = cy_brand()
    nm = ch([f"ООО «{b}»", f"АО «{b}»", f"ООО \"{b}\"", f"ЗАО «{b}»", f"ООО «НПП «{b}»", f"АО «НПО «{b}»", f"ПАО «{b}»",
             f"Общество с ограниченной ответственностью «{b}»", f"ТОВ «{b}»", f"ТОО «{b}»", f"«{b}» ЕООД", f"{b} д.о.о.", f"ТАА «{b}»", f"ООО ТД «{b}»"])
    return nm, [cyr2lat(b)]
def g_cy_co_lat():
    b = cy_brand(); L = cyr2lat(b, ch(["bgn", "icao"]))
    nm = ch([f"OOO {L}", f"{L} LLC", f"JSC {L}", f"AO NPP {L}", f"{L} Limited Liability Company", f"LLC \"{L}\"", f"{L} JSC", f"TD {L} OOO"])
    return nm, [nm, L]

WEST = {
    "de_DE": ["{n} Präzisionstechnik GmbH", "{n} Maschinenbau GmbH & Co. KG", "{n} Industrieanlagen AG", "{n} Elektronik GmbH", "{n} & Söhne GmbH"],
    "fr_FR": ["{n} Industries SAS", "Société {n} et Fils", "{n} Ingénierie SARL", "Établissements {n}", "{n} Aéronautique SA"],
    "it_IT": ["{n} Meccanica S.p.A.", "{n} Impianti S.r.l.", "Fratelli {n} S.r.l.", "{n} Costruzioni S.p.A."],
    "es_ES": ["{n} Ingeniería S.L.", "Comercial {n} S.A.", "Talleres {n} S.L.", "{n} y Asociados S.A."],
    "pt_BR": ["{n} Engenharia Ltda.", "{n} Comércio e Serviços Ltda.", "Metalúrgica {n} S.A."],
    "pl_PL": ["{n} Sp. z o.o.", "Przedsiębiorstwo Handlowe {n}", "{n} i Wspólnicy Sp. k."],
    "sv_SE": ["{n} Teknik AB", "{n} Marin AB", "{n} Industri AB"],
    "tr_TR": ["{n} Makina Sanayi ve Ticaret A.Ş.", "{n} Dış Ticaret Ltd. Şti.", "{n} Mühendislik A.Ş."],
    "id_ID": ["PT {n} Teknik Mandiri", "CV {n} Jaya", "PT {n} Sejahtera Abadi"],
    "en_US": ["{n} Engineering Inc.", "{n} Logistics, LLC", "{n} Industrial Supply Corp.", "{n} & Associates, Inc.", "{n} Precision Components Intl"],
    "en_GB": ["{n} Engineering Ltd", "{n} & Sons Ltd", "{n} Marine Services Ltd", "{n} Holdings plc", "{n} Technical Grp Ltd"],
    "en_NG": ["{n} Nigeria Limited", "{n} Ventures Ltd", "{n} Global Resources Ltd"],
}
def g_west_co():
    loc = ch(list(WEST)); n = fk(loc).last_name()
    nm = ch(WEST[loc]).format(n=n)
    return nm, [unidecode(nm)]
def g_vi_co():
    b = ch(["Hưng Thịnh", "Phú Cường", "Minh Phát", "Thành Đạt", "An Phát", "Tân Hoàng", "Việt Long", "Đại Dương", "Hoàng Gia", "Thuận Phong", "Bảo Anh", "Kim Ngân"])
    t = ch([f"Công ty TNHH {b}", f"Công ty Cổ phần {b}", f"{strip_dia(b).upper()} CO., LTD", f"{strip_dia(b)} Trading Co., Ltd", f"Công ty TNHH Thương mại và Dịch vụ {b}"])
    return t, [strip_dia(t)]
PLACES = ["Tampere", "Bergen", "Curitiba", "Bursa", "Cebu", "Surabaya", "Da Nang", "Chiang Mai", "Penang", "Nairobi", "Porto", "Leipzig", "Lyon", "Gdansk",
          "Aarhus", "Valencia", "Recife", "Medellin", "Mombasa", "Kaunas", "Brno", "Cluj", "Tartu", "Bilbao", "Turku", "Malmo", "Eindhoven", "Cordoba", "Pohang", "Ulsan", "Changwon"]
def g_shared_org():
    p = ch(PLACES); s = fk(ch(["en_GB", "de_DE", "fr_FR", "it_IT"])).last_name()
    t = R.random()
    nm = ch([f"{p} Aerospace Industries", f"{p} University of Science and Technology", f"{s} Bank", f"{p} Industrial Bank", f"{p} Defence Research Organisation",
             f"{p} Defense Research Organization", f"{p} Research Centre for Advanced Materials", f"{p} Research Center for Advanced Materials",
             f"{p} Aviation Industries Corp.", f"Korea {rom_ko(ko_brand(), 'rr').capitalize()} Industrial Corporation", f"Shahid {ch(C.FA_FAMILY)[1][0]} Industries Group",
             f"{p} Institute of Applied Physics", f"{p} Shipbuilding & Engineering Co.", f"{s} Defence Systems Ltd", f"{s} Defense Technologies Inc.",
             f"{p} Nuclear Medicine Centre", f"{p} Polytechnic University", f"{p} International Trading Bank"])
    return nm, [nm]
def g_indic_co(loc):
    def g():
        f = fk(loc); n = f.last_name()
        tpl = {"hi_IN": ["{n} इंजीनियरिंग प्राइवेट लिमिटेड", "{n} ट्रेडर्स", "{n} इंडस्ट्रीज़", "श्री {n} एंटरप्राइजेज", "{n} एक्सपोर्ट्स प्रा. लि."],
               "bn_BD": ["{n} ট্রেডার্স", "{n} ইঞ্জিনিয়ারিং লিমিটেড", "{n} এন্টারপ্রাইজ", "{n} ইন্ডাস্ট্রিজ লিমিটেড"],
               "ta_IN": ["{n} டிரேடர்ஸ்", "{n} இன்ஜினியரிங் பிரைவேட் லிமிடெட்", "ஸ்ரீ {n} இண்டஸ்ட்ரீஸ்", "{n} எக்ஸ்போர்ட்ஸ்"]}[loc]
        nm = ch(tpl).format(n=n); return nm, [unidecode(nm)]
    return g
def g_other_co(loc):
    def g():
        f = fk(loc); n = f.last_name()
        tpl = {"he_IL": ["{n} בע\"מ", "{n} הנדסה בע\"מ", "{n} סחר ויבוא בע\"מ", "{n} מערכות בע\"מ"],
               "el_GR": ["{n} Α.Ε.", "{n} Ε.Π.Ε.", "Ναυτιλιακή Εταιρεία {n}", "{n} Τεχνική Α.Ε.", "Αφοί {n} Ο.Ε."],
               "ka_GE": ["შპს {n}", "სს {n}", "შპს „{n} ინჟინერინგი“", "{n} ტრეიდინგი"],
               "hy_AM": ["{n} ՍՊԸ", "«{n}» ՓԲԸ", "{n} Ինժեներինգ ՍՊԸ", "{n} Թրեյդ ՍՊԸ"],
               "th_TH": ["บริษัท {n} จำกัด", "ห้างหุ้นส่วนจำกัด {n}", "บริษัท {n} เอ็นจิเนียริ่ง จำกัด", "บริษัท {n} เทรดดิ้ง จำกัด"]}[loc]
        nm = ch(tpl).format(n=n); return nm, [unidecode(nm)]
    return g

# ------------------------------------------------------------ noise
TITLES = {"cyr": ["господин ", "г-н ", "Д-р ", "инж. "], "han": [("", "先生"), ("", "女士"), ("", "博士"), ("", "总经理")], "hangul": [("", " 씨"), ("", "씨"), ("", " 님"), ("", " 박사"), ("", " 대표")],
          "ar": ["السيد ", "الدكتور ", "المهندس ", "الشيخ "], "fa": ["آقای ", "دکتر ", "مهندس ", "خانم "], "jp": [("", "様"), ("", " 様"), ("", "さん"), ("", "氏")],
          "he": ["מר ", "ד\"ר ", "גב' "], "el": ["κ. ", "Δρ. "], "th": ["นาย ", "นาง ", "ดร. "], "indic": ["श्री ", "डॉ. "], "bn": ["জনাব ", "ডা. "], "ta": ["திரு. ", "டாக்டர் "],
          "hy": ["պարոն "], "ka": ["ბატონი "]}
def add_noise(nm, tkey, kind_rng):
    t = kind_rng.choice(["title", "title", "punct", "upper", "spaces"])
    if t == "upper":
        up = nm.upper()
        if up == nm: t = "spaces"
        else: return up, "upper"
    if t == "title" and tkey in TITLES:
        tt = kind_rng.choice(TITLES[tkey])
        if isinstance(tt, tuple): return tt[0] + nm + tt[1], "title"
        return tt + nm, "title"
    if t in ("punct", "title"):
        return kind_rng.choice([f"{nm}.", f", {nm}", f"- {nm}", f"{nm};", f"({nm})", f"\"{nm}\"", f"{nm},", f"• {nm}", f"{nm} :"]), "punct"
    sp = "　" if tkey in ("han", "jp") else " "
    return kind_rng.choice([f"  {nm} ", f" {nm}", re.sub(r" ", "  ", nm) if " " in nm else f"{nm}{sp}{sp}", f"{sp}{nm}{sp}"]), "spaces"

# ------------------------------------------------------------ plan: (kind, schema, script, count, gen, noise-key or None)
P, Co = "Person", "Company"
PLAN = [
 # Latin persons (1400)
 ("latin/western-faker:en", P, "Latin", 50, simple_faker("en_US"), None), ("latin/western-faker:en_GB", P, "Latin", 30, simple_faker("en_GB"), None),
 ("latin/western-faker:fr", P, "Latin", 30, simple_faker("fr_FR"), None), ("latin/western-faker:de", P, "Latin", 30, simple_faker("de_DE"), None),
 ("latin/western-faker:es", P, "Latin", 30, simple_faker("es_ES"), None), ("latin/western-faker:pt_BR", P, "Latin", 25, simple_faker("pt_BR"), None),
 ("latin/western-faker:it", P, "Latin", 20, simple_faker("it_IT"), None), ("latin/western-faker:pl", P, "Latin", 20, simple_faker("pl_PL"), None),
 ("latin/western-faker:sv", P, "Latin", 15, simple_faker("sv_SE"), None),
 ("latin/turkish", P, "Latin", 60, simple_faker("tr_TR"), None), ("latin/indonesian", P, "Latin", 60, simple_faker("id_ID"), None),
 ("latin/vietnamese-diacritics", P, "Latin", 50, g_vi(True), None), ("latin/vietnamese-plain", P, "Latin", 50, g_vi(False), None),
 ("latin/filipino", P, "Latin", 60, g_ph, None), ("latin/nigerian", P, "Latin", 40, g_ng, None),
 ("latin/arabic-nasab", P, "Latin", 70, g_ar_lat_nasab, None), ("latin/arabic-bin", P, "Latin", 50, g_ar_lat_bin, None),
 ("latin/arabic-kunya", P, "Latin", 35, g_ar_lat_kunya, None), ("latin/arabic-female", P, "Latin", 25, g_ar_lat_female, None),
 ("latin/persian", P, "Latin", 110, g_fa_lat, None), ("latin/pashto-urdu", P, "Latin", 80, g_pk_lat, None),
 ("latin/korean-dprk-style", P, "Latin", 90, g_ko_lat_dprk, None), ("latin/korean-rok-style", P, "Latin", 70, g_ko_lat_rok, None),
 ("latin/chinese-pinyin", P, "Latin", 60, g_zh_lat_pinyin, None), ("latin/chinese-wade-giles", P, "Latin", 30, g_zh_lat_wg, None),
 ("latin/chinese-cantonese", P, "Latin", 30, g_zh_lat_hk, None), ("latin/japanese-romaji", P, "Latin", 60, g_jp_lat, None),
 ("latin/russian-translit", P, "Latin", 90, g_ru_lat, None), ("latin/ukrainian-translit", P, "Latin", 30, g_ua_lat, None),
 # Latin companies (600)
 ("latin-co/korean-style", Co, "Latin", 90, g_ko_co_lat, None), ("latin-co/chinese-style", Co, "Latin", 90, g_cn_co_lat, None),
 ("latin-co/iranian-style", Co, "Latin", 80, g_fa_co_lat, None), ("latin-co/gulf-arab-style", Co, "Latin", 70, g_ar_co_lat, None),
 ("latin-co/russian-style", Co, "Latin", 60, g_cy_co_lat, None), ("latin-co/western-legal-forms", Co, "Latin", 100, g_west_co, None),
 ("latin-co/shared-generic-words", Co, "Latin", 80, g_shared_org, None), ("latin-co/japanese-style", Co, "Latin", 15, g_jp_co_lat, None),
 ("latin-co/vietnamese", Co, "Latin", 15, g_vi_co, None),
 # Arabic script (600)
 ("arabic/arabic-person", P, "Arabic", 220, g_ar_script, "ar"), ("arabic/persian-person", P, "Arabic", 200, g_fa_script, "fa"),
 ("arabic/persian-company", Co, "Arabic", 100, g_fa_co_script, "fa"), ("arabic/arabic-company", Co, "Arabic", 80, g_ar_co_script, "ar"),
 # Cyrillic (600)
 ("cyrillic/russian-person", P, "Cyrillic", 170, g_ru_cyr, "cyr"), ("cyrillic/ukrainian-person", P, "Cyrillic", 80, g_ua_cyr, "cyr"),
 ("cyrillic/belarusian-person", P, "Cyrillic", 40, g_by_cyr, "cyr"), ("cyrillic/bulgarian-person", P, "Cyrillic", 50, g_bg_cyr, "cyr"),
 ("cyrillic/serbian-person", P, "Cyrillic", 40, g_sr_cyr, "cyr"), ("cyrillic/kazakh-person", P, "Cyrillic", 40, g_kz_cyr, "cyr"),
 ("cyrillic/company", Co, "Cyrillic", 180, g_cy_co, "cyr"),
 # Han (500)
 ("han/chinese-simplified-person", P, "Han", 180, g_zh_han_s, "han"), ("han/chinese-traditional-person", P, "Han", 100, g_zh_han_t, "han"),
 ("han/japanese-kanji-person", P, "Han", 70, g_jp_kanji, "jp"), ("han/chinese-simplified-company", Co, "Han", 80, g_cn_co_han, "han"),
 ("han/chinese-traditional-company", Co, "Han", 40, g_tw_co_han, "han"), ("han/japanese-company", Co, "Han", 30, g_jp_co_kanji, "jp"),
 # Hangul (400)
 ("hangul/person-joined", P, "Hangul", 200, g_ko_hangul, "hangul"), ("hangul/person-spaced", P, "Hangul", 80, g_ko_hangul_sp, "hangul"), ("hangul/company", Co, "Hangul", 120, g_ko_co_hangul, "hangul"),
 # Indic (250)
 ("indic/devanagari-person", P, "Devanagari", 80, g_indic("hi_IN"), "indic"), ("indic/bengali-person", P, "Bengali", 50, g_indic("bn_BD"), "bn"),
 ("indic/tamil-person", P, "Tamil", 45, g_indic("ta_IN"), "ta"), ("indic/devanagari-company", Co, "Devanagari", 30, g_indic_co("hi_IN"), "indic"),
 ("indic/bengali-company", Co, "Bengali", 25, g_indic_co("bn_BD"), "bn"), ("indic/tamil-company", Co, "Tamil", 20, g_indic_co("ta_IN"), "ta"),
 # other scripts (650)
 ("other/hebrew-person", P, "Hebrew", 75, simple_faker("he_IL"), "he"), ("other/hebrew-company", Co, "Hebrew", 35, g_other_co("he_IL"), "he"),
 ("other/greek-person", P, "Greek", 75, simple_faker("el_GR"), "el"), ("other/greek-company", Co, "Greek", 35, g_other_co("el_GR"), "el"),
 ("other/georgian-person", P, "Georgian", 70, simple_faker("ka_GE"), "ka"), ("other/georgian-company", Co, "Georgian", 30, g_other_co("ka_GE"), "ka"),
 ("other/armenian-person", P, "Armenian", 70, simple_faker("hy_AM"), "hy"), ("other/armenian-company", Co, "Armenian", 30, g_other_co("hy_AM"), "hy"),
 ("other/thai-person", P, "Thai", 80, simple_faker("th_TH"), "th"), ("other/thai-company", Co, "Thai", 30, g_other_co("th_TH"), "th"),
 ("other/kana-person", P, "Kana", 85, g_jp_kana, "jp"), ("other/kana-company", Co, "Kana", 35, g_kana_co, "jp"),
]
NOISE_RATE = 0.165   # share of native-script items that get document noise (-> ~10 % of the whole set)

def main():
    ix = ListIndex()
    rej = collections.Counter(); rej_ex = collections.defaultdict(list)
    seen = set(); rows = []
    nr = random.Random(SEED + 1)
    for kind, schema, script, count, gen, nkey in PLAN:
        got = 0; tries = 0
        while got < count and tries < count * 60:
            tries += 1
            r = gen()
            if r is None: continue
            name, shadows = r[0], [s for s in r[1] if s]
            dist = r[2] if len(r) > 2 else None
            name = re.sub(r"\s+", " ", name).strip()
            k = min(keys(name))
            if k in seen:
                rej["duplicate"] += 1; continue
            reason = None
            for s in [name] + shadows:
                m = ix.rule_exact(s)
                if m: reason = ("R1 exact sorted-word match", m); break
            if not reason and schema == P:
                for s in [name] + shadows:
                    m = ix.rule_subset(s)
                    if m: reason = ("R2 person words subset of a listed name", m); break
            if not reason:
                for s in shadows + ([name] if all(ord(c) < 0x250 for c in name) else []):
                    m = ix.rule_loose(s, person=(schema == P))
                    if m: reason = ("R3 transliteration-insensitive match/subset", m); break
            if not reason and schema == P:
                for s in [name] + shadows:
                    m = ix.rule_superset(s)
                    if m: reason = ("R4 contains a whole listed person name", m); break
            if not reason and schema == Co:
                for s in [name] + shadows:
                    m = ix.rule_company(s)
                    if m: reason = ("R5 company distinctive words within a listed entity", m); break
            if not reason:
                m = ix.rule_cjk(dist if dist else name, person=(schema == P and not dist))
                if m: reason = ("R6 CJK string inside a listed CJK name", m)
            if reason:
                rej[reason[0]] += 1
                if len(rej_ex[reason[0]]) < 8: rej_ex[reason[0]].append((name, reason[1]))
                continue
            seen.add(k)
            out_name, out_kind = name, kind
            if nkey and nr.random() < NOISE_RATE:
                out_name, nt = add_noise(name, nkey, nr)
                out_kind = f"noise-{nt}/{kind}"
            rows.append({"name": out_name, "schema": schema, "kind": out_kind, "_script": script, "_clean": name})
            got += 1
        if got < count:
            print("SHORT", kind, got, count)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"name": r["name"], "schema": r["schema"], "kind": r["kind"]}, ensure_ascii=False) + "\n")
    stats = {"total": len(rows), "rejected": dict(rej), "examples": {k: v for k, v in rej_ex.items()},
             "by_script": collections.Counter(r["_script"] for r in rows), "by_schema": collections.Counter(r["schema"] for r in rows),
             "by_kind": collections.Counter(r["kind"] for r in rows), "list_stats": dict(ix.stats), "list_records": len(ix.recs),
             "noise": collections.Counter(r["kind"].split("/")[0] for r in rows if r["kind"].startswith("noise"))}
    json.dump(stats, open("/work/heldout5/tools/stats.json", "w"), ensure_ascii=False, indent=1, default=dict)
    print(json.dumps({k: v for k, v in stats.items() if k not in ("by_kind", "examples")}, ensure_ascii=False, indent=1, default=dict))

if __name__ == "__main__":
    main()
