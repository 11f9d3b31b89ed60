"""Alembic environment: runs on the connection the store hands over (or on ``sqlalchemy.url``)."""

from alembic import context
from sqlalchemy import Connection, create_engine

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


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
