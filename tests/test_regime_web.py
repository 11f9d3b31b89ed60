"""The regime's list on the web: the JSON API's round (candidates decided by the IE Co-Chairs, an edition
each Partner reads as its markings allow, distributed at a meeting, notifications and read receipts, feedback
from two Partners) and the same pages in a real browser (Playwright, Debian's Chromium)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from epoc.model.access import Role
from epoc.services import accounts
from epoc.services.regime.readers import viewer_named

from . import webapp
from .regime_data import (
    BELMORA,
    CO_CHAIR,
    PASSWORD,
    PUBLIC_ONLY,
    QUOTED,
    RATIONALE,
    SARVENAZ,
    TARVANE,
    fill_round,
)
from .test_browser import ARTIFACTS, browser, page, screenshot_on_failure, server
from .webapp import WebEnv

__all__ = ["browser", "page", "server"]  # the fixtures this module borrows
SCREENS = ARTIFACTS / "screens"


@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("regime")) as env:
        fill_round(env.store)
        yield env


def as_user(web: WebEnv, username: str) -> TestClient:
    client = TestClient(web.app, base_url="http://testserver")
    token = accounts.issue_token(web.store, web.settings, viewer_named(web.store, username), "test")
    client.headers["Authorization"] = f"Bearer {token.token}"
    return client


def test_the_round_through_the_json_api(web: WebEnv) -> None:
    chair = as_user(web, CO_CHAIR)
    found = chair.get("/api/v1/candidates")
    assert found.status_code == 200
    ours = {c["caption"]: c for c in found.json() if c["caption"] in {TARVANE, SARVENAZ, BELMORA}}
    assert set(ours) == {TARVANE, SARVENAZ, BELMORA}  # a French co-chair does not see the UK-only entry
    assert PUBLIC_ONLY not in {c["caption"] for c in found.json()}
    for c in ours.values():
        made = chair.post(
            f"/api/v1/candidates/{c['candidate_id']}/decision",
            json={"decision": "include", "reason": "Partner denials of 2004"},
        )
        assert made.status_code == 201 and made.json()["who"] == CO_CHAIR
    officer = as_user(web, "r-us")
    assert officer.get("/api/v1/candidates").status_code == 403
    made = chair.post("/api/v1/editions", json={"name": "api-2005", "from": "2000-01-01", "to": "2004-12-31"})
    assert made.status_code == 201 and made.json()["status"] == "draft"

    us = officer.get("/api/v1/editions/api-2005/entries")
    assert us.status_code == 200 and us.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    assert sorted(e["caption"] for e in us.json()["entries"]) == [SARVENAZ, TARVANE]
    french = as_user(web, "r-fr").get("/api/v1/editions/api-2005/entries").json()
    assert french["banner"] == "CONFIDENTIAL // REL DE, FR" and BELMORA in {
        e["caption"] for e in french["entries"]
    }
    assert "api-2005" in {e["name"] for e in as_user(web, "r-gb").get("/api/v1/editions").json()}
    british = as_user(web, "r-gb").get("/api/v1/editions/api-2005/entries").json()
    assert "de-2004" not in {x["key"] for x in british["sources"]}  # a source GB may not read is not named
    guest = web.client(Role.OUTREACH_GUEST, bearer=True)
    assert guest.get("/api/v1/editions/api-2005/entries").status_code in (403, 404)

    download = officer.get("/api/v1/editions/api-2005/export", params={"format": "csv"})
    assert download.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR" and BELMORA not in download.text
    assert TARVANE in download.text
    pdf = officer.get("/api/v1/editions/api-2005/export", params={"format": "pdf"})
    assert pdf.content.startswith(b"%PDF") and pdf.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    done = chair.post("/api/v1/editions/api-2005/distribute", json={"meeting": "the 2005 RPOC"})
    assert done.status_code == 201
    reference = done.json()["reference"]
    inbox = officer.get("/api/v1/notifications").json()
    assert inbox[0]["reference"] == reference and inbox[0]["entries"] == 2 and not inbox[0]["read"]
    assert officer.post("/api/v1/notifications/read", json={"ref": reference}).json()["read_by"] == "r-us"
    register = chair.get("/api/v1/register").json()
    receipts = {r["partner"]: r for r in register[-1]["recipients"]}
    assert receipts["US"]["read_at"] and not receipts["FR"]["read_at"]
    assert [r["partner"] for r in officer.get("/api/v1/register").json()[-1]["recipients"]] == ["US"]

    tarvane = ours[TARVANE]["candidate_id"]
    belmora = ours[BELMORA]["candidate_id"]
    comment = officer.post(f"/api/v1/entities/{tarvane}/feedback", json={"kind": "comment", "text": "seen"})
    assert comment.status_code == 201
    removal = as_user(web, "r-de").post(
        f"/api/v1/entities/{belmora}/feedback",
        json={"kind": "removal", "text": "dissolved in 2006", "evidence": "register extract"},
    )
    assert removal.status_code == 201
    assert [f["partner"] for f in officer.get("/api/v1/feedback").json()] == ["US"]
    answered = chair.post(
        f"/api/v1/feedback/{removal.json()['feedback_id']}/decision",
        json={"accept": True, "reason": "agreed"},
    )
    assert answered.json()["status"] == "accepted"
    decisions = chair.get(f"/api/v1/entities/{belmora}/decisions").json()
    assert decisions[-1]["decision"] == "exclude" and "removal asked by DE" in decisions[-1]["reason"]


def test_pages_answer_and_the_entity_page_lists_documents_and_feedback(web: WebEnv) -> None:
    chair = web.client(Role.LIST_EDITOR)
    assert "Candidates for the list" in chair.get("/candidates").text
    assert chair.get("/feedback").status_code == 200
    assert chair.get("/register").status_code == 200
    home = chair.get("/")
    assert "on the regime&#39;s list" in home.text or "on the regime's list" in home.text
    svg = chair.get("/charts/list/country.svg")
    assert svg.status_code == 200 and svg.text.lstrip().startswith("<?xml") and "<svg" in svg.text
    assert chair.get("/charts/list/nope.svg").status_code == 404


def test_the_list_pages_sort_filter_and_mark_as_a_reader_expects(web: WebEnv) -> None:
    officer = as_user(web, "r-us")
    names = [
        e["caption"] for e in officer.get("/api/v1/entities", params={"per_page": 200}).json()["entities"]
    ]
    assert names.index(QUOTED) > names.index(TARVANE)  # the leading apostrophe does not count
    backwards = officer.get("/api/v1/entities", params={"per_page": 200, "sort": "name-desc"}).json()
    assert backwards["entities"][0]["caption"] == QUOTED
    assert officer.get("/api/v1/entities", params={"sort": "size"}).status_code == 422
    facets = officer.get("/api/v1/entities", params={"facets": "true"}).json()["facets"]
    assert RATIONALE not in facets["programmes"] and "Iranian missile programme" in facets["programmes"]
    assert (
        all(len(c) == 2 and c.isupper() for c in facets["countries"])
        and "Qatarian" not in facets["countries"]
    )
    page = as_user(web, "r-us").get("/entities", params={"q": "Public Only"})
    assert page.headers["x-epoc-marking"] == "UNCLASSIFIED"  # the rows shown, not the Source filter's options
    assert "CN — China" in officer.get("/entities").text
    assert "Go to page" in officer.get("/entities", params={"per_page": 1}).text


@pytest.mark.browser
def test_a_co_chair_decides_and_a_partner_reads_the_edition(page, server, web: WebEnv) -> None:
    with screenshot_on_failure(page, "regime-list"):
        page.goto(f"{server}/login")
        page.get_by_label("Username").fill(CO_CHAIR)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        page.goto(f"{server}/candidates")
        page.get_by_role("heading", name="Candidates for the list").wait_for()
        row = page.get_by_role("row").filter(has_text=SARVENAZ)
        if row.count():
            row.get_by_label("Reason").fill("denied by France in 2004")
            row.get_by_role("button", name="Include").click()
            page.get_by_role("status").filter(has_text="included").wait_for()
        page.goto(f"{server}/editions")
        page.get_by_label("Name").fill("browser-2005")
        page.get_by_label("Sources dated from").fill("2000-01-01")
        page.get_by_label("to", exact=True).fill("2004-12-31")
        page.get_by_role("button", name="Freeze the edition").click()
        page.get_by_role("heading", name="Edition browser-2005").wait_for()
        page.get_by_label("Distribute at").fill("the 2005 RPOC")
        page.get_by_role("button", name="Distribute to the Partners").click()
        page.get_by_text("distributed").first.wait_for()
        assert page.get_by_role("cell", name=SARVENAZ).first.is_visible()
        page.context.clear_cookies()

        page.goto(f"{server}/login")
        page.get_by_label("Username").fill("r-gb")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        page.goto(f"{server}/notifications")
        page.get_by_role("row").filter(has_text="browser-2005").get_by_role("button", name="Open").click()
        page.get_by_role("heading", name="Edition browser-2005").wait_for()
        assert page.locator("#banner-top").inner_text() in (
            "CONFIDENTIAL // REL MTCR",
            "CONFIDENTIAL // REL GB",
        )
        assert page.get_by_text(BELMORA).count() == 0
        shoot(page, "regime-edition-gb")
        page.goto(f"{server}/")
        page.get_by_role("heading", name="The regime's list").wait_for()
        assert page.locator("img[src='/charts/list/country.svg']").is_visible()
        shoot(page, "regime-dashboard-gb")


def shoot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)
