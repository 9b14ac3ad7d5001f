"""A colleague's save appears in this window without a restart: on a shared SQLite file the
window's feed watcher hands it to the pages, which refresh the rows it names.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customers_page import CustomersPage
from gui.shell.feed_watch import start_feed_watch, stop_feed_watch
from services.customers import edit
from services.setup import open_store
from tests.unit.store_helpers import share

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def _names(page: CustomersPage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def test_a_colleagues_new_name_shows_in_the_list_without_a_restart(qtbot, store):
    cid = edit.create_customer(store, edit.NewCustomer(name="上海星河贸易")).value
    assert share(store)  # the file is in team mode: others may open it
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    watch = start_feed_watch(ctx, page)
    assert watch is not None
    try:
        assert _names(page) == ["上海星河贸易"]
        colleague = open_store(store.url.render_as_string(hide_password=False), lock=False,
                               migrate=False)
        try:
            edit.update_customer(colleague, cid, {"name": "上海星河国际贸易"},
                                 {"name": "上海星河贸易"})
            edit.create_customer(colleague, edit.NewCustomer(name="杭州云帆"))
        finally:
            colleague.close()
        qtbot.waitUntil(lambda: sorted(_names(page)) == ["上海星河国际贸易", "杭州云帆"],
                        timeout=10_000)
        assert watch.received >= 1
    finally:
        stop_feed_watch(ctx)
        runner.wait()


def test_a_personal_file_has_no_watcher(qtbot, store):
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    assert start_feed_watch(ctx, None) is None  # type: ignore[arg-type]
