"""The main window: navigation by sidebar, shortcut and menu; undo; state; routing; status."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu

from gui.common.ui_settings import ui_settings
from gui.pages import PAGES
from gui.shell.coming_page import ComingPage
from gui.shell.page_host import PageLoadErrorPage
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    BusyFile,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
)

# The offscreen platform cannot resize or raise real windows and says so; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def window(qtbot, store):
    seed_org(store)
    return make_window(qtbot, store)


def _assert_page_shown(window, key):
    assert window.host.current_key == key
    page = window.host.currentWidget()
    assert page is window.host.page(key)
    assert page.isVisible()
    assert not isinstance(page, PageLoadErrorPage), page.findChildren(object)
    spec = next(s for s in PAGES if s.key == key)
    if spec.factory is None:
        assert isinstance(page, ComingPage)
        assert "later release" in page.text_label.text()
    assert window.sidebar.currentIndex().row() == window.nav_model.row_of(key)


def test_every_sidebar_entry_is_reachable_by_click(qtbot, window):
    for row in reversed(range(window.nav_model.rowCount())):
        key = window.nav_model.key_at(row)
        rect = window.sidebar.visualRect(window.nav_model.index(row))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        _assert_page_shown(window, key)


def test_every_sidebar_entry_is_reachable_by_ctrl_number(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for n, spec in reversed(list(enumerate(PAGES, start=1))):
        assert spec.shortcut == f"Ctrl+{n}"
        qtbot.keyClick(window.sidebar, getattr(Qt.Key, f"Key_{n}"),
                       Qt.KeyboardModifier.ControlModifier)
        _assert_page_shown(window, spec.key)


def test_view_menu_lists_every_page_and_opens_it(window):
    view = window.menuBar().findChild(QMenu, "menu_view")
    actions = [a for a in view.actions() if not a.isSeparator()]
    assert [a.objectName() for a in actions] == [f"action_page_{s.key}" for s in PAGES]
    for action, spec in reversed(list(zip(actions, PAGES, strict=True))):
        assert action.shortcut() == QKeySequence(spec.shortcut)
        action.trigger()
        _assert_page_shown(window, spec.key)
        assert action.isChecked()


def test_remembered_page_is_created_only_once_the_window_shows(qtbot, store):
    from PySide6.QtGui import QUndoStack

    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.main_window import MainWindow

    ui_settings().setValue("mainwindow/last_page", "settings")
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    window = MainWindow(ctx, "en")
    qtbot.addWidget(window)
    assert window.host.created_keys() == []  # nothing heavy before the first paint
    assert window.sidebar.currentIndex().row() == window.nav_model.row_of("settings")
    window.show()
    qtbot.waitUntil(lambda: window.host.current_key == "settings")
    assert window.host.created_keys() == ["settings"]


def test_pages_are_created_on_first_visit_only(window):
    assert window.host.created_keys() == [window.host.current_key]
    first = window.show_page("targets")
    window.show_page("plans")
    assert window.show_page("targets") is first


class _Flip(QUndoCommand):
    def __init__(self, log):
        super().__init__("flip")
        self.log = log

    def redo(self):
        self.log.append("redo")

    def undo(self):
        self.log.append("undo")


def test_undo_and_redo_actions_follow_the_one_stack(window):
    undo = window.menus.actions["undo"]
    redo = window.menus.actions["redo"]
    assert undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert not undo.isEnabled()
    log: list[str] = []
    window.ctx.undo_stack.push(_Flip(log))
    assert undo.isEnabled() and "flip" in undo.text()
    undo.trigger()
    assert log == ["redo", "undo"]
    assert redo.isEnabled() and not undo.isEnabled()
    redo.trigger()
    assert log == ["redo", "undo", "redo"]
    edit = window.menuBar().findChild(QMenu, "menu_edit")
    assert undo in edit.actions() and redo in edit.actions()


def test_geometry_and_last_page_survive_a_restart(qtbot, store, db_path):
    from services.setup import open_store

    first = make_window(qtbot, store)
    # A page whose minimum size cannot stretch the window (real pages may need more than the
    # offscreen 800×600 screen), shown before resizing so the size asserted is the one saved.
    first.show_page("dashboard")
    first.resize(790, 520)  # fits the offscreen 800×600 screen
    first.move(QPoint(4, 30))
    size = (first.width(), first.height())
    assert size == (790, 520)
    first.close()
    assert store.lock is None  # closing released the database

    again = open_store(db_path)
    second = make_window(qtbot, again)
    assert second.host.current_key == "dashboard"
    assert (second.width(), second.height()) == size
    assert ui_settings().value("mainwindow/state") is not None
    second.close()


class RecordingPage(ComingPage):
    """Stands in for the customers page: records show_item calls."""

    def __init__(self, ctx, parent=None):
        super().__init__(next(s for s in PAGES if s.key == "customers"), parent)
        self.shown: list[tuple[str, str]] = []

    def show_item(self, kind, item_id):
        self.shown.append((kind, item_id))


def test_open_requested_switches_page_and_shows_the_item(qtbot, store, monkeypatch):
    import dataclasses

    import gui.main_window
    import gui.shell.menus

    pages = tuple(dataclasses.replace(s, factory=f"{__name__}:RecordingPage")
                  if s.key == "customers" else s for s in PAGES)
    monkeypatch.setattr(gui.main_window, "PAGES", pages)
    monkeypatch.setattr(gui.shell.menus, "PAGES", pages)
    window = make_window(qtbot, store)
    window.show_page("settings")
    window.ctx.events.open_requested.emit("customer", "c-42")
    assert window.host.current_key == "customers"
    assert window.host.currentWidget().shown == [("customer", "c-42")]
    window.ctx.events.open_requested.emit("spaceship", "x")
    assert "spaceship" in window.statusBar().currentMessage()


def test_status_bar_shows_messages_database_and_person(qtbot, store, db_path):
    org = seed_org(store)
    window = make_window(qtbot, store)
    window.ctx.events.status_message.emit("已保存", 0)
    assert window.statusBar().currentMessage() == "已保存"
    assert str(db_path) in window.status.location_label.toolTip()
    assert "not chosen" in window.status.person_label.text()
    window.set_current_person(org.people["李强"])
    assert "李强" in window.status.person_label.text()
    assert window.ctx.current_person_id == org.people["李强"]


def test_current_person_is_remembered_per_database(qtbot, store, db_path, tmp_path):
    from services.setup import open_store

    org = seed_org(store)
    window = make_window(qtbot, store)
    window.set_current_person(org.people["王芳"])
    window.close()
    reopened = open_store(db_path)
    window = make_window(qtbot, reopened)
    assert window.ctx.current_person_id == org.people["王芳"]
    window.close()
    other = open_store(tmp_path / "other.sqlite3")
    window = make_window(qtbot, other)
    assert window.ctx.current_person_id is None
    window.close()


def test_open_database_switches_store_and_releases_the_old_file(qtbot, store, db_path,
                                                                 tmp_path, monkeypatch):
    from gui.shell.database_dialogs import DatabaseDialogs
    from services.org.people import list_people
    from services.setup import open_store

    seed_org(store)
    other_path = tmp_path / "second.sqlite3"
    with open_store(other_path):
        pass
    window = make_window(qtbot, store)
    window.show_page("targets")
    monkeypatch.setattr(DatabaseDialogs, "choose_open", classmethod(lambda cls, p: other_path))
    with qtbot.waitSignal(window.ctx.events.changed):
        window.menus.actions["open_db"].trigger()
    assert window.ctx.store.path == str(other_path)
    assert list_people(window.ctx.store) == []
    assert window.host.current_key == "targets"
    assert str(other_path) in window.status.location_label.toolTip()
    with open_store(db_path) as old:  # the first file's lock was released
        assert len(list_people(old)) == 3
    window.close()


def test_switching_keeps_the_current_database_until_the_new_one_is_open(qtbot, store, db_path,
                                                                          tmp_path, monkeypatch):
    from gui.shell.database_dialogs import DatabaseDialogs
    from services.org.people import list_people

    seed_org(store)
    other_path = tmp_path / "new-firm.sqlite3"
    window = make_window(qtbot, store)
    monkeypatch.setattr(DatabaseDialogs, "choose_open", classmethod(lambda cls, p: other_path))
    busy = BusyFile(other_path)  # a new, empty file: setting it up waits until it is let go
    try:
        window.menus.actions["open_db"].trigger()
        # The window is still at work on the current database, saying what it is doing.
        assert window.status.currentMessage() == f"Opening {other_path}…"
        assert not window.menus.actions["new_db"].isEnabled()
        assert not window.menus.actions["open_db"].isEnabled()
        window.show_page("settings")
        _assert_page_shown(window, "settings")
        assert window.ctx.store is store
        assert len(list_people(window.ctx.store)) == 3
        with qtbot.waitSignal(window.ctx.events.changed, timeout=20_000):
            busy.release()
    finally:
        busy.release()
    assert window.ctx.store.path == str(other_path)
    assert list_people(window.ctx.store) == []
    assert window.host.current_key == "settings"
    assert window.status.currentMessage() == f"Opened {other_path}"
    assert window.menus.actions["open_db"].isEnabled()
    window.close()


def test_switching_to_a_database_open_elsewhere_is_explained_and_changes_nothing(
        qtbot, store, tmp_path, monkeypatch):
    from gui.common.messages import Messages
    from gui.shell.database_dialogs import DatabaseDialogs
    from services.setup import open_store

    other_path = tmp_path / "second.sqlite3"
    window = make_window(qtbot, store)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": shown.append((title, text))))
    monkeypatch.setattr(DatabaseDialogs, "choose_open", classmethod(lambda cls, p: other_path))
    with open_store(other_path):  # another Sailplan has it open
        window.menus.actions["open_db"].trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown == [("Cannot open the database",
                      f"{other_path} is already open in another Sailplan window (pid "
                      f"{os.getpid()} on {socket.gethostname()}). Switch to that window, or "
                      "close it first.")]
    assert window.ctx.store is store
    assert window.status.currentMessage() == ""
    assert window.menus.actions["open_db"].isEnabled()
    assert window.menus.actions["new_db"].isEnabled()


def test_closing_while_a_database_opens_lets_go_of_both_files(qtbot, store, db_path, tmp_path,
                                                             monkeypatch):
    import threading

    from gui.shell.database_dialogs import DatabaseDialogs
    from services.setup import open_store

    other_path = tmp_path / "new-firm.sqlite3"
    window = make_window(qtbot, store)
    monkeypatch.setattr(DatabaseDialogs, "choose_open", classmethod(lambda cls, p: other_path))
    busy = BusyFile(other_path)
    try:
        window.menus.actions["open_db"].trigger()
        threading.Timer(0.3, busy.release).start()  # while the window waits to close
        window.close()
    finally:
        busy.release()
    assert window.ctx.store is store  # the new one never replaced it
    with open_store(db_path), open_store(other_path):  # neither lock is held any more
        pass


def test_new_database_refuses_an_existing_file(qtbot, store, db_path, monkeypatch):
    from gui.common.messages import Messages
    from gui.shell.database_dialogs import DatabaseDialogs

    window = make_window(qtbot, store)
    shown = []
    monkeypatch.setattr(DatabaseDialogs, "choose_new", classmethod(lambda cls, p: str(db_path)))
    monkeypatch.setattr(Messages, "show_error",
                        classmethod(lambda cls, parent, title, text, details="":
                                    shown.append(text)))
    window.menus.actions["new_db"].trigger()
    assert shown and "already exists" in shown[0]
    assert window.ctx.store is store


def test_import_and_export_entries_call_the_importer(window, monkeypatch):
    import gui.importer.actions as actions

    calls = []
    monkeypatch.setattr(actions, "open_import_wizard",
                        lambda ctx, parent, kind: calls.append(("import", kind, parent)))
    monkeypatch.setattr(actions, "export_dialog",
                        lambda ctx, parent, kind: calls.append(("export", kind, parent)))
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    imports = next(a.menu() for a in file_menu.actions() if a.menu() and
                   a.menu().objectName() == "menu_import")
    exports = next(a.menu() for a in file_menu.actions() if a.menu() and
                   a.menu().objectName() == "menu_export")
    for action in imports.actions() + exports.actions():
        assert action.isEnabled()
        action.trigger()
    assert [(c[0], c[1]) for c in calls] == [
        ("import", "customers"), ("import", "contacts"), ("import", "followups"),
        ("import", "deals"), ("import", "products"), ("import", "people"),
        ("import", "receivables"),
        ("export", "customers"), ("export", "deals"), ("export", "followups")]
    assert all(c[2] is window for c in calls)


def test_about_names_version_data_folder_and_database(window, monkeypatch, db_path):
    from gui.shell.about import AboutDialog, app_version
    from services.core.paths import data_dir

    shown = []
    monkeypatch.setattr(AboutDialog, "show", classmethod(
        lambda cls, parent, database: shown.append(cls.text(database))))
    window.menus.actions["about"].trigger()
    assert app_version() not in ("", "?") and app_version() in shown[0]
    assert str(data_dir()) in shown[0] and str(db_path) in shown[0]
