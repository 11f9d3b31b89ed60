"""`epoc serve`: the web application."""

from __future__ import annotations

from typing import Annotated

import typer

from epoc.cli.common import app_context, console


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web application and its JSON API (/api/v1) until interrupted."""
    import uvicorn

    from epoc.web import create_app

    context = app_context(ctx)
    app = create_app(context.settings, context.store())
    console.print(f"epoc is serving at http://{host}:{port}  (Ctrl-C stops it)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, server_header=False)
