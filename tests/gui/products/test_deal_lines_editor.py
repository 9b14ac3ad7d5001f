"""The deal dialog's product lines: add a line by typing a product, edit quantity, price and
discount in the table, remove it, let the amount follow the lines — each one undo step, and the
board's card shows the new amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gui.pipeline.pipeline_page import PipelinePage
from services.pipeline.details import read_deal_detail
from services.products import catalogue as cat
from tests.gui.pipeline_fixtures import make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


def _card_amount(page, deal_id):
    for column in page.board.columns.values():
        for card in column.model.cards():
            if card.id == deal_id:
                return card.amount
    return None


def test_lines_edited_in_the_deal_dialog_with_undo(qtbot, store, data, qtmodeltester):
    cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800", unit_cost="7000",
                    measure_unit="台")
    cat.add_product(store, name="停售旧款", code="OLD-1", unit_price="1", active=False)
    page = PipelinePage(make_context(store))
    qtbot.addWidget(page)
    wait_board(qtbot, page)
    deal = data.deals[1]  # a deal without lines
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    editor, stack = dlg.lines_editor, page.ctx.undo_stack
    assert editor.model.rowCount() == 0
    assert "OLD-1 停售旧款" not in editor._names.stringList()  # inactive: not offered
    editor.picker.setText("gw")  # typed, the one product containing it
    editor.add_button.click()
    assert [(ln.product_name, ln.quantity, ln.unit_price) for ln in
            read_deal_detail(store, deal).lines] == [("智能网关", 1, Decimal("12800.00"))]
    assert editor.model.rowCount() == 1 and editor.picker.text() == ""
    qtmodeltester.check(editor.model)
    model = editor.model
    model.setData(model.index(0, 1), "3", Qt.ItemDataRole.EditRole)          # quantity
    model.setData(model.index(0, 4), "10", Qt.ItemDataRole.EditRole)         # discount %
    line = read_deal_detail(store, deal).lines[0]
    assert (line.quantity, line.discount_bp, line.amount) == (3, 1000, Decimal("34560.00"))
    assert model.index(0, 4).data() == "10%" and model.index(0, 5).data() == "¥34,560.00"
    old_amount = read_deal_detail(store, deal).amount
    editor.follow.click()  # the amount follows the lines
    assert read_deal_detail(store, deal).amount == Decimal("34560.00")
    assert dlg.amount.isReadOnly()
    qtbot.waitUntil(lambda: _card_amount(page, deal) == Decimal("34560.00"), timeout=10_000)
    assert "gross margin" in editor.summary.text()
    model.setData(model.index(0, 3), "1.2万", Qt.ItemDataRole.EditRole)      # price
    assert read_deal_detail(store, deal).amount == Decimal("32400.00")  # 3 × 12,000 × 0.9
    assert stack.count() == 5  # add, quantity, discount, follow, price: one step each
    stack.undo()
    assert read_deal_detail(store, deal).amount == Decimal("34560.00")
    stack.undo()
    assert read_deal_detail(store, deal).amount == old_amount
    assert not dlg.amount.isReadOnly() and not editor.follow.isChecked()
    qtbot.waitUntil(lambda: _card_amount(page, deal) == old_amount, timeout=10_000)
    editor.view.selectRow(0)
    editor.remove_selected()
    assert read_deal_detail(store, deal).lines == () and editor.model.rowCount() == 0
    stack.undo()
    assert len(read_deal_detail(store, deal).lines) == 1
    steps = stack.count()
    model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)  # not a number
    assert editor.summary.text() == "Type a number."
    assert stack.count() == steps and stack.index() == 3  # nothing pushed for it
