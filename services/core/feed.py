"""The change feed (变更通知): the people sharing a database see each other's saves without a
restart.

A shared database — every PostgreSQL database, and a SQLite file switched to team mode (the
``team.mode`` setting) — appends one ``change_feed`` row per committed write, **in the same
transaction**, written by the last derived-update rule of the unit of work
(:func:`feed_rule`): the :class:`~services.core.changes.Changes` the write recorded (kinds,
ids, fields, derived facts), the writer's ``origin`` (one random id per open store) and the
time. A change of more than :data:`MAX_IDS` ids of one kind is sent as "some of this kind
changed" (the receiver reloads that kind). On PostgreSQL the same transaction sends ``NOTIFY
sailplan_feed`` (delivered at commit), which wakes the other apps at once
(:class:`Listener`); SQLite, where every app runs on the same machine, is polled (a primary-key
range read of a small table, every second or two).

:class:`FeedReader` reads the rows since the last it saw and returns the union of the other
origins' changes, which the GUI hands to every page like a change of its own (pages refresh
only what the changes concern). PostgreSQL hands out sequence numbers before commit, so a
transaction may commit after a later one: the reader re-reads a window of recent numbers and
skips those it has seen. Rows older than :data:`KEEP` are pruned by the writers.

A personal SQLite file (one app at a time holds its lock) writes no feed at all.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, insert, inspect, select, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session

from models.base import utcnow
from models.settings import AppSetting, ChangeFeedEntry
from services.core.changes import ChangeRecorder, Changes, KindChanges
from services.core.uow import DerivedRule

log = logging.getLogger(__name__)

TEAM_SETTING = "team.mode"
"""The app setting (JSON ``"team"``) that makes a SQLite file a shared, team-mode database."""
FEED_TABLE = "change_feed"
CHANNEL = "sailplan_feed"
MAX_IDS = 500
"""More ids of one kind than this in one write: sent as "some of this kind changed"."""
KEEP = timedelta(days=2)
PRUNE_EVERY_S = 600.0
WINDOW = 200
"""How many sequence numbers below the newest seen are read again (PostgreSQL commits out of
order); numbers already seen are skipped."""


# -- the payload -----------------------------------------------------------------------------

def encode(changes: Changes) -> str | None:
    """``changes`` as the feed stores them (None: nothing another app needs to hear of)."""
    if changes.everything:
        return json.dumps({"all": True})
    kinds: dict[str, dict[str, Any]] = {}
    for kind, kc in changes.kinds.items():
        if kind == FEED_TABLE:
            continue
        entry: dict[str, Any] = {}
        if kc.unknown or len(kc.ids) > MAX_IDS:
            entry["x"] = True
        else:
            for key, ids in (("c", kc.created), ("u", kc.updated), ("d", kc.deleted)):
                if ids:
                    entry[key] = sorted(ids)
        if kc.fields:
            entry["f"] = sorted(kc.fields)
        kinds[kind] = entry
    facts = {name: sorted(ids) for name, ids in changes.facts.items()
             if ids and len(ids) <= MAX_IDS}
    if not kinds and not facts:
        return None
    return json.dumps({"k": kinds, "f": facts}, ensure_ascii=False, separators=(",", ":"))


def decode(payload: str) -> Changes:
    """The :class:`Changes` a feed row describes (everything, when it cannot be read)."""
    try:
        body = json.loads(payload)
        if body.get("all"):
            return Changes.all()
        kinds = {
            kind: KindChanges(created=frozenset(e.get("c", ())),
                              updated=frozenset(e.get("u", ())),
                              deleted=frozenset(e.get("d", ())),
                              fields=frozenset(e.get("f", ())), unknown=bool(e.get("x")))
            for kind, e in body.get("k", {}).items()}
        facts = {name: frozenset(ids) for name, ids in body.get("f", {}).items()}
        return Changes(kinds, facts)
    except (ValueError, AttributeError, TypeError):
        return Changes.all()


# -- writing ---------------------------------------------------------------------------------

def is_shared(conn: Session | Connection) -> bool:
    """Whether the database is shared (team mode): PostgreSQL always; a SQLite file whose
    ``team.mode`` setting says ``"team"`` (written by ``team init``).
    """
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        return True
    value = conn.execute(select(AppSetting.value)
                         .where(AppSetting.key == TEAM_SETTING)).scalar()
    try:
        return value is not None and json.loads(value) == "team"
    except ValueError:
        return False


def feed_rule(origin: str) -> DerivedRule:
    """The derived-update rule that appends what a write changed to the feed (see the module
    docstring); it must run after every other rule, so their writes are in the row too.
    """
    pruned = [0.0]

    def rule(session: Session, recorder: ChangeRecorder) -> None:
        payload = encode(recorder.changes())
        if payload is None:
            return
        session.execute(insert(ChangeFeedEntry).values(at=utcnow(), origin=origin,
                                                       payload=payload))
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :origin)"),
                            {"channel": CHANNEL, "origin": origin})
        now = time.monotonic()
        if now - pruned[0] > PRUNE_EVERY_S:
            pruned[0] = now
            session.execute(delete(ChangeFeedEntry).where(ChangeFeedEntry.at < utcnow() - KEEP))

    return rule


def attach(store: Any) -> bool:
    """Give ``store`` the feed rule when its database is shared (idempotent); True if so.
    Called when a store opens and when a database is switched to team mode.
    """
    if store.feed_origin is not None:
        return True
    with store.read() as uow:
        if not inspect(uow.session.connection()).has_table(FEED_TABLE):
            return False  # no schema, or not upgraded yet (opened without migrating)
        if not is_shared(uow.session):
            return False
    store.feed_origin = str(uuid.uuid4())
    store.rules.append(feed_rule(store.feed_origin))
    return True


# -- reading ---------------------------------------------------------------------------------

class FeedReader:
    """What the others sharing the database changed since the last :meth:`poll`."""

    def __init__(self, store: Any, origin: str | None):
        self.store = store
        self.origin = origin
        self._seen: deque[int] = deque(maxlen=4 * WINDOW)
        self._seen_set: set[int] = set()
        with store.read() as uow:
            self.newest = int(uow.session.scalar(select(func.max(ChangeFeedEntry.seq))) or 0)

    def poll(self) -> Changes:
        """The union of the other origins' changes since the last poll (empty: none)."""
        floor = max(self.newest - WINDOW, 0)
        parts: list[Changes] = []
        with self.store.read() as uow:
            s = uow.session
            fresh = [seq for (seq,) in s.execute(
                select(ChangeFeedEntry.seq).where(ChangeFeedEntry.seq > floor))
                if seq not in self._seen_set]
            if not fresh:
                return Changes()
            for seq, origin, payload in s.execute(
                    select(ChangeFeedEntry.seq, ChangeFeedEntry.origin, ChangeFeedEntry.payload)
                    .where(ChangeFeedEntry.seq.in_(fresh)).order_by(ChangeFeedEntry.seq)):
                self._remember(int(seq))
                if origin != self.origin:
                    parts.append(decode(payload))
        return Changes.merge(parts)

    def _remember(self, seq: int) -> None:
        if len(self._seen) == self._seen.maxlen:
            self._seen_set.discard(self._seen[0])
        self._seen.append(seq)
        self._seen_set.add(seq)
        self.newest = max(self.newest, seq)


class Listener:
    """PostgreSQL: wakes ``wake()`` (from its own thread) when another app commits a write,
    through ``LISTEN sailplan_feed``; :meth:`stop` ends it. Reconnects after a lost connection
    (every few seconds), so a laptop that was offline hears again once it is back.
    """

    def __init__(self, url: URL, wake: Callable[[], None], origin: str | None = None):
        self.url = url
        self.wake = wake
        self.origin = origin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sailplan-feed", daemon=True)
        self.listening = threading.Event()

    def start(self) -> Listener:
        """Start listening (returns self)."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; returns once the thread ended (within about a second)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _dsn(self) -> str:
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn(), autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0, stop_after=1):
                            if note.payload != self.origin:
                                self.wake()
            except Exception as exc:  # noqa: BLE001 - offline or server restarted: retry
                self.listening.clear()
                log.info("change feed: not listening (%s); retrying", exc)
                self._stop.wait(5.0)
