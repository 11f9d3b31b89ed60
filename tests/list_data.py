"""The list the web tests of the list's pages share: the web tests' marked lists (the demo list, CONFIDENTIAL
// REL MTCR; a list only Germany may read) and two small public lists, resolved with the test double of the
screening engine so that the list has merged entities, an entity part public and part German-only, and a
grey-zone pair in the review queue."""

from __future__ import annotations

from datetime import date

from epoc.model import Schema
from epoc.resolution.identity import new_entity_id
from epoc.services.list.resolve import resolve
from epoc.store import Store

from .entity_helpers import DoubleEngine, put, rec

# the public record that joins the German-only record of Nadia Keshavarz-Rahimi
NADIA = "pub-a:A3"
HANSEONG = "pub-a:A2"  # scores 0.8 against the demo list's Hanseong Machine Tool Export Corporation
KORVAN = "pub-a:A1"  # the same name as an alias of the demo list's Korvan Aerospace Trading FZE
# What a French reader must never see of the German-only record joined to NADIA
DE_ONLY_DETAILS = ["P0000777", "de-only", "Shiraz", "FR-002", "کشاورز"]


def fill_list(store: Store) -> None:
    put(
        store,
        "pub-a",
        [
            rec("pub-a", "A1", "Korvan Aero Trading", countries=("AE",)),
            rec("pub-a", "A2", "Hanseong Machine Tool Export", countries=("KP",)),
            rec("pub-a", "A3", "Nadia Keshavarz-Rahimi", schema=Schema.PERSON, born="1979-11-02"),
        ],
        on=date(2003, 6, 1),
    )
    put(
        store,
        "pub-b",
        [
            rec("pub-b", "B1", "Silver Orchid", schema=Schema.VESSEL, imo="9000001"),
            rec("pub-b", "B2", "Korvan Aerospace Trading FZE", countries=("AE",)),
        ],
        on=date(2007, 1, 1),
    )
    resolve(store, DoubleEngine(store).engine())


def entity_of(*record_ids: str) -> str:
    """The id resolution gives a new entity of these records (from its smallest record id)."""
    return new_entity_id(record_ids)
