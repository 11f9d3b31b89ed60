"""The screening engine as resolution uses it (``epoc.resolution.engine.Engine``): the one place that wires
``epoc.matching`` (the candidate index the screener keeps in step with the store, its scorer, and
``Party.from_record``) to resolution.
"""

from __future__ import annotations

from typing import Any

from epoc.matching.party import Party
from epoc.resolution.engine import Engine
from epoc.services.resolve import Policy
from epoc.services.screening import Screener
from epoc.settings import Settings
from epoc.store import Store


def default_engine(store: Store, settings: Settings) -> Engine[Any] | None:
    """The screening engine over this store, its index brought in step with the store's lists."""
    screener = Screener(store, settings.index_dir)
    screener.refresh()
    return Engine(
        candidates=screener.index, scorer=screener.scorer, to_party=Party.from_record, name="epoc.matching"
    )


def policy(settings: Settings) -> Policy:
    return Policy(
        auto_threshold=settings.resolve_auto_threshold, review_threshold=settings.resolve_review_threshold
    )
