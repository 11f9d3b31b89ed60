"""The Annex as the licensing desk reads it: an entry's category and title (``epoc.model.annex``, the one
place Category I is items 1–2 and Category II items 3–20), and the entries the technology tagger suggests
for an item's description."""

from __future__ import annotations

from dataclasses import dataclass

from epoc.documents.technology import find_technology
from epoc.documents.textmap import FoldedText
from epoc.model.annex import category_of_item, entries_by_code
from epoc.model.denial import ANNEX_CODE, annex_item


@dataclass(frozen=True, slots=True)
class AnnexInfo:
    code: str
    item: int
    category: str  # "I" or "II"
    title: str  # "" when the Annex in force does not describe the entry


def annex_info(code: str) -> AnnexInfo | None:
    """The entry of a code (``9.A.4.a`` is read as its entry ``9.A.4``), or None when it is not an Annex
    code."""
    item = annex_item(code)
    if item is None or not ANNEX_CODE.match(code):
        return None
    entry = entries_by_code().get(".".join(code.split(".")[:3]))
    return AnnexInfo(code, item, category_of_item(item), entry.title if entry else "")


def suggest_annex(description: str) -> list[str]:
    """The Annex entries the technology tagger finds in a description (the officer confirms one)."""
    codes: list[str] = []
    for hit in find_technology(FoldedText.of(description)):
        codes.extend(c for c in hit.codes if c not in codes)
    return codes
