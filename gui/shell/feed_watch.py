"""Other people's saves appear without a restart: the window's watcher of the change feed
(:mod:`services.core.feed`).

For a shared database (PostgreSQL, or a SQLite file in team mode) :class:`FeedWatch` reads the
feed on the task worker — when PostgreSQL's ``LISTEN`` wakes it, and on a timer (SQLite: every
1.5 s; PostgreSQL: every 15 s, in case a notification was missed while offline) — and hands the
others' changes to every page through ``events.changed(changes, None)``, exactly like a change
made in this window: each page refreshes only what the changes concern (a hidden page when it
is next shown). A personal file has no feed and no watcher.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gui.common.context import AppContext

log = logging.getLogger(__name__)

SQLITE_POLL_MS = 1500
PG_POLL_MS = 15_000
KEY = "feed_watch"


class FeedWatch(QObject):
    """See the module docstring; :meth:`stop` before the store closes."""

    woken = Signal()  # from the listener's thread: queued to the GUI thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        from services.core.feed import FeedReader, Listener

        self.ctx = ctx
        self.store = ctx.store
        self.reader = FeedReader(self.store, self.store.feed_origin)
        self._busy = False
        self._again = False
        self.received = 0  # polls that brought someone else's changes (tests, status)
        postgres = self.store.engine.dialect.name == "postgresql"
        self.timer = QTimer(self)
        self.timer.setInterval(PG_POLL_MS if postgres else SQLITE_POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.woken.connect(self.poll)
        self.listener: Any = None
        if postgres:
            self.listener = Listener(self.store.url, self.woken.emit,
                                     self.store.feed_origin).start()

    def poll(self) -> None:
        """Read the feed on the worker (one read at a time; a wake-up meanwhile reads again)."""
        if self.ctx.store is not self.store:
            return  # the window switched databases: this watcher is being replaced
        if self._busy:
            self._again = True
            return
        self._busy = True
        handle = self.ctx.tasks.submit(lambda **_kw: self.reader.poll())
        handle.finished.connect(self._done)
        handle.failed.connect(self._failed)

    def _done(self, changes: Any) -> None:
        self._busy = False
        if changes and self.ctx.store is self.store:
            self.received += 1
            self.ctx.events.changed.emit(changes, None)
        if self._again:
            self._again = False
            self.poll()

    def _failed(self, *args: Any) -> None:  # offline: the next tick tries again
        self._busy = False
        log.info("change feed: read failed: %s", args[:1])

    def stop(self) -> None:
        """Stop the timer and the listener (before the store closes)."""
        self.timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None


def start_feed_watch(ctx: AppContext, parent: QObject) -> FeedWatch | None:
    """Watch ``ctx.store``'s feed when its database is shared (replacing a previous watcher)."""
    stop_feed_watch(ctx)
    if ctx.store.feed_origin is None:
        return None
    watch = FeedWatch(ctx, parent)
    ctx.extras[KEY] = watch
    return watch


def stop_feed_watch(ctx: AppContext) -> None:
    """Stop the watcher of ``ctx``, if any."""
    watch = ctx.extras.pop(KEY, None)
    if isinstance(watch, FeedWatch):
        watch.stop()
        watch.deleteLater()
