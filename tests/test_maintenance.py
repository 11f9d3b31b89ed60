"""`epoc check`, `epoc backup`, `epoc restore` end to end: a round trip gives the same content digests on
SQLite and PostgreSQL (and across them), a broken invariant or a cut backup is said plainly, and a backup
taken while others write is consistent."""

from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from epoc.cli import main
from epoc.services import audit
from epoc.services.maintenance.backup import backup, restore
from epoc.services.maintenance.check import check
from epoc.store import Store
from epoc.store.entity_tables import entities, entity_members
from epoc.store.maintenance import digests

from .conftest import LISTS, POSTGRES_URL, postgres_schema_url


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def filled(capsys, url: str) -> None:
    assert run(capsys, "--db", url, "lists", "import", str(LISTS / "un"), str(LISTS / "uk"))[0] == 0
    assert run(capsys, "--db", url, "resolve")[0] == 0


def targets(tmp_path: Path):
    yield f"sqlite:///{tmp_path / 'restored.db'}"
    if POSTGRES_URL:
        yield from postgres_schema_url(POSTGRES_URL)


def test_round_trip_gives_the_same_content_into_either_database(db_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("EPOC_PASSWORD", "a long enough password")
    filled(capsys, db_url)
    assert (
        run(capsys, "--db", db_url, "users", "add", "claire", "--role", "officer", "--partner", "FR")[0] == 0
    )
    code, out, err = run(capsys, "--db", db_url, "backup", "-o", str(tmp_path / "epoc.backup"), "--json")
    assert code == 0, err
    made = json.loads(out)
    source = Store.open(db_url)
    try:
        with source.read() as conn:
            expected = digests(conn)
    finally:
        source.close()
    assert made["digest"] == expected["*"] and made["rows"] > 50
    for target in targets(tmp_path):
        code, out, err = run(capsys, "--db", target, "restore", str(tmp_path / "epoc.backup"), "--json")
        assert code == 0, err
        assert json.loads(out)["digest"] == expected["*"]
        code, out, _ = run(capsys, "--db", target, "check", "--json")
        assert code == 0 and json.loads(out) == {
            "ok": True,
            "problems": [],
            "audit_entries": json.loads(out)["audit_entries"],
        }
        restored = Store.open(target)
        try:
            with restored.read() as conn:
                assert digests(conn) == expected
            assert audit.verify(restored).ok
        finally:
            restored.close()


def test_restore_refuses_a_store_that_is_not_empty_and_a_cut_backup(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    filled(capsys, url)
    assert run(capsys, "--db", url, "backup", "-o", str(tmp_path / "b.gz"))[0] == 0
    code, _, err = run(capsys, "--db", url, "restore", str(tmp_path / "b.gz"))
    assert code == 1 and "restore needs an empty store" in err and "sources" in err

    with gzip.open(tmp_path / "b.gz", "rt") as whole:
        lines = whole.read().splitlines()
    with gzip.open(tmp_path / "cut.gz", "wt") as cut:
        cut.write("\n".join(lines[: len(lines) // 2]) + "\n")
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    code, _, err = run(capsys, "--db", empty, "restore", str(tmp_path / "cut.gz"))
    assert code == 1 and "cut short" in err and "nothing was restored" in err
    code, out, _ = run(capsys, "--db", empty, "lists", "--json")
    assert json.loads(out) == []

    (tmp_path / "junk.gz").write_bytes(b"not a backup at all")
    code, _, err = run(capsys, "--db", empty, "restore", str(tmp_path / "junk.gz"))
    assert code == 1 and "junk.gz" in err


def test_check_names_a_broken_invariant(store, capsys):
    url = str(store.engine.url.render_as_string(hide_password=False))
    filled(capsys, url)
    assert check(store).ok
    with store.transaction() as conn:
        entity = conn.execute(select(entities.c.id).where(entities.c.status != "removed")).scalars().first()
        conn.execute(delete(entity_members).where(entity_members.c.entity_id == entity))
    report = check(store)
    assert not report.ok
    assert any("every active entity has members" in p and entity in p for p in report.problems)
    code, out, _ = run(capsys, "--db", url, "check", "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_a_backup_taken_while_others_write_is_consistent(tmp_path):
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    store = Store.open(url)
    stop, started = threading.Event(), threading.Event()

    def write() -> None:
        while not stop.is_set():
            with store.transaction() as conn:
                audit.record(conn, "writer", "test.write", "x", {"n": 1})
            started.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert started.wait(10)
    try:
        for n in range(3):
            backup(store, tmp_path / f"busy-{n}.gz")
    finally:
        stop.set()
        writer.join()
        store.close()
    for n in range(3):
        target = Store.open(f"sqlite:///{tmp_path / f'restored-{n}.db'}")
        try:
            report = restore(target, tmp_path / f"busy-{n}.gz")
            assert report.audit_entries > 0 and check(target).ok
        finally:
            target.close()


@pytest.mark.parametrize("name", ["missing.gz"])
def test_restore_of_a_missing_file_says_so(tmp_path, capsys, name):
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'x.db'}", "restore", str(tmp_path / name))
    assert code == 1 and name in err
