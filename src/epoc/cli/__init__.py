"""The `epoc` command: thin commands over the services. Errors print one line and exit non-zero.

The screening commands (``LIGHT_COMMANDS``) run in an app of their own that imports none of the other
commands: importing all of them took 1.4 s of every `epoc screen` run. ``app`` is the whole command (built
on first use)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from epoc.cli import screening
from epoc.cli.common import AppContext, err_console
from epoc.model import EpocError
from epoc.settings import Settings

LIGHT_COMMANDS = ("screen", "pairs", "algorithms")


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


def _new_app() -> typer.Typer:
    made = typer.Typer(
        name="epoc",
        help="epoc: the Partners' exchange for the entities-of-concern list — import, compile, screen.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    made.callback()(root)
    return made


def _screening_app() -> typer.Typer:
    """The root and the screening commands alone."""
    made = _new_app()
    made.command("screen")(screening.screen)
    made.command("pairs")(screening.pairs)
    made.command("algorithms")(screening.algorithms)
    return made


def _whole_app() -> typer.Typer:
    from epoc.cli import annex as annex_cli
    from epoc.cli import (
        audit,
        circulation,
        countries,
        denials,
        documents,
        editions,
        entities,
        feedback,
        lists,
        meetings,
        outreach,
        proposals,
        records,
        review,
        users,
    )
    from epoc.cli import ietem as ietem_cli
    from epoc.cli.demo import demo
    from epoc.cli.licensing import applications, consultations
    from epoc.cli.maintenance import backup_command, check_command, restore_command
    from epoc.cli.resolve import resolve_command
    from epoc.cli.serve import serve

    made = _new_app()
    made.add_typer(lists.app, name="lists")
    made.add_typer(records.app, name="records")
    made.add_typer(users.app, name="users")
    made.add_typer(audit.app, name="audit")
    made.add_typer(documents.app, name="documents")
    made.add_typer(denials.app, name="denials")
    made.add_typer(applications, name="applications")
    made.add_typer(consultations, name="consultations")
    made.command("demo")(demo)
    made.command("resolve")(resolve_command)
    made.add_typer(review.app, name="review")
    made.add_typer(entities.app, name="entities")
    made.add_typer(editions.app, name="editions")
    made.add_typer(circulation.app, name="circulation")
    made.add_typer(feedback.app, name="feedback")
    made.add_typer(meetings.app, name="meetings")
    made.add_typer(countries.app, name="countries")
    made.add_typer(outreach.app, name="outreach")
    made.add_typer(proposals.app, name="proposals")
    made.add_typer(proposals.taskings_app, name="taskings")
    made.command("serve")(serve)
    made.add_typer(annex_cli.app, name="annex")
    made.add_typer(ietem_cli.app, name="ietem")
    made.command("screen")(screening.screen)
    made.command("pairs")(screening.pairs)
    made.command("algorithms")(screening.algorithms)
    made.command("check")(check_command)
    made.command("backup")(backup_command)
    made.command("restore")(restore_command)
    return made


_WHOLE: typer.Typer | None = None


def whole_app() -> typer.Typer:
    """The whole command, built (its commands imported) once."""
    global _WHOLE  # noqa: PLW0603  (built once, on first use)
    if _WHOLE is None:
        _WHOLE = _whole_app()
    return _WHOLE


def __getattr__(name: str) -> typer.Typer:
    """``epoc.cli.app``: the whole command."""
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return whole_app()


def _command(args: list[str]) -> str | None:
    """The command a command line names after the root's ``--db``, or None (``--help`` first, say)."""
    rest = iter(args)
    for arg in rest:
        if arg == "--db":
            next(rest, None)
        elif not arg.startswith("--db="):
            return None if arg.startswith("-") else arg
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; domain and database errors print one line (no traceback) and exit with 1."""
    try:
        args = sys.argv[1:] if argv is None else argv
        chosen = _screening_app() if _command(args) in LIGHT_COMMANDS else whole_app()
        chosen(args=argv, prog_name="epoc", standalone_mode=True)
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
