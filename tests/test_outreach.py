"""Outreach through `epoc` (SQLite): a scripted history — three Plenaries with their priorities, applicants
pending, admitted and withdrawn, a TOM year — gives the right plan and invitees for the following years;
the alternation's rule; edits with justifications; bad input in one line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from epoc.cli import main
from epoc.model.errors import InvalidInput
from epoc.model.outreach import (
    CountryStatus,
    EventKind,
    StatusChange,
    kind_for,
    pending_since,
    status_on,
)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def ok(capsys, url: str, *args: str):
    code, out, err = run(capsys, "--db", url, *args, "--json")
    assert code == 0, err
    return json.loads(out)


MEETINGS = (
    ("plenary", "Plenary, Canberra", "2008-11-03", ""),  # the place read from the name
    ("plenary", "Plenary, Rio de Janeiro", "2009-11-09", "Rio de Janeiro"),
    ("rpoc", "Reinforced Point of Contact", "2010-04-20", "Paris"),
    ("plenary", "Plenary, Buenos Aires", "2010-04-26", "Buenos Aires"),
    ("rpoc", "Reinforced Point of Contact", "2011-04-12", "Paris"),
    ("plenary", "Plenary, Amsterdam", "2011-11-07", "Amsterdam"),
)


@pytest.fixture
def history(store, db_url, capsys) -> str:
    url = db_url
    for kind, name, start, place in MEETINGS:
        where = ["--place", place] if place else []
        ok(capsys, url, "meetings", "add", "--kind", kind, "--name", name, "--start", start, *where)
    for cc, status, since in (
        ("BY", "applicant", "2008-03-01"),  # pending throughout
        ("HR", "applicant", "2007-01-15"),
        ("HR", "withdrawn", "2011-02-01"),
        ("SG", "applicant", "2009-01-01"),
        ("SG", "admitted", "2010-12-01"),  # a Partner from then: never invited after
        ("IL", "adherent", "2000-01-01"),
    ):
        ok(capsys, url, "countries", "set", cc, "--status", status, "--since", since)
    for cc, meeting in (
        ("IL", "plenary-2008"),
        ("AE", "plenary-2008"),
        ("AE", "plenary-2009"),
        ("SG", "plenary-2009"),
        ("MY", "plenary-2010"),
        ("PK", "plenary-2010"),
        ("KZ", "plenary-2011"),
    ):
        ok(capsys, url, "countries", "priority", cc, "--meeting", meeting)
    ok(capsys, url, "outreach", "kind", "2009", "--kind", "TOM")
    return url


def test_scripted_history_gives_the_plans_of_the_following_years(history, capsys):
    plan_2010 = ok(capsys, history, "outreach", "plan", "2010")
    assert set(plan_2010) == {"year", "kind", "after_meeting", "invitees"}
    assert (plan_2010["year"], plan_2010["kind"], plan_2010["after_meeting"]) == (2010, "RT", "rpoc-2010")
    # on 2010-04-21 the last two Plenaries before it are 2009 and 2008 (the 2010 Plenary is later)
    invited = {i["country"]: i["reasons"] for i in plan_2010["invitees"]}
    assert invited == {
        "AE": [
            "outreach priority agreed at the 2008 Plenary (Canberra)",
            "outreach priority agreed at the 2009 Plenary (Rio de Janeiro)",
        ],
        "BY": ["membership application pending since 2008-03-01"],
        "HR": ["membership application pending since 2007-01-15"],
        "IL": ["outreach priority agreed at the 2008 Plenary (Canberra)"],
        "SG": [
            "membership application pending since 2009-01-01",
            "outreach priority agreed at the 2009 Plenary (Rio de Janeiro)",
        ],
    }
    plan_2011 = ok(capsys, history, "outreach", "plan", "2011")
    assert plan_2011["kind"] == "TOM" and plan_2011["after_meeting"] == "rpoc-2011"
    invited = {i["country"]: i["reasons"] for i in plan_2011["invitees"]}
    # 2010 and 2009 Plenaries; HR withdrew, SG was admitted (a Partner), IL's priority is three Plenaries old
    assert sorted(invited) == ["AE", "BY", "MY", "PK"]
    assert invited["MY"] == ["outreach priority agreed at the 2010 Plenary (Buenos Aires)"]
    plan_2012 = ok(capsys, history, "outreach", "plan", "2012")
    assert plan_2012["kind"] == "RT" and plan_2012["after_meeting"] is None
    assert sorted(i["country"] for i in plan_2012["invitees"]) == ["BY", "KZ", "MY", "PK"]


def test_invitee_edits_are_recorded_with_their_justification(history, capsys):
    edited = ok(
        capsys, history, "outreach", "invitees", "2011", "--remove", "PK",
        "--justification", "The Chair's visit in March covers the same ground.",
    )  # fmt: skip
    assert "PK" not in {i["country"] for i in edited["invitees"]}
    edited = ok(
        capsys, history, "outreach", "invitees", "2011", "--add", "IL",
        "--justification", "Agreed at the RPOC to keep the 2008 priority one more year.",
    )  # fmt: skip
    il = next(i for i in edited["invitees"] if i["country"] == "IL")
    assert il["reasons"] == ["added by " + il["reasons"][0].split("added by ")[1]]
    assert "keep the 2008 priority" in il["reasons"][0]
    assert ok(capsys, history, "outreach", "plan", "2011")["invitees"] == edited["invitees"]
    code, out, err = run(
        capsys, "--db", history, "outreach", "invitees", "2011", "--add", "FR", "--justification", "why not",
        "--json",
    )  # fmt: skip
    assert code == 1 and out == "" and "Partner" in err and len(err.strip().splitlines()) == 1


def test_countries_list_and_bad_input(history, capsys):
    listed = {c["country"]: c for c in ok(capsys, history, "countries", "list")}
    assert listed["SG"]["status"] == "admitted" and listed["SG"]["since"] == "2010-12-01"
    assert [p["meeting_id"] for p in listed["AE"]["priorities"]] == ["plenary-2008", "plenary-2009"]
    for args, words in (
        (["countries", "set", "XX", "--status", "partner"], "XX"),
        (["countries", "set", "IR", "--status", "friend"], "friend"),
        (["countries", "set", "IR", "--status", "applicant", "--since", "2010-31-01"], "--since"),
        (["countries", "priority", "IR", "--meeting", "plenary-1999"], "plenary-1999"),
        (["countries", "priority", "IR", "--meeting", "rpoc-2010"], "Plenary"),
        (["countries", "priority", "IR", "--meeting", "plenary-2009", "--decision", "99"], "not a decision"),
        (["outreach", "plan", "12"], "year"),
    ):
        code, out, err = run(capsys, "--db", history, *args, "--json")
        assert code == 1 and out == "" and words in err and len(err.strip().splitlines()) == 1, (args, err)


def test_alternation_follows_the_history_it_is_given():
    history = {2009: EventKind.TOM}
    assert [kind_for(y, history).value for y in range(2009, 2014)] == ["TOM", "RT", "TOM", "RT", "TOM"]
    history[2012] = EventKind.TOM  # two TOMs running: later years alternate from the latest set year
    assert [kind_for(y, history).value for y in range(2011, 2015)] == ["TOM", "TOM", "RT", "TOM"]
    assert kind_for(2006, {2009: EventKind.RT}) is EventKind.TOM  # before any set year: back from the first
    assert kind_for(2011, {}) is EventKind.TOM  # nothing set: 2009 was a TOM


def test_status_over_time():
    changes = [
        StatusChange("SG", CountryStatus.APPLICANT, date(2009, 1, 1)),
        StatusChange("SG", CountryStatus.ADMITTED, date(2010, 12, 1)),
    ]
    assert status_on(changes, "SG", date(2008, 1, 1)) is CountryStatus.NON_PARTNER
    assert pending_since(changes, "SG", date(2010, 1, 1)) == date(2009, 1, 1)
    assert status_on(changes, "SG", date(2011, 1, 1)).is_partner
    assert pending_since(changes, "SG", date(2011, 1, 1)) is None
    assert status_on([], "FR", date(2011, 1, 1)).is_partner  # no history: today's list of Partners
    with pytest.raises(InvalidInput):
        CountryStatus.parse("friend")


def test_a_guest_reads_its_own_event_until_the_day_after_it(sqlite_store):
    from datetime import UTC, datetime

    from epoc.model.access import Role, Viewer
    from epoc.model.errors import Forbidden, NotFound
    from epoc.model.marking import Classification
    from epoc.services.outreach.events import add_event, event_view, invite, list_events
    from epoc.services.outreach.planner import set_kind

    set_kind(sqlite_store, 2011, EventKind.TOM)
    tom = add_event(sqlite_store, 2011, start=date(2011, 4, 15))
    rt = add_event(sqlite_store, 2012, start=date(2012, 4, 17))
    assert [m.kind for m in rt.material] == ["agenda"] * 4 and rt.kind == "RT"
    assert any(m.title == "Risk assessment in licensing" for m in rt.material)
    assert tom.kind == "TOM" and all("Likely impact on licensing reviews" in m.body for m in tom.material)
    invitation = invite(sqlite_store, tom.meeting_id, "guest-2011", country="BY")
    assert invitation.password and invitation.expires_at.date() == date(2011, 4, 16)
    guest = Viewer("guest-2011", Role.OUTREACH_GUEST, "BY", Classification.UNCLASSIFIED)
    during = datetime(2011, 4, 15, 10, tzinfo=UTC)
    assert event_view(sqlite_store, None, guest, now=during).meeting_id == "tom-2011"
    with pytest.raises(NotFound, match="no outreach event 'rt-2012'"):
        event_view(sqlite_store, "rt-2012", guest, now=during)
    with pytest.raises(Forbidden, match="ended on 2011-04-16"):
        list_events(sqlite_store, guest)  # today: long after the event
