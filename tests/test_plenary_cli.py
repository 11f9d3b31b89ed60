"""The Plenary's contracts through `epoc` (SQLite): meetings, proposals imported from messages, feedback,
versions, silence, decisions and taskings; bad input gets one line on stderr and exit status 1."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from epoc.cli import main

from .entity_helpers import put, rec


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


FIXTURES = Path(__file__).parent / "fixtures" / "plenary"


def _meetings(capsys, url: str) -> None:
    for args in (
        ["--kind", "plenary", "--name", "Plenary, Rio de Janeiro", "--start", "2009-11-09", "--end",
         "2009-11-13", "--host", "BR", "--chair", "BR"],
        ["--kind", "rpoc", "--name", "RPOC, Paris", "--start", "2010-04-20", "--host", "FR"],
    ):  # fmt: skip
        assert run(capsys, "--db", url, "meetings", "add", *args, "--json")[0] == 0


def test_a_message_of_four_proposals_imports_as_four(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    _meetings(capsys, url)
    path = str(FIXTURES / "four_proposals.txt")
    code, out, err = run(
        capsys, "--db", url, "proposals", "import", path, "--meeting", "plenary-2009", "--json"
    )
    assert code == 0, err
    found = json.loads(out)
    assert [p["sponsor"] for p in found] == ["US", "FR", "DE", "JP"]
    assert [p["subject"] for p in found] == [
        "INTANGIBLE TECHNOLOGY TRANSFERS", "BROKERING CONTROLS", "CATCH-ALL CONSULTATIONS",
        "TO UPDATE THE RISK TECHNOLOGY LIST",
    ]  # fmt: skip
    assert {"proposal_id", "sponsor", "subject", "marking", "consensus_language", "version"} <= set(found[0])
    assert found[0]["consensus_language"] == (
        "Partners agreed to exchange information on national practices for controlling intangible transfers "
        "of technology and to report to the next Plenary."
    )
    # curly quotes, bracketed alternatives, and a page break (form feed, repeated banner, cable page header)
    assert found[1]["consensus_language"] == (
        "Partners [agreed to establish] [agreed to consider establishing] a points-of-contact list for "
        "brokering enforcement questions, to be kept by the Point of Contact."
    )
    assert found[1]["marking"]["releasability"] == "REL MTCR"  # the portion mark (C/REL MTCR)
    assert found[2]["consensus_language"] is None
    assert found[3]["consensus_language"].endswith("TO ALL PARTNERS AT THE 2010 RPOC MEETING.")
    assert "003 OF 004" not in found[3]["consensus_language"]
    assert all(p["version"] == 1 and p["marking"]["classification"] == "CONFIDENTIAL" for p in found)
    # the same message again: the same proposals, nothing duplicated
    again = json.loads(run(capsys, "--db", url, "proposals", "import", path, "--json")[1])
    assert [p["proposal_id"] for p in again] == [p["proposal_id"] for p in found]
    # each keeps its place in the stored document
    shown = json.loads(
        run(capsys, "--db", url, "documents", "show", str(found[1]["source"]["document_id"]), "--json")[1]
    )
    start, end = found[1]["source"]["start"], found[1]["source"]["end"]
    assert (
        shown["text"][start:end].lstrip().startswith("4. (C/REL MTCR) FRENCH PROPOSAL ON BROKERING CONTROLS")
    )


def test_sponsor_from_the_sender_or_the_partner_option(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    code, out, _ = run(
        capsys, "--db", url, "proposals", "import", str(FIXTURES / "one_proposal.txt"), "--json"
    )
    found = json.loads(out)
    assert code == 0 and len(found) == 1 and found[0]["sponsor"] == "NL"
    assert found[0]["consensus_language"].startswith("Partners agreed to hold a Round Table")
    path = str(FIXTURES / "no_sender.txt")
    code, _, err = run(capsys, "--db", url, "proposals", "import", path, "--json")
    assert code == 1 and "--partner" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--db", url, "proposals", "import", path, "--partner", "FR", "--json")
    found = json.loads(out)
    assert [p["sponsor"] for p in found] == ["FR", "FR"]
    assert found[0]["consensus_language"].endswith("[in April] [in May] 2010.")
    assert found[1]["consensus_language"] == (
        "Partners agreed to review the denial notification template at the next RPOC."
    )


def test_the_scripted_round(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    put(sqlite_store, "un", [rec("un", "KPe.1", "Alpha Bureau")], on=date(2009, 6, 1))
    _meetings(capsys, url)
    found = json.loads(
        run(capsys, "--db", url, "proposals", "import", str(FIXTURES / "four_proposals.txt"), "--json")[1]
    )
    pid = str(found[3]["proposal_id"])
    for partner, position, text in (
        ("FR", "support", None), ("DE", "amend", "name the 2010 RPOC"), ("GB", "object", "too soon"),
    ):  # fmt: skip
        args = ["--text", text] if text else []
        code, out, _ = run(
            capsys, "--db", url, "proposals", "comment", pid, "--partner", partner, "--position", position,
            *args, "--json",
        )  # fmt: skip
        assert code == 0
    assert json.loads(out)["objections"] == ["GB"]
    code, out, err = run(
        capsys, "--db", url, "proposals", "decide", pid, "--meeting", "plenary-2009", "--outcome", "adopted",
        "--json",
    )  # fmt: skip
    assert code == 1 and out == "" and "GB objects" in err and len(err.strip().splitlines()) == 1
    amended = (
        "The Plenary tasked the IE Co-Chairs with updating the 2005 list, with a view to distributing it to "
        "all Partners at the 2010 RPOC meeting."
    )
    shown = json.loads(run(capsys, "--db", url, "proposals", "revise", pid, "--text", amended, "--json")[1])
    assert shown["version"] == 2 and shown["objections"] == [] and shown["versions"][1]["diff"]
    shown = json.loads(
        run(capsys, "--db", url, "proposals", "silence", pid, "--deadline", "2099-01-01", "--json")[1]
    )
    assert shown["silence"]["state"] == "running"
    code, out, _ = run(
        capsys, "--db", url, "proposals", "comment", pid, "--partner", "GB", "--position", "support", "--json"
    )
    assert json.loads(out)["silence"]["state"] == "running"
    code, out, err = run(
        capsys, "--db", url, "proposals", "decide", pid, "--meeting", "plenary-2009", "--outcome", "adopted",
        "--release", "--json",
    )  # fmt: skip
    decision = json.loads(out)
    assert code == 0 and decision["outcome"] == "adopted" and decision["text"] == amended
    [tasking] = decision["taskings"]
    assert tasking["owner"] == "IE Co-Chairs" and tasking["due_meeting_id"] == "rpoc-2010"
    code, out, _ = run(capsys, "--db", url, "taskings", "list", "--json")
    assert [t["status"] for t in json.loads(out)] == ["open"]
    assert run(capsys, "--db", url, "editions", "create", "2010-rpoc", "--include-public", "--json")[0] == 0
    code, out, err = run(
        capsys, "--db", url, "taskings", "close", str(tasking["tasking_id"]), "--edition", "nope"
    )
    assert code == 1 and "nope" in err
    code, out, _ = run(
        capsys,
        "--db",
        url,
        "taskings",
        "close",
        str(tasking["tasking_id"]),
        "--edition",
        "2010-rpoc",
        "--json",
    )
    assert code == 0 and json.loads(out)["fulfilled_by"] == "edition:2010-rpoc"
    shown = json.loads(run(capsys, "--db", url, "proposals", "show", pid, "--json")[1])
    assert shown["status"] == "adopted" and shown["decision"]["outcome"] == "adopted"
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert [f["partner"] for f in shown["feedback"]] == ["FR", "DE", "GB", "GB"]
    assert shown["taskings"][0]["status"] == "done"
    code, out, _ = run(capsys, "--db", url, "proposals", "record", "plenary-2009", "--public", "--json")
    record = json.loads(out)
    assert code == 0 and len(record["items"]) == 1 and record["marking"]["releasability"] == "PUBLIC"


def test_deferred_comes_back_and_amended_takes_the_current_text(sqlite_store, capsys):
    url = str(sqlite_store.engine.url)
    _meetings(capsys, url)
    path = str(FIXTURES / "four_proposals.txt")
    found = json.loads(run(capsys, "--db", url, "proposals", "import", path, "--json")[1])
    pid = str(found[0]["proposal_id"])
    assert (
        run(capsys, "--db", url, "proposals", "comment", pid, "--partner", "DE", "--position", "amend")[0]
        == 0
    )
    decide = ["--db", url, "proposals", "decide", pid, "--meeting", "plenary-2009", "--json"]
    assert json.loads(run(capsys, *decide, "--outcome", "deferred")[1])["outcome"] == "deferred"
    decision = json.loads(run(capsys, *decide, "--outcome", "amended")[1])
    assert decision["outcome"] == "amended" and decision["text"] == found[0]["consensus_language"]
    code, _, err = run(capsys, *decide, "--outcome", "rejected")
    assert code == 1 and "no longer open" in err
