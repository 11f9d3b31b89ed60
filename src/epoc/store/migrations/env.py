"""Alembic environment: runs on the connection the store hands over (or on ``sqlalchemy.url``)."""

from alembic import context
from sqlalchemy import Connection, create_engine

from epoc.store.fulltext import is_shadow_table
from epoc.store.schema import metadata

config = context.config


def run() -> None:
    """Migrate on the connection ``Store.migrate`` passes in, or on the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _migrate(conn)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave the full-text tables (outside the metadata; see ``epoc.store.fulltext``) alone."""
    return not (type_ == "table" and name is not None and is_shadow_table(name))


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
