"""Acting on reminders from Today: done, snooze, log a follow-up, open — by keyboard and menu,
each one undo step, the list updated at once and the database as the customer card shows it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.today.snooze_dialog import SnoozeDialog
from gui.today.today_page import TodayPage
from models import Customer, FollowUp
from services.customers import edit as ce
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.customer_rules_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TODAY = date.today()


def ago(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), datetime.min.time()).replace(
        hour=12).astimezone().astimezone(UTC)


def book(firm, name: str, next_on: date, step: str = "") -> str:
    cid = firm.customer(name)
    ce.add_followup(firm.store, cid, {"at": ago(5), "method": "call", "content": "电话沟通",
                                      "next_step": step, "next_on": next_on})
    return cid


@pytest.fixture
def firm(store):
    firm = build_firm(store)
    firm.ids = {
        "due": book(firm, "今天回访", TODAY, "发送报价单"),
        "late": book(firm, "逾期回访", TODAY - timedelta(days=3)),
        "late2": book(firm, "更早逾期", TODAY - timedelta(days=6)),
    }
    cold = firm.customer("很久没联系", tier="A")
    with store.write() as uow:
        uow.session.get(Customer, cold).created_at = ago(100)
        uow.commit()
    firm.ids["cold"] = cold
    return firm


@pytest.fixture
def page(qtbot, firm):
    ctx = AppContext(store=firm.store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    settle(qtbot, widget)
    yield widget
    ctx.tasks.wait()


def settle(qtbot, page):
    qtbot.waitUntil(lambda: page._loaded_once and not page.is_loading()
                    and not page._debounce.isActive(), timeout=10_000)


def titles(page, section: int) -> list[str]:
    parent = page.model.index(section, 0)
    return [page.model.index(r, 0, parent).data() for r in range(page.model.rowCount(parent))]


def booked(store, cid: str) -> date | None:
    with store.read() as uow:
        return uow.session.get(Customer, cid).next_followup_on


def choose(page, section: int, *rows: int) -> None:
    parent = page.model.index(section, 0)
    sel = page.view.selectionModel()
    sel.clearSelection()
    for i, row in enumerate(rows):
        index = page.model.index(row, 0, parent)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if i == 0:
            sel.setCurrentIndex(index, flags)
        else:
            sel.select(index, flags)
    page.view.setFocus()


def test_sections_and_what_each_reminder_offers(qtbot, page):
    assert [page.model.index(r, 0).data() for r in range(3)] == [
        "Due today (1)", "Overdue (2)", "Backlog (1)"]
    assert titles(page, 1) == ["更早逾期", "逾期回访"]  # the longest overdue first
    assert page.model.index(0, 2, page.model.index(0, 0)).data() == "发送报价单"
    assert page.done_button.isEnabled() and page.log_button.isEnabled()
    page.view.expand(page.model.index(2, 0))
    group = page.model.index(0, 0, page.model.index(2, 0))
    page.view.expand(group)
    page.view.selectionModel().setCurrentIndex(
        page.model.index(0, 0, group),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    # A stale customer has nothing booked to be done: snooze it or log a follow-up.
    assert not page.done_button.isEnabled()
    assert page.snooze_button.isEnabled() and page.log_button.isEnabled()


def test_ctrl_d_marks_done_and_undo_brings_it_back(qtbot, page, firm):
    choose(page, 1, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert booked(firm.store, firm.ids["late2"]) is None
    assert titles(page, 1) == ["逾期回访"]  # gone at once, the next one current
    assert page.selected_reminders()[0].title == "逾期回访"
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Done: 更早逾期"
    assert "2 overdue" not in page.date_label.text() and "1 overdue" in page.date_label.text()
    settle(qtbot, page)
    assert titles(page, 1) == ["逾期回访"]
    stack.undo()
    assert booked(firm.store, firm.ids["late2"]) == TODAY - timedelta(days=6)
    settle(qtbot, page)
    assert titles(page, 1) == ["更早逾期", "逾期回访"]
    stack.redo()
    assert booked(firm.store, firm.ids["late2"]) is None


def test_done_on_several_is_one_undo_step(qtbot, page, firm):
    choose(page, 1, 0, 1)
    page.actions_.done.trigger()
    assert booked(firm.store, firm.ids["late"]) is None
    assert booked(firm.store, firm.ids["late2"]) is None
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Mark 2 reminders done"
    settle(qtbot, page)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [
        "Due today (1)", "Backlog (1)"]
    stack.undo()
    assert booked(firm.store, firm.ids["late"]) == TODAY - timedelta(days=3)


def test_snooze_until_tomorrow_a_week_or_a_picked_day(qtbot, page, firm, monkeypatch):
    choose(page, 0, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert booked(firm.store, firm.ids["due"]) == TODAY + timedelta(days=1)
    assert page.ctx.undo_stack.undoText() == (
        f"Snooze 今天回访 until {(TODAY + timedelta(days=1)).isoformat()}")
    settle(qtbot, page)
    choose(page, 0, 0)  # the overdue section is first now
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert booked(firm.store, firm.ids["late2"]) == TODAY + timedelta(days=7)
    settle(qtbot, page)
    picked = TODAY + timedelta(days=12)
    asked = []
    monkeypatch.setattr(SnoozeDialog, "ask", classmethod(
        lambda cls, parent, suggested, earliest: asked.append(earliest) or picked))
    choose(page, 0, 0)
    page.actions_.pick.trigger()
    assert asked == [TODAY + timedelta(days=1)]
    assert booked(firm.store, firm.ids["late"]) == picked
    # A stale customer snoozed gets the day as its next follow-up.
    settle(qtbot, page)
    backlog = page.model.index(0, 0)
    page.view.expand(backlog)
    group = page.model.index(0, 0, backlog)
    page.view.expand(group)
    page.view.selectionModel().setCurrentIndex(
        page.model.index(0, 0, group),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    page.actions_.tomorrow.trigger()
    assert booked(firm.store, firm.ids["cold"]) == TODAY + timedelta(days=1)
    settle(qtbot, page)
    assert page.model.total() == 0 and "All clear" in page.message.text()
    for _ in range(4):
        page.ctx.undo_stack.undo()
    assert booked(firm.store, firm.ids["due"]) == TODAY
    assert booked(firm.store, firm.ids["cold"]) is None


def test_log_follow_up_is_prefilled_and_marks_the_booking_done(qtbot, page, firm):
    choose(page, 0, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.followup_editor
    assert dialog is not None and dialog.isVisible()
    assert "今天回访" in dialog.windowTitle()
    assert dialog.content.toPlainText() == "发送报价单"
    dialog.content.setPlainText("报价单已发送，客户下周答复")
    # Nobody said who uses this computer: the dialog asks who followed up, and remembers it.
    me = firm.people["张三"]
    dialog.person.setCurrentIndex(dialog.person.findData(me))
    assert dialog.remember is not None and dialog.remember.isChecked()
    dialog.has_next.setChecked(True)
    next_week = TODAY + timedelta(days=7)
    dialog.next_on.setDate(next_week)
    dialog.accept()
    cid = firm.ids["due"]
    with firm.store.read() as uow:
        contents = list(uow.session.scalars(select(FollowUp.content).where(
            FollowUp.customer_id == cid, FollowUp.deleted_at.is_(None)).order_by(FollowUp.at)))
    assert contents == ["电话沟通", "报价单已发送，客户下周答复"]
    assert booked(firm.store, cid) == next_week
    assert page.ctx.current_person_id == me
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Log follow-up: 今天回访"
    stack.undo()
    assert booked(firm.store, cid) == TODAY
    with firm.store.read() as uow:
        live = uow.session.scalars(select(FollowUp).where(
            FollowUp.customer_id == cid, FollowUp.deleted_at.is_(None))).all()
        assert [f.next_on for f in live] == [TODAY]


def test_open_from_the_menu_button_and_enter(qtbot, page, firm):
    choose(page, 0, 0)
    with qtbot.waitSignal(page.ctx.events.open_requested) as blocker:
        page.open_button.click()
    assert blocker.args == ["customer", firm.ids["due"]]
    menu = page.actions_.context_menu()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open", "Done", "Snooze", "Log follow-up…"]
