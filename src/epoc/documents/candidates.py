"""Candidates for new entities, by pattern: organisations, persons, relations, addresses (countries are in
``countries``).

Organisations: a run of capitalised words ending in an organisation-type or legal-form word (``Fajr
Industries Group``, ``Tiber Precision Co., Ltd.``), or opening with one (``Bank Sepah``, ``Institute of
Applied Physics``); in Persian and Arabic after ``شرکت``, ``گروه``, ``صنایع``, ``سازمان`` …; in Chinese a run
ending in ``公司``, ``集团``, ``研究所`` …; in Korean a word ending in ``회사``, ``공사``,
``총국`` …; in Russian after ``ООО``, ``АО``, ``ФГУП`` … with the quoted name. Persons: a title
(``Mr.``, ``General``, ``Dr.``) or a telling
context (``, a national of``, ``, born``) next to capitalised names. Relations: ``a/k/a``, ``f/k/a``, ``also
known as``, ``operating as``, ``successor of`` … with the alias after them and the name before.

A candidate must look like a party. The regime's own vocabulary is not one (``REGIME_VOCABULARY``): "MTCR
Partners", "Point of Contact", the regime's meetings ("the 2009 Plenary", "RPOC", "Technical Experts
Meeting"), the Partners' own foreign ministries and offices that send the messages; nor is the signing
official of a message (a person, or an office, in its sign-off: after "Sincerely", "Best regards", or a
cable's closing name line); and a place after a legal form ("Tiber Trading Co., Ltd. of Dalian") is where the
party is, not part of its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from epoc.documents.countries import CountryHit, is_country_name
from epoc.model import CandidateLabel
from epoc.names.language import CHINESE_FAMILY_NAMES, KOREAN, KOREAN_FAMILY_NAMES, name_language
from epoc.names.script import HANGUL
from epoc.names.syllables import is_east_asian_family_name, reads_as_korean, reads_as_pinyin

_ORG_END = (
    "Group|Company|Companies|Co|Corporation|Corp|Industries|Industry|Industrial|Institute|Institution|"
    "Organi[sz]ation|Bank|Trading|Enterprise|Enterprises|Factory|Factories|Works|Plant|Center|Centre|"
    "Laboratory|Laboratories|Lab|University|Academy|Agency|Bureau|Ministry|Establishment|Holding|Holdings|"
    "Technologies|Technology|Tech|Engineering|Electronics|Aerospace|Aviation|Shipping|Logistics|Systems|"
    "Services|Solutions|Manufacturing|Complex|Consortium|Association|Foundation|Partners|Lines|Airlines|"
    "Limited|Ltd|LLC|L\\.L\\.C|GmbH|FZE|FZCO|FZC|Inc|Incorporated|PLC|Plc|JSC|OJSC|CJSC|PJSC|SA|SARL|AG|BV|"
    "NV|Pte|Bhd|Srl|SpA|Hoesa|Gongsi|Sherkat|Kongsi|Corporation|Import-Export|Imp/Exp|Commission|Council|"
    "Directorate|Office|Department|Command|Force|Forces|Brigade|Regiment|Unit|Station|Shipyard|Yard"
)
# Russian bodies and legal forms written before the name: NPO Mashinostroyeniya, OKB Fakel, OOO Tekhnika
_RUSSIAN_BODIES = "NPO|NPP|NPK|OKB|TsNII|NII|FGUP|FSUE|GUP|OAO|ZAO|PAO|OOO|AO"
_ORG_OPEN = (
    "Bank|Institute|University|Academy|Ministry|Sherkat|Sherkate|Organi[sz]ation|Office|Center|Centre|"
    + _RUSSIAN_BODIES
)
_CONNECT = {
    "of",
    "and",
    "for",
    "&",
    "de",
    "du",
    "des",
    "la",
    "al",
    "el",
    "fur",
    "für",
    "und",
    "y",
    "e",
    "the",
}
_NOT_NAMES = {
    "The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "By", "For", "From", "With", "As",
    "Its", "Their", "His", "Her", "Our", "We", "They", "It", "He", "She", "And", "Or", "But", "If", "When",
    "While", "After", "Before", "Since", "According", "Additionally", "Also", "Both", "Each", "All", "Some",
    "Partner", "Partners", "Paragraph", "Annex", "Item", "Note", "Subject", "Reference", "Ref", "Date",
    "Consignee", "End", "User", "Intermediary", "Denial", "Notification", "Summary", "Section", "Table",
    "M/S", "M/s", "Messrs", "Messrs.",  # "M/s Akhtar & Sons": the courtesy before a firm's name
}  # fmt: skip
_WORD = re.compile(r"[\w][\w'’.&/-]*|&", re.UNICODE)
_END_RE = re.compile(rf"^(?:{_ORG_END})\.?$")
_BODY = re.compile(rf"^(?:{_ORG_END}|{_ORG_OPEN}|Front|Committee|Society|Fund|Union|Movement|Party)$")
_OPEN_RE = re.compile(rf"^(?:{_ORG_OPEN})$")
# A Russian body opening a name is named by what follows, up to "of" a place ("NPO Mashinostroyenia of
# Reutov"), never by what precedes ("Li Fangwei and NPO Mashinostroyenia")
_RUSSIAN_OPEN = re.compile(rf"^(?:{_RUSSIAN_BODIES})$")
_RUSSIAN_BEFORE = re.compile(rf"^(?:{_RUSSIAN_BODIES}|JSC|OJSC|PJSC|MIC)$")

TITLES = (
    r"Mr|Mrs|Ms|Miss|Dr|Prof|Professor|General|Gen|Brigadier General|Brig\. Gen|Lieutenant General|Lt\. Gen|"
    r"Major General|Maj\. Gen|Colonel|Col|Major|Maj|Captain|Capt|Admiral|Adm|Commander|Cmdr|Engineer|Eng|"
    r"Sheikh|Haji|Hajj|Sayyed|Seyed|Director|Chairman|Managing Director|Deputy Director|President|CEO"
)  # what a document writes before a person's name (a regular expression's alternatives)
_TITLE = re.compile(rf"(?:{TITLES})\.?")
_NAME_TOKEN = r"(?:[A-Z][a-z'’-]+|[A-Z]{2,}(?:-[A-Z]+)?|[A-Z]\.)"
_PERSON_TITLED = re.compile(rf"\b(?:{TITLES})\.?\s+((?:{_NAME_TOKEN}\s+){{0,3}}{_NAME_TOKEN})(?![\w])")
_PERSON_CONTEXT = re.compile(
    # (a name may run over a line break, as wrapped text breaks it)
    rf"\b((?:{_NAME_TOKEN}(?:[ \t]+|[ \t]*\n[ \t]*)){{1,3}}{_NAME_TOKEN})"
    r"(?=,?\s+(?:a|an)\s+(?:\w+\s+)?(?:national|citizen|resident)\s+of"
    r"|\s*,?\s+\(?born\b|\s*,\s*(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:director|chairman|president|owner|head|founder|manager|"
    r"managing director|chief executive|general manager|procurement agent|representative)\b)"
)
# A Korean or Chinese name as English prose writes it, family name first and the given name's syllables
# hyphenated (Chang Myong-jin, RI Pyong-chol): a person's name without a title or a telling context
_PERSON_EAST_ASIAN = re.compile(r"\b([A-Z][a-z]{0,4}|[A-Z]{1,5})[ \t]+([A-Z][a-z]{1,6}-[a-z]{1,6})(?![\w-])")
_RELATION = re.compile(
    r"(?P<marker>\b(?:a/k/a|aka|a\.k\.a\.|f/k/a|fka|f\.k\.a\.|d/b/a|dba|also known as|formerly known as|"
    r"previously known as|known as|operating as|trading as|doing business as|successor (?:to|of)|"
    r"renamed|now known as|predecessor of)\b:?)\s*[\"'“‘]?(?P<alias>[^,;()\"”’\n]{2,80}?)[\"”’']?\s*"
    r"(?=[,;)\n]|\.(?:\s|$)|$| and\b)",
    re.IGNORECASE,
)
_ADDRESS_WORDS = (
    r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Lane|Alley|Square|Highway|Expressway|Building|Bldg\.?|"
    r"Tower|Floor|Suite|P\.?\s?O\.?\s?Box|Industrial (?:Zone|Park|Estate)|Free (?:Trade )?Zone|Free Zone|"
    r"Jebel Ali|District|Dong|Gu|Ku|Xiang|Lu|Jie|Ulitsa|ul\.|prospekt|Km\s+\d+"
)
_ADDRESS_WORD = re.compile(rf"\b(?:{_ADDRESS_WORDS})(?!\w)")
_ADDRESS_LEFT = re.compile(
    r"(?:(?:No\.?|Number|Unit|Suite|Room|Flat|Plot)\s*\d+[A-Za-z]?,?\s+|\d+[A-Za-z]?,?\s+)?"
    r"(?:[A-Z0-9][\w'’.-]*\s+){0,5}$"
)
_SEGMENT = r"(?:[^,;\n().]|\.(?![\s]|$)){0,40}"  # a full stop before a space ends the address
_ADDRESS_RIGHT = re.compile(rf"{_SEGMENT}(?:,[ \t]*[A-Z0-9]{_SEGMENT})*")
_ADDRESS_LABEL = re.compile(r"\b(?:Address|Adresse|Located at)\s*:\s*(?P<addr>[^\n]{5,160})", re.IGNORECASE)

_FA_ORG = re.compile(
    r"(?:شرکت|شركة|گروه(?:\s+صنعتی)?|صنایع|سازمان|مؤسسه|موسسه|مجتمع|بانک|بنك|مرکز|دانشگاه|پژوهشگاه|کارخانه)"
    r"(?:\s+[\u0600-\u06FF\u200c]+){1,5}"
)
_FA_KEYWORD = re.compile(
    r"(?<![\u0600-\u06FF])(?:شرکت|شركة|گروه|صنایع|سازمان|مؤسسه|موسسه|مجتمع|بانک|بنك|مرکز|دانشگاه|پژوهشگاه|کارخانه)"
)
_FA_STOP = {"و", "در", "از", "به", "که", "با", "را", "این", "آن", "برای", "است", "بود", "شد", "می", "هم"}
_ZH_ORG = re.compile(
    r"[\u4e00-\u9fff]{2,24}?(?:有限责任公司|股份有限公司|有限公司|总公司|公司|集团|研究所|研究院|研究中心|大学|工厂|制造厂|厂|局)"
)
_ZH_STOP = "的和与向在是了由从为及将对把被给于"
_KO_ORG = re.compile(
    r"[\uac00-\ud7a3]*(?:무역회사|회사|공사|총국|연합기업소|기업소|은행|연구소|연구원|대학|공장|그룹|상사|련합)"
)
_RU_ORG = re.compile(
    r"\b(?:ООО|ОАО|ЗАО|ПАО|АО|ФГУП|ФГУ|НПО|НИИ|ОКБ|КБ|ГК|ТОО)\s*[«\"„“]([^»\"“”]{2,80})[»\"“”]"
    r"|\b(?:[А-ЯЁ][а-яё-]+\s+){1,4}(?:завод|институт|корпорация|компания|объединение|бюро|центр)\b"
    # a defence body's kind and what it builds, unquoted (НПО машиностроения, КБ приборостроения)
    r"|\b(?:НПО|НИИ|ЦНИИ|ОКБ|КБ|НПП|НПК|ФГУП)\s+[А-ЯЁа-яё][а-яё-]{3,}(?:\s+[а-яё][а-яё-]{3,})?"
)


# The regime's vocabulary and the Partners' officialdom: never a party of concern (matched in the text; a
# candidate inside one, or made of nothing else, is dropped).
REGIME_VOCABULARY = re.compile(
    r"\b(?:(?:the\s+)?(?:MTCR|Regime)\s+Partners?|(?:All\s+)?Partners?|Partner\s+(?:States?|Governments?)"
    r"|(?:Reinforced\s+)?Points?\s+of\s+Contact(?:\s+Meeting)?|R?POC|ePOC"
    r"|(?:(?:the\s+)?(?:\d{4}\s+)?(?:[A-Z][a-z]+\s+)?(?:Plenary|Intersessional)(?:\s+Meeting)?)"
    r"|Information\s+Exchange(?:\s+Meeting)?|Technical\s+Experts?\s+Meeting|Licensing\s+and\s+Enforcement"
    r"\s+Experts?\s+Meeting|Technical\s+Outreach\s+Meeting|Round\s+Table|IEM|TEM|LEEM|TOM"
    r"|(?:IE\s+|TEM\s+)?Co-?Chairs?|Chair(?:man|person)?\s+of\s+the\s+\w+"
    r"|Missile\s+Technology\s+Control\s+Regime|MTCR(?:\s+Annex)?|Equipment,?\s+Software\s+and\s+Technology"
    r"\s+Annex|Wassenaar\s+Arrangement|Nuclear\s+Suppliers\s+Group|Australia\s+Group|Hague\s+Code\s+of\s+Conduct"
    r"|(?:U\.S\.\s+|US\s+|United\s+States\s+)?Department\s+of\s+(?:State|Commerce)"
    r"|Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Trade)(?:\s+and\s+\w+)?"
    r"|(?:Federal\s+)?Foreign(?:\s+and\s+Commonwealth)?(?:\s+and\s+Development)?\s+Office"
    r"|Bureau\s+of\s+International\s+Security\s+and\s+Nonproliferation"
    r"|Office\s+of\s+(?:Missile|Nonproliferation|Export\s+Control)[\w\s]{0,40}?(?:Reduction|Policy|Cooperation))"
    r"(?![\w-])"
)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:Best|Kind|Warm)\s+regards|Regards|Sincerely(?:\s+yours)?|Yours\s+(?:sincerely|faithfully)"
    r"|Respectfully|Signed|/s/)\b",
    re.MULTILINE | re.IGNORECASE,
)
_CABLE_SIGNATURE = re.compile(r"\n[ \t]*([A-Z][A-Z'-]+(?:[ \t]+[A-Z][A-Z'-]+){0,2})[ \t]*\s*$")
_OFFICE_WORDS = re.compile(r"\b(?:Office|Department|Ministry|Bureau|Directorate|Agency|Embassy|Mission)\b")
_AFTER_LEGAL_FORM = re.compile(
    r"^(.*?\b(?:Co\.,?\s+Ltd\.?|Ltd\.?|Limited|LLC|L\.L\.C\.?|GmbH|FZE|FZCO|FZC|Inc\.?|Corp\.?|JSC|PLC|Plc|Co\.))"
    r"\s+of\s+\S.*$"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    label: CandidateLabel
    start: int
    end: int
    detail: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


# Forms and cables are often typed in capitals ("END USER: SHAHID HEMMAT INDUSTRIAL GROUP, TEHRAN"), where
# capitals no longer mark where a name starts. Such lines are read as if written in title case, the words
# that never belong to a name in lower case, with every offset kept.
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.MULTILINE)
_CAPS_WORD = re.compile(r"[A-Z]+")
_NEVER_NAME_WORDS = frozenset(
    {
        "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to", "by",
        "from", "with", "in", "on", "at", "as", "into", "via", "per", "under", "over", "that", "which", "who",
        "whom", "this", "these", "those", "its", "their", "his", "her", "our", "not", "no", "or", "nor",
        "but", "if", "when", "while", "after", "before", "since", "than", "then", "also", "both", "each",
        "all", "some", "any", "such", "same", "other",
    }
)  # fmt: skip


def _caps_view(text: str) -> str:
    """``text`` with each line typed in capitals in title case (its connectives and the words above in lower
    case), the same length: organisation names are found in it as in ordinary prose."""

    def title(word: re.Match[str]) -> str:
        lower = word.group().lower()
        if lower in _CONNECT or lower in _NEVER_NAME_WORDS:
            return lower
        return word.group()[0] + lower[1:]

    return _CAPS_LINE.sub(lambda line: _CAPS_WORD.sub(title, line.group()), text)


def find_candidates(text: str, countries: list[CountryHit]) -> list[Candidate]:
    found: list[Candidate] = []
    found.extend(_latin_organisations(text))
    if _CAPS_LINE.search(text):
        found.extend(_latin_organisations(_caps_view(text), caps=True))
    found.extend(_native_organisations(text))
    found.extend(_bracketed_native(text))
    found.extend(_native_in_latin(text))
    found.extend(_quoted(text))
    found.extend(_persons(text))
    found.extend(_relations(text))
    found.extend(_addresses(text))
    found.extend(Candidate(CandidateLabel.COUNTRY, c.start, c.end, {"country": c.code}) for c in countries)
    # names in Korean or Chinese prose, for the engine: a person only where no pattern above found anything,
    # a body's name also inside a longer run a pattern took (受制裁实体朝鲜矿业开发贸易公司)
    taken = [(c.start, c.end) for c in found]
    found.extend(
        c
        for c in _names_in_native_prose(text)
        if c.label is CandidateLabel.ORGANISATION
        or not any(start < c.end and c.start < end for start, end in taken)
    )
    unique: dict[tuple[str, int, int], Candidate] = {}
    for candidate in found:
        unique.setdefault((candidate.label.value, candidate.start, candidate.end), candidate)
    kept = sorted(_like_parties(text, unique.values()), key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    reach = -1  # the furthest end of an organisation so far (they come sorted by start)
    for candidate in kept:  # an organisation inside a longer one is part of it (not one for the engine)
        if candidate.label is CandidateLabel.ORGANISATION and not candidate.detail.get(ENGINE_ONLY):
            if candidate.end <= reach:
                continue
            reach = candidate.end
        out.append(candidate)
    return out


_PARTY_LABELS = (CandidateLabel.ORGANISATION, CandidateLabel.PERSON, CandidateLabel.RELATION)


def _like_parties(text: str, found: Iterable[Candidate]) -> list[Candidate]:
    """Candidates that look like a party (the module's rule): the regime's vocabulary, the signing official
    and a place after a legal form taken out."""
    vocabulary = [(m.start(), m.end()) for m in REGIME_VOCABULARY.finditer(text)]
    signed_from = _sign_off_start(text)
    out = []
    for candidate in found:
        if candidate.label not in _PARTY_LABELS:
            out.append(candidate)
            continue
        if any(lo <= candidate.start and candidate.end <= hi for lo, hi in vocabulary):
            continue  # "MTCR Partners", "Missile Technology" (Control Regime), "Department of State"
        span = text[candidate.start : candidate.end]
        rest = [w for w in REGIME_VOCABULARY.sub(" ", span).split() if w.lower() not in _CONNECT]
        if span.isascii() and not any(_is_name_word(w) and not _END_RE.match(w) for w in rest):
            continue  # nothing but the regime's words
        if candidate.start >= signed_from and (
            candidate.label is CandidateLabel.PERSON or _OFFICE_WORDS.search(span)
        ):
            continue  # the signing official and their office
        trimmed = _AFTER_LEGAL_FORM.match(span) if candidate.label is CandidateLabel.ORGANISATION else None
        end = candidate.start + len(trimmed.group(1)) if trimmed else candidate.end
        out.append(Candidate(candidate.label, candidate.start, end, candidate.detail))
    return out


def _sign_off_start(text: str) -> int:
    """Where a message's sign-off begins (its last "Sincerely", "Best regards" …, or a cable's closing line
    of one to three names in capitals); the end of the text when it has none."""
    tail_from = max(0, len(text) - 1500)
    closing = [m.start() for m in _SIGN_OFF.finditer(text, tail_from)]
    if closing:
        return closing[-1]
    cable = _CABLE_SIGNATURE.search(text, tail_from)
    return cable.start(1) if cable else len(text)


_ORG_WORD = re.compile(rf"(?<![\w'’.&/-])(?:{_ORG_END}|{_ORG_OPEN})\.?(?![\w'’&/-])")
_WINDOW = 100  # characters either side of an organisation word that a name may take


def _latin_organisations(text: str, caps: bool = False) -> list[Candidate]:
    """Around each organisation-type word: the capitalised words before it and the ``of …`` after it."""
    found: list[Candidate] = []
    taken_until = -1
    for hit in _ORG_WORD.finditer(text):
        if hit.start() < taken_until or not hit.group()[0].isupper():
            continue
        lo = max(0, hit.start() - _WINDOW)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1  # start the window on a word's edge
        words = [
            (m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(text[lo : hit.end() + _WINDOW])
        ]
        i = next((k for k, w in enumerate(words) if w[0] == hit.start()), None)
        if i is None:
            continue
        candidate = _organisation_at(text, words, i, caps)
        if candidate is not None and candidate.start > taken_until:
            found.append(candidate)
            taken_until = candidate.end
    return found


def _organisation_at(
    text: str, words: list[tuple[int, int, str]], i: int, caps: bool = False
) -> Candidate | None:
    word = words[i][2]
    is_open = bool(_OPEN_RE.match(word))
    russian = (  # an opener that opens: a name follows it (Kvantel-Komponent OOO ends with one)
        bool(_RUSSIAN_OPEN.match(word))
        and i + 1 < len(words)
        and _joined(text, words[i], words[i + 1])
        and _is_name_word(words[i + 1][2])
    )
    first = i
    j = i - 1
    while j >= 0 and _joined(text, words[j], words[j + 1]):
        token = words[j][2]
        if russian:
            if not _RUSSIAN_BEFORE.match(token):
                break  # (JSC MIC NPO Mashinostroyeniya: openers before an opener are the name's)
            first = j
            j -= 1
            continue
        if _LEGAL_RE.match(token) or token.endswith(("'s", "’s")):
            # another name's legal form ends it ("Qadir & Sons (Pvt) Ltd and Zarqa Tools Limited"), and so
            # does its owner: "NESCOM's Air Weapons Complex" is the Air Weapons Complex
            break
        if _is_name_word(token) and token not in _NOT_NAMES:
            first = j
        elif not (token in _CONNECT and j > 0 and _is_name_word(words[j - 1][2])):
            break  # (a capitalised connective opens a sentence: "2.2 The National … Laboratory")
        elif token.lower() == "for" and not (_END_RE if caps else _BODY).match(words[j - 1][2]):
            # a body "for" its purpose (Centre for, Front for); "a procurement front for X" is prose, and
            # in capitals, where no case tells them apart, only an organisation word opens such a name
            break
        j -= 1
    last = i
    k = i + 1
    while k < len(words) and _joined(text, words[k - 1], words[k]):
        token = words[k][2]
        if russian and token == "of":
            break  # NPO Mashinostroyenia of Reutov: where it is
        if token.lower() in _CONNECT and k + 1 < len(words) and _is_name_word(words[k + 1][2]):
            k += 1
            continue
        if token.endswith(("'s", "’s")):
            break
        if (
            _is_name_word(token) and (is_open or _END_RE.match(token) or last > i) and k - i <= 4
        ) or _END_RE.match(token):
            last = k
            k += 1
            continue
        break
    # the words between first and last must hold a name, not only generic organisation words
    inner = [w[2] for w in words[first : last + 1]]
    if not any(not _END_RE.match(w) and w.lower() not in _CONNECT and not _OPEN_RE.match(w) for w in inner):
        return None
    start, end = words[first][0], words[last][1]
    if text[end - 1 : end] == "." and not re.search(r"(?:Co|Corp|Ltd|Inc|Bhd|L\.L\.C)\.$", text[start:end]):
        end -= 1
    return Candidate(CandidateLabel.ORGANISATION, start, end)


def _is_name_word(token: str) -> bool:
    return (token[:1].isupper() or token[:1].isdigit()) and token not in _NOT_NAMES


_LEGAL_RE = re.compile(
    r"^(?:Ltd|Limited|LLC|L\.L\.C|GmbH|FZE|FZCO|FZC|Inc|Incorporated|PLC|Plc|JSC|SA|SARL|AG|BV|NV|Pte|Bhd|Srl|SpA)\.?$"
)
_ABBREVIATION = re.compile(r"^(?:Co|Corp|Ltd|Inc|St|No|Bros|Intl|Mfg|Ind|[A-Z](?:\.[A-Z])*)\.$")


def _joined(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two words of one name: only spaces, a hyphen or an ampersand between them (no comma, no line end,
    no full stop but an abbreviation's)."""
    if left[2].endswith(".") and not _ABBREVIATION.match(left[2]):
        return False
    gap = text[left[1] : right[0]]
    if gap == " (" and right[2].rstrip(".").lower() in _BRACKETED_FORMS:
        return True  # Akhtar & Sons (Pvt) Ltd: the bracketed part of a legal form
    if gap == ") " and left[2].rstrip(".").lower() in _BRACKETED_FORMS:
        return True
    return gap in (" ", "-", " & ", "  ", "\n", " \n", "\n ") or (
        gap == ", " and bool(_LEGAL_RE.match(right[2]))
    )


_BRACKETED_FORMS = frozenset({"pvt", "private", "pte", "smc-pvt"})  # (Pvt) Ltd, (Private) Limited


# A name in its own script in brackets, as documents give it after the Latin one: "Karl Lee (李方伟)",
# "Ri Pyong Chol (리병철)", "Iyad Mahrous (إياد محروس, a.k.a. …)". One script per name; Han and Hangul names
# carry no spaces, Arabic-script and Cyrillic ones a few words
_NATIVE_RUNS = (
    r"[\u3400-\u9fff々·・]{2,12}",
    r"[\uac00-\ud7a3]{2,10}(?:[ \t][\uac00-\ud7a3]{1,10}){0,3}",
    r"[\u0600-\u06ff\u200c]{2,}(?:[ \t][\u0600-\u06ff\u200c]{2,}){0,5}",
    r"[\u0400-\u04ff][\u0400-\u04ff.-]+(?:[ \t][\u0400-\u04ff][\u0400-\u04ff.-]+){0,4}",
)
_NATIVE_RUN = re.compile("|".join(_NATIVE_RUNS))
# a bracket's parts, as a document lists a name's other forms in one: "(Jang Myong-Jin; 장명진)"
_BRACKET = re.compile(r"\(([^()\n]{1,200})\)")
_BRACKET_PART = re.compile(r"[^,;]+")
PERSON_WORDS_AT_MOST = 4  # a native name this short (words, or Han/Hangul characters) is read as a person's


def _says_organisation(name: str) -> bool:
    """A native-script name with an organisation word (the patterns above: 회사, 公司, شرکت, завод …)."""
    return any(p.search(name) for p in (_FA_KEYWORD, _ZH_ORG, _KO_ORG, _RU_ORG))


def _bracketed_native(text: str) -> list[Candidate]:
    """Native-script names in brackets: an organisation when its words say so (the keyword patterns above),
    else a person when it is short, else an organisation."""
    out = []
    for bracket in _BRACKET.finditer(text):
        for part in _BRACKET_PART.finditer(bracket.group(1)):
            found = _NATIVE_RUN.search(part.group())
            if found is None or part.group()[: found.start()].strip():
                continue  # a part that opens with Latin words (a.k.a. …) or holds no native name
            start = bracket.start(1) + part.start() + found.start()
            out.append(Candidate(_native_label(found.group()), start, start + len(found.group())))
    return out


def _native_label(name: str) -> CandidateLabel:
    """An organisation when its words say so (the keyword patterns above), else a person when it is short,
    else an organisation."""
    unspaced = name[0] >= "\u3400"  # Han and Hangul: count characters, not words
    size = len(name.replace(" ", "")) if unspaced else len(name.split())
    person = not _says_organisation(name) and size <= PERSON_WORDS_AT_MOST
    return CandidateLabel.PERSON if person else CandidateLabel.ORGANISATION


# A Korean or Chinese name written natively on its own in Latin prose ("reported that 김정식 inspected"): a
# short run of Hangul or Han between Latin words is a person's name as often as not; the engine decides
_NATIVE_IN_LATIN = re.compile(
    r"(?:(?<=[A-Za-z][ \t])|(?<=[A-Za-z][,;:][ \t]))([\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4})"
    r"(?=[,;:.]?[ \t]+[A-Za-z(])"
)
# ... and a person's name in Arabic script or Cyrillic (two to four words, Cyrillic ones capitalised) in
# Latin prose: "as رضاقلی اسماعیلی and احمد وحید دستجردی", "lists Андрей Викторович Гаврюченков (Andrei …"
_WORDS_IN_LATIN = re.compile(
    r"(?<=[A-Za-z][ \t])("
    r"[\u0600-\u06ff\u200c]{2,}(?:[ \t][\u0600-\u06ff\u200c]{2,}){1,3}|"
    r"[\u0400-\u042f\u0406\u0407\u0404\u0490][\u0400-\u04ff'’-]+"
    r"(?:[ \t][\u0400-\u042f\u0406\u0407\u0404\u0490][\u0400-\u04ff'’-]+){1,3}"
    r")(?=[,;:.]?[ \t]+[-–—A-Za-z(]|[,;:.)]?$)",
    re.MULTILINE,
)


# A name given in quotation marks ("spell his name “Amr al-Armanazi” or, in Arabic, “عمرو الأرمنازي”"):
# capitalised words (particles between them) or a native-script run, alone inside the quotes
_QUOTED = re.compile(
    r"[\"“](("
    + r"(?:[A-Z][\w'’.-]+)(?:[ \t]+(?:[a-z]{1,4}[ \t-]+)?[A-Z][\w'’.-]+){1,4}|"
    + _NATIVE_RUN.pattern
    + r"))[\"”]"
)


def _one_spaced_word(name: str) -> bool:
    """One word of a script that spaces its words (Han and Hangul names are one run of characters)."""
    return " " not in name.strip() and name[0] < "\u3400"


def _quoted(text: str) -> list[Candidate]:
    out = []
    for match in _QUOTED.finditer(text):
        name = match.group(1)
        # one word in quotes names a firm ("Новатор") far more often than a person
        organisation = _ORG_WORD.search(name) or _says_organisation(name) or _one_spaced_word(name)
        label = CandidateLabel.ORGANISATION if organisation else CandidateLabel.PERSON
        out.append(Candidate(label, match.start(1), match.end(1)))
    return out


def _native_in_latin(text: str) -> list[Candidate]:
    return [
        Candidate(CandidateLabel.PERSON, m.start(1), m.end(1))
        for pattern in (_NATIVE_IN_LATIN, _WORDS_IN_LATIN)
        for m in pattern.finditer(text)
        if not (_says_organisation(m.group(1)) or is_country_name(m.group(1)))
    ]


# A Korean or Chinese person named in Korean or Chinese prose, where no space or capital marks the name:
# Korean puts its particle on the name (김정은은, 최룡해가), Chinese writes the name into the sentence
# (金正恩视察了). Each word of Hangul that opens with a family name, its particle taken off, and each two or
# three Han characters that open with one are put to the screening engine; they are kept only as the
# listed party it finds (``ENGINE_ONLY``), never as new-entity candidates: most such spans are no name.
ENGINE_ONLY = "engine_only"
_HANGUL_WORD = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,10}(?![\uac00-\ud7a3])")
# the particles a name takes, longest first (에게서 before 에게 and 에서)
_KOREAN_PARTICLES = (
    *("에게서", "으로", "에게", "에서", "께서", "이다", "이며", "이고", "께"),
    *("은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "에", "만"),
)
# ... and the titles written onto a name (김정은동지, 박민수씨), longest first
_KOREAN_TITLES = (
    *("부위원장", "위원장", "총비서", "부부장", "선생님"),
    *("동지", "원수", "부장", "선생", "여사", "님", "씨"),
)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# the words a body's name ends with in Chinese; one character alone (部, 局) only before a word that ends a
# name (和, 与 …) or where the characters end
_ZH_BODY_ENDING = re.compile(
    r"(?:公司|银行|銀行|集团|集團|工厂|工廠|研究所|研究院|委员会|委員會|总局|總局)"
    r"|(?:部|局|院|所)(?=[和与與及的在是]|[^\u4e00-\u9fff]|$)"
)
_ZH_BODY_LONGEST = 14
# family names Korean writes in characters that Chinese seldom bears (the common ones are Chinese too)
_HANJA_FAMILY_NAMES = frozenset("朴崔鄭裵盧禹閔慶")


def _names_in_native_prose(text: str) -> list[Candidate]:
    out = []
    for word in _HANGUL_WORD.finditer(text):
        name = word.group()
        if name[0] not in KOREAN_FAMILY_NAMES or _says_organisation(name) or is_country_name(name):
            continue
        for suffixes in (_KOREAN_PARTICLES, _KOREAN_TITLES):  # 김정은동지께서: the particle, then the title
            ending = next((p for p in suffixes if name.endswith(p) and len(name) - len(p) >= 2), "")
            name = name[: len(name) - len(ending)]
        if 2 <= len(name) <= 4 and name_language(name, HANGUL) == KOREAN:  # 반드시 is no name
            end = word.start() + len(name)
            out.append(Candidate(CandidateLabel.PERSON, word.start(), end, {ENGINE_ONLY: True}))
    for run in _HAN_RUN.finditer(text):
        for body in _ZH_BODY_ENDING.finditer(text, run.start(), run.end()):
            # a body written into the sentence (…实体朝鲜矿业开发贸易公司和…): each run of characters
            # that ends with the body's word, four to fourteen long and after the last word that ends a
            # name (和, 了 …); the engine keeps the one it finds
            end = body.end()
            first = max(run.start(), end - _ZH_BODY_LONGEST)
            first = max([first, *(text.rfind(c, first, end) + 1 for c in _ZH_STOP)])  # not past 和, 了 …
            for start in range(first, end - 3):
                out.append(Candidate(CandidateLabel.ORGANISATION, start, end, {ENGINE_ONLY: True}))
        for at in range(run.start(), run.end() - 1):
            if text[at] not in CHINESE_FAMILY_NAMES and text[at] not in _HANJA_FAMILY_NAMES:
                continue
            for size in (2, 3):  # a two-character name only where the run ends after it
                if at + size <= run.end() and (size == 3 or at + size == run.end()):
                    out.append(Candidate(CandidateLabel.PERSON, at, at + size, {ENGINE_ONLY: True}))
    return out


def _native_organisations(text: str) -> list[Candidate]:
    out = []
    for keyword in _FA_KEYWORD.finditer(text):
        match = _FA_ORG.match(text, keyword.start())
        if match is None:
            continue
        words = match.group().split()
        kept = [words[0]]
        for word in words[1:]:
            if word in _FA_STOP:
                break
            kept.append(word)
        if len(kept) > 1:
            out.append(
                Candidate(CandidateLabel.ORGANISATION, match.start(), match.start() + len(" ".join(kept)))
            )
    for match in _ZH_ORG.finditer(text):
        span = match.group()
        cut = max(span.rfind(c) for c in _ZH_STOP)
        start = match.start() + cut + 1
        if match.end() - start >= 4:
            out.append(Candidate(CandidateLabel.ORGANISATION, start, match.end()))
    for match in _KO_ORG.finditer(text):
        if match.end() - match.start() >= 4:
            out.append(Candidate(CandidateLabel.ORGANISATION, match.start(), match.end()))
    for match in _RU_ORG.finditer(text):
        out.append(Candidate(CandidateLabel.ORGANISATION, match.start(), match.end()))
    return out


def _persons(text: str) -> list[Candidate]:
    out = []
    for pattern in (_PERSON_TITLED, _PERSON_CONTEXT):
        for match in pattern.finditer(text):
            name = match.group(1)
            end = match.end(1)
            if name.endswith(("'s", "’s")):
                name, end = name[:-2], end - 2
            tokens = name.split()
            start = match.start(1)
            if pattern is _PERSON_CONTEXT and len(tokens) > 2 and _TITLE.fullmatch(tokens[0]):
                start = match.start(1) + name.index(tokens[1], len(tokens[0]))  # "Dr Amr ARMANAZI, the …"
                tokens = tokens[1:]
            if len(tokens) < 2 and pattern is not _PERSON_TITLED:
                continue
            if any(_END_RE.match(t) for t in tokens) or tokens[0] in _NOT_NAMES:
                continue
            out.append(Candidate(CandidateLabel.PERSON, start, end))
    for match in _PERSON_EAST_ASIAN.finditer(text):
        family, given = match.group(1), match.group(2).lower()
        syllables = tuple(given.split("-"))
        if is_east_asian_family_name(family) and (
            reads_as_korean(syllables) or all(reads_as_pinyin(s) for s in syllables)
        ):
            out.append(Candidate(CandidateLabel.PERSON, match.start(1), match.end(2)))
    return out


def _relations(text: str) -> list[Candidate]:
    out = []
    for match in _RELATION.finditer(text):
        alias = match.group("alias").strip().strip("\"'“”‘’ ")
        if not alias or not (alias[0].isupper() or not alias[0].isascii()) or len(alias) < 2:
            continue
        start = match.start("alias") + match.group("alias").index(alias)
        marker = " ".join(match.group("marker").lower().rstrip(":").split())
        out.append(Candidate(CandidateLabel.RELATION, start, start + len(alias), {"relation": marker}))
    return out


def _addresses(text: str) -> list[Candidate]:
    """An address label's line, or the clause around a street, zone or post-box word."""
    spans = []
    for match in _ADDRESS_LABEL.finditer(text):
        spans.append((match.start("addr"), match.group("addr")))
    for match in _ADDRESS_WORD.finditer(text):
        window_start = max(0, match.start() - 80)
        left = _ADDRESS_LEFT.search(text, window_start, match.start())
        start = left.start() if left else match.start()
        right = _ADDRESS_RIGHT.match(text, match.end())
        end = right.end() if right else match.end()
        spans.append((start, text[start:end]))
    out = []
    for start, raw in spans:
        value = raw.rstrip(" ,.")
        if len(value) < 8 or (not any(c.isdigit() for c in value) and "," not in value):
            continue
        out.append(Candidate(CandidateLabel.ADDRESS, start, start + len(value)))
    return out
