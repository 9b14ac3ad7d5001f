"""Merge dialog: preview side by side, choosing the record to keep, merge and undo via the stack."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.customers.merge_dialog import MergeDialog, open_merge_dialog
from gui.customers.merge_preview_model import MergePreviewModel
from models import Contact, Customer
from tests.unit.customer_rules_fixtures import build_firm, snapshot, utc


@pytest.fixture
def firm(store):
    return build_firm(store)


@pytest.fixture
def ctx(firm, qtbot):
    runner = TaskRunner()
    context = AppContext(firm.store, AppEvents(), QUndoStack(), runner,
                         current_person_id=firm.people["张三"])
    yield context
    runner.wait()


def _pair(firm):
    keep = firm.customer("上海某某科技有限公司", phone="13800138000", tags=("重点",))
    other = firm.customer("上海某某科技股份有限公司", owner="李四", industry="制造业",
                          tags=("老客户",))
    firm.contact(other, "王经理", phone="13900001111")
    firm.followup(other, utc(2026, 2, 10), next_on=date(2026, 2, 20))
    firm.won_deal(other, 80_000, date.today())
    return keep, other


def _cell(dialog: MergeDialog, field: str, column: int) -> str:
    model = dialog.model
    row = next(r for r in range(model.rowCount())
               if model.rows[r].field == field)
    return model.data(model.index(row, column))


def test_preview_shows_each_record_and_the_result(qtbot, ctx, firm, qtmodeltester) -> None:
    keep, other = _pair(firm)
    dialog = MergeDialog(ctx, [keep, other])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.columnCount() == 3
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Result"
    assert _cell(dialog, "industry", 0) == "" and _cell(dialog, "industry", 2) == "制造业"
    assert _cell(dialog, "owner_id", 2) == "张三"
    assert _cell(dialog, "tags", 2) == "重点,老客户"
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].field == "industry")
    assert model.data(model.index(row, 1), MergePreviewModel.SourceRole) is True
    text = dialog.counts.text()
    assert "1 contact" in text and "1 follow-up" in text and "1 deal" in text
    # Choosing the other record to keep flips the result.
    dialog.keep_combo.setCurrentIndex(1)
    assert dialog.keep_id == other
    assert _cell(dialog, "owner_id", 2) == "李四"
    assert _cell(dialog, "phone", 2) == "13800138000"


def test_merge_then_undo_and_redo_through_the_stack(qtbot, ctx, firm) -> None:
    keep, other = _pair(firm)
    before = snapshot(firm.store)
    dialog = MergeDialog(ctx, [keep, other])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ctx.events.changed) as sig:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert set(sig.args[0].ids("customers")) == {keep, other}
    assert ctx.undo_stack.count() == 1 and "上海某某科技有限公司" in ctx.undo_stack.undoText()
    with firm.store.read() as uow:
        assert uow.session.get(Customer, other).merged_into_id == keep
        assert set(uow.session.scalars(select(Contact.customer_id))) == {keep}
    ctx.undo_stack.undo()
    assert snapshot(firm.store) == before
    ctx.undo_stack.redo()
    with firm.store.read() as uow:
        assert uow.session.get(Customer, other).deleted_at is not None
        assert uow.session.get(Customer, keep).industry == "制造业"
    ctx.undo_stack.undo()
    assert snapshot(firm.store) == before


def test_open_merge_dialog_needs_two_customers(qtbot, ctx, firm, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_info", classmethod(lambda cls, p, t, x: shown.append(x)))
    assert open_merge_dialog(ctx, None, [firm.customer("甲")]) is False
    assert shown == ["Select at least two customers to merge."]


def test_a_record_deleted_meanwhile_is_reported_not_merged(qtbot, ctx, firm, monkeypatch) -> None:
    keep, other = _pair(firm)
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error",
                        classmethod(lambda cls, p, t, x, d="": errors.append(x)))
    dialog = MergeDialog(ctx, [keep, other])
    qtbot.addWidget(dialog)
    from services.customers import edit as customer_edit

    customer_edit.delete_customers(firm.store, [other])
    before = snapshot(firm.store)
    dialog.accept()
    assert errors and "does not exist" in errors[0]
    assert ctx.undo_stack.count() == 0
    assert snapshot(firm.store) == before
