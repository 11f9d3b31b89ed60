"""Who may do what in the Plenary's business, over the JSON API: drafts are the sponsor's until the POC
distributes them; portion marks decide who reads a proposal; outreach guests see none of it; the chair's
Partner (or the POC) records decisions; adopting over an objection is refused; the record is a marked PDF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from epoc.model.access import Role

from . import webapp
from .webapp import WebEnv

MESSAGE = b"""CONFIDENTIAL

FROM: Ministry of Foreign Affairs of France
SUBJECT: Proposals for the Plenary (fictional test message)

1. (C//REL MTCR) FRENCH PROPOSAL ON BROKERING CONTROLS:
France proposes a points-of-contact list.

Proposed consensus language: "Partners agreed to establish a points-of-contact list."

2. (C//REL FR, GB) FRENCH PROPOSAL ON A BILATERAL MATTER:
For France and the United Kingdom only.

Proposed consensus language: "Partners noted the bilateral matter."
"""


@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("plenary-web")) as env:
        yield env


def test_who_may_do_what(web: WebEnv) -> None:
    admin, french = web.client(Role.POC_ADMIN), web.client(Role.LICENSING_OFFICER)  # POC, FR
    german, guest = web.client(Role.OFFICER), web.client(Role.OUTREACH_GUEST)  # DE, TH
    meeting = admin.post(
        "/api/v1/meetings",
        json={"kind": "plenary", "name": "Plenary, Rio", "start": "2009-11-09", "chair": "BR"},
    )
    assert meeting.status_code == 201 and meeting.json()["meeting_id"] == "plenary-2009"
    assert (
        french.post("/api/v1/meetings", json={"kind": "tem", "name": "x", "start": "2010-01-01"}).status_code
        == 403
    )
    for path in ("/api/v1/meetings", "/api/v1/proposals", "/api/v1/taskings", "/meetings", "/proposals"):
        assert guest.get(path).status_code == 403

    found = french.post(
        "/api/v1/proposals/import",
        files={"file": ("message.txt", MESSAGE, "text/plain")},
        data={"meeting": "plenary-2009"},
    )
    assert found.status_code == 201, found.text
    first, second = found.json()
    assert first["sponsor"] == "FR" and first["status"] == "draft"
    assert second["marking"]["partners"] == ["FR", "GB"]
    # a draft is the sponsor's: another Partner finds nothing, in the same words as a proposal that is not
    missing = german.get("/api/v1/proposals/999999")
    draft = german.get(f"/api/v1/proposals/{first['proposal_id']}")
    assert draft.status_code == missing.status_code == 404
    assert draft.json()["error"].replace(str(first["proposal_id"]), "N") == missing.json()["error"].replace(
        "999999", "N"
    )
    assert french.post(f"/api/v1/proposals/{first['proposal_id']}/distribute").status_code == 403
    for p in (first, second):
        assert admin.post(f"/api/v1/proposals/{p['proposal_id']}/distribute").status_code == 200
    assert german.get(f"/api/v1/proposals/{first['proposal_id']}").status_code == 200
    assert german.get(f"/api/v1/proposals/{second['proposal_id']}").status_code == 404  # REL FR, GB
    assert [p["proposal_id"] for p in german.get("/api/v1/proposals").json()] == [first["proposal_id"]]

    pid = first["proposal_id"]
    # a Partner speaks for itself only
    assert german.post(f"/api/v1/proposals/{pid}/comment", json={"position": "object"}).status_code == 403
    assert (
        french.post(
            f"/api/v1/proposals/{pid}/comment", json={"position": "object", "partner": "DE"}
        ).status_code
        == 403
    )
    assert french.post(f"/api/v1/proposals/{pid}/comment", json={"position": "support"}).status_code == 200
    objection = admin.post(f"/api/v1/proposals/{pid}/comment", json={"position": "object", "partner": "GB"})
    assert objection.json()["objections"] == ["GB"]
    # only the chair's Partner (BR) or the POC records the meeting's decisions
    decide = {"meeting_id": "plenary-2009", "outcome": "adopted"}
    assert french.post(f"/api/v1/proposals/{pid}/decide", json=decide).status_code == 403
    refused = admin.post(f"/api/v1/proposals/{pid}/decide", json=decide)
    assert refused.status_code == 409 and "GB objects" in refused.json()["error"]
    amended = {
        **decide,
        "outcome": "amended",
        "text": "Partners agreed to consider a points-of-contact list.",
    }
    decision = admin.post(f"/api/v1/proposals/{pid}/decide", json=amended)
    assert decision.status_code == 201 and decision.json()["version"] == 2
    pdf = german.get("/meetings/plenary-2009/record.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["X-Epoc-Marking"] == "CONFIDENTIAL // REL MTCR"
    record = german.get("/api/v1/meetings/plenary-2009/record").json()
    assert [i["outcome"] for i in record["items"]] == ["amended"]
    assert german.get("/api/v1/meetings/plenary-2009/record?public=true").json()["items"] == []


def test_a_proposal_written_in_a_form_and_a_contribution(web: WebEnv) -> None:
    admin, french, german = (
        web.client(Role.POC_ADMIN),
        web.client(Role.LICENSING_OFFICER),
        web.client(Role.OFFICER),
    )
    written = french.post(
        "/api/v1/proposals",
        json={"subject": "Telemetry", "consensus_language": "Partners agreed [to review] [to consider] it."},
    )
    assert written.status_code == 201, written.text
    proposal = written.json()
    assert proposal["sponsor"] == "FR" and proposal["status"] == "draft"
    assert [p["alternatives"] for p in proposal["versions"][0]["parts"] if p["alternatives"]] == [
        ["to review", "to consider"]
    ]
    assert german.post("/api/v1/proposals", json={"subject": "x"}).status_code == 403  # an officer reads only
    assert admin.post(f"/api/v1/proposals/{proposal['proposal_id']}/distribute").status_code == 200
    counter = admin.post(
        "/api/v1/proposals",
        json={"subject": "Counter", "sponsor": "GB", "contribution_to": proposal["proposal_id"]},
    ).json()
    assert counter["contribution_to"]["proposal_id"] == proposal["proposal_id"] and counter["sponsor"] == "GB"
    shown = french.get(f"/api/v1/proposals/{proposal['proposal_id']}").json()
    assert shown["contributions"] == []  # GB's draft is GB's until distributed
    admin.post(f"/api/v1/proposals/{counter['proposal_id']}/distribute")
    shown = french.get(f"/api/v1/proposals/{proposal['proposal_id']}").json()
    assert [c["sponsor"] for c in shown["contributions"]] == ["GB"]
    page = french.get(f"/proposals/{proposal['proposal_id']}")
    assert page.status_code == 200 and 'class="alternative"' in page.text


def test_the_meeting_s_agenda_papers_and_participants(web: WebEnv) -> None:
    admin, french = web.client(Role.POC_ADMIN), web.client(Role.LICENSING_OFFICER)
    admin.post("/api/v1/meetings", json={"kind": "tem", "name": "TEM", "start": "2010-03-01"})
    meeting = admin.post("/api/v1/meetings/tem-2010/agenda", json={"title": "Annex amendments"}).json()
    assert [a["title"] for a in meeting["agenda"]] == ["Annex amendments"]
    people = {"participants": [{"participant": "France"}, {"participant": "TH", "role": "guest"}]}
    meeting = admin.post("/api/v1/meetings/tem-2010/participants", json=people).json()
    assert {(p["participant"], p["role"]) for p in meeting["participants"]} == {
        ("FR", "partner"),
        ("TH", "guest"),
    }
    assert admin.post("/api/v1/meetings/tem-2010/documents", json={"document_id": 999999}).status_code == 404
    assert french.post("/api/v1/meetings/tem-2010/agenda", json={"title": "x"}).status_code == 403
    page = admin.post("/meetings/tem-2010/participants", data={"participants": "Atlantis"})
    assert page.status_code == 422 and "Atlantis" in page.text
