"""Every undoable edit of the Orders page survives the language switch: do it on the real main
window (Ctrl+6, the Contracts tab and its dialogs), switch the language (every page is
rebuilt), Edit ▸ Undo — the database is back row by row and the rebuilt page shows it —, then
Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its row
soft-deleted, so a redo brings back the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.orders.cancel_dialog import CancelContractDialog
from gui.orders.contract_dialog import ContractDialog, ContractInput
from gui.orders.date_dialog import DateDialog
from gui.orders.payment_dialog import PaymentDialog, PaymentInput
from gui.orders.plan_dialog import PlanDialog
from models.base import Base
from services.orders.plans import PlanLine
from tests.gui.orders.orders_fixtures import OrdersData, seed_orders
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("contracts", "payment_instalments", "payments", "payment_allocations")
Dump = dict[str, dict[str, dict[str, Any]]]
TODAY = date.today()


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


def _flagged(rows: Dump) -> Dump:
    """Soft-deleted rows count as absent."""
    return {t: {i: {k: v for k, v in r.items() if k != "deleted_at"}
                for i, r in by_id.items() if r.get("deleted_at") is None}
            for t, by_id in rows.items()}


def _tab(window):  # noqa: ANN001
    return window.show_page("orders").tab(0)


def _select(window, data: OrdersData, number: str):  # noqa: ANN001
    tab = _tab(window)
    tab.show_item("order", data.contracts[number])
    window.ctx.tasks.wait()
    QApplication.processEvents()
    return tab


def _shown(window, _data) -> Any:  # noqa: ANN001
    page = window.show_page("orders")
    if page.is_loading():
        return None
    tab = page.tab(0)
    model = tab.model
    rows = tuple(tuple(model.index(r, c).data() for c in range(model.columnCount()))
                 for r in range(model.rowCount()))
    return tuple(sorted(rows))


def do_new_contract(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(ContractDialog, "ask", classmethod(lambda cls, *a, **k: ContractInput(
        data.won_deal, None, None, Decimal("450000"), TODAY, None, "验收后付款")))
    window.new_record()


def do_plan(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(PlanDialog, "ask", classmethod(lambda cls, *a, **k: [
        PlanLine(TODAY, percent=Decimal(50), label="预付"),
        PlanLine(TODAY + timedelta(days=30), percent=Decimal(50), label="验收")]))
    _select(window, data, "HT-T-0003").pane.plan_btn.click()


def do_reschedule(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(DateDialog, "ask", classmethod(lambda cls, *a, **k: TODAY + timedelta(days=90)))
    tab = _select(window, data, "HT-T-0002")
    tab.pane.plan_view.selectRow(0)
    tab.pane.reschedule_btn.click()


def do_invoiced(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(DateDialog, "ask", classmethod(lambda cls, *a, **k: TODAY))
    tab = _select(window, data, "HT-T-0002")
    tab.pane.plan_view.selectRow(1)
    tab.pane.invoiced_btn.click()


def do_payment(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(PaymentDialog, "ask", classmethod(lambda cls, *a, **k: PaymentInput(
        TODAY, Decimal("80000"), "acceptance", "汇票-7", None)))
    _select(window, data, "HT-T-0001")
    window.ctx.tasks.wait()
    _tab(window).pane.record_payment()  # Ctrl+P


def do_refund(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(PaymentDialog, "ask", classmethod(lambda cls, *a, **k: PaymentInput(
        TODAY, Decimal("5000"), "bank", "R-1", None)))
    _select(window, data, "HT-T-0001").pane.refund_btn.click()


def do_cancel(window, data, mp) -> None:  # noqa: ANN001
    mp.setattr(CancelContractDialog, "ask", classmethod(lambda cls, *a, **k: ("重复录入", TODAY)))
    _select(window, data, "HT-T-0003").cancel_current()


def do_apply_credit(window, data, _mp) -> None:  # noqa: ANN001
    tab = _select(window, data, "extra")
    assert tab.pane.apply_credit_btn.isEnabled()
    tab.pane.apply_credit_btn.click()


CASES: dict[str, Callable[[Any, OrdersData, Any], None]] = {
    "new contract": do_new_contract,
    "payment plan": do_plan,
    "reschedule": do_reschedule,
    "invoiced": do_invoiced,
    "payment": do_payment,
    "refund": do_refund,
    "cancel contract": do_cancel,
    "apply credit": do_apply_credit,
}


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    data = seed_orders(store)
    if name == "apply credit":  # HT-T-0002 over-paid by 7,000, 1,000 refunded: 6,000 credit
        from services.orders import payments as PAY
        from services.orders.contracts import create_contract
        from services.orders.plans import set_payment_plan

        cust = data.pipeline.customers[1]
        PAY.record_payment(store, customer_id=cust, received_on=TODAY, amount="57000")
        PAY.record_refund(store, customer_id=cust, refunded_on=TODAY, amount="1000")
        extra = create_contract(store, customer_id=cust, amount="10000", sign_date=TODAY).value
        set_payment_plan(store, extra, [PlanLine(TODAY, percent=Decimal(100))])
        data.contracts["extra"] = extra
    window = make_window(qtbot, store, "en")
    window.resize(1280, 800)
    stack = window.ctx.undo_stack

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        return _shown(window, data)

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    before, shown_before = _dump(store), view()

    CASES[name](window, data, monkeypatch)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert _flagged(after) != _flagged(before)
    qtbot.waitUntil(lambda: view() is not None, timeout=10_000)
    shown_after = view()
    english_label = stack.undoText()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert stack.undoText() != english_label  # the label follows the language
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _flagged(_dump(store)) == _flagged(before)
    # the Chinese page shows the same figures as the English one did (status words differ)
    qtbot.waitUntil(lambda: [r[:7] for r in view() or ()] == [r[:7] for r in shown_before],
                    timeout=10_000)

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _flagged(_dump(store)) == _flagged(after)
    qtbot.waitUntil(lambda: [r[:7] for r in view() or ()] == [r[:7] for r in shown_after],
                    timeout=10_000)
    window.ctx.tasks.wait()
