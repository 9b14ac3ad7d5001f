"""Today: reminders from registered providers, grouped, filtered, opened, refreshed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

import services.today.reminders
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.today import today_page
from gui.today.reminders_model import RemindersModel
from gui.today.today_page import TodayPage
from services.core.changes import Changes, KindChanges
from services.today.reminders import Reminder
from tests.gui import shell_fixtures
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
PROVIDER = "tests.gui.shell_fixtures:sample_provider"


class _FixedDate(date):
    @classmethod
    def today(cls):
        return shell_fixtures.TODAY


@pytest.fixture
def page(qtbot, store, monkeypatch):
    shell_fixtures.reset_items()
    monkeypatch.setattr(services.today.reminders, "PROVIDERS", [PROVIDER])
    monkeypatch.setattr(today_page, "date", _FixedDate)
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    ctx.tasks.wait()


def _loaded(qtbot, page, total):
    qtbot.waitUntil(lambda: page._loaded_once and page.model.total() == total)


def _groups(page):
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_reminders_load_after_show_in_sections_with_counts(qtbot, page):
    _loaded(qtbot, page, 3)
    assert _groups(page) == ["Due today (1)", "Overdue (1)", "Backlog (1)"]
    today, overdue, backlog = (page.model.index(r, 0) for r in range(3))
    assert page.model.index(0, 0, today).data() == "杭州云帆科技有限公司"
    assert page.model.index(0, 1, today).data() == "Follow-ups due"
    assert page.model.index(0, 3, today).data() == "today"
    assert page.model.index(0, 0, overdue).data() == "苏州瑞丰精密制造"
    assert page.model.index(0, 3, overdue).data() == "3 days overdue"
    # The backlog is folded and grouped by kind.
    assert page.view.isExpanded(today) and page.view.isExpanded(overdue)
    assert not page.view.isExpanded(backlog)
    group = page.model.index(0, 0, backlog)
    assert group.data() == "Customers without follow-up (1)"
    assert page.model.index(0, 0, group).data() == "南京启明教育集团"
    assert page.stack.currentWidget() is page.view
    assert page.date_label.text().endswith("1 due today · 1 overdue · 1 in the backlog")
    # The first reminder of the day is current, ready for the keyboard.
    assert page.selected_reminders() == [shell_fixtures.ITEMS[0]]


def test_double_click_and_enter_open_the_item(qtbot, page):
    _loaded(qtbot, page, 3)
    backlog = page.model.index(2, 0)
    page.view.expand(backlog)
    stale = page.model.index(0, 0, page.model.index(0, 0, backlog))
    page.view.expand(stale.parent())
    rect = page.view.visualRect(stale)
    with qtbot.waitSignal(page.ctx.events.open_requested) as blocker:
        # A real double-click: the first click's press/release, then the double-click.
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["customer", "c3"]

    page.view.setCurrentIndex(page.model.index(0, 0, page.model.index(0, 0)))
    with qtbot.waitSignal(page.ctx.events.open_requested) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == ["customer", "c1"]


def test_only_mine_shows_the_current_persons_reminders(qtbot, page):
    _loaded(qtbot, page, 3)
    assert not page.only_mine.isEnabled()  # nobody chosen yet
    page.ctx.current_person_id = "p-li"  # chosen in Settings: Today is out of sight meanwhile
    page.hide()
    page.show()
    qtbot.waitUntil(page.only_mine.isEnabled)
    page.only_mine.setChecked(True)
    _loaded(qtbot, page, 1)
    assert _groups(page) == ["Overdue (1)"]


def test_refreshes_when_customers_change(qtbot, page):
    _loaded(qtbot, page, 3)
    shell_fixtures.ITEMS.append(
        Reminder("deal_rotting", "海纳 仓储系统", "方案报价 32 天", shell_fixtures.TODAY,
                 "deal", "d1", 1))
    page.ctx.events.changed.emit(_changed("deals", "d1"), None)
    _loaded(qtbot, page, 4)
    today = page.model.index(0, 0)
    assert today.data() == "Due today (2)"
    assert "Rotting deals" in {page.model.index(r, 1, today).data() for r in range(2)}


def _changed(kind: str, *ids: str) -> Changes:
    return Changes(kinds={kind: KindChanges(updated=frozenset(ids))})


@pytest.mark.parametrize("kind", ["customers", "followups", "plan_checkpoints", "action_items"])
def test_refreshes_when_records_of_reminders_change(qtbot, page, kind):
    _loaded(qtbot, page, 3)
    shell_fixtures.ITEMS.pop()
    page.ctx.events.changed.emit(_changed(kind, "x1"), None)
    _loaded(qtbot, page, 2)


def test_choosing_who_i_am_while_shown_enables_only_mine(qtbot, page):
    _loaded(qtbot, page, 3)
    page.ctx.current_person_id = "p-li"
    page.ctx.events.changed.emit(Changes.setting("user/person_id"), None)
    assert page.only_mine.isEnabled()
    page.only_mine.setChecked(True)
    _loaded(qtbot, page, 1)


def test_other_changes_and_a_hidden_page_read_nothing(qtbot, page, monkeypatch):
    _loaded(qtbot, page, 3)
    calls: list[object] = []
    real = today_page.collect_reminders
    monkeypatch.setattr(today_page, "collect_reminders",
                        lambda *a: calls.append(a) or real(*a))
    page.ctx.events.changed.emit(_changed("products", "p1"), None)
    page.ctx.events.changed.emit(_changed("app_settings", "import.mapping.customers"), None)
    page.hide()
    page.ctx.events.changed.emit(_changed("customers", "c1"), None)
    qtbot.waitUntil(lambda: not page._debounce.isActive())
    assert calls == []
    page.show()  # out of date: it reloads now
    qtbot.waitUntil(lambda: len(calls) == 1 and not page.is_loading())


def test_empty_state_is_friendly(qtbot, page):
    shell_fixtures.ITEMS.clear()
    page.reload()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.message
                    and "All clear" in page.message.text())


def test_a_broken_provider_is_named_and_the_rest_still_show(qtbot, page, monkeypatch):
    monkeypatch.setattr(services.today.reminders, "PROVIDERS",
                        [PROVIDER, "tests.gui.shell_fixtures:broken_provider"])
    page.reload()
    qtbot.waitUntil(lambda: not page.warning.isHidden())
    assert "broken_provider" in page.warning.text()
    assert page.model.total() == 3


def test_reminders_model_passes_the_model_tester(qtmodeltester):
    shell_fixtures.reset_items()
    model = RemindersModel()
    model.set_reminders(shell_fixtures.ITEMS, shell_fixtures.TODAY)
    qtmodeltester.check(model)

