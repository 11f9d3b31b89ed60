"""Every table of every area on one ``metadata``: what Alembic and the drift test compare against."""

from epoc.store import document_tables, tables  # noqa: F401  (each registers its tables on the metadata)
from epoc.store.tables import metadata

__all__ = ["metadata"]
