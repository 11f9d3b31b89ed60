# -*- coding: utf-8 -*-
"""heldout-11 hard negatives: 4,000 parties that are NOT on any list.

Run:  /usr/bin/python3 gen_negatives.py      (fixed seed; writes ../negatives/)
Pools are typed by hand (pools.py, orgpools.py); no Faker, no wordfreq.
Every candidate (every emitted form and every romanisation the generator knows
for it) is checked against all names and aliases of the raw lists (lists.py).
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lists  # noqa: E402
import pools as P  # noqa: E402
import orgpools as O  # noqa: E402
import translit as T  # noqa: E402

SEED = 20261211
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "negatives")

N_TOTAL = 4000
TRAP_QUOTA = {"family-new-given": 110, "one-part-away": 80, "native-family": 70, "given-family-recombined": 30,
              "frame-new-word": 120, "kind-changed": 70}
PERSON_TOTAL = 2600
ORG_TOTAL = N_TOTAL - PERSON_TOTAL
NOISE_SHARE = 0.10

PERSON_W = {"kr": 190, "kp": 90, "cn": 260, "tw": 60, "hk": 50, "sg": 40, "jp": 110, "ir": 230, "ar": 160, "pk": 110,
            "ru": 180, "ua": 70, "by": 35, "kz": 35, "in": 90, "th": 45, "gr": 45, "il": 45, "am": 25, "ge": 25,
            "tr": 70, "vn": 45, "de": 60, "fr": 40, "it": 30, "es": 30, "gb": 70, "us": 50, "br": 20, "id": 20, "my": 20}
ORG_W = {"kr": 120, "kp": 70, "cn": 170, "hk": 40, "tw": 35, "jp": 70, "ir": 150, "ar": 80, "pk": 45, "ru": 90, "ua": 25,
         "by": 20, "kz": 20, "in": 40, "th": 25, "gr": 20, "il": 20, "am": 10, "ge": 10, "de": 40, "fr": 20, "it": 15, "es": 15,
         "gb": 30, "us": 35, "tr": 25, "ae": 35, "sg": 15, "my": 10, "nl": 10, "vn": 10, "id": 10}


def wchoice(items, wkey):
    return rng.choices(items, weights=[wkey(x) for x in items], k=1)[0]


def vpick(variants):
    """Pick a spelling variant; the first (usual) one dominates."""
    if len(variants) == 1:
        return variants[0]
    w = [6] + [2] * (len(variants) - 1)
    return rng.choices(variants, weights=w, k=1)[0]


def cap(s):
    return s[:1].upper() + s[1:]


def wcap(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))


class Cand:
    def __init__(self, schema, cc, person, native=None, native_script=None, roms=None, shadow=None, trap=None, sub=None):
        self.schema, self.cc, self.person = schema, cc, person
        self.native, self.native_script = native, native_script
        self.roms = [r for r in (roms or []) if r]
        self.shadow = list(shadow or [])
        self.trap = trap
        self.sub = sub
        self.forms = []
        self.noise = False


def choose_forms(c, p_native):
    """One party, written one or two ways."""
    roms = list(dict.fromkeys(c.roms))
    if c.native and rng.random() < p_native:
        r = rng.random()
        if r < 0.78 and roms:
            c.forms = [c.native, roms[0] if rng.random() < 0.6 else rng.choice(roms)]
        elif r < 0.86 and c.native_alt:
            c.forms = [c.native, c.native_alt]
        else:
            c.forms = [c.native]
    else:
        c.native_script = None
        if len(roms) >= 2 and rng.random() < 0.35:
            a = roms[0] if rng.random() < 0.5 else rng.choice(roms)
            b = rng.choice([x for x in roms if x != a])
            c.forms = [a, b]
        else:
            c.forms = [roms[0] if rng.random() < 0.55 else rng.choice(roms)]
    return c


Cand.native_alt = None

# =================================================================== persons


def ko_given(dprk=False):
    syl = P.KO_GIVEN_SYL
    if dprk:
        syl = [s for s in syl if s[0] not in ("예", "빈", "아", "나", "하", "서", "윤")]
    n = 1 if rng.random() < 0.08 else 2
    g = [wchoice(syl, lambda s: s[2]) for _ in range(n)]
    if n == 2 and g[0][0] == g[1][0]:
        g = g[:1]
    return g


def person_kr():
    fam = wchoice(P.KO_FAMILY, lambda f: f[1])
    g = ko_given()
    gh = "".join(s[0] for s in g)
    fam_l = vpick(fam[2])
    pp = [s[1] for s in g]
    rrs = [cap(T.rr(s[0])) for s in g]
    mrs = T.mr_parts(gh)
    giv_pass_h = pp[0] + ("-" + pp[1].lower() if len(pp) > 1 else "")
    giv_pass_j = pp[0] + ("".join(x.lower() for x in pp[1:]))
    giv_rr = rrs[0] + ("-" + rrs[1].lower() if len(rrs) > 1 else "")
    giv_rr_j = rrs[0] + "".join(x.lower() for x in rrs[1:])
    giv_mr = cap(mrs[0]) + ("-" + mrs[1] if len(mrs) > 1 else "")
    roms = [f"{fam_l} {giv_pass_h}", f"{fam_l} {giv_pass_j}", f"{giv_pass_h} {fam_l}", f"{giv_pass_j} {fam_l}",
            f"{fam_l.upper()} {' '.join(x.upper() for x in pp)}", f"{fam_l} {giv_rr}", f"{giv_rr_j} {fam_l}",
            f"{fam_l.upper()}, {giv_pass_j}"]
    rng.shuffle(roms[1:])
    shadow = [f"{v} {giv_pass_j}" for v in fam[2]] + [f"{v} {giv_rr_j}" for v in fam[2]] + [f"{fam[3]} {giv_mr}", f"{fam[3]} {' '.join(pp)}"]
    native = fam[0] + gh if rng.random() < 0.9 else fam[0] + " " + gh
    c = Cand("Person", "kr", True, native, "hangul", roms, shadow)
    return choose_forms(c, 0.7)


def dprk_name(fam_h=None, fam_l=None, given=None):
    if fam_h is None:
        fam = wchoice(P.KO_FAMILY, lambda f: f[1])
        fam_h, fam_l = fam[4], fam[3]
    g = given or ko_given(dprk=True)
    gh = "".join(s[0] for s in g)
    mrs_plain = T.mr_parts(gh, breve=False, apostrophe=False)
    mrs_b = T.mr_parts(gh)
    roms = [f"{fam_l.upper()} {' '.join(x.upper() for x in mrs_plain)}", f"{fam_l} {cap(mrs_plain[0])}" + ("-" + mrs_plain[1] if len(mrs_plain) > 1 else ""),
            f"{fam_l} {' '.join(cap(x) for x in mrs_plain)}", f"{fam_l} {cap(mrs_b[0])}" + ("-" + mrs_b[1] if len(mrs_b) > 1 else ""),
            f"{fam_l.upper()}, {cap(mrs_plain[0])}" + ("-" + mrs_plain[1] if len(mrs_plain) > 1 else "")]
    shadow = [f"{fam_l} {''.join(mrs_plain)}", f"{fam_l} {' '.join(T.rr(s[0]) for s in g)}", f"{fam_l} {' '.join(s[1] for s in g)}"]
    return fam_h + gh, roms, shadow


def person_kp():
    native, roms, shadow = dprk_name()
    c = Cand("Person", "kp", True, native, "hangul", roms, shadow)
    return choose_forms(c, 0.55)


def zh_given():
    n = 2 if rng.random() < 0.78 else 1
    g = [wchoice(P.ZH_GIVEN, lambda x: x[4]) for _ in range(n)]
    if n == 2 and g[0][0] == g[1][0]:
        g = g[:1]
    return g


def pin_fam(f):
    return f[2].replace("ü", "ü")


def person_cn():
    f = wchoice(P.ZH_FAMILY, lambda x: x[5])
    g = zh_given()
    py = [x[2] for x in g]
    fam = f[2]
    fam_alts = [fam] + (["Lyu", "Lu"] if fam == "Lü" else [])
    gj = cap("".join(py))
    roms = [f"{fam} {gj}", f"{fam.upper()} {gj}", f"{gj} {fam}", f"{fam} {' '.join(cap(x) for x in py)}",
            f"{fam} {cap(py[0])}" + ("-" + py[1] if len(py) > 1 else ""), f"{fam.upper()}, {gj}"]
    wg_f = cap(T.wg_syl(fam.lower().replace("ü", "ü"), apostrophe=False))
    wg = f"{wg_f} {T.wg_given(py)}"
    if rng.random() < 0.15:
        roms.append(wg)
    shadow = [f"{a} {gj}" for a in fam_alts] + [wg, f"{wg_f} {T.wg_given(py, False, False)}"]
    native = f[0] + "".join(x[0] for x in g)
    c = Cand("Person", "cn", True, native, "han-simplified", roms, shadow)
    c.native_alt = f[1] + "".join(x[1] for x in g) if rng.random() < 0.3 else None
    return choose_forms(c, 0.7)


def person_tw():
    f = wchoice(P.ZH_FAMILY, lambda x: x[5])
    g = zh_given()
    py = [x[2] for x in g]
    wg_f = cap(T.wg_syl(f[2].lower(), apostrophe=False)).replace("ü", "u")
    giv = T.wg_given(py, apostrophe=False, umlaut=False)
    roms = [f"{wg_f} {giv}", f"{wg_f.upper()} {giv.upper()}", f"{giv} {wg_f}", f"{wg_f.upper()}, {giv.upper()}", f"{wg_f} {giv.replace('-', ' ')}"]
    shadow = [f"{f[2]} {''.join(py)}", f"{wg_f} {giv.replace('-', '')}", f"{wg_f} {T.wg_given(py)}"]
    native = f[1] + "".join(x[1] for x in g)
    c = Cand("Person", "tw", True, native, "han-traditional", roms, shadow)
    return choose_forms(c, 0.7)


def person_hk():
    f = wchoice(P.ZH_FAMILY, lambda x: x[5])
    g = zh_given()
    if len(g) == 1:
        g = g + [wchoice(P.ZH_GIVEN, lambda x: x[4])]
    ca = [x[3] for x in g]
    fam = f[3]
    en = rng.choice(["", "", "", "Peter ", "David ", "Kenneth ", "Vincent ", "Alice ", "Winnie ", "Raymond ", "Eric ", "Michelle "])
    roms = [f"{fam} {ca[0]} {ca[1]}", f"{fam.upper()} {ca[0]} {ca[1]}", f"{ca[0]}-{ca[1].lower()} {fam}", f"{fam} {ca[0]}-{ca[1].lower()}",
            f"{en}{fam} {ca[0]} {ca[1]}".strip(), f"{fam.upper()}, {ca[0]} {ca[1]}"]
    shadow = [f"{fam} {ca[0]}{ca[1].lower()}", f"{f[2]} {''.join(x[2] for x in g)}"]
    native = f[1] + "".join(x[1] for x in g)
    c = Cand("Person", "hk", True, native, "han-traditional", roms, shadow)
    return choose_forms(c, 0.6)


def person_sg():
    f = wchoice(P.ZH_FAMILY, lambda x: x[5])
    g = zh_given()
    if len(g) == 1:
        g = g + [wchoice(P.ZH_GIVEN, lambda x: x[4])]
    ca = [x[3] for x in g]
    fam = f[4]
    roms = [f"{fam} {ca[0]} {ca[1]}", f"{fam.upper()} {ca[0].upper()} {ca[1].upper()}", f"{ca[0]} {ca[1]} {fam}", f"{fam} {ca[0]}{ca[1].lower()}"]
    native = f[0] + "".join(x[0] for x in g)
    c = Cand("Person", "sg", True, native, "han-simplified", roms, [f"{f[2]} {''.join(x[2] for x in g)}"])
    return choose_forms(c, 0.35)


def person_jp():
    f = wchoice(P.JA_FAMILY, lambda x: x[3])
    g = wchoice(P.JA_GIVEN, lambda x: x[3])
    fl, gl = vpick(f[2]), vpick(g[2])
    roms = [f"{gl} {fl}", f"{fl.upper()} {gl}", f"{fl} {gl}", f"{gl} {fl.upper()}", f"{fl.upper()}, {gl}"]
    shadow = [f"{a} {b}" for a in f[2] for b in g[2]]
    kanji = f[0] + (" " if rng.random() < 0.6 else "") + g[0]
    kana = f[1] + ("\u3000" if rng.random() < 0.3 else " ") + g[1]
    if rng.random() < 0.22:
        c = Cand("Person", "jp", True, kana, "kana", roms, shadow + [kanji])
        c.forms = [kana, rng.choice(roms)] if rng.random() < 0.7 else [kana]
        return c
    c = Cand("Person", "jp", True, kanji, "kanji", roms, shadow + [kana])
    c.native_alt = kana
    return choose_forms(c, 0.72)


def arabic_script_person(cc, script, gm, gf, fam_pool, p_native, p_father=0.0):
    female = rng.random() < 0.3
    g = wchoice(gf if female else gm, lambda x: x[1])
    parts = [g]
    if p_father and rng.random() < p_father:
        parts.append(wchoice(gm, lambda x: x[1]))
    fam = wchoice(fam_pool, lambda x: x[1])
    if fam[0] == parts[-1][0]:
        fam = fam_pool[(fam_pool.index(fam) + 1) % len(fam_pool)]
    parts.append(fam)
    native = " ".join(p[0] for p in parts)
    roms = []
    for _ in range(5):
        sp = [vpick(p[2]) for p in parts]
        roms.append(" ".join(sp))
    sp = [vpick(p[2]) for p in parts]
    roms.append(f"{sp[-1].upper()}, {' '.join(sp[:-1])}")
    roms.append(" ".join(x.upper() for x in sp))
    roms = list(dict.fromkeys(roms))
    shadow = [" ".join(p[2][0] for p in parts)] + [" ".join(vs) for vs in _few_products([p[2] for p in parts])]
    c = Cand("Person", cc, True, native, script, roms, shadow)
    return choose_forms(c, p_native)


def _few_products(lists_, limit=40):
    out = [[]]
    for l in lists_:
        out = [o + [x] for o in out for x in l][:limit]
    return out


def person_ir():
    return arabic_script_person("ir", "persian", P.FA_GIVEN_M, P.FA_GIVEN_F, P.FA_FAMILY, 0.6)


def person_ar():
    cc = rng.choice(["sy", "sy", "ae", "eg", "iq", "jo", "lb", "sa"])
    return arabic_script_person(cc, "arabic", P.AR_GIVEN_M, P.AR_GIVEN_F, P.AR_FAMILY, 0.6, p_father=0.4)


def person_pk():
    return arabic_script_person("pk", "urdu", P.UR_GIVEN_M, P.UR_GIVEN_F, P.UR_FAMILY, 0.45, p_father=0.15)


def fem_ru(sur):
    if re.search(r"(ов|ев|ёв|ин|ын)$", sur):
        return sur + "а"
    return sur


def fem_patr(p):
    return re.sub(r"ич$", "на", p)


def pop2(s):
    s = re.sub(r"iy\b", "y", s)
    return s.replace("Yuriy", "Yuri").replace("Yury", "Yuri")


def person_ru():
    female = rng.random() < 0.42
    sur = wchoice(P.RU_FAMILY, lambda x: x[1])[0]
    if female:
        g = wchoice(P.RU_GIVEN_F, lambda x: x[1])[0]
        sur = fem_ru(sur)
    else:
        g = wchoice(P.RU_GIVEN_M, lambda x: x[1])[0]
    father = wchoice(P.RU_GIVEN_M, lambda x: x[1])[2]
    patr = fem_patr(father) if female else father
    r = rng.random()
    if r < 0.4:
        native = f"{g} {sur}"
        order = [g, sur]
    elif r < 0.8:
        native = f"{sur} {g} {patr}"
        order = [sur, g, patr]
    else:
        native = f"{g} {patr} {sur}"
        order = [g, patr, sur]
    roms = []
    for mode in ("icao", "bgn", "pop"):
        roms.append(T.ru_translit(" ".join(order), mode))
        roms.append(T.ru_translit(f"{g} {sur}", mode))
    roms.append(pop2(T.ru_translit(f"{g} {sur}", "pop")))
    roms.append(T.ru_translit(sur, "icao").upper() + " " + T.ru_translit(g, "icao"))
    roms = [x.replace("ë", "e") if rng.random() < 0.7 else x for x in roms]
    roms = list(dict.fromkeys(roms))
    rng.shuffle(roms)
    shadow = [T.ru_translit(f"{g} {sur}", m) for m in ("icao", "bgn", "pop")] + [pop2(T.ru_translit(f"{g} {sur}", "pop")),
              T.ru_translit(f"{g} {sur}", "bgn").replace("ë", "e").replace("'", "")]
    c = Cand("Person", "ru", True, native, "cyrillic", roms, shadow)
    return choose_forms(c, 0.72)


def cyr_typed_person(cc, given, family, p_native, fem_rule=None, auto=None):
    g = wchoice(given, lambda x: x[1])
    f = wchoice(family, lambda x: x[1])
    fn, fl = f[0], list(f[2])
    if fem_rule and g[3] == "f":
        fn, fl = fem_rule(fn, fl)
    native = f"{g[0]} {fn}" if rng.random() < 0.6 else f"{fn} {g[0]}"
    roms = []
    for _ in range(4):
        roms.append(f"{vpick(g[2])} {vpick(fl)}")
    if auto:
        roms.append(auto(f"{g[0]} {fn}"))
    roms.append(f"{vpick(fl).upper()} {vpick(g[2])}")
    roms = list(dict.fromkeys(roms))
    shadow = [f"{a} {b}" for a in g[2] for b in fl]
    c = Cand("Person", cc, True, native, "cyrillic", roms, shadow)
    return choose_forms(c, p_native)


def uk_fem(n, ls):
    if n.endswith("ко") or n.endswith("ук") or n.endswith("юк") or n.endswith("ар") or n.endswith("ь") or n.endswith("з") or n.endswith("ик"):
        return n, ls
    return n, ls


def by_fem(n, ls):
    if n.endswith("оў") or n.endswith("аў") or n.endswith("ёў"):
        return n[:-1] + "ва", [re.sub(r"(ou|au|iou)$", lambda m: {"ou": "ova", "au": "ava", "iou": "iova"}[m.group(1)], x) if re.search(r"(ou|au)$", x) else re.sub(r"ov$", "ova", re.sub(r"ev$", "eva", x)) for x in ls]
    if n.endswith("скі"):
        return n[:-3] + "ская", [re.sub(r"(ski|sky)$", "skaya", x) for x in ls]
    return n, ls


def kz_fem(n, ls):
    if re.search(r"(ов|ев)$", n):
        return n + "а", [x + "a" for x in ls]
    return n, ls


def person_ua():
    return cyr_typed_person("ua", P.UK_GIVEN, P.UK_FAMILY, 0.7, uk_fem, auto=T.uk_translit)


def person_by():
    return cyr_typed_person("by", P.BE_GIVEN, P.BE_FAMILY, 0.6, by_fem)


def person_kz():
    return cyr_typed_person("kz", P.KK_GIVEN, P.KK_FAMILY, 0.65, kz_fem)


def typed_person(cc, script, given, family, p_native, sep=" ", family_first=False, el=False):
    g = wchoice(given, lambda x: x[1])
    f = wchoice(family, lambda x: x[1])
    fn, fl = f[0], f[2]
    if el and g[3] == "f":
        fn, fl = f[3], f[4]
    native = f"{fn}{sep}{g[0]}" if family_first else f"{g[0]}{sep}{fn}"
    roms = []
    for _ in range(4):
        roms.append(f"{vpick(g[2])} {vpick(fl)}")
    roms.append(f"{vpick(fl).upper()}, {vpick(g[2])}")
    roms.append(f"{vpick(g[2])} {vpick(fl).upper()}")
    roms = list(dict.fromkeys(roms))
    shadow = [f"{a} {b}" for a in g[2] for b in fl]
    c = Cand("Person", cc, True, native, script, roms, shadow)
    return choose_forms(c, p_native)


def person_in():
    return typed_person("in", "devanagari", P.HI_GIVEN, P.HI_FAMILY, 0.5)


def person_th():
    return typed_person("th", "thai", P.TH_GIVEN, P.TH_FAMILY, 0.7)


def person_gr():
    return typed_person("gr", "greek", P.EL_GIVEN, P.EL_FAMILY, 0.7, el=True)


def person_il():
    return typed_person("il", "hebrew", P.HE_GIVEN, P.HE_FAMILY, 0.7)


def person_am():
    return typed_person("am", "armenian", P.HY_GIVEN, P.HY_FAMILY, 0.7)


def person_ge():
    return typed_person("ge", "georgian", P.KA_GIVEN, P.KA_FAMILY, 0.7)


ASCII_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def strip_marks(s):
    s = "".join(ASCII_DE.get(ch, ch) for ch in s) if any(ch in s for ch in "äöüÄÖÜß") else s
    s = s.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person_latin(cc):
    key = "gb" if cc == "us" else cc
    gm, gf, fam = P.LATIN[key]
    female = rng.random() < 0.35
    g = rng.choice(gf if female else gm)
    f = rng.choice(fam)
    if cc == "es" and rng.random() < 0.6:
        f = f + " " + rng.choice([x for x in fam if x != f])
    if cc == "br" and rng.random() < 0.5:
        f = rng.choice(fam) + " " + f if rng.random() < 0.5 else "dos " + f if False else rng.choice(["da ", "de ", ""]) + rng.choice(fam) + " " + f
        f = " ".join(f.split())
    if cc in ("gb", "us") and rng.random() < 0.3:
        g = g + " " + rng.choice(["A.", "J.", "M.", "R.", "S.", "T."] if cc == "us" else gm + gf)
        if cc == "gb" and g.split()[0] == g.split()[1]:
            g = g.split()[0]
    if cc == "my":
        full = f"{g} {rng.choice(gm)} {f}" if rng.random() < 0.4 else f"{g} {f}"
        roms = [full, full.upper(), full.replace("Muhammad", "Mohd")]
        return choose_forms(Cand("Person", cc, True, None, None, roms, []), 0)
    full = f"{g} {f}"
    roms = [full, f"{f.upper()}, {g}", f"{f}, {g}", f"{g} {f.upper()}", f"{g[0]}. {f}"]
    if strip_marks(full) != full:
        roms += [strip_marks(full), strip_marks(f"{f.upper()} {g}")]
    if cc == "id" and rng.random() < 0.3:
        roms = [g, g.upper()] + roms[:1]  # mononym
    c = Cand("Person", cc, True, None, None, roms, [strip_marks(full)])
    return choose_forms(c, 0)


def person_vn():
    female = rng.random() < 0.45
    fam = wchoice(P.VI_FAMILY, lambda x: x[1])[0]
    mid = rng.choice(P.VI_MIDDLE_F if female else P.VI_MIDDLE_M)
    g = rng.choice(P.VI_GIVEN_F if female else P.VI_GIVEN_M)
    full = f"{fam} {mid} {g}"
    roms = [full, strip_marks(full), strip_marks(full).upper(), f"{g} {fam}", strip_marks(f"{g} {mid} {fam}")]
    return choose_forms(Cand("Person", "vn", True, None, None, roms, [strip_marks(f"{fam} {g}")]), 0)


PERSON_FN = {"kr": person_kr, "kp": person_kp, "cn": person_cn, "tw": person_tw, "hk": person_hk, "sg": person_sg, "jp": person_jp,
             "ir": person_ir, "ar": person_ar, "pk": person_pk, "ru": person_ru, "ua": person_ua, "by": person_by, "kz": person_kz,
             "in": person_in, "th": person_th, "gr": person_gr, "il": person_il, "am": person_am, "ge": person_ge, "vn": person_vn}

# =================================================================== organisations


def org_c(cc, native, script, roms, schema="Company", p_native=0.6, shadow=None, native_alt=None):
    c = Cand(schema, cc, False, native, script if native else None, roms, shadow or [])
    c.native_alt = native_alt
    return choose_forms(c, p_native if native else 0)


def org_kr():
    r = rng.random()
    if r < 0.12:
        h, l = rng.choice(O.KR_UNI)
        return org_c("kr", h, "hangul", [l, l.upper()], "Organization", 0.55)
    if r < 0.18:
        h, l = rng.choice(O.KR_HOSP)
        return org_c("kr", h, "hangul", [l], "Organization", 0.55)
    if r < 0.23:
        h, l = rng.choice(O.KR_INST)
        return org_c("kr", h, "hangul", [l, l.upper()], "Organization", 0.55)
    w = rng.choice(O.KR_WORDS)
    ind = rng.choice(O.KR_IND)
    form = rng.random()
    core_h = w[0] + ind[0]
    if form < 0.4:
        native = f"(주){core_h}"
    elif form < 0.7:
        native = f"주식회사 {core_h}"
    else:
        native = f"{core_h} 주식회사"
    lf = rng.choice(["Co., Ltd.", "Co., Ltd.", "Co. Ltd", "Corporation", "Corp.", "Inc.", "Co.,Ltd."])
    roms = [f"{w[1]} {ind[1]} {lf}", f"{w[1].upper()} {ind[1].upper()} {lf.upper()}", f"{w[1]} {ind[1]}",
            f"{T.rr(w[0]).capitalize()} {ind[1]} {lf}", f"{w[1]}{ind[1].split()[0]} {lf}"]
    return org_c("kr", native, "hangul", roms, "Company", 0.6, shadow=[f"{w[1]} {ind[1]}"])


def org_kp():
    w = rng.choice(O.KP_WORDS)
    k = rng.choice(O.KP_KIND)
    prefix_h = rng.choice(["조선", "조선", ""])
    native = f"{prefix_h}{w[0]}{k[0]}"
    kind_l = rng.choice(k[1])
    pre_l = {"조선": rng.choice(["Korea", "Chosun", "Choson", "DPRK"]), "": ""}[prefix_h]
    base = f"{pre_l} {w[1]} {kind_l}".strip()
    roms = [base, base.upper(), f"{pre_l} {w[1]} {vpick(k[1])}".strip(), f"{w[1]} {kind_l}"]
    return org_c("kp", native, "hangul", roms, "Company", 0.45)


def org_cn():
    r = rng.random()
    if r < 0.14:
        h, l = rng.choice(O.ZH_UNI)
        return org_c("cn", h, "han-simplified", [l, l.upper()], "Organization", 0.55)
    if r < 0.22:
        city = rng.choice(O.ZH_CITIES)
        num = rng.choice(O.ZH_NUM)
        h = f"{city[0]}市{num[0]}人民医院"
        return org_c("cn", h, "han-simplified", [f"{city[2]} {num[1]} People's Hospital", f"The {num[1]} People's Hospital of {city[2]}"], "Organization", 0.6)
    city = rng.choice(O.ZH_CITIES)
    w = rng.choice(O.ZH_WORDS)
    ind = rng.choice(O.ZH_IND)
    lf_h, lf_l, lf_p = rng.choice([("有限公司", "Co., Ltd.", "Youxian Gongsi"), ("有限公司", "Co., Ltd.", "Youxian Gongsi"),
                                    ("股份有限公司", "Co., Ltd.", "Gufen Youxian Gongsi"), ("有限责任公司", "Co., Ltd.", "Youxian Zeren Gongsi")])
    cityh = city[0] + ("市" if rng.random() < 0.4 else "")
    native = f"{cityh}{w[0]}{ind[0]}{lf_h}"
    roms = [f"{city[2]} {w[1]} {ind[1]} {lf_l}", f"{city[2].upper()} {w[1].upper()} {ind[1].upper()} CO., LTD", f"{w[1]} {ind[1]} {lf_l}",
            f"{city[2]} {w[1]} {ind[2]} {lf_p}", f"{city[2]} {w[1]} {ind[1]} Co Ltd"]
    return org_c("cn", native, "han-simplified", roms, "Company", 0.62, shadow=[f"{w[1]} {ind[1]}"],
                 native_alt=f"{city[1]}{w[0]}{ind[0]}{lf_h}" if False else None)


def org_hk():
    w = rng.choice(O.HK_WORDS)
    ind = rng.choice(O.HK_IND)
    native = f"{w[0]}{ind[0]}有限公司"
    if rng.random() < 0.3:
        native = "香港" + native
    roms = [f"{w[1]} {ind[1]} Co., Limited", f"{w[1].upper()} {ind[1].upper()} COMPANY LIMITED", f"{w[1]} {ind[1]} Ltd",
            f"Hong Kong {w[1]} {ind[1]} Co Ltd"]
    return org_c("hk", native, "han-traditional", roms, "Company", 0.55)


def org_tw():
    w = rng.choice(O.TW_WORDS)
    ind = rng.choice(O.TW_IND)
    native = f"{w[0]}{ind[0]}股份有限公司"
    roms = [f"{w[1]} {ind[1]} Co., Ltd.", f"{w[1].upper()} {ind[1].upper()} CO., LTD.", f"{w[1].replace(' ', '')} {ind[1]} Corp."]
    return org_c("tw", native, "han-traditional", roms, "Company", 0.55)


def org_jp():
    r = rng.random()
    if r < 0.15:
        h, l = rng.choice(O.JA_UNI)
        return org_c("jp", h, "kanji", [l], "Organization", 0.55)
    w = rng.choice(O.JA_WORDS)
    ind = rng.choice(O.JA_IND)
    pre = rng.random() < 0.5
    native = f"株式会社{w[0]}{ind[0]}" if pre else f"{w[0]}{ind[0]}株式会社"
    kana = f"{w[1]}{ind[0]}株式会社"
    roms = [f"{w[2]} {ind[1]} Co., Ltd.", f"{w[2]} {ind[2]} Co., Ltd.", f"{w[2].upper()} {ind[1].upper()} CO., LTD.",
            f"K.K. {w[2]} {ind[1]}", f"{w[2]} {ind[2]} Corporation"]
    if rng.random() < 0.2:
        c = Cand("Company", "jp", False, kana, "kana", roms, [native])
        c.forms = [kana, rng.choice(roms)] if rng.random() < 0.6 else [kana]
        return c
    return org_c("jp", native, "kanji", roms, "Company", 0.62, native_alt=kana if rng.random() < 0.3 else None)


def org_ir():
    r = rng.random()
    if r < 0.14:
        h, l = rng.choice(O.FA_UNI)
        return org_c("ir", h, "persian", [l, l.upper()], "Organization", 0.55)
    if r < 0.22:
        h, l = rng.choice(O.FA_HOSP)
        return org_c("ir", h, "persian", [l, l.upper()], "Organization", 0.55)
    n = 2 if rng.random() < 0.35 else 1
    ws = rng.sample(O.FA_WORDS, n)
    wn = " ".join(w[0] for w in ws)
    wl = " ".join(w[1] for w in ws)
    tmpl_n, tmpl_l = rng.choice(O.FA_KIND)
    native = tmpl_n.format(w=wn)
    roms = [t.format(W=wl) for t in tmpl_l] + [tmpl_l[0].format(W=wl).upper(), tmpl_l[0].format(W=wl).replace("Co.", "Co").replace("Company", "Co.")]
    return org_c("ir", native, "persian", roms, "Company", 0.55)


def org_ar():
    cc = rng.choice(["sy", "ae", "ae", "eg", "iq", "jo", "lb", "sa"])
    r = rng.random()
    if r < 0.15:
        h, l = rng.choice(O.AR_UNI)
        return org_c(cc, h, "arabic", [l, l.upper()], "Organization", 0.55)
    if r < 0.22:
        h, l = rng.choice(O.AR_HOSP)
        return org_c(cc, h, "arabic", [l], "Organization", 0.55)
    w = rng.choice(O.AR_WORDS)
    tmpl_n, tmpl_l = rng.choice(O.AR_KIND)
    native = tmpl_n.format(w=w[0])
    wl = w[1]
    alt = wl.replace("Al ", "Al-") if rng.random() < 0.5 else wl.replace("Al ", "El ")
    roms = [t.format(W=wl) for t in tmpl_l] + [tmpl_l[0].format(W=alt), tmpl_l[0].format(W=wl).upper()]
    return org_c(cc, native, "arabic", roms, "Company", 0.5)


def org_pk():
    r = rng.random()
    if r < 0.2:
        l, h = rng.choice(O.PK_UNI)
        sch = "Organization"
        return org_c("pk", h, "urdu", [l, l.upper()], sch, 0.5)
    w = rng.choice(O.UR_WORDS)
    tmpl_n, tmpl_l = rng.choice(O.UR_KIND)
    native = tmpl_n.format(w=w[0])
    roms = [t.format(W=w[1]) for t in tmpl_l] + [tmpl_l[0].format(W=w[1]).upper(), "M/s " + tmpl_l[0].format(W=w[1]) if False else tmpl_l[-1].format(W=w[1])]
    return org_c("pk", native, "urdu", roms, "Company", 0.3)


def org_ru():
    r = rng.random()
    if r < 0.18:
        h, l = rng.choice(O.RU_UNI)
        return org_c("ru", h, "cyrillic", [l, T.ru_translit(h, "bgn").replace("'", "")], "Organization", 0.6)
    w = rng.choice(O.RU_WORDS)
    tn, tl = rng.choice(O.RU_FORMS)
    native = tn.format(w=w)
    wl = T.ru_translit(w, rng.choice(["bgn", "icao", "pop"])).replace("'", "")
    if rng.random() < 0.15:
        native = native.replace("«", '"').replace("»", '"')
    roms = [t.format(W=wl) for t in tl] + [tl[0].format(W=wl).upper()]
    return org_c("ru", native, "cyrillic", roms, "Company", 0.62)


def org_cyr(cc, forms, words, translit_fn):
    w = rng.choice(words)
    tn, tl = rng.choice(forms)
    native = tn.format(w=w)
    wl = translit_fn(w)
    roms = [t.format(W=wl) for t in tl] + [tl[0].format(W=wl).upper()]
    return org_c(cc, native, "cyrillic", roms, "Company", 0.6)


KZ_EXTRA = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                          "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "І": "И"})
BY_EXTRA = str.maketrans({"ў": "в", "і": "и", "Ў": "В", "І": "И", "'": ""})


def org_ua():
    return org_cyr("ua", O.UA_FORMS, O.UA_WORDS, T.uk_translit)


def org_kz():
    return org_cyr("kz", O.KZ_FORMS, O.KZ_WORDS, lambda w: T.ru_translit(w.translate(KZ_EXTRA), "icao"))


def org_by():
    return org_cyr("by", O.BY_FORMS, O.BY_WORDS, lambda w: T.ru_translit(w.translate(BY_EXTRA), "bgn").replace("'", ""))


def org_typed(cc, script, words, inds, insts, tmpl_native, tmpl_latin, p_inst=0.2, p_native=0.55):
    if insts and rng.random() < p_inst:
        h, l = rng.choice(insts)
        return org_c(cc, h, script, [l, l.upper()], "Organization", p_native)
    w = rng.choice(words)
    ind = rng.choice(inds)
    native = tmpl_native.format(w=w[0], i=ind[0])
    roms = [t.format(W=w[1], I=ind[1]) for t in tmpl_latin]
    return org_c(cc, native, script, roms, "Company", p_native)


def org_in():
    if rng.random() < 0.2:
        h, l = rng.choice(O.IN_INST)
        return org_c("in", h, "devanagari", [l, l.upper()], "Organization", 0.5)
    w = rng.choice(O.HI_WORDS)
    tn, tl = rng.choice(O.HI_KIND)
    return org_c("in", tn.format(w=w[0]), "devanagari", [t.format(W=w[1]) for t in tl] + [tl[0].format(W=w[1]).upper()], "Company", 0.4)


def org_th():
    return org_typed("th", "thai", O.TH_WORDS, O.TH_IND, O.TH_INST, "บริษัท {w}{i} จำกัด", ["{W} {I} Co., Ltd.", "{W} {I} Company Limited"])


def org_gr():
    return org_typed("gr", "greek", O.EL_WORDS, O.EL_IND, O.EL_INST, "{w} {i} Α.Ε.", ["{W} {I} S.A.", "{W} {I} SA"])


def org_il():
    return org_typed("il", "hebrew", O.HE_WORDS, O.HE_IND, O.HE_INST, "{w} {i} בע״מ", ["{W} {I} Ltd.", "{W} {I} Ltd"])


def org_am():
    return org_typed("am", "armenian", O.HY_WORDS, [("", "")], O.HY_INST, "«{w}» ՍՊԸ", ["{W} LLC", "{W} CJSC"])


def org_ge():
    return org_typed("ge", "georgian", O.KA_WORDS, [("", "")], O.KA_INST, "შპს «{w}»", ["{W} LLC", "{W} Ltd"])


def org_west(cc):
    inds, forms, insts, cities = O.WEST[cc]
    if rng.random() < 0.2:
        t = rng.choice(insts).format(c=rng.choice(cities))
        roms = [t, t.upper(), strip_marks(t)]
        return org_c(cc, None, None, roms, "Organization")
    w = rng.choice(O.WEST_WORDS[cc])
    ind = rng.choice(inds)
    lf = rng.choice(forms)
    if cc in ("vn", "id"):
        base = f"{lf} {w} {ind}" if cc == "vn" else f"{lf} {w} {ind}"
    else:
        base = f"{w} {ind} {lf}"
    roms = [base, base.upper(), strip_marks(base)]
    if cc in ("de",) and rng.random() < 0.3:
        roms.append(f"{w} & {rng.choice(O.WEST_WORDS[cc])} {lf}")
    return org_c(cc, None, None, roms, "Company")


ORG_FN = {"kr": org_kr, "kp": org_kp, "cn": org_cn, "hk": org_hk, "tw": org_tw, "jp": org_jp, "ir": org_ir, "ar": org_ar,
          "pk": org_pk, "ru": org_ru, "ua": org_ua, "kz": org_kz, "by": org_by, "in": org_in, "th": org_th, "gr": org_gr,
          "il": org_il, "am": org_am, "ge": org_ge}

# =================================================================== traps

KO_LAT2H = {}
for f in P.KO_FAMILY:
    for v in f[2] + [f[3]]:
        KO_LAT2H.setdefault(v.upper(), f[4] if v == f[3] else f[0])
KO_LAT2H.update({"RI": "리", "PAK": "박", "CHOE": "최", "JON": "전", "HYON": "현", "PAEK": "백", "RYU": "류", "KO": "고", "MUN": "문",
                 "JO": "조", "SON": "손", "YUN": "윤", "MIN": "민", "KU": "구", "PAE": "배", "CHU": "주", "RA": "라", "O": "오",
                 "JANG": "장", "CHANG": "장", "KANG": "강", "HAN": "한", "HWANG": "황", "KIM": "김", "KIL": "길", "YU": "유",
                 "CHO": "조", "RIM": "림", "SIN": "신", "SO": "서", "YO'N": "연", "YON": "연", "TONG": "동", "RO": "로"})
FA_LAT2N = {}
for f in P.FA_FAMILY:
    for v in f[2]:
        FA_LAT2N.setdefault(v.upper(), f[0])
FA_LAT2N.update({"ESLAMI": "اسلامی", "HEJAZI": "حجازی", "SALIMI": "سلیمی", "MALEKI": "ملکی", "HOJATI": "حجتی", "SAFAVI": "صفوی",
                 "NAQDI": "نقدی", "VAHIDI": "وحیدی", "JAFARI": "جعفری", "MUSAVI": "موسوی", "ZAHEDI": "زاهدی", "ABDOLLAHI": "عبداللهی",
                 "AGHAJANI": "آقاجانی", "TABATABAEI": "طباطبایی", "AMIDI": "امیدی", "MAHMOUDI": "محمودی", "HEMMATI": "همتی",
                 "GHOLAMI": "غلامی", "HOSSEINI": "حسینی", "HASHEMI": "هاشمی", "SHARIFI": "شریفی", "RAHIMI": "رحیمی",
                 "REZAIE": "رضایی", "REZAEI": "رضایی", "SAFARI": "صفری", "RASHIDI": "رشیدی", "MOHAMMADI": "محمدی", "AHMADIAN": "احمدیان",
                 "BEHZAD": "بهزاد", "SOLEIMANI": "سلیمانی", "NOBARI": "نوباری", "QANNADI": "قنادی", "BAKHTIAR": "بختیار",
                 "MONAJEMI": "منجمی", "MOHAJERANI": "مهاجرانی", "SAFDARI": "صفدری", "ZOLQADR": "ذوالقدر", "DASTJERDI": "دستجردی",
                 "ASGARPOUR": "عسگرپور", "RAHIQI": "رحیقی", "SABET": "ثابت", "ASHTIANI": "آشتیانی", "ASHIANI": "آشیانی",
                 "NOURI": "نوری", "GHASEMI": "قاسمی", "QASEMI": "قاسمی", "KARIMI": "کریمی", "ABBASI": "عباسی"})
FA_GIVEN_UP = {v.upper().split()[0] for g in P.FA_GIVEN_M + P.FA_GIVEN_F for v in g[2]} | {"SEYED", "SAYYED", "SAYYID", "SEYYED", "SAYED", "GHOLAM", "GHOLAMREZA", "ABDOLLAH", "HAMIDREZA", "AMIR", "REZA", "MAHMOUD", "EBRAHIM", "ESMAIL", "HOSSEIN", "HOSEIN", "ALI", "MOHAMMAD", "MOHAMMED", "MOHSEN", "AHMAD"}
ZH_PIN2 = {}
for f in P.ZH_FAMILY:
    ZH_PIN2.setdefault(f[2].upper(), f)

GENERIC = set("""KOREA KOREAN DPRK CHOSUN CHOSON TRADING CORPORATION CORP COMPANY CO LTD LIMITED GENERAL INDUSTRIAL INDUSTRIES INDUSTRY GROUP
SHAHID TECHNOLOGY TECHNOLOGIES TECH MACHINERY JOINT VENTURE ENGINEERING RESEARCH INSTITUTE CENTER CENTRE INTERNATIONAL DEVELOPMENT
IMPORT EXPORT AND OF THE FOR SCIENCE SCIENTIFIC UNIVERSITY ACADEMY BANK COMMERCIAL SHIPPING IRAN IRANIAN CHINA CHINESE NATIONAL
SYSTEMS ELECTRONICS ELECTRONIC PRECISION METALLURGY DEFENCE DEFENSE AEROSPACE MISSILE INSTRUMENT INSTRUMENTS MANUFACTURING
HONG KONG BEIJING SHANGHAI DALIAN SHENZHEN SYRIA SYRIAN PAKISTAN PRIVATE PVT LLC FZE JSC OAO OOO ZAO NPO NPP SANAYE SANAT
CONSULTANT CONSULTANTS SERVICES SERVICE MATERIALS CHEMICAL CHEMICALS EQUIPMENT PARTS AVIATION COMPLEX FACTORY PLANT
ORGANIZATION ORGANISATION IND GRP INTL INT MINISTRY DEPARTMENT BUREAU COMMITTEE OFFICE HOLDING HOLDINGS PETROCHEMICAL
PETROCHEMICALS OIL GAS ENERGY MARINE ENTERPRISES ENTERPRISE WHOLESALERS TRADE PLC FZCO FZC SDN BHD PTE GMBH SA AG DMCC""".split())


def pick_listed(recs):
    """Listed persons and organisations of the missile/WMD programmes, for the trap shapes."""
    kp_p, ir_p, cn_p, orgs = [], [], [], []
    for r in recs:
        progs = " ".join(r.programs)
        missile = (r.src == "UN" and r.rid[:3] in ("KPi", "KPe", "IRi", "IRe")) or \
                  (r.src == "OFAC" and re.search(r"NPWMD|DPRK|IFSR|IRAN", progs)) or \
                  (r.src == "jp-meti-end-user-list" and "M" in progs.split()[-1].split(",")) or \
                  (r.src == "UK" and re.search(r"North Korea|Iran \(nuclear", progs))
        if not missile:
            continue
        if r.schema == "Person":
            if r.src == "UN":
                if r.rid.startswith("KPi"):
                    kp_p.append((r.parts[0], r.parts[1:]))
                else:
                    ir_p.append((r.parts[-1], r.parts[:-1]))
            elif r.src == "OFAC" and "," in r.name:
                fam, giv = [x.strip() for x in r.name.split(",", 1)]
                if fam.upper() in KO_LAT2H and re.search(r"DPRK|NPWMD", progs) and len(fam) <= 5:
                    kp_p.append((fam, [giv]))
                elif fam.upper() in ZH_PIN2:
                    cn_p.append((fam, [giv]))
                elif re.search(r"IRAN|IFSR|NPWMD", progs) and re.fullmatch(r"[A-Za-z' -]+", fam) and \
                        giv.split()[0].upper() in FA_GIVEN_UP and (fam.upper() in FA_LAT2N or re.search(r"(I|Y|IAN|POUR|ZADEH|NEJAD|FAR|DEH|VAND|LOO|LOU)$", fam.upper())):
                    ir_p.append((fam, [giv]))
        elif r.schema in ("Organization", "Unknown") and r.name:
            if r.src == "jp-meti-end-user-list" or r.src == "UN" or r.src == "OFAC":
                orgs.append((r, r.name))
    return kp_p, ir_p, cn_p, orgs


def culture_of_org(name, r):
    u = name.upper()
    progs = " ".join(r.programs) + " " + r.country
    if re.search(r"KOREA|DPRK|CHOSON|CHOSUN|KPe", u + " " + progs) or "북한" in progs:
        return "kp"
    if re.search(r"IRAN|SHAHID|IRe|IFSR|IRGC", u + " " + progs) or "이란" in progs:
        return "ir"
    if "중국" in progs or re.search(r"CHINA|BEIJING|SHANGHAI|DALIAN|SHENZHEN|HONG KONG|XI'AN|DANDONG|GUANGZHOU|NINGBO|TIANJIN|WUHAN|SUZHOU|HANGZHOU|CHENGDU|SHENYANG|HARBIN|NANJING|QINGDAO|XIAMEN|ZHUHAI|CHANGSHA|CO\., LTD", u):
        return "cn"
    if "파키스탄" in progs or "PAKISTAN" in u:
        return "pk"
    if "시리아" in progs or "SYRIA" in u:
        return "sy"
    if "러시아" in progs or re.search(r"\bOOO\b|\bJSC\b|\bAO\b|INSTITUTE OF|NPO\b", u):
        return "ru"
    return "xx"


NEW_WORD = {"kp": [w[1] for w in O.KP_WORDS], "ir": [w[1] for w in O.FA_WORDS] + ["Sepahan", "Golestan", "Baharan", "Shayan", "Farzaneh", "Karun", "Mehregan"],
            "cn": [w[1] for w in O.ZH_WORDS], "pk": [w[1] for w in O.UR_WORDS], "sy": ["Al Waha", "Barada", "Qasioun", "Orontes", "Al Yarmouk", "Tadmur"],
            "ru": ["Vektor-M", "Saturn-Tekh", "Krasnaya Zarya", "Rassvet", "Sever", "Yug", "Tekhnolink", "Kaskad"], "xx": ["Meridian", "Orion", "Atlas", "Zenith", "Vertex"]}
SHAHID_NAMES = ["Rajaei", "Beheshti", "Motahari", "Chamran", "Bahonar", "Mofatteh", "Madani", "Hashemi Nejad", "Babaei", "Kharrazi", "Zeinoddin", "Ahmadi Roshan"]


def trap_frame(orgs):
    r, name = rng.choice(orgs)
    cc = culture_of_org(name, r)
    if cc == "xx":
        return None
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    toks = re.findall(r"[A-Za-z0-9'’&./-]+|[(),]", name)
    word_idx = [i for i, t in enumerate(toks) if re.fullmatch(r"[A-Za-z'’-]{3,}", t) and t.upper().strip(".") not in GENERIC]
    if not word_idx or len(word_idx) == len([t for t in toks if re.fullmatch(r"[A-Za-z'’-]+", t)]):
        return None
    i = rng.choice(word_idx)
    pool = NEW_WORD[cc]
    if toks[0].upper() == "SHAHID":
        pool = SHAHID_NAMES
    new = rng.choice(pool)
    if name.isupper():
        new = new.upper()
    toks2 = toks[:i] + [new] + toks[i + 1:]
    out = " ".join(toks2).replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    out = re.sub(r"\s*\([A-Z0-9 .&-]{2,10}\)", "", out).strip()  # drop the listed acronym
    if out.upper() == name.upper():
        return None
    c = Cand("Company", cc, False, None, None, [out], [], trap="frame-new-word")
    c.forms = [out]
    if rng.random() < 0.25:
        c.forms.append(out.title() if out.isupper() else out.upper())
    if re.search(r"INSTITUTE|UNIVERSITY|ACADEMY|CENTER|CENTRE|ORGANI[SZ]ATION|COMMITTEE|BUREAU", out.upper()):
        c.schema = "Organization"
    return c


TAIL = set("COMPANY CO CO. LTD LTD. LIMITED LLC L.L.C L.L.C. CORPORATION CORP CORP. INC INC. GROUP HOLDING GENERAL TRADING INDUSTRIAL "
           "INDUSTRIES INDUSTRY COMPLEX FACTORY PLANT JV JOINT VENTURE SHIPPING BANK INSTITUTE UNIVERSITY ACADEMY CENTER CENTRE "
           "ORGANIZATION ORGANISATION FZE FZCO DEVELOPMENT IMPORT EXPORT AND & SERVICES ENGINEERING MANUFACTURING".split())


def trap_kind(orgs):
    r, name = rng.choice(orgs)
    cc = culture_of_org(name, r)
    if cc == "xx":
        return None
    u = re.sub(r"\s*\([A-Z0-9 .&-]{2,10}\)", "", name.upper()).replace(",", " ").strip()
    toks = u.split()
    cut = len(toks)
    while cut > 0 and toks[cut - 1] in TAIL:
        cut -= 1
    if cut == len(toks) or cut == 0:
        return None
    core = toks[:cut]
    if not any(t not in GENERIC and len(t) > 2 for t in core):
        return None
    old_kind = " ".join(toks[cut:])
    choices = [k for k in ("UNIVERSITY", "HOSPITAL", "SCHOOL", "SPORTS CLUB", "HOTEL", "CLINIC", "FOOTBALL CLUB", "CULTURAL CENTRE", "LIBRARY", "KINDERGARTEN")
               if k.split()[0] not in old_kind]
    new = rng.choice(choices)
    out = " ".join(core + [new])
    if not name.isupper():
        out = " ".join(w.capitalize() if len(w) > 2 else w.lower() for w in out.split())
    schema = "Company" if re.search(r"HOTEL", new) else "Organization"
    c = Cand(schema, cc, False, None, None, [out], [], trap="kind-changed")
    c.forms = [out]
    return c


def new_given_for(cc):
    if cc == "kp":
        g = ko_given(dprk=True)
        gh = "".join(s[0] for s in g)
        parts = T.mr_parts(gh, breve=False, apostrophe=False)
        return g, parts
    if cc == "ir":
        g = wchoice(P.FA_GIVEN_M, lambda x: x[1])
        return g, [vpick(g[2])]
    g = zh_given()
    return g, [x[2] for x in g]


def trap_family(kp_p, ir_p, cn_p):
    which = rng.choices(["kp", "ir", "cn"], weights=[45, 40, 15])[0]
    pool = {"kp": kp_p, "ir": ir_p, "cn": cn_p}[which]
    fam, giv = rng.choice(pool)
    fam_c = wcap(fam) if fam.isupper() else fam
    g, parts = new_given_for(which)
    if which == "kp":
        latin = [f"{fam_c} {' '.join(cap(x) for x in parts)}", f"{fam_c.upper()} {' '.join(x.upper() for x in parts)}", f"{fam_c} {cap(parts[0])}" + ("-" + parts[1] if len(parts) > 1 else "")]
        h = KO_LAT2H.get(fam.upper().replace("’", "'"))
        native = h + "".join(s[0] for s in g) if h else None
        shadow = [f"{fam_c} {''.join(parts)}"]
        sc = "hangul"
    elif which == "ir":
        latin = [f"{parts[0]} {fam_c}", f"{fam_c.upper()}, {parts[0]}", f"{parts[0]} {fam_c.upper()}"]
        fa = FA_LAT2N.get(fam.upper())
        native = f"{g[0]} {fa}" if fa else None
        shadow = [f"{v} {fam_c}" for v in g[2]]
        sc = "persian"
    else:
        gj = cap("".join(parts))
        latin = [f"{fam_c} {gj}", f"{fam_c.upper()} {gj}", f"{gj} {fam_c}"]
        zf = ZH_PIN2.get(fam.upper())
        native = zf[0] + "".join(x[0] for x in g) if zf else None
        shadow = [f"{fam_c} {' '.join(parts)}"]
        sc = "han-simplified"
    c = Cand("Person", which, True, native, sc if native else None, latin, shadow, trap="family-new-given")
    return choose_forms(c, 0.4)


def trap_one_part(kp_p, ir_p):
    which = rng.choices(["kp", "ir"], weights=[55, 45])[0]
    fam, giv = rng.choice(kp_p if which == "kp" else ir_p)
    gtoks = re.split(r"[\s-]+", " ".join(giv))
    gtoks = [t for t in gtoks if t]
    if not gtoks:
        return None
    if which == "kp":
        # replace one given syllable by another DPRK-style syllable (common-name persons one part apart)
        i = rng.randrange(len(gtoks))
        sy = wchoice(P.KO_GIVEN_SYL, lambda s: s[2])
        new = T.mr_parts(sy[0], breve=False, apostrophe=False)[0]
        if new.upper() == gtoks[i].upper().replace("’", "").replace("'", ""):
            return None
        gtoks[i] = new.upper() if gtoks[i].isupper() else cap(new)
        fam_c = fam
        out = f"{fam_c} {' '.join(gtoks)}"
        alt = f"{wcap(fam_c)} {wcap(gtoks[0])}" + ("-" + "-".join(x.lower() for x in gtoks[1:]) if len(gtoks) > 1 else "")
        c = Cand("Person", "kp", True, None, None, [out, alt], [f"{fam_c} {''.join(gtoks)}"], trap="one-part-away")
    else:
        if rng.random() < 0.5 or len(gtoks) == 1:
            # change the given name (first one)
            g = wchoice(P.FA_GIVEN_M, lambda x: x[1])
            newg = vpick(g[2])
            if newg.upper() == gtoks[0].upper():
                return None
            gtoks[0] = newg.upper() if gtoks[0].isupper() else newg
            out = f"{' '.join(gtoks)} {fam}"
        else:
            f2 = wchoice(P.FA_FAMILY, lambda x: x[1])
            nf = vpick(f2[2])
            if nf.upper() == fam.upper():
                return None
            out = f"{' '.join(gtoks)} {nf.upper() if fam.isupper() else nf}"
        c = Cand("Person", "ir", True, None, None, [out], [], trap="one-part-away")
    c.forms = [c.roms[0]] if rng.random() < 0.6 or len(c.roms) == 1 else c.roms[:2]
    return c


def trap_native_family(kp_p, cn_p):
    if rng.random() < 0.7 or not cn_p:
        fam, giv = rng.choice(kp_p)
        h = KO_LAT2H.get(fam.upper().replace("’", "'"))
        if not h:
            return None
        g = ko_given(dprk=True)
        native, roms, shadow = dprk_name(h, wcap(fam) if fam.isupper() else fam, g)
        c = Cand("Person", "kp", True, native, "hangul", roms, shadow, trap="native-family")
        c.forms = [native, rng.choice(roms)] if rng.random() < 0.6 else [native]
        return c
    fam, giv = rng.choice(cn_p)
    zf = ZH_PIN2.get(fam.upper())
    g = zh_given()
    py = [x[2] for x in g]
    native = zf[0] + "".join(x[0] for x in g)
    roms = [f"{zf[2]} {cap(''.join(py))}", f"{zf[2].upper()} {cap(''.join(py))}"]
    c = Cand("Person", "cn", True, native, "han-simplified", roms, [f"{zf[2]} {' '.join(py)}"], trap="native-family")
    c.forms = [native, roms[0]] if rng.random() < 0.6 else [native]
    return c


def trap_recombine(kp_p, ir_p):
    which = rng.choice(["kp", "ir"])
    pool = kp_p if which == "kp" else ir_p
    a, b = rng.sample(pool, 2)
    fam = a[0]
    giv = " ".join(b[1])
    if which == "kp":
        out = f"{fam} {giv}"
    else:
        out = f"{giv} {fam}"
    c = Cand("Person", which, True, None, None, [out], [], trap="given-family-recombined")
    c.forms = [out]
    return c


# =================================================================== noise

NOISE_PERSON = {
    "latin": [("Mr. {}", 5), ("Mr {}", 4), ("Mrs. {}", 2), ("Ms {}", 2), ("Dr. {}", 4), ("Eng. {}", 3), ("Prof. {}", 2), ("Attn: {}", 3),
              ("ATTN: Mr. {}", 2), ('"{}"', 2), ("{}.", 2), ("{},", 2), ("[{}]", 1), ("({})", 1), ("Consignee: {}", 2), ("{} (Mr)", 1),
              ("Contact person: {}", 1), ("{};", 1), ("Sig. {}", 1), ("Herr {}", 1)],
    "hangul": [("{} 님", 4), ("{}님", 3), ("{} 씨", 2), ("{} 박사", 2), ("{} 귀하", 2), ("수신: {}", 1)],
    "han": [("{}先生", 4), ("{} 先生", 2), ("{}女士", 2), ("{}博士", 2), ("收货人：{}", 1), ("「{}」", 1)],
    "ja": [("{}様", 4), ("{} 様", 2), ("{}さん", 2), ("{} 殿", 1), ("「{}」", 1)],
    "persian": [("آقای {}", 4), ("خانم {}", 2), ("دکتر {}", 2), ("مهندس {}", 3), ("جناب آقای {}", 1)],
    "arabic": [("السيد {}", 4), ("السيدة {}", 1), ("الدكتور {}", 2), ("المهندس {}", 3), ("م. {}", 1)],
    "urdu": [("جناب {}", 4), ("محترم {}", 2), ("ڈاکٹر {}", 1)],
    "cyrillic": [("г-н {}", 4), ("г-жа {}", 2), ("Господин {}", 1), ("Получатель: {}", 1), ("«{}»", 1), ("{},", 1)],
    "greek": [("κ. {}", 4), ("Δρ. {}", 1)], "hebrew": [("מר {}", 3), ("ד\"ר {}", 1)], "thai": [("คุณ{}", 4), ("นาย{}", 2)],
    "devanagari": [("श्री {}", 4), ("डॉ. {}", 2)], "armenian": [("պարոն {}", 2)], "georgian": [("ბატონი {}", 2)],
}
NOISE_ORG = {
    "latin": [("M/s. {}", 5), ("M/S {}", 3), ("Messrs. {}", 2), ("Consignee: {}", 4), ("End user: {}", 3), ('"{}"', 3), ("({})", 1),
              ("{}.", 2), ("{},", 2), ("Attn: {}", 2), ("{} – Head Office", 1), ("TO: {}", 1), ("Notify party: {}", 1)],
    "hangul": [("{} 귀중", 3), ("수신: {}", 2), ("「{}」", 1)], "han": [("收货人：{}", 3), ("最终用户：{}", 2), ("（{}）", 1), ("「{}」", 1)],
    "ja": [("{}御中", 4), ("{} 御中", 2)], "persian": [("گیرنده: {}", 3), ("«{}»", 2)], "arabic": [("المرسل إليه: {}", 3), ("«{}»", 1)],
    "urdu": [("بنام: {}", 2)], "cyrillic": [("Грузополучатель: {}", 3), ("Покупатель: {}", 2), ("{},", 1)],
    "greek": [("Παραλήπτης: {}", 2)], "hebrew": [("לכבוד {}", 2)], "thai": [("ผู้รับ: {}", 2)], "devanagari": [("प्राप्तकर्ता: {}", 2)],
    "armenian": [("Ստացող՝ {}", 1)], "georgian": [("მიმღები: {}", 1)],
}


def script_of(s):
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            return "hangul"
        if 0x3040 <= o <= 0x30FF:
            return "ja"
        if 0x4E00 <= o <= 0x9FFF:
            return "han"
        if 0x0600 <= o <= 0x06FF:
            return "arabic"
        if 0x0400 <= o <= 0x04FF:
            return "cyrillic"
        if 0x0370 <= o <= 0x03FF:
            return "greek"
        if 0x0590 <= o <= 0x05FF:
            return "hebrew"
        if 0x0E00 <= o <= 0x0E7F:
            return "thai"
        if 0x0900 <= o <= 0x097F:
            return "devanagari"
        if 0x0530 <= o <= 0x058F:
            return "armenian"
        if 0x10A0 <= o <= 0x10FF:
            return "georgian"
    return "latin"


def add_noise(c):
    i = rng.randrange(len(c.forms))
    f = c.forms[i]
    sc = script_of(f)
    if sc == "arabic":
        sc = {"ir": "persian", "pk": "urdu"}.get(c.cc, "arabic")
        if c.native_script == "persian":
            sc = "persian"
    if sc == "han" and c.cc == "jp":
        sc = "ja"
    table = (NOISE_PERSON if c.person else NOISE_ORG).get(sc) or NOISE_PERSON["latin"]
    tmpl = rng.choices([t for t, w in table], weights=[w for t, w in table])[0]
    nf = tmpl.format(f)
    if sc == "latin" and rng.random() < 0.15:
        nf = nf.replace(" ", "  ", 1)
    c.forms[i] = nf
    c.noise = True
    c.clean_forms = c.clean_forms if hasattr(c, "clean_forms") else None


# =================================================================== main


def main():
    recs = lists.load_all()
    ix = lists.Index(recs)
    n_listed_names = sum(len(r.all_names()) for r in recs)
    kp_p, ir_p, cn_p, orgs = pick_listed(recs)
    log = []
    drops = Counter()
    drops_by_kind = Counter()
    seen = set()
    rows = []

    def check(c):
        clean = list(c.forms)
        allf = clean + c.shadow + ([c.native] if c.native and c.native not in clean else []) + [x for x in c.roms if x not in clean]
        for k, f in enumerate(allf):
            hit = ix.check(f, c.person, not lists.is_latin(f))
            if hit:
                where = "emitted form" if k < len(clean) else "known romanisation"
                return hit, f, where
        return None

    def accept(c, kind):
        if not c or not c.forms:
            return False
        c.forms = [f.strip() for f in c.forms if f and f.strip()]
        c.forms = list(dict.fromkeys(c.forms))[:2]
        if not c.forms:
            return False
        key = lists.fold(c.forms[0])
        if key in seen:
            drops["R0-duplicate-in-set"] += 1
            return False
        h = check(c)
        if h:
            (rule, tag), form, where = h
            drops[rule] += 1
            drops_by_kind[(rule, kind.split("/")[0])] += 1
            log.append(f"DROP {rule}\t{kind}\t{' | '.join(c.forms)}\t[{where}: {form}]\t~ {tag}")
            return False
        seen.add(key)
        c.kind = kind
        rows.append(c)
        return True

    # traps
    trap_fns = {"family-new-given": lambda: trap_family(kp_p, ir_p, cn_p), "one-part-away": lambda: trap_one_part(kp_p, ir_p),
                "native-family": lambda: trap_native_family(kp_p, cn_p), "given-family-recombined": lambda: trap_recombine(kp_p, ir_p),
                "frame-new-word": lambda: trap_frame(orgs), "kind-changed": lambda: trap_kind(orgs)}
    for shape, q in TRAP_QUOTA.items():
        got, tries = 0, 0
        while got < q and tries < q * 60:
            tries += 1
            c = trap_fns[shape]()
            if c is None:
                continue
            if accept(c, f"trap/{shape}/{c.cc}"):
                got += 1
    n_trap_p = sum(1 for c in rows if c.person)
    n_trap_o = len(rows) - n_trap_p

    def fill(total, weights, fn_for, is_person):
        s = sum(weights.values())
        quotas = {cc: round(total * w / s) for cc, w in weights.items()}
        diff = total - sum(quotas.values())
        big = max(quotas, key=quotas.get)
        quotas[big] += diff
        for cc, q in quotas.items():
            got, tries = 0, 0
            while got < q and tries < q * 40:
                tries += 1
                c = fn_for(cc)
                if c is None:
                    continue
                script = c.native_script if (c.native_script and c.native in c.forms) else None
                if script is None and any(script_of(f) != "latin" for f in c.forms):
                    script = c.native_script or script_of([f for f in c.forms if script_of(f) != "latin"][0])
                kind = f"{'person' if is_person else 'org'}/{c.cc}/{script or 'latin'}"
                if accept(c, kind):
                    got += 1
            if got < q:
                print(f"WARN {cc}: only {got}/{q}", file=sys.stderr)

    fill(PERSON_TOTAL - n_trap_p, PERSON_W, lambda cc: PERSON_FN[cc]() if cc in PERSON_FN else person_latin(cc), True)
    fill(ORG_TOTAL - n_trap_o, ORG_W, lambda cc: ORG_FN[cc]() if cc in ORG_FN else org_west(cc), False)

    # noise on ~10 % of rows (the clean forms were checked above; noisy forms are checked again)
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    n_noise = 0
    for i in idx:
        if n_noise >= round(NOISE_SHARE * len(rows)):
            break
        c = rows[i]
        before = list(c.forms)
        add_noise(c)
        if any(ix.check(f, c.person, not lists.is_latin(f)) for f in c.forms):
            c.forms, c.noise = before, False
            continue
        c.kind += "/noise"
        n_noise += 1

    # finalise the native-script kind for trap rows
    rng.shuffle(rows)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for c in rows:
            f.write(json.dumps({"schema": c.schema, "names": c.forms, "kind": c.kind}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "build.log"), "w", encoding="utf-8") as f:
        f.write(f"# heldout-11 negatives build log (seed {SEED})\n")
        f.write(f"# listed records loaded: {len(recs)}; listed name strings (names, aliases, weak aliases, original script): {n_listed_names}\n")
        f.write(f"# rows written: {len(rows)}\n# dropped candidates by rule:\n")
        for k, v in sorted(drops.items()):
            f.write(f"#   {k}: {v}\n")
        f.write("# each DROP line: rule, intended kind, candidate forms, [which form hit], ~ listed source:id:name\n")
        for line in log:
            f.write(line + "\n")
    json.dump({"drops": dict(drops), "drops_by_kind": {f"{a}|{b}": v for (a, b), v in drops_by_kind.items()},
               "n_listed_records": len(recs), "n_listed_names": n_listed_names},
              open(os.path.join(OUT, "build_stats.json"), "w"), indent=1)
    print(len(rows), dict(drops))


if __name__ == "__main__":
    main()
