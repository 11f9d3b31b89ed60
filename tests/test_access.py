"""The releasability rule, in Python and in SQL, agree on every marking and every kind of viewer."""

import itertools

import pytest
from sqlalchemy import select

from epoc.model import Classification, Marking
from epoc.model.access import POC, Role, Viewer
from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.store.tables import records
from epoc.store.visibility import visible

from .conftest import LISTS

MARKINGS = [
    "UNCLASSIFIED",
    "UNCLASSIFIED // NOT FOR OUTREACH",
    "RESTRICTED // REL MTCR",
    "CONFIDENTIAL // REL MTCR",
    "CONFIDENTIAL // REL FR, DE",
    "CONFIDENTIAL // DE ONLY",
    "SECRET // REL MTCR",
]
VIEWERS = [
    Viewer("guest", Role.OUTREACH_GUEST, None),
    Viewer("fr-officer", Role.OFFICER, "FR"),
    Viewer("de-editor", Role.LIST_EDITOR, "DE"),
    Viewer("jp-officer", Role.LICENSING_OFFICER, "JP"),
    Viewer("poc", Role.POC_ADMIN, POC, clearance=Classification.SECRET),
]


def test_rule_by_hand():
    guest, fr, de, jp, poc = VIEWERS
    assert guest.may_read(Marking.parse("UNCLASSIFIED"))
    assert not guest.may_read(Marking.parse("UNCLASSIFIED // NOT FOR OUTREACH"))
    assert not guest.may_read(Marking.parse("RESTRICTED // REL MTCR"))
    assert fr.may_read(Marking.parse("CONFIDENTIAL // REL FR, DE"))
    assert not jp.may_read(Marking.parse("CONFIDENTIAL // REL FR, DE"))
    assert not fr.may_read(Marking.parse("CONFIDENTIAL // DE ONLY")) and de.may_read(
        Marking.parse("C // DE ONLY")
    )
    assert not fr.may_read(Marking.parse("SECRET // REL MTCR")) and poc.may_read(
        Marking.parse("SECRET // REL FR")
    )


@pytest.fixture
def marked_store(store):
    for index, marking in enumerate(MARKINGS):
        options = ImportOptions(source=f"list-{index}", marking=Marking.parse(marking))
        assert import_paths(store, [LISTS / "partner" / "fr_national_list.csv"], options).ok
    return store


@pytest.mark.parametrize(("viewer", "marking"), list(itertools.product(VIEWERS, MARKINGS)))
def test_sql_condition_agrees_with_the_rule(marked_store, viewer, marking):
    key = f"list-{MARKINGS.index(marking)}"
    with marked_store.read() as conn:
        seen = conn.execute(
            select(records.c.id).where(records.c.source_key == key, visible(records, viewer))
        ).all()
    assert bool(seen) == viewer.may_read(Marking.parse(marking))
