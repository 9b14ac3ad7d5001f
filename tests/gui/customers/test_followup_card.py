"""The card's follow-ups as a user meets them: a readable timeline, the booked next follow-up
kept (or cancelled on purpose), and "who followed up" asked once when nobody said who they are.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customers_page import CustomersPage
from gui.customers.followup_table_view import CONTENT_MIN_CHARS
from gui.customers.followups_model import FollowUpsModel
from models.customers import Customer, FollowUp
from services.customers import edit
from services.org.people import create_person, create_unit

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")

BOOKED = date.today() + timedelta(days=7)
LONG = ("上门拜访，确认需求：客户希望在三月底前完成ERP升级的方案评审，并要求提供两家同行业案例，"
        "采购部下周给出预算范围。")


@pytest.fixture
def firm(store):
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    li = create_person(store, "李强", unit, active_from=date(2024, 1, 1)).value
    cid = edit.create_customer(store, edit.NewCustomer(
        name="上海星海科技有限公司", owner_id=wang)).value
    edit.add_followup(store, cid, {
        "at": datetime.now(UTC) - timedelta(days=3), "method": "visit", "content": LONG,
        "next_step": "发送报价单和案例材料给采购部", "next_on": BOOKED, "person_id": wang})
    return store, wang, li, cid


def _page(qtbot, store, me):
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner,
                     current_person_id=me)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280 - 220, 740)  # the Customers page in a 1280×800 window
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    return page, runner


@pytest.fixture
def page(qtbot, firm):
    store, wang, _li, cid = firm
    page, runner = _page(qtbot, store, wang)
    page.show_item("customer", cid)
    yield page
    runner.wait()


@pytest.fixture
def stranger_page(qtbot, firm):
    """The page on a computer where nobody chose "I am" yet."""
    store, _wang, _li, cid = firm
    page, runner = _page(qtbot, store, None)
    page.show_item("customer", cid)
    yield page
    runner.wait()


def _next_on(store, cid):
    with store.read() as uow:
        return uow.session.get(Customer, cid).next_followup_on


def test_timeline_content_column_is_readable(qtbot, page):
    page.card.tabs.setCurrentWidget(page.card.lists.followups_tab)
    view = page.card.lists.followups_view
    qtbot.waitUntil(lambda: view.isVisible(), timeout=20_000)
    header = view.horizontalHeader()
    content = FollowUpsModel.CONTENT
    assert view.model().headerData(content, header.orientation()) == "Content"
    width = header.sectionSize(content)
    assert width >= view.fontMetrics().horizontalAdvance("中" * CONTENT_MIN_CHARS)
    assert width >= header.sectionSizeHint(content)  # the header reads "Content", not "onte"
    # The content takes the width the other columns leave (it is the widest).
    assert width == max(header.sectionSize(c) for c in range(header.count()))
    # Wrapped in lines of many characters: the row is a few lines high, not one per character.
    lines = view.rowHeight(0) / view.fontMetrics().lineSpacing()
    assert lines < len(LONG) / 8
    # A narrower card scrolls sideways rather than squeeze the content.
    list_width, card_width = page.splitter.sizes()
    page.splitter.setSizes([list_width + card_width - 300, 300])  # the card dragged narrow
    qtbot.wait(100)  # the card's views laid out at their new width (or at its narrowest)
    assert header.sectionSize(content) >= view.fontMetrics().horizontalAdvance(
        "中" * CONTENT_MIN_CHARS)
    assert header.length() <= view.viewport().width() or view.horizontalScrollBar().maximum()


def test_saving_without_touching_the_next_date_keeps_the_booking(qtbot, page, firm):
    store, _wang, _li, cid = firm
    page.add_followup()
    editor = page.card.lists.followup_editor
    assert editor.has_next.isChecked()
    assert editor.next_on.date().toPython() == BOOKED
    editor.content.setPlainText("电话确认会面时间")
    editor.accept()
    assert _next_on(store, cid) == BOOKED
    assert "Next follow-up: " + BOOKED.isoformat() in page.card.summary.text()


def test_unticking_the_booked_date_cancels_it_and_undo_brings_it_back(qtbot, page, firm):
    store, _wang, _li, cid = firm
    page.add_followup()
    editor = page.card.lists.followup_editor
    editor.content.setPlainText("客户取消了会面")
    editor.has_next.setChecked(False)
    editor.accept()
    assert _next_on(store, cid) is None
    page.ctx.undo_stack.undo()
    assert _next_on(store, cid) == BOOKED


def test_who_followed_up_is_asked_once(qtbot, stranger_page, firm):
    store, wang, li, cid = firm
    page = stranger_page
    page.add_followup()
    editor = page.card.lists.followup_editor
    assert editor.person is not None and editor.person.currentData() is None
    assert editor.remember is not None and editor.remember.isChecked()
    editor.content.setPlainText("电话沟通报价")
    editor.accept()  # nobody chosen: refused, and says why
    assert editor.isVisible() and editor.error.isVisible()
    editor.person.setCurrentIndex(editor.person.findData(li))
    editor.accept()
    with store.read() as uow:
        authors = list(uow.session.scalars(select(FollowUp.person_id).where(
            FollowUp.customer_id == cid).order_by(FollowUp.at)))
    assert authors == [wang, li]
    assert page.ctx.current_person_id == li  # remembered as "I am"
    assert page.card.lists.followups_model.row_at(0).person_name == "李强"
    page.add_followup()
    again = page.card.lists.followup_editor
    assert again.person is not None and again.person.currentData() == li
    assert again.remember is None  # asked once
