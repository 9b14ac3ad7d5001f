"""Every undoable edit of contract compliance, order status and credit risk survives the
language switch: do it on the real main window (Settings ▸ Contracts and credit, the
compliance and order status dialogs, the risk list), switch the language (every page is
rebuilt; the commands hold none of them), Edit ▸ Undo — the database is back row by row and a
freshly opened view shows it —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.orders.compliance_dialog import ComplianceDialog
from gui.orders.order_status_dialog import OrderStatusDialog
from gui.orders.risk_tab import RiskTab
from models import Customer
from models.base import Base
from services.orders import compliance as CO
from services.orders import contracts as C
from services.orders import credit as CR
from services.orders import plans as PL
from services.org.people import create_person
from tests.gui.pipeline_fixtures import PipelineData, seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SECTION = "gui.orders.contract_settings_section:ContractSettingsSection"
TABLES = ("contracts", "payment_instalments", "app_settings")
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
            key = "key" if name == "app_settings" else "id"
            out[name] = {str(row[key]): {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


@dataclass
class Firm:
    data: PipelineData
    draft: str
    signed: str
    instalment: str


def _wait(qtbot, widget) -> Any:  # noqa: ANN001
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=10_000)
    return widget


def _section(window):  # noqa: ANN001
    return window.show_page("settings").show_section(SECTION)


def _settings_shown(window, _firm, qtbot) -> Any:  # noqa: ANN001
    section = _wait(qtbot, _section(window))
    return (tuple(t.name for t in section.model.rows), section.policy.currentData(),
            section.pattern.text(), section.pattern_example.text())


def _dialog(cls, window, cid, qtbot):  # noqa: ANN001
    return _wait(qtbot, cls(window.ctx, cid, window))


def _compliance_shown(window, firm, qtbot) -> Any:  # noqa: ANN001
    dialog = _dialog(ComplianceDialog, window, firm.draft, qtbot)
    shown = (tuple(i.checked for i in dialog.model.rows), dialog.sign_button.isEnabled(),
             dialog.override.isVisibleTo(dialog))
    dialog.deleteLater()
    return shown


def _order_shown(window, firm, qtbot) -> Any:  # noqa: ANN001
    dialog = _dialog(OrderStatusDialog, window, firm.signed, qtbot)
    shown = (dialog.state.order_status, dialog.deliver_button.isEnabled(),
             dialog.cancel_button.isEnabled())
    dialog.deleteLater()
    return shown


def _risk_shown(window, firm, qtbot) -> Any:  # noqa: ANN001
    tab = _wait(qtbot, RiskTab(window.ctx, window))
    shown = tuple((r.name, r.reasons) for r in tab.model.rows)
    tab.deleteLater()
    return shown


def do_add_term(window, _firm, _mp, qtbot) -> None:  # noqa: ANN001
    section = _wait(qtbot, _section(window))
    section.name.setText("保密条款")
    section.add_button.click()


def do_rename_term(window, _firm, _mp, qtbot) -> None:  # noqa: ANN001
    model = _wait(qtbot, _section(window)).model
    assert model.setData(model.index(3, 0), "发票类型（专票）", Qt.ItemDataRole.EditRole)


def do_move_term(window, _firm, _mp, qtbot) -> None:  # noqa: ANN001
    section = _wait(qtbot, _section(window))
    section.view.selectRow(2)
    section.up_button.click()


def do_policy(window, _firm, _mp, qtbot) -> None:  # noqa: ANN001
    section = _wait(qtbot, _section(window))
    section.policy.setCurrentIndex(section.policy.findData("block"))
    section.policy.activated.emit(section.policy.currentIndex())


def do_pattern(window, _firm, _mp, qtbot) -> None:  # noqa: ANN001
    section = _wait(qtbot, _section(window))
    section.pattern.setFocus()
    section.pattern.selectAll()
    QTest.keyClicks(section.pattern, "XS{yy}-{seq:03}")
    assert section.pattern_example.text() == f"XS{TODAY.year % 100:02d}-001"
    QTest.keyClick(section.pattern, Qt.Key.Key_Return)


def do_tick(window, firm, _mp, qtbot) -> None:  # noqa: ANN001
    model = _dialog(ComplianceDialog, window, firm.draft, qtbot).model
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)


def do_sign_over(window, firm, mp, qtbot) -> None:  # noqa: ANN001
    mp.setattr(ComplianceDialog, "ask_reason", classmethod(lambda cls, p, m: "老客户，先签后补"))
    _dialog(ComplianceDialog, window, firm.draft, qtbot).sign_button.click()


def do_deliver(window, firm, _mp, qtbot) -> None:  # noqa: ANN001
    _dialog(OrderStatusDialog, window, firm.signed, qtbot).deliver_button.click()


def do_cancel(window, firm, mp, qtbot) -> None:  # noqa: ANN001
    mp.setattr(OrderStatusDialog, "ask_reason", classmethod(lambda cls, p: "项目终止"))
    _dialog(OrderStatusDialog, window, firm.signed, qtbot).cancel_button.click()


def do_dispute(window, firm, _mp, qtbot) -> None:  # noqa: ANN001
    tab = _wait(qtbot, RiskTab(window.ctx, window))
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.instalments.rowCount() == 1)
    model = tab.instalments
    assert model.setData(model.index(0, model.columnCount() - 1), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)


@dataclass(frozen=True)
class Case:
    do: Callable[..., None]
    view: Callable[..., Any]


CASES = {
    "add required term": Case(do_add_term, _settings_shown),
    "rename required term": Case(do_rename_term, _settings_shown),
    "move required term": Case(do_move_term, _settings_shown),
    "credit policy": Case(do_policy, _settings_shown),
    "contract number pattern": Case(do_pattern, _settings_shown),
    "tick a term": Case(do_tick, _compliance_shown),
    "sign over unticked terms": Case(do_sign_over, _compliance_shown),
    "order delivered": Case(do_deliver, _order_shown),
    "order cancelled": Case(do_cancel, _order_shown),
    "instalment disputed": Case(do_dispute, _risk_shown),
}


def _firm(store) -> Firm:  # noqa: ANN001
    data = seed_pipeline(store)
    CO.set_required_terms(store, list(CO.required_terms(store)))  # the settings rows exist
    CR.set_credit_policy(store, "warn")
    C.set_number_pattern(store, C.DEFAULT_PATTERN)
    manager = create_person(store, "陈经理", data.unit_ids["east"], role="manager").value
    data.people["陈经理"] = manager
    cust = data.customers[0]
    with store.write() as uow:
        uow.session.get(Customer, cust).credit_limit = 1000
        uow.commit()
    draft = C.create_contract(store, customer_id=cust, amount="500", draft=True,
                              sign_date=TODAY, owner_id=data.people["张伟"]).value
    signed = C.create_contract(store, customer_id=cust, amount="800",
                               sign_date=TODAY - timedelta(days=120)).value
    ids = PL.set_payment_plan(store, signed, [
        PL.PlanLine(TODAY - timedelta(days=90), amount=None)]).value
    return Firm(data, draft, signed, ids[0])


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    case = CASES[name]
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    firm = _firm(store)
    window = make_window(qtbot, store, "en")
    window.set_current_person(firm.data.people["陈经理"])
    stack = window.ctx.undo_stack

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        return case.view(window, firm, qtbot)

    before, shown_before = _dump(store), view()
    case.do(window, firm, monkeypatch, qtbot)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert after != before
    shown_after = view()
    assert shown_after != shown_before

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    assert stack.undoText() and not stack.undoText().isascii(), stack.undoText()
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _dump(store) == before
    assert view() == shown_before

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _dump(store) == after  # a signature over unticked terms keeps its time
    assert view() == shown_after
    window.ctx.tasks.wait()
