"""Unit of work: one per user action; commit is explicit, leaving without it rolls back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import Token
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from services.core.changes import (
    _ACTIVE,
    Call,
    ChangeRecorder,
    Changes,
    Op,
    install,
    install_session,
)
from services.core.db import write_engine

T = TypeVar("T")
DerivedRule = Callable[[Session, ChangeRecorder], None]
"""A derived update run inside every writing unit of work before it commits: it reads what the
unit recorded so far and writes what follows from it (tiers after deals changed, cached
roll-ups); its own writes are recorded too."""


class UnitOfWork:
    """A session scope. ``with store.write() as uow: ...; uow.commit()``.

    Writers begin with ``BEGIN IMMEDIATE`` on SQLite so a read-then-write never deadlocks into
    "database is locked". Services return plain dataclasses, never live ORM objects, so
    ``expire_on_commit`` is off: nothing lazy-loads after the scope ends.
    """

    def __init__(self, factory: Callable[[], Session], *, record: bool = False,
                 rules: Sequence[DerivedRule] = (), bulk: bool = False):
        self._factory = factory
        self._bulk = bulk
        self._session: Session | None = None
        self.committed = False
        self._record = record
        self._rules = tuple(rules)
        self._pending: ChangeRecorder | None = None
        self._done: list[Changes] = []  # what each committed transaction changed
        self._token: Token[ChangeRecorder | None] | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        if self._record:
            self._pending = ChangeRecorder()
            self._token = _ACTIVE.set(self._pending)
        if self._bulk:
            event.listen(self._session, "after_begin", _lock_on_begin)
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            # close() ends the open transaction by rolling its connection back; an explicit
            # Session.rollback() would first walk the session's state snapshot for nothing
            # (no ORM object outlives a unit), on every read and after every commit.
            self._session.close()
        finally:
            self._session = None
            if self._token is not None:
                _ACTIVE.reset(self._token)
                self._token = None

    def commit(self) -> None:
        """Make everything done in this unit durable; the unit stays usable for more work.

        A writing unit first runs the store's derived-update rules, in the same transaction,
        over what it recorded; then what it recorded becomes part of :attr:`changes`.
        """
        session = self.session
        pending = self._pending
        if pending is not None and self._rules:
            session.flush()
            if pending:
                for rule in self._rules:
                    rule(session, pending)
        session.commit()
        self.committed = True
        if pending is not None:
            self._done.append(pending.changes())
            pending.clear()
        session.begin()  # autobegin is off: open the next (lazy) transaction ourselves

    def rollback(self) -> None:
        """Discard everything done in this unit so far; the unit stays usable."""
        session = self.session
        session.rollback()
        if self._pending is not None:
            self._pending.clear()
        session.begin()

    @property
    def recorder(self) -> ChangeRecorder:
        """The recorder of the open transaction (to add a derived fact)."""
        if self._pending is None:
            raise RuntimeError("only a writing unit of work records changes")
        return self._pending

    @property
    def changes(self) -> Changes:
        """What the committed transactions of this unit changed."""
        done = self._done
        # The usual unit commits once: its changes as recorded, without a merge.
        return done[0] if len(done) == 1 else Changes.merge(done)

    def op(self, value: T, undo: Call | None = None) -> Op[T]:
        """The service's result: ``value``, this unit's committed changes and the inverse."""
        return Op(value, self.changes, undo)


BULK_WRITE_LOCK = 0x5A11_B01C
"""PostgreSQL advisory lock key of bulk writers; advisory locks are per database, so this one
constant serialises the bulk writers of each database (and only those)."""


def _lock_on_begin(_session: Session, _transaction: object, connection: Connection) -> None:
    """A bulk writer's transaction holds the database's write lock before its first read.

    SQLite needs nothing more: a writer's first statement is ``BEGIN IMMEDIATE``, the file's
    write lock until the transaction ends. PostgreSQL: ``pg_advisory_xact_lock``, released by
    the commit or rollback; another bulk writer waits for it, ordinary small writes do not.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": BULK_WRITE_LOCK})


class SessionFactories:
    """Read and write session factories over one engine."""

    def __init__(self, engine: Engine):
        self.engine = engine
        install(engine)
        self.read = sessionmaker(bind=engine, expire_on_commit=False, autobegin=False)
        self.write = sessionmaker(
            bind=write_engine(engine), expire_on_commit=False, autobegin=False
        )
        install_session(self.write)
