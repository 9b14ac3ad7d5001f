"""Declarative base, shared column types and the mixin every business table uses.

Money is stored as integer minor units (fen) and surfaces as :class:`decimal.Decimal` yuan, so
SQLite never rounds it through a float. Timestamps are stored as naive UTC and come back aware.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENT = Decimal("0.01")


_SEEDED: ContextVar[tuple[Callable[[], str], Callable[[], datetime]] | None] = ContextVar(
    "seeded_ids_and_clock", default=None)


def new_id() -> str:
    """A fresh UUID4 primary key as text (mergeable across offline machines)."""
    seeded = _SEEDED.get()
    return seeded[0]() if seeded is not None else str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    seeded = _SEEDED.get()
    return seeded[1]() if seeded is not None else datetime.now(UTC)


@contextmanager
def seeded_ids_and_clock(ids: Callable[[], str], now: Callable[[], datetime]) -> Iterator[None]:
    """Inside the block (this thread or task only), :func:`new_id` and :func:`utcnow` answer
    ``ids()`` and ``now()``: the demo generator writes through the services with ids drawn from
    its seed and times from its own calendar, so the same seed gives the same rows.
    """
    token = _SEEDED.set((ids, now))
    try:
        yield
    finally:
        _SEEDED.reset(token)


def to_fen(value: Decimal | int | str | float) -> int:
    """Convert yuan (Decimal, int or numeric string) to integer fen, rounding half up."""
    if isinstance(value, float):
        value = repr(value)
    return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_fen(fen: int) -> Decimal:
    """Convert integer fen to Decimal yuan with two places."""
    return (Decimal(fen) / 100).quantize(CENT)


class Money(TypeDecorator[Decimal]):
    """Decimal yuan in Python, integer fen in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_fen(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_fen(int(value))


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes; stored naive UTC so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use models.base.utcnow()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw text read back from SQLite
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable Alembic batch rebuilds)."""

    metadata = MetaData(naming_convention=NAMING)


class BusinessMixin:
    """UUID key, created/updated timestamps and soft delete, on every business table."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False, index=True
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
