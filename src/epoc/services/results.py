"""Typed results' one JSON form, for every area: a service answers in small slotted dataclasses whose fields
are named and ordered as their JSON keys; ``plain`` turns one into the JSON the CLI prints and the value
the web's pydantic schemas are checked against (they read the same fields, ``from_attributes``)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from epoc.model.marking import Marking


def plain(value: Any) -> Any:
    """A result as JSON-ready values: dataclasses as objects (a field ending in ``_`` under its name without
    it: ``from_`` is ``from``), markings as their JSON, dates as ISO text, tuples as lists."""
    if isinstance(value, Marking):
        return value.to_json()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name.rstrip("_"): plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def plain_json(value: Any) -> dict[str, Any]:
    """A typed result's JSON object: ``plain`` of a dataclass, typed as the object it is (a result's
    ``to_json`` is this)."""
    out = plain(value)
    if not isinstance(out, dict):
        raise TypeError(f"{type(value).__name__} is not a result with fields")
    return out
