"""The deal detail's undo commands on a real store: applied ids, undo/redo, refusals dropped."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtGui import QUndoStack

from gui.pipeline.add_followup_command import AddFollowUpCommand
from gui.pipeline.create_deal_command import CreateDealCommand
from gui.pipeline.edit_deal_command import EditDealCommand
from services.pipeline.details import read_deal_detail
from tests.gui.pipeline_fixtures import seed_pipeline


def test_edit_applies_undoes_and_reports_the_deal(qtbot, store):
    data = seed_pipeline(store)
    deal = data.deals[0]
    before = read_deal_detail(store, deal).amount
    applied: list[str] = []
    stack = QUndoStack()
    stack.push(EditDealCommand(store, deal, {"amount": Decimal("12345.60")}, "edit",
                               on_applied=applied.append))
    assert read_deal_detail(store, deal).amount == Decimal("12345.60")
    stack.undo()
    assert read_deal_detail(store, deal).amount == before
    assert applied == [deal, deal] and stack.count() == 1


def test_refused_edit_is_reported_and_never_reaches_the_stack(qtbot, store):
    data = seed_pipeline(store)
    failed: list[Exception] = []
    stack = QUndoStack()
    cmd = EditDealCommand(store, data.deals[0], {"name": "   "}, "edit",
                          on_failed=failed.append, on_applied=lambda _i: None)
    stack.push(cmd)
    assert cmd.failed is not None and failed == [cmd.failed]
    assert stack.count() == 0


def test_create_and_followup_commands_redo_the_same_records(qtbot, store):
    data = seed_pipeline(store)
    applied: list[str] = []
    stack = QUndoStack()
    create = CreateDealCommand(store, {"name": "新建 试点项目", "pipeline_id": data.pipeline_id,
                                       "customer_id": data.customers[0]}, "create",
                               on_applied=applied.append)
    stack.push(create)
    deal = create.deal_id
    assert deal is not None and read_deal_detail(store, deal).name == "新建 试点项目"
    stack.undo()
    stack.redo()
    assert create.deal_id == deal and applied == [deal] * 3
    follow = AddFollowUpCommand(store, data.customers[0],
                                {"at": datetime.now(UTC), "method": "call", "content": "电话沟通"},
                                "follow-up", on_applied=applied.append)
    stack.push(follow)
    first = follow.followup_id
    stack.undo()
    stack.redo()
    assert follow.followup_id == first is not None
    assert applied[3:] == [data.customers[0]] * 3
