"""The regime's Partners (ISO 3166-1 alpha-2 codes) and the Point of Contact, for accounts and markings.

The 35 MTCR Partners; a regime that admits a new Partner adds its code here. An outreach guest comes from a
state that is *not* a Partner.
"""

from __future__ import annotations

import re
import unicodedata

from epoc.model.access import POC, Role
from epoc.model.errors import InvalidInput

PARTNERS: dict[str, str] = {
    "AR": "Argentina",
    "AU": "Australia",
    "AT": "Austria",
    "BE": "Belgium",
    "BR": "Brazil",
    "BG": "Bulgaria",
    "CA": "Canada",
    "CZ": "Czechia",
    "DK": "Denmark",
    "FI": "Finland",
    "FR": "France",
    "DE": "Germany",
    "GR": "Greece",
    "HU": "Hungary",
    "IS": "Iceland",
    "IN": "India",
    "IE": "Ireland",
    "IT": "Italy",
    "JP": "Japan",
    "LU": "Luxembourg",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "NO": "Norway",
    "PL": "Poland",
    "PT": "Portugal",
    "KR": "Republic of Korea",
    "RU": "Russian Federation",
    "ZA": "South Africa",
    "ES": "Spain",
    "SE": "Sweden",
    "CH": "Switzerland",
    "TR": "Türkiye",
    "UA": "Ukraine",
    "GB": "United Kingdom",
    "US": "United States",
}
_STATE = re.compile(r"^[A-Z]{2}$")


def partner_name(code: str | None) -> str:
    if code is None:
        return "—"
    if code == POC:
        return "Point of Contact"
    return PARTNERS.get(code, code)


def check_affiliation(role: Role, partner: str | None) -> str | None:
    """The affiliation an account of ``role`` may have, upper-cased, or ``InvalidInput`` saying why not.

    Officers, licensing officers and list editors belong to a Partner or to the POC; a POC administrator to
    the POC (the default); an outreach guest to a state that is not a Partner (optional)."""
    code = partner.strip().upper() if partner else None
    if role is Role.OUTREACH_GUEST:
        if code is None:
            return None
        if code == POC or code in PARTNERS:
            raise InvalidInput(f"an outreach guest comes from a non-Partner state; {code} is a Partner")
        if not _STATE.match(code):
            raise InvalidInput(f"{code!r} is not a two-letter country code")
        return code
    if role is Role.POC_ADMIN:
        if code not in (None, POC):
            raise InvalidInput(f"a POC administrator belongs to the Point of Contact ({POC}), not {code}")
        return POC
    if code is None:
        raise InvalidInput(f"a {role.value} belongs to a Partner: give its code (e.g. FR) or {POC}")
    if code != POC and code not in PARTNERS:
        raise InvalidInput(f"{code!r} is not a Partner code (known: {', '.join(sorted(PARTNERS))}, {POC})")
    return code


# Where a message comes from when its sender names no country: the Partner's capital ("DFAT CANBERRA") or
# its foreign ministry ("FCO", "QUAI D'ORSAY"). Upper case, accents removed; several spellings per Partner
# where originators write them. Ambiguous acronyms (MFA, MOFA, UD, UM) are left out on purpose: better no
# sponsor (the importer then asks for --partner) than a wrong one.
PARTNER_CAPITALS: dict[str, str] = {
    "BUENOS AIRES": "AR", "CANBERRA": "AU", "VIENNA": "AT", "WIEN": "AT", "BRUSSELS": "BE",
    "BRUXELLES": "BE", "BRUSSEL": "BE", "BRASILIA": "BR", "SOFIA": "BG", "OTTAWA": "CA", "PRAGUE": "CZ",
    "PRAHA": "CZ", "COPENHAGEN": "DK", "KOBENHAVN": "DK", "HELSINKI": "FI", "PARIS": "FR", "BERLIN": "DE",
    "BONN": "DE", "ATHENS": "GR", "ATHINA": "GR", "BUDAPEST": "HU", "REYKJAVIK": "IS", "NEW DELHI": "IN",
    "DUBLIN": "IE", "ROME": "IT", "ROMA": "IT", "TOKYO": "JP", "THE HAGUE": "NL", "DEN HAAG": "NL",
    "WELLINGTON": "NZ", "OSLO": "NO", "WARSAW": "PL", "WARSZAWA": "PL", "LISBON": "PT", "LISBOA": "PT",
    "SEOUL": "KR", "MOSCOW": "RU", "MOSKVA": "RU", "PRETORIA": "ZA", "MADRID": "ES", "STOCKHOLM": "SE",
    "BERN": "CH", "BERNE": "CH", "ANKARA": "TR", "KYIV": "UA", "KIEV": "UA", "LONDON": "GB",
    "WASHINGTON": "US", "WASHDC": "US",
}  # fmt: skip
FOREIGN_MINISTRIES: dict[str, str] = {
    "DFAT": "AU", "DEPARTMENT OF FOREIGN AFFAIRS AND TRADE": "AU", "BMEIA": "AT", "ITAMARATY": "BR",
    "GLOBAL AFFAIRS CANADA": "CA", "GAC": "CA", "DFAIT": "CA", "DFATD": "CA", "MZV": "CZ",
    "MEAE": "FR", "MAEE": "FR", "QUAI D'ORSAY": "FR", "QUAI D ORSAY": "FR",
    "MINISTERE DES AFFAIRES ETRANGERES": "FR", "MINISTERE DE L'EUROPE ET DES AFFAIRES ETRANGERES": "FR",
    "AUSWAERTIGES AMT": "DE", "AUSWARTIGES AMT": "DE", "MEA": "IN", "DFA": "IE", "MAECI": "IT",
    "FARNESINA": "IT", "GAIMUSHO": "JP", "MINBUZA": "NL", "BUZA": "NL", "MFAT": "NZ", "MSZ": "PL",
    "MOFAT": "KR", "DIRCO": "ZA", "MAEC": "ES", "MAEUEC": "ES", "EDA": "CH", "DFAE": "CH", "FDFA": "CH",
    "FCO": "GB", "FCDO": "GB", "FOREIGN OFFICE": "GB", "FOREIGN AND COMMONWEALTH OFFICE": "GB",
    "FOREIGN, COMMONWEALTH AND DEVELOPMENT OFFICE": "GB", "SECSTATE": "US", "STATE DEPARTMENT": "US",
    "DEPARTMENT OF STATE": "US",
}  # fmt: skip


def partner_by_ministry(sender: str) -> str | None:
    """The Partner whose foreign ministry a sender line names: ``FROM: FCO LONDON`` -> GB."""
    return _first_named(FOREIGN_MINISTRIES, sender)


def partner_by_capital(sender: str) -> str | None:
    """The Partner whose capital a sender line names: ``FROM: DFAT CANBERRA`` -> AU."""
    return _first_named(PARTNER_CAPITALS, sender)


def _first_named(table: dict[str, str], text: str) -> str | None:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    folded = re.sub(r"[’`]", "'", folded)
    hits = [
        (m.start(), code)
        for name, code in table.items()
        if (m := re.search(rf"(?<![A-Z]){re.escape(name)}(?![A-Z])", folded))
    ]
    return min(hits)[1] if hits else None
