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
_DIGRAPH_MAP = dict(_DIGRAPHS)
_LETTERS = str.maketrans(
    {
        "b": "p",
        "f": "p",
        "v": "p",
        "d": "t",
        "g": "k",
        "c": "k",
        "q": "k",
        "z": "s",
        "r": "l",
        "a": None,
        "e": None,
        "i": None,
        "o": None,
        "u": None,
        "y": None,
        "w": None,
        "h": None,
        "'": None,
    }
)
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=500_000)
def skeleton(token: str) -> str:
    """``"hemmat"`` -> ``"mt"``; ``"gwangeop"`` and ``"kwangop"`` -> ``"knp"``; ``"jafari"`` -> ``"jpl"``.
    Digits stay as they are; a word of vowels only keeps its first letter."""
    if not token or token[0] == "#":
        return token
    replaced = _DIGRAPH.sub(lambda m: _DIGRAPH_MAP[m.group(0)], token)
    key = _REPEAT.sub(r"\1", replaced.translate(_LETTERS))
    return key or token[0]
