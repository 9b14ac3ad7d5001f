"""Business configuration kept in the database (thresholds, rules), as JSON text per key; and
the change feed through which the people sharing a database see each other's saves.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class AppSetting(Base):
    """One business setting; ``value`` is JSON. UI state lives in QSettings, not here."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ChangeFeedEntry(Base):
    """What one committed write changed, for the other people sharing the database
    (:mod:`services.core.feed`): a JSON description of the changed kinds and ids. Written only
    by a shared (team) database; old entries are pruned.
    """

    __tablename__ = "change_feed"

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                     primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    origin: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(Text)
