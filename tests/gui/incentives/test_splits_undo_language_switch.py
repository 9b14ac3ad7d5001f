"""A credit split (业绩分配) and the fraud-signal thresholds survive a language switch: done on
the real main window (Split credit… on the deal detail and on a contract from a deal; Settings
▸ Incentives), the language switched (every page rebuilt — the commands hold none of them),
Edit ▸ Undo, Edit ▸ Redo.

The split rows and the app's settings are compared row by row (``updated_at`` left out: an undo
is itself a change; a split replaced keeps its rows, soft-deleted, so ``deleted_at`` is compared
as set / not set), and the rebuilt deal detail, contract pane or section shows the state again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.incentives.split_dialog import CreditSplitDialog
from models.base import Base
from services.incentives.fraud import FraudSettings, set_fraud_settings
from services.incentives.splits import set_credit_split
from tests.gui.pipeline_fixtures import PipelineData, seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("credit_splits", "app_settings")
SECTION = "gui.incentives.settings_section:IncentiveSettingsSection"
Rows = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def dump(store) -> Rows:  # noqa: ANN001
    """Every row of the touched tables, by key, without ``updated_at``; deletion as a flag."""
    out: Rows = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            key = table.primary_key.columns.values()[0].name
            out[name] = {str(r[key]): {k: (v is not None if k == "deleted_at" else v)
                                       for k, v in r.items() if k != "updated_at"}
                         for r in uow.session.execute(select(table)).mappings()}
    return out


def _answer(mp: Any, fill: Callable[[CreditSplitDialog], None]) -> None:
    """The split dialog the button opens, filled in by ``fill``, then OK (unless it closed)."""
    def exec_(dlg: CreditSplitDialog) -> int:
        fill(dlg)
        if dlg.result() != QDialog.DialogCode.Accepted:
            dlg.ok.click()
        return dlg.result()
    mp.setattr(CreditSplitDialog, "exec", exec_)


def _pick(row: Any, name: str) -> None:
    row.person.setCurrentIndex(row.person.findText(name))


def _seventy_thirty(dlg: CreditSplitDialog) -> None:
    dlg.rows[0].share.setValue(70)
    dlg.add_button.click()
    _pick(dlg.rows[1], "王强")


def _detail_row(window: Any, data: PipelineData) -> Any:
    page = window.show_page("pipeline")
    if page.deal_actions.detail is None or page.deal_actions.detail.deal is None:
        page.deal_actions.open_detail(data.deals[0])
    return page.deal_actions.detail.split_row


def _contract_row(window: Any, data: PipelineData) -> Any:
    page = window.show_page("orders")
    tab = page.show_tab(0)
    if tab.pane.contract_id != data.contract:  # type: ignore[attr-defined]
        tab.pane.show_contract(data.contract)  # type: ignore[attr-defined]
    return tab.pane.split_row


def _split_view(row_of: Callable[[Any, PipelineData], Any]) -> Callable[..., Any]:
    def view(window: Any, data: PipelineData) -> Any:
        row = row_of(window, data)
        if row.is_loading() or row.data is None:
            return None
        return sorted((s.person_name, s.share_bp) for s in row.data.deal.shares)
    return view


def _section(window: Any) -> Any:
    return window.show_page("settings").show_section(SECTION)


def _section_view(window: Any, _data: PipelineData) -> Any:
    s = _section(window)
    return None if s.is_loading() else (s.amount.text(), s.days.value(),
                                         s.defaults_button.isEnabled())


def _split(window: Any, data: PipelineData, mp: Any) -> None:
    _answer(mp, _seventy_thirty)
    _detail_row(window, data).button.click()


def _clear(window: Any, data: PipelineData, mp: Any) -> None:
    _answer(mp, lambda dlg: dlg.clear_button.click())
    _detail_row(window, data).button.click()


def _resplit(window: Any, data: PipelineData, mp: Any) -> None:
    def fifty(dlg: CreditSplitDialog) -> None:
        dlg.rows[0].share.setValue(50)
        dlg.rows[1].share.setValue(50)
    _answer(mp, fifty)
    _contract_row(window, data).button.click()


def _amount(window: Any, _data: PipelineData, _mp: Any) -> None:
    s = _section(window)
    s.amount.setText("20万")
    s.amount.setModified(True)
    s.amount.editingFinished.emit()


def _days(window: Any, _data: PipelineData, _mp: Any) -> None:
    s = _section(window)
    s.days.setValue(10)
    s.days.editingFinished.emit()


def _defaults(window: Any, _data: PipelineData, _mp: Any) -> None:
    _section(window).defaults_button.click()


def _has_split(store: Any, data: PipelineData) -> None:
    set_credit_split(store, data.deals[0], {data.people["张伟"]: 6000, data.people["李娜"]: 4000})


def _has_contract(store: Any, data: PipelineData) -> None:
    from services.orders.contracts import create_contract

    _has_split(store, data)
    data.contract = create_contract(  # type: ignore[attr-defined]
        store, customer_id=data.customers[0], amount=Decimal("90000"),
        sign_date=date(2026, 3, 1), owner_id=data.people["张伟"], deal_id=data.deals[0]).value


def _thresholds(store: Any, _data: PipelineData) -> None:
    set_fraud_settings(store, Decimal("50000"), 5)


@dataclass(frozen=True)
class Case:
    """One undoable action, the state before it, and what the window shows of it."""

    do: Callable[[Any, PipelineData, Any], None]
    view: Callable[[Any, PipelineData], Any]
    prepare: Callable[[Any, PipelineData], None] | None = None


CASES = {
    "split on the deal detail": Case(_split, _split_view(_detail_row)),
    "clear split on the deal detail": Case(_clear, _split_view(_detail_row), _has_split),
    "split on the contract pane": Case(_resplit, _split_view(_contract_row), _has_contract),
    "same-day win amount": Case(_amount, _section_view),
    "backdate days": Case(_days, _section_view),
    "restore defaults": Case(_defaults, _section_view, _thresholds),
}


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name):  # noqa: ANN001
    case = CASES[name]
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text, *_a: errors.append(text)))
    data = seed_pipeline(store)
    if case.prepare is not None:
        case.prepare(store, data)
    window = make_window(qtbot, store, "en")
    window.resize(1280, 800)
    stack = window.ctx.undo_stack

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        return case.view(window, data)

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    before_rows, before_view = dump(store), view()
    case.do(window, data, monkeypatch)
    assert stack.count() == 1, "the action was not pushed (or was refused)"
    assert not errors, errors
    done_rows = dump(store)
    assert done_rows != before_rows
    qtbot.waitUntil(lambda: view() not in (None, before_view), timeout=30_000)
    done_view = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    QApplication.processEvents()
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert window.menus.actions["undo"].text().startswith("撤销")
    assert not stack.undoText().isascii(), stack.undoText()
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert_back(before_rows, dump(store))
    qtbot.waitUntil(lambda: view() == before_view, timeout=30_000)

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert dump(store) == done_rows
    qtbot.waitUntil(lambda: view() == done_view, timeout=30_000)
    window.ctx.tasks.wait()



def assert_back(before: Rows, after: Rows) -> None:
    """Every row as before; the split rows the action made are soft-deleted (a redo makes the
    same rows live again) and a setting first written is there with the defaults' value.
    """
    for table in TABLES:
        old, new = before[table], after[table]
        assert {k: new.get(k) for k in old} == old, table
        for key in set(new) - set(old):
            if table == "credit_splits":
                assert new[key]["deleted_at"] is True, new[key]
            else:
                value = json.loads(new[key]["value"])
                assert FraudSettings.from_dict(value) == FraudSettings(), new[key]
