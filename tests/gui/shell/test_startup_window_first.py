"""Start-up shows the window before the store layer loads, then opens the database into it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMenu

from gui.app import run_gui
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    BusyFile,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[3]

PROBE = textwrap.dedent("""
    import sys
    import gui.app as app_module
    import main

    def report():
        heavy = ("sqlalchemy", "alembic", "models", "services.core.store", "matplotlib", "openpyxl")
        loaded = sorted(name for name in heavy if name in sys.modules)
        print("LOADED_AT_FIRST_PAINT=" + ",".join(loaded), flush=True)
        app_module.QApplication.instance().quit()

    app_module._print_marker_and_quit = report
    sys.exit(main.main(sys.argv[1:]))
""")


def test_window_is_painted_before_the_store_layer_or_charts_are_imported(store, db_path,
                                                                         tmp_path):
    seed_org(store)
    store.close()
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               SAILPLAN_BENCH_EXIT_ON_SHOWN="1", SAILPLAN_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, str(probe), "--db", str(db_path), "--lang", "zh_CN"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("LOADED_AT_FIRST_PAINT=")]
    assert lines == ["LOADED_AT_FIRST_PAINT="], result.stdout


def _window_on(location: Path):
    """The main window opening ``location`` (not one an earlier test left closed)."""
    from gui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                 and w.status.location_label.toolTip() == str(location)), None)


def test_run_gui_opens_the_database_into_the_shown_window(qapp, store, db_path):
    seed_org(store)
    store.close()
    seen: dict[str, object] = {}

    def poll() -> None:
        window = _window_on(db_path)
        if window is not None and window.ready and window.host.current_key is not None:
            seen["page"] = window.host.current_key
            seen["location"] = window.status.location_label.toolTip()
            seen["backup_enabled"] = window.menus.actions["backup_now"].isEnabled()
            window.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    assert run_gui(args) == 0
    assert seen == {"page": "today", "location": str(db_path), "backup_enabled": True}


def _errors(monkeypatch) -> list[str]:
    from gui.common.messages import Messages

    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": shown.append(text)))
    return shown


def test_window_keeps_responding_while_the_database_opens(qapp, tmp_path, monkeypatch):
    from services.pipeline.deals import list_pipelines
    from services.setup import open_store

    errors = _errors(monkeypatch)
    db_path = tmp_path / "new-firm.sqlite3"
    busy = BusyFile(db_path)  # creating the new database waits until the file is let go
    seen: dict[str, object] = {}
    ticks: list[str] = []  # the placeholder's text at each poll while the file was opening

    def poll() -> None:
        window = _window_on(db_path)
        if window is not None and window.isVisible() and not window.ready:
            ticks.append(window.host.placeholder.text())
            if len(ticks) == 10:  # the window has handled events for a while: let go
                busy.release()
        elif window is not None and window.ready and window.host.current_key is not None:
            seen["page"] = window.host.current_key
            window.close()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    try:
        assert run_gui(args) == 0, errors
    finally:
        busy.release()
    assert len(ticks) >= 10
    assert set(ticks) == {"Opening Today…"}
    assert seen["page"] == "today"
    with open_store(db_path) as created:  # created with its defaults, and let go at exit
        assert len(list_pipelines(created)) == 1


def test_closing_the_window_while_the_database_opens_releases_it(qapp, tmp_path, monkeypatch):
    import threading

    from services.pipeline.deals import list_pipelines
    from services.setup import open_store

    errors = _errors(monkeypatch)
    db_path = tmp_path / "new-firm.sqlite3"
    busy = BusyFile(db_path)

    def poll() -> None:
        window = _window_on(db_path)
        if window is not None and window.isVisible():
            threading.Timer(0.3, busy.release).start()  # while the app is shutting down
            window.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    try:
        assert run_gui(args) == 0, errors
    finally:
        busy.release()
    assert errors == []
    with open_store(db_path) as created:  # opened meanwhile, then closed: the lock is free
        assert len(list_pipelines(created)) == 1


def test_opening_window_waits_for_the_database_then_opens_the_chosen_page(qtbot, store):
    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.main_window import MainWindow

    window = MainWindow(None, "en", location="firm.sqlite3")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert not window.ready
    # The menu bar is complete at the first paint; nothing in it can act on a database yet.
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Language", "&Help"]
    enabled = {a.objectName() for menu in window.menuBar().findChildren(QMenu)
               for a in menu.actions() if a.isEnabled()}
    assert not enabled & {"action_backup_now", "action_open_db", "action_new_db",
                          "action_about"}
    window.show_page("settings")  # chosen in the sidebar while the file is still opening
    assert window.host.current_key is None
    assert window.host.placeholder.text() == "Opening Settings…"

    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    window.attach(ctx)
    qtbot.waitUntil(lambda: window.host.current_key == "settings")
    assert window.menus.actions["backup_now"].isEnabled()
    assert window.status.location_label.toolTip() == store.location
    # Undo in the Edit menu now acts on the window's real undo stack.
    assert window.undo_stack() is ctx.undo_stack
