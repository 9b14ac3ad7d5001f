"""Every undoable edit of the product catalogue and of a deal's product lines survives the
language switch: do it on the real main window (Settings ▸ Products with its dialog, the deal
dialog's Products tab), switch the language (every page is rebuilt), Edit ▸ Undo — the database
is back row by row and the rebuilt page shows it —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its row
soft-deleted, so a redo brings back the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.products.product_dialog import ProductDialog
from models.base import Base
from services.products import catalogue as cat
from tests.gui.pipeline_fixtures import PipelineData, seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SECTION = "gui.products.settings_section:ProductsSection"
TABLES = ("products", "deal_lines", "deals")
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


def _flagged(rows: Dump) -> Dump:
    """Soft-deleted rows count as absent; ``deleted_at`` of a live row is None anyway."""
    return {t: {i: r for i, r in by_id.items() if r.get("deleted_at") is None}
            for t, by_id in rows.items()}


@dataclass
class Firm:
    data: PipelineData
    gateway: str


@dataclass(frozen=True)
class Case:
    page: str  # "settings" or "pipeline"
    do: Callable[[Any, Firm, Any], None]
    view: Callable[[Any, Firm], Any]


def _section(window):  # noqa: ANN001
    section = window.show_page("settings").show_section(SECTION)
    return section


def _products_shown(window, _firm) -> Any:  # noqa: ANN001
    section = _section(window)
    if section.is_loading():
        return None
    model = section.model
    return tuple(tuple(model.index(r, c).data() for c in range(9))
                 for r in range(model.rowCount()))


def _fill(values: dict[str, str]) -> Callable[[ProductDialog], int]:
    def run(dialog: ProductDialog) -> int:  # the user types, then presses OK
        for field, text in values.items():
            widget = getattr(dialog, field)
            if field == "line":
                widget.setCurrentText(text)
            else:
                widget.setText(text)
        dialog.ok.click()
        return int(dialog.result())
    return run


def do_add_product(window, _firm, mp) -> None:  # noqa: ANN001
    mp.setattr(ProductDialog, "exec", _fill({"code": "SV-1", "name": "实施服务", "line": "服务",
                                             "unit": "人天", "price": "2,500"}))
    _section(window).add_button.click()


def do_edit_product(window, firm, mp) -> None:  # noqa: ANN001
    mp.setattr(ProductDialog, "exec", _fill({"price": "1.5万", "cost": "8000"}))
    section = _section(window)
    section.view.selectRow(section.model.row_of(firm.gateway))
    section.edit_button.click()


def do_deactivate(window, firm, _mp) -> None:  # noqa: ANN001
    section = _section(window)
    model = section.model
    active = model.index(model.row_of(firm.gateway), model.columnCount() - 1)
    assert model.setData(active, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)


def _editor(window, firm):  # noqa: ANN001
    page = window.show_page("pipeline")
    page.deal_actions.open_detail(firm.data.deals[1])
    dialog = page.deal_actions.detail
    dialog.tabs.setCurrentWidget(dialog.lines_editor)
    return dialog.lines_editor


def do_add_line(window, firm, _mp) -> None:  # noqa: ANN001
    editor = _editor(window, firm)
    editor.picker.setText("GW-1 智能网关")
    editor.add_button.click()


def do_edit_line(window, firm, _mp) -> None:  # noqa: ANN001
    editor = _editor(window, firm)
    model = editor.model
    assert model.setData(model.index(0, 1), "4", Qt.ItemDataRole.EditRole)


def do_follow(window, firm, _mp) -> None:  # noqa: ANN001
    _editor(window, firm).follow.click()


def _lines_shown(window, firm) -> Any:  # noqa: ANN001
    """The deal dialog's lines and amount, and the board card's amount."""
    page = window.show_page("pipeline")
    if page.is_loading():
        return None
    editor = _editor(window, firm)
    rows = tuple(tuple(editor.model.index(r, c).data() for c in range(6))
                 for r in range(editor.model.rowCount()))
    card = page.card(firm.data.deals[1])
    return rows, editor.follow.isChecked(), page.deal_actions.detail.amount.text(), \
        card.amount if card is not None else None


CASES = {
    "add product": Case("settings", do_add_product, _products_shown),
    "edit product": Case("settings", do_edit_product, _products_shown),
    "deactivate product": Case("settings", do_deactivate, _products_shown),
    "add deal line": Case("pipeline", do_add_line, _lines_shown),
    "edit deal line": Case("pipeline", do_edit_line, _lines_shown),
    "amount follows lines": Case("pipeline", do_follow, _lines_shown),
}


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    case = CASES[name]
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    data = seed_pipeline(store)
    gateway = cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800",
                              line="硬件", unit_cost="7000", measure_unit="台").value
    firm = Firm(data, gateway)
    if name in ("edit deal line", "amount follows lines"):
        from services.pipeline.deal_lines import LineInput, set_deal_lines

        set_deal_lines(store, data.deals[1], [LineInput(gateway, 2, Decimal("12000"))])
    window = make_window(qtbot, store, "en")
    window.resize(1280, 800)
    stack = window.ctx.undo_stack

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        return case.view(window, firm)

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    before, shown_before = _dump(store), view()

    case.do(window, firm, monkeypatch)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert after != before
    qtbot.waitUntil(lambda: view() not in (None, shown_before), timeout=10_000)
    shown_after = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _flagged(_dump(store)) == _flagged(before)
    assert set(before["products"]) <= set(_dump(store)["products"])
    if case.page == "settings":  # the Chinese page shows the same rows as the English one
        qtbot.waitUntil(lambda: view() == shown_before, timeout=10_000)
    else:
        qtbot.waitUntil(lambda: view() is not None and view()[0] == shown_before[0]
                        and view()[3] == shown_before[3], timeout=10_000)

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _flagged(_dump(store)) == _flagged(after)
    if case.page == "settings":
        qtbot.waitUntil(lambda: view() == shown_after, timeout=10_000)
    else:
        qtbot.waitUntil(lambda: view() is not None and view()[0] == shown_after[0]
                        and view()[3] == shown_after[3], timeout=10_000)
    window.ctx.tasks.wait()
