"""The licensing desk on the web: the JSON twins (three Partners' licensing officers and a guest) and, in a
real browser, the scripted no-undercut round. Names and denials are fictional."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from epoc.documents.denials import denial_from
from epoc.model.access import Role, Viewer
from epoc.services import accounts
from epoc.services.denials.notifications import DenialImportOptions, save_denials
from epoc.web.security import CSRF_HEADER, SESSION_COOKIE

from . import test_browser, webapp
from .test_browser import ARGS, CHROMIUM, screenshot_on_failure
from .webapp import PASSWORD, USERS, WebEnv

server = test_browser.server  # the app served in a thread, over this module's `web`
TODAY = date.today()
FR = USERS[Role.LICENSING_OFFICER][0]  # the French licensing officer of the shared accounts
DE, GB = "t-lic-de", "t-lic-gb"
PERSIAN = "گروه صنعتی شهید همت"  # Shahid Hemmat Industrial Group in Persian script
DOCUMENTS = Path(__file__).parent / "fixtures" / "applications"
EMAIL = DOCUMENTS / "forwarded_request.eml"


def _seed(env: WebEnv) -> None:
    for username, partner in ((DE, "DE"), (GB, "GB")):
        accounts.create_user(env.store, username, Role.LICENSING_OFFICER, PASSWORD, partner, username)
    denials = [
        {"partner": "IT", "reference": "IT-CA-7", "date": (TODAY - timedelta(days=40)).isoformat(),
         "catch_all": "yes", "item_description": "CNC machine tools (not listed)",
         "consignee": {"name": "Northgate Machinery Co. Ltd", "country": "CN"}},
        {"partner": "NL", "reference": "NL-OLD-3", "date": (TODAY - timedelta(days=3 * 366 + 5)).isoformat(),
         "annex_codes": ["2.A.1"], "item_description": "Rocket motor cases",
         "consignee": {"name": "Sahand Alloy Trading Co.", "country": "IR"}},
    ]  # fmt: skip
    save_denials(env.store, [denial_from(d) for d in denials], DenialImportOptions(), "test")


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web("sqlite", tmp_path_factory.mktemp("licensing-web")) as env:
        _seed(env)
        yield env


def client(env: WebEnv, username: str) -> TestClient:
    with env.store.read() as conn:
        from epoc.store.accounts import AccountRepository

        viewer: Viewer = accounts.viewer_from_row(AccountRepository(conn).get_user(username))
    cookie, csrf = accounts.start_session(env.store, env.settings, viewer, "testclient", "pytest")
    c = TestClient(env.app, base_url="http://testserver")
    c.cookies.set(SESSION_COOKIE, cookie)
    c.headers[CSRF_HEADER] = csrf
    return c


def application(consignee: str, annex: str, reference: str) -> dict[str, object]:
    return {
        "reference": reference,
        "exporter": "Westbrook Propulsion Ltd",
        "destination": "AE",
        "end_use": "Sounding rockets",
        "parties": [{"role": "consignee", "name": consignee, "country": "IR"}],
        "items": [{"description": "Solid rocket motor", "annex": annex, "quantity": "2", "value": "1"}],
        "red_flags": ["unusual routing via a free zone"],
    }


def test_the_round_through_the_json_twins(web: WebEnv) -> None:
    fr, de, gb = client(web, FR), client(web, DE), client(web, GB)
    denial = {
        "partner": "FR", "reference": "FR-WEB-1", "date": (TODAY - timedelta(days=10)).isoformat(),
        "annex_codes": ["2.A.1"], "item_description": "Solid rocket motors",
        "consignee": {"name": "Shahid Hemmat Industrial Group", "country": "IR"},
    }  # fmt: skip
    assert fr.post("/api/v1/denials", json=denial).status_code == 201

    response = de.post("/api/v1/applications", json=application(PERSIAN, "2.A.1", "DE-W1"))
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["assessment"]["band"] == "presumption-of-denial"
    (consultation,) = created["consultations"]
    assert consultation["partner"] == "FR" and response.headers["x-epoc-marking"].startswith("CONFIDENTIAL")
    app_id, cid = created["application_id"], consultation["consultation_id"]

    refused = de.post(f"/api/v1/applications/{app_id}/decision", json={"outcome": "approve"})
    assert refused.status_code == 409 and "open until" in refused.json()["error"]

    # the applications are DE's alone; the consultation is FR's and DE's
    assert gb.get(f"/api/v1/applications/{app_id}").status_code == 404
    assert fr.get(f"/api/v1/applications/{app_id}").status_code == 404
    assert gb.get("/api/v1/consultations").json() == []
    (asked,) = fr.get("/api/v1/consultations").json()
    assert asked["request"]["parties"][0]["name"] == PERSIAN and "exporter" not in asked["request"]
    assert gb.post(f"/api/v1/consultations/{cid}/reply", json={"answer": "objection"}).status_code == 404
    assert de.post(f"/api/v1/consultations/{cid}/reply", json={"answer": "objection"}).status_code == 403

    replied = fr.post(f"/api/v1/consultations/{cid}/reply", json={"answer": "no-objection"})
    assert replied.status_code == 200 and replied.json()["status"] == "no-objection"
    decided = de.post(f"/api/v1/applications/{app_id}/decision", json={"outcome": "approve"})
    assert decided.status_code == 200 and decided.json()["status"] == "approved"
    assert decided.json()["notices"][0]["to_partner"] == "FR"

    notices = fr.get("/api/v1/notices").json()
    assert [n["kind"] for n in notices] == ["undercut"] and gb.get("/api/v1/notices").json() == []

    # a different item, a catch-all denial, a lapsed denial: information only
    for consignee, annex, why in (
        ("Shahid Hemat Industrial Group", "3.A.1", "different Annex item"),
        ("Northgate Machinery Company Limited", "2.A.1", "catch-all"),
        ("Sahand Alloy Trading Company", "2.A.1", "lapsed"),
    ):
        result = de.post("/api/v1/applications", json=application(consignee, annex, f"DE-{why}")).json()
        assert result["consultations"] == [], why
        assert any(why in d["why"] and not d["binding"] for d in result["related_denials"]), why

    # a refusal drafts the denial notification; circulated, it is DE's denial, binding
    last = de.get("/api/v1/applications").json()[0]
    assert de.post(
        f"/api/v1/applications/{last['application_id']}/decision", json={"outcome": "deny"}
    ).is_success
    circulated = de.post(f"/api/v1/applications/{last['application_id']}/circulate")
    assert circulated.status_code == 201 and circulated.json()["partner"] == "DE"
    assert gb.post(f"/api/v1/denials/{circulated.json()['denial_id']}/revoke").status_code == 404  # not GB's
    revoked = de.post(f"/api/v1/denials/{circulated.json()['denial_id']}/revoke")
    assert revoked.status_code == 200 and not revoked.json()["binding"]

    # pages: the application with its reasons, the dashboard's boxes
    html = de.get(f"/applications/{app_id}").text
    assert "presumption of denial" in html and "Shahid Hemmat Industrial Group" in html
    assert "Consultations awaiting our reply" in fr.get("/").text
    assert de.get("/denials/due").status_code == 200

    guest = web.client(Role.OUTREACH_GUEST)
    for url in ("/api/v1/applications", "/api/v1/consultations", f"/api/v1/applications/{app_id}"):
        assert guest.get(url).status_code == 403


def test_attachments_and_a_document_on_the_web(web: WebEnv) -> None:
    fr, de, gb = client(web, FR), client(web, DE), client(web, GB)
    denial = {
        "partner": "FR", "reference": "FR-WEB-ATT", "date": (TODAY - timedelta(days=10)).isoformat(),
        "annex_codes": ["2.A.1"], "item_description": "Solid rocket motors",
        "consignee": {"name": "Halcyon Aerospace Supplies FZE", "country": "AE"},
    }  # fmt: skip
    assert fr.post("/api/v1/denials", json=denial).status_code == 201

    # a document read into a draft (JSON) and into the entry form (page): nothing entered yet
    letter = (DOCUMENTS / "form_letter.txt").read_bytes()
    before = len(de.get("/api/v1/applications").json())
    read = de.post("/api/v1/applications/read-document", files={"file": ("letter.txt", letter, "text/plain")})
    assert read.status_code == 200, read.text
    assert read.json()["application"]["items"][0]["annex"] == "2.A.1.b"
    email = {"file": ("letter.eml", EMAIL.read_bytes(), "message/rfc822")}
    form = de.post("/applications/import", files=email)
    assert form.status_code == 200 and 'value="LUM-4471"' in form.text
    assert "the tagger&#39;s suggestion" in form.text and "consignee: not named in the document" in form.text
    assert len(de.get("/api/v1/applications").json()) == before
    bad = de.post("/applications/import", files={"file": ("x.pdf", b"not a pdf", "application/pdf")})
    assert bad.status_code == 422 and 'role="alert"' in bad.text

    # entered from the form the document filled (the officer confirms), it consults FR
    created = de.post("/api/v1/applications", json=read.json()["application"])
    assert created.status_code == 201 and created.json()["consultations"][0]["partner"] == "FR"
    app_id = created.json()["application_id"]

    # a file kept with it: by DE's officers only; the consulted Partner (FR) and a third (GB) see nothing
    pdf = b"%PDF-1.4\n% an end-user certificate\n%%EOF\n"
    attached = de.post(
        f"/api/v1/applications/{app_id}/attachments",
        files={"file": ("EUC signed.pdf", pdf, "application/pdf")},
        data={"note": "end-user certificate"},
    )
    assert attached.status_code == 201, attached.text
    kept = attached.json()
    assert kept["sha256"] == hashlib.sha256(pdf).hexdigest() and kept["size"] == len(pdf)
    url = f"/api/v1/applications/{app_id}/attachments/{kept['attachment_id']}"
    got = de.get(url)
    assert got.status_code == 200 and got.content == pdf
    assert "attachment;" in got.headers["content-disposition"]
    assert got.headers["x-epoc-marking"].startswith("CONFIDENTIAL")
    for other in (fr, gb):
        assert other.get(url).status_code == 404
        assert other.get(f"/api/v1/applications/{app_id}/attachments").status_code == 404
        refused = other.post(
            f"/api/v1/applications/{app_id}/attachments", files={"file": ("x.txt", b"x", "text/plain")}
        )
        assert refused.status_code == 404
    assert "EUC signed.pdf" not in json.dumps(fr.get("/api/v1/consultations").json())
    guest = web.client(Role.OUTREACH_GUEST)
    assert guest.get(url).status_code == 403

    # on the page: listed with a download link; the page's upload refuses a wrong kind, saying why
    page = de.get(f"/applications/{app_id}").text
    assert "EUC signed.pdf" in page and f"/applications/{app_id}/attachments/{kept['attachment_id']}" in page
    form_url = f"/applications/{app_id}/attachments"
    wrong = de.post(form_url, files={"file": ("run.sh", b"#!/bin/sh", "text/x-sh")})
    assert wrong.status_code == 422 and "attachments are documents or scans" in wrong.text
    again = de.post(form_url, files={"file": ("copy.pdf", pdf, "application/pdf")})
    assert again.status_code == 409 and "already attached as EUC signed.pdf" in again.text
    assert de.get(f"/applications/{app_id}/attachments/{kept['attachment_id']}").content == pdf


@pytest.mark.browser
def test_the_scripted_round_in_a_browser(web: WebEnv, server: str) -> None:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing"
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tabs = {}
            for username in (FR, DE, GB, USERS[Role.OUTREACH_GUEST][0]):
                tab = chromium.new_context(viewport={"width": 1366, "height": 900}).new_page()
                tab.set_default_timeout(30_000)
                tab.goto(f"{server}/login")
                tab.get_by_label("Username").fill(username)
                tab.get_by_label("Password").fill(PASSWORD)
                tab.get_by_role("button", name="Sign in").click()
                tab.wait_for_load_state()
                tabs[username] = tab
            expect.set_options(timeout=30_000)
            fr, de, gb, guest = tabs[FR], tabs[DE], tabs[GB], tabs[USERS[Role.OUTREACH_GUEST][0]]

            with screenshot_on_failure(fr, "licensing-fr-denies"):  # Partner A denies a rocket-motor item
                fr.goto(f"{server}/denials")
                fr.locator("#partner").fill("FR")
                fr.locator("#date").fill((TODAY - timedelta(days=5)).isoformat())
                fr.locator("#reference").fill("FR-BROWSER-1")
                fr.locator("#annex_codes").fill("2.A.1")
                fr.locator("#item_description").fill("Solid rocket motor cases")
                fr.locator("#consignee_name").fill("Shahid Hemmat Industrial Group")
                fr.locator("#consignee_country").fill("IR")
                fr.get_by_role("button", name="Enter the denial").click()
                expect(fr.get_by_role("status")).to_contain_text("FR-BROWSER-1")

            with screenshot_on_failure(de, "licensing-de-applies"):  # Partner B, in Persian script
                de.goto(f"{server}/applications")
                de.locator("#reference").fill("DE-BROWSER-1")
                de.locator("#exporter").fill("Westbrook Propulsion Ltd")
                de.locator("#destination").fill("AE")
                de.locator("#consignee_name").fill(PERSIAN)
                de.locator("#consignee_country").fill("IR")
                de.locator("#description").fill("Solid rocket motor")
                de.locator("#annex").fill("2.A.1")
                de.get_by_role("button", name="Enter and assess").click()
                expect(de.locator("[data-band]").first).to_have_text("presumption of denial")
                expect(de.locator("table.consultations")).to_contain_text("open")
                application_url = de.url
                de.get_by_label("Approve", exact=True).check()
                de.get_by_role("button", name="Record the decision").click()
                expect(de.get_by_role("alert")).to_contain_text("approval refused")

            with screenshot_on_failure(gb, "licensing-third-partner"):  # a third Partner sees none of it
                gb.goto(f"{server}/consultations")
                expect(gb.locator("body")).not_to_contain_text("DE-BROWSER-1")
                assert gb.locator("table.asked").count() == 0
                response = gb.goto(application_url)
                assert response is not None and response.status == 404

            with screenshot_on_failure(fr, "licensing-fr-replies"):  # A replies
                fr.goto(f"{server}/")
                expect(fr.locator("body")).to_contain_text("Consultations awaiting our reply")
                fr.goto(f"{server}/consultations")
                row = fr.locator("table.asked tbody tr").last
                expect(row).to_contain_text(PERSIAN)
                row.get_by_label("Answer").select_option("objection")
                row.get_by_label("Reasons").fill("The same consignee as our denial")
                row.get_by_role("button", name="Reply").click()
                expect(fr.locator("table.asked tbody tr").last).to_contain_text("objection")

            with screenshot_on_failure(de, "licensing-de-decides"):  # the decision is recorded
                de.goto(application_url)
                expect(de.locator("table.consultations")).to_contain_text("The same consignee as our denial")
                de.get_by_label("Deny (drafts the denial notification)").check()
                de.get_by_label("Justification").fill("Objection upheld")
                de.get_by_role("button", name="Record the decision").click()
                expect(de.locator("#status")).to_have_text("denied")
                expect(de.locator("pre.draft")).to_contain_text("REL MTCR")

            with screenshot_on_failure(de, "licensing-other-item"):  # a different Annex item: information
                de.goto(f"{server}/applications")
                de.locator("#reference").fill("DE-BROWSER-2")
                de.locator("#exporter").fill("Westbrook Propulsion Ltd")
                de.locator("#destination").fill("AE")
                de.locator("#consignee_name").fill("Shahid Hemat Industrial Group")
                de.locator("#description").fill("Turbojet engine")
                de.locator("#annex").fill("3.A.1")
                de.get_by_role("button", name="Enter and assess").click()
                expect(de.locator("ul.related")).to_contain_text("different Annex item")
                expect(de.locator("body")).to_contain_text("No consultation")

            for consignee, why in (  # a catch-all denial and a lapsed denial: information, no consultation
                ("Northgate Machinery Company Limited", "catch-all"),
                ("Sahand Alloy Trading Company", "lapsed"),
            ):
                with screenshot_on_failure(de, f"licensing-{why}"):
                    de.goto(f"{server}/applications")
                    de.locator("#reference").fill(f"DE-BROWSER-{why}")
                    de.locator("#exporter").fill("Westbrook Propulsion Ltd")
                    de.locator("#destination").fill("AE")
                    de.locator("#consignee_name").fill(consignee)
                    de.locator("#description").fill("Solid rocket motor")
                    de.locator("#annex").fill("2.A.1")
                    de.get_by_role("button", name="Enter and assess").click()
                    expect(de.locator("ul.related")).to_contain_text(why)
                    expect(de.locator("body")).to_contain_text("No consultation")

            with screenshot_on_failure(de, "licensing-document"):  # a letter read into the form, confirmed
                de.goto(f"{server}/applications")
                de.locator("#document").set_input_files(str(DOCUMENTS / "form_letter.txt"))
                de.get_by_role("button", name="Read into the form", exact=True).click()
                expect(de.get_by_role("status")).to_contain_text("confirm before entering")
                expect(de.locator("#reference")).to_have_value("WPL-2026-118")
                expect(de.locator("#end_user_name")).to_have_value("Orison Space Research Organisation")
                expect(de.locator("#annex")).to_have_value("2.A.1.b")
                de.get_by_role("button", name="Enter and assess").click()
                expect(de.locator("[data-band]").first).to_have_text("presumption of denial")

            with screenshot_on_failure(de, "licensing-attachment"):  # a file kept with the application
                de.goto(application_url)
                de.locator("#attachment").set_input_files(str(DOCUMENTS / "incomplete_note.txt"))
                de.locator("#attachment_note").fill("Exporter's covering note")
                de.get_by_role("button", name="Attach", exact=True).click()
                link = de.locator("table.attachments a", has_text="incomplete_note.txt")
                expect(link).to_be_visible()
                attachment_url = link.get_attribute("href")
                with de.expect_download() as download:
                    link.click()
                assert download.value.suggested_filename == "incomplete_note.txt"

            with screenshot_on_failure(gb, "licensing-third-partner-file"):  # not for a third Partner
                response = gb.goto(f"{server}{attachment_url}")
                assert response is not None and response.status == 404
            with screenshot_on_failure(fr, "licensing-consulted-partner-file"):  # nor the consulted one
                response = fr.goto(f"{server}{attachment_url}")
                assert response is not None and response.status == 404

            with screenshot_on_failure(guest, "licensing-guest"):  # a guest sees none
                response = guest.goto(f"{server}/applications")
                assert response is not None and response.status == 403
                assert "DE-BROWSER" not in guest.content() and "Hemmat" not in guest.content()
        finally:
            chromium.close()


def test_the_due_box_counts_with_the_apps_settings_not_the_environment(monkeypatch) -> None:
    from epoc.settings import Settings
    from epoc.web.routes import licensing as routes

    seen = []
    monkeypatch.setattr(
        routes, "due_for_review", lambda store, within, viewer, options: seen.append(options) or []
    )
    monkeypatch.setenv("EPOC_DENIAL_LAPSE_YEARS", "9")
    box = routes._due_box(None, None, Settings(denial_lapse_years=5))  # type: ignore[arg-type]
    assert box["rows"] == [] and seen[0].lapse_years == 5
