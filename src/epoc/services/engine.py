"""The screening engine as resolution uses it (``epoc.resolution.engine.Engine``).

The engine is built by the screening area (``epoc.matching``: ``CandidateIndex``, ``default_scorer()``,
``Party.from_record``); this is the one place that wires it to resolution. In a build without
``epoc.matching`` there is no engine: resolution then links records through the list ids their sources
share and through reviewers' judgements only, and says so in its report.
"""

from __future__ import annotations

from typing import Any

from epoc.resolution.engine import Engine
from epoc.services.resolve import Policy
from epoc.settings import Settings
from epoc.store import Store


def default_engine(store: Store, settings: Settings) -> Engine[Any] | None:
    """The screening engine over this store; None while ``epoc.matching`` is not in the build.

    Wiring, once it is: ``Engine(candidates=<CandidateIndex over store>, scorer=default_scorer(),
    to_party=Party.from_record, name="epoc.matching")``.
    """
    del store, settings
    return None


def policy(settings: Settings) -> Policy:
    return Policy(
        auto_threshold=settings.resolve_auto_threshold, review_threshold=settings.resolve_review_threshold
    )
