"""The scripted round of the regime's list (fictional names): three Partner lists of 2004 with mixed
releasability — France's `REL MTCR`, Germany's `REL DE, FR`, the United Kingdom's `REL GB` — and a public list
of 2009 that corroborates one French entry and names one party of its own; officers of FR, DE, GB and US."""

from __future__ import annotations

from datetime import date

from epoc.model import Marking
from epoc.model.access import Role
from epoc.services import accounts
from epoc.services.list.resolve import resolve
from epoc.store import Store

from .entity_helpers import DoubleEngine, put, rec

PASSWORD = "correct horse battery staple"
TARVANE = "Tarvane Gyro Works"  # FR, REL MTCR; also on the public list
SARVENAZ = "Sarvenaz Rocket Casings"  # FR, REL MTCR
BELMORA = "Belmora Composite Trading"  # DE, REL DE, FR
QUILLON = "Quillon Telemetry Ltd"  # GB, REL GB
PUBLIC_ONLY = "Public Only Trading"  # the public list alone
QUOTED = "'Zeta Holdings"  # sorts under Z, not before A
RATIONALE = "Listed for supplying propellant chemicals to a programme of concern in 2009."
ROUND_USERS = {"r-fr": "FR", "r-de": "DE", "r-gb": "GB", "r-us": "US"}
CO_CHAIR = "r-cochair"


def fill_round(store: Store) -> None:
    put(
        store,
        "fr-2004",
        [
            rec("fr-2004", "1", TARVANE, countries=("CN",), programmes=("Missile procurement",)),
            rec("fr-2004", "2", SARVENAZ, countries=("IR",), programmes=("Iranian missile programme",)),
        ],
        on=date(2004, 6, 1),
        partner="FR",
        marking=Marking.parse("CONFIDENTIAL // REL MTCR"),
    )
    put(
        store,
        "de-2004",
        [rec("de-2004", "1", BELMORA, countries=("AE",), programmes=("Missile procurement",))],
        on=date(2004, 3, 1),
        partner="DE",
        marking=Marking.parse("CONFIDENTIAL // REL DE, FR"),
    )
    put(
        store,
        "gb-2004",
        [rec("gb-2004", "1", QUILLON, countries=("KP",), programmes=("DPRK missile programme",))],
        on=date(2004, 2, 1),
        partner="GB",
        marking=Marking.parse("CONFIDENTIAL // REL GB"),
    )
    put(
        store,
        "pub-2009",
        [
            rec("pub-2009", "1", TARVANE, countries=("CN",)),
            rec("pub-2009", "2", PUBLIC_ONLY, countries=("SY",)),
            rec("pub-2009", "3", QUOTED, countries=("Qatarian",), programmes=(RATIONALE,)),
        ],
        on=date(2009, 1, 5),
    )
    resolve(store, DoubleEngine(store).engine())
    for username, partner in ROUND_USERS.items():
        accounts.create_user(store, username, Role.OFFICER, PASSWORD, partner)
    accounts.create_user(store, CO_CHAIR, Role.LIST_EDITOR, PASSWORD, "FR", "IE Co-Chair")
