"""Item models (qtmodeltester), list and forecast views, deal detail edits, navigation, state."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.common.row_table_model import Column, RowTableModel
from gui.pipeline.deal_mime import encode_deal_ids
from gui.pipeline.formatting import add_months, month_end
from gui.pipeline.pipeline_page import PipelinePage
from gui.pipeline.stage_column_model import StageColumnModel
from services.pipeline.board import load_board
from services.pipeline.details import read_deal_detail
from tests.gui.pipeline_fixtures import column_ids, make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


@pytest.fixture
def page(qtbot, store, data):
    p = PipelinePage(make_context(store, data.people["李娜"]))
    qtbot.addWidget(p)
    wait_board(qtbot, p)
    return p


def test_every_model_passes_qtmodeltester(qtmodeltester, page, store, data):
    cards = load_board(store, data.pipeline_id, date.today())
    column = StageColumnModel("x", lambda ids, key: True)
    column.set_cards(cards)
    qtmodeltester.check(column)
    column.set_cards(cards[3:] + cards[:1])  # removals, an insertion, a reorder
    qtmodeltester.check(column)
    for col in page.board.columns.values():
        qtmodeltester.check(col.model)
    lead = page.board.columns[data.stage_ids[0]].model
    moving = [c.id for c in lead.cards()[:2]]
    page.board.columns[data.stage_ids[2]].model.dropMimeData(  # targeted remove + insert
        encode_deal_ids(moving), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    for key in data.stage_ids[0], data.stage_ids[2]:
        qtmodeltester.check(page.board.columns[key].model)
    page.set_view("list")
    qtmodeltester.check(page.list_view.model())
    page.list_view.model().sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.list_view.model())
    page.set_view("forecast")
    for col in page.forecast.columns.values():
        qtmodeltester.check(col.model)
    detail = read_deal_detail(store, data.deals[0])
    history = RowTableModel([Column("to", lambda h: h.to_stage_name)])
    history.set_rows(detail.history)
    qtmodeltester.check(history)
    page.deal_actions.open_detail(data.deals[0])  # the detail's own tables
    dlg = page.deal_actions.detail
    for model in (dlg.lines, dlg.followups, dlg.history):
        qtmodeltester.check(model)


def test_list_view_shows_same_deals_and_sorts_by_amount(page, data):
    page.set_view("list")
    model = page.list_view.model()
    assert model.rowCount() == 12
    page.list_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    amounts = [model.card(r).amount for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    assert model.index(0, 0).data() == "云帆 数据中台"
    assert model.index(0, 3).data() == "方案报价"
    assert model.index(0, 6).data() == "¥480,000"  # 800k × 60 %


def test_forecast_drop_sets_month_end_and_undo_restores(qtbot, page, store, data):
    page.set_view("forecast")
    today = date.today()
    y, m = add_months(today, 3)
    key = f"{y:04d}-{m:02d}"
    deal = data.deals[0]
    old = read_deal_detail(store, deal).expected_close
    target = page.forecast.columns[key].model
    assert target.dropMimeData(encode_deal_ids([deal]), Qt.DropAction.MoveAction, -1, 0,
                               QModelIndex()) is False
    assert read_deal_detail(store, deal).expected_close == month_end(y, m)
    wait_board(qtbot, page)
    assert deal in [c.id for c in page.forecast.columns[key].model.cards()]
    totals = page.forecast.category_totals(key)
    wait_board(qtbot, page)
    assert sum(totals.values()) == sum(c.amount for c in target.cards())
    page.ctx.undo_stack.undo()
    assert read_deal_detail(store, deal).expected_close == old


def test_forecast_month_header_totals_by_category(page, data):
    page.set_view("forecast")
    for key, col in page.forecast.columns.items():
        cards = col.model.cards()
        totals = page.forecast.category_totals(key)
        commit = sum((c.amount for c in cards if c.probability >= 80), Decimal(0))
        best = sum((c.amount for c in cards if 50 <= c.probability < 80), Decimal(0))
        assert totals["commit"] == commit and totals["best_case"] == best
        assert col.header.figures()[1] == sum((c.amount for c in cards), Decimal(0))


def test_detail_probability_override_reset_and_undo(qtbot, page, store, data):
    deal = data.deals[6]  # 方案报价, stage default 60 %
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    assert dlg.probability.value() == 60 and not dlg.reset_probability.isEnabled()
    dlg.probability.setValue(75)
    dlg.probability.editingFinished.emit()
    d = read_deal_detail(store, deal)
    assert d.probability == 75 and d.probability_overridden
    assert "60%" in dlg.probability_note.text() and dlg.reset_probability.isEnabled()
    wait_board(qtbot, page)
    card = next(c for c in page.cards if c.id == deal)
    assert card.probability_overridden and card.weighted == Decimal("600000.00")
    dlg.reset_probability.click()
    assert not read_deal_detail(store, deal).probability_overridden
    page.ctx.undo_stack.undo()
    assert read_deal_detail(store, deal).probability == 75
    page.ctx.undo_stack.undo()
    assert read_deal_detail(store, deal).probability == 60


def test_detail_edits_name_amount_close_with_undo(qtbot, page, store, data):
    deal = data.deals[1]
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    dlg.name.setText("瑞丰 MES 升级（含培训）")
    dlg.name.editingFinished.emit()
    dlg.amount.setText("288,000")
    dlg.amount.editingFinished.emit()
    d = read_deal_detail(store, deal)
    assert d.name == "瑞丰 MES 升级（含培训）" and d.amount == Decimal("288000.00")
    wait_board(qtbot, page)
    assert any(c.name == "瑞丰 MES 升级（含培训）" for c in page.cards)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    d = read_deal_detail(store, deal)
    assert d.name == "瑞丰 MES 升级" and d.amount == Decimal("260000.00")


def test_detail_shows_full_stage_history(page, store, data):
    deal = column_ids(page, data.stage_ids[0])[0]
    s1, s2 = data.stage_ids[1], data.stage_ids[2]
    for stage in (s1, s2):
        page.board.columns[stage].model.dropMimeData(
            encode_deal_ids([deal]), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    page.deal_actions.open_detail(deal)
    rows = page.deal_actions.detail.history
    assert rows.rowCount() == 3
    assert [rows.index(r, 2).data() for r in range(3)] == ["线索", "初步沟通", "需求确认"]
    assert rows.index(2, 1).data() == "初步沟通"
    assert rows.index(2, 3).data() == "李娜"


def test_show_item_selects_card_and_opens_detail(page, data):
    deal = data.deals[3]
    page.show_item("deal", deal)
    col = next(c for c in page.board.columns.values() if c.model.row_of(deal) >= 0)
    assert col.view.selected_deal_ids() == [deal]
    assert page.deal_actions.detail.deal.id == deal


def test_view_folding_and_filters_are_remembered(qtbot, store, data, page):
    page.set_view("forecast")
    lost = data.stage_ids[6]
    page.set_folded(lost, False)
    page.filter_bar.tier.setCurrentIndex(page.filter_bar.tier.findData("B"))
    page.save_state()
    again = PipelinePage(make_context(store))
    qtbot.addWidget(again)
    wait_board(qtbot, again)
    assert again.current_view() == "forecast"
    assert not again.board.columns[lost].folded
    assert again.board.columns[data.stage_ids[5]].folded  # won folds by default
    assert {c.customer_tier for c in again.cards} == {"B"}


def test_shortcuts_switch_views(page, qtbot):
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_view() == "list"
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_view() == "forecast"


def test_changes_from_other_views_refresh_the_board(qtbot, page, store, data):
    from services.pipeline.deals import update_deal

    op = update_deal(store, data.deals[0], name="外部修改的商机")
    wait_board(qtbot, page)
    assert all(c.name != "外部修改的商机" for c in page.cards)  # not told yet: not shown
    page.ctx.events.changed.emit(op.changes, object())
    wait_board(qtbot, page)
    assert any(c.name == "外部修改的商机" for c in page.cards)


def test_follow_up_logged_from_detail_stops_rotting_and_undoes(qtbot, page, store, data,
                                                               monkeypatch):
    from datetime import UTC, datetime, timedelta

    from gui.pipeline.deal_detail_dialog import DealDetailDialog

    deal = data.deals[5]  # 华新 质量追溯: 70 days in 需求确认 (threshold 21) → rotting
    wait_board(qtbot, page)
    assert next(c for c in page.cards if c.id == deal).rotting
    booked = date.today() + timedelta(days=3)
    monkeypatch.setattr(DealDetailDialog, "ask_followup", classmethod(lambda cls, *_a: ({
        "at": datetime.now(UTC), "method": "call", "content": "电话确认预算已批",
        "next_step": "上门演示", "next_on": booked}, None)))
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    dlg.log_button.click()
    assert [f.content for f in read_deal_detail(store, deal).followups][0] == "电话确认预算已批"
    assert dlg.followups.rowCount() >= 1
    wait_board(qtbot, page)
    assert not next(c for c in page.cards if c.id == deal).rotting
    page.ctx.undo_stack.undo()
    assert all(f.content != "电话确认预算已批" for f in read_deal_detail(store, deal).followups)
    wait_board(qtbot, page)
    assert next(c for c in page.cards if c.id == deal).rotting


def test_enter_or_double_click_on_a_card_opens_its_detail(page, data, qtbot):
    page.show()
    deal = data.deals[2]
    page.board.select_deal(deal)
    col = next(c for c in page.board.columns.values() if c.model.row_of(deal) >= 0)
    qtbot.keyClick(col.view, Qt.Key.Key_Return)
    assert page.deal_actions.detail.deal.id == deal
    other = data.deals[4]
    col = next(c for c in page.board.columns.values() if c.model.row_of(other) >= 0)
    col.view.doubleClicked.emit(col.model.index(col.model.row_of(other)))
    assert page.deal_actions.detail.deal.id == other
    assert page.deal_actions.detail.heading.text() == "东方电器 CRM"


def test_detail_changes_customer_with_undo_and_refuses_unknown(page, store, data, monkeypatch):
    from gui.common.messages import Messages

    errors = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    deal = data.deals[0]
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    dlg.customer.setText("无锡华新材料")
    dlg.customer.editingFinished.emit()
    assert read_deal_detail(store, deal).customer_id == data.customers[5]
    dlg.customer.setText("查无此客户")
    dlg.customer.editingFinished.emit()
    assert errors and dlg.customer.text() == "无锡华新材料"
    page.ctx.undo_stack.undo()
    assert read_deal_detail(store, deal).customer_id == data.customers[0]


def test_column_rows_are_found_in_and_out_of_card_order(store, data):
    cards = load_board(store, data.pipeline_id, date.today())
    column = StageColumnModel("x", lambda ids, key: True)
    column.set_cards(cards)  # the board's order: expected close, then name
    assert [column.row_of(c.id) for c in cards] == list(range(len(cards)))
    shuffled = cards[5:] + cards[:5]
    column.set_cards(shuffled)  # out of order (a reset): every card is still found
    assert [column.row_of(c.id) for c in shuffled] == list(range(len(shuffled)))
    column.remove_ids([shuffled[0].id])
    assert column.row_of(shuffled[0].id) == -1
    assert column.row_of(shuffled[1].id) == 0


def _rows_image(view):
    return view.viewport().grab().toImage()


def _row_differs(before, after, row, height):
    return any(before.pixel(x, y) != after.pixel(x, y)
               for y in range(row * height + 4, (row + 1) * height - 4, 3)
               for x in range(6, before.width() - 6, 3))


def test_column_paints_each_card_and_shows_the_selected_one(qtbot, page, data):
    from gui.pipeline.deal_card_delegate import CARD_HEIGHT

    page.resize(1600, 700)
    page.show()
    qtbot.waitExposed(page)
    column = page.board.columns[data.stage_ids[0]]
    view = column.view
    assert column.model.rowCount() >= 2
    blank = view.viewport().palette().color(view.viewport().backgroundRole()).rgb()
    before = _rows_image(view)
    visible = min(column.model.rowCount(), before.height() // CARD_HEIGHT)
    for row in range(visible):  # a card is drawn in every row, none blank
        assert any(before.pixel(x, row * CARD_HEIGHT + CARD_HEIGHT // 2) != blank
                   for x in range(10, before.width() - 10))
    view.selectRow(1)
    qtbot.waitUntil(lambda: _row_differs(before, _rows_image(view), 1, CARD_HEIGHT))
    after = _rows_image(view)
    assert not _row_differs(before, after, 0, CARD_HEIGHT)  # only the selected card changed
