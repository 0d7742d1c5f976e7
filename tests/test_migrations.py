"""The Alembic migrations build exactly the schema that store/models.py declares: a column,
index or type added to one and not the other fails here, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from server.store.models import Base


def test_migrations_match_the_models(database_url: str) -> None:
    engine = create_engine(database_url)  # the fixture migrated it to the head
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_one_head() -> None:
    from alembic.script import ScriptDirectory

    from server.store import migrate

    heads = ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}"
