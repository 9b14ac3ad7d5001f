"""The Orders page on a real SQLite file: contracts with collected and open amounts, filtering
and sorting, the plan editor, payments with over-payment credit, cancellation, receivables as
of a date and their export."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from gui.common.messages import Messages
from gui.orders.cancel_dialog import CancelContractDialog
from gui.orders.contract_dialog import ContractDialog
from gui.orders.contract_table_model import KEYS
from gui.orders.orders_page import TABS, OrdersPage
from gui.orders.payment_dialog import PaymentDialog, PaymentInput
from gui.orders.plan_dialog import PlanDialog
from services.orders import overview
from services.orders import payments as PAY
from services.orders import plans as PL
from tests.gui.orders.orders_fixtures import seed_orders
from tests.gui.pipeline_fixtures import make_context
from tests.gui.shell_fixtures import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
D = Decimal


@pytest.fixture
def page(qtbot, store):
    data = seed_orders(store)
    ctx = make_context(store)
    page = OrdersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    page.data = data
    yield page
    ctx.tasks.wait()


def _wait(qtbot, page) -> None:
    page.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)


def _texts(model, column: str) -> list[str]:
    c = KEYS.index(column)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_tabs_are_built_on_first_show(qtbot, page):
    assert len(TABS) == page.tabs.count() == 5
    assert set(page._built) == {0}  # only the contracts tab so far
    page.show_tab(1)
    assert set(page._built) == {0, 1}
    for i in range(2, 5):  # quotes, credit risk, after-sales
        page.show_tab(i)
        _wait(qtbot, page)
    assert set(page._built) == {0, 1, 2, 3, 4}


def test_contracts_show_collected_open_and_status_and_filter_and_sort(qtbot, page):
    tab = page.tab(0)
    model = tab.model
    assert sorted(_texts(model, "number")) == ["HT-T-0001", "HT-T-0002", "HT-T-0003"]
    row = model.row_at(model.row_of(page.data.contracts["HT-T-0001"]))
    assert (row.collected, row.open_amount, row.overdue) == (D("40000"), D("60000"),
                                                             D("50000"))
    assert model.index(model.row_of(row.id), KEYS.index("status")).data() == "Overdue"
    assert tab.totals.text() == ("Contracts: 3 · amount ¥158,000 · collected ¥40,000 · "
                                 "open ¥118,000")
    tab.status.setCurrentIndex(tab.status.findData("overdue"))
    assert _texts(model, "number") == ["HT-T-0001"]
    tab.status.setCurrentIndex(0)
    tab.search.setText("瑞丰")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert _texts(model, "number") == ["HT-T-0002"]
    tab.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    tab.view.sortByColumn(KEYS.index("amount"), Qt.SortOrder.AscendingOrder)
    assert _texts(model, "number") == ["HT-T-0003", "HT-T-0002", "HT-T-0001"]


def test_selecting_a_contract_shows_its_plan_and_payments(qtbot, page):
    tab = page.tab(0)
    tab.show_item("order", page.data.contracts["HT-T-0001"])
    _wait(qtbot, page)
    pane = tab.pane
    assert pane.detail.contract.number == "HT-T-0001"
    plan = pane.instalments
    assert [plan.index(r, 4).data() for r in range(plan.rowCount())] == [
        "¥30,000.00", "¥10,000.00", "¥0.00"]  # paid on each, oldest first
    assert pane.payments.index(0, 4).data() == "B-001"


def test_new_contract_from_a_won_deal_is_prefilled_and_one_undo_step(qtbot, page, monkeypatch):
    tab = page.tab(0)
    seen = {}

    def fake(cls, parent, deals, customers, people, me, today, deal_id=None, *, pattern):
        dialog = ContractDialog(deals, customers, people, me, today, parent, deal_id,
                                pattern=pattern)
        seen["customer"] = dialog.customer.currentText()
        seen["amount"] = dialog.amount.value()
        seen["placeholder"] = dialog.number.placeholderText()
        return dialog.value()

    monkeypatch.setattr(ContractDialog, "ask", classmethod(fake))
    page.new_record()
    _wait(qtbot, page)
    assert seen == {"customer": "上海海纳物流有限公司", "amount": 450000.0,
                    "placeholder": f"Empty: the next number, like HT-{date.today().year}-0001"}
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "New contract"
    new = next(r for r in tab.model.all_rows() if r.deal_id == page.data.won_deal)
    assert new.number == f"HT-{date.today().year}-0001" and tab.current_id() == new.id
    stack.undo()
    _wait(qtbot, page)
    assert all(r.deal_id != page.data.won_deal for r in tab.model.all_rows())


def test_new_contracts_follow_the_firms_number_pattern(qtbot, page, monkeypatch):
    from services.orders.contracts import set_number_pattern

    set_number_pattern(page.ctx.store, "XS{yy}{mm}-{seq:03}")
    seen = {}

    def fake(cls, parent, deals, customers, people, me, today, deal_id=None, *, pattern):
        dialog = ContractDialog(deals, customers, people, me, today, parent, deal_id,
                                pattern=pattern)
        seen["placeholder"] = dialog.number.placeholderText()
        return dialog.value()

    monkeypatch.setattr(ContractDialog, "ask", classmethod(fake))
    page.new_record()
    _wait(qtbot, page)
    today = date.today()
    first = f"XS{today.year % 100:02d}{today.month:02d}-001"
    assert seen["placeholder"] == f"Empty: the next number, like {first}"
    new = next(r for r in page.tab(0).model.all_rows() if r.deal_id == page.data.won_deal)
    assert new.number == first


def test_plan_editor_adds_up_exactly_and_saves_as_one_step(qtbot, page, monkeypatch):
    tab = page.tab(0)
    cid = page.data.contracts["HT-T-0003"]  # 8,000 without a plan
    tab.show_item("order", cid)
    _wait(qtbot, page)

    def fake(cls, parent, number, total, sign_date, instalments):
        dialog = PlanDialog(number, total, sign_date, instalments, parent)
        # the template comes first: 30 / 60 / 10 %
        assert [r.amount for r in dialog.model.rows] == [D("2400.00"), D("4800.00"),
                                                         D("800.00")]
        model = dialog.model
        assert model.setData(model.index(0, 2), "100/3", Qt.ItemDataRole.EditRole)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert "not 100" in dialog.sum_note.text()
        assert model.setData(model.index(1, 2), "100/3", Qt.ItemDataRole.EditRole)
        assert model.setData(model.index(2, 2), "100/3", Qt.ItemDataRole.EditRole)
        assert [r.amount for r in model.rows] == [D("2666.67"), D("2666.67"), D("2666.66")]
        dialog.by_amount.setChecked(True)  # the amounts stay
        assert [r.value for r in model.rows] == [D("2666.67"), D("2666.67"), D("2666.66")]
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.ok_lines

    monkeypatch.setattr(PlanDialog, "ask", classmethod(fake))
    tab.open_current()  # Enter
    _wait(qtbot, page)
    assert [i.amount for i in PL.list_instalments(page.ctx.store, cid)] == [
        D("2666.67"), D("2666.67"), D("2666.66")]
    assert page.ctx.undo_stack.undoText() == "Set payment plan of HT-T-0003"
    assert tab.pane.instalments.rowCount() == 3


def test_an_over_payment_becomes_credit_that_another_contract_can_use(qtbot, page, monkeypatch):
    tab = page.tab(0)
    store = page.ctx.store
    first = page.data.contracts["HT-T-0001"]
    tab.show_item("order", first)
    _wait(qtbot, page)
    monkeypatch.setattr(PaymentDialog, "ask", classmethod(
        lambda cls, parent, **kw: PaymentInput(date.today(), D("70000"), "wechat", "W-9", None)))
    tab.pane.pay_btn.click()  # 60,000 open: 10,000 is credit
    _wait(qtbot, page)
    customer = tab.pane.detail.contract.customer_id
    assert PAY.customer_credit(store, customer) == D("10000.00")
    assert "¥10,000.00" in tab.pane.credit.text()
    assert tab.model.row_at(tab.model.row_of(first)).open_amount == D("0")
    # a second contract of the same customer takes the credit
    from services.orders import contracts as C

    second = C.create_contract(store, customer_id=customer, amount=D("15000"),
                               sign_date=date.today()).value
    PL.set_payment_plan(store, second, [PL.PlanLine(date.today(), percent=Fraction(100))])
    tab.reload()
    _wait(qtbot, page)
    tab.show_item("order", second)
    _wait(qtbot, page)
    assert tab.pane.apply_credit_btn.isEnabled()
    tab.pane.apply_credit_btn.click()
    _wait(qtbot, page)
    assert PAY.customer_credit(store, customer) == D("0.00")
    row = next(r for r in overview.contract_rows(store, date.today()) if r.id == second)
    assert row.collected == D("10000.00")
    assert page.ctx.undo_stack.undoText() == "Apply credit to " + row.number


def test_delete_cancels_with_a_reason_and_a_paid_contract_asks_for_a_refund_first(
        qtbot, page, monkeypatch):
    tab = page.tab(0)
    infos: list[str] = []
    monkeypatch.setattr(Messages, "show_info", classmethod(
        lambda cls, parent, title, text: infos.append(text)))
    monkeypatch.setattr(CancelContractDialog, "ask", classmethod(
        lambda cls, parent, number, today: ("客户撤单", today)))
    tab.show_item("order", page.data.contracts["HT-T-0001"])
    tab.cancel_current()
    assert infos and "refund" in infos[0]
    cid = page.data.contracts["HT-T-0002"]
    tab.show_item("order", cid)
    tab.view.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    _wait(qtbot, page)
    row = tab.model.row_at(tab.model.row_of(cid))
    assert row.cancelled and row.cancel_reason == "客户撤单"
    assert tab.model.index(tab.model.row_of(cid), KEYS.index("status")).data() == "Cancelled"


def test_receivables_as_of_a_past_date_and_their_export(qtbot, page, tmp_path, monkeypatch):
    saved: list[str] = []
    monkeypatch.setattr(Messages, "show_saved", classmethod(
        lambda cls, parent, title, text, path: saved.append(text)))
    tab = page.show_tab(1)
    _wait(qtbot, page)
    today = date.today()
    # today: 30,000 → 0 open (paid), 60,000 → 50,000 open 40 days late, 10,000 not yet due,
    # and HT-T-0002's 50,000 not yet due
    assert tab.data.report.total == D("110000.00")
    assert tab.bucket_labels["31-60"].text() == "¥50,000"
    assert tab.bucket_labels["current"].text() == "¥60,000"
    tab.as_of.setDate(tab.as_of.date().addDays(-65))  # before the payment (60 days ago)
    _wait(qtbot, page)
    assert tab.data.report.as_of == today - timedelta(days=65)
    # then only HT-T-0001 was signed: 30,000 five days late, the rest not yet due
    assert tab.data.report.total == D("100000.00")
    assert tab.bucket_labels["1-30"].text() == "¥30,000"
    tab.group.setCurrentIndex(tab.group.findData("owner"))
    assert tab.group_model.rowCount() == 1
    out = tmp_path / "ar.xlsx"
    tab.export_to(str(out))
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert saved == [f"Open instalments as of {today - timedelta(days=65)}: 3, exported to {out}"]
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.max_row - 1 == 3  # three open instalments on that day


def test_payments_of_the_rate_dates_are_exported_from_the_receivables_tab(
        qtbot, page, tmp_path, monkeypatch):
    saved: list[str] = []
    monkeypatch.setattr(Messages, "show_saved", classmethod(
        lambda cls, parent, title, text, path: saved.append(text)))
    tab = page.show_tab(1)
    _wait(qtbot, page)
    today = date.today()
    tab.rate_from.setDate(QDate(today - timedelta(days=90)))
    tab.rate_to.setDate(QDate(today - timedelta(days=30)))
    _wait(qtbot, page)
    out = tmp_path / "pay.xlsx"
    tab.export_payments_to(str(out))
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    # the one payment: ¥40,000 received 60 days ago, inside the dates
    assert saved == [f"Payments received {today - timedelta(days=90)} – "
                     f"{today - timedelta(days=30)}: 1 totalling ¥40,000, exported to {out}"]
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and "B-001" in rows[1]
    saved.clear()
    tab.rate_from.setDate(QDate(today - timedelta(days=20)))
    tab.rate_to.setDate(QDate(today))
    _wait(qtbot, page)
    tab.export_payments_to(str(out))  # none since: an empty sheet replaces the file whole
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert ": 0 totalling ¥0, exported to" in saved[0]
    assert openpyxl.load_workbook(out).worksheets[0].max_row == 1


def test_receivables_show_the_payment_figures_of_the_period(qtbot, page):
    tab = page.show_tab(1)
    _wait(qtbot, page)
    today = date.today()
    start = today - timedelta(days=75)
    tab.rate_from.setDate(QDate(start.year, start.month, start.day))
    _wait(qtbot, page)
    # HT-T-0001's first instalment (30,000, due 70 days ago) was settled by the payment 60 days
    # ago: 40 days after the contract was signed (no invoice date), 10 days late; the only
    # instalment settled in the period, so all of them were paid late.
    text = tab.figures.text()
    assert "Payment cycle 40.0 days" in text
    assert "average days late 10.0" in text and "paid late 100.0%" in text
    assert "DSO " in text and "DSO —" not in text  # 110,000 open, 58,000 signed in the period
    owner = next(iter(page.data.pipeline.people))  # the first person owns HT-T-0001
    assert any(line.startswith(f"{owner}: Payment cycle 40.0 days")  # per person
               for line in tab.figures.toolTip().splitlines())
