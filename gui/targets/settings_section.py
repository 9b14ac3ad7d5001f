"""Settings → Targets (目标): per capacity tier, the load a split by tier uses and the novice ramp.

新手 / 中级 / 资深 each have a load (default 0.6 / 1.0 / 1.3: their share when a node is split by
capacity tier) and a ramp — the percents of a full personal target for months 1, 2, … from a
person's start date (default 新手 30, 60, 100; none for the others). Save is one undo step
(:func:`services.targets.ops.set_tier_settings`); the values are read on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.theme import ink_css
from gui.common.undo import push_op
from gui.org.labels import tier_label
from models.enums import CapacityTier
from services.core.changes import Changes, call
from services.core.store import Store
from services.targets import ops as O
from services.targets.ramp import ramps


def _read(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    loads = O.capacity_loads(store)
    ramp = ramps(store)
    return ({t: f"{float(v):g}" for t, v in loads.items()},
            {t: ", ".join(str(p) for p in ramp.get(t, ())) for t in loads})


class TargetSettingsSection(QWidget):
    """The capacity tiers' loads and ramps."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("TargetSettingsSection", "Targets")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("targetSettingsSection")
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        box = QGroupBox(self.tr("Capacity tiers"), self)
        note = QLabel(self.tr(
            "Load: a person's share when a target is split by capacity tier. Growth target "
            "(ramp): the percent of a full personal target in months 1, 2, 3 … from the start "
            "date (the start month is month 1), e.g. 30, 60, 100; empty: full from the start."),
            box)
        note.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tier"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("Load"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("Growth target by month (%)"), box), 0, 2)
        self.loads: dict[str, QLineEdit] = {}
        self.ramps: dict[str, QLineEdit] = {}
        for row, tier in enumerate(CapacityTier, start=1):
            grid.addWidget(QLabel(tier_label(tier), box), row, 0)
            self.loads[tier] = QLineEdit(box)
            self.ramps[tier] = QLineEdit(box)
            self.ramps[tier].setPlaceholderText(self.tr("none"))
            grid.addWidget(self.loads[tier], row, 1)
            grid.addWidget(self.ramps[tier], row, 2)
        grid.setColumnStretch(2, 1)
        self.error = QLabel(box)
        self.error.setStyleSheet(f"color: {ink_css('#b71c1c')};")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), box)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(box)
        lay.addWidget(note)
        lay.addLayout(grid)
        lay.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch(1)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the settings on the worker."""
        store = self.ctx.store
        self._load.start(lambda: _read(store))

    def is_loading(self) -> bool:
        """Whether the settings are being read."""
        return self._load.is_loading()

    def _show(self, data: tuple[dict[str, str], dict[str, str]]) -> None:
        loads, ramp = data
        for tier in CapacityTier:
            self.loads[tier].setText(loads.get(tier, ""))
            self.ramps[tier].setText(ramp.get(tier, ""))
        self.error.clear()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and (changes.everything or changes.touches("app_settings")):
            self.reload()

    def save(self) -> bool:
        """Save both settings as one undo step; a refusal is shown under the table."""
        loads = {t: e.text().strip() for t, e in self.loads.items()}
        ramp = {t: e.text().strip() for t, e in self.ramps.items()}
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                      LazyText.translate("TargetSettingsSection", "Save capacity tiers"),
                      call(O.set_tier_settings, loads, ramp), initiator=self)
        if cmd.failed is not None:
            self.error.setText(error_text(cmd.failed))
            return False
        self.error.clear()
        return True
