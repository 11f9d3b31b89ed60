"""What the Plenary services answer: small typed results, and their one JSON form (for the CLI and the
web's pydantic schemas, which are built from the same fields)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from epoc.model.marking import Marking


def plain(value: Any) -> Any:
    """A result as JSON-ready values: dataclasses as objects, markings as their JSON, dates as ISO text."""
    if isinstance(value, Marking):
        return value.to_json()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
