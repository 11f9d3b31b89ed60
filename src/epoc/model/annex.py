"""The regime's control list (the Annex) as data: items, entries, category and sub-part.

Category I is items 1–2 (complete delivery systems and their complete subsystems), Category II items 3–20.
Each item is split into sub-parts: A equipment, assemblies and components; B test and production equipment;
C materials; D software; E technology. An entry's code says all three: ``"3.A.1"`` is item 3, sub-part A,
entry 1 (Category II).

The team's summary of the Annex in force ships as ``data/annex.toml``; the technology tagger, the IE-TEM
review, licensing and outreach all read it from here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

CATEGORY_I_ITEMS = frozenset({1, 2})
SUB_PARTS = {
    "A": "Equipment, assemblies and components",
    "B": "Test and production equipment",
    "C": "Materials",
    "D": "Software",
    "E": "Technology",
}


@dataclass(frozen=True, slots=True)
class AnnexEntry:
    code: str  # "9.A.4"
    item: int
    category: str  # "I" or "II"
    title: str
    covers: str
    keywords: tuple[str, ...]
    parameters: tuple[str, ...]

    @property
    def sub_part(self) -> str:
        return self.code.split(".")[1]


@dataclass(frozen=True, slots=True)
class AnnexItem:
    number: int
    category: str
    title: str
    summary: str
    parts: dict[str, str]
    entries: tuple[AnnexEntry, ...]


def category_of_item(item: int) -> str:
    """``"I"`` for items 1–2, ``"II"`` for items 3–20."""
    if not 1 <= item <= 20:
        raise ValueError(f"the Annex has items 1 to 20, not {item}")
    return "I" if item in CATEGORY_I_ITEMS else "II"


def parse_code(code: str) -> tuple[int, str, int]:
    """``"3.A.1"`` -> ``(3, "A", 1)``; a ValueError that names the code otherwise."""
    parts = code.strip().split(".")
    if len(parts) != 3 or not parts[0].isdigit() or parts[1] not in SUB_PARTS or not parts[2].isdigit():
        raise ValueError(f"{code!r} is not an Annex entry code (item.sub-part.number, as 3.A.1)")
    item = int(parts[0])
    category_of_item(item)
    return item, parts[1], int(parts[2])


def code_order(code: str) -> tuple[int, str, int]:
    """Sort key: item number, sub-part, entry number (so 10.A.1 follows 9.B.2)."""
    return parse_code(code)


def category_of(code: str) -> str:
    return category_of_item(parse_code(code)[0])


def items_from_toml(raw: dict[str, Any]) -> tuple[AnnexItem, ...]:
    items = []
    for item in raw["item"]:
        entries = tuple(
            AnnexEntry(
                code=e["code"],
                item=item["number"],
                category=item["category"],
                title=e["title"],
                covers=e["covers"],
                keywords=tuple(e.get("keywords", ())),
                parameters=tuple(e.get("parameters", ())),
            )
            for e in item.get("entry", ())
        )
        items.append(
            AnnexItem(
                item["number"], item["category"], item["title"], item["summary"], dict(item["parts"]), entries
            )
        )
    return tuple(items)


@cache
def annex() -> tuple[AnnexItem, ...]:
    """The Annex items of the shipped summary, in item order."""
    text = resources.files("epoc.model").joinpath("data/annex.toml").read_text(encoding="utf-8")
    return items_from_toml(tomllib.loads(text))


def entries_by_code() -> dict[str, AnnexEntry]:
    return {e.code: e for item in annex() for e in item.entries}
