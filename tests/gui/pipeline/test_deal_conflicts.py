"""The deal detail when a colleague saved the same field after it was shown: both values are
shown and the user's choice is saved (or theirs kept), never a silent overwrite.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.common.conflict_dialog import ConflictDialog
from gui.pipeline.pipeline_page import PipelinePage
from services.pipeline.deals import update_deal
from services.pipeline.details import read_deal_detail
from services.setup import open_store
from tests.gui.pipeline_fixtures import make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("choose_mine", [True, False])
def test_a_colleagues_newer_amount_is_shown_beside_mine(qtbot, store, choose_mine):
    data = seed_pipeline(store)
    deal = data.deals[1]
    page = PipelinePage(make_context(store, data.people["李娜"]))
    qtbot.addWidget(page)
    wait_board(qtbot, page)
    page.deal_actions.open_detail(deal)
    dlg = page.deal_actions.detail
    shown = read_deal_detail(store, deal).amount
    other = open_store(store.url.render_as_string(hide_password=False), lock=False,
                       migrate=False)
    try:  # a colleague's laptop raises the amount meanwhile
        update_deal(other, deal, base={"amount": shown}, amount=Decimal("300000"))
    finally:
        other.close()
    refused: list[str] = []
    page.ctx.events.refused.connect(lambda _a, r: refused.append(r))
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen.extend([[box.model.index(r, c).data() for c in range(3)]
                     for r in range(box.model.rowCount())])
        (box.save if choose_mine else box.keep).click()

    QTimer.singleShot(0, answer)
    dlg.amount.setText("28万")
    dlg.amount.editingFinished.emit()
    assert seen == [["Amount (¥)", "¥280,000.00", "¥300,000.00"]]
    assert refused == []
    want = Decimal("280000.00") if choose_mine else Decimal("300000.00")
    assert read_deal_detail(store, deal).amount == want
    assert dlg.amount.text() == f"{want:,.2f}"  # the dialog shows what is stored


def test_a_card_a_colleague_moved_meanwhile_is_not_dragged_back(qtbot, store):
    from PySide6.QtCore import QModelIndex, Qt

    from gui.pipeline.deal_mime import encode_deal_ids
    from services.pipeline.deals import move_deals
    from tests.gui.pipeline_fixtures import column_ids

    data = seed_pipeline(store)
    s0, s1, s2 = data.stage_ids[0], data.stage_ids[1], data.stage_ids[2]
    page = PipelinePage(make_context(store, data.people["张伟"]))
    qtbot.addWidget(page)
    page.resize(1600, 700)
    wait_board(qtbot, page)
    deal = column_ids(page, s0)[0]
    other = open_store(store.url.render_as_string(hide_password=False), lock=False,
                       migrate=False)
    try:  # a colleague moves it on while this board still shows it in the first column
        move_deals(other, [deal], s2, None)
    finally:
        other.close()
    refused: list[str] = []
    page.ctx.events.refused.connect(lambda _a, r: refused.append(r))
    model = page.board.columns[s1].model
    model.dropMimeData(encode_deal_ids([deal]), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert refused and "Someone else" in refused[0]  # told, not silently overwritten
    assert read_deal_detail(store, deal).stage_id == s2  # their move stands
    qtbot.waitUntil(lambda: deal in column_ids(page, s2), timeout=10_000)  # shown where it is
    assert deal not in column_ids(page, s0) and page.ctx.undo_stack.count() == 0
