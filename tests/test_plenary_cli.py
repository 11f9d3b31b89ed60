"""The Plenary's contracts through `epoc` (SQLite): meetings, proposals imported from messages, feedback,
versions, silence, decisions and taskings; bad input gets one line on stderr and exit status 1."""

from __future__ import annotations

import json

from epoc.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_meetings_add_and_list(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    code, out, _ = run(
        capsys, "--db", url, "meetings", "add", "--kind", "plenary", "--name", "Plenary, Rio de Janeiro",
        "--start", "2009-11-09", "--end", "2009-11-13", "--place", "Rio de Janeiro", "--host", "Brazil",
        "--chair", "BR", "--json",
    )  # fmt: skip
    meeting = json.loads(out)
    assert code == 0 and meeting["meeting_id"] == "plenary-2009"
    assert meeting["host"] == "BR" and meeting["chair"] == "BR" and meeting["end"] == "2009-11-13"
    assert meeting["marking"]["releasability"] == "REL MTCR"
    code, out, _ = run(
        capsys, "--db", url, "meetings", "add", "--kind", "working-group", "--name", "IE-TEM working group",
        "--start", "2010-03-02", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["meeting_id"] == "working-group-2010"
    code, out, _ = run(capsys, "--db", url, "meetings", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [m["meeting_id"] for m in listed] == ["working-group-2010", "plenary-2009"]


def test_meetings_bad_input_is_one_line_and_exit_1(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    for args, words in (
        (["--kind", "picnic", "--name", "x", "--start", "2009-01-01"], "picnic"),
        (["--kind", "tem", "--name", "x", "--start", "2009-13-01"], "--start"),
        (["--kind", "tem", "--name", "x", "--start", "2009-01-02", "--end", "2009-01-01"], "ends"),
        (["--kind", "tem", "--name", "x", "--start", "2009-01-02", "--host", "Atlantis"], "host"),
    ):
        code, out, err = run(capsys, "--db", url, "meetings", "add", *args, "--json")
        assert code == 1 and out == "" and words in err and len(err.strip().splitlines()) == 1
