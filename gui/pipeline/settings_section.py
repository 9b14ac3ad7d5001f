"""Settings → Pipelines (销售流程): pipelines, stages, lost reasons and forecast bands.

Every edit is one :class:`~gui.common.undo.OpCommand` on the window's undo stack
(``ctx.undo_stack``) calling a service in :mod:`services.pipeline.settings` (or
``save_lost_reasons``) whose ``Op`` carries its inverse. The command emits
``ctx.events.changed``; the board and forecast refresh from it, and this section reloads itself
from it too (deferred to the next event-loop turn), whoever made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.theme import ink_css
from gui.common.undo import OpCommand, push_op
from gui.pipeline.settings_pipelines_model import PipelinesModel
from gui.pipeline.settings_stages_model import StagesModel
from services.core.changes import Call, Changes, call
from services.core.errors import ValidationError
from services.pipeline import analytics as pa
from services.pipeline import deals as pl
from services.pipeline import settings as ps

KINDS = ("pipelines", "stages", "lost_reasons")
"""The kinds of record this section shows (plus the forecast-bands setting)."""


class PipelineSettingsSection(QWidget):
    """Pipelines list, stages table, lost-reason list and forecast probability bands."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the settings list."""
        return QCoreApplication.translate("PipelineSettingsSection", "Pipelines")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._pipelines: list[pl.PipelineInfo] = []
        self._lost: list[str] = []
        self._bands = ps.ForecastBands()
        self._select_stage: str | None = None
        self._edit_stage_name = False
        self._current_pipeline: str | None = None
        # A child of the section: a result arriving after the section was deleted (a language
        # switch rebuilds the pages) is dropped instead of reaching a deleted model.
        self._history_load = PageLoad(ctx.tasks, self)
        self._history_load.loaded.connect(self._history_ready)

        self.intro = QLabel(self.tr(
            "Stages, default probabilities and rotting thresholds of each sales pipeline. "
            "Every change can be undone with Ctrl+Z."), self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hintText")
        self.error = QLabel(self)
        self.error.setObjectName("pipelineSettingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ink_css('#b3261e')};")
        self.error.hide()

        self._build_pipelines()
        self._build_stages()
        self._build_lost_reasons()
        self._build_bands()

        top = QHBoxLayout()
        top.addWidget(self.pipelines_box, 1)
        top.addWidget(self.stages_box, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.lost_box, 1)
        bottom.addWidget(self.bands_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addLayout(top, 3)
        layout.addLayout(bottom, 2)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ building

    def _button(self, text: str, slot: Callable[[], None], name: str, parent: QWidget
                ) -> QPushButton:
        b = QPushButton(text, parent)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    def _build_pipelines(self) -> None:
        box = self.pipelines_box = QGroupBox(self.tr("Pipelines"), self)
        self.pipelines_model = PipelinesModel(self)
        self.pipelines_model.on_rename = self.rename_pipeline
        view = self.pipelines_view = QListView(box)
        view.setObjectName("pipelinesView")
        view.setModel(self.pipelines_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_stages())
        self.add_pipeline_button = self._button(self.tr("Add"), self.add_pipeline,
                                                "addPipeline", box)
        self.delete_pipeline_button = self._button(self.tr("Delete"), self.delete_pipeline,
                                                   "deletePipeline", box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_pipeline_button)
        buttons.addWidget(self.delete_pipeline_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(view, 1)
        lay.addLayout(buttons)

    def _build_stages(self) -> None:
        box = self.stages_box = QGroupBox(self.tr("Stages"), self)
        self.stages_model = StagesModel(self)
        self.stages_model.on_edit = self.edit_stage
        view = self.stages_view = QTableView(box)
        view.setObjectName("stagesView")
        # Tab leaves the table (arrows move; while a cell is edited Tab goes to the next one)
        view.setTabKeyNavigation(False)
        view.setModel(self.stages_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(StagesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (StagesModel.KIND, StagesModel.PROBABILITY, StagesModel.ROT_DAYS,
                    StagesModel.FOLDED, StagesModel.HISTORY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_stage_button = self._button(self.tr("Add Stage"), self.add_stage,
                                             "addStage", box)
        self.delete_stage_button = self._button(self.tr("Delete Stage"), self.delete_stage,
                                                "deleteStage", box)
        self.up_button = self._button(self.tr("Move Up"), lambda: self.move_stage(-1),
                                      "moveStageUp", box)
        self.down_button = self._button(self.tr("Move Down"), lambda: self.move_stage(1),
                                        "moveStageDown", box)
        self.suggest_button = self._button(self.tr("Use Suggested"), self.use_suggestion,
                                           "useSuggested", box)
        self.suggest_button.setToolTip(self.tr(
            "Set the stage's default probability to the win rate observed over the last 12 "
            "months."))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        for key, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move_stage(-1)),
                          (QKeySequence("Ctrl+Down"), lambda: self.move_stage(1)),
                          (QKeySequence(Qt.Key.Key_Insert), self.add_stage),
                          (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_stage)):
            act = QAction(view)
            act.setShortcut(key)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            view.addAction(act)
        hint = QLabel(self.tr("Double-click a cell to edit. Won and lost stages always count as "
                              "100 % and 0 %."), box)
        hint.setWordWrap(True)
        hint.setObjectName("hintText")
        buttons = QHBoxLayout()
        for b in (self.add_stage_button, self.delete_stage_button, self.up_button,
                  self.down_button, self.suggest_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(view, 1)
        lay.addWidget(hint)
        lay.addLayout(buttons)

    def _build_lost_reasons(self) -> None:
        box = self.lost_box = QGroupBox(self.tr("Lost reasons"), self)
        self.lost_model = QStringListModel(self)
        self.lost_model.dataChanged.connect(lambda *_: self._lost_edited())
        view = self.lost_view = QListView(box)
        view.setObjectName("lostReasonsView")
        view.setModel(self.lost_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        add = self._button(self.tr("Add"), self.add_lost_reason, "addLostReason", box)
        remove = self._button(self.tr("Remove"), self.remove_lost_reason, "removeLostReason",
                              box)
        up = self._button(self.tr("Up"), lambda: self.move_lost_reason(-1), "lostUp", box)
        down = self._button(self.tr("Down"), lambda: self.move_lost_reason(1), "lostDown", box)
        buttons = QHBoxLayout()
        for b in (add, remove, up, down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(view, 1)
        lay.addLayout(buttons)

    def _build_bands(self) -> None:
        box = self.bands_box = QGroupBox(self.tr("Forecast categories"), self)
        self.commit_spin = QSpinBox(box)
        self.commit_spin.setObjectName("commitBand")
        self.best_spin = QSpinBox(box)
        self.best_spin.setObjectName("bestCaseBand")
        for spin in (self.commit_spin, self.best_spin):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.editingFinished.connect(self.apply_bands)
        text = QLabel(self.tr("Open deals are forecast by their probability: at or above the "
                              "commit band they count as commit, at or above the best-case band "
                              "as best case, the rest as pipeline."), box)
        text.setWordWrap(True)
        text.setObjectName("hintText")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(text)
        form.addRow(self.tr("Commit from:"), self.commit_spin)
        form.addRow(self.tr("Best case from:"), self.best_spin)

    # ------------------------------------------------------------------ loading

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        keys = changes.ids("app_settings")
        if changes.touches(*KINDS) or keys is None or ps.FORECAST_BANDS_KEY in keys:
            self._reload_timer.start()

    def current_pipeline(self) -> pl.PipelineInfo | None:
        """The pipeline selected in the list (as last read from the store)."""
        shown = self.pipelines_model.pipeline_at(self.pipelines_view.currentIndex().row())
        if shown is None:
            return None
        return next((p for p in self._pipelines if p.id == shown.id), shown)

    def current_stage(self) -> pl.StageInfo | None:
        """The stage selected in the table."""
        return self.stages_model.stage_at(self.stages_view.currentIndex().row())

    def reload(self) -> None:
        """Re-read pipelines, stages, lost reasons and bands, keeping the selection."""
        keep = self._current_pipeline
        stage = self.current_stage()
        want = self._select_stage or (stage.id if stage is not None else None)
        self._pipelines = pl.list_pipelines(self.ctx.store)
        selection = self.pipelines_view.selectionModel()
        selection.blockSignals(True)
        try:
            self.pipelines_model.set_pipelines(self._pipelines)
            row = self.pipelines_model.row_of(keep)
            self.pipelines_view.setCurrentIndex(self.pipelines_model.index(max(row, 0)))
        finally:
            selection.blockSignals(False)
        self.pipelines_view.viewport().update()
        self._select_stage = want
        self._show_stages()
        self._lost = [r.name for r in pl.list_lost_reasons(self.ctx.store)]
        self.lost_model.blockSignals(True)
        self.lost_model.setStringList(self._lost)
        self.lost_model.blockSignals(False)
        self.lost_view.reset()
        self._bands = ps.get_forecast_bands(self.ctx.store)
        for spin, value in ((self.commit_spin, self._bands.commit),
                            (self.best_spin, self._bands.best_case)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _show_stages(self) -> None:
        pipe = self.current_pipeline()
        self._current_pipeline = pipe.id if pipe else None
        self.stages_box.setTitle(self.tr("Stages of %1").replace("%1", pipe.name) if pipe
                                 else self.tr("Stages"))
        self.stages_model.set_stages(pipe.stages if pipe else ())
        want = self._select_stage
        self._select_stage = None
        row = self.stages_model.row_of(want) if want else -1
        if row >= 0:
            idx = self.stages_model.index(row, StagesModel.NAME)
            self.stages_view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            if self._edit_stage_name:
                self.stages_view.edit(idx)
        self._edit_stage_name = False
        self._update_buttons()
        if pipe is not None:
            self._request_history(pipe.id)

    def _request_history(self, pipeline_id: str) -> None:
        """Compute predicted-vs-actual off the GUI thread; results land if still relevant."""
        store = self.ctx.store

        def job() -> dict[str, Any]:
            report = pa.stage_report(store, pipeline_id,
                                     window=pa.Window.last_days(365, date.today()),
                                     with_durations=False)[None]
            return {w.stage_id: w for w in report.win_rates}

        self._history_load.start(job)

    def _history_ready(self, result: dict[str, Any]) -> None:
        self.stages_model.set_history(result)
        self._update_buttons()

    def _update_buttons(self) -> None:
        stage = self.current_stage()
        has_pipe = self.current_pipeline() is not None
        self.add_stage_button.setEnabled(has_pipe)
        self.delete_pipeline_button.setEnabled(has_pipe and len(self._pipelines) > 1)
        for b in (self.delete_stage_button, self.up_button, self.down_button):
            b.setEnabled(stage is not None)
        suggestion = self.stages_model.suggestion(stage.id) if stage is not None else None
        self.suggest_button.setEnabled(suggestion is not None
                                       and stage is not None and suggestion != stage.probability)

    # ------------------------------------------------------------------ commands

    def _push(self, text: LazyText, do: Call) -> OpCommand | None:
        """Push one undoable service call; None (and the reason shown) when it was refused."""
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=self)
        if cmd.failed is not None:
            self.show_error(cmd.failed)
            self._reload_timer.start()  # put edited cells back
            return None
        self.error.hide()
        # Keep the lookups current right away; the views refresh on the deferred reload.
        self._pipelines = pl.list_pipelines(self.ctx.store)
        return cmd

    def show_error(self, exc: Exception) -> None:
        """Show why a change was refused, in the interface language."""
        self.error.setText(self.error_text(exc))
        self.error.show()
        self.ctx.events.status_message.emit(self.error.text(), 8000)

    def error_text(self, exc: Exception) -> str:
        """A translated sentence for the refusals users meet here; else the service's text."""
        if isinstance(exc, ps.StageNotEmptyError):
            if str(exc).startswith("Pipeline"):
                return self.tr("Pipeline “%1” still holds %n deal(s). Move them to another "
                               "pipeline first.", "", exc.count).replace("%1", exc.name)
            return self.tr("Stage “%1” still holds %n deal(s). Move them to another stage "
                           "first.", "", exc.count).replace("%1", exc.name)
        msg = str(exc)
        if isinstance(exc, ValidationError):
            if "already" in msg:
                return self.tr("That name is already used. Choose another name.")
            if "needs a name" in msg:
                return self.tr("A name is required.")
            if "only" in msg and "stage" in msg:
                return self.tr("Every pipeline needs at least one open, one won and one lost "
                               "stage.")
            if "at least one pipeline" in msg:
                return self.tr("Sailplan needs at least one pipeline.")
            if exc.field == "probability":
                return self.tr("Probability must be a whole number from 0 to 100.")
            if exc.field == "rot_days":
                return self.tr("Rotting days must be at least 1 (or empty for never).")
            if exc.field == "best_case":
                return self.tr("The best-case band cannot start above the commit band.")
        return msg

    def _unique(self, base: str, taken: list[str]) -> str:
        names = {n.casefold() for n in taken}
        if base.casefold() not in names:
            return base
        i = 2
        while f"{base} {i}".casefold() in names:
            i += 1
        return f"{base} {i}"

    # pipelines

    def add_pipeline(self) -> None:
        """Add a pipeline with the default stages and select it."""
        name = self._unique(self.tr("New pipeline"), [p.name for p in self._pipelines])
        cmd = self._push(LazyText.translate("PipelineSettingsSection", "Add pipeline"),
                         call(ps.create_pipeline, name))
        if cmd is not None:
            self._current_pipeline = cmd.value
            self.reload()
            self.pipelines_view.edit(self.pipelines_view.currentIndex())

    def rename_pipeline(self, pipeline_id: str, name: str) -> bool:
        """Rename a pipeline (undoable)."""
        return self._push(LazyText.translate("PipelineSettingsSection", "Rename pipeline"),
                          call(ps.rename_pipeline, pipeline_id, name)) is not None

    def delete_pipeline(self) -> None:
        """Delete the selected pipeline if it holds no deals (undoable)."""
        pipe = self.current_pipeline()
        if pipe is None:
            return
        self._push(LazyText.translate("PipelineSettingsSection", "Delete pipeline “%1”").arg(
            pipe.name),
                   call(ps.delete_pipeline, pipe.id))

    # stages

    def add_stage(self) -> None:
        """Add an open stage after the last open one and start editing its name."""
        pipe = self.current_pipeline()
        if pipe is None:
            return
        name = self._unique(self.tr("New stage"), [s.name for s in pipe.stages])
        cmd = self._push(LazyText.translate("PipelineSettingsSection", "Add stage"),
                         call(ps.add_stage, pipe.id, name, probability=50, rot_days=14))
        if cmd is not None:
            self._select_stage = cmd.value
            self._edit_stage_name = True
            self.reload()

    def edit_stage(self, stage_id: str, field: str, value: Any) -> bool:
        """Change one field of a stage (undoable); False when refused or unchanged."""
        stage = next((s for p in self._pipelines for s in p.stages if s.id == stage_id), None)
        if stage is None:
            return False
        if field == "probability":
            try:
                value = int(value)
            except (TypeError, ValueError):
                self.show_error(ValidationError("bad", field="probability"))
                return False
        if getattr(stage, field) == value:
            return False
        labels = {
            "name": LazyText.translate("PipelineSettingsSection", "Rename stage"),
            "probability": LazyText.translate("PipelineSettingsSection", "Change probability"),
            "rot_days": LazyText.translate("PipelineSettingsSection", "Change rotting days"),
            "folded": LazyText.translate("PipelineSettingsSection", "Fold stage") if value
            else LazyText.translate("PipelineSettingsSection", "Unfold stage")}
        label = labels.get(field) or LazyText.translate("PipelineSettingsSection", "Edit stage")
        self._select_stage = stage_id
        return self._push(label,
                          call(ps.update_stage, stage_id, **{field: value})) is not None

    def use_suggestion(self) -> None:
        """Adopt the history's suggested default probability for the selected stage."""
        stage = self.current_stage()
        if stage is None:
            return
        suggestion = self.stages_model.suggestion(stage.id)
        if suggestion is not None:
            self.edit_stage(stage.id, "probability", suggestion)

    def delete_stage(self) -> None:
        """Delete the selected stage; refused (with the deal count) while it holds deals."""
        stage = self.current_stage()
        if stage is None:
            return
        self._push(LazyText.translate("PipelineSettingsSection", "Delete stage “%1”").arg(
            stage.name),
                   call(ps.delete_stage, stage.id))

    def move_stage(self, delta: int) -> None:
        """Move the selected stage up (-1) or down (+1) on the board."""
        stage, pipe = self.current_stage(), self.current_pipeline()
        if stage is None or pipe is None:
            return
        order = [s.id for s in pipe.stages]
        i = order.index(stage.id)
        j = max(0, min(len(order) - 1, i + delta))
        if i == j:
            return
        order.insert(j, order.pop(i))
        self._select_stage = stage.id
        self._push(LazyText.translate("PipelineSettingsSection", "Move stage"),
                   call(ps.reorder_stages, pipe.id, order))

    # lost reasons

    def _save_lost(self, names: list[str], text: LazyText) -> None:
        if self._push(text, call(pl.save_lost_reasons, list(names))) is not None:
            self._lost = list(names)  # the next action must not wait for the reload

    def _lost_edited(self) -> None:
        names = [n.strip() for n in self.lost_model.stringList() if n.strip()]
        if names != self._lost:
            self._save_lost(names, LazyText.translate("PipelineSettingsSection",
                                                      "Edit lost reasons"))

    def add_lost_reason(self) -> None:
        """Append an empty row and edit it; the list is saved when the edit is committed."""
        row = self.lost_model.rowCount()
        self.lost_model.blockSignals(True)
        self.lost_model.insertRows(row, 1)
        self.lost_model.blockSignals(False)
        self.lost_view.reset()
        idx = self.lost_model.index(row)
        self.lost_view.setCurrentIndex(idx)
        self.lost_view.edit(idx)

    def remove_lost_reason(self) -> None:
        """Remove the selected lost reason (deals keep the text they were lost with)."""
        row = self.lost_view.currentIndex().row()
        if not 0 <= row < len(self._lost):
            return
        names = self._lost[:row] + self._lost[row + 1:]
        self._save_lost(names, LazyText.translate("PipelineSettingsSection", "Remove lost reason"))

    def move_lost_reason(self, delta: int) -> None:
        """Move the selected lost reason up or down."""
        row = self.lost_view.currentIndex().row()
        j = row + delta
        if not (0 <= row < len(self._lost) and 0 <= j < len(self._lost)):
            return
        names = list(self._lost)
        names.insert(j, names.pop(row))
        self._save_lost(names, LazyText.translate("PipelineSettingsSection",
                                                  "Reorder lost reasons"))
        self.lost_view.setCurrentIndex(self.lost_model.index(j))

    # bands

    def apply_bands(self) -> None:
        """Save the bands typed in the spin boxes (undoable)."""
        new = ps.ForecastBands(self.commit_spin.value(), self.best_spin.value())
        if new == self._bands:
            return
        self._push(LazyText.translate("PipelineSettingsSection", "Change forecast categories"),
                   call(ps.set_forecast_bands, new))
