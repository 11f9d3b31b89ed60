# -*- coding: utf-8 -*-
"""Romanisation helpers (standard library only)."""
import unicodedata

# ---------------- Hangul
_I_RR = ["g","kk","n","d","tt","r","m","b","pp","s","ss","","j","jj","ch","k","t","p","h"]
_I_MR = ["k","kk","n","t","tt","r","m","p","pp","s","ss","","ch","tch","ch'","k'","t'","p'","h"]
_I_MRV = ["g","kk","n","d","tt","r","m","b","pp","s","ss","","j","tch","ch'","k'","t'","p'","h"]
_V_RR = ["a","ae","ya","yae","eo","e","yeo","ye","o","wa","wae","oe","yo","u","wo","we","wi","yu","eu","ui","i"]
_V_MR = ["a","ae","ya","yae","ŏ","e","yŏ","ye","o","wa","wae","oe","yo","u","wŏ","we","wi","yu","ŭ","ŭi","i"]
_F = ["","k","k","k","n","n","n","t","l","k","m","l","l","l","p","l","m","p","p","t","t","ng","t","t","k","t","p","t"]
_POP = {"영": "young", "수": "soo", "준": "joon", "훈": "hoon", "현": "hyun", "혁": "hyuk", "경": "kyung", "희": "hee", "은": "eun",
        "숙": "sook", "순": "soon", "명": "myung", "성": "sung", "석": "suk", "철": "chul", "진": "jin", "종": "jong", "광": "kwang",
        "동": "dong", "우": "woo", "주": "joo", "서": "seo", "연": "yeon", "정": "jung", "재": "jae", "지": "ji", "윤": "yoon", "용": "yong",
        "상": "sang", "태": "tae", "규": "kyu", "기": "ki", "구": "koo", "국": "kook", "민": "min", "호": "ho", "혜": "hye", "원": "won"}

def _dec(ch):
    c = ord(ch) - 0xAC00
    return c // 588, (c % 588) // 28, c % 28

def ko_syl(ch, system, voiced=False):
    i, v, f = _dec(ch)
    if system == "rr":
        return _I_RR[i] + _V_RR[v] + _F[f]
    if system == "pop":
        return _POP.get(ch) or (_I_RR[i] + _V_RR[v] + _F[f])
    ini = (_I_MRV if voiced else _I_MR)[i]
    if system == "dprk":
        ini = ini.replace("'", "")
        if ini == "r" and not voiced:
            ini = "r"
        return ini + _V_MR[v].replace("ŏ", "o").replace("ŭ", "u") + _F[f]
    return ini + _V_MR[v] + _F[f]

def ko_given(given, system):
    syls = list(given)
    if system == "rr":
        return "-".join(ko_syl(s, "rr") for s in syls).capitalize() if len(syls) > 1 else ko_syl(syls[0], "rr").capitalize()
    if system == "rr_join":
        return "".join(ko_syl(s, "rr") for s in syls).capitalize()
    if system == "pop":
        return "-".join(ko_syl(s, "pop") for s in syls).capitalize()
    if system == "pop_space":
        return " ".join(ko_syl(s, "pop").capitalize() for s in syls)
    if system == "mr":
        out = [ko_syl(syls[0], "mr")]
        for p, s in zip(syls, syls[1:]):
            voiced = _dec(p)[2] in (0, 4, 8, 16, 21)
            out.append(ko_syl(s, "mr", voiced))
        return "-".join(out).capitalize()
    if system == "dprk":
        return " ".join(ko_syl(s, "dprk").capitalize() for s in syls)
    raise ValueError(system)

# ---------------- Cyrillic
_BASE = {"а":"a","б":"b","в":"v","г":"g","д":"d","ж":"zh","з":"z","и":"i","к":"k","л":"l","м":"m","н":"n","о":"o","п":"p","р":"r",
         "с":"s","т":"t","у":"u","ф":"f","х":"kh","ц":"ts","ч":"ch","ш":"sh","щ":"shch","ъ":"","ы":"y","ь":"","э":"e","ю":"yu","я":"ya",
         "е":"e","ё":"e","й":"y","і":"i","ї":"yi","є":"ye","ґ":"g","ў":"u","'":"","ʼ":""}
_VOW = set("аеёиоуыэюяіїєaeiouy")

def _tr(s, table, ye_initial=True, extra=None):
    out = []
    low = s.lower()
    for k, ch in enumerate(low):
        prev = low[k - 1] if k else " "
        t = (extra or {}).get(ch)
        if t is None:
            if ch == "е" and ye_initial and (prev in _VOW or prev in " -ъь'"):
                t = "ye"
            elif ch == "ё":
                t = "yo" if (prev in _VOW or prev in " -ъь") else "e" if table == "icao" else "yo"
            else:
                t = table.get(ch, ch) if isinstance(table, dict) else _BASE.get(ch, ch)
        out.append(t)
    r = "".join(out)
    # restore capitalisation per word
    return " ".join(w[:1].upper() + w[1:] for w in r.split(" "))

def ru_bgn(s):   # BGN/PCGN
    return _tr(s, dict(_BASE, **{"ё": "ë", "й": "y", "ы": "y"}), True, {"ё": "ë"})
def ru_icao(s):  # passport / ICAO 9303
    return _tr(s, dict(_BASE, **{"й": "i", "ю": "iu", "я": "ia", "ъ": "ie", "ы": "y"}), False, {"й": "i", "ю": "iu", "я": "ia", "ъ": "ie", "ё": "e"})
def ru_pop(s):   # popular English spelling
    r = _tr(s, dict(_BASE, **{"й": "y"}), True, {"ё": "yo", "й": "y"})
    for a, b in (("Aleksandr", "Alexander"), ("Aleksey", "Alexei"), ("Yevgeniy", "Evgeny"), ("iy ", "y "), ("Sergey", "Sergei"), ("Dmitriy", "Dmitry"),
                 ("Yuriy", "Yuri"), ("Natalya", "Natalia"), ("Yelena", "Elena"), ("Yekaterina", "Ekaterina"), ("Nikolay", "Nikolai"), ("Valeriy", "Valery")):
        r = r.replace(a, b)
    if r.endswith("iy"):
        r = r[:-2] + "y"
    return r
def ru_bgn_plain(s):
    return ru_bgn(s).replace("ë", "e")

def uk_nat(s):   # Ukrainian national 2010 (word-initial ye/yi/yu/ya, elsewhere ie/i/iu/ia)
    out = []
    for w in s.split(" "):
        r = []
        for k, ch in enumerate(w.lower()):
            ini = k == 0
            m = {"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi" if ini else "i", "й": "y" if ini else "i", "є": "ye" if ini else "ie",
                 "ю": "yu" if ini else "iu", "я": "ya" if ini else "ia", "е": "e", "х": "kh", "щ": "shch", "ь": "", "'": "", "ʼ": ""}
            r.append(m.get(ch, _BASE.get(ch, ch)))
        x = "".join(r); out.append(x[:1].upper() + x[1:])
    return " ".join(out).replace("Zgh", "Zgh")
def uk_rus(s):   # older Russian-style rendering of Ukrainian names
    return _tr(s, dict(_BASE, **{"г": "g", "и": "i", "і": "i", "ї": "yi", "є": "ye", "й": "y"}), False, {"г": "g", "и": "i", "й": "y"})

def be_nat(s):
    out = []
    for w in s.split(" "):
        r = []; lw = w.lower()
        for k, ch in enumerate(lw):
            prev = lw[k - 1] if k else " "
            soft = prev not in _VOW and k > 0 and prev not in "'ўь"
            m = {"г": "h", "ў": "u", "і": "i", "ы": "y", "э": "e", "е": "e" if soft else "ye", "ё": "io" if soft else "yo", "ю": "iu" if soft else "yu",
                 "я": "ia" if soft else "ya", "й": "i", "х": "kh", "ь": "", "'": ""}
            r.append(m.get(ch, _BASE.get(ch, ch)))
        x = "".join(r); out.append(x[:1].upper() + x[1:])
    return " ".join(out)
def be_alt(s):
    return be_nat(s).replace("ie", "e").replace("ia", "ya").replace("iu", "yu").replace("u ", "w ").rstrip()

def kk_lat(s):
    return _tr(s, dict(_BASE, **{"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i", "й": "y"}), True,
               {"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"})
def kk_lat2(s):  # 2021 Kazakh Latin-ish
    return _tr(s, dict(_BASE, **{"ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h", "і": "ı", "й": "i", "ш": "ş", "ч": "ç", "ж": "j"}), False,
               {"ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "і": "ı", "ш": "ş", "ч": "ç", "ж": "j", "х": "h"})

_SR = {"а":"a","б":"b","в":"v","г":"g","д":"d","ђ":"đ","е":"e","ж":"ž","з":"z","и":"i","ј":"j","к":"k","л":"l","љ":"lj","м":"m","н":"n","њ":"nj",
       "о":"o","п":"p","р":"r","с":"s","т":"t","ћ":"ć","у":"u","ф":"f","х":"h","ц":"c","ч":"č","џ":"dž","ш":"š"}
def sr_lat(s):
    r = "".join(_SR.get(c.lower(), c) if c.islower() or not c.isalpha() else _SR.get(c.lower(), c).capitalize() for c in s)
    return r
def sr_ascii(s):
    r = sr_lat(s).replace("đ", "dj").replace("Đ", "Dj")
    return unicodedata.normalize("NFKD", r).encode("ascii", "ignore").decode()

def ka_lat(s, table):
    return " ".join("".join(table.get(c, c) for c in w).capitalize() for w in s.split(" "))

def deaccent(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return unicodedata.normalize("NFKC", "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)))
def de_umlaut(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s
