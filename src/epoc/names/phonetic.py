"""Phonetic keys: what stays of a romanised word when the choices a romanisation makes are taken away.

A *skeleton* keeps consonants only, and merges the consonants that romanisations and scripts confuse:
voiced and voiceless pairs (Korean *Kwangop*/*Gwangeop*, Arabic script has no p, Korean no f), *l*/*r*
(Korean, Chinese, Japanese), the spellings of one sound (*sh*/*sch*/*ş*, *kh*/*ch*/*h* in *Khrushchev*,
*j*/*dj*/*zh*), and doubled letters. Arabic and Persian script write no short vowels, so their romanisations
are consonant skeletons already: comparing skeletons is how a vowelled Latin name meets them.

Skeletons are blocking keys and one signal among several: alone they are too loose to decide a match.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGRAPHS = (
    ("tch", "j"),
    ("sch", "s"),
    ("dzh", "j"),
    ("shch", "s"),
    ("sh", "s"),
    ("ch", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "k"),
    ("ph", "p"),
    ("th", "t"),
    ("dh", "t"),
    ("ts", "s"),
    ("tz", "s"),
    ("ck", "k"),
    ("qu", "k"),
    ("ng", "n"),
    ("x", "ks"),
)
_DIGRAPH = re.compile("|".join(a for a, _ in _DIGRAPHS))
_VOWELS: dict[str, str | None] = dict.fromkeys("aeiouywh'", None)
# What each scheme merges. "loose" (Latin to Latin, Hangul, Han and the rest): voicing, l/r, b/f/v/p.
# Arabic script writes b, f, r, l apart (and has no p, v): those stay apart. Cyrillic writes voicing and
# l/r apart, and h comes back as kh or g.
_SCHEMES: dict[str, tuple[dict[str, str], dict[int, str | None]]] = {
    "loose": (
        dict(_DIGRAPHS),
        str.maketrans({**dict(zip("bfvdgcqzr", "ppptkkksl", strict=True)), **_VOWELS}),
    ),
    # two Latin spellings of one name (Mohammad / Muhammad, Hussein / Husayn, Qasim / Kasim): what the
    # spellings choose between (vowels, doubled letters, c / k / q, s / z, the digraphs) and nothing more:
    # Kurov is not Korolev, nor Borovina Berevin
    "latin": (
        {**dict(_DIGRAPHS), "ph": "f", "dh": "d"},
        str.maketrans({**dict(zip("cqz", "kks", strict=True)), **_VOWELS}),
    ),
    "arabic": (
        {**dict(_DIGRAPHS), "ph": "f", "ch": "s"},
        str.maketrans({**dict(zip("pvdgcqz", "bftkkks", strict=True)), **_VOWELS}),
    ),
    # Korean has no th, f, v, z: written s, p, b, j; a closing ng (ㅇ) is not an n (ㄴ): Jong-un is not Jong
    "hangul": (
        {**dict(_DIGRAPHS), "th": "s", "ng": "ŋ"},
        str.maketrans({**dict(zip("bfvdgcqzrs", "ppptkkkjlj", strict=True)), **_VOWELS}),
    ),
    "han": (  # foreign names in Han characters: th is said s, and r and l are one
        {**dict(_DIGRAPHS), "th": "s"},
        str.maketrans({**dict(zip("bfvdgcqzr", "ppptkkksl", strict=True)), **_VOWELS}),
    ),
    "cyrillic": (  # and East Asian names in Russian spelling: цз, дз for j
        {**dict(_DIGRAPHS), "ph": "f", "th": "t", "dh": "d", "kh": "k", "tsz": "j", "dz": "j", "tsch": "j"},
        str.maketrans({**dict(zip("gcqhz", "kkkks", strict=True)), **dict.fromkeys("aeiouyw'", None)}),
    ),
}
# a Slavic personal name's own sounds, compared as Cyrillic is (the matcher holds its skeleton to the letters)
_SCHEMES["slavic"] = _SCHEMES["cyrillic"]
# Hangul writes an English name as it is said in English (Smith 스미스, Carter 카터, William 윌리엄) and a
# continental European one as it is said there: th as t (Walther 발터), a closing r said (Gert 게르트,
# Norbert 노르베르트). The second is a reading of its own (``epoc.matching.compare``); w as v (Werner
# 베르너) was tried too and left out: two more dev pairs found, and Walid met 발터 (Walter)
_SCHEMES["hangul-continental"] = ({**_SCHEMES["hangul"][0], "th": "t"}, _SCHEMES["hangul"][1])
_DIGRAPH_OF = {
    name: re.compile("|".join(sorted(digraphs, key=len, reverse=True)))
    for name, (digraphs, _) in _SCHEMES.items()
}
_REPEAT = re.compile(r"(.)\1+")
# Rewrites before the digraphs, per scheme: Korean and Chinese renderings drop an r (l) closing a syllable;
# Chinese renderings of foreign names write syllables for the sounds of the original (below)
_REWRITES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "hangul": ((re.compile(r"r(?=[^aeiouy]|$)"), ""), (re.compile(r"c(?=[eiy])"), "s")),  # Brice: 브라이스
    "han": (
        (re.compile(r"[rl](?=[^aeiouy]|$)"), ""),
        (re.compile(r"ng(?=[aeiouy])"), "nk"),  # Hungerford: n + g, not the one sound of -ng
        (re.compile(r"c(?=[eiy])"), "s"),  # Cervantes, Vincent
        (re.compile(r"dg(?=[eiy])"), "j"),  # one sound: Hodges 霍奇斯 (qi)
        (re.compile(r"w(?=[aeio])"), "v"),  # 瓦 wa, 维 wei, 沃 wo: va, vi, vo as often as wa, wi, wo; 乌 u
    ),
    # Arabic script spells foreign names as they are said: a soft c as س, dg as ج
    "arabic": ((re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"dg(?=[eiy])"), "j")),
    # Russian spelling of foreign names writes what it hears: Polish and German w as в, Polish cz and
    # German tsch as ч (digraphs, below), a soft c as с, qu as кв, dg as дж
    "cyrillic": (
        (re.compile(r"w(?=[aeiouy])"), "v"),
        (re.compile(r"(?<!s)cz"), "ch"),
        (re.compile(r"c(?=[eiy])"), "s"),
        (re.compile(r"qu"), "kv"),
        (re.compile(r"dg(?=[eiy])"), "j"),
    ),
}
_REWRITES["slavic"] = _REWRITES["cyrillic"]
_REWRITES["hangul-continental"] = ((re.compile(r"c(?=[eiy])"), "s"),)


@lru_cache(maxsize=500_000)
def skeleton(token: str, scheme: str = "loose") -> str:
    """``"hemmat"`` -> ``"mt"``; ``"gwangeop"`` and ``"kwangop"`` -> ``"knp"``; ``"jafari"`` -> ``"jpl"``.
    Digits stay as they are; a word of vowels only keeps its first letter. ``scheme`` (``loose``,
    ``arabic``, ``cyrillic``) says which consonants count as the same."""
    if not token or token[0] == "#":
        return token
    digraphs, letters = _SCHEMES[scheme]
    word = token
    for pattern, replacement in _REWRITES.get(scheme, ()):
        word = pattern.sub(replacement, word)
    replaced = _DIGRAPH_OF[scheme].sub(lambda m: digraphs[m.group(0)], word)
    key = _REPEAT.sub(r"\1", replaced.translate(letters))
    return key or token[0]


def scheme_for(script: str | None) -> str:
    """The skeleton scheme for comparing a name in ``script`` with a Latin one."""
    if script == "Arabic":
        return "arabic"
    if script == "Cyrillic":
        return "cyrillic"
    if script == "Hangul":
        return "hangul"
    if script == "Han":
        return "han"
    return "loose"
