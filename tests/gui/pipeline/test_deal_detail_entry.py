"""The deal detail as a user fills it in: a deal without an amount shows a blank amount (not
0.00) and stays without one when saved blank; logging a follow-up before anyone chose "I am"
asks who followed up, like the customer card, and remembers the answer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gui.pipeline.pipeline_page import PipelinePage
from services.pipeline.deals import create_deal
from services.pipeline.details import read_deal_detail
from tests.gui.pipeline_fixtures import make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


def _page(qtbot, store, person_id=None):
    page = PipelinePage(make_context(store, person_id))
    qtbot.addWidget(page)
    wait_board(qtbot, page)
    return page


def test_a_deal_without_amount_shows_blank_and_saving_blank_keeps_no_amount(qtbot, store, data):
    bare = create_deal(store, name="无金额线索", pipeline_id=data.pipeline_id,
                       customer_id=data.customers[0]).value
    page = _page(qtbot, store, data.people["李娜"])
    page.deal_actions.open_detail(bare)
    dlg = page.deal_actions.detail
    assert dlg.amount.text() == ""
    assert dlg.amount.placeholderText()  # says "not set" instead of a number
    dlg.amount.editingFinished.emit()  # left blank: nothing to save
    assert page.ctx.undo_stack.count() == 0
    dlg.amount.setText("12万")
    dlg.amount.editingFinished.emit()
    assert read_deal_detail(store, bare).amount == Decimal("120000.00")
    assert dlg.amount.text() == "120,000.00"
    dlg.amount.setText("")
    dlg.amount.editingFinished.emit()  # cleared: back to "no amount"
    assert read_deal_detail(store, bare).amount == Decimal(0)
    assert dlg.amount.text() == ""
    page.ctx.undo_stack.undo()
    assert read_deal_detail(store, bare).amount == Decimal("120000.00")


def test_an_amount_that_is_not_a_number_is_refused_and_the_stored_one_shown(qtbot, store, data,
                                                                              monkeypatch):
    from gui.common.messages import Messages

    errors = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    page = _page(qtbot, store, data.people["李娜"])
    page.deal_actions.open_detail(data.deals[1])
    dlg = page.deal_actions.detail
    dlg.amount.setText("二十万左右")
    dlg.amount.editingFinished.emit()
    assert errors and dlg.amount.text() == "260,000.00"
    assert read_deal_detail(store, data.deals[1]).amount == Decimal("260000.00")


def test_follow_up_from_the_detail_asks_who_when_i_am_is_not_set(qtbot, store, data):
    li = data.people["李娜"]
    page = _page(qtbot, store)  # nobody has said who uses this computer
    page.deal_actions.open_detail(data.deals[5])
    dlg = page.deal_actions.detail
    seen: dict[str, object] = {}

    def fill_in() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, QDialog) and editor.person is not None
        seen["asked"] = editor.person.currentData() is None and editor.remember.isChecked()
        editor.content.setPlainText("电话确认预算已批")
        editor.accept()  # nobody chosen yet: refused, says why, stays open
        seen["refused"] = editor.isVisible() and editor.error.isVisible()
        editor.person.setCurrentIndex(editor.person.findData(li))
        editor.accept()

    QTimer.singleShot(0, fill_in)
    dlg.log_button.click()
    assert seen == {"asked": True, "refused": True}
    followups = read_deal_detail(store, data.deals[5]).followups
    assert [(f.content, f.person_name) for f in followups][:1] == [("电话确认预算已批", "李娜")]
    assert page.ctx.current_person_id == li  # remembered as "I am": asked once

    def check_preset() -> None:
        editor = QApplication.activeModalWidget()
        seen["preset"] = editor.person.currentData() == li and editor.remember is None
        editor.reject()

    QTimer.singleShot(0, check_preset)
    dlg.log_button.click()
    assert seen["preset"] is True
