"""Latin forms of non-Latin names, used only by the list filter (held-out set 4)."""
import itertools
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin
from unidecode import unidecode

# ---------------------------------------------------------------- Hangul
_L_RR = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_L_MR = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]
_V_RR = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "eu", "ui", "i"]
_V_MR = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "u", "ui", "i"]
_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t",
      "ng", "t", "t", "k", "t", "p", "t"]
_VOICE = {"k": "g", "t": "d", "p": "b", "ch": "j"}

KO_FAMILY = {
    "김": ["Kim", "Gim"], "이": ["Lee", "Yi", "Ri", "I", "Rhee"], "리": ["Ri", "Li", "Lee"], "박": ["Park", "Pak", "Bak"],
    "최": ["Choi", "Choe"], "정": ["Jung", "Jeong", "Chong", "Chung"], "조": ["Cho", "Jo"], "강": ["Kang", "Gang"],
    "윤": ["Yoon", "Yun"], "장": ["Jang", "Chang"], "임": ["Lim", "Im", "Rim"], "림": ["Rim", "Lim"], "한": ["Han"],
    "오": ["Oh", "O"], "서": ["Seo", "So", "Suh"], "신": ["Shin", "Sin"], "권": ["Kwon", "Gwon"], "황": ["Hwang"],
    "안": ["Ahn", "An"], "송": ["Song"], "류": ["Ryu", "Yu", "Yoo"], "유": ["Yoo", "Yu"], "홍": ["Hong"],
    "전": ["Jeon", "Chon", "Jun"], "고": ["Ko", "Go"], "문": ["Moon", "Mun"], "양": ["Yang", "Ryang"], "량": ["Ryang"],
    "손": ["Son"], "배": ["Bae", "Pae"], "백": ["Baek", "Paek"], "허": ["Heo", "Ho", "Hur"], "남": ["Nam"],
    "노": ["Noh", "No", "Ro"], "로": ["Ro"], "현": ["Hyun", "Hyon"], "방": ["Bang", "Pang"], "차": ["Cha"],
    "주": ["Ju", "Chu", "Joo"], "우": ["Woo", "U"], "구": ["Koo", "Ku", "Gu"], "심": ["Shim", "Sim"],
    "원": ["Won"], "곽": ["Kwak"], "성": ["Sung", "Song"], "채": ["Chae"], "천": ["Chun", "Chon"], "명": ["Myong", "Myung"],
    "석": ["Seok", "Sok"], "변": ["Byun", "Pyon"], "탁": ["Tak", "Thak"], "함": ["Ham"], "엄": ["Eom", "Om"],
    "염": ["Yeom", "Yom"], "지": ["Ji", "Chi"], "진": ["Jin", "Chin"], "하": ["Ha"], "태": ["Tae", "Thae"],
}


def _syll(ch, scheme, medial=False):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172:
        return ch
    l, v, t = c // 588, (c % 588) // 28, c % 28
    if scheme == "rr":
        return _L_RR[l] + _V_RR[v] + _T[t]
    ini = _L_MR[l]
    if medial and ini in _VOICE:
        ini = _VOICE[ini]
    return ini + _V_MR[v] + _T[t]


def is_hangul(s):
    return any(0xAC00 <= ord(c) < 0xAC00 + 11172 for c in s)


def hangul_person_forms(name):
    s = re.sub(r"\s+", "", name)
    if not s or not all(0xAC00 <= ord(c) < 0xAD00 + 11000 for c in s) or not 2 <= len(s) <= 5:
        return []
    fam, given = (s[:2], s[2:]) if len(s) >= 4 else (s[0], s[1:])
    fams = KO_FAMILY.get(fam) or [_syll(fam[0], "rr").capitalize() + "".join(_syll(c, "rr") for c in fam[1:]),
                                  "".join(_syll(c, "mr") for c in fam).capitalize()]
    out = []
    for scheme in ("rr", "mr"):
        sy = [_syll(c, scheme, medial=i > 0) for i, c in enumerate(given)]
        sy_plain = [_syll(c, scheme) for c in given]
        for parts in (sy, sy_plain):
            for f in fams:
                out.append(f + " " + " ".join(parts))
                out.append(f + " " + "".join(parts))
                out.append(f + " " + "-".join(parts))
    return out


def hangul_string(s, scheme="rr"):
    return "".join(_syll(c, scheme) if is_hangul(c) else c for c in s)


# ---------------------------------------------------------------- Han
ZH_COMPOUND = {"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文",
               "歐陽", "諸葛", "東方", "長孫", "夏侯", "端木", "西门", "西門"}


def is_han(s):
    return any(0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF for c in s)


def _py(s):
    return [p.replace("ü", "u").replace("v", "u") for p in lazy_pinyin(s, style=Style.NORMAL, errors="ignore")]


def han_forms(name):
    s = re.sub(r"[\s\u3000・·]+", "", name)
    out = []
    py = _py(s)
    if not py:
        return out
    out.append(" ".join(py))
    if 2 <= len(s) <= 4 and all(is_han(c) for c in s):
        k = 2 if s[:2] in ZH_COMPOUND or len(s) == 4 and False else 1
        fam, given = "".join(py[:k]), py[k:]
        out.append(fam + " " + "".join(given))
        out.append(fam + " " + " ".join(given))
        out.append(fam + " " + "-".join(given))
        if len(s) == 4:  # could be a Japanese 2+2 name read in Chinese: also split 2/2
            out.append("".join(py[:2]) + " " + "".join(py[2:]))
    return out


# ---------------------------------------------------------------- Cyrillic
_CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w", "ђ": "dj", "ј": "j",
        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz"}


def cyr_bgn(s, uk_h=False):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _CYR:
            t = "h" if (uk_h and lo == "г") else _CYR[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


def is_cyr(s):
    return any(0x0400 <= ord(c) <= 0x04FF for c in s)


# ---------------------------------------------------------------- Arabic script
_AR = None


def _ar_norm(t):
    t = t.replace("ی", "ي").replace("ک", "ك").replace("ى", "ي").replace("ة", "ه")
    t = re.sub("[أإآ]", "ا", t)
    return re.sub("[\u064B-\u0652\u0640]", "", t)


def _ar_dict():
    global _AR
    if _AR is None:
        _AR = {}
        p = Path("/work/shared/data/raw/name_variants/google_ar2en.tsv")
        for line in p.read_text(encoding="utf-8").splitlines():
            a, _, l = line.partition("\t")
            if a and l and " " not in a.strip():
                _AR.setdefault(_ar_norm(a.strip()), []).append(l.strip())
    return _AR


def is_arabic(s):
    return any(0x0600 <= ord(c) <= 0x06FF for c in s)


def arabic_forms(name, cap=40):
    d = _ar_dict()
    toks = [_ar_norm(t) for t in re.split(r"[\s\u200c]+", name) if t]
    opts = []
    for t in toks:
        o = list(dict.fromkeys(d.get(t, [])))[:4]
        if not o and t.startswith("ال") and t[2:] in d:
            o = ["al-" + x for x in d[t[2:]][:3]] + d[t[2:]][:2]
        if not o:
            o = [unidecode(t)]
        opts.append(o)
    out = []
    for combo in itertools.islice(itertools.product(*opts), cap):
        out.append(" ".join(combo))
    return out


# ---------------------------------------------------------------- all
def is_latin_only(s):
    return all(ord(c) < 0x0250 or not c.isalpha() for c in s)


@lru_cache(maxsize=None)
def latin_forms(name):
    if is_latin_only(name):
        return ()
    out = [unidecode(name).replace("*", " ")]
    if is_hangul(name):
        out += hangul_person_forms(name)
        out.append(hangul_string(name, "rr"))
        out.append(hangul_string(name, "mr"))
    if is_han(name):
        out += han_forms(name)
    if is_cyr(name):
        out.append(cyr_bgn(name))
        out.append(cyr_bgn(name, uk_h=True))
    if is_arabic(name):
        out += arabic_forms(name)
    return tuple(dict.fromkeys(o for o in out if o.strip()))
