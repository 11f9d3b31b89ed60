"""The regime's list from the command line (the scripted round of issue 12): candidates only from what
Partners circulated, decided by the IE Co-Chairs; an edition compiled from the included entities that every
Partner reads as its markings allow; distributed at a meeting with notifications and .eml files; feedback
from two Partners; an included entity whose records move raised again, never silently dropped."""

from __future__ import annotations

import email
import json
from datetime import date
from email import policy

from epoc.cli import main
from epoc.services.list.editions import edition_ref
from epoc.services.list.resolve import resolve

from .entity_helpers import DoubleEngine, put, rec
from .regime_data import BELMORA, PUBLIC_ONLY, QUILLON, SARVENAZ, TARVANE, fill_round


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_scripted_round_from_the_command_line(sqlite_store, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EPOC_USER", "co-chair")
    fill_round(sqlite_store)
    db = ["--db", str(sqlite_store.engine.url)]

    code, out, _ = run(capsys, *db, "entities", "candidates", "--json")
    candidates = json.loads(out)
    assert code == 0 and {c["caption"] for c in candidates} == {TARVANE, SARVENAZ, BELMORA, QUILLON}
    assert all({"candidate_id", "caption", "sources", "evidence"} <= set(c) for c in candidates)
    tarvane = next(c for c in candidates if c["caption"] == TARVANE)
    assert tarvane["sources"] == ["fr-2004", "pub-2009"] and tarvane["evidence"][0]["partner"] == "FR"
    assert tarvane["corroboration"][0]["text"].endswith("since 2009")
    ids = {c["caption"]: c["candidate_id"] for c in candidates}

    for caption in (TARVANE, SARVENAZ, BELMORA, QUILLON):
        code, out, _ = run(
            capsys,
            *db,
            "entities",
            "decide",
            ids[caption],
            "--include",
            "--reason",
            "denied in 2004",
            "--json",
        )
        made = json.loads(out)
        assert code == 0 and made["decision"] == "include" and made["who"] == "co-chair"
    code, out, _ = run(
        capsys, *db, "entities", "decide", ids[SARVENAZ], "--defer", "--reason", "ask FR", "--json"
    )
    assert code == 0 and json.loads(out)["previous"].startswith("include by co-chair")
    code, out, _ = run(capsys, *db, "entities", "candidates", "--json")
    assert [(c["caption"], c["status"]) for c in json.loads(out)] == [(SARVENAZ, "deferred")]
    code, out, _ = run(
        capsys, *db, "entities", "decide", ids[SARVENAZ], "--include", "--reason", "FR confirmed"
    )
    assert code == 0

    code, out, _ = run(capsys, *db, "entities", "list", "--all", "--json")
    public_only = next(e["entity_id"] for e in json.loads(out) if e["caption"] == PUBLIC_ONLY)
    code, _, err = run(capsys, *db, "entities", "decide", public_only, "--include", "--reason", "x", "--json")
    assert code == 1 and "public lists only" in err and err.count("\n") == 1
    code, out, _ = run(capsys, *db, "entities", "list", "--json")
    assert sorted(e["caption"] for e in json.loads(out)) == sorted([TARVANE, SARVENAZ, BELMORA, QUILLON])

    code, out, _ = run(
        capsys, *db, "editions", "create", "2005", "--from", "2000-01-01", "--to", "2004-12-31", "--json"
    )
    made = json.loads(out)
    assert code == 0 and made["status"] == "draft" and made["entities"] == 4 and made["id"] == "2005"

    def seen_by(user: str) -> tuple[str, list[str]]:
        code, out, _ = run(capsys, *db, "editions", "show", "2005", "--as", user, "--json")
        assert code == 0
        view = json.loads(out)
        return view["banner"], sorted(e["caption"] for e in view["entries"])

    assert seen_by("r-fr") == ("CONFIDENTIAL // REL DE, FR", sorted([BELMORA, SARVENAZ, TARVANE]))
    assert seen_by("r-de") == ("CONFIDENTIAL // REL DE, FR", sorted([BELMORA, SARVENAZ, TARVANE]))
    assert seen_by("r-gb") == ("CONFIDENTIAL // REL GB", sorted([QUILLON, SARVENAZ, TARVANE]))
    assert seen_by("r-us") == ("CONFIDENTIAL // REL MTCR", sorted([SARVENAZ, TARVANE]))

    code, out, _ = run(capsys, *db, "editions", "distribute", "2005", "--meeting", "the 2005 RPOC", "--json")
    done = json.loads(out)
    assert code == 0 and done["status"] == "distributed" and done["reference"] == "2005-RPOC/001"
    to = {r["partner"]: r for r in done["recipients"]}
    assert len(to) == 35 and to["US"]["entries"] == 2 and to["FR"]["banner"] == "CONFIDENTIAL // REL DE, FR"
    with open(to["US"]["outbox_file"], "rb") as handle:
        message = email.message_from_binary_file(handle, policy=policy.default)
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert message["X-Epoc-Marking"] == "CONFIDENTIAL // REL MTCR" and TARVANE in text
    assert BELMORA not in message.as_string() and QUILLON not in message.as_string()

    code, out, _ = run(
        capsys, *db, "circulation", "inbox", "--as", "r-gb", "--read", "2005-RPOC/001", "--json"
    )
    assert code == 0 and json.loads(out)["read_by"] == "r-gb"
    code, out, _ = run(capsys, *db, "circulation", "register", "--json")
    (entry,) = json.loads(out)
    assert {r["partner"] for r in entry["recipients"] if r["read_at"]} == {"GB"}

    # feedback from two Partners; Germany's on its own REL DE, FR entry is not for the UK
    code, out, _ = run(
        capsys,
        *db,
        "feedback",
        "give",
        ids[TARVANE],
        "--as",
        "r-us",
        "--kind",
        "comment",
        "--text",
        "seen in 2005",
        "--json",
    )
    assert code == 0 and json.loads(out)["partner"] == "US"
    code, out, _ = run(
        capsys,
        *db,
        "feedback",
        "give",
        ids[BELMORA],
        "--as",
        "r-de",
        "--kind",
        "correction",
        "--field",
        "alias",
        "--text",
        "Belmora Composites FZE",
        "--evidence",
        "trade register 2005",
        "--json",
    )
    correction = json.loads(out)
    assert code == 0 and correction["marking"]["banner"] == "CONFIDENTIAL // REL DE, FR"
    code, _, err = run(capsys, *db, "feedback", "give", ids[BELMORA], "--as", "r-gb", "--text", "hm")
    assert code == 1 and "no entity" in err
    code, out, _ = run(capsys, *db, "feedback", "list", "--as", "r-gb", "--json")
    assert [f["partner"] for f in json.loads(out)] == ["US"]
    code, out, _ = run(
        capsys,
        *db,
        "feedback",
        "decide",
        str(correction["feedback_id"]),
        "--accept",
        "--reason",
        "register",
        "--json",
    )
    assert code == 0 and json.loads(out)["status"] == "accepted"

    # a newer edition: the diff says why, the first is superseded when the second is distributed
    code, out, _ = run(
        capsys,
        *db,
        "editions",
        "create",
        "2010",
        "--from",
        "2000-01-01",
        "--to",
        "2009-12-31",
        "--include-public",
        "--json",
    )
    assert code == 0 and json.loads(out)["previous"] == "2005"
    code, out, _ = run(capsys, *db, "editions", "show", "2010", "--as", "r-us", "--json")
    entries = {e["caption"]: e for e in json.loads(out)["entries"]}
    assert entries[PUBLIC_ONLY]["basis"] == "public" and "national use" in entries[PUBLIC_ONLY]["basis_label"]
    code, out, _ = run(capsys, *db, "editions", "diff", "2005", "2010", "--json")
    added = {a["caption"]: a["why"] for a in json.loads(out)["added"]}
    assert any("national use" in w for w in added[PUBLIC_ONLY])
    run(capsys, *db, "editions", "distribute", "2010", "--meeting", "the 2010 RPOC")
    code, out, _ = run(capsys, *db, "editions", "--json")
    assert {e["name"]: e["status"] for e in json.loads(out)} == {"2005": "superseded", "2010": "distributed"}
    link = edition_ref(sqlite_store, "2010")
    assert (link.id, link.status, link.meeting, link.path) == (
        "2010",
        "distributed",
        "the 2010 RPOC",
        "/editions/2010",
    )
    code, _, err = run(
        capsys,
        *db,
        "entities",
        "export",
        "--format",
        "pdf",
        "--edition",
        "2010",
        "-o",
        str(tmp_path / "e.pdf"),
    )
    assert code == 0 and (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, *db, "entities", "export", "--format", "jsonl")
    assert sorted(json.loads(line)["caption"] for line in out.splitlines()) == sorted(
        [TARVANE, SARVENAZ, BELMORA, QUILLON]
    )

    # resolution moves an included entity's records: raised again, still on the list meanwhile
    put(sqlite_store, "pub-2011", [rec("pub-2011", "1", QUILLON, countries=("KP",))], on=date(2011, 1, 1))
    resolve(sqlite_store, DoubleEngine(sqlite_store).engine())
    code, out, _ = run(capsys, *db, "entities", "candidates", "--json")
    moved = {c["caption"]: c for c in json.loads(out)}
    assert moved[QUILLON]["status"] == "moved" and "pub-2011:1" in moved[QUILLON]["why"]
    code, out, _ = run(capsys, *db, "entities", "list", "--json")
    assert QUILLON in {e["caption"] for e in json.loads(out)}


def test_a_circulation_that_fails_leaves_no_message_in_the_outbox(sqlite_store, tmp_path, monkeypatch):
    """The .eml files are written once the circulation is committed: a rolled-back one sends nothing."""
    import pytest
    from sqlalchemy import select

    from epoc.model import DocumentType
    from epoc.services.documents.extraction import lazy_extractor
    from epoc.services.documents.ingest import DocumentOptions, add_documents
    from epoc.services.regime import circulation
    from epoc.settings import Settings
    from epoc.store.document_tables import documents

    paper = tmp_path / "paper.txt"
    paper.write_text(
        "UNCLASSIFIED // REL MTCR\n\nA paper of our own words for the meeting.\n", encoding="utf-8"
    )
    options = DocumentOptions(partner="DE", doc_type=DocumentType.IE_PAPER)
    add_documents(
        sqlite_store, [paper], options, Settings().document_limits, lazy_extractor(sqlite_store, None)
    )
    with sqlite_store.read() as conn:
        document_id = conn.scalar(select(documents.c.id))
    outbox = tmp_path / "outbox"

    def broken(*_args, **_kwargs):
        raise RuntimeError("the audit log is full")

    monkeypatch.setattr(circulation.audit, "record", broken)
    with pytest.raises(RuntimeError):
        circulation.distribute_document(sqlite_store, document_id, "the 2005 RPOC", outbox)
    assert not list(outbox.rglob("*.eml*"))
    monkeypatch.undo()
    done = circulation.distribute_document(sqlite_store, document_id, "the 2005 RPOC", outbox)
    assert done.reference == "2005-RPOC/001"  # the failed one took no number
    assert sorted(p.name for p in outbox.rglob("*.eml")) == ["2005-RPOC-001.eml"] * len(done.recipients)
