"""The regime's Partners (ISO 3166-1 alpha-2 codes) and the Point of Contact, for accounts and markings.

The 35 MTCR Partners; a regime that admits a new Partner adds its code here. An outreach guest comes from a
state that is *not* a Partner.
"""

from __future__ import annotations

import re

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
