"""The leaving dialog: what the person owns, the two ways to hand over, one undo step."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.org import leaving_error_texts
from gui.org.leaving_dialog import LeavingDialog
from models import Customer, Person
from tests.unit.org.test_leaving import _snapshot, _team

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def team(store):
    return _team(store)


@pytest.fixture
def ctx(store, team, qtbot):
    runner = TaskRunner()
    context = AppContext(store, AppEvents(), QUndoStack(), runner)
    yield context
    runner.wait()


def _owners(store) -> dict[str, str | None]:
    with store.read() as uow:
        return dict(uow.session.execute(select(Customer.name, Customer.owner_id)).all())


def test_split_among_the_team_is_preselected_and_one_undo_step(qtbot, ctx, team, store):
    before = _snapshot(store)
    dialog = LeavingDialog(ctx, team.people["张三"])
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 5, 31))
    assert dialog.count_labels["customers"].text() == "5"
    assert dialog.count_labels["deals"].text() == "5"
    assert dialog.count_labels["reports"].text() == "1"
    assert dialog.split_radio.isChecked()
    names = {team.people[n]: n for n in team.people}
    assert [names[p] for p in dialog.checked_team()] == ["李四", "王五", "王经理", "赵六"]
    for row in range(dialog.team_model.rowCount()):  # keep 李四 and 王五 only
        item = dialog.team_model.item(row)
        if names[item.data(Qt.ItemDataRole.UserRole)] not in ("李四", "王五"):
            item.setCheckState(Qt.CheckState.Unchecked)
    assert "Each person gets 2–3 customers, 2–3 deals" in dialog.share.text()
    wang_wu = next(r for r in range(dialog.team_model.rowCount())
                   if names[dialog.team_model.item(r).data(Qt.ItemDataRole.UserRole)] == "王五")
    dialog.team_model.item(wang_wu).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.share.text() == "李四 gets 5 customers, 5 deals."  # one receiver: named
    dialog.team_model.item(wang_wu).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    owners = _owners(store)
    counts = {names[o]: list(owners.values()).count(o) for o in set(owners.values())}
    assert counts == {"李四": 4, "王五": 2}  # 3 + 2, and 李四 had one already
    with store.read() as uow:
        assert uow.session.get(Person, team.people["张三"]).active_to == date(2026, 5, 31)
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "张三 leaves"
    ctx.undo_stack.undo()
    assert _snapshot(store) == before
    ctx.undo_stack.redo()
    assert _owners(store)["客户0"] == team.people["李四"]


def test_hand_over_to_one_person_and_a_refusal_keeps_the_dialog_open(qtbot, ctx, team, store):
    from services.org.leaving import leave

    leave(store, team.people["王五"], on=date(2026, 1, 31), to=team.people["李四"])
    dialog = LeavingDialog(ctx, team.people["张三"])
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 5, 31))
    assert team.people["王五"] not in [dialog.to_combo.itemData(i)
                                     for i in range(dialog.to_combo.count())]
    dialog.one_radio.setChecked(True)
    assert not dialog.team_view.isEnabled() and dialog.to_combo.isEnabled()
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(team.people["李四"]))
    dialog.date_edit.setDate(QDate(2025, 12, 31))  # 王五 has not left yet then: fine
    dialog.date_edit.setDate(QDate(2026, 5, 31))
    ctx.store  # noqa: B018
    # a receiver who left meanwhile is refused in the dialog, nothing changes
    leave(store, team.people["李四"], on=date(2026, 2, 28), to=team.people["王经理"])
    before = _snapshot(store)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "李四 has left and cannot take over" in dialog.error.text()
    assert _snapshot(store) == before and ctx.undo_stack.count() == 0
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(team.people["王经理"]))
    dialog.accept()
    assert set(_owners(store).values()) == {team.people["王经理"]}


def test_every_refusal_of_the_service_is_listed_for_translation():
    tree = ast.parse((ROOT / "services" / "org" / "leaving.py").read_text(encoding="utf-8"))
    raised = {node.exc.args[0].value for node in ast.walk(tree)
              if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
              and getattr(node.exc.func, "id", "") == "LeavingError"}
    assert raised == set(leaving_error_texts.TEMPLATES)


def test_a_manager_who_owns_only_reports_is_not_told_of_zero_customers(qtbot, ctx, team):
    dialog = LeavingDialog(ctx, team.people["王经理"])
    qtbot.addWidget(dialog)
    assert dialog.count_labels["customers"].text() == "0"
    assert dialog.count_labels["reports"].text() == "3"
    dialog.split_radio.setChecked(True)
    assert dialog.share.text() == ""  # nothing to share out: the reports go to the one below
    assert dialog.ok_button.isEnabled()
