"""The Kanban board: drops, undo/redo, won/lost prompts, keyboard and multi-select moves."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.pipeline.deal_mime import encode_deal_ids
from gui.pipeline.lost_reason_dialog import LostReasonDialog
from gui.pipeline.pipeline_page import PipelinePage
from gui.pipeline.won_deal_dialog import WonDealDialog
from services.pipeline.details import read_deal_detail
from tests.gui.pipeline_fixtures import (
    board_ids,
    column_ids,
    make_context,
    seed_pipeline,
    wait_board,
)

# The offscreen platform warns that it cannot propagate size hints when a window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


@pytest.fixture
def page(qtbot, store, data):
    ctx = make_context(store, data.people["张伟"])
    p = PipelinePage(ctx)
    qtbot.addWidget(p)
    p.resize(1600, 700)
    wait_board(qtbot, p)
    return p


def drop(page, ids, stage_id):
    """What QListView does on a drop: call the target model's dropMimeData."""
    model = page.board.columns[stage_id].model
    mime = encode_deal_ids(ids)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    return model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def history_pairs(store, deal_id):
    return [(h.from_stage_id, h.to_stage_id) for h in read_deal_detail(store, deal_id).history]


def test_drop_moves_deal_records_history_and_never_deletes_a_card(page, store, data):
    s0, s1 = data.stage_ids[0], data.stage_ids[1]
    deal = column_ids(page, s0)[0]
    before_total = len(board_ids(page))
    source_model = page.board.columns[s0].model
    source_rows = source_model.rowCount()

    assert drop(page, [deal], s1) is False  # Qt must never remove the source row itself

    assert read_deal_detail(store, deal).stage_id == s1
    assert history_pairs(store, deal)[-1] == (s0, s1)
    assert deal not in column_ids(page, s0) and deal in column_ids(page, s1)
    assert source_model.rowCount() == source_rows - 1
    assert len(board_ids(page)) == before_total
    assert sorted(board_ids(page)) == sorted(c.id for c in page.cards)


def test_undo_restores_stage_and_removes_history_then_redo_reapplies(qtbot, page, store, data):
    s0, s2 = data.stage_ids[0], data.stage_ids[2]
    wait_board(qtbot, page)
    deal = column_ids(page, s0)[0]
    history_before = history_pairs(store, deal)
    drop(page, [deal], s2)
    stack = page.ctx.undo_stack
    assert stack.count() == 1

    stack.undo()
    assert read_deal_detail(store, deal).stage_id == s0
    assert history_pairs(store, deal) == history_before
    wait_board(qtbot, page)
    assert deal in column_ids(page, s0) and deal not in column_ids(page, s2)

    stack.redo()
    assert read_deal_detail(store, deal).stage_id == s2
    assert history_pairs(store, deal)[-1] == (s0, s2)
    wait_board(qtbot, page)
    assert deal in column_ids(page, s2)


def test_dropping_on_lost_asks_reason_and_cancel_aborts(page, store, data, monkeypatch, qtbot):
    lost = data.stage_ids[6]
    page.set_folded(lost, False)
    deal = column_ids(page, data.stage_ids[1])[0]
    answers = iter([None, "价格过高"])
    asked = []

    def fake_ask(cls, parent, reasons, names):
        asked.append((reasons, names))
        return next(answers)

    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(fake_ask))
    drop(page, [deal], lost)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "选择竞品" in asked[0][0]  # the firm's editable list is offered
    assert read_deal_detail(store, deal).stage_id == data.stage_ids[1]
    assert page.ctx.undo_stack.count() == 0

    drop(page, [deal], lost)
    qtbot.waitUntil(lambda: read_deal_detail(store, deal).stage_id == lost)
    d = read_deal_detail(store, deal)
    assert d.lost_reason == "价格过高" and d.closed_on == date.today()
    assert deal in column_ids(page, lost)


def test_dropping_on_won_writes_actual_amount_and_date(page, store, data, monkeypatch, qtbot):
    won = data.stage_ids[5]
    deal = column_ids(page, data.stage_ids[4])[0]
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("123456.50"), date(2026, 3, 9))))
    drop(page, [deal], won)
    qtbot.waitUntil(lambda: read_deal_detail(store, deal).stage_id == won)
    d = read_deal_detail(store, deal)
    assert d.won_amount == Decimal("123456.50") and d.closed_on == date(2026, 3, 9)
    assert history_pairs(store, deal)[-1] == (data.stage_ids[4], won)


def test_ctrl_right_moves_selected_card_to_next_stage(page, store, data, qtbot):
    s0, s1 = data.stage_ids[0], data.stage_ids[1]
    deal = column_ids(page, s0)[0]
    page.show()
    page.board.select_deal(deal)
    view = page.board.columns[s0].view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert read_deal_detail(store, deal).stage_id == s1
    assert deal in column_ids(page, s1)
    assert page.board.columns[s1].view.selected_deal_ids() == [deal]
    qtbot.keyClick(page.board.columns[s1].view, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    assert read_deal_detail(store, deal).stage_id == s0
    assert page.ctx.undo_stack.count() == 2


def test_multi_select_move_of_three_cards_is_one_undo_step(qtbot, page, store, data):
    s0, s3 = data.stage_ids[0], data.stage_ids[3]
    view = page.board.columns[s0].view
    view.selectAll()  # ExtendedSelection: the three lead cards
    ids = view.selected_deal_ids()
    assert len(ids) == 3
    mime = view.model().mimeData(view.selectedIndexes())  # what a drag of the selection carries
    target = page.board.columns[s3].model
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()) is False
    assert all(read_deal_detail(store, i).stage_id == s3 for i in ids)
    wait_board(qtbot, page)
    assert set(ids) <= set(column_ids(page, s3)) and column_ids(page, s0) == []
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    assert all(read_deal_detail(store, i).stage_id == s0 for i in ids)
    wait_board(qtbot, page)
    assert sorted(column_ids(page, s0)) == sorted(ids)


def assert_headers_match_cards(page):
    for col in page.board.columns.values():
        cards = col.model.cards()
        count, total, weighted = col.header.figures()
        assert count == len(cards)
        assert total == sum((c.won_amount if c.won_amount is not None else c.amount
                             for c in cards), Decimal(0))
        assert weighted == sum((c.weighted for c in cards), Decimal(0))


def test_column_header_totals_equal_sum_of_cards(qtbot, page, data, monkeypatch):
    wait_board(qtbot, page)
    assert_headers_match_cards(page)
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("99999.99"), today)))
    page.set_folded(data.stage_ids[5], False)
    wait_board(qtbot, page)
    deal = column_ids(page, data.stage_ids[4])[0]
    page.deal_actions.request_move([deal], data.stage_ids[5])  # won, at another amount
    drop(page, column_ids(page, data.stage_ids[0])[:2], data.stage_ids[3])
    wait_board(qtbot, page)
    assert_headers_match_cards(page)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    wait_board(qtbot, page)
    assert_headers_match_cards(page)
    lead = page.board.columns[data.stage_ids[0]]
    wait_board(qtbot, page)
    assert lead.header.figures()[0] == 3
    assert lead.header.figures()[1] == Decimal("490000")  # 180k + 260k + 50k
    assert lead.header.figures()[2] == Decimal("49000.00")  # 10 % stage default


def test_filters_narrow_the_board(page, data, qtbot):
    wait_board(qtbot, page)
    assert len(board_ids(page)) == 12
    bar = page.filter_bar
    bar.owner.setCurrentIndex(bar.owner.findData(data.people["王强"]))
    wait_board(qtbot, page)
    assert len(board_ids(page)) == 4
    bar.owner.setCurrentIndex(0)
    bar.mine.setChecked(True)
    wait_board(qtbot, page)
    assert len(board_ids(page)) == 4
    assert {c.owner_name for c in page.cards} == {"张伟"}
    bar.mine.setChecked(False)
    bar.tier.setCurrentIndex(bar.tier.findData("A"))
    wait_board(qtbot, page)
    assert {c.customer_tier for c in page.cards} == {"A"}
    bar.tier.setCurrentIndex(0)
    bar.search.setText("海纳")
    qtbot.waitUntil(lambda: len(board_ids(page)) == 2)
    wait_board(qtbot, page)
    assert {c.customer_name for c in page.cards} == {"上海海纳物流有限公司"}


def test_quick_create_adds_card_in_column_and_undo_discards_it(qtbot, page, store, data):
    s2 = data.stage_ids[2]
    col = page.board.columns[s2]
    col.header.add_button.click()
    col.quick.name.setText("启明 在线考试")
    col.quick.customer.setText("南京启明教育集团")
    col.quick.amount.setText("66,000")
    col.quick.ok.click()
    wait_board(qtbot, page)
    new = [c for c in col.model.cards() if c.name == "启明 在线考试"]
    assert len(new) == 1 and new[0].amount == Decimal("66000")
    assert new[0].owner_id == data.people["张伟"]
    page.ctx.undo_stack.undo()
    wait_board(qtbot, page)
    assert all(c.name != "启明 在线考试" for c in col.model.cards())


def test_quick_create_names_the_bad_field(page, data):
    col = page.board.columns[data.stage_ids[0]]
    col.header.add_button.click()
    col.quick.name.setText("x")
    col.quick.customer.setText("不存在的客户")
    col.quick.ok.click()
    assert not col.quick.error.isHidden()
    assert "customer" in col.quick.error.text().lower()
    assert page.ctx.undo_stack.count() == 0


def test_columns_are_drag_sources_and_drop_targets(page):
    for col in page.board.columns.values():
        assert col.view.dragEnabled()
        assert col.view.viewport().acceptDrops()
        assert col.view.dragDropMode() == col.view.DragDropMode.DragDrop


def test_patched_card_after_move_matches_a_fresh_load(page, store, data):
    from services.pipeline.board import load_board

    s3, s4 = data.stage_ids[3], data.stage_ids[4]
    deal = column_ids(page, s3)[0]
    drop(page, [deal], s4)
    patched = next(c for c in page.cards if c.id == deal)
    fresh = next(c for c in load_board(store, data.pipeline_id, page.today) if c.id == deal)
    fields = ("stage_id", "probability", "probability_overridden", "weighted", "days_in_stage",
              "rotting", "closed_on", "won_amount", "lost_reason", "amount", "expected_close")
    assert [getattr(patched, f) for f in fields] == [getattr(fresh, f) for f in fields]
    assert column_ids(page, s4) == [c.id for c in load_board(store, data.pipeline_id, page.today)
                                    if c.stage_id == s4]


def test_card_context_menu_moves_selection_to_chosen_stage(page, store, data):
    s0, s3 = data.stage_ids[0], data.stage_ids[3]
    deal = column_ids(page, s0)[0]
    page.board.select_deal(deal)
    menu = page.board.card_menu(s0)
    move_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    target = next(a for a in move_menu.actions() if a.text() == "方案报价")
    assert not next(a for a in move_menu.actions() if a.text() == "线索").isEnabled()
    target.trigger()
    assert read_deal_detail(store, deal).stage_id == s3
    page.board.select_deal(column_ids(page, s0)[0])
    nxt = next(a for a in page.board.card_menu(s0).actions() if a.shortcut().toString())
    assert nxt.isEnabled() is False  # "Previous stage" from the first column


def test_drop_on_folded_column_strip_still_moves(page, store, data, monkeypatch, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    lost = data.stage_ids[6]
    page.set_folded(lost, True)
    strip = page.board.columns[lost].strip
    assert not strip.isHidden()
    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(lambda cls, p, r, n: "预算取消"))
    deal = column_ids(page, data.stage_ids[2])[0]
    mime = encode_deal_ids([deal])  # kept alive: the event only points at it
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    strip.dropEvent(event)
    qtbot.waitUntil(lambda: read_deal_detail(store, deal).stage_id == lost)
    assert read_deal_detail(store, deal).lost_reason == "预算取消"


def close_deals(store, deal_ids, stage_id):
    """Close deals one a day: the first yesterday, the next the day before, and so on."""
    from services.pipeline.deals import move_deals

    for k, deal in enumerate(deal_ids):
        move_deals(store, [deal], stage_id, None, lost_reason="价格过高",
                   closed_on=date.today() - timedelta(days=k + 1))


def test_capped_lost_column_shows_newest_cards_and_counts_all(qtbot, page, store, data,
                                                              monkeypatch):
    import services.pipeline.board as pb

    monkeypatch.setattr(pb, "CLOSED_CARDS_SHOWN", 2)
    lost = data.stage_ids[6]
    close_deals(store, data.deals[:4], lost)  # 180k + 260k + 90k + 450k
    page.reload()
    col = page.board.columns[lost]
    wait_board(qtbot, page)
    assert sorted(column_ids(page, lost)) == sorted(data.deals[:2])  # closed most recently
    assert col.header.figures() == (4, Decimal("980000"), Decimal(0))
    assert col.header.detail.text() == "Newest 2 of 4 shown"
    assert col.strip.text.endswith(" 4")  # the folded column counts every closed deal too
    assert page.board.columns[data.stage_ids[5]].header.detail.text() == ""
    assert page.list_note.isHidden()
    page.set_view("list")
    wait_board(qtbot, page)
    assert not page.list_note.isHidden()
    assert "newest 2 of 4" in page.list_note.text()
    assert page.list_view.model().rowCount() == 8 + 2  # open deals and the cards shown
    monkeypatch.setattr(pb, "CLOSED_CARDS_SHOWN", 200)
    page.reload()
    wait_board(qtbot, page)
    assert page.list_note.isHidden()
    page.set_view("board")
    wait_board(qtbot, page)
    assert sorted(column_ids(page, lost)) == sorted(data.deals[:4])
    assert col.header.detail.text() == ""


def test_moving_to_capped_won_column_updates_its_figures(qtbot, page, store, data, monkeypatch):
    import services.pipeline.board as pb

    monkeypatch.setattr(pb, "CLOSED_CARDS_SHOWN", 1)
    won = data.stage_ids[5]
    close_deals(store, data.deals[:3], won)  # won at their amounts: 180k + 260k + 90k
    page.reload()
    col = page.board.columns[won]
    wait_board(qtbot, page)
    assert column_ids(page, won) == [data.deals[0]]
    assert col.header.figures() == (3, Decimal("530000"), Decimal("530000"))
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("10000"), today)))
    wait_board(qtbot, page)
    deal = column_ids(page, data.stage_ids[4])[0]
    page.deal_actions.request_move([deal], won)
    wait_board(qtbot, page)
    assert deal not in column_ids(page, data.stage_ids[4])
    # Still the newest one only (the one just won): the column never shows more than its cap.
    assert column_ids(page, won) == [deal]
    assert col.header.figures() == (4, Decimal("540000"), Decimal("540000"))
    assert col.header.detail.text() == "Newest 1 of 4 shown"
    page.show_snapshot()  # every column redrawn from the page's patched snapshot
    assert col.header.figures() == (4, Decimal("540000"), Decimal("540000"))
    assert column_ids(page, won) == [deal]
    wait_board(qtbot, page)
    assert page.board.columns[data.stage_ids[4]].header.figures()[0] == 1
    page.ctx.undo_stack.undo()
    wait_board(qtbot, page)
    assert deal in column_ids(page, data.stage_ids[4])
    assert column_ids(page, won) == [data.deals[0]]  # the card it pushed out of sight is back
    assert col.header.figures() == (3, Decimal("530000"), Decimal("530000"))
    assert col.header.detail.text() == "Newest 1 of 3 shown"
