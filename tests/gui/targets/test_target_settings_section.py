"""Settings → Targets: the capacity tiers' loads and ramps, saved as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.settings import sections
from gui.targets.settings_section import TargetSettingsSection
from services.targets import ops
from services.targets.ramp import ramps


@pytest.fixture
def section(store, qtbot):
    runner = TaskRunner()
    ctx = AppContext(store, AppEvents(), QUndoStack(), runner)
    widget = TargetSettingsSection(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.is_loading())
    yield widget
    runner.wait()


def test_defaults_shown_saved_and_undone(qtbot, section, store):
    assert "gui.targets.settings_section:TargetSettingsSection" in sections.SECTIONS
    assert section.ramps["novice"].text() == "30, 60, 100"
    assert section.ramps["senior"].text() == ""
    assert section.loads["novice"].text() == "0.6"
    section.ramps["novice"].setText("20，50，80，100")  # full-width commas read too
    section.loads["senior"].setText("1.5")
    assert section.save()
    assert ramps(store)["novice"] == (20, 50, 80, 100)
    assert float(ops.capacity_loads(store)["senior"]) == 1.5
    section.ctx.undo_stack.undo()
    assert ramps(store)["novice"] == (30, 60, 100)
    assert float(ops.capacity_loads(store)["senior"]) == 1.3
    qtbot.waitUntil(lambda: section.ramps["novice"].text() == "30, 60, 100")


def test_a_bad_ramp_is_refused_in_words(section, store):
    section.ramps["novice"].setText("30, 160")
    assert not section.save()
    assert "100" in section.error.text()
    assert ramps(store)["novice"] == (30, 60, 100)
