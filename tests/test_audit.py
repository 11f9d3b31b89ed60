"""The audit trail: one hash chain, written with the action; edits, deletions, reorderings and cut-off ends
are detected; concurrent appends keep one chain."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import delete, select, update

from epoc.cli import main
from epoc.model.access import Role, Viewer
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.store import Store
from epoc.store.audit import audit_head, audit_log
from epoc.web.trail import AuditBatch

ALICE = Viewer("alice", Role.OFFICER, "FR")


def append(store: Store, n: int, actor=ALICE) -> None:
    for i in range(n):
        with store.transaction() as conn:
            audit.record(conn, actor, "record.read", f"un:KPe.{i:03d}", {"i": i, "when": "today"})


def test_an_untouched_chain_verifies(store):
    append(store, 5)
    report = audit.verify(store)
    assert report.ok and report.entries == 5 and report.head_seq == 5
    entries = audit.search(store, AuditQuery())
    assert [e.seq for e in entries] == [5, 4, 3, 2, 1]
    assert entries[-1].prev_hash == "0" * 64 and entries[-2].prev_hash == entries[-1].hash
    assert entries[0].actor == "alice" and entries[0].partner == "FR" and entries[0].via == "cli"


def test_an_edited_entry_is_detected(store):
    append(store, 5)
    with store.transaction() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 3).values(target="un:SOMETHING.ELSE"))
    report = audit.verify(store)
    assert not report.ok
    assert [(p.seq, "edited" in p.reason) for p in report.problems] == [(3, True)]


def test_edited_details_are_detected(store):
    append(store, 3)
    with store.transaction() as conn:
        conn.execute(
            update(audit_log).where(audit_log.c.seq == 2).values(details={"i": 1, "when": "yesterday"})
        )
    assert [p.seq for p in audit.verify(store).problems] == [2]


def test_a_deleted_entry_is_detected(store):
    append(store, 5)
    with store.transaction() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq == 2))
    report = audit.verify(store)
    assert not report.ok and report.problems[0].seq == 3
    assert "missing" in report.problems[0].reason


def test_reordered_entries_are_detected(store):
    append(store, 4)
    with store.transaction() as conn:  # swap the contents of entries 2 and 3, seq numbers kept
        rows = {r.seq: r for r in conn.execute(select(audit_log).where(audit_log.c.seq.in_([2, 3])))}
        for seq, other in ((2, 3), (3, 2)):
            values = {k: getattr(rows[other], k) for k in rows[other]._fields if k != "seq"}
            conn.execute(update(audit_log).where(audit_log.c.seq == seq).values(**values))
    report = audit.verify(store)
    assert not report.ok and {p.seq for p in report.problems} >= {2, 3}


def test_entries_cut_off_the_end_are_detected(store):
    append(store, 5)
    with store.transaction() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq >= 4))
    report = audit.verify(store)
    assert not report.ok and "cut off the end" in report.problems[-1].reason


def test_a_rewritten_chain_with_a_stale_head_is_detected(store):
    append(store, 3)
    with store.transaction() as conn:
        conn.execute(update(audit_head).values(hash="f" * 64))
    assert not audit.verify(store).ok


def test_the_entry_is_part_of_the_actions_transaction(store):
    append(store, 1)
    with pytest.raises(RuntimeError), store.transaction() as conn:
        audit.record(conn, ALICE, "export", "edition:2026")
        raise RuntimeError("the action failed")
    report = audit.verify(store)
    assert report.ok and report.entries == 1


def in_threads(work: Callable[[int], object], count: int) -> list[BaseException]:
    """Run ``work(k)`` for k in range(count), each in its own thread, together; the errors they raised."""
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            work(k)
        except BaseException as exc:  # pragma: no cover - reported by the caller
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_concurrent_appends_keep_one_chain(store):
    errors = in_threads(lambda k: append(store, 15, Viewer(f"user{k}", Role.OFFICER, "DE")), 4)
    assert errors == []
    report = audit.verify(store)
    assert report.ok and report.entries == 60


def test_entries_appended_together_keep_one_chain_with_single_appends(store):
    append(store, 2)
    with store.transaction() as conn:
        entries = audit.record_many(
            conn, [audit.event(ALICE, "screen", f"party {i}", {"i": i}) for i in range(5)]
        )
    append(store, 2)
    assert [e.seq for e in entries] == [3, 4, 5, 6, 7]
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    report = audit.verify(store)
    assert report.ok and report.entries == 9


def test_the_web_batch_writes_concurrent_requests_together_on_several_event_loops(store):
    batch = AuditBatch(store)

    async def requests(k: int) -> None:
        async def one(i: int) -> None:
            with audit.acting_via(f"web loop {k}"):
                await batch.write([audit.event(ALICE, "screen", f"loop {k} party {i}", {"i": i})])

        await asyncio.gather(*(one(i) for i in range(20)))
        await asyncio.gather(*(one(i) for i in range(20, 25)))

    errors = in_threads(lambda k: asyncio.run(requests(k)), 3)  # an event loop in each thread
    assert errors == []
    report = audit.verify(store)
    assert report.ok and report.entries == 75 == batch.entries
    assert batch.batches < 75  # the requests a loop had ready went in one transaction
    found = audit.search(store, AuditQuery(target="loop 2 party 7"))
    assert [e.via for e in found] == ["web loop 2"]


def test_search_filters(store):
    append(store, 3)
    with store.transaction() as conn:
        audit.record(conn, "mallory", "login.failed", "mallory", {"ip": "10.0.0.1"})
    assert [e.action for e in audit.search(store, AuditQuery(action="login"))] == ["login.failed"]
    assert len(audit.search(store, AuditQuery(actor="alice"))) == 3
    assert [e.target for e in audit.search(store, AuditQuery(target="KPe.001"))] == ["un:KPe.001"]
    assert len(audit.search(store, AuditQuery(since="2000-01-01", until="2999-12-31"))) == 4
    assert audit.search(store, AuditQuery(until="2000-01-01")) == []
    assert [e.seq for e in audit.search(store, AuditQuery(before_seq=3))] == [2, 1]


def test_a_bad_date_says_what_is_wrong(store):
    from epoc.model.errors import InvalidInput

    with pytest.raises(InvalidInput, match="since: 'last week'"):
        audit.search(store, AuditQuery(since="last week"))


def test_cli_verify_passes_on_an_untouched_log_and_fails_on_an_edited_one(db_url, capsys):
    store = Store.open(db_url)
    try:
        append(store, 3)
        assert main(["--db", db_url, "audit", "verify"]) == 0
        assert "intact: 3 entries" in capsys.readouterr().out
        with store.transaction() as conn:
            conn.execute(update(audit_log).where(audit_log.c.seq == 1).values(actor="bob"))
        assert main(["--db", db_url, "audit", "verify"]) == 1
        assert "entry 1: its content does not match its hash" in capsys.readouterr().err
        assert main(["--db", db_url, "audit", "search", "--actor", "bob", "--json"]) == 0
        assert '"actor": "bob"' in capsys.readouterr().out
    finally:
        store.close()
