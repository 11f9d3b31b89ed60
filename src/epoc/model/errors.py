"""Domain errors. Each carries the HTTP status it maps to, so the CLI and the web map them in one place."""

from __future__ import annotations


class EpocError(Exception):
    """An error the user can act on: its message says what and where, never a traceback."""

    status: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(EpocError):
    status = 422


class MarkingError(InvalidInput):
    """A marking string that cannot be parsed."""


class NotFound(EpocError):
    status = 404


class Forbidden(EpocError):
    status = 403


class Conflict(EpocError):
    status = 409


class ImportFailure(EpocError):
    """A list or document that cannot be imported. ``location`` is a line, element or byte offset."""

    status = 422

    def __init__(self, path: str, reason: str, location: str | None = None) -> None:
        where = f"{path}:{location}" if location else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.location = location
        self.reason = reason


class Unauthorized(EpocError):
    """Not signed in, or the credentials are wrong (never says which)."""

    status = 401


class Throttled(EpocError):
    """Too many failed sign-ins: refused for ``retry_after`` seconds."""

    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
