"""`epoc check`: is the store consistent? The database's own checks, the domain's invariants, the audit chain.

Run after a crash (a killed import, resolution or upload) and after a restore: a store that passes can be
worked on; one that does not says what is wrong and where.
"""

from __future__ import annotations

from dataclasses import dataclass

from epoc.services import audit
from epoc.store import Store
from epoc.store.maintenance import integrity_problems, invariant_problems


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[str, ...]
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    with store.read() as conn:
        problems = integrity_problems(conn) + invariant_problems(conn)
    chain = audit.verify(store)
    problems += [f"audit chain: {p}" for p in chain.problems]
    return CheckReport(tuple(problems), chain.entries)
