"""`epoc users`: accounts of the web application (the local operator acts as "cli" in the audit trail)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model.access import Role
from epoc.model.errors import InvalidInput
from epoc.model.marking import Classification
from epoc.services import accounts
from epoc.services.demo import demo_accounts
from epoc.services.results import plain

app = typer.Typer(no_args_is_help=True, help="Accounts of the web application: add, list, demo accounts.")


def _read_password() -> str:
    """From EPOC_PASSWORD, else the first line of standard input (prompted, unechoed, on a terminal)."""
    password = os.environ.get("EPOC_PASSWORD")
    if password:
        return password
    if sys.stdin.isatty():
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InvalidInput("no password: set EPOC_PASSWORD or give it on standard input")
    return line


@app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Username (letters, digits, . - _ @).")],
    role: Annotated[Role, typer.Option(help="What the account may do.")],
    partner: Annotated[
        str | None,
        typer.Option(help="Partner code (e.g. FR), POC, or an outreach guest's (non-Partner) state."),
    ] = None,
    clearance: Annotated[
        str | None, typer.Option(help="UNCLASSIFIED, RESTRICTED, CONFIDENTIAL or SECRET; default by role.")
    ] = None,
    display_name: Annotated[str, typer.Option("--display-name", help="A full name to show.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the account as JSON.")] = False,
) -> None:
    """Add an account; the password comes from EPOC_PASSWORD or standard input."""
    level = None
    if clearance:
        try:
            level = Classification[clearance.upper()]
        except KeyError:
            raise typer.BadParameter(
                f"{clearance!r} is not a classification", param_hint="--clearance"
            ) from None
    user = accounts.create_user(
        app_context(ctx).store(), name, role, _read_password(), partner, display_name, level
    )
    if as_json:
        print_json(plain(user))
        return
    console.print(f"added {user.username} ({user.role}, {user.partner or 'no Partner'})", highlight=False)


@app.command("list")
def list_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Every account: role, Partner, clearance, whether active, last sign-in."""
    users = accounts.list_users(app_context(ctx).store())
    if as_json:
        print_json(plain(users))
        return
    table = Table("username", "role", "partner", "clearance", "active", "last sign-in", box=None)
    for u in users:
        table.add_row(
            u.username,
            u.role,
            u.partner or "",
            u.clearance,
            "yes" if u.active else "no",
            (u.last_login_at or "")[:16],
        )
    console.print(table)


@app.command("demo")
def demo(ctx: typer.Context) -> None:
    """Create or reset one demo account per role, with fresh passwords, and print them."""
    rows = demo_accounts(app_context(ctx).store())
    table = Table("username", "password", "role", "partner", title="Demo accounts", box=None)
    for row in rows:
        table.add_row(row.username, row.password, row.role, row.partner or "")
    console.print(table)
