"""Storage: SQLAlchemy tables, Alembic migrations and repositories. SQLite by default, PostgreSQL by URL."""

from epoc.store.db import Store

__all__ = ["Store"]
