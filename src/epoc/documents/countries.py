"""Country names in running text, in any language countrynames knows, found in one pass.

Used twice: as candidate mentions (``kind: candidate``, ``label: country``) and by the gazetteer, which
never takes a country's own name for a party's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from epoc.documents.textmap import FoldedText, fold_key
from epoc.names.countries import to_country_code

_PSEUDO = {"FAIL", "ZZ", "UN", "EU", "XK"}  # countrynames' non-country entries (XK kept below)
# Short or ambiguous forms that are common words in running text.
_AMBIGUOUS = {"us", "uk", "in", "is", "it", "me", "no", "to", "am", "as", "at", "be", "by", "do", "go", "he",
              "hi", "id", "la", "ma", "mo", "my", "ne", "oh", "ok", "on", "or", "pa", "so", "tn", "um", "we",
              "georgia", "jordan", "chad", "guinea", "turkey", "china town", "niger", "ca", "co", "de", "es",
              "sa", "pe", "cm"}  # fmt: skip
# Places countrynames maps to a country that are cities or states in running text.
_NOT_COUNTRIES = {"washington", "new york", "california", "texas", "virginia", "florida", "moscow", "beijing",
                  "tehran", "london", "paris", "berlin", "pyongyang", "seoul", "tokyo", "dubai"}  # fmt: skip
_EXTRA = {"north korea": "KP", "dprk": "KP", "south korea": "KR", "iran": "IR", "syria": "SY", "russia": "RU",
          "u s": "US", "u s a": "US", "usa": "US", "rok": "KR", "united states": "US",
          "people s republic of china": "CN", "prc": "CN", "uae": "AE", "united arab emirates": "AE",
          "hong kong": "HK", "taiwan": "TW", "kosovo": "XK"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CountryHit:
    start: int
    end: int
    code: str


@cache
def _table() -> tuple[dict[str, str], ahocorasick.Automaton]:
    from countrynames.data import DATA

    names: dict[str, str] = {}
    for code, spellings in DATA.items():
        if code in _PSEUDO or not re.fullmatch(r"[A-Z]{2}", code):
            continue
        for spelling in [code, *spellings]:
            key = fold_key(spelling)
            # short as written: "IND" is India's code, not the "Ind." (Industries) a name abbreviates
            short = len(key.replace(" ", "")) <= 3 or len(re.sub(r"\W", "", spelling)) <= 3
            if len(key) >= 2 and key not in _AMBIGUOUS and not short and key not in _NOT_COUNTRIES:
                names.setdefault(key, code)
    names.update(_EXTRA)
    automaton = ahocorasick.Automaton()
    for key, code in names.items():
        automaton.add_word(f" {key} ", (len(key) + 2, code))
    automaton.make_automaton()
    return names, automaton


def is_country_name(text: str) -> bool:
    key = fold_key(text)
    return key in _table()[0] or (len(key) <= 3 and to_country_code(text) is not None)


def find_countries(folded: FoldedText) -> list[CountryHit]:
    """Country names in the text, longest first where they overlap (``North Korea``, not ``Korea``)."""
    _, automaton = _table()
    raw: list[CountryHit] = []
    for end_index, (length, code) in automaton.iter(folded.folded):
        start = end_index - length + 2
        o_start, o_end = folded.span(start, end_index)
        span = folded.original[o_start:o_end]
        if span[:1].isalpha() and span[:1].islower() and span.isascii():
            continue  # "china" in lower case is porcelain, "chile" a pepper
        if len(span) <= 3 and not span.isupper():
            continue
        raw.append(CountryHit(o_start, o_end, code))
    raw.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[CountryHit] = []
    for hit in raw:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out
