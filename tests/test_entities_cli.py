"""The list's commands end to end through `epoc` (SQLite): resolve, review, entities, editions; bad input
gets one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
from datetime import date

from epoc.cli import main

from .entity_helpers import put, rec


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_whole_flow_from_the_command_line(sqlite_store, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOC_USER", "co-chair")
    url = str(sqlite_store.engine.url)
    put(
        sqlite_store,
        "un",
        [rec("un", "KPe.1", "Alpha Bureau", list_ids=("UN:KPe.001",))],
        on=date(2003, 1, 1),
    )
    put(
        sqlite_store,
        "uk",
        [rec("uk", "9", "Alpha Bureau (AB)", list_ids=("UN:KPe.1.Former",))],
        on=date(2007, 1, 1),
    )
    code, out, _ = run(capsys, "--db", url, "resolve", "--json")
    report = json.loads(out)
    assert code == 0 and report["entities"] == 1 and report["list_id_merges"] == 1 and report["queued"] == 0
    assert {"entities", "auto_merges", "queued"} <= set(report)
    code, out, _ = run(capsys, "--db", url, "review", "next", "--json")
    assert code == 0 and json.loads(out) is None
    code, out, _ = run(
        capsys, "--db", url, "review", "decide", "un:KPe.1", "uk:9", "not-same", "--why", "test", "--json"
    )
    decision = json.loads(out)
    assert code == 0 and len(set(decision["entities"].values())) == 2
    code, out, _ = run(capsys, "--db", url, "review", "undo", str(decision["judgement_id"]), "--why", "oops")
    assert code == 0
    for name, start, end in (("first", "2000-01-01", "2004-12-31"), ("second", "2000-01-01", "2009-12-31")):
        code, out, _ = run(
            capsys,
            "--db",
            url,
            "editions",
            "create",
            name,
            "--from",
            start,
            "--to",
            end,
            "--include-public",
            "--json",
        )
        assert code == 0 and json.loads(out)["created_by"] == "co-chair"
    code, out, _ = run(capsys, "--db", url, "editions", "diff", "first", "second", "--json")
    diff = json.loads(out)
    assert code == 0 and diff["counts"]["changed"] == 1
    for fmt in ("jsonl", "csv", "ftm", "pdf"):
        target = tmp_path / f"list.{fmt}"
        code, _, err = run(
            capsys,
            "--db",
            url,
            "entities",
            "export",
            "--format",
            fmt,
            "-o",
            str(target),
            "--edition",
            "second",
        )
        assert code == 0 and target.stat().st_size > 0 and "1 entities" in err
        assert not (tmp_path / f"list.{fmt}.partial").exists()
    line = json.loads((tmp_path / "list.jsonl").read_text().splitlines()[0])
    assert line["record_ids"] == ["uk:9", "un:KPe.1"]
    code, out, _ = run(capsys, "--db", url, "entities", "list", "--all", "--as-of", "2004-06-01", "--json")
    assert [e["record_ids"] for e in json.loads(out)] == [["un:KPe.1"]]


def test_bad_input_is_one_line_and_a_non_zero_exit(sqlite_store, capsys, tmp_path):
    url = str(sqlite_store.engine.url)
    code, _, err = run(
        capsys, "--db", url, "entities", "export", "--format", "xls", "-o", str(tmp_path / "x")
    )
    assert code == 1 and err.startswith("error: --format 'xls'")
    code, _, err = run(capsys, "--db", url, "review", "decide", "7", "same", "--why", "x")
    assert code == 1 and "no review pair 7" in err
    code, _, err = run(capsys, "--db", url, "editions", "diff", "a", "b")
    assert code == 1 and "no edition 'a'" in err
    code, _, err = run(capsys, "--db", url, "entities", "show", "ent-000000000000")
    assert code == 1 and err.count("\n") == 1
