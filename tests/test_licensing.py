"""The licensing desk from the command line and the services: the scripted no-undercut round, the band's
rules, the denial lifecycle, and who may read what. Names and denials are fictional."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from epoc.cli import main
from epoc.model import NotFound
from epoc.model.access import Role, Viewer
from epoc.model.denial import Denial, DenialParty, DenialStatus, PartyRole
from epoc.model.licensing import (
    Band,
    ConsultationState,
    Facts,
    approval_refused,
    band_of,
    red_flag_of,
)
from epoc.services.licensing.applications import get_application, list_applications
from epoc.services.licensing.consultations import list_consultations
from epoc.store import Store

TODAY = date.today()


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


DENIALS = {
    "denials": [
        {  # Partner A (FR) denies a rocket-motor item to a consignee
            "partner": "FR", "reference": "FR-DN-1", "date": days_ago(100), "annex_codes": ["2.A.1"],
            "item_description": "Solid rocket motors", "quantity": "4",
            "consignee": {"name": "Shahid Hemmat Industrial Group", "country": "IR"},
            "reason": "Missile programme of concern",
        },
        {  # a catch-all denial: shared for information
            "partner": "IT", "reference": "IT-CA-7", "date": days_ago(50), "catch_all": "yes",
            "item_description": "CNC machine tools (not listed)",
            "consignee": {"name": "Northgate Machinery Co. Ltd", "country": "CN"},
        },
        {  # a lapsed denial: more than three years old, never renewed
            "partner": "NL", "reference": "NL-OLD-3", "date": days_ago(3 * 366 + 10),
            "annex_codes": ["2.A.1"],
            "item_description": "Rocket motor cases",
            "consignee": {"name": "Sahand Alloy Trading Co.", "country": "IR"},
        },
        {  # due for review within a month
            "partner": "FR", "reference": "FR-DN-2", "date": days_ago(3 * 365 - 20), "annex_codes": ["9.A.4"],
            "item_description": "Gyroscopes",
            "consignee": {"name": "Tiber Precision Trading FZE", "country": "AE"},
        },
    ]
}  # fmt: skip


def application(consignee: str, annex: str, reference: str, **extra: object) -> dict[str, object]:
    return {
        "reference": reference,
        "exporter": "Westbrook Propulsion Ltd",
        "destination": "AE",
        "end_use": "Research sounding rockets",
        "parties": [
            {"role": "consignee", "name": consignee, "country": "IR", "address": "Tehran"},
            {"role": "intermediary", "name": "Kestrel Logistics Ltd", "country": "AE", "address": "Dubai"},
        ],
        "items": [{"description": "Solid rocket motor", "annex": annex, "quantity": "2", "value": "400000"}],
        "red_flags": [],
        **extra,
    }


@pytest.fixture
def cli(db_url, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))

    def run(*argv: str, ok: bool = True) -> tuple[int, object, str]:
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        if ok:
            assert code == 0, err
        return code, (json.loads(out) if out.strip() and "--json" in argv else out), err

    path = tmp_path / "denials.json"
    path.write_text(json.dumps(DENIALS), encoding="utf-8")
    run("denials", "import", str(path))
    return run


def add(cli, tmp_path, data: dict[str, object], partner: str = "DE") -> dict:
    path = tmp_path / f"{data['reference']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return cli("applications", "add", str(path), "--partner", partner, "--json")[1]


def test_the_scripted_round(cli, tmp_path, db_url):
    # Partner B (DE) names A's consignee in Persian script, with the same Annex entry
    result = add(cli, tmp_path, application("گروه صنعتی شهید همت", "2.A.1", "DE-1"))
    assert set(result) >= {"application_id", "assessment", "consultations", "related_denials"}
    assert result["assessment"]["band"] == "presumption-of-denial"  # Category I
    kinds = [r["kind"] for r in result["assessment"]["reasons"]]
    assert {"band", "denial", "annex", "destination"} <= set(kinds)
    (consultation,) = result["consultations"]
    assert consultation["partner"] == "FR" and consultation["status"] == "open"
    assert consultation["due"] == (TODAY + timedelta(days=30)).isoformat()
    (related,) = [d for d in result["related_denials"] if d["partner"] == "FR"]
    assert related["binding"] and related["denial_id"] == consultation["denial_id"]
    denial_reason = next(r for r in result["assessment"]["reasons"] if r["kind"] == "denial")
    matched = denial_reason["evidence"][0]["matched"][0]
    assert matched["explanation"] and matched["application_party"]["role"] == "consignee"

    # the request shows the item and the matched parties only
    _, listed, _ = cli("consultations", "list", "--partner", "FR", "--json")
    (asked,) = listed
    assert [p["role"] for p in asked["request"]["parties"]] == ["consignee"]
    assert "exporter" not in json.dumps(asked["request"]) and "400000" not in json.dumps(asked["request"])

    # approval refused while the consultation is open
    app_id = str(result["application_id"])
    code, _, err = cli("applications", "decide", app_id, "--outcome", "approve", "--json", ok=False)
    assert code == 1 and "consultation" in err and "open until" in err and len(err.strip().splitlines()) == 1

    # only the denying Partner replies
    cid = str(consultation["consultation_id"])
    code, _, err = cli("consultations", "reply", cid, "--partner", "DE", "--answer", "objection", "--json",
                       ok=False)  # fmt: skip
    assert code == 1
    _, replied, _ = cli("consultations", "reply", cid, "--partner", "FR", "--answer", "objection",
                        "--text", "Same end user as our denial", "--json")  # fmt: skip
    assert replied["status"] == "objection" and replied["replies"][0]["text"] == "Same end user as our denial"

    # after an objection, approving needs a justification; then the undercut notice goes to FR
    code, _, err = cli("applications", "decide", app_id, "--outcome", "approve", "--json", ok=False)
    assert code == 1 and "justification" in err
    _, decided, _ = cli("applications", "decide", app_id, "--outcome", "approve",
                        "--justification", "End-use visit done", "--json")  # fmt: skip
    assert decided["status"] == "approved"
    (notice,) = decided["notices"]
    assert notice["to_partner"] == "FR" and "End-use visit done" in notice["text"]
    code, _, err = cli("applications", "decide", app_id, "--outcome", "deny", "--json", ok=False)
    assert code == 1 and "already decided" in err

    # a different Annex item: information only, no consultation
    other = add(cli, tmp_path, application("Shahid Hemat Industrial Group", "3.A.1", "DE-2"))
    assert other["consultations"] == []
    (info,) = [d for d in other["related_denials"] if d["partner"] == "FR"]
    assert not info["binding"] and "different Annex item" in info["why"]

    # a catch-all denial and a lapsed denial: information only
    catch_all = add(cli, tmp_path, application("Northgate Machinery Company Limited", "2.A.1", "DE-3"))
    lapsed = add(cli, tmp_path, application("Sahand Alloy Trading Company", "2.A.1", "DE-4"))
    for result, why in ((catch_all, "catch-all"), (lapsed, "lapsed")):
        assert result["consultations"] == []
        (info,) = result["related_denials"]
        assert not info["binding"] and why in info["why"]

    # a denial decision drafts the denial notification, marked, ready to circulate
    _, denied, _ = cli("applications", "decide", str(lapsed["application_id"]), "--outcome", "deny",
                       "--justification", "Diversion risk", "--json")  # fmt: skip
    draft = denied["denial_draft"]
    assert draft["annex_codes"] == ["2.A.1"] and draft["consignee"]["name"] == "Sahand Alloy Trading Company"
    assert draft["marking"] == "CONFIDENTIAL // REL MTCR" and draft["reason"] == "Diversion risk"

    # a third Partner sees none of it; nor does a guest; DE sees its own
    store = Store.open(db_url)
    try:
        third = Viewer("gb", Role.LICENSING_OFFICER, "GB")
        guest = Viewer("guest", Role.OUTREACH_GUEST, None)
        de = Viewer("de", Role.LICENSING_OFFICER, "DE")
        fr = Viewer("fr", Role.LICENSING_OFFICER, "FR")
        for viewer in (third, guest, fr):
            assert list_applications(store, viewer) == []
            with pytest.raises(NotFound):
                get_application(store, None, result["application_id"], viewer)
        assert list_consultations(store, third) == [] and list_consultations(store, guest) == []
        assert [c.partner for c in list_consultations(store, fr)] == ["FR"]
        assert len(list_applications(store, de)) == 4
    finally:
        store.close()


def test_denial_lifecycle(cli, tmp_path):
    _, due, _ = cli("denials", "due", "--within", "60", "--json")
    assert [d["reference"] for d in due] == ["FR-DN-2"]
    denial_id = str(due[0]["denial_id"])
    _, renewed, _ = cli("denials", "renew", denial_id, "--json")
    assert renewed["status"] == "renewed" and renewed["binding"]
    assert renewed["notice"]["kind"] == "denial-renewed"
    assert renewed["review_due"] > (TODAY + timedelta(days=365 * 3 - 2)).isoformat()
    _, due, _ = cli("denials", "due", "--within", "60", "--json")
    assert due == []

    changes = tmp_path / "amend.json"
    changes.write_text(json.dumps({"annex_codes": ["9.A.4", "9.A.6"], "quantity": "20"}), encoding="utf-8")
    _, amended, _ = cli("denials", "amend", denial_id, str(changes), "--json")
    assert amended["reference"] == "FR-DN-2/A1" and amended["predecessor_id"] == int(denial_id)
    assert amended["annex_codes"] == ["9.A.4", "9.A.6"] and amended["binding"]
    assert amended["predecessor"]["successor_id"] == amended["denial_id"]
    assert not amended["predecessor"]["binding"] and "superseded" in amended["predecessor"]["binding_why"]

    _, revoked, _ = cli("denials", "revoke", "FR-DN-2/A1", "--json")  # by its reference
    assert revoked["status"] == "revoked" and not revoked["binding"]
    # a revoked denial no longer opens consultations
    result = add(cli, tmp_path, application("Tiber Precision Trading FZE", "9.A.4", "DE-9"))
    assert result["consultations"] == [] and all(not d["binding"] for d in result["related_denials"])


def test_bad_application_names_the_field(cli, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(application("X Co", "99.Z.1", "DE-BAD")), encoding="utf-8")
    code, _, err = cli("applications", "add", str(path), "--partner", "DE", "--json", ok=False)
    assert code == 1 and "items[0].annex" in err and "bad.json" in err
    csv_path = tmp_path / "app.csv"
    csv_path.write_text(
        "reference,exporter,destination,end_use,role,name,country,address,description,annex,quantity,value,"
        "red_flags\n"
        "DE-CSV,Westbrook Ltd,AE,Research,consignee,Sahand Alloy Trading Co.,IR,,Rocket motor,2.A.1,1,10,"
        "cash payment|freight forwarder as final consignee\n",
        encoding="utf-8",
    )
    _, result, _ = cli("applications", "add", str(csv_path), "--partner", "DE", "--json")
    flags = [r["evidence"][0]["code"] for r in result["assessment"]["reasons"] if r["kind"] == "red-flag"]
    assert flags == ["unusual-payment", "forwarder-final-consignee"]


def test_band_rules_read_as_stated():
    assert band_of(Facts()) is Band.LOW
    assert band_of(Facts(categories=frozenset({"II"}))) is Band.LOW
    assert band_of(Facts(red_flags=1)) is Band.ELEVATED
    assert band_of(Facts(red_flags=3)) is Band.HIGH
    assert band_of(Facts(categories=frozenset({"II"}), concern_destination=True)) is Band.HIGH
    assert band_of(Facts(undercut_denials=1)) is Band.HIGH
    assert band_of(Facts(categories=frozenset({"I"}))) is Band.PRESUMPTION
    assert red_flag_of("Reluctant to give end-use information").code == "end-use-reluctance"
    assert red_flag_of("unusual-routing").code == "unusual-routing"
    open_one = ConsultationState(1, "FR", "open", TODAY)
    assert "open until" in (approval_refused([open_one], TODAY, None) or "")
    passed = ConsultationState(1, "FR", "open", TODAY - timedelta(days=1))
    assert approval_refused([passed], TODAY, None) is None


def test_binding_rule_is_the_models():
    denial = Denial(
        "FR", "R", date(2020, 1, 10), "Motors", (DenialParty(PartyRole.CONSIGNEE, "X"),), ("2.A.1",)
    )
    assert denial.binds_on(date(2022, 1, 1)) and not denial.binds_on(date(2023, 1, 10))
    assert denial.binds_on(date(2024, 1, 1), lapse_years=5)
    renewed = Denial(
        "FR", "R", date(2020, 1, 10), "Motors", (DenialParty(PartyRole.CONSIGNEE, "X"),), ("2.A.1",),
        renewed_on=date(2023, 1, 1), status=DenialStatus.RENEWED,
    )  # fmt: skip
    assert renewed.binds_on(date(2025, 6, 1))
    assert "catch-all" in Denial("FR", "R", date(2024, 1, 1), "x", (), catch_all=True).binding_on(TODAY).why


def test_reassessed_when_a_denial_changes_and_a_refusal_circulates(cli, tmp_path):
    result = add(cli, tmp_path, application("Shahid Hemmat Industrial Group", "2.A.1", "DE-R1"))
    (consultation,) = result["consultations"]
    _, revoked, _ = cli("denials", "revoke", str(consultation["denial_id"]), "--json")
    assert revoked["notice"]["kind"] == "denial-revoked"
    # read again: the denials changed, so it is reassessed, and the history says what changed
    _, shown, _ = cli("applications", "show", str(result["application_id"]), "--json")
    (change,) = shown["history"]
    assert any("FR-DN-1" in text for text in change["removed"])
    assert any("revoked" in text for text in change["added"])
    assert all(not d["binding"] for d in shown["related_denials"])

    cli("applications", "decide", str(result["application_id"]), "--outcome", "deny",
        "--justification", "Programme of concern", "--json")  # fmt: skip
    _, circulated, _ = cli("applications", "circulate", str(result["application_id"]), "--json")
    assert circulated["partner"] == "DE" and circulated["status"] == "added"
    _, listed, _ = cli("denials", "list", "--json")
    (mine,) = [d for d in listed if d["denial_id"] == circulated["denial_id"]]
    assert mine["reference"] == "DN-DE-R1" and mine["binding"] and mine["annex_codes"] == ["2.A.1"]
    code, _, err = cli("applications", "circulate", str(result["application_id"]), "--json", ok=False)
    assert code == 1 and "circulated" in err
    _, notices, _ = cli("consultations", "notices", "--partner", "GB", "--json")
    assert [n["kind"] for n in notices] == ["denial-revoked"]  # to every Partner
