"""Every undoable quote action survives the language switch: done on the real main window (the
deal dialog's New Quote…, the quotes list's buttons, the approval dialog), the language
switched (every page rebuilt), Edit ▸ Undo — the quote tables are back row by row and a quotes
list shows what it showed before —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its rows
soft-deleted, so a redo brings back the same ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.orders.quote_approval_dialog import QuoteApprovalDialog, decide
from gui.orders.quote_editor_dialog import QuoteEditorDialog
from gui.orders.quotes_tab import ContractDialog, QuotesTab
from models.base import Base
from services.orders import quotes as Q
from services.products import catalogue as cat
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.orders.orders_fixtures import build_firm, deal_id

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("quotes", "quote_lines", "quote_approvals", "contracts")
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
            out[name] = {str(r["id"]): {k: v for k, v in r.items() if k != "updated_at"}
                         for r in uow.session.execute(select(table)).mappings()
                         if r["deleted_at"] is None}
    return out


def _tab(window, ids) -> QuotesTab:  # noqa: ANN001
    tab = getattr(window, "_quotes_tab", None)
    if tab is None:  # the Orders page shows it; until then, a tab of its own on the window
        tab = QuotesTab(window.ctx, window)
        window._quotes_tab = tab
    return tab


def _select(tab: QuotesTab, qbot, quote_id: str) -> None:  # noqa: ANN001
    qbot.waitUntil(lambda: not tab.is_loading() and tab.select(quote_id), timeout=10_000)


def do_new_from_deal(window, ids, mp, qbot) -> None:  # noqa: ANN001
    def fill(dialog: QuoteEditorDialog) -> int:
        assert dialog.add_product("GW-1 智能网关")
        line = dialog.model.index(0, 4)
        assert dialog.model.setData(line, "15")  # beyond the 10 % threshold
        dialog.notes.setText("含安装")
        dialog.accept()
        return int(dialog.result())
    mp.setattr(QuoteEditorDialog, "exec", fill)
    page = window.show_page("pipeline")
    page.deal_actions.open_detail(ids["deal"])
    page.deal_actions.detail.quote_button.click()


def _button(key: str) -> Callable[..., None]:
    def run(window, ids, mp, qbot) -> None:  # noqa: ANN001
        mp.setattr(ContractDialog, "exec", lambda d: 1)
        tab = _tab(window, ids)
        _select(tab, qbot, ids["draft"] if key in ("send", "delete") else ids["sent"])
        button = tab.buttons[key]
        assert button.isEnabled(), key
        button.click()
    return run


def do_approve(window, ids, mp, qbot) -> None:  # noqa: ANN001
    def approve(dialog: QuoteApprovalDialog) -> int:
        dialog.comment.setPlainText("同意，下不为例")
        dialog.approve_button.click()
        return int(dialog.result())
    mp.setattr(QuoteApprovalDialog, "exec", approve)
    window.ctx.current_person_id = ids["manager"]
    assert decide(window.ctx, window, ids["pending"])


CASES: dict[str, Callable[..., None]] = {
    "new quote from a deal": do_new_from_deal,
    "send": _button("send"),
    "delete a draft": _button("delete"),
    "accepted": _button("accept"),
    "rejected": _button("reject"),
    "expired": _button("expire"),
    "revise": _button("revise"),
    "approve the discount": do_approve,
    "contract from the quote": _button("contract"),
}


def _shown(window, ids) -> Any:  # noqa: ANN001
    tab = QuotesTab(window.ctx, window)  # built in the current language
    try:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        if tab.is_loading():
            return None
        m = tab.model
        return tuple(tuple(m.index(r, c).data() for c in (0, 6, 8)) for r in range(m.rowCount()))
    finally:
        tab.deleteLater()


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text, *a: errors.append(text)))
    firm = build_firm(store)
    cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800", tax_rate_bp=1300)
    lines = [Q.QuoteLineInput("实施服务", 2, "2500", 0, 600)]
    cust, zhang = firm.customers[0], firm.people["张三"]
    ids = {"deal": deal_id(store, "商机0"), "manager": firm.people["东经理"],
           "draft": Q.create_quote(store, customer_id=cust, owner_id=zhang, lines=lines,
                                   issued_on=TODAY).value,
           "sent": Q.create_quote(store, customer_id=cust, owner_id=zhang, lines=lines,
                                  issued_on=TODAY).value,
           "pending": Q.create_quote(store, customer_id=cust, owner_id=zhang, issued_on=TODAY,
                                     lines=[Q.QuoteLineInput("折扣件", 1, "100", 3000)]).value}
    Q.send_quote(store, ids["sent"], TODAY)
    if name == "contract from the quote":
        Q.accept_quote(store, ids["sent"], TODAY)
    window = make_window(qtbot, store, "en")
    stack = window.ctx.undo_stack

    def view() -> Any:
        return _shown(window, ids)

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    before, shown_before = _dump(store), view()
    CASES[name](window, ids, monkeypatch, qtbot)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert after != before
    shown_after = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert stack.undoText()  # worded again in Chinese
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _dump(store) == before
    qtbot.waitUntil(lambda: view() is not None, timeout=10_000)
    assert [r[0] for r in view()] == [r[0] for r in shown_before]

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _dump(store) == after
    assert len(view()) == len(shown_after)
    window.ctx.tasks.wait()
