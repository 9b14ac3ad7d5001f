"""What a user sees: a rep's signature over unticked terms refused in Chinese, the credit
warning naming the customer, limit and exposure (asked only when the firm warns), and the
risk list's reasons in Chinese."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.common.messages import Messages
from gui.orders.compliance_dialog import ComplianceDialog
from gui.orders.credit_prompt import confirm_credit
from gui.orders.risk_tab import RiskTab
from models import Customer
from services.orders import contracts as C
from services.orders import credit as CR
from services.orders import plans as PL
from tests.gui.pipeline_fixtures import seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TODAY = date.today()


def _firm(store):  # noqa: ANN001
    data = seed_pipeline(store)
    cust = data.customers[0]
    with store.write() as uow:
        uow.session.get(Customer, cust).credit_limit = 1000
        uow.commit()
    signed = C.create_contract(store, customer_id=cust, amount="800",
                               sign_date=TODAY - timedelta(days=120)).value
    PL.set_payment_plan(store, signed, [PL.PlanLine(TODAY - timedelta(days=90), amount=None)])
    draft = C.create_contract(store, customer_id=cust, amount="300", draft=True,
                              sign_date=TODAY, owner_id=data.people["张伟"]).value
    return data, cust, draft


def test_a_rep_cannot_sign_over_unticked_terms(qtbot, store, monkeypatch):  # noqa: ANN001
    data, _cust, draft = _firm(store)
    refused: list[str] = []
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: refused.append(text)))
    monkeypatch.setattr(ComplianceDialog, "ask_reason", classmethod(lambda cls, p, m: "急"))
    window = make_window(qtbot, store, "zh_CN")
    window.set_current_person(data.people["张伟"])
    dialog = ComplianceDialog(window.ctx, draft, window)
    qtbot.waitUntil(lambda: not dialog.is_loading())
    assert "未勾选：付款条款、交付条款、验收条款、发票类型、违约责任" in dialog.missing.text()
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(refused))
    assert refused == ["张伟 无权在条款缺失时签订：只有销售经理、销售总监、老板"
                       "或合同负责人的上级可以。"]
    assert window.ctx.undo_stack.count() == 0
    window.ctx.tasks.wait()


def test_the_credit_warning_names_customer_limit_and_exposure(qtbot, store, monkeypatch):  # noqa: ANN001
    _data, cust, _draft = _firm(store)
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or False))
    assert confirm_credit(None, store, cust, "200")  # 800 + 200 = 1,000: not over
    assert not asked
    assert not confirm_credit(None, store, cust, "200.01")
    name = C.list_contracts(store)[0].customer_name
    assert asked == [f"{name}'s credit limit is ¥1,000.00. Open receivables ¥800.00 plus this "
                     "contract's ¥200.01 make ¥1,000.01, over the limit by ¥0.01.\n\n"
                     "Create it anyway?"]
    CR.set_credit_policy(store, "off")
    assert confirm_credit(None, store, cust, "99999")
    assert len(asked) == 1


def test_the_risk_list_in_chinese(qtbot, store):  # noqa: ANN001
    _firm(store)
    window = make_window(qtbot, store, "zh_CN")
    tab = RiskTab(window.ctx, window)
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.model.rowCount() == 1)
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert {"客户", "信用额度", "未收应收账款", "逾期超过60天", "争议"} <= set(headers)
    assert model.index(0, model.columnCount() - 1).data() == "逾期超过60天"
    assert model.index(0, 3).data() == "¥800.00"
    QApplication.processEvents()
    window.ctx.tasks.wait()
