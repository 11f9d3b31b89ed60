"""Country briefs: the releasable brief holds no Partner-marked value (decided by the marking rules), while
the Partner brief holds the Partner evidence and is marked with the strictest of it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from epoc.cli import main
from epoc.documents.denials import denial_from
from epoc.model import Marking
from epoc.model.plenary import MeetingKind
from epoc.services.denials.notifications import DenialImportOptions, save_denials
from epoc.services.list.resolve import resolve
from epoc.services.outreach.charts import mentions_chart
from epoc.services.outreach.results import Brief, BriefMentions
from epoc.services.plenary.meetings import MeetingInput, add_meeting
from epoc.store import Store
from epoc.store.plenary import ProposalRepository

from .entity_helpers import DoubleEngine, put, rec

PARTNER_ONLY = Marking.parse("CONFIDENTIAL // REL MTCR")
PARTNER_VALUES = ["Arvand Gostar Industrial Group", "DE-DN-2009-014", "urge Iran to stop its entities"]
PUBLIC_VALUES = ["Shahid Hemmat Industrial Group", "encourage Iran to adhere"]


def _decision(store: Store, subject: str, text: str, marking: Marking) -> None:
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = ProposalRepository(conn)
        pid = repo.add(
            {
                "meeting_id": "plenary-2009", "sponsor": "FR", "subject": subject, "status": "adopted",
                "current_version": 1, "paragraphs": [], "created_at": now,
            },
            marking,
        )  # fmt: skip
        repo.add_version(
            {"proposal_id": pid, "version": 1, "consensus_language": text, "rationale": "", "created_at": now}
        )
        repo.add_decision(
            {
                "proposal_id": pid, "meeting_id": "plenary-2009", "outcome": "adopted", "version": 1,
                "text": text, "for_release": False, "decided_at": now,
            }
        )  # fmt: skip


def _fill(store: Store) -> None:
    put(
        store,
        "pub-ir",
        [rec("pub-ir", "1", "Shahid Hemmat Industrial Group", countries=("IR",), programmes=("NPWMD",))],
    )
    put(
        store,
        "partner-fr",
        [rec("partner-fr", "7", "Arvand Gostar Industrial Group", countries=("IR",), programmes=("Shahab",))],
        partner="FR",
        marking=PARTNER_ONLY,
    )
    resolve(store, DoubleEngine(store).engine())
    denial = denial_from(
        {
            "partner": "DE", "reference": "DE-DN-2009-014", "date": "2009-05-02", "annex_codes": "9.A.4",
            "item_description": "Fibre-optic gyros", "end_user": {"name": "Arvand Gostar", "country": "IR"},
            "reason": "Missile programme of concern",
        }
    )  # fmt: skip
    save_denials(store, [denial], DenialImportOptions(), "test")
    add_meeting(store, MeetingInput(MeetingKind.PLENARY, "Plenary, Rio de Janeiro", date(2009, 11, 9)))
    _decision(
        store, "Outreach to Iran", "The Plenary agreed to urge Iran to stop its entities from supplying "
        "programmes of concern. Partners will use their contacts to promote missile restraint. Pakistan is "
        "asked the same.", PARTNER_ONLY,
    )  # fmt: skip
    _decision(
        store, "Public statement", "Partners encourage Iran to adhere to the Guidelines. They offer "
        "technical exchanges.", Marking.public(),
    )  # fmt: skip


def _brief(capsys: Any, url: str, *extra: str) -> dict[str, Any]:
    code = main(["--db", url, "outreach", "brief", "IR", *extra, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def _markings(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        found = [value["marking"]] if isinstance(value.get("marking"), dict) else []
        return found + [m for v in value.values() for m in _markings(v)]
    if isinstance(value, list):
        return [m for v in value for m in _markings(v)]
    return []


def test_releasable_brief_holds_no_partner_value_while_the_partner_brief_does(store, db_url, capsys):
    _fill(store)
    url = db_url
    partner = _brief(capsys, url)
    text = json.dumps(partner, ensure_ascii=False)
    assert set(partner) == {"country", "entities", "denials", "mentions", "talking_points", "marking"}
    assert all(v in text for v in PARTNER_VALUES + PUBLIC_VALUES)
    assert partner["marking"]["banner"] == "CONFIDENTIAL // REL MTCR"
    assert {"NPWMD", "Shahab"} <= {p for e in partner["entities"] for p in e["programmes"]}
    assert [t["text"] for t in partner["talking_points"]] == [
        "The Plenary agreed to urge Iran to stop its entities from supplying programmes of concern.",
        "Partners will use their contacts to promote missile restraint.",  # goes on about Iran
        "Partners encourage Iran to adhere to the Guidelines.",
        "They offer technical exchanges.",
    ]

    public = _brief(capsys, url, "--releasable")
    text = json.dumps(public, ensure_ascii=False)
    assert not any(v in text for v in PARTNER_VALUES)
    assert all(v in text for v in PUBLIC_VALUES)
    assert public["denials"] == [] and public["marking"]["banner"] == "UNCLASSIFIED"
    assert all(m["releasability"] == "PUBLIC" for m in _markings(public))
    before = _brief(capsys, url, "--date", "2009-01-01")  # a visit before the denial and the decisions
    assert before["denials"] == [] and before["talking_points"] == [] and before["entities"]


def test_the_mentions_chart_is_an_svg_with_its_years() -> None:
    mentions = tuple(BriefMentions(y, n, 1, Marking.public()) for y, n in ((2009, 3), (2011, 5)))
    brief = Brief("IR", "Iran", False, "non-partner", (), (), mentions, (), Marking.public())
    svg = mentions_chart(brief)
    assert svg is not None and svg.startswith("<svg") and "2009" in svg and "2011" in svg
    assert mentions_chart(Brief("IR", "Iran", False, "non-partner", (), (), (), (), Marking.public())) is None
