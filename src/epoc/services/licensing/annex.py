"""The Annex as the licensing desk reads it: an entry's category and title, and the entries the technology
tagger suggests for an item's description.

Category I is items 1–2, Category II items 3–20. The codes and titles come from the Annex data file
(today read through ``epoc.documents.technology``; ``epoc.model.annex`` takes it over).
"""

from __future__ import annotations

from dataclasses import dataclass

from epoc.documents.technology import entries_by_code, find_technology
from epoc.documents.textmap import FoldedText
from epoc.model.denial import ANNEX_CODE, annex_item

CATEGORY_I_ITEMS = frozenset({1, 2})


@dataclass(frozen=True, slots=True)
class AnnexInfo:
    code: str
    item: int
    category: str  # "I" or "II"
    title: str  # "" when the data file does not describe the entry


def annex_info(code: str) -> AnnexInfo | None:
    """The entry of a code, or None when it is not an Annex code."""
    item = annex_item(code)
    if item is None or not ANNEX_CODE.match(code):
        return None
    entry = entries_by_code().get(code) or entries_by_code().get(".".join(code.split(".")[:3]))
    category = "I" if item in CATEGORY_I_ITEMS else "II"
    return AnnexInfo(code, item, category, entry.title if entry else "")


def suggest_annex(description: str) -> list[str]:
    """The Annex entries the technology tagger finds in a description (the officer confirms one)."""
    codes: list[str] = []
    for hit in find_technology(FoldedText.of(description)):
        codes.extend(c for c in hit.codes if c not in codes)
    return codes
