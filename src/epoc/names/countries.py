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
# The two-letter codes countrynames reads as themselves (ISO 3166-1, a few reserved ones, XK): a query
# giving codes is answered without loading countrynames' alias table, a second or so per process.
# tests/test_matching.py checks this against the installed countrynames.
_CODES = """
    AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CU CV CW CX CY CZ DD DE DG DJ DK DM
    DO DZ EC EE EG EH ER ES ET EU FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
    GW GY HK HM HN HR HT HU IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
    MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
    RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM
    TN TO TR TT TV TW TZ UA UG UM UN US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZR ZW ZZ
"""
CODES = frozenset(_CODES.split())
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
        return code if code in CODES else None
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


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """``"KP"`` -> ``"North Korea"`` (ICU's English name); a value that is not a code is given back as is."""
    if code.upper() not in CODES:
        return code
    import icu

    name = str(icu.Locale("", code.upper()).getDisplayCountry(icu.Locale("en")))
    return name or code


def alias_table() -> dict[str, str]:
    """countrynames' table of normalised aliases -> codes, loaded if it was not (0.9 s: each of its 27,000
    aliases is normalised through ICU), to be kept by the caller (``adopt_alias_table``)."""
    if not countrynames.COUNTRY_NAMES:
        countrynames.to_code.cache_clear()  # its answers are cached: a cached one loads nothing
        countrynames.to_code("XX")
    return dict(countrynames.COUNTRY_NAMES)


def alias_table_loaded() -> bool:
    """Has this process countrynames' table already (loaded, or adopted)?"""
    return bool(countrynames.COUNTRY_NAMES)


def adopt_alias_table(table: dict[str, str]) -> None:
    """Use a table ``alias_table`` gave earlier (of the same countrynames version) instead of loading it."""
    if not countrynames.COUNTRY_NAMES:
        countrynames.COUNTRY_NAMES.update(table)
