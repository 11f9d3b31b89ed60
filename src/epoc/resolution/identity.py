"""Stable entity ids: a cluster keeps the id of the entity it shares most records with.

An entity whose membership is unchanged keeps its id; one that grows (a new list names it too) keeps it; when
two entities merge, the larger keeps its id and the other is removed as "merged into"; when one splits, the
largest part keeps the id. A new cluster's id derives from its smallest record id, so that resolving the same
records from scratch on another machine gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Assignment:
    ids: dict[str, frozenset[str]]  # entity id -> its records
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # kept their id, membership changed
    gone: dict[str, str | None] = field(default_factory=dict)  # old id -> the entity its records went to


def new_entity_id(records: Iterable[str], taken: set[str] | frozenset[str] = frozenset()) -> str:
    ordered = sorted(records)
    base = "ent-" + hashlib.sha1(ordered[0].encode()).hexdigest()[:12]
    if base not in taken:
        return base
    salt = hashlib.sha1("\n".join(ordered).encode()).hexdigest()
    for i in range(0, len(salt) - 6, 6):
        candidate = f"{base}-{salt[i : i + 6]}"
        if candidate not in taken:
            return candidate
    raise RuntimeError("no free entity id")  # 2^-100 territory


def assign_ids(
    clusters: Sequence[frozenset[str]],
    old_membership: Mapping[str, str],
    old_entities: Mapping[str, frozenset[str]],
    taken: set[str],
) -> Assignment:
    """Ids for ``clusters``. ``old_membership``: record -> entity id before; ``old_entities``: the
    previous members of each entity touched; ``taken``: every id ever used (never reused for another)."""
    options: list[tuple[int, int, str, int]] = []
    for index, members in enumerate(clusters):
        overlap = Counter(old_membership[r] for r in members if r in old_membership)
        for entity_id, shared in overlap.items():
            exact = int(old_entities.get(entity_id, frozenset()) == members)
            options.append((-exact, -shared, entity_id, index))
    options.sort()
    ids: dict[str, frozenset[str]] = {}
    done: set[int] = set()
    out = Assignment(ids)
    for _exact, _shared, entity_id, index in options:
        if index in done or entity_id in ids:
            continue
        ids[entity_id] = clusters[index]
        done.add(index)
        if old_entities.get(entity_id) != clusters[index]:
            out.changed.append(entity_id)
    used = set(taken) | set(ids)
    for index, members in enumerate(clusters):
        if index in done:
            continue
        entity_id = new_entity_id(members, used)
        used.add(entity_id)
        ids[entity_id] = members
        out.created.append(entity_id)
    owner = {r: eid for eid, members in ids.items() for r in members}
    for entity_id, members in old_entities.items():
        if entity_id in ids:
            continue
        went = Counter(owner[r] for r in members if r in owner)
        out.gone[entity_id] = went.most_common(1)[0][0] if went else None
    return out
