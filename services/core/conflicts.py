"""No lost updates: a save is checked against what its editor showed (乐观并发).

Two people (two windows, two laptops on the team's server) open the same customer; both
change its phone number. Without a check the second save silently overwrites the first. Here
every editing service takes ``base``: the values the editor showed for the fields it saves.
In the write transaction the record is read **locked** (``SELECT … FOR UPDATE`` on PostgreSQL;
SQLite has one writer at a time, so its write transaction is the lock) and each field compared:

* the stored value is still the shown one → the field is saved;
* someone saved the very same value meanwhile → nothing to decide, saved;
* someone saved a different value → :class:`ConflictError`, nothing is written. It carries,
  per field, the value being saved (``mine``) and the one stored now (``theirs``): the editor
  shows both and the user chooses; saving "mine" again passes the stored value as the new
  ``base``.

Why per field and not a record version number: a version number refuses a save whenever
*anything* on the record changed — a colleague adding a tag would make your new phone number
bounce. Comparing the fields being saved refuses exactly the saves that would lose someone's
value, and the editor can name them. The undo of a save carries the saved values as its base,
so undoing after someone else changed the field is refused the same way.

Values are compared after the same cleaning the service applies to what it writes (the
caller passes a ``clean`` function), so ``"A, B"`` and ``("A", "B")`` tags compare equal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from services.core.errors import SailplanError

T = TypeVar("T")


@dataclass(frozen=True)
class FieldConflict:
    """One field saved by someone else since the editor showed it."""

    field: str
    mine: Any  # the value being saved (cleaned)
    theirs: Any  # the value stored now


class ConflictError(SailplanError):
    """A save refused because someone else saved the same fields meanwhile (see the module
    docstring); ``conflicts`` lists them, ``record`` is (kind, id).
    """

    def __init__(self, kind: str, record_id: str, conflicts: tuple[FieldConflict, ...]):
        self.record = (kind, record_id)
        self.conflicts = conflicts
        super().__init__("Someone else saved a different value here after you opened it; "
                         "nothing was saved. Reopen the record to see what is stored now.")


def locked(session: Session, model: type[T], record_id: str) -> T | None:
    """The record read for a write that checks a base: locked until the commit on
    PostgreSQL (``FOR UPDATE``); on SQLite the write transaction already excludes others.
    A PostgreSQL login that may read the record but not change it (an analyst) gets it
    unlocked: the write that follows is refused with the reason, not a permission error.
    """
    if session.get_bind().dialect.name != "postgresql":
        return session.get(model, record_id)
    try:
        with session.begin_nested():
            return session.get(model, record_id, with_for_update=True)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
    return session.get(model, record_id)


def check_base(kind: str, record: Any, record_id: str, base: Mapping[str, Any] | None,
               new: Mapping[str, Any], *, clean: Callable[[str, Any], Any] | None = None,
               current: Callable[[Any, str], Any] | None = None) -> None:
    """Refuse (:class:`ConflictError`) when a field of ``base`` is stored with a value other
    than the shown one and the one being saved. ``clean(field, value)`` normalises the shown
    value as the service normalises what it saves; ``current(record, field)`` reads the stored
    value (default: the attribute). No base: nothing to check (a script, an import).
    """
    if not base:
        return
    read = current or (lambda r, f: getattr(r, f))
    found: list[FieldConflict] = []
    for field, shown in base.items():
        seen = shown
        if clean is not None:
            try:
                seen = clean(field, shown)
            except SailplanError:  # a stored value today's rules refuse: compared as shown
                seen = shown
        now = read(record, field)
        if now == seen:
            continue
        mine = new.get(field, seen)
        if now == mine:
            continue  # the same value saved by both: nothing is lost
        found.append(FieldConflict(field, mine, now))
    if found:
        raise ConflictError(kind, record_id, tuple(found))
