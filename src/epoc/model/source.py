"""A source: one list (all its versions) or one document that Partners circulate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from epoc.model.marking import Marking

SOURCE_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class SourceKind(StrEnum):
    LIST = "list"
    DOCUMENT = "document"
    DENIAL = "denial"


@dataclass(frozen=True, slots=True)
class Source:
    key: str  # stable, readable; the prefix of every record id ("un", "ofac-sdn", "jp-meti-eul")
    name: str
    format: str
    kind: SourceKind = SourceKind.LIST
    publisher: str | None = None
    partner: str | None = None  # the Partner that circulated it, when one did
    date: date | None = None  # the date the list or document gives itself
    marking: Marking = field(default_factory=Marking.public)
    url: str | None = None

    def __post_init__(self) -> None:
        if not SOURCE_KEY.match(self.key):
            raise ValueError(
                f"source key {self.key!r} must be 1-64 lower-case letters, digits, '.', '_' or '-'"
            )
