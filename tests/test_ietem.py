"""The IE-TEM area: the Annex as versioned data, coverage verdicts, the review, the gap register, threads,
the digest, the report, and the CLI contracts (JSON shapes exactly as issue 14 gives them)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from epoc.cli import main
from epoc.model import DocumentType, Marking
from epoc.model.access import Role, Viewer
from epoc.model.annex import (
    AnnexFormatError,
    category_of,
    diff_versions,
    in_force,
    parse_parameter_text,
    shipped_versions,
    version_from_dict,
    version_to_dict,
)
from epoc.model.errors import Forbidden, InvalidInput
from epoc.model.ietem import find_quantities, find_risk_technologies, judge
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import DocumentOptions, add_documents
from epoc.services.ietem import gaps as gap_service
from epoc.services.ietem.annex import import_version, list_versions
from epoc.services.ietem.report import write_report
from epoc.services.ietem.review import ReviewQuery, run_review
from epoc.settings import Settings
from epoc.store import Store

PAPERS = Path(__file__).resolve().parents[1] / "bench" / "data" / "ietem"
EARLIER, CURRENT = shipped_versions()


def verdict(codes, text, version=CURRENT, **kw):
    return judge(codes, version, find_quantities(text), **kw)


@pytest.mark.parametrize(
    ("codes", "text", "coverage"),
    [
        (["3.A.1"], "turbojet engines of 400 N thrust", "below-threshold"),  # not above 400 N
        (["3.A.1"], "of 0.8 kN", "controlled"),
        (["19.A.2"], "a range of 280 km", "below-threshold"),
        (["1.A.2"], "a 600 kg payload to 350 km", "controlled"),
        (["9.A.4"], "gyros with a drift rate of 0.5°/h", "below-threshold"),
        (["9.A.4"], "a drift of 0.05 deg/hr", "controlled"),
        (["9.A.4"], "eine Drift von 0,3 °/h", "controlled"),  # a decimal comma
        (["2.A.1"], "a total impulse of 1.1e6 Ns", "controlled"),
        (["6.C.1"], "carbon fibre of 3.5 GPa", "controlled"),  # at the reference density, 1.98e5 m
        (["9.A.3"], "a bias of 50 micro-g", "controlled"),
        (["9.A.6"], "an IMU with gyros of 10 deg/h", "below-threshold"),  # read against 9.A.4, same item
        (["9.A.4"], "gyros", "unclear"),
        (["3.B.3"], "a flow-forming machine", "controlled"),  # listed without a threshold
        ([], "additive manufacturing", "not-covered"),
    ],
)
def test_verdicts_with_their_reasons(codes, text, coverage):
    risk = find_risk_technologies(text)
    got = verdict(codes, text, risk=risk[0].technology if risk else None)
    assert got.coverage == coverage, got.reason
    assert got.reason


def test_a_mention_is_read_against_the_version_in_force():
    assert in_force([EARLIER, CURRENT], date(2005, 1, 1)).name == "1990s"
    assert in_force([EARLIER, CURRENT], date(2020, 1, 1)).name == "current"
    assert verdict(["3.A.1"], "800 N", EARLIER).coverage == "below-threshold"  # 1 kN then
    assert verdict(["3.A.1"], "800 N", CURRENT).coverage == "controlled"
    assert verdict(["19.A.3"], "a spraying drone", EARLIER).coverage == "not-covered"


def test_shipped_versions_differ_by_real_amendments_and_round_trip():
    d = diff_versions(EARLIER, CURRENT)
    assert d.added == ("6.C.8", "19.A.3") and d.amended == ("3.A.1",) and d.deleted == ()
    assert all(a.why and a.technical and a.licensing_impact for a in CURRENT.amendments)
    again = version_from_dict(json.loads(json.dumps(version_to_dict(CURRENT), default=str)))
    assert diff_versions(CURRENT, again).amended == ()
    assert category_of("2.A.1") == "I" and category_of("3.A.1") == "II"


def test_parameters_written_as_text_and_bad_files():
    p = parse_parameter_text("maximum thrust above 400 N")
    assert (p.name, p.comparator, p.quantity, p.unit) == ("maximum thrust", ">", 400.0, "N")
    assert parse_parameter_text("specific tensile strength > 7.62e4 m").reference_density == 1.8
    assert parse_parameter_text("hydrogen peroxide >= 90 %").applies_to == ("hydrogen peroxide",)
    with pytest.raises(AnnexFormatError, match="item 1 entry 1"):
        version_from_dict({"item": [{"number": 1, "entry": [{"code": "1.A.1"}]}]}, "x", date(2020, 1, 1))
    with pytest.raises(AnnexFormatError, match="is listed under item 2"):
        version_from_dict(
            {"item": [{"number": 2, "entry": [{"code": "1.A.1", "title": "t", "covers": "c"}]}]},
            "x",
            date(2020, 1, 1),
        )


@pytest.fixture
def reviewed(store: Store) -> Store:
    extractor = lazy_extractor(store, None)
    for path in sorted(PAPERS.glob("*.txt")):
        labels = json.loads(path.with_name(path.stem + ".labels.json").read_text(encoding="utf-8"))
        options = DocumentOptions(
            partner=labels["partner"],
            doc_type=DocumentType.IE_PAPER,
            marking=Marking.parse(labels["marking"]),
        )
        [result] = add_documents(store, [path], options, Settings().document_limits, extractor)
        assert result.error is None
    return store


def test_review_contract_and_coverage(reviewed: Store):
    data = run_review(reviewed, ReviewQuery()).to_json()
    assert data["papers"] == 12
    for row in data["technologies"]:
        assert {"technology", "mentions", "annex_entries", "coverage", "document_ids"} <= set(row)
        assert row["coverage"] in {"controlled", "below-threshold", "not-covered", "unclear"}
    turbojets = {(r["technology"], r["coverage"]) for r in data["technologies"]}
    assert ("small turbojets", "below-threshold") in turbojets
    assert ("additive manufacturing of engine parts", "not-covered") in turbojets
    window = run_review(reviewed, ReviewQuery(2020, 2021)).to_json()
    assert window["papers"] == 2
    with pytest.raises(InvalidInput, match="after"):
        run_review(reviewed, ReviewQuery(2022, 2020))


def test_a_viewer_reviews_only_what_they_may_read(reviewed: Store):
    french = Viewer("fr", Role.OFFICER, "FR")
    norwegian = Viewer("no", Role.OFFICER, "NO")
    assert len(run_review(reviewed, ReviewQuery(), french).papers) == 10  # not SECRET, not REL NO, SE
    assert any(p.partner == "NO" for p in run_review(reviewed, ReviewQuery(), norwegian).papers)


def test_gap_register_workflow_thread_digest_and_report(reviewed: Store, tmp_path: Path):
    gaps = gap_service.list_gaps(reviewed)
    suggestion = next(
        g for g in gaps if g.technology == "small turbojets" and g.coverage == "below-threshold"
    )
    assert suggestion.status == "suggested" and suggestion.evidence
    officer = Viewer("t-officer", Role.OFFICER, "DE")
    with pytest.raises(Forbidden):
        gap_service.confirm_gap(reviewed, suggestion.gap_id, officer)
    chair = Viewer(
        "t-editor",
        Role.LIST_EDITOR,
        "POC",
    )
    gap = gap_service.confirm_gap(reviewed, suggestion.gap_id, chair, priority="near-term", owner="DE")
    assert (
        gap.gap_id.startswith("G-") and gap.status == "open" and len(gap.evidence) == len(suggestion.evidence)
    )
    assert all(e.paragraph > 0 for e in gap.evidence)
    listed = gap_service.list_gaps(reviewed)
    assert [g.gap_id for g in listed].count(gap.gap_id) == 1
    assert not any(g.gap_id == suggestion.gap_id for g in listed)  # suggested once, now in the register
    with pytest.raises(InvalidInput, match="adopted-in"):
        gap_service.update_gap(reviewed, gap.gap_id, chair, status="adopted")
    moved = gap_service.update_gap(reviewed, gap.gap_id, chair, status="proposed to the TEM")
    assert moved.status == "proposed to the TEM"

    eml = tmp_path / "reply.eml"
    eml.write_text(
        "From: Expert <expert@example.org>\nTo: ietem@example.org\nSubject: Re: small turbojets\n"
        "Date: Tue, 04 Mar 2025 10:00:00 +0000\nMessage-ID: <r1@example.org>\n\nWe support lowering the "
        "threshold.\n",
        encoding="utf-8",
    )
    gap_service.import_eml(reviewed, gap.gap_id, eml)
    with pytest.raises(InvalidInput, match="already"):
        gap_service.import_eml(reviewed, gap.gap_id, eml)
    assert gap_service.thread(reviewed, gap.gap_id)[0].author == "Expert <expert@example.org>"

    from epoc.services import accounts
    from epoc.services.ietem.group import join

    accounts.create_user(reviewed, "t-chair", Role.LIST_EDITOR, "a long enough password", "FR")
    assert join(reviewed, "t-chair", "FR", "propulsion", "chair@example.org").role == "chair"
    [written] = gap_service.write_digest(reviewed, tmp_path / "outbox")
    assert written.suffix == ".eml" and "small turbojets" in written.read_text(encoding="utf-8")

    html = tmp_path / "report.html"
    data = write_report(reviewed, "html", html)
    assert data.marking.banner == "SECRET // REL NO, SE"  # the strictest of the evidence used
    text = html.read_text(encoding="utf-8")
    assert text.count("SECRET // REL NO, SE") >= 2 and "Near-term priorities" in text
    pdf = tmp_path / "report.pdf"
    write_report(reviewed, "pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_contracts(tmp_path: Path, capsys):
    db = f"sqlite:///{tmp_path}/cli.db"
    assert main(["--db", db, "documents", "add", str(PAPERS / "ie-2020-kr-turbojets.txt"), "--type",
                 "ie_paper", "--partner", "KR"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", db, "ietem", "review", "--from", "2019", "--to", "2021", "--json"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert review["papers"] == 1 and review["technologies"]
    assert main(["--db", db, "annex", "versions", "--json"]) == 0
    assert [v["name"] for v in json.loads(capsys.readouterr().out)] == ["1990s", "current"]
    assert main(["--db", db, "annex", "diff", "1990s", "current", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert (d["added"], d["amended"], d["deleted"]) == (["6.C.8", "19.A.3"], ["3.A.1"], [])
    exported = tmp_path / "current.toml"
    assert main(["--db", db, "annex", "export", "current", "-o", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8").replace("maximum thrust", "max thrust")
    changed = tmp_path / "next.toml"
    changed.write_text(text.replace('"19.A.3"', '"19.A.4"'), encoding="utf-8")
    assert main(["--db", db, "annex", "import", str(changed), "--version", "next", "--adopted", "2030-01-01",
                 "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["name"] == "next"
    assert main(["--db", db, "annex", "diff", "current", "next", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["added"] == ["19.A.4"] and d["deleted"] == ["19.A.3"] and "3.A.1" in d["amended"]
    assert main(["--db", db, "ietem", "gaps", "--json"]) == 0
    gaps = json.loads(capsys.readouterr().out)
    assert gaps and {"gap_id", "technology", "coverage", "priority", "status", "evidence"} <= set(gaps[0])
    assert {"document_id", "text"} <= set(gaps[0]["evidence"][0])
    out = tmp_path / "r.html"
    assert main(["--db", db, "ietem", "report", "--format", "html", "-o", str(out)]) == 0
    assert "CONFIDENTIAL // REL MTCR" in out.read_text(encoding="utf-8")
    assert (
        main(["--db", db, "annex", "import", str(changed), "--version", "next", "--adopted", "2030-01-01"])
        == 1
    )
    assert "exists" in capsys.readouterr().err
    assert [v.name for v in list_versions(Store.open(db))][-1] == "next"


def test_import_refuses_a_bad_file_in_one_line(store: Store, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[item]]\nnumber = 3\n[[item.entry]]\ncode = '3.A.1'\ntitle = 't'\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"bad.toml: item 3 entry 1 \(3.A.1\): the entry needs a covers"):
        import_version(store, bad, "bad", date(2030, 1, 1))


def test_a_quantity_past_another_mention_belongs_to_the_one_it_measures(store: Store, tmp_path: Path):
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "UNCLASSIFIED // REL MTCR\n\nInformation Exchange paper\n\nDate: 2022-05-05\n\n"
        "The network bought turbojet engines for a target drone, rated at 350 N thrust.\n\n"
        "It also sought a UAV and a ballistic missile with a range of 1,300 km.\n",
        encoding="utf-8",
    )
    options = DocumentOptions(partner="DE", doc_type=DocumentType.IE_PAPER)
    add_documents(store, [paper], options, Settings().document_limits, lazy_extractor(store, None))
    found = {m.text: m for m in run_review(store, ReviewQuery()).mentions}
    assert found["turbojet engines"].coverage == "below-threshold"  # 350 N, past "target drone"
    assert found["target drone"].coverage == "unclear"  # a thrust says nothing of its range
    assert found["ballistic missile"].coverage == "controlled"
    assert found["UAV"].coverage == "unclear"  # the range is the missile's: the missile measures it


def test_reading_quantities_never_fails_on_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from([*"0123456789 .,-/°ºµμ%kKmMNgGPaslbfhr×x^e\n", "deg", "micro-g", "GPa", "km"])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(alphabet, max_size=40).map("".join))
    def check(text: str) -> None:
        for q in find_quantities(text):
            assert text[q.start : q.end] == q.text
            judge(["3.A.1", "9.A.4", "6.C.1", "9.A.3"], CURRENT, [q])

    check()


def test_an_empty_store_reviews_nothing(tmp_path: Path, capsys):
    assert main(["--db", f"sqlite:///{tmp_path}/empty.db", "ietem", "review", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["papers"] == 0
    assert main(["--db", f"sqlite:///{tmp_path}/empty.db", "ietem", "gaps", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_figure_in_the_next_sentence_of_the_paragraph(store: Store, tmp_path: Path):
    paper = tmp_path / "next.txt"
    paper.write_text(
        "UNCLASSIFIED // REL MTCR\n\nInformation Exchange paper\n\nDate: 2022-05-05\n\n"
        "The network bought ten turbojet engines in 2021. Their maximum thrust is 350 N.\n\n"
        "It also sought fibre optic gyros.\n\nThe drift rate was 0.01 deg/h.\n",
        encoding="utf-8",
    )
    options = DocumentOptions(partner="DE", doc_type=DocumentType.IE_PAPER)
    add_documents(store, [paper], options, Settings().document_limits, lazy_extractor(store, None))
    found = {m.text: m for m in run_review(store, ReviewQuery()).mentions}
    assert found["turbojet engines"].coverage == "below-threshold"
    assert found["fibre optic gyros"].coverage == "unclear"  # another paragraph: not its figure
