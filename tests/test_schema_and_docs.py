"""What must not drift: the migrations against the tables, the README's CLI reference against --help."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from epoc.cli.reference import END, START, cli_reference
from epoc.store import Store
from epoc.store.fulltext import is_shadow_table
from epoc.store.schema import metadata

ROOT = Path(__file__).resolve().parents[1]


def include_name(name, type_, _parent):
    """Full-text tables are made by the migration outside the metadata (see epoc.store.fulltext)."""
    return not (type_ == "table" and is_shadow_table(name))


def test_migrations_build_exactly_the_tables_the_code_declares(db_url):
    store = Store.open(db_url)
    try:
        with store.engine.connect() as conn:
            opts = {"compare_type": True, "include_name": include_name}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    finally:
        store.close()
    assert diff == [], "tables and migrations differ: add a migration (alembic revision --autogenerate)"


def test_opening_a_migrated_store_again_is_a_no_op(db_url):
    Store.open(db_url).close()
    store = Store.open(db_url)
    store.close()


def test_readme_cli_reference_is_generated_from_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in readme and END in readme
    block = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert block == cli_reference().strip(), "the README's CLI reference is stale: run `make docs`"


def test_every_setting_is_documented():
    from epoc.settings import Settings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [
        f"EPOC_{name.upper()}" for name in Settings.model_fields if f"EPOC_{name.upper()}" not in readme
    ]
    assert missing == [], f"settings missing from the README: {missing}"


def test_every_reader_is_documented():
    from epoc.sources.registry import READERS

    formats = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    assert [name for name in READERS if f"`{name}`" not in formats] == []


def test_every_document_reader_is_documented():
    from epoc.documents.readers.registry import READERS

    formats = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    assert [name for name in READERS if f"| `{name}` |" not in formats] == []
