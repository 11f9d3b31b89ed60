"""Screening in a real browser (Debian's Chromium driven by Playwright): an officer screens a party and reads
the explanation, then uploads a small file of parties, watches it finish and downloads the results.
Screenshots of the screening page, a result and a finished job go to ``test-artifacts/screens/``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from epoc.model.access import Role

from . import webapp
from .list_data import fill_list
from .test_browser import browser, page, screenshot_on_failure, server, sign_in
from .test_list_browser import shoot
from .webapp import WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows


@pytest.fixture(scope="module", params=webapp.BACKENDS[:1])
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("screen-browser")) as env:
        fill_list(env.store)
        yield env


def test_an_officer_screens_a_party_and_reads_why(page, server):
    with screenshot_on_failure(page, "screen-party"):
        sign_in(page, server, Role.OFFICER)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Screen").click()
        page.get_by_role("heading", name="Screen a party").wait_for()
        shoot(page, "screen")
        page.get_by_label("Type of party").select_option("Company")
        page.get_by_label("Names, one per line").fill("Korvan Aerospace Trading\nKorvan Aero")
        page.get_by_label("Countries").fill("AE")
        page.get_by_role("button", name="Screen", exact=True).click()
        heading = page.get_by_role("heading", name="Korvan Aerospace Trading FZE")
        heading.wait_for()
        expect(page).to_have_url(f"{server}/screen")  # HTMX swapped the result in: no new page
        hit = page.locator("section.hit").first
        assert hit.get_by_text("yes", exact=True).is_visible()
        assert hit.get_by_role("rowheader").filter(has_text="name match").is_visible()
        assert "How alike the best pair of names is" in hit.inner_text()
        assert hit.get_by_role("link", name="demo-fr:D-002").is_visible()
        assert page.get_by_role("note").filter(has_text="not a black list").is_visible()
        expect(page.locator("#banner-top")).to_have_text("CONFIDENTIAL // REL MTCR")
        shoot(page, "screen-result")
        heading.get_by_role("link").click()
        page.get_by_role("heading", name="Why it is on the list").wait_for()


def test_an_officer_screens_a_file_and_downloads_the_results(page, server, tmp_path: Path):
    parties = tmp_path / "parties.jsonl"
    lines = [
        {"id": "a", "schema": "Company", "names": ["Korvan Aerospace Trading"], "countries": ["AE"]},
        {"id": "b", "schema": "Vessel", "names": ["Silver Orchid"]},
        {"id": "c", "names": []},
    ]
    parties.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    with screenshot_on_failure(page, "screen-batch"):
        sign_in(page, server, Role.OFFICER)
        page.goto(f"{server}/screen")
        page.get_by_label("File of parties").set_input_files(str(parties))
        page.get_by_role("button", name="Screen the file").click()
        page.get_by_role("heading", name="Screening parties.jsonl").wait_for()
        page.get_by_role("status").filter(has_text="Done: 2 of 3 parties have a match").wait_for()
        assert page.locator("progress").get_attribute("value") == "3"
        shoot(page, "screen-batch")
        with page.expect_download() as download:
            page.get_by_role("link", name="JSON lines").click()
        saved = tmp_path / "out.jsonl"
        download.value.save_as(saved)
        assert download.value.suggested_filename == "screened-parties.jsonl"
        rows = [json.loads(line) for line in saved.read_text().splitlines()]
        assert [r["id"] for r in rows] == ["a", "b", "c"] and "error" in rows[2]
        assert rows[0]["matches"][0]["caption"] == "Korvan Aerospace Trading FZE"
        with page.expect_download() as download:
            page.get_by_role("link", name="CSV").click()
        assert download.value.suggested_filename == "screened-parties.csv"
