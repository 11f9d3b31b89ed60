"""The application factory: settings and store in, a FastAPI app with every area's routes out.

Errors are mapped here, once: a domain error (``epoc.model.errors``) carries its HTTP status and is shown
as a page or as ``{"error": "..."}``; nothing else is ever shown but "internal error".
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from epoc.model.errors import EpocError, Throttled, Unauthorized
from epoc.services import audit
from epoc.services.documents.uploads import UploadJobs
from epoc.services.list.background import BackgroundResolver
from epoc.services.screening.heap import freeze_loaded
from epoc.services.screening.jobs import BatchJobs
from epoc.services.screening.screener import index_folder
from epoc.services.screening.warm import WarmScreener
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import areas
from epoc.web.fonts import WebFont
from epoc.web.rendering import STATIC, make_templates, page
from epoc.web.security import SignInRequired, is_api, sign_in_url
from epoc.web.trail import AuditBatch

log = logging.getLogger("epoc.web")

API_DESCRIPTION = """The Partners' exchange for the entities-of-concern list.

Authenticate with a bearer token: `POST /api/v1/tokens` with a username and password returns one; send it
as `Authorization: Bearer <token>`. Every answer is filtered by the caller's Partner, role and clearance;
the `X-Epoc-Marking` header carries the marking of the most restricted thing in it. Errors are
`{"error": "..."}` with the HTTP status of the problem."""

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


_COMMON_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
# built once: making them per answer was a small but needless part of every request
PAGE_HEADERS = (*_COMMON_HEADERS, (b"cache-control", b"no-store"))
STATIC_HEADERS = (*_COMMON_HEADERS, (b"cache-control", b"private, max-age=3600"))
EXTRA_NAMES = frozenset(name for name, _ in PAGE_HEADERS)


class SecurityHeaders:
    """Headers on every answer: no framing, no sniffing, no referrer, and nothing cached but static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = STATIC_HEADERS if scope["path"].startswith("/static/") else PAGE_HEADERS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                if any(name.lower() in EXTRA_NAMES for name, _ in headers):  # an answer's own, kept
                    names = {name.lower() for name, _ in headers}
                    headers += [(k, v) for k, v in extra if k not in names]
                else:
                    headers += extra
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or Settings()
    store = store or Store.open(settings.db_url, echo=settings.echo_sql)
    app = FastAPI(
        lifespan=_warm_on_start,
        title="epoc",
        version="0.1.0",
        description=API_DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI would load scripts from a CDN; the description is at openapi_url
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.templates = make_templates()
    app.state.webfont = WebFont(settings.data_dir)
    # One warm screener per process: its index is loaded once and kept in step with the lists.
    app.state.screener = WarmScreener(store, settings.index_dir)
    app.state.audit_batch = AuditBatch(store)  # concurrent requests' audit entries, written together
    app.state.screen_jobs = BatchJobs(
        app.state.screener, index_folder(settings.data_dir / "screen-jobs", store)
    )
    # lists uploaded on the web (and records made from mentions) are resolved in the background; the
    # screener then answers with the new entities
    app.state.resolver = BackgroundResolver(store, settings, after=lambda _: app.state.screener.mark_stale())
    app.state.document_uploads = UploadJobs(store, index_folder(settings.data_dir / "upload-jobs", store))
    for area in areas():
        app.include_router(area.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    return app


@asynccontextmanager
async def _warm_on_start(app: FastAPI) -> AsyncIterator[None]:
    """A served app loads the screening index in the background at once, not on the first query."""
    threading.Thread(target=_warm, args=(app,), name="epoc-warm-screener", daemon=True).start()
    app.state.webfont.build_in_background()  # once per data folder; cached after
    yield


def _warm(app: FastAPI) -> None:
    """Load the index and what the names load on first use, then keep the garbage collector's full passes
    off what lives as long as the process (``freeze_loaded``: a served app's p99 at
    20 clients 340 -> 65 ms). A request leaves ~4 objects of cyclic garbage, nearly all found in the young
    generations; the server's memory after 8,000 requests is unchanged (bench/screen_http_cpu.py)."""
    app.state.screener.warm()
    app.state.screener.prime()
    gc.collect()
    freeze_loaded()


def _who(request: Request) -> Any:
    return getattr(request.state, "principal", None)


async def _note_refusal(request: Request, status: int, message: str) -> None:
    """A signed-in caller refused (403) or told "not found" (404) leaves an entry on the trail."""
    who = _who(request)
    if status not in (403, 404) or who is None:
        return
    store = request.app.state.store
    try:
        await run_in_threadpool(
            audit.record_refusal, store, who.viewer, request.method, request.url.path, status, message
        )
    except Exception:  # the trail must not turn a refusal into a server error
        log.exception("could not record a refused request")


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if is_api(request) or request.url.path == "/healthz":
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    response = page(
        request, "error.html", {"status": status, "message": message}, who=_who(request), status_code=status
    )
    response.headers.update(headers or {})
    return response


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(EpocError)
    async def domain_error(request: Request, exc: EpocError) -> Response:
        headers = {}
        if isinstance(exc, Throttled):
            headers["Retry-After"] = str(exc.retry_after)
        if isinstance(exc, Unauthorized):
            headers["WWW-Authenticate"] = "Bearer"
        await _note_refusal(request, exc.status, exc.message)
        return _error(request, exc.status, exc.message, headers)

    @app.exception_handler(SignInRequired)
    async def sign_in(request: Request, exc: SignInRequired) -> Response:
        return RedirectResponse(sign_in_url(exc.next_path), status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "no such page", 405: "that method is not allowed here"}
        await _note_refusal(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))
        return _error(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors()
        )
        return _error(request, 422, problems)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error: the administrators can find it in the server log")
