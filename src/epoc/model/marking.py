"""Security markings: classification and releasability, parsed, compared and combined.

A marking travels with everything derived from what it marks; when several things are combined the
strictest marking wins (``Marking.strictest``). Nothing here ever lowers a marking.

Grammar understood by ``Marking.parse`` (case-insensitive, ``//`` or ``/`` between parts):

- classification: ``UNCLASSIFIED``/``U``, ``RESTRICTED``/``R``, ``CONFIDENTIAL``/``C``, ``SECRET``/``S``;
- releasability: ``REL MTCR`` (all Partners), ``REL FR, DE`` or ``REL TO FR DE`` (named Partners),
  ``<CODE> ONLY``/``ORCON <CODE>`` (originating Partner's own government only), ``PUBLIC`` (no restriction);
- caveats: ``NOT FOR OUTREACH`` (never shown to outreach guests);
- ``NOFORN``/``NF`` ("not releasable to foreign nationals"): the originating Partner only, never another
  country (with no originator known, the POC only);
- ``SBU``/``FOUO`` (sensitive but unclassified): UNCLASSIFIED, but not public — every Partner, no outreach.

Partner codes are ISO 3166-1 alpha-2 (``FR``); the alpha-3 codes originators write (``REL TO USA, FRA``)
are read as theirs. Given the originator, a ``REL`` list always includes it (an originator never withholds
from itself).

**A bare classification.** ``Marking.parse`` reads a marking *of a whole thing circulated on the ePOC* —
a list's or a document's banner, the marking an upload is given: there a classification without a release
line (``CONFIDENTIAL``) is Partner-only, ``REL MTCR`` (the ePOC is a Partner-only system: circulating is the
release). ``Marking.parse_portion`` reads a *portion mark inside an originator's message*, where the
originator marks each paragraph for release: a classified portion without a release line (``(C)``, ``(S)``,
``(R)``) is for the originator only; ``(U)`` is public; ``(SBU)`` is every Partner's.

Examples: ``CONFIDENTIAL // REL MTCR``, ``(C/REL MTCR)``, ``UNCLASSIFIED``, ``RESTRICTED // REL FR, DE``,
``(C//NOFORN)``, ``(S/NF)``, ``(C//REL TO USA, GBR)``.

**National markings** (``canonical``). Partners mark in their national systems: ``VS-VERTRAULICH``,
``CONFIDENTIEL – DIFFUSION RESTREINTE``, ``UK RESTRICTED``, ``OFFICIAL-SENSITIVE``, ``RISERVATO``,
``DIFUSIÓN LIMITADA``, ``STG. GEHEIM``, ``極秘``, ``대외비``, ``СЕКРЕТНО`` … Each national level is read as
the regime level it is exchanged at (``NATIONAL_LEVELS``, from the equivalence tables of the Partners'
security agreements), never lower: where one word is two levels in two systems (``RESERVADO``: SECRET in
Spain, RESTRICTED in Portugal) the originator's system decides (the ``originator`` or a country prefix, ``UK
RESTRICTED``), else the stricter reading. Several classifications in one marking (``VS-VERTRAULICH /
CONFIDENTIAL``) give the strictest. Spaced dashes and a bracketed release line separate parts like ``//``
(``CONFIDENTIAL - REL MTCR``, ``CONFIDENTIAL (REL MTCR)``); ``MTCR PARTNERS ONLY`` and ``NUR FÜR
MTCR-PARTNER`` are ``REL MTCR``; a bare ``MTCR`` part is ``REL MTCR``; ``NATO``/``EU`` as a part or prefix
releases to their members only; a Partner's name alone (``CONFIDENTIAL - AUSTRALIA``) says whose system the
marking is in. Levels above SECRET (``TOP SECRET``, ``STRENG GEHEIM``, ``機密`` …) are not held on the ePOC:
refused, saying so. The text as written is kept by whoever read it (a document keeps its banner line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

from epoc.model.errors import MarkingError


class Classification(IntEnum):
    UNCLASSIFIED = 0
    RESTRICTED = 1
    CONFIDENTIAL = 2
    SECRET = 3

    @property
    def label(self) -> str:
        return self.name


_CLASS_WORDS: dict[str, Classification] = {
    "UNCLASSIFIED": Classification.UNCLASSIFIED,
    "U": Classification.UNCLASSIFIED,
    "UNCLAS": Classification.UNCLASSIFIED,
    "RESTRICTED": Classification.RESTRICTED,
    "R": Classification.RESTRICTED,
    "CONFIDENTIAL": Classification.CONFIDENTIAL,
    "C": Classification.CONFIDENTIAL,
    "SECRET": Classification.SECRET,
    "S": Classification.SECRET,
}

# The regime's word for "every Partner": REL MTCR. Other regimes' words mean the same here.
ALL_PARTNERS = "MTCR"
_ALL_PARTNER_WORDS = {"MTCR", "PARTNERS", "ALL PARTNERS", "WA", "NSG", "AG"}
_PARTNER_CODE = re.compile(r"^[A-Z]{2,3}$")
_NOFORN = {"NOFORN", "NF", "NO FOREIGN", "NOT RELEASABLE TO FOREIGN NATIONALS", "NO FOREIGN NATIONALS"}
_OUTREACH = {"NOT FOR OUTREACH", "NO OUTREACH"}
# Sensitive but unclassified (and its older US name): not a classification, not public either.
_SENSITIVE = {
    "SBU", "SENSITIVE BUT UNCLASSIFIED", "FOUO", "FOR OFFICIAL USE ONLY", "FOR OFFICIAL USE",
    "LIMITED OFFICIAL USE", "CUI", "CONTROLLED UNCLASSIFIED INFORMATION",
}  # fmt: skip
_ABOVE_CEILING = "TOP SECRET"  # above the highest level the ePOC holds
# The Partners' ISO alpha-3 codes, as originators write them in REL TO lines (and UK for GB).
ALPHA3 = {
    "ARG": "AR", "AUS": "AU", "AUT": "AT", "BEL": "BE", "BRA": "BR", "BGR": "BG", "CAN": "CA", "CZE": "CZ",
    "DNK": "DK", "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "ISL": "IS", "IND": "IN",
    "IRL": "IE", "ITA": "IT", "JPN": "JP", "LUX": "LU", "NLD": "NL", "NZL": "NZ", "NOR": "NO", "POL": "PL",
    "PRT": "PT", "KOR": "KR", "RUS": "RU", "ZAF": "ZA", "ESP": "ES", "SWE": "SE", "CHE": "CH", "TUR": "TR",
    "UKR": "UA", "GBR": "GB", "USA": "US", "UK": "GB",
}  # fmt: skip


class Scope(IntEnum):
    """Who may read, from widest to narrowest."""

    PUBLIC = 0  # anyone, outreach guests included
    PARTNERS = 1  # every Partner and the POC
    NAMED = 2  # only the named Partners (the originator always among them) and the POC


@dataclass(frozen=True, slots=True)
class Marking:
    classification: Classification = Classification.UNCLASSIFIED
    scope: Scope = Scope.PUBLIC
    partners: frozenset[str] = field(default_factory=frozenset)
    not_for_outreach: bool = False

    # -- construction -----------------------------------------------------------------------------
    @classmethod
    def public(cls) -> Marking:
        return cls()

    @classmethod
    def parse(cls, text: str, originator: str | None = None) -> Marking:
        """Parse a banner (the marking of a whole list or document); raise ``MarkingError`` saying which part
        is not understood. A bare classification is Partner-only (``REL MTCR``); ``NOFORN`` is the
        ``originator``'s only."""
        return _read(text, originator)[0]

    @classmethod
    def parse_portion(cls, text: str, originator: str | None = None) -> Marking:
        """Parse a portion mark of an originator's message (``(C)``, ``(C//NOFORN)``, ``(U)``): a classified
        portion without a release line is releasable to the ``originator`` only (the POC only when the
        originator is not known)."""
        marking, released = _read(text, originator)
        if released or marking.classification == Classification.UNCLASSIFIED:
            return marking
        return cls(marking.classification, Scope.NAMED, _own(originator), True)

    # -- combination --------------------------------------------------------------------------------
    def strictest(self, other: Marking) -> Marking:
        """The marking of something derived from both: highest classification, narrowest audience."""
        scope = max(self.scope, other.scope)
        if self.scope == Scope.NAMED and other.scope == Scope.NAMED:
            partners = self.partners & other.partners
        elif self.scope == Scope.NAMED:
            partners = self.partners
        elif other.scope == Scope.NAMED:
            partners = other.partners
        else:
            partners = frozenset()
        return Marking(
            max(self.classification, other.classification),
            scope,
            frozenset(partners),
            self.not_for_outreach or other.not_for_outreach,
        )

    @classmethod
    def strictest_of(cls, markings: Iterable[Marking]) -> Marking:
        """The marking of something derived from all of ``markings``: each folded in with ``strictest``
        (UNCLASSIFIED and public when there are none, which ``strictest`` leaves every marking as it is)."""
        result = cls.public()
        for marking in markings:
            result = result.strictest(marking)
        return result

    def at_least(self, floor: Marking) -> Marking:
        """This marking, raised where needed so that it is never lower than ``floor``."""
        return self.strictest(floor)

    # -- rendering ----------------------------------------------------------------------------------
    @property
    def releasability(self) -> str:
        if self.scope == Scope.PUBLIC:
            return "NOT FOR OUTREACH" if self.not_for_outreach else "PUBLIC"
        if self.scope == Scope.PARTNERS:
            return f"REL {ALL_PARTNERS}"
        return "REL " + ", ".join(sorted(self.partners)) if self.partners else "POC ONLY"

    @property
    def banner(self) -> str:
        if self.scope == Scope.PUBLIC and not self.not_for_outreach:
            return self.classification.label
        return f"{self.classification.label} // {self.releasability}"

    @property
    def portion(self) -> str:
        """The short portion mark: ``(C//REL MTCR)``, ``(U)``."""
        letter = self.classification.label[0]
        if self.scope == Scope.PUBLIC and not self.not_for_outreach:
            return f"({letter})"
        return f"({letter}//{self.releasability})"

    def __str__(self) -> str:
        return self.banner

    def to_json(self) -> dict[str, object]:
        return {
            "classification": self.classification.label,
            "releasability": self.releasability,
            "partners": sorted(self.partners),
            "banner": self.banner,
            "portion": self.portion,
        }


def _own(originator: str | None) -> frozenset[str]:
    return frozenset({_code(originator)}) if originator else frozenset()


def _code(code: str) -> str:
    code = code.strip().upper()
    return ALPHA3.get(code, code)


def _read(text: str, originator: str | None) -> tuple[Marking, bool]:
    """The marking, and whether it said who may read it (a release line or caveat) or only how secret."""
    raw = text.strip()
    if raw.startswith("(") and raw.endswith(")"):
        raw = raw[1:-1]
    if not raw:
        raise MarkingError("empty marking")
    parts = [
        p.strip() for p in re.split(r"\s*//\s*|\s*/\s*|\s*;\s*", canonical(raw, originator)) if p.strip()
    ]
    classification: Classification | None = None
    scope = Scope.PUBLIC
    partners: set[str] = set()
    not_for_outreach = False
    released = False
    noforn = False
    for part in parts:
        if part == _ABOVE_CEILING:
            raise MarkingError(
                f"marking {text!r} is above SECRET (TOP SECRET or a national equivalent): the ePOC holds "
                "nothing above SECRET; circulate it through national channels"
            )
        if part in _CLASS_WORDS:  # two (a national and the regime's): the strictest
            level = _CLASS_WORDS[part]
            classification = level if classification is None else max(classification, level)
        elif part in _SENSITIVE or part.replace("-", " ") in {"SBU NOFORN", "SBU NF"}:
            classification = classification or Classification.UNCLASSIFIED
            scope = max(scope, Scope.PARTNERS)
            released = True
            noforn = noforn or part.endswith(("NOFORN", "NF"))
        elif part == "PUBLIC":
            released = True
        elif part in _OUTREACH:
            not_for_outreach = released = True
        elif part in _NOFORN:
            noforn = released = True
        elif part.startswith("REL"):
            named = _parse_rel(part, text)
            released = True
            if named is None:
                scope = max(scope, Scope.PARTNERS)
            else:
                scope = Scope.NAMED
                partners |= named | _own(originator)
        elif part.startswith("ORCON") or part.endswith(" ONLY"):
            code = _code(part.removeprefix("ORCON").removesuffix(" ONLY"))
            if not _PARTNER_CODE.match(code):
                raise MarkingError(f"marking {text!r}: {part!r} does not name a Partner code")
            scope = Scope.NAMED
            partners.add(code)
            released = True
        else:
            raise MarkingError(f"marking {text!r}: part {part!r} is not a classification or releasability")
    if classification is None:
        raise MarkingError(f"marking {text!r} has no classification (UNCLASSIFIED, CONFIDENTIAL …)")
    if noforn:
        # never for another country: the originator's own (with REL lines, only if named there too)
        own = _own(originator)
        partners = set(own & partners) if scope == Scope.NAMED else set(own)
        scope = Scope.NAMED
    if classification > Classification.UNCLASSIFIED and scope == Scope.PUBLIC:
        # A classified paper without a REL line is still Partner-only: never assume public.
        scope = Scope.PARTNERS
    if scope >= Scope.PARTNERS:
        not_for_outreach = True
    return Marking(classification, scope, frozenset(partners), not_for_outreach), released


def _parse_rel(part: str, original: str) -> frozenset[str] | None:
    """``REL MTCR`` -> None (all Partners); ``REL TO FR, DE`` -> {FR, DE}."""
    rest = part.removeprefix("REL").strip()
    rest = rest.removeprefix("TO").strip()
    if not rest or rest in _ALL_PARTNER_WORDS:
        return None
    codes = {_code(c) for c in re.split(r"[\s,]+", rest) if c and c != "AND"}
    if codes & _ALL_PARTNER_WORDS:
        return None
    bad = sorted(c for c in codes if not _PARTNER_CODE.match(c))
    if bad:
        raise MarkingError(f"marking {original!r}: {', '.join(bad)} is not a Partner code")
    return frozenset(codes)


# -- national markings ------------------------------------------------------------------------------------
# Each Partner's classification words and the regime level they are exchanged at (the equivalences of the
# bilateral security agreements and NATO/EU tables). "SBU" is sensitive but unclassified (every Partner, no
# outreach); TOP SECRET and its equivalents are above what the ePOC holds. Words are written folded: capitals,
# no accents (``canonical`` folds the text the same way).
_R, _C, _S = "RESTRICTED", "CONFIDENTIAL", "SECRET"
NATIONAL_LEVELS: dict[str, dict[str, str]] = {
    "DE": {"VS-NUR FUR DEN DIENSTGEBRAUCH": _R, "VS-NUR FUER DEN DIENSTGEBRAUCH": _R, "VS-NFD": _R,
           "VS-VERTRAULICH": _C, "GEHEIM": _S, "STRENG GEHEIM": _ABOVE_CEILING},
    "AT": {"EINGESCHRANKT": _R, "VERTRAULICH": _C, "GEHEIM": _S, "STRENG GEHEIM": _ABOVE_CEILING},
    "CH": {"VERTRAULICH": _C, "GEHEIM": _S},
    "FR": {"NON CLASSIFIE": "UNCLASSIFIED", "NON PROTEGE": "UNCLASSIFIED", "DIFFUSION RESTREINTE": _R,
           "CONFIDENTIEL DEFENSE": _C, "CONFIDENTIEL": _C, "CONFIDENTIELLE": _C, "SECRET DEFENSE": _S,
           "TRES SECRET DEFENSE": _ABOVE_CEILING, "TRES SECRET": _ABOVE_CEILING},
    "GB": {"OFFICIAL-SENSITIVE": _R, "OFFICIAL SENSITIVE": _R, "OFFICIAL": "SBU"},
    "US": {"CUI": "SBU", "CONTROLLED UNCLASSIFIED INFORMATION": "SBU", "FOR OFFICIAL USE": "SBU"},
    "AU": {"OFFICIAL: SENSITIVE": _R, "OFFICIAL:SENSITIVE": _R, "PROTECTED": _C},
    "CA": {"PROTECTED A": "SBU", "PROTECTED B": _R, "PROTECTED C": _C},
    "NZ": {"IN-CONFIDENCE": _R, "IN CONFIDENCE": _R, "SENSITIVE": _R},
    "IT": {"NON CLASSIFICATO": "UNCLASSIFIED", "RISERVATO": _R, "RISERVATISSIMO": _C, "SEGRETO": _S,
           "SEGRETISSIMO": _ABOVE_CEILING},
    "ES": {"SIN CLASIFICAR": "UNCLASSIFIED", "DIFUSION LIMITADA": _R, "CONFIDENCIAL": _C, "RESERVADO": _S,
           "SECRETO": _ABOVE_CEILING},
    "PT": {"RESERVADO": _R, "CONFIDENCIAL": _C, "SECRETO": _S, "MUITO SECRETO": _ABOVE_CEILING},
    "BR": {"RESERVADO": _R, "SECRETO": _S, "ULTRASSECRETO": _ABOVE_CEILING},
    "NL": {"ONGERUBRICEERD": "UNCLASSIFIED", "DEPARTEMENTAAL VERTROUWELIJK": _R, "DEP. VERTROUWELIJK": _R,
           "STG. CONFIDENTIEEL": _C, "STG CONFIDENTIEEL": _C, "CONFIDENTIEEL": _C, "STG. GEHEIM": _S,
           "STG GEHEIM": _S, "STG. ZEER GEHEIM": _ABOVE_CEILING, "ZEER GEHEIM": _ABOVE_CEILING},
    "BE": {"BEPERKTE VERSPREIDING": _R, "VERTROUWELIJK": _C, "GEHEIM": _S, "ZEER GEHEIM": _ABOVE_CEILING},
    "SE": {"BEGRANSAT HEMLIG": _R, "KONFIDENTIELL": _C, "HEMLIG": _S, "KVALIFICERAT HEMLIG": _ABOVE_CEILING},
    "NO": {"BEGRENSET": _R, "KONFIDENSIELT": _C, "HEMMELIG": _S, "STRENGT HEMMELIG": _ABOVE_CEILING},
    "DK": {"TIL TJENESTEBRUG": _R, "FORTROLIGT": _C, "HEMMELIGT": _S, "YDERST HEMMELIGT": _ABOVE_CEILING},
    "FI": {"KAYTTO RAJOITETTU": _R, "LUOTTAMUKSELLINEN": _C, "SALAINEN": _S,
           "ERITTAIN SALAINEN": _ABOVE_CEILING},
    "PL": {"ZASTRZEZONE": _R, "POUFNE": _C, "TAJNE": _S, "SCISLE TAJNE": _ABOVE_CEILING},
    "CZ": {"VYHRAZENE": _R, "DUVERNE": _C, "TAJNE": _S, "PRISNE TAJNE": _ABOVE_CEILING},
    "HU": {"KORLATOZOTT TERJESZTESU": _R, "BIZALMAS": _C, "TITKOS": _S, "SZIGORUAN TITKOS": _ABOVE_CEILING},
    "TR": {"HIZMETE OZEL": _R, "OZEL": _C, "GIZLI": _S, "COK GIZLI": _ABOVE_CEILING},
    # (HANDLE WITH CARE: how Japanese banners gloss 取扱注意 in English beside it)
    "JP": {"取扱注意": _R, "HANDLE WITH CARE": _R, "部外秘": _R, "秘": _C, "極秘": _S, "特定秘密": _S,
           "機密": _ABOVE_CEILING},
    "KR": {"대외비": _R, "III급비밀": _C, "3급비밀": _C, "Ⅲ급비밀": _C, "II급비밀": _S, "2급비밀": _S,
           "Ⅱ급비밀": _S, "I급비밀": _ABOVE_CEILING, "1급비밀": _ABOVE_CEILING, "Ⅰ급비밀": _ABOVE_CEILING},
    "RU": {"ДСП": _R, "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ": _R, "СЕКРЕТНО": _S,
           "СОВЕРШЕННО СЕКРЕТНО": _ABOVE_CEILING},
    "UA": {"ДСК": _R, "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ": _R, "ТАЄМНО": _S, "ЦІЛКОМ ТАЄМНО": _ABOVE_CEILING},
    "*": {"TOP SECRET": _ABOVE_CEILING, "COSMIC TOP SECRET": _ABOVE_CEILING},
}  # fmt: skip
_STRICTNESS = ("UNCLASSIFIED", "SBU", _R, _C, _S, _ABOVE_CEILING)
# The EU's own markings name the level in French, then UE (RESTREINT UE / EU RESTRICTED): the EU's bloc.
_EU_OWN = re.compile(r"\b(TRES SECRET|SECRET|CONFIDENTIEL|RESTREINT) UE\b")
_EU_LEVELS = {"TRES SECRET": "TOP SECRET", "SECRET": _S, "CONFIDENTIEL": _C, "RESTREINT": _R}
# National words that are everyday English too ("Official", "Protected"): a marking only when written in
# capitals, as the regime's own words are; the others are read in any case ("Diffusion Restreinte").
_ENGLISH_LOOKING = {
    "OFFICIAL", "SENSITIVE", "PROTECTED", "IN CONFIDENCE", "IN-CONFIDENCE", "HANDLE WITH CARE",
    "FOR OFFICIAL USE",
}  # fmt: skip
# NATO and the EU release to their members only (both narrower than every Partner: never widened to REL MTCR).
_BLOCS = {
    "NATO": "AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US",
    "EU": "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
}
# A Partner named on its own or before its classification: whose system the marking is in.
_COUNTRY_NAMES = {
    "ARGENTINA": "AR", "AUSTRALIA": "AU", "AUSTRIA": "AT", "BELGIUM": "BE", "BRAZIL": "BR", "BULGARIA": "BG",
    "CANADA": "CA", "CZECH REPUBLIC": "CZ", "CZECHIA": "CZ", "DENMARK": "DK", "FINLAND": "FI", "FRANCE": "FR",
    "GERMANY": "DE", "GREECE": "GR", "HUNGARY": "HU", "ICELAND": "IS", "INDIA": "IN", "IRELAND": "IE",
    "ITALY": "IT", "JAPAN": "JP", "LUXEMBOURG": "LU", "NETHERLANDS": "NL", "NEW ZEALAND": "NZ",
    "NORWAY": "NO", "POLAND": "PL", "PORTUGAL": "PT", "REPUBLIC OF KOREA": "KR", "KOREA": "KR", "ROK": "KR",
    "RUSSIA": "RU",
    "SOUTH AFRICA": "ZA", "SPAIN": "ES", "SWEDEN": "SE", "SWITZERLAND": "CH", "TURKEY": "TR", "TURKIYE": "TR",
    "UKRAINE": "UA", "UNITED KINGDOM": "GB", "UNITED STATES": "US", "USA": "US", "UK": "GB", "US": "US",
    "DEU": "DE", "FRA": "FR", "GBR": "GB", "ITA": "IT", "ESP": "ES", "NLD": "NL", "JPN": "JP", "KOR": "KR",
    "AUS": "AU", "CAN": "CA",
}  # fmt: skip
_ONLY = {"SPECIAL FRANCE": "FR ONLY", "NUR FUR DEUTSCHE": "DE ONLY"}  # national words for "ours only"
_WORDS: dict[str, dict[str, str]] = {}
for _country, _levels in NATIONAL_LEVELS.items():
    for _word, _reading in _levels.items():
        _WORDS.setdefault(_word, {})[_country] = _reading
_NATIONAL = re.compile(
    r"(?<![A-Z0-9])("
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![A-Z0-9])"
)
_PREFIX = re.compile(
    r"^("
    + "|".join(re.escape(w) for w in sorted([*_COUNTRY_NAMES, *_BLOCS, "MTCR"], key=len, reverse=True))
    + r")\b\s*"
)
_REGIME_ONLY = re.compile(
    r"^(?:(?:NUR\s+FUE?R\s+)?MTCR[- ]PARTNERS?(?:\s+ONLY)?|MTCR|(?:ALL\s+)?PARTNERS\s+ONLY)$"
)
_CLASS = r"(?:UNCLASSIFIED|UNCLAS|RESTRICTED|CONFIDENTIAL|SECRET|SBU|TOP SECRET)"
_CLASS_THEN_REL = re.compile(rf"^({_CLASS})\s+(?=REL\b|NOFORN\b|MTCR\b|NOT FOR OUTREACH\b)")
_STARTS_CLASS = re.compile(rf"^{_CLASS}\b")


def _fold(text: str) -> str:
    """Capitals without accents (``FÜR`` -> ``FUR``, ``DIFUSIÓN`` -> ``DIFUSION``); Hangul and Han kept."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept).upper()


def _fold_marking(text: str) -> str:
    """The text folded (``_fold``), German markings' VS- joined however spaced (VS - NUR FUR DEN
    DIENSTGEBRAUCH is VS-NfD, not two parts)."""
    return re.sub(r"\bVS\s*[-\u2010-\u2015]\s*(?=[A-Z])", "VS-", _fold(text))


def canonical(text: str, originator: str | None = None) -> str:
    """A marking written in a national system, in the regime's words, parts separated by ``//`` (see the
    module's rule): ``VS-VERTRAULICH / CONFIDENTIAL - REL MTCR`` -> ``CONFIDENTIAL // CONFIDENTIAL // REL
    MTCR``; ``UK RESTRICTED`` -> ``RESTRICTED``. Text that is not a marking comes back folded, unchanged
    otherwise (``Marking.parse`` says what it cannot read)."""
    folded = _fold_marking(text)
    folded = _EU_OWN.sub(lambda m: f"EU {_EU_LEVELS[m.group(1)]}", folded)
    folded = re.sub(r"\s+[-\u2010-\u2015]\s+", " // ", folded)  # spaced dashes separate parts
    folded = re.sub(r"\s*\((REL\b[^()]*|NOFORN|NOT FOR OUTREACH)\)\s*$", r" // \1", folded)
    parts = [p.strip() for p in re.split(r"\s*//\s*|\s*/\s*|\s*;\s*", folded) if p.strip()]
    owner = _code(originator) if originator else None
    kept: list[str] = []
    for written in parts:  # a Partner's or bloc's name alone or before a classification: whose system it is
        part = written
        prefix = _PREFIX.match(part)
        while prefix:
            rest = part[prefix.end() :].strip()
            if rest and not (_STARTS_CLASS.match(rest) or _NATIONAL.match(rest) or _PREFIX.match(rest)):
                break  # "US ONLY", "UK EYES ONLY": a release line, read as one
            word = prefix.group(1)
            if word == "MTCR":
                kept.append("REL MTCR")
            elif word in _BLOCS:
                kept.append("REL TO " + ", ".join(_BLOCS[word].split()))
            elif owner is None:
                owner = _COUNTRY_NAMES[word]
            part = rest
            prefix = _PREFIX.match(part)
        if part:
            kept.append(part)
    out: list[str] = []
    for part in kept:
        for piece in _CLASS_THEN_REL.sub(r"\1 // ", _regime_words(part, owner)).split(" // "):
            out.append("REL MTCR" if _REGIME_ONLY.match(piece) else piece)
    return " // ".join(out)


def national_words_in(text: str) -> bool:
    """Whether ``text`` holds a Partner's own classification words that are not everyday English
    (``Diffusion Restreinte``, ``Секретно``, ``RESTREINT UE``), in any case: a line made of them is a
    marking however it is capitalised."""
    folded = _fold_marking(text)
    if _EU_OWN.search(folded):
        return True
    return any(m.group(1) not in _ENGLISH_LOOKING for m in _NATIONAL.finditer(folded))


def _regime_words(part: str, owner: str | None) -> str:
    """One part in the regime's words: national release lines and levels replaced."""
    if part in _ONLY:
        return _ONLY[part]
    if part.endswith(" EYES ONLY"):  # "UK EYES ONLY": that Partner's own
        who = part.removesuffix(" EYES ONLY")
        return f"{_COUNTRY_NAMES.get(who, who)} ONLY"
    if _is_regime_part(part):
        return part
    return _NATIONAL.sub(lambda m: _level(m.group(1), owner), part)


def _is_regime_part(part: str) -> bool:
    """A part in the regime's own words (left as it is: ``FOR OFFICIAL USE ONLY`` is not ``OFFICIAL``)."""
    return (
        part in _CLASS_WORDS
        or part in _SENSITIVE
        or part in _NOFORN
        or part in _OUTREACH
        or part.startswith(("REL ", "RELEASABLE ", "ORCON"))
        or (part.endswith(" ONLY") and not _REGIME_ONLY.match(part))
    )


def _level(word: str, owner: str | None) -> str:
    readings = _WORDS[word]
    if owner in readings:
        return readings[owner]
    return max(readings.values(), key=_STRICTNESS.index)
