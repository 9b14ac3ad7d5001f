"""The deal detail's undoable calls on a real store: changes reported, undo/redo, refusals
dropped, creations redone as the same records."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtGui import QUndoStack

from gui.common.events import AppEvents
from gui.common.undo import push_op
from services.core.changes import call
from services.pipeline.deals import create_deal, update_deal
from services.pipeline.details import read_deal_detail
from services.pipeline.followups import log_deal_followup
from tests.gui.pipeline_fixtures import seed_pipeline


def _recorder(events: AppEvents, kind: str) -> list[str]:
    """The ids of ``kind`` each ``changed`` emission names (one entry per emission)."""
    seen: list[str] = []
    events.changed.connect(lambda changes, _i: seen.extend(sorted(changes.ids(kind) or ())))
    return seen


def test_edit_applies_undoes_and_reports_the_deal(qtbot, store):
    data = seed_pipeline(store)
    deal = data.deals[0]
    before = read_deal_detail(store, deal).amount
    events = AppEvents()
    applied = _recorder(events, "deals")
    stack = QUndoStack()
    push_op(stack, store, events, "edit", call(update_deal, deal, amount=Decimal("12345.60")))
    assert read_deal_detail(store, deal).amount == Decimal("12345.60")
    stack.undo()
    assert read_deal_detail(store, deal).amount == before
    assert applied == [deal, deal] and stack.count() == 1


def test_refused_edit_is_reported_and_never_reaches_the_stack(qtbot, store):
    data = seed_pipeline(store)
    events = AppEvents()
    failed: list[str] = []
    events.refused.connect(lambda _text, why: failed.append(why))
    stack = QUndoStack()
    cmd = push_op(stack, store, events, "edit", call(update_deal, data.deals[0], name="   "))
    assert cmd.failed is not None and failed == [str(cmd.failed)]
    assert stack.count() == 0


def test_create_and_followup_commands_redo_the_same_records(qtbot, store):
    data = seed_pipeline(store)
    events = AppEvents()
    applied = _recorder(events, "deals")
    stack = QUndoStack()
    create = push_op(stack, store, events, "create", call(
        create_deal, name="新建 试点项目", pipeline_id=data.pipeline_id,
        customer_id=data.customers[0]))
    deal = create.value
    assert deal is not None and read_deal_detail(store, deal).name == "新建 试点项目"
    stack.undo()
    stack.redo()
    assert read_deal_detail(store, deal).name == "新建 试点项目"  # the same deal is back
    assert applied == [deal] * 3
    followups = _recorder(events, "followups")
    follow = push_op(stack, store, events, "follow-up", call(
        log_deal_followup, deal,
        {"at": datetime.now(UTC), "method": "call", "content": "电话沟通"}))
    first = follow.value
    stack.undo()
    stack.redo()
    assert first is not None and followups == [first] * 3
    assert [f.id for f in read_deal_detail(store, deal).followups] == [first]
