#!/usr/bin/env python3
"""Build heldout-13/negatives/negatives.jsonl: 4,000 hard negatives (fixed seed), filtered against every
raw list under /work/shared/data/raw. Standard library only.  Usage: python3 tools/gen_negatives.py
"""
import collections, json, os, random, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as PL
import rawlists

SEED = 20261207
N_TOTAL, N_TRAPS = 4000, 480
N_PERSON_TARGET = 2400  # of 4000 (60 %), traps included
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(HERE, "negatives")
rng = random.Random(SEED)


# ------------------------------------------------------------------ helpers
def zipf(pool, s=0.9):
    w = [1.0 / (i + 1) ** s for i in range(len(pool))]
    return rng.choices(pool, weights=w, k=1)[0]


def split(entry):
    """'native|Lat1/Lat2' -> (native, [Lat1, Lat2]); 'Name' -> (None, ['Name'])"""
    if "|" in entry:
        n, l = entry.split("|", 1)
        return (n or None), [x for x in l.split("/") if x]
    return None, [entry]


def lat(entry, first_bias=0.6):
    n, ls = split(entry)
    if len(ls) == 1 or rng.random() < first_bias:
        return ls[0]
    return rng.choice(ls[1:])


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_tokens(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = strip_acc(s)
    s = re.sub(r"[^\w]+", " ", s)
    return s.split()


def initials(given):
    return " ".join(g[0] + "." for g in re.split(r"[ -]", given) if g)


def latin_person(given, family, east_asian=False):
    """varied styles of writing a Latin person name"""
    r = rng.random()
    if east_asian:
        if r < 0.35: return f"{family} {given}"
        if r < 0.55: return f"{family.upper()} {given}"
        if r < 0.8: return f"{given} {family}"
        if r < 0.92: return f"{family.upper()}, {given}"
        return f"{family} {given}".upper()
    if r < 0.45: return f"{given} {family}"
    if r < 0.62: return f"{family.upper()}, {given}"
    if r < 0.72: return f"{given} {family.upper()}"
    if r < 0.82: return f"{initials(given)} {family}"
    if r < 0.9: return f"{family}, {given}"
    return f"{given} {family}".upper()


# ------------------------------------------------------------------ persons by culture
def latin_culture_person(M, F, FAM, culture):
    male = rng.random() < 0.6
    g = zipf(M if male else F)
    if rng.random() < 0.2 and culture in ("en", "de", "fr", "it", "pl"):
        g2 = zipf(M if male else F)
        if g2 != g: g = g + " " + g2 if culture != "fr" else g + "-" + g2 if "-" not in g else g
    fam = zipf(FAM)
    if culture == "pl" and "/" in fam.split("|")[0]:
        d, a = (fam.split("|") + [None])[:2]
        dm, df = d.split("/")
        fam = dm if male else df
        if a:
            am, af = a.split("/")
            fam = fam + "|" + (am if male else af)
    if culture in ("es",) and rng.random() < 0.55:
        fam = fam.split("|")[0] + " " + zipf(FAM).split("|")[0]
    if culture == "pt" and rng.random() < 0.4:
        fam = zipf(FAM).split("|")[0] + " " + fam.split("|")[0]
    gd, fd = g.split("|")[0], fam.split("|")[0]
    ga = g.split("|")[-1]; fa = fam.split("|")[-1]
    name = latin_person(gd, fd)
    names = [name]
    if (gd != ga or fd != fa) and rng.random() < 0.2:
        names.append(latin_person(ga, fa))  # the same name written without diacritics
    return names, None


def arabic_person(region):
    FAM = {"gulf": PL.AR_FAM_GULF, "lev": PL.AR_FAM_LEV, "eg": PL.AR_FAM_EG, "mag": PL.AR_FAM_MAG}[region]
    ri = {"gulf": 0, "lev": 1, "eg": 2, "mag": 2}[region]
    male = rng.random() < 0.7
    g = zipf(PL.AR_M if male else PL.AR_F)
    gn, gl = split(g)
    gl1 = gl[min(ri, len(gl) - 1)] if rng.random() < 0.7 else rng.choice(gl)
    parts_n, parts_l = [gn], [gl1]
    if rng.random() < 0.45:  # father's name
        f = zipf(PL.AR_M); fn, fl = split(f)
        parts_n.append(fn); parts_l.append(fl[min(ri, len(fl) - 1)])
    fam = zipf(FAM); famn, faml = split(fam)
    fl = rng.choice(faml)
    parts_n.append(famn)
    native = " ".join(parts_n)
    given_l = " ".join(parts_l)
    return native, latin_person(given_l, fl)


def simple_native_person(M, F, FAM, gender_fam=False, patr=None, order_family_first=False, east=False):
    male = rng.random() < 0.62
    gn, gl = split(zipf(M if male else F))
    fn, fl = split(zipf(FAM))
    g_lat = rng.choice(gl) if rng.random() < 0.35 else gl[0]
    f_lat = rng.choice(fl) if rng.random() < 0.35 else fl[0]
    if gender_fam:  # 'Иванов/Иванова|Ivanov/Ivanova'
        fnm, fnf = fn.split("/"); flm, flf = fl[0], fl[-1]
        fn = fnm if male else fnf; f_lat = flm if male else flf
    pn = pl_ = None
    if patr and rng.random() < 0.55:
        pnat, plat = split(zipf(patr))
        pn = pnat.split("/")[0 if male else 1]
        pl_ = plat[0 if male else 1]
    if order_family_first:
        native = f"{fn}{gn}" if east == "cjk" else f"{fn} {gn}"
    else:
        native = " ".join(x for x in (gn, pn, fn) if x)
        if pn and rng.random() < 0.5:
            native = f"{fn} {gn} {pn}"  # Russian official order
    given_l = g_lat + (" " + pl_ if pl_ else "")
    return native, latin_person(given_l, f_lat, east_asian=bool(east))


def chinese_person():
    fn, fl = split(zipf(PL.ZH_FAM, 1.0))
    k = 2 if rng.random() < 0.75 else 1
    chars = [split(zipf(PL.ZH_GIVEN_CH, 0.6)) for _ in range(k)]
    gn = "".join(c[0] for c in chars)
    sy = [c[1][0] for c in chars]
    r = rng.random()
    if r < 0.55: gl = "".join(sy).capitalize()
    elif r < 0.8: gl = "-".join(sy).capitalize()
    else: gl = " ".join(s.capitalize() for s in sy)
    f_lat = fl[0] if rng.random() < 0.75 else rng.choice(fl)
    if f_lat != fl[0] and k == 2:
        gl = "-".join(sy).capitalize()  # Wade-Giles / Hong Kong habits: hyphenated given
    return fn + gn, latin_person(gl, f_lat, east_asian=True)


def japanese_person():
    male = rng.random() < 0.6
    gn, gl = split(zipf(PL.JA_M if male else PL.JA_F))
    fn, fl = split(zipf(PL.JA_FAM))
    g = gl[0] if rng.random() < 0.7 else rng.choice(gl)
    f = fl[0] if rng.random() < 0.7 else rng.choice(fl)
    native = fn + gn if rng.random() < 0.8 else fn + " " + gn
    return native, latin_person(g, f, east_asian=True)


def korean_person(north=False):
    male = rng.random() < 0.6
    gn, gl = split(zipf(PL.KO_M if male else PL.KO_F))
    fn, fl = split(zipf(PL.KO_FAM))
    if north:  # McCune-Reischauer habit, family names like Ri/Pak/Choe
        g = gl[2]
        f = {"Lee": "Ri", "Park": "Pak", "Choi": "Choe", "Jung": "Chong", "Lim": "Rim", "Noh": "Ro", "Ryu": "Ryu"}.get(fl[0], fl[-1] if len(fl) > 1 else fl[0])
        if rng.random() < 0.5: g = g.replace("-", " ").title()
        native = fn + gn
        if fn == "이": native = "리" + gn
        elif fn == "임": native = "림" + gn
        elif fn == "노": native = "로" + gn
        elif fn == "류": native = "류" + gn
    else:
        g = gl[0] if rng.random() < 0.5 else gl[1]
        f = fl[0] if rng.random() < 0.7 else rng.choice(fl)
        native = fn + gn if rng.random() < 0.85 else fn + " " + gn
    return native, latin_person(g, f, east_asian=True)


def vietnamese_person():
    male = rng.random() < 0.55
    fam = zipf(PL.VI_FAM, 1.2); mid = zipf(PL.VI_MID_M if male else PL.VI_MID_F); g = zipf(PL.VI_M if male else PL.VI_F)
    d = " ".join(x.split("|")[0] for x in (fam, mid, g))
    a = " ".join(x.split("|")[-1] for x in (fam, mid, g))
    r = rng.random()
    if r < 0.3: return [d, a]
    if r < 0.55: return [d]
    if r < 0.8: return [a if rng.random() < 0.6 else a.upper()]
    fa = fam.split("|")[-1]; rest = " ".join(x.split("|")[-1] for x in (mid, g))
    return [f"{fa.upper()}, {rest}" if rng.random() < 0.5 else f"{rest} {fa}"]


def indonesian_person():
    male = rng.random() < 0.55
    g = zipf(PL.ID_M if male else PL.ID_F)
    r = rng.random()
    if r < 0.2:
        return g  # mononym
    if r < 0.4:  # Malay patronymic
        father = zipf(PL.ID_M)
        return f"{g} {'bin' if male else 'binti'} {father}"
    return latin_person(g, zipf(PL.ID_FAM))


def make_person(culture):
    """-> (names list, script tag)"""
    c = culture
    if c == "en": return latin_culture_person(PL.EN_M, PL.EN_F, PL.EN_FAM, c)[0], "latn"
    if c == "fr": return latin_culture_person(PL.FR_M, PL.FR_F, PL.FR_FAM, c)[0], "latn"
    if c == "de": return latin_culture_person(PL.DE_M, PL.DE_F, PL.DE_FAM, c)[0], "latn"
    if c == "es": return latin_culture_person(PL.ES_M, PL.ES_F, PL.ES_FAM, c)[0], "latn"
    if c == "it": return latin_culture_person(PL.IT_M, PL.IT_F, PL.IT_FAM, c)[0], "latn"
    if c == "pt": return latin_culture_person(PL.PT_M, PL.PT_F, PL.PT_FAM, c)[0], "latn"
    if c == "pl": return latin_culture_person(PL.PL_M, PL.PL_F, PL.PL_FAM, c)[0], "latn"
    if c == "tr": return latin_culture_person(PL.TR_M, PL.TR_F, PL.TR_FAM, c)[0], "latn"
    if c == "vi": return vietnamese_person(), "latn"
    if c == "id": return [indonesian_person()], "latn"
    if c.startswith("ar-"):
        n, l = arabic_person(c[3:]); return [n, l], "arab"
    if c == "fa": n, l = simple_native_person(PL.FA_M, PL.FA_F, PL.FA_FAM); return [n, l], "arab"
    if c == "ur": n, l = simple_native_person(PL.UR_M, PL.UR_F, PL.UR_FAM); return [n, l], "arab"
    if c == "hi": n, l = simple_native_person(PL.HI_M, PL.HI_F, PL.HI_FAM); return [n, l], "deva"
    if c == "ru": n, l = simple_native_person(PL.RU_M, PL.RU_F, PL.RU_FAM, gender_fam=True, patr=PL.RU_PATR); return [n, l], "cyrl"
    if c == "uk": n, l = simple_native_person(PL.UK_M, PL.UK_F, PL.UK_FAM); return [n, l], "cyrl"
    if c == "zh": n, l = chinese_person(); return [n, l], "hani"
    if c == "ja": n, l = japanese_person(); return [n, l], "jpan"
    if c == "ko": n, l = korean_person(); return [n, l], "hang"
    if c == "ko-kp": n, l = korean_person(north=True); return [n, l], "hang"
    if c == "th": n, l = simple_native_person(PL.TH_M, PL.TH_F, PL.TH_FAM); return [n, l], "thai"
    if c == "el": n, l = simple_native_person(PL.EL_M, PL.EL_F, PL.EL_FAM, gender_fam=True); return [n, l], "grek"
    if c == "he": n, l = simple_native_person(PL.HE_M, PL.HE_F, PL.HE_FAM); return [n, l], "hebr"
    raise ValueError(c)


# ------------------------------------------------------------------ organisations by culture
def pick2(pool):
    n, ls = split(zipf(pool, 0.7))
    return n, ls


def make_org(c):
    if c == "en":
        r = rng.random()
        dist = zipf(PL.PLACES_EN + PL.COINED_EN, 0.5) if r < 0.6 else zipf(PL.EN_FAM)
        if rng.random() < 0.25:
            uk = rng.random() < 0.5
            ph = rng.choice([("Training Centre", "Training Center"), ("Research Centre", "Research Center"),
                             ("Business Organisation", "Business Organization"), ("Colour Printing Ltd", "Color Printing Inc."),
                             ("Aluminium Works", "Aluminum Works"), ("Tyre Services", "Tire Services"),
                             ("Labour Hire Ltd", "Labor Staffing LLC"), ("Defence Consultancy", "Defense Consulting"),
                             ("Trade Centre", "Trade Center"), ("Metre Calibration Ltd", "Meter Calibration Inc."),
                             ("Logistics Centre Ltd", "Logistics Center LLC"), ("Jewellery Co.", "Jewelry Co.")])
            return [f"{dist} {ph[0] if uk else ph[1]}"], "latn"
        w = zipf(PL.EN_WORDS, 0.6)
        form = zipf(PL.EN_FORM, 0.7)
        nm = f"{dist} {w} {form}" if not form.startswith("&") else f"{dist} {form}"
        if rng.random() < 0.15: nm = nm.upper()
        return [nm], "latn"
    if c in ("fr", "de", "es", "it", "pt", "pl", "tr"):
        W, F, FAM = {"fr": (PL.FR_WORDS, PL.FR_FORM, PL.FR_FAM + PL.FR_PLACES), "de": (PL.DE_WORDS, PL.DE_FORM, PL.DE_FAM),
                     "es": (PL.ES_WORDS, PL.ES_FORM, PL.ES_FAM), "it": (PL.IT_WORDS, PL.IT_FORM, PL.IT_FAM),
                     "pt": (PL.PT_WORDS, PL.PT_FORM, PL.PT_FAM), "pl": (PL.PL_WORDS, PL.PL_FORM, PL.PL_FAM),
                     "tr": (PL.TR_WORDS, PL.TR_FORM, PL.TR_FAM + PL.TR_PLACES)}[c]
        w = zipf(W, 0.5); f = zipf(F, 0.6); d = zipf(FAM)
        if c == "pl":
            d = d.split("|")[0].split("/")[0]
        wd, wa = w.split("|")[0], w.split("|")[-1]
        fd, fa = f.split("|")[0], f.split("|")[-1]
        dd, da = d.split("|")[0], d.split("|")[-1]
        if c in ("de",): a, b = f"{dd} {wd} {fd}", f"{da} {wa} {fa}"
        elif c == "tr":
            if rng.random() < 0.5:
                d2 = zipf(PL.TR_WORDS, 0.5); a = f"{dd} {wd} {d2.split('|')[0]} {fd}"; b = f"{da} {wa} {d2.split('|')[-1]} {fa}"
            else: a, b = f"{dd} {wd} {fd}", f"{da} {wa} {fa}"
        elif c == "fr" and rng.random() < 0.4: a, b = f"{wd} {dd} {fd}", f"{wa} {da} {fa}"
        else: a, b = f"{wd} {dd} {fd}", f"{wa} {da} {fa}"
        if c == "tr" and rng.random() < 0.4: return [a.upper() if rng.random() < 0.3 else a, b], "latn"
        return [a if rng.random() < 0.6 else b], "latn"
    if c == "vi":
        bn, bl = split(zipf(PL.VI_BRAND, 0.5)); wn, wl = split(zipf(PL.VI_WORDS, 0.5)); fn, fl = split(zipf(PL.VI_FORM, 0.5))
        native = f"{fn} {wn} {bn}"
        eng = f"{bl[0]} {wl[-1]} {rng.choice(fl)}"
        asc = f"{fl[-1] if False else strip_acc(fn).replace('Đ','D').replace('đ','d')} {wl[0]} {bl[0]}"
        r = rng.random()
        return ([native, eng] if r < 0.4 else [native] if r < 0.55 else [eng] if r < 0.85 else [asc.upper()]), "latn"
    if c == "id":
        b = zipf(PL.ID_BRAND, 0.5)
        if rng.random() < 0.6:
            return [f"{rng.choice(PL.ID_FORM_PRE)} {b} {zipf(PL.ID_WORDS)}" + (" Tbk" if rng.random() < 0.15 else "")], "latn"
        return [f"{b} {zipf(PL.ID_WORDS)} {zipf(PL.ID_FORM_POST[1:])}"], "latn"
    if c.startswith("ar-"):
        bn, bl = pick2(PL.AR_BRAND); kn, kl = pick2(PL.AR_KIND)
        fn, fl = split({"ar-gulf": rng.choice(["ذ.م.م|LLC/L.L.C./FZE/FZCO/W.L.L."]), "ar-lev": "ش.م.ل|S.A.L./SARL",
                        "ar-eg": "ش.م.م|S.A.E./LLC", "ar-mag": "ش.م.م|SARL/S.A."}[c])
        pre = rng.choice(["شركة", "مؤسسة", "مجموعة"])
        native = f"{pre} {bn} {kn}" + (f" {fn}" if rng.random() < 0.5 else "")
        prel = {"شركة": "Company", "مؤسسة": "Establishment", "مجموعة": "Group"}[pre]
        bl1 = rng.choice(bl)
        r = rng.random()
        if r < 0.5: eng = f"{bl1} {kl[0]} {rng.choice(fl)}"
        elif r < 0.75: eng = f"{bl1} {kl[0]} {prel}" if prel != "Company" else f"{bl1} {kl[0]} Co."
        else: eng = f"{bl1} {prel} for {kl[0]}"
        return [native, eng], "arab"
    if c == "fa":
        bn, bl = pick2(PL.FA_BRAND); kn, kl = pick2(PL.FA_KIND); fn, fl = split(zipf(PL.FA_FORM, 0.4))
        b2n, b2l = pick2(PL.FA_BRAND)
        if rng.random() < 0.4 and b2n != bn: bn, bl = bn + " " + b2n, [bl[0] + " " + b2l[0]]
        if fn == "گروه": native = f"گروه {kn} {bn}"
        else: native = f"{fn.split(' ')[0]} {kn} {bn}" + (" (سهامی خاص)" if "سهامی" in fn else "")
        eng = f"{rng.choice(bl)} {rng.choice(kl)} {rng.choice(fl)}"
        return [native, eng], "arab"
    if c == "ur":
        bn, bl = pick2(PL.UR_BRAND); wn, wl = pick2(PL.UR_WORDS); f = zipf(PL.UR_FORM, 0.5)
        return [f"{bn} {wn}", f"{rng.choice(bl)} {wl[0]} {f}"], "arab"
    if c == "hi":
        bn, bl = pick2(PL.HI_BRAND); wn, wl = pick2(PL.HI_WORDS); fn, fl = split(zipf(PL.HI_FORM, 0.5))
        native = f"{bn} {wn}" + (f" {fn}" if fn else "")
        return [native, f"{rng.choice(bl)} {wl[0]} {rng.choice(fl)}"], "deva"
    if c in ("ru", "uk"):
        B, F = (PL.RU_BRAND, PL.RU_FORM) if c == "ru" else (PL.UK_BRAND, PL.UK_FORM)
        bn, bl = pick2(B); fn, fl = split(zipf(F, 0.7))
        native = f"{fn} «{bn}»" if rng.random() < 0.7 else f"{fn} \"{bn}\""
        fl1 = rng.choice(fl)
        b = rng.choice(bl)
        eng = rng.choice([f"{fl1} {b}", f"{fl1} \"{b}\"", f"{b} {fl1}", f"{b}, {fl1}"])
        if rng.random() < 0.2: eng = eng.upper()
        return [native, eng], "cyrl"
    if c == "zh":
        cn, cl = split(zipf(PL.ZH_CITY)); bn, bl = split(zipf(PL.ZH_BRAND, 0.4)); tn, tl = split(zipf(PL.ZH_TRADE, 0.5))
        fn, fl = split(zipf(PL.ZH_FORM, 0.8))
        native = f"{cn}{'市' if rng.random() < 0.4 else ''}{bn}{tn}{fn}"
        r = rng.random()
        if r < 0.6: eng = f"{cl[0]} {bl[0]} {rng.choice(tl)} {rng.choice(fl)}"
        elif r < 0.8: eng = f"{bl[0]} {rng.choice(tl)} ({cl[0]}) {fl[0]}"
        else: eng = f"{cl[0]} {bl[0]} {tl[0]} {fl[0]}".upper()
        return [native, eng], "hani"
    if c == "ja":
        bn, bl = split(zipf(PL.JA_BRAND + [x for x in PL.JA_FAM[:25]], 0.4)); tn, tl = split(zipf(PL.JA_TRADE, 0.5))
        kk = "株式会社"
        native = f"{kk}{bn}{tn}" if rng.random() < 0.5 else f"{bn}{tn}{kk}"
        b = rng.choice(bl)
        r = rng.random()
        if r < 0.4: eng = f"{b} {tl[-1]} Co., Ltd."
        elif r < 0.7: eng = f"{b} {tl[0]} K.K."
        else: eng = f"{b} {tl[0]} Kabushiki Kaisha" if rng.random() < 0.3 else f"{b} {tl[-1]} Corporation"
        return [native, eng], "jpan"
    if c in ("ko", "ko-kp"):
        bn, bl = split(zipf(PL.KO_BRAND, 0.4)); tn, tl = split(zipf(PL.KO_TRADE, 0.5)); fn, fl = split(zipf(PL.KO_FORM, 0.5))
        native = f"{fn} {bn}{tn}" if fn != "(주)" else f"(주){bn}{tn}"
        if rng.random() < 0.3: native = f"{bn}{tn} {fn}"
        b = bl[-1] if c == "ko-kp" else bl[0]
        t = tl[0] if rng.random() < 0.6 else tl[-1]
        eng = f"{b} {t} {rng.choice(fl)}"
        return [native, eng], "hang"
    if c == "th":
        bn, bl = split(zipf(PL.TH_BRAND, 0.4)); fn, fl = split(zipf(PL.TH_FORM, 0.7))
        if fn.startswith("บริษัท"):
            native = f"บริษัท {bn} จำกัด" + (" (มหาชน)" if "มหาชน" in fn else "")
        else:
            native = f"ห้างหุ้นส่วนจำกัด {bn}"
        return [native, f"{rng.choice(bl)} {rng.choice(fl)}"], "thai"
    if c == "el":
        bn, bl = split(zipf(PL.EL_BRAND, 0.4)); wn, wl = split(zipf(PL.EL_WORDS, 0.4)); fn, fl = split(zipf(PL.EL_FORM, 0.6))
        return [f"{bn} {wn} {fn}", f"{rng.choice(bl)} {rng.choice(wl)} {rng.choice(fl)}"], "grek"
    if c == "he":
        bn, bl = split(zipf(PL.HE_BRAND, 0.4)); wn, wl = split(zipf(PL.HE_WORDS, 0.4)); fn, fl = split(zipf(PL.HE_FORM))
        return [f"{bn} {wn} {fn}", f"{bl[0]} {rng.choice(wl)} {rng.choice(fl)}"], "hebr"
    raise ValueError(c)


# ------------------------------------------------------------------ noise
TITLES = {"hani": (["先生", "女士", "总经理"], "suffix"), "jpan": (["様", "さん", "氏", "社長"], "suffix"),
          "hang": (["씨", "님", "선생", "대표"], "suffix"), "cyrl": (["г-н", "г-жа", "господин", "тов."], "prefix"),
          "arab": (["السيد", "السيدة", "الدكتور", "آقای", "خانم", "جناب"], "prefix"), "deva": (["श्री", "श्रीमती", "डॉ."], "prefix"),
          "thai": (["คุณ", "นาย", "นาง"], "prefix"), "grek": (["κ.", "κα", "Δρ."], "prefix"),
          "hebr": (["מר", "גב'", "ד\"ר"], "prefix"), "latn": (["Mr.", "Mrs.", "Dr.", "Ms", "Prof.", "Eng."], "prefix")}
LABELS = ["Consignee:", "End user:", "Buyer -", "Attn:", "Contact person:", "Ship to:", "Notify party:", "Intermediate consignee:"]
BRACKETS = ["(see annex)", "[sic]", "(formerly)", "(branch office)", "[illegible]", "(c/o agent)", "(name as on invoice)", "(tbc)"]


def add_noise(s, script, schema):
    kinds = ["title", "punct", "space", "label", "bracket"] if schema == "Person" else ["punct", "space", "label", "bracket"]
    k = rng.choice(kinds)
    if k == "title":
        ts, pos = TITLES.get(script, TITLES["latn"])
        t = rng.choice(ts)
        return (f"{s} {t}" if rng.random() < 0.4 else f"{s}{t}") if pos == "suffix" else f"{t} {s}", k
    if k == "punct":
        return rng.choice([f"{s},", f"{s}.", f"\"{s}\"", f"{s};", f"- {s}", f"{s} /", f"'{s}'", f"«{s}»", f"{s}:"]), k
    if k == "space":
        parts = s.split(" ")
        if len(parts) > 1:
            i = rng.randrange(len(parts) - 1)
            parts[i] = parts[i] + " " * rng.randint(1, 3)
        return rng.choice(["  ", " ", ""]) + " ".join(parts) + rng.choice(["  ", " ", "\t", ""]), k
    if k == "label":
        return f"{rng.choice(LABELS)} {s}", k
    return (f"{s} {rng.choice(BRACKETS)}" if rng.random() < 0.7 else f"{rng.choice(BRACKETS)} {s}"), k


# ------------------------------------------------------------------ the list index and the filter
class ListIndex:
    def __init__(self, records):
        self.joined, self.sorted_, self.person_sets = set(), set(), set()
        self.tokensets, self.postings = [], collections.defaultdict(list)
        self.formless, self.distinct = {}, {}
        self.n_names = 0
        for r in records:
            if r["schema"] == "Other":
                continue
            for nm in [r["name"]] + r["aliases"] + r.get("weak", []) + r["native"]:
                if not nm:
                    continue
                self.n_names += 1
                t = norm_tokens(nm)
                if not t:
                    continue
                self.joined.add("".join(t)); self.sorted_.add(" ".join(sorted(t)))
                if r["schema"] in ("Person", "Unknown"):
                    self.person_sets.add(frozenset(x for x in t if x not in PARTICLES))
                i = len(self.tokensets); ts = frozenset(t); self.tokensets.append(ts)
                for x in ts:
                    self.postings[x].append(i)
                if r["schema"] in ("Organization", "Unknown"):
                    fl = frozenset(x for x in t if x not in PL.LEGAL_FORMS)
                    if fl:
                        self.formless.setdefault(fl, nm)
                    ds = frozenset(x for x in fl if x not in PL.GENERIC_WORDS)
                    if ds and not all(x in PL.COMMON_WORDS or x.isdigit() for x in ds):
                        self.distinct.setdefault(ds, nm)

    def check(self, names, schema):
        """-> (rule, listed name) or None"""
        for nm in names:
            t = norm_tokens(nm)
            if not t:
                continue
            if "".join(t) in self.joined:
                return "R1 exact listed name or alias (case/punctuation/spacing-insensitive)", nm
            if " ".join(sorted(t)) in self.sorted_:
                return "R2 listed name with its words in another order", nm
            if schema == "Person":
                ps = frozenset(x for x in t if x not in PARTICLES)
                if ps in self.person_sets:
                    return "R3 person: family and given names equal a listed person's (any order, particles ignored)", nm
            else:
                ts = set(t)
                lst = sorted(ts, key=lambda x: len(self.postings.get(x, ())))
                if all(x in self.postings for x in lst):
                    cand = set(self.postings[lst[0]])
                    for x in lst[1:]:
                        cand &= set(self.postings[x])
                        if not cand: break
                    if cand:
                        return "R4 organisation: all its words inside one listed name's words", nm
                fl = frozenset(x for x in t if x not in PL.LEGAL_FORMS)
                if fl and fl in self.formless:
                    return "R5 same-name firm: a listed firm's words with another legal form", nm
                ds = frozenset(x for x in fl if x not in PL.GENERIC_WORDS)
                if ds and ds in self.distinct:
                    return "R6 a listed firm's own distinctive (coined) words with other generic words", nm
        return None


PARTICLES = {"al", "el", "bin", "ibn", "bint", "binti", "abu", "abd", "de", "da", "dos", "das", "do", "van", "von", "der",
             "ul", "ud", "ed", "ad", "as", "ar", "ash", "az"}


# ------------------------------------------------------------------ traps from the lists
REL = re.compile(r"NPWMD|DPRK|IRAN|IFSR|IRGC|SYRIA|NK|KP|IR", re.I)


def listed_persons(records):
    out = []
    for r in records:
        if r["schema"] != "Person":
            continue
        if r["src"] == "sdn" and "," in r["name"]:
            fam, giv = [x.strip() for x in r["name"].split(",", 1)]
        elif r["src"] == "uk" and r.get("fam"):
            fam, giv = r["fam"].strip(), r["given"].strip()
        else:
            continue
        if not fam or not giv or not re.fullmatch(r"[A-Za-z' \-]+", fam + giv):
            continue
        prog = r["programs"]
        grp = ("kp" if re.search(r"DPRK|North Korea", prog, re.I) else "ir" if re.search(r"IRAN|IFSR|IRGC|Iran", prog, re.I)
               else "sy" if re.search(r"SYRIA|Syria", prog, re.I) else "wmd" if "NPWMD" in prog else "other")
        out.append(dict(fam=fam, giv=giv, grp=grp, name=r["name"]))
    return out


FRAMES = re.compile(r"^(.+?)\s+((?:INDUSTRIAL|INDUSTRIES|INDUSTRY) GROUP|(?:GENERAL )?TRADING (?:CO\.?,? ?LTD\.?|COMPANY(?: LIMITED)?|CORPORATION|CO\.?|LLC|FZE)"
                    r"|(?:TECHNOLOGY|ELECTRONICS|ELECTRONIC|INDUSTRIAL|MACHINERY|INTERNATIONAL|IMPORT AND EXPORT|IMP\.? ?& ?EXP\.?) (?:CO\.?,? ?LTD\.?|COMPANY|CORPORATION|CORP\.?|LLC|GROUP)"
                    r"|(?:ENGINEERING|MANUFACTURING|SHIPPING) (?:COMPANY|CO\.?|GROUP|LLC)|GENERAL CORPORATION|GROUP CO\.?,? ?LTD\.?)$", re.I)


KEEP_UPPER = {"llc", "fze", "jsc", "ltd.", "ltd", "co.", "co", "&", "fzco", "plc"}


def tc(s):
    """capitalise after spaces and hyphens only (keeps Za'rurah, al-Assad readable)"""
    return re.sub(r"(^|[ \-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), s.lower())


def titlecase(s):
    out = []
    for w in s.split(" "):
        lw = w.lower()
        out.append(w.upper() if lw in ("llc", "fze", "fzco", "jsc", "plc") else tc(w) if lw not in ("co.", "ltd.", "co.,") else lw.capitalize())
    return " ".join(out)


def build_traps(records, idx, persons):
    traps = []
    fam_pool_latin = {}
    for cult, pool in (("en", PL.EN_FAM), ("fr", PL.FR_FAM), ("de", PL.DE_FAM), ("es", PL.ES_FAM), ("it", PL.IT_FAM),
                       ("pt", PL.PT_FAM), ("tr", PL.TR_FAM), ("fa", PL.FA_FAM), ("ur", PL.UR_FAM), ("hi", PL.HI_FAM),
                       ("ar", PL.AR_FAM_GULF + PL.AR_FAM_LEV + PL.AR_FAM_EG + PL.AR_FAM_MAG), ("ko", PL.KO_FAM),
                       ("zh", PL.ZH_FAM), ("ja", PL.JA_FAM), ("uk", PL.UK_FAM), ("he", PL.HE_FAM), ("id", PL.ID_FAM)):
        for e in pool:
            n, ls = split(e)
            vs = set(x.lower() for x in ls) | ({n.lower()} if n and n.isascii() else set())
            for l in ls:
                if "/" not in l and " " not in l:
                    fam_pool_latin.setdefault(strip_acc(l).lower(), (cult, vs))
    rel = [p for p in persons if p["grp"] in ("kp", "ir", "sy", "wmd")]
    orgs = [r for r in records if r["schema"] in ("Organization",) and REL.search(r["programs"] or "") and r["name"].isascii()]
    brands = [split(x)[1][0] for x in PL.FA_BRAND + PL.KO_BRAND + PL.ZH_BRAND + PL.AR_BRAND + PL.TR_PLACES + PL.JA_BRAND] + PL.COINED_EN + PL.PLACES_EN
    givens_by_cult = {"en": PL.EN_M + PL.EN_F, "fr": PL.FR_M, "es": PL.ES_M, "de": PL.DE_M, "it": PL.IT_M, "pt": PL.PT_M,
                      "ja": PL.JA_M, "zh": None, "ko": PL.KO_M, "ru": PL.RU_M, "el": PL.EL_M, "hi": PL.HI_M, "tr": PL.TR_M, "pl": PL.PL_M}

    def add(schema, names, kind):
        traps.append(dict(schema=schema, names=names, kind=kind))

    # (a) generic frame with a new distinctive word
    framed = []
    for r in orgs:
        for nm in [r["name"]] + r["aliases"]:
            m = FRAMES.match(nm)
            if m and len(m.group(1).split()) <= 3:
                framed.append((m.group(1), m.group(2), nm))
    rng.shuffle(framed)
    for x, frame, nm in framed[:140]:
        words = x.split()
        newd = rng.choice(brands)
        if len(words) > 1 and rng.random() < 0.6:  # keep the lead word (Korea, Beijing, Shahid ...), swap the distinctive one
            words[-1] = newd; new = " ".join(words) + " " + frame
        else:
            new = newd + " " + frame
        if rng.random() < 0.5: new = titlecase(new.lower())
        add("Organization", [new], "trap/generic-frame")
    # (b) listed family name with another culture's given names
    for p in rng.sample(rel, min(160, len(rel))):
        cult = rng.choice(["en", "fr", "es", "de", "it", "pt", "ja", "ko", "ru", "el", "tr", "pl"])
        g = split(zipf(givens_by_cult[cult]))[1][0] if cult not in ("ru",) else split(zipf(PL.RU_M))[1][0]
        fam = tc(p["fam"]) if rng.random() < 0.6 else p["fam"]
        add("Person", [latin_person(g, fam)], "trap/family-other-culture")
    # (c) one part away: one given name swapped
    same_cult_given = {"ir": [split(e)[1][0] for e in PL.FA_M], "sy": [split(e)[1][1] if len(split(e)[1]) > 1 else split(e)[1][0] for e in PL.AR_M],
                       "kp": [split(e)[1][2] for e in PL.KO_M], "wmd": [split(e)[1][0] for e in PL.AR_M + PL.UR_M]}
    for p in rng.sample(rel, min(200, len(rel))):
        gs = p["giv"].split()
        pool = same_cult_given[p["grp"]]
        i = rng.randrange(len(gs))
        newg = rng.choice(pool)
        if p["grp"] == "kp" and len(gs) >= 2 and "-" in newg:
            # keep one syllable, change the other
            syl = newg.split("-")[rng.randrange(2)].capitalize()
            gs[i] = syl
        else:
            gs[i] = newg
        add("Person", [f"{p['fam']}, {' '.join(gs)}" if rng.random() < 0.5 else f"{' '.join(gs)} {tc(p['fam'])}"], "trap/one-part-away")
    # (d) kind word changed, only when the distinctive words are common words / place names
    cands = []
    for r in records:
        if r["schema"] != "Organization":
            continue
        for nm in [r["name"]] + r["aliases"]:
            t = norm_tokens(nm)
            ds = [x for x in t if x not in PL.LEGAL_FORMS and x not in PL.GENERIC_WORDS]
            if 1 <= len(ds) <= 2 and all(x in PL.COMMON_WORDS for x in ds) and len(t) > len(ds):
                # keep the distinctive words in the listed order, as written
                cands.append(" ".join(w.capitalize() for w in ds))
    cands = sorted(set(cands)); rng.shuffle(cands)
    for d in cands[:90]:
        for _ in range(2):
            add("Organization", [f"{d} {rng.choice(PL.NEW_KINDS)}"], "trap/kind-word-changed")
    # (e) common given names with a different family name
    for _ in range(120):
        r = rng.random()
        if r < 0.3:
            g = rng.choice(["Mohammad", "Mohammed", "Muhammad", "Mohamed", "Ali", "Abdullah", "Hassan", "Hossein"])
            fam = split(zipf(rng.choice([PL.FA_FAM, PL.UR_FAM, PL.AR_FAM_GULF, PL.AR_FAM_LEV])))[1][0]
            nm = latin_person(g + (" " + split(zipf(PL.FA_M))[1][0] if rng.random() < 0.3 else ""), fam)
        elif r < 0.6:
            f, fh = rng.choice([("Kim", "김"), ("Ri", "리"), ("Pak", "박"), ("Choe", "최"), ("Kim", "김"), ("Ri", "리")])
            gh, gls = split(zipf(PL.KO_M + PL.KO_F)); g = gls[2]
            nm = rng.choice([f"{f} {g}", f"{f.upper()} {g}", f"{f} {g.replace('-', ' ')}", f"{g} {f}"])
            if rng.random() < 0.6:
                add("Person", [fh + gh, nm], "trap/common-given-name"); continue
        elif r < 0.8:
            f, fh = rng.choice([("Li", "李"), ("Wang", "王"), ("Zhang", "张"), ("Li", "李")])
            cs = [split(zipf(PL.ZH_GIVEN_CH, 0.6)) for _ in range(2)]
            chars = [c[1][0] for c in cs]
            nm = rng.choice([f"{f} {''.join(chars).capitalize()}", f"{f.upper()} {'-'.join(chars).capitalize()}"])
            if rng.random() < 0.6:
                add("Person", [fh + "".join(c[0] for c in cs), nm], "trap/common-given-name"); continue
        else:
            g = rng.choice(["Abdullah", "Ali", "Mohammad", "Ahmad"])
            fam = split(zipf(PL.AR_FAM_EG + PL.AR_FAM_MAG + PL.UR_FAM))[1][0]
            nm = f"{g} {fam}" if rng.random() < 0.5 else f"{fam.upper()}, {g}"
        add("Person", [nm], "trap/common-given-name")
    # (f) one letter changed in a listed family name, giving another real family name
    byfam = collections.defaultdict(list)
    for p in persons:
        byfam[p["fam"].lower()].append(p)
    pairs = []
    for lf, ps in byfam.items():
        if " " in lf or len(lf) < 3:
            continue
        for pf, (cult, variants) in fam_pool_latin.items():
            if len(pf) == len(lf) and pf != lf and sum(a != b for a, b in zip(pf, lf)) == 1 and lf not in variants:
                pairs.append((lf, pf, ps))
    rng.shuffle(pairs)
    used = collections.Counter()
    for lf, pf, ps in pairs:
        if used[lf] >= 2 or len([t for t in traps if t["kind"] == "trap/one-letter-family"]) >= 110:
            continue
        used[lf] += 1
        p = rng.choice(ps)
        newf = tc(pf)
        add("Person", [rng.choice([f"{p['giv']} {newf}", f"{newf.upper()}, {p['giv']}"])], "trap/one-letter-family")
    # (g) two listed persons recombined (same programme group)
    bygrp = collections.defaultdict(list)
    for p in rel:
        bygrp[p["grp"]].append(p)
    for _ in range(130):
        g = rng.choice(list(bygrp))
        a, b = rng.sample(bygrp[g], 2)
        if a["fam"] == b["fam"]:
            continue
        add("Person", [rng.choice([f"{b['fam']}, {a['giv']}", f"{a['giv']} {tc(b['fam'])}"])], "trap/recombined")
    return traps


# ------------------------------------------------------------------ main
PERSON_CULTURES = {"en": 8, "fr": 3, "de": 3, "es": 4.5, "it": 2.5, "pt": 3, "pl": 2, "tr": 3.5, "vi": 3, "id": 2.5,
                   "ar-gulf": 4.5, "ar-lev": 3.5, "ar-eg": 3.5, "ar-mag": 3, "fa": 5, "ur": 4, "hi": 5, "ru": 6, "uk": 3.5,
                   "zh": 7, "ja": 4, "ko": 4, "ko-kp": 1.5, "th": 2.5, "el": 2, "he": 2}
ORG_CULTURES = {"en": 9, "fr": 2.5, "de": 3.5, "es": 3.5, "it": 2.5, "pt": 2.5, "pl": 2, "tr": 3.5, "vi": 2.5, "id": 2.5,
                "ar-gulf": 5, "ar-lev": 2.5, "ar-eg": 2.5, "ar-mag": 2, "fa": 4.5, "ur": 3, "hi": 4, "ru": 5, "uk": 2.5,
                "zh": 8, "ja": 4, "ko": 4, "th": 2, "el": 1.5, "he": 1.5}


def main():
    log = []
    records = rawlists.all_records()
    idx = ListIndex(records)
    log.append(f"seed {SEED}; {len(records)} listed records, {idx.n_names} listed names and aliases indexed "
               f"(vessels and aircraft left out)")
    drops = collections.Counter(); examples = collections.defaultdict(list)
    seen = set(); rows = []

    def accept(row):
        key = " ".join(norm_tokens(row["names"][0]))
        if key in seen:
            drops["R0 repeat of an earlier row"] += 1
            return False
        hit = idx.check(row["names"], row["schema"])
        if hit:
            drops[hit[0]] += 1
            if len(examples[hit[0]]) < 6:
                examples[hit[0]].append(f"{row['kind']}: {hit[1]}")
            return False
        seen.add(key)
        rows.append(row)
        return True

    persons = listed_persons(records)
    traps = build_traps(records, idx, persons)
    rng.shuffle(traps)
    # take traps by kind, round robin, until N_TRAPS
    bykind = collections.defaultdict(list)
    for t in traps:
        bykind[t["kind"]].append(t)
    quota = {"trap/generic-frame": 75, "trap/family-other-culture": 70, "trap/one-part-away": 75, "trap/kind-word-changed": 65,
             "trap/common-given-name": 70, "trap/one-letter-family": 55, "trap/recombined": 70}
    ntr = collections.Counter()
    for k in quota:
        for t in bykind[k]:
            if ntr[k] >= quota[k]: break
            if accept(t): ntr[k] += 1
    short = N_TRAPS - sum(ntr.values())
    for k in quota:  # top up from whatever shapes have candidates left
        for t in bykind[k]:
            if short <= 0: break
            if t in rows: continue
            if accept(t): ntr[k] += 1; short -= 1
    n_person_traps = sum(1 for r in rows if r["schema"] == "Person")
    n_trap = len(rows)
    need_p = N_PERSON_TARGET - n_person_traps
    need_o = N_TOTAL - n_trap - need_p
    for schema, need, weights, maker in (("Person", need_p, PERSON_CULTURES, make_person), ("Organization", need_o, ORG_CULTURES, make_org)):
        got = 0; cl = list(weights); w = [weights[c] for c in cl]
        while got < need:
            c = rng.choices(cl, weights=w)[0]
            names, script = maker(c)
            nat = [n for n in names if n and not n.isascii()] if script != "latn" else []
            if script != "latn":
                r = rng.random()
                if r < 0.11: names = [names[-1]]            # Latin only
                elif r < 0.15: names = [names[0]]           # native only
                elif r < 0.23: names = [names[-1], names[0]]  # Latin first
            noisy = ""
            if rng.random() < 0.115:
                i = 0 if (script != "latn" and not names[0].isascii()) or rng.random() < 0.5 else len(names) - 1
                names = list(names); names[i], nk = add_noise(names[i], script if not names[i].isascii() else "latn", schema)
                noisy = "/noise-" + nk
            scripts = "+".join(sorted(set("latn" if n.isascii() or script == "latn" else script for n in names)))
            kind = f"{'person' if schema == 'Person' else 'org'}/{c}/{scripts}{noisy}"
            if accept(dict(schema=schema, names=names, kind=kind)):
                got += 1
    rng.shuffle(rows)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # ---- log
    kinds = collections.Counter(r["kind"].split("/")[0] + ("/" + r["kind"].split("/")[1] if r["kind"].startswith("trap") else "") for r in rows)
    nat_rows = sum(1 for r in rows if any(not n.isascii() and re.search(r"[^\u0000-\u024F\u1E00-\u1EFF«»’]", n) for n in r["names"]))
    latin_only = sum(1 for r in rows if all(not re.search(r"[^\u0000-\u024F\u1E00-\u1EFF«»’\u2000-\u206F]", n) for n in r["names"]))
    noisy = sum(1 for r in rows if "/noise-" in r["kind"])
    log.append(f"rows written: {len(rows)}  persons {sum(r['schema']=='Person' for r in rows)}  organisations {sum(r['schema']=='Organization' for r in rows)}")
    log.append(f"rows with a non-Latin-script form: {nat_rows}; Latin-script only: {latin_only}; with document noise: {noisy}")
    log.append("rows by kind prefix: " + json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
    log.append(f"trap candidates built: {len(traps)} " + json.dumps(dict(collections.Counter(t['kind'] for t in traps))))
    log.append("drops by rule (traps and ordinary rows together): total %d" % sum(drops.values()))
    for k, v in sorted(drops.items()):
        log.append(f"  {v:6d}  {k}")
        for e in examples[k]:
            log.append(f"            e.g. {e}")
    with open(os.path.join(OUT, "build.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(log) + "\n")
    print("\n".join(log))


if __name__ == "__main__":
    main()
