"""Opening a store the way the app, CLI and tools do: core's opener plus the default seed data."""

from __future__ import annotations

import logging
import os

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from services.core.db import write_engine
from services.core.feed import attach as attach_feed
from services.core.migrate import MigrationsDir
from services.core.store import Store
from services.core.store import open_store as open_core_store
from services.core.uow import DerivedRule
from services.customers.tiers import tier_rule
from services.pipeline.settings import ensure_defaults
from services.team.audit_schema import audit_installed, ensure_audit, team_mode
from services.team.pg_scope import login_rule

log = logging.getLogger(__name__)

DERIVED_RULES: tuple[DerivedRule, ...] = (tier_rule, login_rule)
"""Derived updates every writing unit of work runs in its own transaction (see core.uow)."""


def seed_defaults(store: Store) -> None:
    """Default data for a database created just now: the default pipeline, stages, lost reasons."""
    ensure_defaults(store)


def open_store(
    target: str | os.PathLike[str] | URL,
    *,
    migrate: bool = True,
    lock: bool = True,
    backup_dir: str | os.PathLike[str] | None = None,
    migrations_dir: MigrationsDir = None,
) -> Store:
    """:func:`services.core.store.open_store`, seeding a brand-new database's defaults and
    giving the store the features' derived-update rules (:data:`DERIVED_RULES`).

    A brand-new database (no schema before this call) gets the default pipeline (新客户) with its
    stages and lost reasons; an existing database is never given anything.
    """
    store = open_core_store(target, migrate=migrate, lock=lock, backup_dir=backup_dir,
                            migrations_dir=migrations_dir, seed=seed_defaults)
    store.rules.extend(DERIVED_RULES)
    if migrate:
        try:
            ensure_audit_triggers(store)
        except BaseException:
            store.close()
            raise
    attach_feed(store)  # a shared database: the feed rule comes last, after the others
    return store


def ensure_audit_triggers(store: Store) -> bool:
    """A database in team mode has every audit trigger (a migration that rebuilt a tracked
    SQLite table dropped that table's): install what is missing. True if anything was.
    """
    with store.engine.connect() as conn:
        if not team_mode(conn) or audit_installed(conn):
            return False
    try:
        with write_engine(store.engine).begin() as conn:
            return ensure_audit(conn)
    except DBAPIError:
        if store.engine.dialect.name != "postgresql":
            raise
        # A login that does not own the schema (a rep) cannot create triggers: the owner's
        # next opening or ``team init`` puts them back; this user still works meanwhile.
        log.warning("the audit triggers of %s are incomplete and this login cannot "
                    "install them", store.location)
        return False
