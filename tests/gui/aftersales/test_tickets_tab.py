"""The service tickets tab: filters by status, owner and overdue; new, edit, start, resolve,
close with satisfaction, reopen and feedback through its buttons and dialogs, each one undo
step; the item model passes Qt's model tester."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from gui.aftersales.close_dialog import CloseTicketDialog
from gui.aftersales.feedback_dialog import FeedbackDialog
from gui.aftersales.ticket_dialog import TicketDialog
from gui.aftersales.tickets_tab import TicketsTab
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from services.aftersales import create_ticket, get_ticket, list_feedback
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TODAY = date.today()


@pytest.fixture
def setup(qtbot, store):
    firm = build_firm(store)
    ids = {
        "late": create_ticket(store, customer_id=firm.customers[0], title="网关掉线",
                              owner_id=firm.people["张三"], opened_on=TODAY - timedelta(9),
                              due_on=TODAY - timedelta(3)).value,
        "soon": create_ticket(store, customer_id=firm.customers[1], title="上门安装",
                              type="install", owner_id=firm.people["李四"],
                              opened_on=TODAY, due_on=TODAY + timedelta(5)).value,
    }
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner(),
                     current_person_id=firm.people["张三"])
    tab = TicketsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)
    yield firm, ids, tab
    ctx.tasks.wait()


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)


def _shown(tab) -> list[tuple[str, ...]]:
    m = tab.model
    return [tuple(m.index(r, c).data() for c in (1, 5, 8)) for r in range(m.rowCount())]


def _select(tab, ticket_id: str) -> None:
    tab.view.selectRow(tab.model.row_of(ticket_id))


def test_the_model_passes_the_model_tester(qtmodeltester, setup) -> None:
    qtmodeltester.check(setup[2].model)


def test_filters(qtbot, setup) -> None:
    firm, _ids, tab = setup
    assert _shown(tab) == [("网关掉线", "Open", "3"), ("上门安装", "Open", "")]
    assert tab.count.text() == "2 ticket(s) · 1 overdue"
    tab.overdue.setChecked(True)
    _wait(qtbot, tab)
    assert _shown(tab) == [("网关掉线", "Open", "3")]
    tab.overdue.setChecked(False)
    tab.owner.setCurrentIndex(tab.owner.findData(firm.people["李四"]))
    tab.reload()
    _wait(qtbot, tab)
    assert _shown(tab) == [("上门安装", "Open", "")]
    tab.status.setCurrentIndex(tab.status.findData("closed"))
    tab.reload()
    _wait(qtbot, tab)
    assert _shown(tab) == []


def test_new_edit_and_the_way_to_closed_each_one_undo_step(qtbot, setup, monkeypatch) -> None:
    firm, ids, tab = setup
    stack = tab.ctx.undo_stack

    def typed(values: dict[str, Any]):
        def run(dialog: TicketDialog) -> int:
            dialog.title.setText(values["title"])
            dialog.customer.setText("客户2")
            dialog._customer_chosen()
            dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
            assert dialog.owner.currentData() == firm.people["张三"]  # "I am" by default
            dialog.ok.click()
            return int(dialog.result())
        return run

    monkeypatch.setattr(TicketDialog, "exec", typed({"title": "退货申请"}))
    tab.buttons["new"].click()
    _wait(qtbot, tab)
    new = tab.current()
    assert (new.title, new.customer_name, new.priority, new.status) == (
        "退货申请", "客户2", "urgent", "open")
    assert stack.undoText() == "New service ticket “退货申请”"

    _select(tab, ids["late"])
    tab.buttons["start"].click()
    _wait(qtbot, tab)
    assert get_ticket(tab.ctx.store, ids["late"]).status == "in_progress"

    def closing(dialog: CloseTicketDialog) -> int:
        dialog.resolution.setPlainText("更换电源")
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(CloseTicketDialog, "exec", closing)
    _select(tab, ids["late"])
    tab.buttons["close"].click()
    _wait(qtbot, tab)
    t = get_ticket(tab.ctx.store, ids["late"])
    assert (t.status, t.resolution, t.satisfaction, t.closed_on) == (
        "closed", "更换电源", 4, TODAY)
    assert all(row[0] != "网关掉线" for row in _shown(tab))  # closed: out of the default view

    def said(dialog: FeedbackDialog) -> int:
        dialog.content.setPlainText("师傅很专业")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(FeedbackDialog, "exec", said)
    _select(tab, ids["soon"])
    tab.buttons["feedback"].click()
    assert [f.content for f in list_feedback(tab.ctx.store, ticket_id=ids["soon"])] == [
        "师傅很专业"]
    qtbot.waitUntil(lambda: "师傅很专业" in tab.detail.text(), timeout=10_000)

    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    _wait(qtbot, tab)
    t = get_ticket(tab.ctx.store, ids["late"])
    assert (t.status, t.satisfaction) == ("open", None)
    assert get_ticket(tab.ctx.store, new.id) is None
    assert list_feedback(tab.ctx.store, ticket_id=ids["soon"]) == []
    assert [row[0] for row in _shown(tab)] == ["网关掉线", "上门安装"]


def test_buttons_follow_the_status(qtbot, setup) -> None:
    _firm, ids, tab = setup
    _select(tab, ids["late"])
    enabled = {k for k, b in tab.buttons.items() if b.isEnabled()}
    assert enabled == {"new", "edit", "feedback", "start", "resolve", "close"}


def test_show_item_clears_the_filters_and_selects_the_ticket(qtbot, setup) -> None:
    _firm, ids, tab = setup
    tab.overdue.setChecked(True)
    _wait(qtbot, tab)
    tab.show_item("ticket", ids["soon"])
    _wait(qtbot, tab)
    assert tab.current_id() == ids["soon"]
