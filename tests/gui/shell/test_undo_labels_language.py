"""Edit ▸ Undo / Redo speak the current language, not the one the action was done in.

An action done in Chinese, then Language ▸ English: the undo stack's texts and the Edit menu's
Undo/Redo actions read English — and Chinese again after switching back. The commands hold
translatable labels (``LazyText``), never a page, so this survives the pages being rebuilt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gui.common.i18n import install_translators
from gui.common.lazy_text import LazyText
from gui.common.undo import push_macro
from gui.pipeline.deal_mime import encode_deal_ids
from services.core.changes import call
from tests.gui.pipeline_fixtures import seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SECTION = "gui.pipeline.settings_section:PipelineSettingsSection"


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _loaded_pipeline(qtbot, window):
    page = window.show_page("pipeline")
    page.resize(1600, 800)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    return page


def _edit_texts(window) -> tuple[str, str]:
    return window.menus.actions["undo"].text(), window.menus.actions["redo"].text()


def test_undo_label_of_a_kanban_move_follows_the_language(qtbot, store):
    data = seed_pipeline(store)
    window = make_window(qtbot, store, "zh_CN")
    stack = window.ctx.undo_stack
    page = _loaded_pipeline(qtbot, window)
    target = next(s for s in page.stages if s.id == data.stage_ids[2])

    # The user drags a card to another stage, in Chinese.
    model = page.board.columns[target.id].model
    assert model.dropMimeData(encode_deal_ids([data.deals[0]]), Qt.DropAction.MoveAction, -1, 0,
                              QModelIndex()) is False
    chinese = f"将 1 个商机移至{target.name}"
    assert stack.undoText() == chinese
    assert _edit_texts(window)[0] == f"撤销(&U) {chinese}"

    window.menus.actions["lang_en"].trigger()  # Language ▸ English: every page rebuilt

    english = f"Move 1 deal to {target.name}"  # the stage's name is data: it stays as typed
    assert stack.undoText() == english
    assert _edit_texts(window)[0] == f"&Undo {english}"

    window.menus.actions["undo"].trigger()
    assert stack.redoText() == english
    assert _edit_texts(window)[1] == f"&Redo {english}"

    window.menus.actions["lang_zh_CN"].trigger()  # and back

    assert stack.redoText() == chinese
    assert _edit_texts(window)[1] == f"重做(&R) {chinese}"
    window.menus.actions["redo"].trigger()
    assert stack.undoText() == chinese


def test_every_command_on_the_stack_is_reworded_not_only_the_top(qtbot, store):
    seed_pipeline(store)
    window = make_window(qtbot, store, "zh_CN")
    stack = window.ctx.undo_stack
    section = window.show_page("settings").show_section(SECTION)
    section.add_stage()  # "Add stage" in the pipeline settings, done in Chinese
    section.commit_spin.setValue(90)
    section.apply_bands()  # "Change forecast categories"
    assert [stack.text(i) for i in range(stack.count())] == ["添加阶段", "修改预测分类"]

    window.set_language("en")

    assert [stack.text(i) for i in range(stack.count())] == [
        "Add stage", "Change forecast categories"]
    stack.undo()
    stack.undo()
    assert _edit_texts(window) == ("&Undo", "&Redo Add stage")


def test_a_macro_is_reworded_from_its_steps(qtbot, store):
    from services.pipeline.settings import rename_pipeline

    data = seed_pipeline(store)
    window = make_window(qtbot, store, "zh_CN")
    ctx = window.ctx
    label = LazyText.translate("PipelineSettingsSection", "Rename pipeline")
    done = push_macro(ctx.undo_stack, ctx.store, ctx.events, label, [
        call(rename_pipeline, data.pipeline_id, "新客户"),
        call(rename_pipeline, data.pipeline_id, "老客户续约")])
    assert len(done) == 2 and ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "重命名销售流程"

    window.set_language("en")

    assert ctx.undo_stack.undoText() == "Rename pipeline"
    assert _edit_texts(window)[0] == "&Undo Rename pipeline"


def test_lazy_text_translates_when_shown_with_its_count_and_arguments(qtbot):
    app = QApplication.instance()
    text = LazyText.translate("DealActions", "Move %n deal(s) to %1").plural(2).arg("赢单 %2")
    install_translators(app, "zh_CN")
    assert text.text() == "将 2 个商机移至赢单 %2"  # an argument's own "%2" is left alone
    install_translators(app, "en")
    assert str(text) == "Move 2 deals to 赢单 %2"
    nested = LazyText.translate("TargetActions", "Split to children (%1)").arg(
        LazyText("TargetsText", "Even split"))
    assert nested.text() == "Split to children (Even split)"
    install_translators(app, "zh_CN")
    assert nested.text() == "分解到下级（平均分配）"
