"""A message's header: the date-time group, FROM/FM, TO, SUBJECT/SUBJ and the classification line, read
into the document's originator Partner, date and title.

Cables and POC messages open with lines such as::

    CLASSIFICATION: CONFIDENTIAL//NOFORN
    R 311405Z OCT 25                       (or  DTG: 311405Z OCT 25)
    FM: SECSTATE WASHDC                    (or  FROM: United States POC)
    TO: MTCR PARTNERS
    SUBJECT: (U) MTCR: PROCUREMENT OF GYROSCOPES

Only the head of the text is read (a message's header comes first). The originator is a Partner's code: a
code (``US``, ``USA``), a country's name, a capital or a sending post (``SECSTATE WASHDC``, ``AMEMBASSY
PARIS``: a US cable, whatever embassy sends it) — never a guess from any other word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from epoc.model.marking import ALPHA3
from epoc.model.partners import PARTNERS
from epoc.names.countries import to_country_code

_HEAD = 4000  # characters: a message's header is at its top
_MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
# "R 311405Z OCT 25", "DTG: 311405Z OCT 2025", "O 051200Z DEC 26" (precedence letter optional)
_DTG = re.compile(
    r"^[ \t]*(?:DTG[ \t]*:?[ \t]*|[RPOZ][ \t]+)?(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Z]{3})[ \t]+(\d{2}|\d{4})\b",
    re.MULTILINE | re.IGNORECASE,
)
# "From: …" in any case with its colon; "FM SECSTATE WASHDC" in capitals without one (as cables write them)
_FIELD = re.compile(
    r"^[ \t]*(?:(?i:(FROM|FM|TO|SUBJECT|SUBJ|CLASSIFICATION)[ \t]*:)|(FROM|FM|TO|SUBJ)[ \t])"
    r"[ \t]*(\S[^\n]*)$",
    re.MULTILINE,
)
_MARK = re.compile(r"^\((?:SBU|FOUO|U|R|C|S)(?:\s*[/-]{1,2}\s*[A-Z][A-Z ,/-]*?)?\)\s*")
# Sending posts and capitals that name a Partner in a FROM line (US cables: every post is the US).
_POSTS = {
    "SECSTATE": "US", "WASHDC": "US", "AMEMBASSY": "US", "USMISSION": "US", "AMCONSUL": "US",
    "WASHINGTON": "US", "PARIS": "FR", "QUAI D'ORSAY": "FR", "LONDON": "GB", "FCDO": "GB", "FCO": "GB",
    "BERLIN": "DE", "AUSWAERTIGES AMT": "DE", "ROME": "IT", "TOKYO": "JP", "OTTAWA": "CA", "CANBERRA": "AU",
    "THE HAGUE": "NL", "MADRID": "ES", "STOCKHOLM": "SE", "OSLO": "NO", "BERN": "CH", "SEOUL": "KR",
    "WELLINGTON": "NZ", "BRUSSELS": "BE", "VIENNA": "AT", "MOSCOW": "RU",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class MessageHeader:
    dtg: str | None = None  # as written: "311405Z OCT 25"
    sent: date | None = None  # the date-time group's date
    sender: str | None = None  # the FROM/FM line
    recipients: str | None = None  # the TO line
    subject: str | None = None  # without its portion mark
    classification: str | None = None  # the classification line, as written
    partner: str | None = None  # the originating Partner, from the FROM line

    @property
    def is_message(self) -> bool:
        """At least two of the header's lines: a message, not a paper that happens to say "To:"."""
        said = (self.dtg, self.sender, self.recipients, self.subject)
        return sum(1 for v in said if v) >= 2

    def to_json(self) -> dict[str, str]:
        values = {
            "dtg": self.dtg,
            "from": self.sender,
            "to": self.recipients,
            "subject": self.subject,
            "classification": self.classification,
        }
        return {k: v for k, v in values.items() if v}


def read_header(text: str) -> MessageHeader:
    head = text[:_HEAD]
    fields: dict[str, str] = {}
    for match in _FIELD.finditer(head):
        name = (match.group(1) or match.group(2)).upper()
        key = {"FM": "FROM", "SUBJ": "SUBJECT"}.get(name, name)
        fields.setdefault(key, match.group(3).strip())
    dtg = _DTG.search(head)
    sent = _dtg_date(dtg) if dtg else None
    subject = fields.get("SUBJECT")
    if subject:
        subject = _MARK.sub("", subject).strip() or None
    sender = fields.get("FROM")
    return MessageHeader(
        dtg=" ".join(dtg.group(0).split()[-3:]) if dtg else None,
        sent=sent,
        sender=sender,
        recipients=fields.get("TO"),
        subject=subject,
        classification=fields.get("CLASSIFICATION"),
        partner=originator_of(sender) if sender else None,
    )


def originator_of(sender: str) -> str | None:
    """The Partner a FROM line names: ``US``, ``USA``, ``France``, ``SECSTATE WASHDC``, ``UK MFA`` …"""
    cleaned = re.sub(r"[^\w' ,-]", " ", sender).upper()
    for word in re.split(r"[\s,]+", cleaned):
        code = ALPHA3.get(word, word)
        if len(word) in (2, 3) and code in PARTNERS:
            return code
    for post, code in _POSTS.items():
        if re.search(rf"\b{re.escape(post)}\b", cleaned):
            return code
    words = cleaned.split()
    for size in range(min(4, len(words)), 0, -1):  # the longest run of words that names a Partner
        for first in range(len(words) - size + 1):
            named = to_country_code(" ".join(words[first : first + size]).strip(" ,-").title())
            if named in PARTNERS:
                return named
    return None


def _dtg_date(match: re.Match[str]) -> date | None:
    day, _hour, _minute, month, year = match.groups()
    number = _MONTHS.get(month.upper())
    if number is None:
        return None
    full = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(full, number, int(day))
    except ValueError:
        return None
