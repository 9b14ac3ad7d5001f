"""The customer card's Service tab: contracts and whether the customer bought again, the
customer's tickets and their average satisfaction; it follows ticket changes made elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from gui.aftersales.customer_service_panel import CustomerServicePanel
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from services.aftersales import close_ticket, create_ticket
from services.orders import contracts as C
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_contracts_repurchase_tickets_and_satisfaction(qtbot, store) -> None:
    firm = build_firm(store)
    cust = firm.customers[0]
    for day in (date(2025, 3, 1), date(2026, 2, 1)):
        C.create_contract(store, customer_id=cust, amount="1000", sign_date=day)
    for title, score in (("安装", 5), ("维修", 4), ("咨询", None)):
        tid = create_ticket(store, customer_id=cust, title=title,
                            opened_on=date(2026, 3, 1)).value
        if score:
            close_ticket(store, tid, satisfaction=score, resolution="ok", on=date(2026, 3, 2))
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner())
    panel = CustomerServicePanel(ctx)
    qtbot.addWidget(panel)
    panel.set_customer(cust)
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.service is not None)
    assert panel.summary.text() == (
        "2 contract(s), first signed 2025-03-01 · Bought again: yes\n"
        "3 service ticket(s) · 1 still open · Average satisfaction 4.5 / 5 (2 rated)")
    assert panel.model.rowCount() == 3
    other = create_ticket(store, customer_id=cust, title="投诉").value
    op = close_ticket(store, other, satisfaction=1, resolution="道歉")
    ctx.events.changed.emit(op.changes, None)  # as a command would: the panel reloads
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert "Average satisfaction 3.3 / 5 (3 rated)" in panel.summary.text()
    panel.set_customer(firm.customers[5])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.summary.text() == "No contracts yet\n0 service ticket(s)"
    ctx.tasks.wait()
