"""Every undoable action of the service tickets tab survives the language switch: done on the
tab over the real main window's undo stack, the language switched (every page rebuilt, and the
tab with them — it holds nothing the commands need), Edit ▸ Undo — the database is back row by
row and a new tab shows it —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its row
soft-deleted, so a redo brings back the same id. Until the Orders page holds the tab, the test
builds it beside the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.aftersales.close_dialog import CloseTicketDialog
from gui.aftersales.feedback_dialog import FeedbackDialog
from gui.aftersales.ticket_dialog import TicketDialog
from gui.aftersales.tickets_tab import TicketsTab
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from models.base import Base
from services.aftersales import close_ticket, create_ticket, set_status
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("service_tickets", "customer_feedback")
TODAY = date.today()
Dump = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _dump(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {str(row["id"]): {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def _live(rows: Dump) -> Dump:
    return {t: {i: r for i, r in by_id.items() if r.get("deleted_at") is None}
            for t, by_id in rows.items()}


def _dialog(cls: type, fill: Callable[[Any], None]) -> Callable[[Any], int]:
    def run(dialog: Any) -> int:
        fill(dialog)
        dialog.ok.click()
        return int(dialog.result())
    return run


def _new(d: TicketDialog) -> None:
    d.title.setText("上门安装")
    d.customer.setText("客户3")
    d._customer_chosen()
    d.type.setCurrentIndex(d.type.findData("install"))


def _edit(d: TicketDialog) -> None:
    d.title.setText("网关频繁掉线")
    d.priority.setCurrentIndex(d.priority.findData("urgent"))


def _close(d: CloseTicketDialog) -> None:
    d.resolution.setPlainText("更换电源")
    d.satisfaction.setCurrentIndex(d.satisfaction.findData(2))


def _say(d: FeedbackDialog) -> None:
    d.content.setPlainText("希望下次提前联系")


CASES: dict[str, tuple[str, str, tuple[type, Callable[[Any], None]] | None]] = {
    # name: (ticket to select, button, dialog and what the user types)
    "new ticket": ("open", "new", (TicketDialog, _new)),
    "edit ticket": ("open", "edit", (TicketDialog, _edit)),
    "start work": ("open", "start", None),
    "resolve": ("working", "resolve", (CloseTicketDialog, _close)),
    "close with satisfaction": ("working", "close", (CloseTicketDialog, _close)),
    "reopen": ("closed", "reopen", None),
    "feedback": ("open", "feedback", (FeedbackDialog, _say)),
}


def _shown(tab: TicketsTab) -> Any:
    if tab.is_loading():
        return None
    m = tab.model
    rows = [m.row_at(r) for r in range(m.rowCount())]  # what the rows say, in any language
    return tuple((t.id, t.title, t.type, t.priority, t.status, t.resolution, t.satisfaction,
                  m.index(r, 8).data()) for r, t in enumerate(rows)), tab.detail.text()


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    pick, button, dialog = CASES[name]
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    firm = build_firm(store)
    ids = {"open": create_ticket(store, customer_id=firm.customers[0], title="网关掉线",
                                 owner_id=firm.people["张三"], opened_on=TODAY - timedelta(5),
                                 due_on=TODAY - timedelta(1)).value,
           "working": create_ticket(store, customer_id=firm.customers[1], title="传感器异常",
                                    opened_on=TODAY - timedelta(3)).value,
           "closed": create_ticket(store, customer_id=firm.customers[2], title="咨询质保",
                                   type="inquiry", opened_on=TODAY - timedelta(9)).value}
    set_status(store, ids["working"], "in_progress", on=TODAY - timedelta(2))
    close_ticket(store, ids["closed"], satisfaction=5, resolution="已答复",
                 on=TODAY - timedelta(8))
    window = make_window(qtbot, store, "en")
    stack = window.ctx.undo_stack
    holder: dict[str, TicketsTab] = {}

    def new_tab() -> TicketsTab:
        tab = TicketsTab(window.ctx)
        qtbot.addWidget(tab)
        tab.status.setCurrentIndex(tab.status.findData(None))  # every status
        tab.reload()
        holder["tab"] = tab
        return tab

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        return _shown(holder["tab"])

    tab = new_tab()
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    tab.view.selectRow(tab.model.row_of(ids[pick]))
    before, shown_before = _dump(store), view()
    if dialog is not None:
        monkeypatch.setattr(dialog[0], "exec", _dialog(*dialog))
    tab.buttons[button].click()
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert after != before
    qtbot.waitUntil(lambda: view() not in (None, shown_before), timeout=10_000)
    shown_after = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    tab.deleteLater()
    QApplication.processEvents()
    tab = new_tab()
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert window.menus.actions["undo"].text().startswith("撤销")
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _live(_dump(store)) == _live(before)
    qtbot.waitUntil(lambda: view() is not None and view()[0] == shown_before[0],
                    timeout=10_000)
    statuses = {tab.model.index(r, 5).data() for r in range(tab.model.rowCount())}
    assert statuses <= {"待处理", "处理中", "已解决", "已关闭"}  # the rebuilt tab speaks Chinese

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _live(_dump(store)) == _live(after)
    assert set(_dump(store)["service_tickets"]) == set(after["service_tickets"])  # same ids
    qtbot.waitUntil(lambda: view() is not None and view()[0] == shown_after[0],
                    timeout=10_000)
    window.ctx.tasks.wait()
