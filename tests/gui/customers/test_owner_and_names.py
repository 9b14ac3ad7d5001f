"""Owners shown the same way everywhere (never a blank 负责人), the New customer dialog without a
shared pool, and names trimmed when edited on the card.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select, update

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customer_table_model import COLUMNS
from gui.customers.customers_page import CustomersPage
from models.customers import Customer
from services.customers import edit
from services.customers.stale import StaleRules, save_stale_rules
from services.org.people import create_person, create_unit

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def firm(store):
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    ids = {
        "owned": edit.create_customer(store, edit.NewCustomer(name="甲公司", owner_id=wang)).value,
        "unassigned": edit.create_customer(store, edit.NewCustomer(name="乙公司")).value,
        "pool": edit.create_customer(store, edit.NewCustomer(name="丙公司")).value,
    }
    with store.write() as uow:  # released to the pool when the firm still used one
        uow.session.execute(update(Customer).where(Customer.id == ids["pool"])
                            .values(in_pool=True))
        uow.commit()
    return store, wang, ids


def _page(qtbot, store, me):
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner,
                     current_person_id=me)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    return page, runner


@pytest.fixture
def page(qtbot, firm):
    store, wang, _ids = firm
    page, runner = _page(qtbot, store, wang)
    yield page
    runner.wait()


def test_owner_column_and_card_never_blank(qtbot, page, firm):
    _store, _wang, ids = firm
    model, col = page.model, COLUMNS.index("owner")
    shown = {model.row_at(r).id: model.index(r, col).data() for r in range(model.rowCount())}
    assert shown == {ids["owned"]: "王芳", ids["pool"]: "Shared pool",
                     ids["unassigned"]: "(no owner)"}
    page.show_item("customer", ids["unassigned"])
    assert "Owner: (no owner)" in page.card.summary.text()
    assert page.card.owner.itemText(0) == "(no owner)"
    page.show_item("customer", ids["pool"])
    assert "Owner: Shared pool" in page.card.summary.text()
    assert page.card.owner.itemText(0) == "(nobody — shared pool)"


@pytest.mark.parametrize("pool_on", [False, True])
def test_new_customer_dialog_offers_the_pool_only_when_there_is_one(qtbot, firm, pool_on):
    store, _wang, _ids = firm
    save_stale_rules(store, StaleRules(pool_enabled=pool_on))
    page, runner = _page(qtbot, store, None)  # nobody chose "I am": the first entry is shown
    page.actions_.new_customer()
    dialog = page.actions_.new_dialog
    assert dialog is not None
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert dialog.owner.currentIndex() == 0 and dialog.owner.currentData() is None
    assert owners[0] == ("(nobody — shared pool)" if pool_on else "(no owner yet)")
    assert any("pool" in o for o in owners) == pool_on
    dialog.reject()
    runner.wait()


def test_a_name_edited_with_spaces_is_stored_trimmed(qtbot, page, firm):
    store, _wang, ids = firm
    page.show_item("customer", ids["owned"])
    line = page.card.edits["name"]
    line.setText("\u3000 甲公司（新） ")
    line.editingFinished.emit()
    with store.read() as uow:
        assert uow.session.scalar(select(Customer.name).where(
            Customer.id == ids["owned"])) == "甲公司（新）"
    row = page.model.view_row_of(ids["owned"])
    assert page.model.row_at(row).name == "甲公司（新）"
