"""Switching a test database to team mode the way ``team init`` will: the mode setting, then
the audit triggers (:func:`services.team.audit_schema.install_audit`)."""

from __future__ import annotations

from services.core.db import write_engine
from services.core.rule_store import write_json
from services.core.store import Store
from services.team.audit_schema import MODE_KEY, TEAM, install_audit


def switch_to_team(store: Store) -> None:
    """Mark ``store`` as a team database and install its audit triggers (idempotent)."""
    with store.write() as uow:
        write_json(uow.session, MODE_KEY, TEAM)
        uow.commit()
    with write_engine(store.engine).begin() as conn:
        install_audit(conn)
