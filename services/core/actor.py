"""Who the writes of an engine are made by: the person the database's audit triggers record.

Every engine :func:`services.core.db.make_engine` builds carries an :class:`Actor` (None until
someone signs in). The audit triggers of a database in team mode read it on every change:

- SQLite: each connection gets the SQL function ``sailplan_actor()``, which answers the
  engine's actor at the moment the trigger runs (no round trip, no per-transaction statement);
- PostgreSQL: each connection's ``sailplan.actor`` setting (``current_setting('sailplan.actor',
  true)``), set when the connection is made and again when it is checked out of the pool after
  the actor changed. The login role (``session_user``) is recorded beside it: the setting is
  what the app says, the role what the server knows.

A personal SQLite file has no triggers; the function is there and nobody calls it.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event

ACTOR_FUNCTION = "sailplan_actor"
"""The SQLite function the triggers call for who is writing."""
ACTOR_SETTING = "sailplan.actor"
"""The PostgreSQL setting the trigger function reads for who is writing."""
_SET_ON_CONNECTION = "sailplan_actor"


class Actor:
    """The person (id) writing through one engine, or None (nobody signed in)."""

    def __init__(self) -> None:
        self.person_id: str | None = None


_ACTORS: WeakKeyDictionary[Engine, Actor] = WeakKeyDictionary()


def engine_actor(engine: Engine) -> Actor:
    """The :class:`Actor` of ``engine`` (an engine not made by ``make_engine`` gets a new one,
    which its connections never see).
    """
    base = engine.engine
    actor = _ACTORS.get(base)
    if actor is None:
        actor = _ACTORS[base] = Actor()
    return actor


def set_actor(engine: Engine, person_id: str | None) -> None:
    """From now on, changes through ``engine`` are recorded as made by ``person_id``."""
    engine_actor(engine).person_id = person_id


def listen(engine: Engine, *, sqlite: bool) -> None:
    """Give ``engine``'s connections the actor (called once by ``make_engine``)."""
    actor = engine_actor(engine)
    if sqlite:
        def _function(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.create_function(ACTOR_FUNCTION, 0, lambda: actor.person_id)

        event.listen(engine, "connect", _function)
        return

    def _setting(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        value = actor.person_id or ""
        if record.info.get(_SET_ON_CONNECTION) == value:
            return
        cur = dbapi_connection.cursor()
        try:
            cur.execute("SELECT set_config(%s, %s, false)", (ACTOR_SETTING, value))
        finally:
            cur.close()
        dbapi_connection.commit()  # a setting made in a rolled-back transaction is undone
        record.info[_SET_ON_CONNECTION] = value

    event.listen(engine, "checkout", _setting)
