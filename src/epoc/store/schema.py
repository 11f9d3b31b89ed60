"""Every table of every area on one ``metadata``: what Alembic and the drift test compare against."""

from epoc.store import (  # noqa: F401  (register their tables)
    accounts,
    audit,
    document_tables,
    entity_tables,
    ietem,
    licensing,
    plenary,
    tables,
)
from epoc.store.tables import metadata

__all__ = ["metadata"]
