"""Moving a test database file to a schema revision and back, for the migration tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import Engine, inspect

from services.core.db import make_engine
from services.core.migrate import alembic_config, upgrade


@contextmanager
def engine_of(target: str) -> Iterator[Engine]:
    """An engine on the file, disposed afterwards."""
    engine = make_engine(target)
    try:
        yield engine
    finally:
        engine.dispose()


def upgrade_to(target: str, revision: str) -> None:
    """Create or migrate the file up to ``revision``."""
    with engine_of(target) as engine:
        upgrade(engine, target=revision)


def downgrade_to(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision``."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def table_names(engine: Engine) -> set[str]:
    """The tables the database has now."""
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())
