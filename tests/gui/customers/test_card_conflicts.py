"""The customer card when someone else saved the same field after it was shown: the card asks
with both values (no error box), and saves the user's value or keeps theirs as chosen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common.conflict_dialog import ConflictDialog
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customers_page import CustomersPage
from services.customers import edit
from services.customers.queries import load_customer_card
from services.setup import open_store

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def page(qtbot, store):
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    widget = CustomersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=30_000)
    yield widget
    runner.wait()


def _customer(store) -> str:  # noqa: ANN001
    return edit.create_customer(store, edit.NewCustomer(
        name="上海星河贸易", phone="021-5555 0001")).value


def _colleague_saves(store, cid: str, phone: str) -> None:  # noqa: ANN001
    """A colleague's laptop saves the phone (its own connection to the database)."""
    other = open_store(store.url.render_as_string(hide_password=False), lock=False,
                       migrate=False)
    try:
        edit.update_customer(other, cid, {"phone": phone}, {"phone": "021-5555 0001"})
    finally:
        other.close()


def _answer(qtbot, choose_mine: bool, seen: list[list[str]]) -> None:
    """When the dialog opens: read its rows, then press one of its two buttons."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, act)
            return
        model = dialog.model
        seen.extend([[model.index(r, c).data() for c in range(3)]
                     for r in range(model.rowCount())])
        (dialog.save if choose_mine else dialog.keep).click()
    QTimer.singleShot(0, act)


@pytest.mark.parametrize("choose_mine", [True, False])
def test_the_card_shows_both_values_and_saves_what_the_user_chooses(qtbot, page, store,
                                                                    choose_mine):
    cid = _customer(store)
    page.show_item("customer", cid)
    refused: list[tuple[str, str]] = []
    page.ctx.events.refused.connect(lambda a, r: refused.append((a, r)))
    _colleague_saves(store, cid, "021-6666 0002")
    seen: list[list[str]] = []
    _answer(qtbot, choose_mine, seen)
    phone = page.card.edits["phone"]
    phone.setText("138 0000 0003")
    phone.editingFinished.emit()
    assert seen == [["Phone", "138 0000 0003", "021-6666 0002"]]
    assert refused == []  # the card asked; no "cannot do" box on top
    stored = load_customer_card(store, cid).phone
    assert stored == ("138 0000 0003" if choose_mine else "021-6666 0002")
    assert phone.text() == stored  # the card shows what is stored now
    assert page.ctx.undo_stack.count() == (1 if choose_mine else 0)
    if choose_mine:  # the save over theirs is one undo step, back to their value
        page.ctx.undo_stack.undo()
        assert load_customer_card(store, cid).phone == "021-6666 0002"


def test_undo_after_a_colleague_changed_the_field_says_so_and_keeps_theirs(qtbot, page,
                                                                           store):
    cid = _customer(store)
    page.show_item("customer", cid)
    page.card.edits["phone"].setText("1")
    page.card.edits["phone"].editingFinished.emit()
    other = open_store(store.url.render_as_string(hide_password=False), lock=False,
                       migrate=False)
    try:
        edit.update_customer(other, cid, {"phone": "2"}, {"phone": "1"})
    finally:
        other.close()
    refused: list[tuple[str, str]] = []
    page.ctx.events.refused.connect(lambda a, r: refused.append((a, r)))
    page.ctx.undo_stack.undo()
    assert len(refused) == 1 and "Someone else saved a different value" in refused[0][1]
    assert load_customer_card(store, cid).phone == "2"
