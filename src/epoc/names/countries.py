"""Country names in any language to ISO 3166-1 alpha-2 codes (countrynames, plus what it lacks)."""

from __future__ import annotations

import re
from functools import lru_cache

import countrynames

# Names met in real lists that countrynames does not know (checked against the lists in shared/data/raw).
_SUPPLEMENT = {
    "북한": "KP",
    "조선": "KP",
    "한국": "KR",
    "대한민국": "KR",
    "튀르키예": "TR",
    "türkiye": "TR",
    "turkiye": "TR",
    "북마케도니아": "MK",
    "crimea region of ukraine": "UA",
    "crimea": "UA",
    "dprk": "KP",
    "korea, democratic people's republic of": "KP",
    "iran, islamic republic of": "IR",
}

_CODE = re.compile(r"^[A-Za-z]{2}$")
_SPLIT = re.compile(r"\s*(?:/|;|\b\d\)\s*)\s*")


@lru_cache(maxsize=4096)
def to_country_code(text: str | None) -> str | None:
    """``"Democratic People's Republic of Korea"`` -> ``"KP"``; ``"이란"`` -> ``"IR"``; unknown -> None."""
    if not text:
        return None
    cleaned = text.strip().strip(".,;")
    if not cleaned:
        return None
    if _CODE.match(cleaned):
        code = cleaned.upper()
        return code if countrynames.to_code(code) == code or code in {"XK"} else None
    supplement = _SUPPLEMENT.get(cleaned.casefold())
    if supplement:
        return supplement
    found = countrynames.to_code(cleaned)
    return found.upper() if found else None


def country_codes(text: str | None) -> list[str]:
    """Every country named in a field that may list several: ``"1) Iran 2) Syria"``, ``"중국/홍콩"``."""
    if not text:
        return []
    whole = to_country_code(text)
    if whole:
        return [whole]
    codes: list[str] = []
    for part in _SPLIT.split(text):
        code = to_country_code(part)
        if code and code not in codes:
            codes.append(code)
    return codes
