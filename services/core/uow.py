"""Unit of work: one per user action; commit is explicit, leaving without it rolls back."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from services.core.db import write_engine


class UnitOfWork:
    """A session scope. ``with store.write() as uow: ...; uow.commit()``.

    Writers begin with ``BEGIN IMMEDIATE`` on SQLite so a read-then-write never deadlocks into
    "database is locked". Services return plain dataclasses, never live ORM objects, so
    ``expire_on_commit`` is off: nothing lazy-loads after the scope ends.
    """

    def __init__(self, factory: Callable[[], Session]):
        self._factory = factory
        self._session: Session | None = None
        self.committed = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
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
            if self._session.in_transaction():
                self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        """Make everything done in this unit durable; the unit stays usable for more work."""
        session = self.session
        session.commit()
        self.committed = True
        session.begin()  # autobegin is off: open the next (lazy) transaction ourselves

    def rollback(self) -> None:
        """Discard everything done in this unit so far; the unit stays usable."""
        session = self.session
        session.rollback()
        session.begin()


class SessionFactories:
    """Read and write session factories over one engine."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.read = sessionmaker(bind=engine, expire_on_commit=False, autobegin=False)
        self.write = sessionmaker(
            bind=write_engine(engine), expire_on_commit=False, autobegin=False
        )
