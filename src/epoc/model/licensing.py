"""The licensing desk's rules, written once: an application, the risk band as the stated result of rules a
person can read, when a denial calls for a no-undercut consultation, and when an approval is refused.

The band is never a number: each rule below names a band and says in words what fires it; the assessment
lists every fact (a screening hit, a denial, the Annex category, the destination, a red flag) as a reason
with its evidence, and the band is the highest band of the rules those facts fire (``low`` when none does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from epoc.model.denial import Binding


class Band(StrEnum):
    LOW = "low"
    ELEVATED = "elevated"
    HIGH = "high"
    PRESUMPTION = "presumption-of-denial"

    @property
    def rank(self) -> int:
        return list(Band).index(self)


class PartyRole(StrEnum):
    CONSIGNEE = "consignee"
    END_USER = "end_user"
    INTERMEDIARY = "intermediary"
    PURCHASER = "purchaser"


# No-undercut looks at who receives and uses the item: the consignee or the end user, on both sides.
CONSULTATION_ROLES = frozenset({PartyRole.CONSIGNEE.value, PartyRole.END_USER.value})


class Outcome(StrEnum):
    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve-with-conditions"
    DENY = "deny"


class ApplicationStatus(StrEnum):
    PENDING = "pending"  # assessed, no consultation
    CONSULTING = "consulting"  # waiting on at least one consultation
    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved-with-conditions"
    DENIED = "denied"


class Answer(StrEnum):
    NO_OBJECTION = "no-objection"
    OBJECTION = "objection"
    MORE_INFORMATION = "more-information"


class ConsultationStatus(StrEnum):
    OPEN = "open"  # no reply yet
    MORE_INFORMATION = "more-information"  # the denying Partner asked for more: still open
    NO_OBJECTION = "no-objection"
    OBJECTION = "objection"


OPEN_STATUSES = frozenset({ConsultationStatus.OPEN.value, ConsultationStatus.MORE_INFORMATION.value})


# -- the application -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ApplicationParty:
    role: PartyRole
    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    address: str | None = None


@dataclass(frozen=True, slots=True)
class ApplicationItem:
    description: str
    annex: str | None = None  # the Annex entry (``2.A.1``); None: not listed (catch-all territory)
    quantity: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A know-your-customer question answered "yes" (a red flag), as the officer or the file stated it."""

    code: str
    question: str
    stated: str


@dataclass(frozen=True, slots=True)
class Application:
    reference: str
    exporter: str
    destination: str  # ISO 3166-1 alpha-2
    end_use: str
    parties: tuple[ApplicationParty, ...]
    items: tuple[ApplicationItem, ...]
    red_flags: tuple[RedFlag, ...] = ()


# -- red flags: the usual know-your-customer questions ---------------------------------------------
# code -> (the question a "yes" to which is a red flag, words that name it in a free-text answer)
RED_FLAGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "end-use-reluctance": (
        "Is the customer reluctant to give information on the end use or the end user?",
        ("reluctan", "end-use information", "end use information", "refuses to say", "will not say"),
    ),
    "unsuited-to-business": (
        "Is the item unsuited to the buyer's line of business?",
        ("unsuited", "does not fit", "line of business", "not fit", "business"),
    ),
    "unusual-routing": (
        "Is the shipping route unusual for the item and the destination?",
        ("routing", "route", "transship", "trans-ship"),
    ),
    "unusual-payment": (
        "Are the payment terms unusual (cash, a third-country payer, well above the market price)?",
        ("payment", "cash", "pays", "paid", "price"),
    ),
    "forwarder-final-consignee": (
        "Is a freight forwarder named as the final consignee?",
        ("forwarder", "freight", "forwarding"),
    ),
    "declines-assurances": (
        "Does the buyer decline end-use assurances, installation, training or maintenance?",
        ("assurance", "installation", "training", "maintenance", "declin"),
    ),
    "vague-delivery": (
        "Are the delivery dates or places vague, or is delivery to an out-of-the-way place?",
        ("vague", "delivery", "out-of-the-way"),
    ),
    "unknown-buyer": (
        "Is the buyer new, with little known background or business history?",
        ("little background", "new customer", "unknown", "no background", "background"),
    ),
    "over-specification": (
        "Do the item's capabilities exceed what the stated end use needs?",
        ("exceed", "over-spec", "specification", "capabilit"),
    ),
}


def red_flag_of(text: str) -> RedFlag:
    """A stated red flag as a structured answer: a code of ``RED_FLAGS`` (given as such, or recognised by
    its words), else ``other`` with the text as stated."""
    stated = text.strip()
    key = re.sub(r"[\s_]+", "-", stated.lower())
    if key in RED_FLAGS:
        return RedFlag(key, RED_FLAGS[key][0], stated)
    lowered = stated.lower()
    for code, (question, words) in RED_FLAGS.items():
        if any(word in lowered for word in words):
            return RedFlag(code, question, stated)
    return RedFlag("other", "Anything else in the file that does not add up?", stated)


# -- destinations with programmes of concern -------------------------------------------------------
# Public sources only: the countries whose missile programmes UN Security Council resolutions address, and
# Syria's (named in Partners' public statements). One table, so that a Partner's own view is one edit here.
PROGRAMMES_OF_CONCERN: dict[str, tuple[str, ...]] = {
    "IR": ("Iran: ballistic missile and space launch programmes (UNSCR 1737, 1929, 2231)",),
    "KP": ("DPRK: ballistic missile programme (UNSCR 1718, 1874, 2087, 2094, 2270, 2321, 2397)",),
    "SY": ("Syria: ballistic missile programme",),
}


# -- the rules of the band -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Facts:
    """What the assessment found, counted: the rules read only these."""

    categories: frozenset[str] = frozenset()  # the Annex categories of the items ("I", "II")
    listed_parties: int = 0  # parties the engine matches to a list entity
    possible_parties: int = 0  # parties resembling a list entity below the match threshold
    undercut_denials: int = 0  # other Partners' binding denials of an essentially identical transaction
    own_denials: int = 0  # the applying Partner's own binding denials of one
    information_denials: int = 0  # denials naming a party that do not bind this transaction
    concern_destination: bool = False
    red_flags: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    band: Band
    code: str
    text: str
    fires: Callable[[Facts], bool]


RULES: tuple[Rule, ...] = (
    Rule(Band.PRESUMPTION, "category-one", "a Category I item: a strong presumption of denial",
         lambda f: "I" in f.categories),
    Rule(Band.HIGH, "listed-party", "a party is the same as an entity on the list or a public list",
         lambda f: f.listed_parties > 0),
    Rule(Band.HIGH, "undercut", "another Partner denied an essentially identical transaction: consult first",
         lambda f: f.undercut_denials > 0),
    Rule(Band.HIGH, "own-denial", "your own Partner denied an essentially identical transaction",
         lambda f: f.own_denials > 0),
    Rule(Band.HIGH, "listed-item-to-concern", "an Annex item to a destination with a programme of concern",
         lambda f: f.concern_destination and bool(f.categories)),
    Rule(Band.HIGH, "red-flags", "three or more red flags", lambda f: f.red_flags >= 3),
    Rule(Band.ELEVATED, "concern-destination", "a destination with a programme of concern",
         lambda f: f.concern_destination),
    Rule(Band.ELEVATED, "red-flag", "a red flag", lambda f: f.red_flags > 0),
    Rule(Band.ELEVATED, "possible-party", "a party resembles a list entity (below the match threshold)",
         lambda f: f.possible_parties > 0),
    Rule(Band.ELEVATED, "denial-information", "a denial names a party (for information, it does not bind)",
         lambda f: f.information_denials > 0),
)  # fmt: skip


def fired_rules(facts: Facts) -> list[Rule]:
    return [rule for rule in RULES if rule.fires(facts)]


def band_of(facts: Facts) -> Band:
    """The highest band of the rules the facts fire; low when none does."""
    return max((rule.band for rule in fired_rules(facts)), key=lambda b: b.rank, default=Band.LOW)


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of the assessment and the evidence behind it (JSON-ready objects)."""

    kind: str  # screening, possible-match, denial, denial-information, annex, destination, red-flag
    text: str
    evidence: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "evidence": list(self.evidence)}


# -- no-undercut: when a denial calls for a consultation -------------------------------------------
def calls_for_consultation(
    binding: Binding, related_item: bool, matched_roles: Iterable[str], denying: str, applying: str
) -> bool:
    """Consult the denying Partner when its denial binds (``Denial.binding_on``), is of the same or a related
    Annex entry, names the application's consignee or end user as its consignee or end user (the engine
    says so), and is another Partner's."""
    return (
        binding.binds
        and related_item
        and any(role in CONSULTATION_ROLES for role in matched_roles)
        and denying != applying
    )


@dataclass(frozen=True, slots=True)
class ConsultationState:
    consultation_id: int
    partner: str  # the denying Partner
    status: str
    due: date


def is_open(consultation: ConsultationState, today: date) -> bool:
    """Still waiting for a final reply, and the reply deadline has not passed."""
    return consultation.status in OPEN_STATUSES and today <= consultation.due


def approval_refused(
    consultations: Sequence[ConsultationState], today: date, justification: str | None
) -> str | None:
    """Why an approval is refused now, in one line, or None: a consultation still open (before its
    deadline), or an objection with no recorded justification."""
    for c in consultations:
        if is_open(c, today):
            return (
                f"consultation {c.consultation_id} with {c.partner} is open until {c.due.isoformat()}: "
                "approval waits for its reply or its deadline"
            )
    objections = [c for c in consultations if c.status == ConsultationStatus.OBJECTION.value]
    if objections and not (justification or "").strip():
        named = ", ".join(f"{c.partner} (consultation {c.consultation_id})" for c in objections)
        return f"{named} objected: approving needs a recorded justification (--justification)"
    return None


# -- attachments ----------------------------------------------------------------------------------------
# The files an officer keeps with an application (end-user certificate, contract, technical specification):
# documents and scans, nothing executable or archived. The suffix says what a file claims to be; for the
# kinds with unmistakable first bytes, the bytes must agree (a ".pdf" that is not a PDF is refused).
ATTACHMENT_KINDS: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".txt": ("text/plain", ()),
    ".eml": ("message/rfc822", ()),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
}


def attachment_kind(name: str, head: bytes) -> str:
    """The media type of an attachment named ``name`` whose file begins with ``head``; ``ValueError`` says why
    a file is refused (a kind the desk does not keep, or bytes that are not what the name says)."""
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > 0 else ""
    if suffix not in ATTACHMENT_KINDS:
        kinds = ", ".join(sorted(ATTACHMENT_KINDS))
        said = suffix or "a file without a suffix"
        raise ValueError(f"{name}: attachments are documents or scans ({kinds}), not {said}")
    media_type, magic = ATTACHMENT_KINDS[suffix]
    if magic and not any(head.startswith(m) for m in magic):
        raise ValueError(f"{name}: the file's content is not {suffix[1:].upper()}")
    if (media_type.startswith("text/") or media_type == "message/rfc822") and b"\x00" in head[:4096]:
        raise ValueError(f"{name}: binary content in a text file")
    return media_type
