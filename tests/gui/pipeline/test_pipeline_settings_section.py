"""Settings → Pipelines: edits are undo commands, refusals are shown, models pass the tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from services.pipeline import deals as pl
from services.pipeline import settings as ps
from tests.unit.pipeline_fixtures import World, build_world

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _ctx(store):
    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner

    return AppContext(store, AppEvents(), QUndoStack(), TaskRunner())


@pytest.fixture
def world(store) -> World:
    return build_world(store)


@pytest.fixture
def section(qtbot, world):
    from gui.pipeline.settings_section import PipelineSettingsSection

    ctx = _ctx(world.store)
    w = PipelineSettingsSection(ctx)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    yield w
    ctx.tasks.wait()


def _stage_names(section):
    m = section.stages_model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _db_stage_names(world):
    return [s.name for s in next(p for p in pl.list_pipelines(world.store)
                                 if p.id == world.pipeline_id).stages]


def _select_stage(section, name):
    row = _stage_names(section).index(name)
    section.stages_view.setCurrentIndex(section.stages_model.index(row, 0))


def test_models_pass_qtmodeltester(qtmodeltester, section):
    qtmodeltester.check(section.stages_model)
    qtmodeltester.check(section.pipelines_model)


def test_shows_default_stages(section):
    assert _stage_names(section) == ["线索", "初步沟通", "需求确认", "方案报价", "商务谈判",
                                     "赢单", "输单"]
    m = section.stages_model
    assert m.data(m.index(0, m.PROBABILITY)) == "10 %"
    assert m.data(m.index(0, m.ROT_DAYS)) == "14"
    assert m.data(m.index(5, m.ROT_DAYS)) is None  # won stages never rot
    assert not (m.flags(m.index(5, m.PROBABILITY)) & Qt.ItemFlag.ItemIsEditable)
    assert m.data(m.index(5, m.FOLDED), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_edit_probability_is_undoable_and_emits(qtbot, section, world):
    m = section.stages_model
    with qtbot.waitSignal(section.ctx.events.changed):
        assert m.setData(m.index(3, m.PROBABILITY), 65)
    qtbot.waitUntil(lambda: m.data(m.index(3, m.PROBABILITY)) == "65 %")
    stage = {s.name: s for s in pl.list_pipelines(world.store)[0].stages}["方案报价"]
    assert stage.probability == 65
    section.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: m.data(m.index(3, m.PROBABILITY)) == "60 %")
    section.ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: m.data(m.index(3, m.PROBABILITY)) == "65 %")


def test_rename_fold_and_rot_days(qtbot, section, world):
    m = section.stages_model
    assert m.setData(m.index(0, m.NAME), "意向线索")
    assert m.setData(m.index(0, m.ROT_DAYS), 0)  # 0 = never rots
    assert m.setData(m.index(0, m.FOLDED), Qt.CheckState.Checked.value,
                     Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: _stage_names(section)[0] == "意向线索")
    first = pl.list_pipelines(world.store)[0].stages[0]
    assert (first.name, first.rot_days, first.folded) == ("意向线索", None, True)
    assert section.ctx.undo_stack.count() == 3
    for _ in range(3):
        section.ctx.undo_stack.undo()
    first = pl.list_pipelines(world.store)[0].stages[0]
    assert (first.name, first.rot_days, first.folded) == ("线索", 14, False)


def test_bad_probability_is_refused_with_message(qtbot, section, world):
    m = section.stages_model
    assert not m.setData(m.index(0, m.PROBABILITY), 150)
    assert section.error.isVisible()
    assert "0" in section.error.text() and "100" in section.error.text()
    assert section.ctx.undo_stack.count() == 0
    assert pl.list_pipelines(world.store)[0].stages[0].probability == 10


def test_delete_stage_with_deals_refused_naming_count(qtbot, section, world):
    world.deal("甲", "需求确认")
    world.deal("乙", "需求确认")
    _select_stage(section, "需求确认")
    section.delete_stage()
    assert section.error.isVisible()
    assert "需求确认" in section.error.text() and "2" in section.error.text()
    assert "需求确认" in _db_stage_names(world)
    assert section.ctx.undo_stack.count() == 0


def test_add_move_delete_stage_with_undo(qtbot, section, world):
    section.add_stage()
    qtbot.waitUntil(lambda: "New stage" in _stage_names(section))
    assert _db_stage_names(world)[5] == "New stage"
    section.ctx.undo_stack.undo()  # close the name editor's effect: undo the add
    qtbot.waitUntil(lambda: "New stage" not in _stage_names(section))
    _select_stage(section, "初步沟通")
    section.move_stage(-1)
    qtbot.waitUntil(lambda: _stage_names(section)[:2] == ["初步沟通", "线索"])
    assert section.current_stage().name == "初步沟通"  # selection follows the stage
    section.activateWindow()
    section.stages_view.setFocus()
    qtbot.waitUntil(section.stages_view.hasFocus)
    qtbot.keyClick(section.stages_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stage_names(section)[:2] == ["线索", "初步沟通"])
    section.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: _db_stage_names(world)[:2] == ["初步沟通", "线索"])
    sid = ps.add_stage(world.store, world.pipeline_id, "临时").value
    section.reload()
    _select_stage(section, "临时")
    section.delete_stage()
    qtbot.waitUntil(lambda: "临时" not in _stage_names(section))
    section.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "临时" in _stage_names(section))
    assert sid in [s.id for s in pl.list_pipelines(world.store)[0].stages]


def test_pipelines_add_rename_delete(qtbot, section, world):
    section.add_pipeline()
    names = [p.name for p in pl.list_pipelines(world.store)]
    assert names == ["新客户", "New pipeline"]
    new_row = section.pipelines_model.row_of(pl.list_pipelines(world.store)[1].id)
    assert section.pipelines_view.currentIndex().row() == new_row
    assert _stage_names(section)[0] == "线索"  # created with the default stages
    pm = section.pipelines_model
    assert pm.setData(pm.index(new_row), "老客户续约")
    qtbot.waitUntil(lambda: pm.data(pm.index(new_row)) == "老客户续约")
    assert not pm.setData(pm.index(new_row), "新客户")  # duplicate refused
    assert section.error.isVisible()
    section.pipelines_view.setCurrentIndex(pm.index(new_row))
    section.delete_pipeline()
    qtbot.waitUntil(lambda: pm.rowCount() == 1)
    section.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: pm.rowCount() == 2)
    assert [p.name for p in pl.list_pipelines(world.store)] == ["新客户", "老客户续约"]


def test_lost_reasons_edit_remove_reorder_undo(qtbot, section, world):
    before = [r.name for r in pl.list_lost_reasons(world.store)]
    lm = section.lost_model
    assert lm.setData(lm.index(0), "价格高于预算")
    qtbot.waitUntil(lambda: [r.name for r in pl.list_lost_reasons(world.store)][0]
                    == "价格高于预算")
    section.lost_view.setCurrentIndex(lm.index(1))
    section.remove_lost_reason()
    assert len(pl.list_lost_reasons(world.store)) == len(before) - 1
    qtbot.waitUntil(lambda: lm.rowCount() == len(before) - 1)
    section.lost_view.setCurrentIndex(lm.index(0))
    section.move_lost_reason(1)
    assert [r.name for r in pl.list_lost_reasons(world.store)][1] == "价格高于预算"
    for _ in range(3):
        section.ctx.undo_stack.undo()
    assert [r.name for r in pl.list_lost_reasons(world.store)] == before
    qtbot.waitUntil(lambda: lm.stringList() == before)


def test_forecast_bands_apply_refuse_and_undo(qtbot, section, world):
    section.commit_spin.setValue(90)
    with qtbot.waitSignal(section.ctx.events.changed):
        section.apply_bands()
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(90, 50)
    section.best_spin.setValue(95)
    section.apply_bands()
    assert section.error.isVisible()
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(90, 50)
    qtbot.waitUntil(lambda: section.best_spin.value() == 50)
    section.ctx.undo_stack.undo()
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(80, 50)
    qtbot.waitUntil(lambda: section.commit_spin.value() == 80)


def test_reloads_when_another_view_changes_pipelines(qtbot, section, world):
    op = ps.rename_stage(world.store, world.stages["线索"], "新线索")
    section.ctx.events.changed.emit(op.changes, object())
    qtbot.waitUntil(lambda: _stage_names(section)[0] == "新线索")


def test_history_column_and_use_suggested_probability(qtbot, world):
    from datetime import timedelta

    from gui.pipeline.settings_section import PipelineSettingsSection
    from models.base import utcnow

    start = utcnow() - timedelta(days=20)
    for i in range(12):
        d = world.deal(f"报价{i}", "方案报价", at=start)
        if i < 9:
            world.move(d, "赢单", start + timedelta(days=5))
        elif i < 11:
            world.move(d, "输单", start + timedelta(days=5))
    ctx = _ctx(world.store)
    section = PipelineSettingsSection(ctx)
    qtbot.addWidget(section)
    m = section.stages_model
    quote = _stage_names(section).index("方案报价")
    qtbot.waitUntil(lambda: m.data(m.index(quote, m.HISTORY)) == "82 %")  # 9 of 11 closed won
    assert "11" in m.data(m.index(quote, m.HISTORY), Qt.ItemDataRole.ToolTipRole)
    _select_stage(section, "方案报价")
    assert section.suggest_button.isEnabled()
    section.use_suggestion()
    assert {s.name: s.probability for s in pl.list_pipelines(world.store)[0].stages}[
        "方案报价"] == 82
    ctx.undo_stack.undo()
    assert {s.name: s.probability for s in pl.list_pipelines(world.store)[0].stages}[
        "方案报价"] == 60
    ctx.tasks.wait()
