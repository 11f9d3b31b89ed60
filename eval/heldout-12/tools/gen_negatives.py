#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build heldout-12/negatives/negatives.jsonl: 4,000 hard negatives (fixed seed), filtered against every name
of the real public lists. Standard library only. Run: /usr/bin/python3 tools/gen_negatives.py"""
import collections, json, os, random, re, sys, time
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import listnames as L
import pools as PL
import orgpools as O
import translit as T

SEED = 20261207
OUT = os.path.join(HERE, "..", "negatives")
N_TOTAL, N_TRAPS = 4000, 480
rng = random.Random(SEED)

def zipf(lst, s=0.85):
    w = [1.0 / (i + 1) ** s for i in range(len(lst))]
    return rng.choices(lst, weights=w, k=1)[0]
def pick(lst):
    return rng.choice(lst)
def lat(item, k=None):   # item = (native, [latin...])
    return item[1][0] if k is None else item[1][min(k, len(item[1]) - 1)]
def alt(item):
    return rng.choice(item[1])

# ------------------------------------------------------------------ persons
def p_kr():
    fam = rng.choices(PL.KO_FAMILY, weights=[f[5] for f in PL.KO_FAMILY])[0]
    n = 2 if rng.random() < 0.93 else 1
    given = "".join(zipf(PL.KO_GIVEN_S, 0.7) for _ in range(n))
    if len(set(given)) < len(given):
        given = given[0] + zipf(PL.KO_GIVEN_S[5:])
    nat = fam[0] + given
    style = rng.random()
    if style < 0.35:
        rom = "%s %s" % (pick(fam[4]), T.ko_given(given, "pop"))
    elif style < 0.6:
        rom = "%s %s" % (fam[2].capitalize() if rng.random() < 0.3 else fam[4][0], T.ko_given(given, "rr"))
    elif style < 0.8:
        rom = "%s %s" % (T.ko_given(given, "pop"), pick(fam[4]))   # western order
    else:
        rom = "%s %s" % (fam[3], T.ko_given(given, "mr"))
    return "Person", [nat, rom], "KR", "hangul"

def p_kp():
    fam = rng.choices(PL.KO_FAMILY[:30], weights=[f[5] for f in PL.KO_FAMILY[:30]])[0]
    given = "".join(zipf(PL.KO_GIVEN_N, 0.6) for _ in range(2))
    if given[0] == given[1]:
        given = given[0] + pick(PL.KO_GIVEN_N)
    nat = fam[1] + given
    dprk_fam = {"리": "Ri", "림": "Rim", "로": "Ro", "량": "Ryang", "렴": "Ryom", "려": "Ryo", "류": "Ryu", "박": "Pak", "최": "Choe", "정": "Jong",
                "조": "Jo", "전": "Jon", "장": "Jang", "윤": "Yun", "강": "Kang", "서": "So", "백": "Paek", "허": "Ho", "신": "Sin", "권": "Kwon",
                "황": "Hwang", "안": "An", "송": "Song", "홍": "Hong", "고": "Ko", "문": "Mun", "손": "Son", "배": "Pae", "유": "Yu", "남": "Nam"}
    fam_l = dprk_fam.get(fam[1], fam[3].replace("ŏ", "o").replace("'", ""))
    st = rng.random()
    if st < 0.45:
        rom = "%s %s" % (fam_l, T.ko_given(given, "dprk"))
    elif st < 0.7:
        rom = "%s %s" % (fam_l.upper(), T.ko_given(given, "dprk").replace(" ", "-", 1) if rng.random() < 0.5 else T.ko_given(given, "dprk").upper())
    elif st < 0.85:
        rom = "%s %s" % (fam[3] if fam[1] != "리" else "Ri", T.ko_given(given, "mr"))
    else:
        rom = "%s %s" % (fam[4][0], T.ko_given(given, "rr"))
    return "Person", [nat, rom], "KP", "hangul"

def _zh_given(n):
    g = [zipf(PL.ZH_GIVEN, 0.5) for _ in range(n)]
    return g
def p_cn():
    f = zipf(PL.ZH_FAMILY, 0.9); g = _zh_given(2 if rng.random() < 0.7 else 1)
    nat = f[0] + "".join(x[0] for x in g)
    py = "".join(x[2] for x in g)
    st = rng.random()
    if st < 0.45:
        rom = "%s %s" % (f[2], py.capitalize())
    elif st < 0.65:
        rom = "%s %s" % (f[2].upper(), py.capitalize())
    elif st < 0.8:
        rom = "%s %s" % (py.capitalize(), f[2])
    else:
        rom = "%s %s" % (f[2], "-".join(x[2] for x in g).capitalize())
    return "Person", [nat, rom.replace("ü", "v" if rng.random() < 0.5 else "u")], "CN", "han"
def p_tw():
    f = zipf(PL.ZH_FAMILY, 0.9); g = _zh_given(2)
    nat = f[1] + "".join(x[1] for x in g)
    wg = [PL.wade_giles(f[2].lower())] + [PL.wade_giles(x[2]) for x in g]
    if rng.random() < 0.6:
        wg = [w.replace("'", "") for w in wg]
    fam = wg[0].capitalize()
    fam = {"Chang": "Chang", "Chen": "Chen", "Huang": "Huang", "Li": "Lee", "Lin": "Lin", "Wang": "Wang", "Wu": "Wu", "Tsai": "Tsai"}.get(fam, fam)
    rom = "%s %s-%s" % (fam, wg[1].capitalize(), wg[2] if rng.random() < 0.6 else wg[2].capitalize())
    return "Person", [nat, rom.replace("ü", "u")], "TW", "han"
def p_hk():
    f = zipf(PL.ZH_FAMILY, 0.9); g = _zh_given(2)
    nat = f[1] + "".join(x[1] for x in g)
    west = ["Peter", "David", "Michael", "Eric", "Kenneth", "Raymond", "Vincent", "Alan", "Tony", "Ivan", "Cindy", "Winnie", "Karen", "Grace", "Joyce", "Stephen"]
    st = rng.random()
    if st < 0.5:
        rom = "%s %s %s" % (f[3].upper() if rng.random() < 0.5 else f[3], g[0][3].capitalize(), g[1][3].capitalize())
    elif st < 0.8:
        rom = "%s %s-%s" % (f[3], g[0][3].capitalize(), g[1][3])
    else:
        rom = "%s %s %s-%s" % (pick(west), f[3], g[0][3].capitalize(), g[1][3])
    return "Person", [nat, rom], "HK", "han"
def p_jp(kana=False):
    f = zipf(PL.JA_FAMILY, 0.7); g = zipf(PL.JA_GIVEN, 0.4)
    if kana:
        nat = PL.kata(f[1]) + "　" + PL.kata(g[1]) if rng.random() < 0.5 else PL.kata(f[1]) + " " + PL.kata(g[1])
    else:
        nat = f[0] + g[0] if rng.random() < 0.6 else f[0] + " " + g[0]
    def r(x, m):
        if m == 0: return T.deaccent(x)
        if m == 1: return x.replace("ō", "oh").replace("Ō", "Oh").replace("ū", "u")
        if m == 2: return x.replace("ō", "ou").replace("Ō", "Ou").replace("ū", "uu")
        return x
    m = rng.choice([0, 0, 1, 2, 3])
    rom = "%s %s" % (r(g[2], m), r(f[2], m)) if rng.random() < 0.6 else "%s %s" % (r(f[2], m).upper(), r(g[2], m))
    return "Person", [nat, rom.replace("'", "" if m == 0 else "'")], "JP", "kana" if kana else "han"

def _two(given, family, joiner=" "):
    g, f = zipf(given, 0.6), zipf(family, 0.6)
    return g, f
def p_ir():
    g, f = _two(PL.FA_GIVEN, PL.FA_FAMILY)
    if rng.random() < 0.15:   # compound given name
        g2 = zipf(PL.FA_GIVEN[:20])
        if g2 != g:
            g = (g[0] + " " + g2[0], [a + " " + lat(g2) for a in g[1]])
    return "Person", [g[0] + " " + f[0], alt(g) + " " + alt(f)], "IR", "arabic"
def p_ar():
    g, f = _two(PL.AR_GIVEN, PL.AR_FAMILY)
    c = rng.choice(["SA", "AE", "SY", "IQ", "EG", "JO", "LB", "YE", "KW"])
    mid = ""
    if rng.random() < 0.35:
        m = zipf(PL.AR_GIVEN[:25])
        if m != g:
            mid = " " + m[0]; g = (g[0], [x + " " + alt(m) for x in g[1]])
    return "Person", [g[0] + mid + " " + f[0], alt(g) + " " + alt(f)], c, "arabic"
def p_pk():
    g, f = _two(PL.UR_GIVEN, PL.UR_FAMILY)
    if g[0] == "محمد" and rng.random() < 0.7:
        g2 = zipf(PL.UR_GIVEN[1:]); g = (g[0] + " " + g2[0], [x + " " + alt(g2) for x in g[1]])
    return "Person", [g[0] + " " + f[0], alt(g) + " " + alt(f)], "PK", "arabic"

def _cyr(fam, gm, gf, patr, tr1, tr2, fem_rule, cty, patr_p=0.5, fam_first=0.4):
    fem = rng.random() < 0.35
    f = zipf(fam, 0.6); g = zipf(gf if fem else gm, 0.6)
    if fem:
        f = fem_rule(f)
    parts = [g]
    if patr and rng.random() < patr_p:
        p = zipf(patr, 0.5)
        if fem and cty == "UA":
            b = p[:-4]
            p = (b[:-1] + "ївна") if b.endswith(("й", "ь")) else b + "івна"
        elif fem:
            p = p[:-2] + "на"
        parts.append(p)
    nat = " ".join([f] + parts) if rng.random() < fam_first else " ".join(parts + [f])
    t = rng.choice([tr1, tr2])
    latn = " ".join(t(x) for x in [g, f]) if rng.random() < 0.5 else t(nat)
    if rng.random() < 0.2:
        latn = latn.upper()
    return "Person", [nat, latn], cty, "cyrillic"
def ru_fem(f):
    if f.endswith(("ов", "ев", "ёв", "ин", "ын")): return f + "а"
    if f.endswith("ий"): return f[:-2] + "ая"
    return f
def p_ru():
    return _cyr(PL.RU_FAMILY, PL.RU_GIVEN_M, PL.RU_GIVEN_F, PL.RU_PATR, rng.choice([T.ru_bgn, T.ru_pop, T.ru_bgn_plain]), T.ru_icao, ru_fem, "RU")
def p_ua():
    return _cyr(PL.UK_FAMILY, PL.UK_GIVEN_M, PL.UK_GIVEN_F, PL.UK_PATR, T.uk_nat, T.uk_rus, lambda f: f, "UA")
def p_by():
    fem = lambda f: f[:-1] + "ва" if f.endswith("ў") else (f[:-2] + "ая" if f.endswith("кі") else f)
    return _cyr(PL.BE_FAMILY, PL.BE_GIVEN_M, PL.BE_GIVEN_F, None, T.be_nat, T.be_alt, fem, "BY")
def p_kz():
    return _cyr(PL.KK_FAMILY, PL.KK_GIVEN_M, PL.KK_GIVEN_F, None, T.kk_lat, T.kk_lat2, ru_fem, "KZ")
def p_rs():
    fem = lambda f: f
    return _cyr(PL.SR_FAMILY, PL.SR_GIVEN_M, PL.SR_GIVEN_F, None, T.sr_lat, T.sr_ascii, fem, "RS", 0, 0.3)

def _pair(given, family, cty, script, sep=" "):
    g, f = _two(given, family)
    return "Person", [g[0] + sep + f[0], alt(g) + " " + alt(f)], cty, script
def p_in():  return _pair(PL.HI_GIVEN, PL.HI_FAMILY, "IN", "devanagari")
def p_th():
    g, f = _two(PL.TH_GIVEN, PL.TH_FAMILY)
    return "Person", [g[0] + " " + f[0], alt(g) + " " + alt(f)], "TH", "thai"
def p_il():  return _pair(PL.HE_GIVEN, PL.HE_FAMILY, "IL", "hebrew")
def p_gr():
    fem = rng.random() < 0.35
    g = zipf(PL.EL_GIVEN_F if fem else PL.EL_GIVEN_M, 0.6); f = zipf(PL.EL_FAMILY, 0.6)
    fn, fl = (f[2], f[3]) if fem else (f[0], f[1])
    order = rng.random() < 0.3
    nat = fn + " " + g[0] if order else g[0] + " " + fn
    rom = rng.choice(fl) + " " + alt(g) if order else alt(g) + " " + rng.choice(fl)
    return "Person", [nat, rom], "GR", "greek"
def p_ge():
    g = zipf(PL.KA_GIVEN, 0.6); f = zipf(PL.KA_FAMILY, 0.5)
    t = rng.choice([PL.KA_MAP, PL.KA_MAP, PL.KA_MAP2])
    return "Person", [g + " " + f, T.ka_lat(g + " " + f, t)], "GE", "georgian"
def p_am():  return _pair(PL.HY_GIVEN, PL.HY_FAMILY, "AM", "armenian")

def p_latin(c):
    gm, gf, fam = [x.split() for x in PL.LATIN[c]]
    g = zipf(gf if rng.random() < 0.3 else gm, 0.6); f = zipf(fam, 0.7)
    if c == "MY" and g in ("Lim", "Tan", "Wong", "Rajesh", "Suresh"):
        g = "Ahmad"
    if c == "MY" and rng.random() < 0.6:
        name = "%s %s %s" % (g, "binti" if g in gf else "bin", f)
        alt_ = "%s %s" % (g, f) if rng.random() < 0.5 else "%s B. %s" % (g, f)
    elif c == "ID" and rng.random() < 0.3:
        name = g; alt_ = g.upper()
    elif c == "VN":
        m = zipf([x for x in ["Văn", "Thị", "Minh", "Đức", "Hữu", "Quốc", "Thanh", "Ngọc"] if x != g])
        name = "%s %s %s" % (f, m, g); alt_ = T.deaccent(name) if rng.random() < 0.6 else T.deaccent("%s %s %s" % (g, m, f))
    elif c == "BR":
        f2 = zipf(fam, 0.7)
        name = "%s %s%s %s" % (g, rng.choice(["", "da ", "de ", "dos "]) if rng.random() < 0.3 else "", f2, f) if f2 != f else "%s %s" % (g, f)
        alt_ = T.deaccent(name).upper() if rng.random() < 0.4 else T.deaccent(name)
    elif c == "NG":
        m = zipf(gm); name = "%s %s %s" % (g, m, f) if rng.random() < 0.4 and m != g else "%s %s" % (g, f)
        alt_ = "%s, %s" % (f.upper(), g)
    else:
        name = "%s %s" % (g, f)
        if c == "DE":
            alt_ = T.de_umlaut(name) if name != T.de_umlaut(name) else "%s, %s" % (f, g)
        elif c in ("TR", "FR", "PL", "IT"):
            alt_ = T.deaccent(name) if name != T.deaccent(name) else "%s %s" % (f.upper(), g)
        elif c == "GB":
            alt_ = "%s. %s" % (g[0], f) if rng.random() < 0.6 else "%s, %s" % (f.upper(), g)
        elif c == "IN":
            alt_ = "%s. %s" % (g[0], f) if rng.random() < 0.3 else "%s %s" % (f, g)
        else:
            alt_ = "%s %s" % (f.upper(), g)
    forms = [name, alt_] if rng.random() < 0.7 else [name]
    return "Person", forms, c, "latin"

def p_latin_of_native(fn):   # a native person given only in Latin
    sch, forms, c, _ = fn()
    return sch, [forms[1]], c, "latin"

# ------------------------------------------------------------------ organisations
def abbrev(s):
    for a, b in O.ABBREV:
        if a in s and rng.random() < 0.6:
            s = s.replace(a, b)
    return s
def o_cn():
    pl = zipf(O.ZH_PLACES, 0.5); b1, b2 = rng.sample(O.ZH_BRAND, 2)
    if rng.random() < 0.12:
        kind = pick(O.ZH_INST)
        nat = pl[0] + ("市第%s" % pick(["一", "二", "三", "四", "五", "六"]) if "医院" in kind[0] and rng.random() < 0.5 else "") + kind[0]
        en = "%s %s" % (lat(pl), lat(kind))
        if "市第" in nat:
            en = "%s %s %s" % (lat(pl), {"一": "First", "二": "Second", "三": "Third", "四": "Fourth", "五": "Fifth", "六": "Sixth"}[nat[len(pl[0]) + 2]], lat(kind))
        return "Organization", [nat, en], "CN", "han"
    ind = zipf(O.ZH_INDUSTRY, 0.5)
    brand = b1[0] + b2[0]; bpy = (b1[2] + b2[2]).capitalize()
    form = rng.choice(["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"])
    nat = pl[0] + brand + ind[0] + form
    leg = {"有限公司": rng.choice(["Co., Ltd.", "Co., Ltd", "Co. Ltd."]), "股份有限公司": "Co., Ltd.", "有限责任公司": "Co., Ltd."}[form]
    st = rng.random()
    if st < 0.6:
        en = "%s %s %s %s" % (lat(pl), bpy, lat(ind), leg)
        if rng.random() < 0.4: en = abbrev(en)
    elif st < 0.8:
        en = "%s %s %s" % (bpy, lat(ind), leg) if rng.random() < 0.5 else "%s %s %s (%s)" % (bpy, lat(ind), leg, lat(pl))
    else:
        en = "%s %s Youxian Gongsi" % (lat(pl), bpy)
    return "Organization", [nat, en], "CN", "han"
def o_hktw():
    b1, b2 = rng.sample(O.ZH_BRAND, 2); ind = zipf(O.ZH_INDUSTRY, 0.5)
    if rng.random() < 0.5:
        nat = "香港" * (rng.random() < 0.3) + b1[1] + b2[1] + O.ZH_TRAD_INDUSTRY[ind[0]] + "有限公司"
        en = "%s %s %s %s" % (b1[3].capitalize(), b2[3].capitalize(), lat(ind), rng.choice(["Limited", "Co., Limited", "Company Limited"]))
        return "Organization", [nat, en], "HK", "han"
    nat = rng.choice(["台灣", "", ""]) + b1[1] + b2[1] + O.ZH_TRAD_INDUSTRY[ind[0]] + "股份有限公司"
    wg = (PL.wade_giles(b1[2]) + PL.wade_giles(b2[2])).replace("'", "").capitalize()
    en = "%s%s %s Co., Ltd." % ("Taiwan " if nat.startswith("台灣") else "", wg, lat(ind))
    return "Organization", [nat, en.replace("ü", "u")], "TW", "han"
def o_jp(kana=False):
    if kana:
        b = pick(O.JA_KANA); ind = None
        nat = "株式会社" + b[0] if rng.random() < 0.6 else b[0] + "株式会社"
        en = "%s Co., Ltd." % lat(b) if rng.random() < 0.6 else "%s Corporation" % lat(b)
        return "Organization", [nat, en], "JP", "kana"
    b = zipf(O.JA_BRAND, 0.5); ind = pick(O.JA_IND)
    nat = b[0] + ind[0] + "株式会社" if rng.random() < 0.5 else "株式会社" + b[0] + ind[0]
    en = "%s %s Co., Ltd." % (lat(b), lat(ind, 0)) if rng.random() < 0.5 else "%s %s %s" % (lat(b), lat(ind, 1), rng.choice(["Co., Ltd.", "Corporation", "Inc.", "K.K."]))
    return "Organization", [nat, en], "JP", "han"
def o_kr():
    b = zipf(O.KO_BRAND, 0.5); ind = pick(O.KO_IND)
    nat = rng.choice(["주식회사 ", "(주)", "", "㈜"]) + b[0] + ind[0] + ("" if rng.random() < 0.8 else " 주식회사")
    en = "%s %s %s" % (alt(b), lat(ind), rng.choice(["Co., Ltd.", "Co., Ltd", "Corp.", "Corporation", "Inc."]))
    if rng.random() < 0.1:
        nat = b[0] + rng.choice(["대학교", "병원", "연구소"]); en = alt(b) + " " + {"대": "University", "병": "Hospital", "연": "Research Institute"}[nat[len(b[0])]]
    return "Organization", [nat, en], "KR", "hangul"
def o_kp():
    p = zipf(O.KP_PLACE, 0.4); k = zipf(O.KP_KIND, 0.6)
    pre = rng.choice(["조선", "조선", ""])
    nat = pre + p[0] + k[0]
    prefix = {"조선": rng.choice(["Korea ", "Choson ", "Joson "]), "": ""}[pre]
    en = "%s%s %s" % (prefix, p[1][0] if rng.random() < 0.7 else p[1][1], alt(k))
    return "Organization", [nat, en], "KP", "hangul"
def o_ru(c="RU"):
    forms = {"RU": O.RU_FORMS, "UA": O.UA_FORMS, "KZ": O.KZ_FORMS, "BY": O.BY_FORMS}[c]
    f = zipf(forms, 0.8)
    st = rng.random()
    if st < 0.25:   # a single common word, often a listed firm's word: the CIS containment rule meets these
        a = pick(O.RU_WORDS); b = pick(O.RU_TAILS + [("", [""])] * 6)
        core = a[0] + (" " + b[0].capitalize() if b[0] else ""); core_l = lat(a) + (" " + lat(b).capitalize() if b[0] else ""); core_l2 = core_l
    elif st < 0.55:
        a = pick(O.RU_ROOTS); b = pick(O.RU_TAILS); core = a[0] + b[0]; core_l = lat(a) + lat(b)
        core_l2 = a[1][-1] + b[1][-1]
    elif st < 0.8:
        a = pick({"RU": O.RU_PLACES, "UA": O.UA_PLACES, "KZ": O.KZ_PLACES, "BY": O.BY_PLACES}[c]); b = pick(O.RU_ROOTS); t = pick(O.RU_TAILS)
        core = a[0] + b[0].lower() + t[0]; core_l = lat(a) + lat(b).lower() + lat(t); core_l2 = alt(a) + alt(b).lower() + t[1][-1]
    else:
        a = pick({"RU": O.RU_PLACES, "UA": O.UA_PLACES, "KZ": O.KZ_PLACES, "BY": O.BY_PLACES}[c]); b = pick(O.RU_ROOTS)
        core = a[0] + "-" + b[0] + "Сервис" if rng.random() < 0.5 else b[0] + a[0]
        core_l = T.ru_bgn(core).replace(" ", ""); core_l2 = core_l
    kw = rng.random()
    pref = ""
    if kw < 0.15:
        pref, prefl = "НПП ", "NPP "
    elif kw < 0.25:
        pref, prefl = "Завод ", "Zavod "
    else:
        prefl = ""
    nat = "%s «%s%s»" % (f[0], pref, core)
    st2 = rng.random()
    if st2 < 0.4:
        en = "%s %s%s" % (f[1][0], prefl, core_l)
    elif st2 < 0.75:
        en = "%s%s %s" % (prefl, core_l2.capitalize(), f[1][-1])
    else:
        en = '%s "%s%s"' % (f[1][0], prefl, core_l.upper())
    script = "cyrillic"
    return "Organization", [nat, en], c, script
def o_rs():
    b = pick(["Морава", "Дунав", "Авала", "Шумадија", "Златибор", "Копаоник", "Тара", "Нишава", "Срем", "Јастребац"])
    ind = pick(["Инжењеринг", "Електроника", "Метал", "Трговина", "Машинство", "Технологије"])
    nat = "%s %s д.о.о." % (b, ind)
    return "Organization", [nat, T.sr_lat(nat) if rng.random() < 0.5 else T.sr_ascii(nat).replace("d.o.o.", "d.o.o. Beograd")], "RS", "cyrillic"
def o_ir():
    b = zipf(O.FA_BRAND, 0.5); k = zipf(O.FA_KIND, 0.5)
    b2 = pick(O.FA_BRAND) if rng.random() < 0.35 else None
    core = b[0] + (" " + b2[0] if b2 and b2 != b else ""); core_l = lat(b) + (" " + lat(b2) if b2 and b2 != b else "")
    st = rng.random()
    if st < 0.12:
        kind = pick([("بیمارستان", "Hospital"), ("دانشگاه", "University"), ("هنرستان", "Technical School")])
        return "Organization", [kind[0] + " " + core, core_l + " " + kind[1]], "IR", "arabic"
    nat = "شرکت %s %s" % (k[0], core) + rng.choice(["", "", " (سهامی خاص)"])
    en = "%s %s %s" % (core_l, k[1][0], rng.choice(["Company", "Co.", "Co. (PJS)", "Group"])) if rng.random() < 0.65 else "Sherkat-e %s %s" % (k[1][-1], core_l)
    return "Organization", [nat, en], "IR", "arabic"
def o_ar():
    b = zipf(O.AR_BRAND, 0.5); k = pick(O.AR_KIND)
    c = rng.choice(["AE", "AE", "SY", "IQ", "EG", "JO", "LB", "SA", "OM"])
    if rng.random() < 0.1:
        nat = "مستشفى " + b[0]; en = alt(b) + " Hospital"
        return "Organization", [nat, en], c, "arabic"
    nat = "شركة %s %s" % (b[0], k[0])
    leg = {"AE": rng.choice(["LLC", "L.L.C.", "FZE", "FZCO"]), "SA": "Est.", "EG": "S.A.E."}.get(c, rng.choice(["Co.", "Company", "LLC"]))
    en = "%s %s %s" % (alt(b), alt(k), leg)
    return "Organization", [nat, en], c, "arabic"
def o_th():
    b = pick(O.TH_BRAND); k = pick(O.TH_IND)
    pub = rng.random() < 0.15
    nat = "บริษัท %s%s จำกัด%s" % (b[0], k[0], " (มหาชน)" if pub else "")
    en = "%s %s %s" % (alt(b), lat(k), "Public Company Limited" if pub else rng.choice(["Co., Ltd.", "Company Limited", "Co., Ltd"]))
    return "Organization", [nat, en], "TH", "thai"
def o_il():
    b = pick(O.HE_BRAND); k = pick(O.HE_IND)
    return "Organization", ['%s %s בע"מ' % (b[0], k[0]), "%s %s Ltd." % (alt(b), lat(k))], "IL", "hebrew"
def o_gr():
    b = pick(O.EL_BRAND); k = pick(O.EL_IND)
    return "Organization", ["%s %s Α.Ε." % (b[0], k[0]), "%s %s S.A." % (alt(b), alt(k))], "GR", "greek"
def o_ge():
    b = pick(O.KA_BRAND); k = pick(O.KA_IND)
    return "Organization", ["შპს %s %s" % (b[0], k[0]), "%s %s LLC" % (alt(b), lat(k))], "GE", "georgian"
def o_am():
    b = pick(O.HY_BRAND); k = pick(O.HY_IND)
    return "Organization", ["%s %s ՍՊԸ" % (b[0], k[0]), "%s %s LLC" % (lat(b), alt(k))], "AM", "armenian"
def o_latin(c):
    words, inds, legs = O.LAT_ORG[c]
    words = words.split() if c not in ("VN", "AE") else [" ".join(words.split()[i:i + 2]) for i in range(0, len(words.split()), 2)]
    w = zipf(words, 0.4)
    if c in O.LAT_INST and rng.random() < 0.15:
        nm = pick(O.LAT_INST[c]).format(w=w)
        return "Organization", [nm], c, "latin"
    ind = pick(inds.split("|")); leg = pick(legs)
    w2 = pick(words) if rng.random() < 0.25 else None
    core = w + (" " + w2 if w2 and w2 != w else "")
    if c == "VN":
        nm = "%s %s %s" % (leg, ind, core) if leg.startswith("Công") else "%s %s %s" % (T.deaccent(core), "Trading" if rng.random() < 0.5 else "Technology", leg)
    elif c == "ID" and leg in ("PT", "CV"):
        nm = "%s %s %s" % (leg, core, ind)
    else:
        nm = "%s %s %s" % (core, ind, leg)
    forms = [nm]
    if rng.random() < 0.55:
        v = abbrev(nm)
        if v == nm:
            v = T.deaccent(nm).upper() if rng.random() < 0.5 else T.deaccent(nm)
        if v != nm:
            forms.append(v)
    return "Organization", forms, c, "latin"

PERSON_GENS = [  # (fn, weight)
 (p_kr, 150), (p_kp, 140), (p_cn, 160), (p_tw, 60), (p_hk, 50), (lambda: p_jp(False), 100), (lambda: p_jp(True), 45),
 (p_ir, 140), (p_ar, 120), (p_pk, 55), (p_ru, 130), (p_ua, 55), (p_by, 40), (p_kz, 40), (p_rs, 40), (p_in, 55), (p_th, 45),
 (p_il, 40), (p_gr, 40), (p_ge, 40), (p_am, 40),
 (lambda: p_latin_of_native(p_ru), 25), (lambda: p_latin_of_native(p_ir), 25), (lambda: p_latin_of_native(p_kr), 20), (lambda: p_latin_of_native(p_cn), 20),
 (lambda: p_latin_of_native(p_kp), 20), (lambda: p_latin_of_native(p_ar), 20),
] + [((lambda c=c: p_latin(c)), w) for c, w in (("TR", 45), ("DE", 35), ("GB", 35), ("FR", 30), ("IN", 40), ("PK", 35), ("MY", 30), ("ID", 30),
                                               ("VN", 30), ("BR", 30), ("NG", 30), ("IT", 20), ("PL", 20))]
ORG_GENS = [
 (o_cn, 150), (o_hktw, 60), (lambda: o_jp(False), 55), (lambda: o_jp(True), 30), (o_kr, 70), (o_kp, 60), (o_ir, 80), (o_ar, 65),
 (lambda: o_ru("RU"), 85), (lambda: o_ru("UA"), 18), (lambda: o_ru("KZ"), 14), (lambda: o_ru("BY"), 12), (o_rs, 15), (o_th, 30), (o_il, 25), (o_gr, 25),
 (o_ge, 20), (o_am, 20),
] + [((lambda c=c: o_latin(c)), w) for c, w in (("TR", 45), ("DE", 45), ("GB", 45), ("FR", 30), ("IN", 55), ("PK", 35), ("MY", 40), ("ID", 30),
                                               ("VN", 30), ("BR", 30), ("NG", 25), ("IT", 20), ("PL", 15), ("AE", 40), ("SG", 25))]

# ------------------------------------------------------------------ noise
TITLES = {"latin": ["Mr ", "Mr. ", "Mrs ", "Ms. ", "Dr ", "Dr. ", "Prof. ", "Eng. ", "Capt. "], "han": [("", "先生"), ("", "女士"), ("", "様"), ("", "博士")],
          "kana": [("", "様"), ("", "さん")], "hangul": [("", "님"), ("", " 씨"), ("", " 선생님"), ("", " 박사")], "arabic": ["آقای ", "خانم ", "السيد ", "الدكتور ", "مهندس "],
          "cyrillic": ["г-н ", "г-жа ", "д-р ", "пан "], "hebrew": ["מר ", "ד\"ר "], "thai": ["นาย ", "นาง ", "คุณ ", "ดร."], "greek": ["κ. ", "Δρ. "],
          "devanagari": ["श्री ", "डॉ. ", "श्रीमती "], "georgian": ["ბატონი "], "armenian": ["պրն. "]}
ORG_PREFIX = ["Attn: ", "Consignee: ", "M/s. ", "M/s ", "Messrs ", "End user: ", "Buyer: ", "Ship to: ", "c/o "]
def noisy(form, schema, script):
    r = rng.random()
    if schema == "Person" and r < 0.55:
        t = pick(TITLES["latin"] if all(ord(ch) < 0x250 for ch in form) else TITLES.get(script, TITLES["latin"]))
        return t[0] + form + t[1] if isinstance(t, tuple) else t + form
    if schema != "Person" and r < 0.35:
        return pick(ORG_PREFIX) + form
    r = rng.random()
    if r < 0.25:
        q = pick([('"', '"'), ("“", "”"), ("«", "»"), ("'", "'"), ("「", "」")])
        return q[0] + form + q[1]
    if r < 0.45:
        return "(" + form + ")" if rng.random() < 0.5 else "[" + form + "]"
    if r < 0.7:
        return form + pick([".", ",", ";", ":", " -", "."])
    if " " in form:
        i = pick([m.start() for m in re.finditer(" ", form)])
        return form[:i] + "  " + form[i + 1:]
    return form.upper() + "."

# ------------------------------------------------------------------ traps
def load_trap_sources(recs):
    orgs, persons = [], []
    for r in recs:
        prog = (r["programs"] or "").upper()
        rel = (r["src"] == "UN" and r["key"][:2] in ("KP", "IR")) or \
              (r["src"] == "OFAC-SDN" and any(p in prog for p in ("NPWMD", "DPRK", "IFSR", "IRAN"))) or \
              (r["src"] == "jp-meti-end-user-list" and "M" in prog.split(","))
        if not rel:
            continue
        if r["schema"] == "Person":
            nm = r["names"][0]
            if r["src"] == "OFAC-SDN" and "," in nm:
                fam, giv = [x.strip() for x in nm.split(",", 1)]
            else:
                p = nm.split()
                if len(p) < 2:
                    continue
                if r["key"].startswith("KP") or any(k in " ".join(r["countries"]) for k in ("Korea",)):
                    fam, giv = p[0], " ".join(p[1:])
                else:
                    fam, giv = p[-1], " ".join(p[:-1])
            cty = "KP" if (r["key"].startswith("KP") or "DPRK" in prog or "Korea" in " ".join(r["countries"])) else \
                  "IR" if (r["key"].startswith("IR") or "IRAN" in prog or "IFSR" in prog or "Iran" in " ".join(r["countries"])) else \
                  "CN" if "China" in " ".join(r["countries"]) else "XX"
            persons.append(dict(fam=fam.title(), giv=giv.title(), cty=cty, full=nm))
        elif r["schema"] in ("Organization", "Unknown"):
            nm = r["names"][0]
            cs = " ".join(r["countries"])
            cty = "KP" if ("Korea" in cs or "북한" in cs or "DPRK" in prog or r["key"].startswith("KP")) else "IR" if ("Iran" in cs or "이란" in cs or r["key"].startswith("IR")) else \
                  "CN" if ("China" in cs or "중국" in cs) else "PK" if ("Pakistan" in cs or "파키스탄" in cs) else "SY" if ("Syria" in cs or "시리아" in cs) else \
                  "RU" if ("Russia" in cs or "러시아" in cs) else "AE" if ("United Arab" in cs or "아랍" in cs) else "XX"
            orgs.append(dict(name=nm, cty=cty))
    return orgs, persons

KP_NEW = [lat(x, 0) for x in O.KP_PLACE] + ["Sobaeksu", "Pyolmuri", "Chongbong", "Ryusong", "Hwasong-ri", "Kumsusan"]
IR_NEW = [lat(x) for x in O.FA_BRAND] + ["Arvand", "Golestan", "Mahtab", "Parsian", "Shahab", "Farnam"]
CN_NEW = ["Hengda", "Ruitai", "Jinxin", "Huayuan", "Boyuan", "Kaisheng", "Lianchuang", "Weitong", "Xinrui", "Tongda", "Yongfeng", "Jiahe"]
GEN_NEW = ["Horizon", "Meridian", "Crescent", "Summit", "Pioneer", "Vertex", "Harbour", "Keystone", "Lighthouse", "Evergreen", "Silverline", "Northgate"]
KIND_WORDS = ["Bank", "University", "Trading Company", "Trading Corporation", "Hospital", "Shipping Company", "Fisheries Company", "Textile Mill",
              "Pharmaceutical Company", "Hotel", "Foodstuffs Company", "Garment Factory", "Medical College", "Insurance Company", "Football Club",
              "Polyclinic", "Academy of Music", "Construction Company", "Tobacco Company", "Kindergarten"]
KIND_RE = re.compile(r"\b(BANK|UNIVERSITY|TRADING COMPANY|TRADING CORPORATION|TRADING CO\.?|CORPORATION|COMPANY|INSTITUTE|INDUSTRIES|INDUSTRIAL GROUP|GROUP|CENTER|CENTRE|FACTORY|ACADEMY|ORGANIZATION|ORGANISATION|COMMITTEE|BUREAU|ASSOCIATION)(?!\w)", re.I)
GIVEN_BY_CTY = {"KP": None, "IR": [x for it in PL.FA_GIVEN for x in it[1][:1]], "CN": None, "XX": [x for it in PL.AR_GIVEN for x in it[1][:1]]}
KO_HANGUL_OF = {f[3].replace("'", "").replace("ŏ", "o").upper(): f[1] for f in PL.KO_FAMILY}
KO_HANGUL_OF.update({"RI": "리", "PAK": "박", "CHOE": "최", "JONG": "정", "CHONG": "정", "JANG": "장", "JON": "전", "CHON": "전", "KIM": "김", "KANG": "강",
                     "YUN": "윤", "HAN": "한", "KO": "고", "SO": "서", "PAEK": "백", "RIM": "림", "RYU": "류", "O": "오", "HYON": "현", "SIN": "신", "MUN": "문"})

def title_case(s):
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in s.split())

def kp_given_dprk():
    g = "".join(zipf(PL.KO_GIVEN_N, 0.6) for _ in range(2))
    return g, T.ko_given(g, "dprk")

def make_trap(shape, orgs, persons):
    if shape == "frame":
        o = pick(orgs); nm = title_case(o["name"])
        d = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", nm) if L.fold(w) not in L.GENERIC and len(w) > 3 and w.lower() not in ("korea", "iran", "china", "the", "general")]
        if not d:
            return None
        w = max(d, key=len)
        new = pick({"KP": KP_NEW, "IR": IR_NEW, "CN": CN_NEW}.get(o["cty"], GEN_NEW))
        if L.fold(new) == L.fold(w):
            return None
        out = re.sub(r"\b%s\b" % re.escape(w), new, nm, count=1)
        return "Organization", [out] + ([abbrev(out)] if rng.random() < 0.3 and abbrev(out) != out else []), o["cty"]
    if shape == "kind":
        o = pick(orgs); nm = title_case(o["name"])
        m = list(KIND_RE.finditer(nm))
        if not m:
            return None
        mm = m[-1]; k = pick(KIND_WORDS)
        if k.lower() == mm.group(0).lower():
            return None
        out = nm[:mm.start()] + k + nm[mm.end():]
        return "Organization", [out], o["cty"]
    if shape == "oneletter":
        o = pick(orgs); nm = title_case(o["name"])
        words = re.findall(r"[A-Za-z]+", nm)
        cands = []
        for w in words:
            lw = w.lower()
            if lw in EN_SET and len(lw) >= 4 and lw not in ("and", "the", "with"):
                for v in EN_BY_PATTERN.get(lw, []):
                    cands.append((w, v))
        if not cands:
            return None
        w, v = pick(cands)
        v = v.capitalize() if w[0].isupper() else v
        v = v.upper() if w.isupper() else v
        out = re.sub(r"\b%s\b" % re.escape(w), v, nm, count=1)
        return "Organization", [out], o["cty"]
    if shape == "family":
        p = pick(persons)
        if p["cty"] == "KP":
            g, gl = kp_given_dprk(); out = "%s %s" % (p["fam"], gl)
        elif p["cty"] == "CN":
            g = _zh_given(2); out = "%s %s" % (p["fam"], "".join(x[2] for x in g).capitalize())
        elif p["cty"] == "IR":
            out = "%s %s" % (alt(zipf(PL.FA_GIVEN)), p["fam"])
        else:
            out = "%s %s" % (alt(zipf(PL.AR_GIVEN)), p["fam"])
        if L.fold_sorted(out) == L.fold_sorted(p["full"]):
            return None
        return "Person", [out], p["cty"]
    if shape == "onepart":
        p = pick(persons)
        parts = p["giv"].split()
        if not parts:
            return None
        i = rng.randrange(len(parts))
        if p["cty"] == "KP":
            new = T.ko_given(pick(PL.KO_GIVEN_N), "dprk")
        elif p["cty"] == "IR":
            new = alt(zipf(PL.FA_GIVEN))
        elif p["cty"] == "CN":
            new = pick(PL.ZH_GIVEN)[2].capitalize()
        else:
            new = alt(zipf(PL.AR_GIVEN))
        if L.fold(new)[:3] == L.fold(parts[i])[:3]:
            return None
        parts[i] = new
        out = ("%s %s" % (p["fam"], " ".join(parts))) if p["cty"] in ("KP", "CN") else ("%s %s" % (" ".join(parts), p["fam"]))
        return "Person", [out], p["cty"]
    if shape == "recombine":
        a, b = rng.sample(persons, 2)
        if a["cty"] != b["cty"] or L.fold(a["fam"]) == L.fold(b["fam"]):
            return None
        out = ("%s %s" % (b["fam"], a["giv"])) if a["cty"] in ("KP", "CN") else ("%s %s" % (a["giv"], b["fam"]))
        return "Person", [out], a["cty"]
    if shape == "hanfam":
        p = pick([q for q in persons if q["cty"] in ("KP", "CN")])
        if p["cty"] == "KP":
            h = KO_HANGUL_OF.get(L.fold(p["fam"]).upper())
            if not h:
                return None
            g, gl = kp_given_dprk()
            return "Person", [h + g, "%s %s" % (p["fam"], gl)], "KP"
        fam = [f for f in PL.ZH_FAMILY if f[2].lower() == L.fold(p["fam"])]
        if not fam:
            return None
        f = fam[0]; g = _zh_given(2)
        return "Person", [f[0] + "".join(x[0] for x in g), "%s %s" % (f[2], "".join(x[2] for x in g).capitalize())], "CN"

EN_SET = set(O.EN_WORDS)
EN_BY_PATTERN = {}
for _w in sorted(EN_SET):
    for _v in sorted(EN_SET):
        if _w != _v and len(_w) == len(_v) and sum(a != b for a, b in zip(_w, _v)) == 1:
            EN_BY_PATTERN.setdefault(_w, []).append(_v)

SHAPES = [("frame", 80), ("family", 70), ("onepart", 70), ("kind", 70), ("hanfam", 60), ("recombine", 60), ("oneletter", 70)]

# ------------------------------------------------------------------ main
def main():
    t0 = time.time()
    os.makedirs(OUT, exist_ok=True)
    ix = L.ListIndex()
    orgs, persons = load_trap_sources(ix.recs)
    log = open(os.path.join(OUT, "build.log"), "w", encoding="utf-8")
    log.write("# heldout-12 negatives build log (seed %d); list index: %d records, %d folded names\n" % (SEED, len(ix.recs), ix.n_strings))
    log.write("# trap sources: %d listed organisations, %d listed persons (UN KP/IR, OFAC NPWMD/DPRK/IRAN/IFSR, METI M)\n" % (len(orgs), len(persons)))
    drops = collections.Counter(); seen = set(); rows = []
    attempts = collections.Counter()

    def accept(schema, forms, cty, kind, script_cis=False):
        forms = [f for i, f in enumerate(forms) if f and f not in forms[:i]]
        key = L.fold_sorted(forms[0])
        if key in seen:
            drops["duplicate"] += 1
            log.write("DROP duplicate\t%s\t%s\n" % (kind, " | ".join(forms)))
            return False
        cis = cty in ("RU", "UA", "BY", "KZ") and schema != "Person"
        hit = ix.check(forms, schema, cis)
        if hit:
            drops[hit[0]] += 1
            log.write("DROP %s\t%s\t%s\tmatches %s\n" % (hit[0], kind, " | ".join(forms), hit[1]))
            return False
        seen.add(key)
        return True

    # traps
    per_shape = collections.Counter()
    for shape, n in SHAPES:
        tries = 0
        while per_shape[shape] < n and tries < 20000:
            tries += 1
            t = make_trap(shape, orgs, persons)
            if not t:
                continue
            schema, forms, cty = t
            kind = "trap/%s/%s" % (shape, cty)
            attempts["trap"] += 1
            if accept(schema, forms, cty, kind):
                rows.append(dict(schema=schema, names=forms, kind=kind, script="hangul" if any("\uac00" <= c <= "\ud7a3" for c in forms[0]) else
                                 "han" if any("\u4e00" <= c <= "\u9fff" for c in forms[0]) else "latin", country=cty, trap=shape))
                per_shape[shape] += 1
    # regular rows
    n_reg = N_TOTAL - len(rows)
    n_person = int(round(N_TOTAL * 0.60)) - sum(1 for r in rows if r["schema"] == "Person")
    n_org = n_reg - n_person
    for gens, quota in ((PERSON_GENS, n_person), (ORG_GENS, n_org)):
        fns = [g for g, _ in gens]; ws = [w for _, w in gens]
        got = 0
        while got < quota:
            fn = rng.choices(fns, weights=ws)[0]
            schema, forms, cty, script = fn()
            if rng.random() < 0.18 and len(forms) > 1:
                forms = forms[:1]   # native or single form only
            kind = "%s/%s/%s" % ("person" if schema == "Person" else "org", cty, script)
            attempts["regular"] += 1
            if accept(schema, forms, cty, kind):
                rows.append(dict(schema=schema, names=forms, kind=kind, script=script, country=cty, trap=None))
                got += 1
    # noise on 10 % of rows (one form)
    idx = rng.sample(range(len(rows)), int(len(rows) * 0.10))
    for i in idx:
        r = rows[i]
        j = rng.randrange(len(r["names"]))
        r["names"][j] = noisy(r["names"][j], r["schema"], r["script"] if j == 0 else "latin")
        r["kind"] += "/noise"
        r["noise_form"] = j
    rng.shuffle(rows)
    with open(os.path.join(OUT, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"schema": r["schema"], "names": r["names"], "kind": r["kind"]}, ensure_ascii=False) + "\n")
    # stats
    native = sum(1 for r in rows if r["script"] != "latin")
    stats = {
        "seed": SEED, "rows": len(rows), "list_records": len(ix.recs), "list_folded_names": ix.n_strings,
        "by_schema": dict(collections.Counter(r["schema"] for r in rows)),
        "persons_share": round(sum(1 for r in rows if r["schema"] == "Person") / len(rows), 3),
        "native_script_rows": native, "native_script_share": round(native / len(rows), 3),
        "by_script": dict(collections.Counter(r["script"] for r in rows).most_common()),
        "by_country": dict(collections.Counter(r["country"] for r in rows).most_common()),
        "by_kind": dict(collections.Counter(r["kind"].replace("/noise", "") for r in rows).most_common()),
        "traps": len([r for r in rows if r["trap"]]), "traps_by_shape": dict(per_shape),
        "noise_rows": len(idx), "two_form_rows": sum(1 for r in rows if len(r["names"]) == 2),
        "candidates_tried": dict(attempts), "dropped": dict(drops), "dropped_total": sum(drops.values()),
        "seconds": round(time.time() - t0, 1),
    }
    json.dump(stats, open(os.path.join(OUT, "build_stats.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    log.write("# kept %d rows; dropped %s\n" % (len(rows), dict(drops)))
    log.close()
    print(json.dumps({k: stats[k] for k in ("rows", "by_schema", "native_script_share", "traps_by_shape", "dropped", "seconds")}, ensure_ascii=False))

if __name__ == "__main__":
    main()
