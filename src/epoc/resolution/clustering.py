"""Constrained clustering: links merge clusters in order of trust unless a hard rule forbids it.

Order: reviewers' *same* judgements (oldest first), then list-id links (a source saying two entries are one
party), then the engine's auto-merge pairs (best score first). Two clusters merge only if no pair across
them is vetoed (``constraints.veto``; for a judgement only the schema rule and *not same* judgements count)
and no reviewer said *not same* (or split) between any of their members. Deterministic: the same input gives
the same clusters whatever order the records come in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from epoc.resolution.constraints import Facts, veto


class LinkKind(StrEnum):
    JUDGEMENT = "judgement"  # a reviewer said same
    LIST_ID = "list_id"  # a source gives both the same list id
    SCORE = "score"  # the engine scored the pair above the auto-merge threshold


@dataclass(frozen=True, slots=True)
class Link:
    left: str
    right: str
    kind: LinkKind
    score: float = 1.0


@dataclass
class Clustering:
    clusters: list[frozenset[str]]
    merged_by: dict[LinkKind, int] = field(default_factory=dict)  # links that joined two clusters
    refused: list[tuple[Link, str]] = field(default_factory=list)  # links a rule refused, and why

    def cluster_of(self) -> dict[str, int]:
        return {rid: i for i, members in enumerate(self.clusters) for rid in members}


_ORDER = {LinkKind.JUDGEMENT: 0, LinkKind.LIST_ID: 1, LinkKind.SCORE: 2}


def cluster(
    facts: Mapping[str, Facts],
    links: Iterable[Link],
    cannot: Iterable[tuple[str, str]] = (),
) -> Clustering:
    """Cluster every record in ``facts``; links to records not in ``facts`` are ignored."""
    parent = {rid: rid for rid in facts}
    members: dict[str, list[str]] = {rid: [rid] for rid in facts}
    apart: dict[str, set[str]] = {}
    for a, b in cannot:
        if a in facts and b in facts:
            apart.setdefault(a, set()).add(b)
            apart.setdefault(b, set()).add(a)

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    result = Clustering([])
    ordered = sorted(
        (link for link in links if link.left in facts and link.right in facts and link.left != link.right),
        key=lambda k: (_ORDER[k.kind], -k.score, *sorted((k.left, k.right))),
    )
    for link in ordered:
        ra, rb = find(link.left), find(link.right)
        if ra == rb:
            continue
        reason = _refusal(members[ra], members[rb], facts, apart, link.kind)
        if reason is not None:
            result.refused.append((link, reason))
            continue
        if len(members[ra]) < len(members[rb]) or (len(members[ra]) == len(members[rb]) and rb < ra):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
        result.merged_by[link.kind] = result.merged_by.get(link.kind, 0) + 1
    result.clusters = sorted((frozenset(m) for m in members.values()), key=min)
    return result


def _refusal(
    xs: list[str], ys: list[str], facts: Mapping[str, Facts], apart: dict[str, set[str]], kind: LinkKind
) -> str | None:
    for x in xs:
        barred = apart.get(x)
        if barred and not barred.isdisjoint(ys):
            return "a reviewer said not same"
    for x in xs:
        fx = facts[x]
        for y in ys:
            fy = facts[y]
            if kind is LinkKind.JUDGEMENT:
                if not fx.schema.compatible_with(fy.schema):
                    return f"schema: a {fx.schema.value} is never a {fy.schema.value}"
                continue
            reason = veto(fx, fy)
            if reason is not None:
                return f"{x} / {y}: {reason}"
    return None
