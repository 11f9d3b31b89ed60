"""`epoc serve`: the web application."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from epoc.cli.common import app_context, console

KEEP_ALIVE = 30  # seconds an idle HTTP connection stays open (HTMX pages reuse it)


def proxy_options(trusted_proxies: str) -> dict[str, object]:
    """X-Forwarded-For believed only from the configured proxies (EPOC_TRUSTED_PROXIES), never from any
    local client: otherwise the audit's address and the per-address sign-in lockout could be faked."""
    proxies = ",".join(p.strip() for p in trusted_proxies.split(",") if p.strip())
    if not proxies:
        return {"proxy_headers": False, "forwarded_allow_ips": ""}
    return {"proxy_headers": True, "forwarded_allow_ips": proxies}


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes (one per core serves the most).")
    ] = 1,
) -> None:
    """Serve the web application and its JSON API (/api/v1) until interrupted."""
    import uvicorn

    from epoc.web import create_app

    context = app_context(ctx)
    store = context.store()  # created and migrated once, before any worker starts
    console.print(f"epoc is serving at http://{host}:{port}  (Ctrl-C stops it)", highlight=False)
    options = {
        "host": host,
        "port": port,
        "log_level": "info",
        "access_log": False,
        "server_header": False,
        **proxy_options(context.settings.trusted_proxies),
    }
    if workers == 1:
        app = create_app(context.settings, store)
        uvicorn.run(app, timeout_keep_alive=KEEP_ALIVE, **options)  # type: ignore[arg-type]
        return
    # Several processes: each builds the app from the environment, so pass the database on.
    store.close()
    os.environ["EPOC_DATABASE_URL"] = context.settings.db_url
    uvicorn.run(
        "epoc.web.app:create_app",
        factory=True,
        workers=workers,
        timeout_keep_alive=KEEP_ALIVE,
        **options,  # type: ignore[arg-type]
    )
