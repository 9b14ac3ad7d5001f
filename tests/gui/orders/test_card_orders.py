"""The customer card's Orders tab on the real main window: the customer's credit, contracts
(overdue in red) and quotes; a contract or quote opens selected on the Orders page; New quote,
New contract and Record payment are one undo step each, and the tab follows them; the column
widths a user sets are remembered."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gui.common.theme import ink
from gui.common.ui_settings import ui_settings
from gui.orders.contract_dialog import ContractDialog
from gui.orders.customer_orders_models import OVERDUE, CustomerContractsModel
from gui.orders.customer_orders_panel import CONTRACTS_KEY, CustomerOrdersPanel
from gui.orders.payment_dialog import PaymentDialog, PaymentInput
from gui.orders.quote_editor_dialog import QuoteEditorDialog
from services.customers.edit import update_customer
from services.customers.queries import load_customer_card
from services.orders import quotes as Q
from tests.gui.orders.orders_fixtures import seed_orders
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TODAY = date.today()
C = CustomerContractsModel


def _panel(qtbot, window, customer_id: str) -> CustomerOrdersPanel:
    page = window.show_page("customers")
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    page.show_item("customer", customer_id)
    card = page.card
    qtbot.waitUntil(lambda: card.customer_id() == customer_id, timeout=10_000)
    card.tabs.setCurrentWidget(card.orders)
    panel = card.orders
    _settled(qtbot, panel)
    return panel


def _settled(qtbot, panel: CustomerOrdersPanel) -> None:
    panel.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.orders is not None,
                    timeout=30_000)


def _cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def seeded(store):
    """seed_orders (客户 0: HT-T-0001 ¥100,000, ¥40,000 collected, ¥50,000 overdue) and a quote
    of ¥1,000 for that customer; credit limit ¥120,000."""
    data = seed_orders(store)
    cust = data.pipeline.customers[0]
    qid = Q.create_quote(store, customer_id=cust, issued_on=TODAY, lines=[
        Q.QuoteLineInput(description="安装服务", quantity=2, unit_price="500",
                         tax_rate_bp=0)]).value
    update_customer(store, cust, {"credit_limit": "120000"})
    return data, cust, qid


def test_the_tab_lists_credit_contracts_and_quotes_and_opens_them(qtbot, store, seeded):
    data, cust, qid = seeded
    window = make_window(qtbot, store, "en")
    panel = _panel(qtbot, window, cust)
    contracts = panel.contracts_model
    assert _cells(contracts, C.NUMBER) == ["HT-T-0001"]
    assert [contracts.index(0, c).data() for c in range(6)] == [
        "HT-T-0001", (TODAY - timedelta(days=100)).isoformat(), "¥100,000", "¥40,000",
        "¥60,000", "Awaiting delivery"]
    red = ink(OVERDUE)
    assert contracts.index(0, C.OPEN).data(Qt.ItemDataRole.ForegroundRole).color() == red
    assert contracts.index(0, C.NUMBER).data(Qt.ItemDataRole.ForegroundRole).color() == red
    assert contracts.index(0, C.OPEN).data(Qt.ItemDataRole.ToolTipRole) == \
        "¥50,000.00 of it overdue"
    assert [panel.quotes_model.index(0, c).data() for c in range(4)] == [
        panel.quotes_model.rows[0].number, TODAY.isoformat(), "¥1,000", "Draft"]
    assert panel.credit.text() == "Credit limit ¥120,000 · open receivables ¥60,000"
    assert panel.contracts_title.text() == "Contracts (1)"
    assert not panel.payment_btn.isEnabled()  # no contract selected yet

    # Enter on the contract: the Orders page, that contract selected.
    panel.contracts_view.setFocus()
    panel.contracts_view.setCurrentIndex(contracts.index(0, 0))
    assert panel.payment_btn.isEnabled()
    qtbot.keyClick(panel.contracts_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.host.current_key == "orders")
    orders = window.host.currentWidget()
    tab = orders.tab(0)
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.current_id() is not None,
                    timeout=30_000)
    assert tab.current_id() == data.contracts["HT-T-0001"]

    # A double-click (activated) on the quote: the Quotes tab, that quote selected.
    panel = _panel(qtbot, window, cust)
    panel.quotes_view.activated.emit(panel.quotes_model.index(0, 0))
    qtbot.waitUntil(lambda: window.host.current_key == "orders")
    quotes = window.host.currentWidget().tab(2)
    assert window.host.currentWidget().tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: not quotes.is_loading() and quotes.current() is not None,
                    timeout=30_000)
    assert quotes.current().id == qid
    window.ctx.tasks.wait()


def test_payment_contract_and_quote_from_the_card_are_one_undo_step_each(
        qtbot, store, seeded, monkeypatch):
    data, cust, _qid = seeded
    window = make_window(qtbot, store, "en")
    panel = _panel(qtbot, window, cust)
    stack = window.ctx.undo_stack

    # Record payment… on the selected contract: 70,000 — 60,000 settles it, 10,000 is credit.
    panel.contracts_view.setCurrentIndex(panel.contracts_model.index(0, 0))
    asked = {}

    def pay(cls, parent, **kw):
        asked.update(kw)
        return PaymentInput(TODAY, Decimal("70000"), "bank", "B-9", None)

    monkeypatch.setattr(PaymentDialog, "ask", classmethod(pay))
    panel.payment_btn.click()
    assert (asked["number"], asked["amount"]) == ("HT-T-0001", Decimal("60000.00"))
    assert stack.count() == 1 and stack.undoText() == "Record payment of HT-T-0001"
    qtbot.waitUntil(lambda: _cells(panel.contracts_model, C.COLLECTED) == ["¥100,000"],
                    timeout=30_000)
    assert panel.contracts_model.index(0, C.OPEN).data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.credit.text() == ("Credit limit ¥120,000 · open receivables ¥0 · "
                                   "customer credit ¥10,000")

    # New contract…: the dialog with this customer chosen; a draft-free contract by hand.
    seen = {}

    def fake(cls, parent, deals, customers, people, me, today, deal_id=None, *,
             customer_id=None, pattern):
        dialog = ContractDialog(deals, customers, people, me, today, parent, deal_id,
                                customer_id=customer_id)
        dialog.by_hand.setChecked(True)
        dialog.amount.setValue(150000)
        seen["customer"] = dialog.customer.currentText()
        value = dialog.value()
        dialog.deleteLater()
        return value

    monkeypatch.setattr(ContractDialog, "ask", classmethod(fake))
    monkeypatch.setattr("gui.orders.credit_prompt.Messages.ask", lambda *a: True)
    panel.new_contract_btn.click()
    assert seen["customer"] == load_customer_card(store, cust).name
    assert stack.count() == 2 and stack.undoText() == "New contract"
    qtbot.waitUntil(lambda: panel.contracts_model.rowCount() == 2, timeout=30_000)
    new = panel.current_contract()
    assert new is not None and new.amount == Decimal("150000.00")
    assert "over the limit by ¥30,000" in panel.credit.text()  # 150,000 against 120,000

    # New quote…: the quote editor for this customer.
    def fill(dialog: QuoteEditorDialog) -> int:
        seen["party"] = dialog.party.text()
        dialog.add_text_line()
        assert dialog.model.setData(dialog.model.index(0, 3), "800")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(QuoteEditorDialog, "exec", fill)
    panel.new_quote_btn.click()
    assert stack.count() == 3
    qtbot.waitUntil(lambda: panel.quotes_model.rowCount() == 2, timeout=30_000)
    assert seen["party"] == seen["customer"]
    current = panel.quotes_view.currentIndex()
    assert panel.quotes_model.row_at(current.row()).total == Decimal("904.00")  # 13 % tax

    for _ in range(3):
        stack.undo()
    qtbot.waitUntil(lambda: panel.contracts_model.rowCount() == 1
                    and panel.quotes_model.rowCount() == 1
                    and _cells(panel.contracts_model, C.COLLECTED) == ["¥40,000"],
                    timeout=30_000)
    window.ctx.tasks.wait()


def test_the_column_widths_a_user_sets_are_remembered(qtbot, store, seeded):
    _data, cust, _qid = seeded
    window = make_window(qtbot, store, "en")
    panel = _panel(qtbot, window, cust)
    panel.contracts_view.horizontalHeader().resizeSection(C.AMOUNT, 171)
    assert ui_settings().value(CONTRACTS_KEY) is not None
    window.set_language("zh_CN")  # every page rebuilt: a new card reads the widths back
    panel = _panel(qtbot, window, cust)
    assert panel.contracts_view.horizontalHeader().sectionSize(C.AMOUNT) == 171
    assert panel.contracts_model.headerData(C.ORDER, Qt.Orientation.Horizontal) == "订单状态"
    assert panel.credit.text().startswith("信用额度 ¥120,000")
    window.ctx.tasks.wait()
