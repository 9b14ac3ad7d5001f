"""Helpers for the shell's GUI tests: a small real org, and a main window on a real file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from services.today.reminders import SEVERITY_OVERDUE, Reminder

OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"
"""Qt messages of the offscreen platform about window-system features it lacks."""


@dataclass
class Org:
    """Ids of the seeded org."""

    company: str
    team: str
    people: dict[str, str]


def seed_org(store) -> Org:
    """A company, one team, three current people and one who has left (through services)."""
    from services.org.people import create_person, create_unit

    company = create_unit(store, "杭州云帆科技有限公司", "company").value
    team = create_unit(store, "华东销售一组", "team", company).value
    people = {
        "王芳": create_person(store, "王芳", team, role="manager").value,
        "李强": create_person(store, "李强", team).value,
        "张伟": create_person(store, "张伟", team, capacity_tier="novice").value,
    }
    create_person(store, "赵敏", team, active_from=date(2020, 1, 1), active_to=date(2021, 1, 1))
    return Org(company, team, people)


def make_window(qtbot, store, lang: str = "en"):
    """A shown main window over ``store`` with translators for ``lang`` installed."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.i18n import install_translators
    from gui.common.tasks import TaskRunner
    from gui.main_window import MainWindow

    install_translators(QApplication.instance(), lang)
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    window = MainWindow(ctx, lang)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.host.current_key is not None)  # created after the show
    return window


class BusyFile:
    """Another program holding a SQLite file exclusively: nobody can read it until released.

    The file is put in rollback-journal mode first, where an exclusive transaction keeps
    readers out too (they wait in SQLite's busy handler, up to their timeout). Opening a store
    on it therefore waits until :meth:`release` — which may be called from any thread.
    """

    def __init__(self, path: Path):
        self._con: sqlite3.Connection | None = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False)
        self._con.execute("PRAGMA journal_mode=DELETE")
        self._con.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        """End the transaction and close (idempotent)."""
        if self._con is not None:
            self._con.execute("ROLLBACK")
            self._con.close()
            self._con = None


def sqlite_bytes(path: Path) -> bytes:
    """The database file's bytes plus its WAL if any (to prove it was not touched)."""
    data = Path(path).read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


# --- a reminder provider the Today tests register by name --------------------------------------
TODAY = date(2026, 3, 9)
ITEMS: list[Reminder] = []


def reset_items() -> None:
    """Three reminders of two kinds: two follow-ups (one due today, one overdue, Li Qiang's) and
    a stale customer in the backlog."""
    ITEMS[:] = [
        Reminder("followup_due", "杭州云帆科技有限公司", "回访报价", TODAY, "customer", "c1",
                 actions=("done", "snooze", "log_followup"), note="回访报价"),
        Reminder("followup_due", "苏州瑞丰精密制造", "电话确认需求", TODAY - timedelta(days=3),
                 "customer", "c2", SEVERITY_OVERDUE, actions=("done", "snooze", "log_followup")),
        Reminder("stale_customer", "南京启明教育集团", "45 天未跟进", TODAY, "customer", "c3",
                 backlog=True, actions=("snooze", "log_followup")),
    ]


OWNERS = {"c1": "p-wang", "c2": "p-li", "c3": "p-wang"}


def sample_provider(store, today: date, person_id: str | None) -> list[Reminder]:
    """Reminders from :data:`ITEMS`, only the person's own when ``person_id`` is given."""
    return [r for r in ITEMS if person_id is None or OWNERS.get(r.item_id) == person_id]


def broken_provider(store, today: date, person_id: str | None) -> list[Reminder]:
    """A provider that fails, as a half-finished feature might."""
    raise RuntimeError("deliberately broken")


@pytest.fixture(autouse=True)
def restore_language_env(monkeypatch):
    """Installing translators sets SAILPLAN_LANG; keep that from leaking into other tests."""
    monkeypatch.delenv("SAILPLAN_LANG", raising=False)
