# -*- coding: utf-8 -*-
"""Romanisers written for heldout-11: Korean (RR, McCune-Reischauer), pinyin -> Wade-Giles,
Russian (BGN/PCGN, ICAO passport, popular), Ukrainian (national 2010)."""
import re

# ------------------------------------------------------------------ Korean
CHO = ["ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
JUNG = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"]
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

RR_I = dict(zip(CHO, ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]))
RR_V = dict(zip(JUNG, ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]))
RR_F = dict(zip(JONG, ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]))
MR_I0 = dict(zip(CHO, ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]))
MR_I1 = dict(MR_I0, **{"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "j"})
MR_V = dict(zip(JUNG, ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"]))
MR_F = RR_F


def jamo(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append((CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]))
    return out


def rr(s):
    return "".join(RR_I[i] + RR_V[v] + RR_F[f] for i, v, f in jamo(s))


def mr(s, breve=True, apostrophe=True):
    out = []
    prev_f = None
    for k, (i, v, f) in enumerate(jamo(s)):
        voiced = k > 0 and (prev_f in ("", "ㄴ", "ㅁ", "ㅇ", "ㄹ"))
        ini = (MR_I1 if voiced else MR_I0)[i]
        if i == "ㅅ" and v in ("ㅣ", "ㅟ"):
            ini = "sh"
        out.append(ini + MR_V[v] + MR_F[f])
        prev_f = f
    s = "".join(out)
    if not breve:
        s = s.replace("ŏ", "o").replace("ŭ", "u")
    if not apostrophe:
        s = s.replace("'", "")
    return s


# ------------------------------------------------------------------ Wade-Giles from pinyin (one syllable)
_WG_WHOLE = {"zhi": "chih", "chi": "ch'ih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tz'u", "si": "ssu",
             "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "yu": "yü", "yuan": "yüan", "yue": "yüeh", "yun": "yün",
             "er": "erh", "e": "o", "ge": "ko", "ke": "k'o", "he": "ho", "lü": "lü", "nü": "nü", "lüe": "lüeh", "xue": "hsüeh"}
_WG_INI = [("zh", "ch"), ("ch", "ch'"), ("sh", "sh"), ("b", "p"), ("p", "p'"), ("d", "t"), ("t", "t'"), ("g", "k"), ("k", "k'"),
           ("j", "ch"), ("q", "ch'"), ("x", "hs"), ("z", "ts"), ("c", "ts'"), ("r", "j"), ("s", "s"), ("h", "h"), ("m", "m"),
           ("f", "f"), ("n", "n"), ("l", "l"), ("w", "w"), ("y", "y")]


def wg_syl(p, apostrophe=True):
    p = p.lower()
    if p in _WG_WHOLE:
        s = _WG_WHOLE[p]
    else:
        ini, fin = "", p
        for a, b in _WG_INI:
            if p.startswith(a):
                ini, fin = b, p[len(a):]
                break
        pin_ini = p[: len(p) - len(fin)]
        if pin_ini in ("j", "q", "x"):
            fin = {"u": "ü", "un": "ün", "uan": "üan", "ue": "üeh"}.get(fin, fin)
        fin = {"ian": "ien", "ie": "ieh", "ong": "ung", "iong": "iung", "ui": "ui", "uo": "o" if pin_ini in ("b", "p", "m", "f") else "uo",
               "e": "o" if pin_ini in ("g", "k", "h") else "e", "ue": "üeh"}.get(fin, fin)
        if pin_ini in ("g", "k", "h", "sh", "zh", "ch", "r") and fin == "uo":
            fin = "uo"
        s = ini + fin
    if not apostrophe:
        s = s.replace("'", "")
    return s


def wg_given(syls, apostrophe=True, umlaut=True):
    s = "-".join(wg_syl(x, apostrophe) for x in syls)
    s = s[:1].upper() + s[1:]
    if not umlaut:
        s = s.replace("ü", "u")
    return s


# ------------------------------------------------------------------ Russian
_RU_BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "к": "k", "л": "l", "м": "m",
            "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
            "ш": "sh", "щ": "shch", "ы": "y", "э": "e"}
_VOW = set("аеёиоуыэюяъь")


def _ru(s, mode):
    out = []
    low = s.lower()
    for k, ch in enumerate(low):
        prev = low[k - 1] if k > 0 else " "
        initial = prev in " -" or prev in _VOW
        if ch in _RU_BASE:
            t = _RU_BASE[ch]
        elif ch == "е":
            t = ("ye" if initial else "e") if mode in ("bgn", "pop") else "e"
        elif ch == "ё":
            t = {"bgn": "yë" if initial else "ë", "pop": "yo" if initial or prev in "жшчщ" and False else "yo", "icao": "e"}[mode]
            if mode == "pop" and prev in "жшчщ":
                t = "o"
        elif ch == "й":
            t = {"bgn": "y", "pop": "y", "icao": "i"}[mode]
        elif ch == "ю":
            t = {"bgn": "yu", "pop": "yu", "icao": "iu"}[mode]
        elif ch == "я":
            t = {"bgn": "ya", "pop": "ya", "icao": "ia"}[mode]
        elif ch == "ь":
            t = {"bgn": "'", "pop": "", "icao": ""}[mode]
        elif ch == "ъ":
            t = {"bgn": '"', "pop": "", "icao": "ie"}[mode]
        else:
            t = ch
        out.append(t)
    r = "".join(out)
    if mode == "pop":
        r = re.sub(r"iy\b", "iy", r)
        r = re.sub(r"ij\b", "iy", r)
    return r


def ru_translit(s, mode):
    """mode: bgn | icao | pop (popular / older passport)."""
    words = s.split(" ")
    res = []
    for w in words:
        t = _ru(w, mode)
        if mode == "pop":
            t = re.sub(r"iy$", "y", t) if len(t) > 4 and t.endswith("iy") and t[-3] == "r" and False else t
        res.append("-".join(p[:1].upper() + p[1:] for p in t.split("-")))
    return " ".join(res)


# ------------------------------------------------------------------ Ukrainian (KMU 2010)
_UK = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "y", "і": "i",
       "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
       "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": "", "’": ""}
_UK_INIT = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}


def uk_translit(s):
    out = []
    for w in s.split(" "):
        r = []
        for k, ch in enumerate(w.lower()):
            if ch in _UK_INIT:
                r.append(_UK_INIT[ch][0 if k == 0 else 1])
            else:
                r.append(_UK.get(ch, ch))
        t = "".join(r)
        out.append(t[:1].upper() + t[1:])
    return " ".join(out)


def mr_parts(s, breve=True, apostrophe=True):
    """McCune-Reischauer per syllable (voicing from the preceding syllable), for hyphenated given names."""
    out = []
    prev_f = None
    for k, (i, v, f) in enumerate(jamo(s)):
        voiced = k > 0 and (prev_f in ("", "ㄴ", "ㅁ", "ㅇ", "ㄹ"))
        ini = (MR_I1 if voiced else MR_I0)[i]
        if i == "ㅅ" and v in ("ㅣ", "ㅟ"):
            ini = "sh"
        t = ini + MR_V[v] + MR_F[f]
        if not breve:
            t = t.replace("ŏ", "o").replace("ŭ", "u")
        if not apostrophe:
            t = t.replace("'", "")
        out.append(t)
        prev_f = f
    return out
