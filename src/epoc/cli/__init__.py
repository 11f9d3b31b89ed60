"""The `epoc` command: thin commands over the services. Errors print one line and exit non-zero."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from epoc.cli import annex as annex_cli
from epoc.cli import (
    audit,
    denials,
    documents,
    editions,
    entities,
    lists,
    meetings,
    records,
    review,
    screening,
    users,
)
from epoc.cli import ietem as ietem_cli
from epoc.cli.common import AppContext, err_console
from epoc.cli.demo import demo
from epoc.cli.licensing import applications, consultations
from epoc.cli.maintenance import backup_command, check_command, restore_command
from epoc.cli.resolve import resolve_command
from epoc.cli.serve import serve
from epoc.model import EpocError
from epoc.settings import Settings

app = typer.Typer(
    name="epoc",
    help="epoc: the Partners' exchange for the entities-of-concern list — import, compile, screen.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            metavar="URL", help="Database URL (overrides EPOC_DATABASE_URL); default: data/epoc.db."
        ),
    ] = None,
) -> None:
    """epoc: the Partners' exchange for the entities-of-concern list — import, compile, screen."""
    ctx.obj = AppContext(Settings().with_db(db))
    ctx.call_on_close(ctx.obj.close)


app.add_typer(lists.app, name="lists")
app.add_typer(records.app, name="records")
app.add_typer(users.app, name="users")
app.add_typer(audit.app, name="audit")
app.add_typer(documents.app, name="documents")
app.add_typer(denials.app, name="denials")
app.add_typer(applications, name="applications")
app.add_typer(consultations, name="consultations")
app.command("demo")(demo)
app.command("resolve")(resolve_command)
app.add_typer(review.app, name="review")
app.add_typer(entities.app, name="entities")
app.add_typer(editions.app, name="editions")
app.add_typer(meetings.app, name="meetings")
app.command("serve")(serve)
app.add_typer(annex_cli.app, name="annex")
app.add_typer(ietem_cli.app, name="ietem")
app.command("screen")(screening.screen)
app.command("pairs")(screening.pairs)
app.command("algorithms")(screening.algorithms)
app.command("check")(check_command)
app.command("backup")(backup_command)
app.command("restore")(restore_command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; domain and database errors print one line (no traceback) and exit with 1."""
    try:
        app(args=argv, prog_name="epoc", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except EpocError as exc:
        err_console.print(f"error: {exc.message}", highlight=False, markup=False)
        return 1
    except SQLAlchemyError as exc:
        err_console.print(
            f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", markup=False
        )
        return 1
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        return 130
    except Exception as exc:
        if os.environ.get("EPOC_DEBUG"):
            raise
        message = f"internal error: {exc.__class__.__name__}: {exc} (EPOC_DEBUG=1 shows the traceback)"
        err_console.print(message, markup=False)
        return 70
    return 0


if __name__ == "__main__":
    sys.exit(main())
