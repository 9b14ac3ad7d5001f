"""The audit trail (操作日志): one row per changed tracked field, written by database triggers.

Rows are never written by the app's own statements: a trigger on each tracked table inserts
them in the same transaction as the change (``services.team.audit_schema``), and nothing may
update or delete them. A personal SQLite file has the table but no triggers, so it stays empty.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

AUDIT_ID = BigInteger().with_variant(Integer(), "sqlite")
"""INTEGER PRIMARY KEY on SQLite (the rowid: ever-increasing), BIGSERIAL on PostgreSQL."""


class AuditEntry(Base):
    """Who changed which field of which record, when, from what to what.

    ``actor_id`` is the person the app says is signed in (SQLite: the ``sailplan_actor()``
    function of the connection; PostgreSQL: the ``sailplan.actor`` setting), ``db_user`` the
    database login that made the change (PostgreSQL ``session_user``; None on SQLite).
    ``action`` is ``insert`` (the record's first values), ``update`` or ``delete`` (a row
    removed; a soft delete is an update of ``deleted_at``). Values are the column's text as
    the database gives it (money in fen).
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),
                      Index("ix_audit_log_table_field", "table_name", "field"))

    id: Mapped[int] = mapped_column(AUDIT_ID, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36), index=True)
    db_user: Mapped[str | None] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(10))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
