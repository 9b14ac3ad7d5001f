"""Team mode (团队模式): the accounts people sign in with.

A personal SQLite file has no accounts and no sign-in. A database in team mode (a SQLite file
switched with ``team init``, and every PostgreSQL database) asks for a user name and password
before the main window; each account belongs to one person, whose role (``people.role``) is the
account's role. The AppSetting ``team.mode`` (``"team"``, written by ``team init``) marks a file
in team mode.

On PostgreSQL each account is also a login role, named from the database and the user name
(``services.team.pg_scope.login_role``) so the app can connect as it before reading anything;
``people.role`` decides its policies, so neither needs a column here. The Argon2id hash is
deferred (not read unless asked for): app roles may not read that column on PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, UTCDateTime


class Account(BusinessMixin, Base):
    """A person's sign-in: user name, Argon2id hash, failed attempts and the wait they cost.

    ``user_key`` is the user name case-folded (``services.team.accounts.user_key``); its unique
    index makes user names unique regardless of case on SQLite and PostgreSQL alike.
    ``locked_until`` is when the next attempt is allowed after failed ones (stored, so a
    restart does not reset the wait).
    """

    __tablename__ = "accounts"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), unique=True)
    user_name: Mapped[str] = mapped_column(String(64))
    user_key: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
