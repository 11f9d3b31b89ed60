"""Technology mentions tagged with the Annex items they fall under, and "just below the threshold" language.

The Annex (``epoc.model.annex``) lists each item's entries with keywords; every keyword, with its plural
and British/American spellings, goes into one Aho-Corasick automaton over folded text. A keyword
written in capitals in the data file (``IMU``, ``UDMH``) is an acronym and matches only in capitals. Where
keywords overlap, the longest wins (``gyro-astro compass`` is 9.A.2, not 9.A.4).

Threshold language (``just below the control threshold``, ``a range of 290 km``, ``not controlled``) is a
technology mention with ``label: "threshold"``, tagged with the items named in the same sentence: items
just outside the Annex are what the working group on risk technologies looks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from epoc.documents.textmap import FoldedText, fold_key
from epoc.model.annex import annex, code_order
from epoc.names.fold import plural

_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9/-]*[A-Z0-9]$")
_SPELLINGS = (("fibre", "fiber"), ("aluminium", "aluminum"), ("oxidiser", "oxidizer"),
              ("atomiser", "atomizer"),
              ("stabilised", "stabilized"), ("analogue", "analog"), ("modelling", "modeling"),
              ("pyrolised", "pyrolized"), ("gyrostabiliser", "gyrostabilizer"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class TechnologyHit:
    start: int
    end: int
    codes: tuple[str, ...]
    keyword: str
    threshold: bool = False


def _variants(keyword: str) -> set[str]:
    key = fold_key(keyword)
    out = {key}
    for british, american in _SPELLINGS:
        out |= {v.replace(british, american) for v in out} | {v.replace(american, british) for v in out}
    plurals = set()
    for v in out:
        head, _, last = v.rpartition(" ")
        plurals.add(f"{head} {plural(last)}".strip())
    return out | plurals


@cache
def _automaton() -> ahocorasick.Automaton:
    table: dict[str, tuple[set[str], str, bool]] = {}
    for item in annex():
        for entry in item.entries:
            for keyword in entry.keywords:
                acronym = bool(_ACRONYM.match(keyword)) and any(c.isalpha() for c in keyword)
                for key in _variants(keyword):
                    codes, _, _ = table.setdefault(key, (set(), keyword, acronym))
                    codes.add(entry.code)
    automaton = ahocorasick.Automaton()
    for key, (codes, keyword, acronym) in table.items():
        automaton.add_word(f" {key} ", (len(key) + 2, tuple(sorted(codes, key=code_order)), keyword, acronym))
    automaton.make_automaton()
    return automaton


def find_technology(folded: FoldedText) -> list[TechnologyHit]:
    """Annex keywords in the text; where two overlap the longer wins."""
    raw: list[TechnologyHit] = []
    for end_index, (length, codes, keyword, acronym) in _automaton().iter(folded.folded):
        start = end_index - length + 2
        o_start, o_end = folded.span(start, end_index)
        span = folded.original[o_start:o_end]
        if acronym and not all(c.isupper() for c in span.removesuffix("s") if c.isalpha()):
            continue
        raw.append(TechnologyHit(o_start, o_end, codes, keyword))
    raw.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[TechnologyHit] = []
    for hit in raw:
        if not any(hit.start < k.end and k.start < hit.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


_THRESHOLD = re.compile(
    r"\b(?:just|slightly|marginally|narrowly|deliberately|carefully)\s+"
    r"(?:below|under|beneath|short of|outside)\b"
    r"[^.;\n]{0,60}?\b(?:(?:control|annex|MTCR)\s+)?(?:threshold|limit|parameter|specification|value)s?\b"
    r"|\b(?:below|under|beneath)\s+(?:the\s+)?(?:control(?:led)?|annex|MTCR|regime|listing|licensing)\s+"
    r"(?:threshold|limit|parameter|level|value)s?\b"
    r"|\b(?:falls?|fell|fall(?:ing)?)\s+(?:just\s+)?(?:short of|below|outside)\s+(?:the\s+)?(?:control|annex|"
    r"MTCR|listing)\b"
    r"|\b(?:not|un)\s*-?\s*(?:controlled|listed)\s+(?:under|by|in)\s+(?:the\s+)?"
    r"(?:annex|MTCR|regime|control list)"
    r"|\bde-?(?:tuned|rated)\b"
    r"|\bbelow\s+(?:the\s+)?(?:300\s*km|500\s*kg)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\b(?:range|ranges)\s+(?:of\s+)?(?:about\s+|some\s+|up to\s+|approximately\s+)?"
    r"(2[5-9]\d)\s*(?:km|kilomet)",
    re.IGNORECASE,
)
_PAYLOAD = re.compile(
    r"\b(?:payload|warhead)s?\s+(?:of\s+)?(?:about\s+|some\s+|up to\s+|approximately\s+)?(4[5-9]\d)\s*kg",
    re.IGNORECASE,
)


def find_threshold_language(
    text: str, technology: list[TechnologyHit], sentence_of: Any
) -> list[TechnologyHit]:
    """Phrases saying an item sits just outside the Annex, tagged with the items of the same sentence.
    ``sentence_of(start, end)`` gives the ``(start, end)`` of the sentence around a span."""
    out = []
    for pattern, default in ((_THRESHOLD, ()), (_RANGE, ("1.A.1", "19.A.1")), (_PAYLOAD, ("1.A.1", "1.A.2"))):
        for match in pattern.finditer(text):
            s_start, s_end = sentence_of(match.start(), match.end())
            codes = {c for hit in technology if s_start <= hit.start < s_end for c in hit.codes}
            codes |= set(default)
            out.append(
                TechnologyHit(
                    match.start(), match.end(), tuple(sorted(codes, key=code_order)), match.group(), True
                )
            )
    return out
