"""Who a command reads as (`--as USER`): the viewer an account gives, so that the CLI shows exactly what
that user would see on the web."""

from __future__ import annotations

from epoc.model import NotFound
from epoc.model.access import Viewer
from epoc.services.accounts import viewer_from_row
from epoc.store import Store
from epoc.store.accounts import AccountRepository


def viewer_named(store: Store, username: str) -> Viewer:
    with store.read() as conn:
        row = AccountRepository(conn).get_user(username.strip().lower())
    if row is None or not row.active:
        raise NotFound(f"--as: no active user {username!r} (`epoc users list` shows them)")
    return viewer_from_row(row)
